//! The signed-in shell: top bar with the current site (switcher), navigation, sign-out.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::{Outlet, Redirect};

use crate::api::auth::{Logout, SwitchSite, get_me};
use crate::ui::components::form::error_view;
use crate::ui::components::{HydrationMark, Lang, t, use_lang};
use contract::dto::Me;
use contract::error::AppError;
use domain::authz::{bottom_bar, leading_role};

pub type MeResource = Resource<Result<Me, AppError>>;

/// The signed-in user, loaded once by the layout; pages read it with [`use_me`].
pub fn use_me() -> MeResource {
    expect_context::<MeResource>()
}

#[component]
pub fn AppLayout() -> impl IntoView {
    let me: MeResource = Resource::new(|| (), |_| get_me());
    provide_context(me);
    view! {
        <header class="topbar">
            <a class="brand" href="/">"Gemba"</a>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match me.await {
                        Ok(me) => view! { <Bell unread=me.unread_reminders/> <SiteSwitcher me=me.clone()/> <Nav me/> }.into_any(),
                        Err(AppError::Unauthorized) => view! { <Redirect path="/login"/> }.into_any(),
                        Err(e) => error_view(&e),
                    }
                })}
            </Suspense>
        </header>
        <main class="page">
            <Outlet/>
        </main>
        <HydrationMark/>
    }
}

/// The bell: a link to the reminders with the count of unread ones.
#[component]
fn Bell(unread: i64) -> impl IntoView {
    let label = t!(use_lang(), "nav-bell", count = unread);
    let shown = if unread > 99 { "99+".to_string() } else { unread.to_string() };
    view! {
        <a class="bell" href="/inbox" aria-label=label.clone() title=label id="bell">
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"/>
            </svg>
            <Show when=move || unread != 0>
                <span class="bell-count" id="bell-count">{shown.clone()}</span>
            </Show>
        </a>
    }
}

/// Works without JavaScript: a select and a button posting to the server function, which sends
/// the browser back to the same page.
#[component]
fn SiteSwitcher(me: Me) -> impl IntoView {
    let current = me.current_site_id;
    let sites = me.sites.clone();
    let single = sites.len() <= 1;
    let lang = use_lang();
    view! {
        <form class="site-switcher" method="post" action=SwitchSite::url()>
            <label class="visually-hidden" for="site-switch">{t!(lang, "nav-site")}</label>
            <select id="site-switch" name="site_id" disabled=single>
                {sites
                    .into_iter()
                    .map(|s| {
                        let selected = Some(s.site.id) == current;
                        view! {
                            <option value=s.site.id.to_string() selected=selected>
                                {format!("{} · {}", s.site.code, s.site.name)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <Show when=move || !single>
                <button type="submit" class="secondary">{t!(lang, "nav-switch")}</button>
            </Show>
        </form>
    }
}

/// Every destination of the navigation (path, name), in the order the "More" sheet lists them.
fn destinations(lang: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("/", t!(lang, "nav-home")),
        ("/work", t!(lang, "nav-my-work")),
        ("/scan", t!(lang, "nav-scan")),
        ("/work-orders", t!(lang, "nav-work-orders")),
        ("/assets", t!(lang, "nav-assets")),
        ("/pm", t!(lang, "nav-pm")),
        ("/rounds", t!(lang, "nav-rounds")),
        ("/tags", t!(lang, "nav-tags")),
        ("/production", t!(lang, "nav-production")),
        ("/kpi", t!(lang, "nav-kpi")),
        ("/safety", t!(lang, "nav-report")),
        ("/safety/events", t!(lang, "nav-safety-events")),
        ("/capa", t!(lang, "nav-capa")),
        ("/osha", t!(lang, "nav-osha")),
        ("/inspections", t!(lang, "nav-audits")),
        ("/templates", t!(lang, "nav-templates")),
        ("/compliance", t!(lang, "nav-compliance")),
        ("/audit", t!(lang, "nav-audit-log")),
        ("/inbox", t!(lang, "nav-reminders")),
        ("/admin/users", t!(lang, "nav-people")),
        ("/admin/sites", t!(lang, "nav-sites")),
        ("/reminders", t!(lang, "nav-reminder-policies")),
        ("/admin/outbox", t!(lang, "nav-outbox")),
        ("/profile", t!(lang, "nav-profile")),
    ]
}

/// The phone's bottom bar (a row in the top bar on wider screens): the role's destinations and a
/// "More" sheet with every other page the person may open, all from the page table the server
/// enforces (`Me::may_open`). Works without JavaScript (`<details>`).
#[component]
fn Nav(me: Me) -> impl IntoView {
    let lang = use_lang();
    let lead = me.current_site().and_then(|s| leading_role(&s.roles));
    let main = bottom_bar(lead);
    let all = destinations(lang);
    let tabs: Vec<(&str, String)> =
        main.iter().filter_map(|m| all.iter().find(|(p, _)| p == m)).filter(|(p, _)| me.may_open(p)).cloned().collect();
    let more: Vec<(&str, String)> = all.iter().filter(|(p, _)| !main.contains(p) && me.may_open(p)).cloned().collect();
    // the page being shown is marked; plain links, as the page is rendered once on the server (the
    // router's `<A>` made a reactive owner, a resolved path and a memo for each of some 25 links)
    let here = leptos_router::hooks::use_location().pathname.get_untracked();
    let current = move |href: &str| (here.trim_end_matches('/') == href.trim_end_matches('/')).then_some("page");
    view! {
        <nav class="mainnav" aria-label=t!(lang, "nav-main") data-user=me.id.to_string()>
            {tabs
                .into_iter()
                .map(|(href, text)| view! { <a href=href class="tab" aria-current=current(href)>{text}</a> })
                .collect_view()}
            <details class="more">
                <summary class="tab">{t!(lang, "nav-more")}</summary>
                <div class="sheet">
                    {more
                        .into_iter()
                        .map(|(href, text)| view! { <a href=href aria-current=current(href)>{text}</a> })
                        .collect_view()}
                    // shown by offline.js where the phone can keep pages (a service worker)
                    <button type="button" id="keep-offline" class="link" hidden>{t!(lang, "nav-keep-offline")}</button>
                    <p id="keep-offline-status" class="muted" aria-live="polite"></p>
                    <form method="post" action=Logout::url() class="inline">
                        <button type="submit" class="link">{t!(lang, "nav-sign-out")}</button>
                    </form>
                </div>
            </details>
        </nav>
    }
}
