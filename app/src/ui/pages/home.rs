//! Home: the person's day (overdue and due-today work, today's round, their actions and audits,
//! unread reminders), each a tap away; then their sites and roles.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::my_day;
use crate::ui::components::wo::WorkOrderCard;
use crate::ui::components::{Loading, form::error_view};
use crate::ui::layout::use_me;
use contract::dto::{Me, MyDay};

#[component]
pub fn HomePage() -> impl IntoView {
    let me = use_me();
    let day = Resource::new(|| (), |_| my_day());
    view! {
        <Title text="Home · Gemba"/>
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
    let date = day.today.map(|d| d.format("%A %-d %B").to_string()).unwrap_or_default();
    let work = day.overdue.len() + day.due_today.len();
    let later = day.open_work.saturating_sub(work as u64);
    let nothing = work == 0
        && day.round.is_none_or(|(_, left)| left == 0)
        && day.actions.is_empty()
        && day.audits.is_empty()
        && me.unread_reminders == 0;
    let unread = me.unread_reminders;
    view! {
        <h1>{format!("Hello, {}", me.display_name)}</h1>
        <p class="muted">{date}</p>
        <section id="my-day" aria-label="Your day">
            {nothing.then(|| view! { <p class="notice" id="day-clear">"Nothing is due for you today."</p> })}
            {(!day.overdue.is_empty()).then(|| view! {
                <h2 class="bad">{format!("Overdue ({})", day.overdue.len())}</h2>
                <ul class="cards" id="day-overdue">
                    {day.overdue.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
                </ul>
            })}
            {(!day.due_today.is_empty()).then(|| view! {
                <h2>{format!("Due today ({})", day.due_today.len())}</h2>
                <ul class="cards" id="day-today">
                    {day.due_today.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
                </ul>
            })}
            {(later > 0).then(|| view! {
                <p><a class="button secondary" href="/work">{format!("My work: {later} more open")}</a></p>
            })}
            {day.round.map(|(points, left)| view! {
                <p class="card" id="day-round">
                    <a href="/rounds">
                        {if left == 0 { format!("Today's round: all {points} points checked") } else { format!("Today's round: {left} of {points} points to check") }}
                    </a>
                </p>
            })}
            {(!day.actions.is_empty()).then(|| view! {
                <h2>"Your actions"</h2>
                <ul class="cards" id="day-actions">
                    {day.actions.into_iter().map(|a| view! {
                        <li class="card" class:overdue=a.overdue>
                            <a href="/capa">{a.title.clone()}</a>
                            <p class="small" class:bad=a.overdue>
                                {if a.overdue { format!("Overdue since {}", a.due_date) } else { format!("Due {}", a.due_date) }}
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!day.audits.is_empty()).then(|| view! {
                <h2>"Your audits"</h2>
                <ul class="cards" id="day-audits">
                    {day.audits.into_iter().map(|i| view! {
                        <li class="card">
                            <a href=format!("/inspections/{}", i.id)>{i.title.clone()}</a>
                            <p class="small">{format!("Due {} · {} of {} answered", i.due_date, i.answered, i.total)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(unread > 0).then(|| view! {
                <p><a class="button secondary" href="/inbox" id="day-reminders">
                    {if unread == 1 { "1 unread reminder".to_string() } else { format!("{unread} unread reminders") }}
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
    view! {
        <p class="muted small">{format!("Signed in as {}", me.email)}</p>
        <Show when=move || !current.is_empty()>
            <p>"Current site: " <strong class="current-site">{current_name.clone()}</strong></p>
        </Show>
        <h2>"Your sites and roles"</h2>
        <Show when=move || no_sites>
            <p class="notice">"You have no role on any site yet. Ask an administrator to grant you one."</p>
        </Show>
        <ul class="cards" id="my-sites">
            {me
                .sites
                .iter()
                .map(|s| {
                    let roles = s.roles.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ");
                    let is_current = Some(s.site.id) == me.current_site_id;
                    view! {
                        <li class="card" class:current=is_current>
                            <h3>{s.site.name.clone()} <span class="code">{s.site.code.clone()}</span></h3>
                            <p class="roles">{roles}</p>
                            <p class="muted small">{format!("Time zone: {}", s.site.timezone)}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
