//! Home: the person's day (overdue and due-today work, today's round, their actions and audits,
//! unread reminders), each a tap away; then their sites and roles.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::my_day;
use crate::ui::components::wo::WorkOrderCard;
use crate::ui::components::{Loading, form::error_view, label, t, use_lang};
use crate::ui::layout::use_me;
use contract::dto::{Me, MyDay};

#[component]
pub fn HomePage() -> impl IntoView {
    let me = use_me();
    let day = Resource::new(|| (), |_| my_day());
    view! {
        <Title text=t!(use_lang(), "title-home")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match (me.await, day.await) {
                    (Ok(me), Ok(day)) => view! { <Today me=me.clone() day/> <Sites me/> }.into_any(),
                    (Err(e), _) | (_, Err(e)) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Today(me: Me, day: MyDay) -> impl IntoView {
    let lang = use_lang();
    let date = day.today.map(|d| i18n::long_date(lang, d)).unwrap_or_default();
    let work = day.overdue.len() + day.due_today.len();
    let later = day.open_work.saturating_sub(work as u64);
    let nothing = work == 0
        && day.round.is_none_or(|(_, left)| left == 0)
        && day.actions.is_empty()
        && day.audits.is_empty()
        && me.unread_reminders == 0;
    let unread = me.unread_reminders;
    view! {
        <h1>{t!(lang, "home-hello", name = me.display_name.clone())}</h1>
        <p class="muted">{date}</p>
        <section id="my-day" aria-label=t!(lang, "home-your-day")>
            {nothing.then(|| view! { <p class="notice" id="day-clear">{t!(lang, "home-nothing-due")}</p> })}
            {(!day.overdue.is_empty()).then(|| view! {
                <h2 class="bad">{t!(lang, "home-overdue", count = day.overdue.len())}</h2>
                <ul class="cards" id="day-overdue">
                    {day.overdue.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
                </ul>
            })}
            {(!day.due_today.is_empty()).then(|| view! {
                <h2>{t!(lang, "home-due-today", count = day.due_today.len())}</h2>
                <ul class="cards" id="day-today">
                    {day.due_today.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
                </ul>
            })}
            {(later > 0).then(|| view! {
                <p><a class="button secondary" href="/work">{t!(lang, "home-more-open", count = later)}</a></p>
            })}
            {day.round.map(|(points, left)| view! {
                <p class="card" id="day-round">
                    <a href="/rounds">
                        {if left == 0 { t!(lang, "home-round-done", count = points) } else { t!(lang, "home-round-left", count = left, points = points) }}
                    </a>
                </p>
            })}
            {(!day.actions.is_empty()).then(|| view! {
                <h2>{t!(lang, "home-your-actions")}</h2>
                <ul class="cards" id="day-actions">
                    {day.actions.into_iter().map(|a| view! {
                        <li class="card" class:overdue=a.overdue>
                            <a href="/capa">{a.title.clone()}</a>
                            <p class="small" class:bad=a.overdue>
                                {if a.overdue { t!(lang, "home-overdue-since", date = i18n::date(lang, a.due_date)) } else { t!(lang, "home-due", date = i18n::date(lang, a.due_date)) }}
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!day.audits.is_empty()).then(|| view! {
                <h2>{t!(lang, "home-your-audits")}</h2>
                <ul class="cards" id="day-audits">
                    {day.audits.into_iter().map(|i| view! {
                        <li class="card">
                            <a href=format!("/inspections/{}", i.id)>{i.title.clone()}</a>
                            <p class="small">{format!("{} · {}", t!(lang, "home-due", date = i18n::date(lang, i.due_date)), t!(lang, "home-answered", count = i.total, answered = i.answered))}</p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(unread > 0).then(|| view! {
                <p><a class="button secondary" href="/inbox" id="day-reminders">
                    {t!(lang, "home-unread", count = unread)}
                </a></p>
            })}
        </section>
    }
}

#[component]
fn Sites(me: Me) -> impl IntoView {
    let current = me.current_site().map(|s| s.site.name.clone()).unwrap_or_default();
    let current_name = current.clone();
    let no_sites = me.sites.is_empty();
    let lang = use_lang();
    view! {
        <p class="muted small">{t!(lang, "home-signed-in-as", email = me.email.clone())}</p>
        <Show when=move || !current.is_empty()>
            <p>{t!(lang, "home-current-site")} " " <strong class="current-site">{current_name.clone()}</strong></p>
        </Show>
        <h2>{t!(lang, "home-sites-roles")}</h2>
        <Show when=move || no_sites>
            <p class="notice">{t!(lang, "home-no-role")}</p>
        </Show>
        <ul class="cards" id="my-sites">
            {me
                .sites
                .iter()
                .map(|s| {
                    let roles = s.roles.iter().map(|r| label(lang, "role", r.as_str())).collect::<Vec<_>>().join(", ");
                    let is_current = Some(s.site.id) == me.current_site_id;
                    view! {
                        <li class="card" class:current=is_current>
                            <h3>{s.site.name.clone()} <span class="code">{s.site.code.clone()}</span></h3>
                            <p class="roles">{roles}</p>
                            <p class="muted small">{t!(lang, "home-time-zone", zone = s.site.timezone.clone())}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
