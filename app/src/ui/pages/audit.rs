//! The audit log (administrators and auditors): filters in the address, so a filtered view can be
//! bookmarked and works without JavaScript; newest first, "Older" continues from the last event.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use crate::api::audit::{audit_actors, list_audit_events};
use crate::ui::components::{Loading, form::error_view, t, use_lang};
use crate::ui::layout::use_me;
use contract::dto::AuditEventDto;

fn get(q: &ParamsMap, k: &str) -> Option<String> {
    q.get(k).filter(|v| !v.trim().is_empty())
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let query = use_query_map();
    let params = move || {
        let q = query.read();
        (
            get(&q, "site").and_then(|s| s.parse::<i64>().ok()),
            get(&q, "actor").and_then(|s| s.parse::<i64>().ok()),
            get(&q, "entity_type"),
            get(&q, "entity_id"),
            get(&q, "from"),
            get(&q, "until"),
            get(&q, "before").and_then(|s| s.parse::<i64>().ok()),
        )
    };
    let events = Resource::new(params, |(site, actor, et, eid, from, until, before)| {
        list_audit_events(site, actor, et, eid, from, until, before)
    });
    let me = use_me();
    let actors = Resource::new(|| (), |_| audit_actors());
    let value = move |k: &'static str| move || query.read().get(k).unwrap_or_default();
    let older = move |before: i64| {
        let q = query.read();
        let mut parts: Vec<String> = ["site", "actor", "entity_type", "entity_id", "from", "until"]
            .iter()
            .filter_map(|k| get(&q, k).map(|v| format!("{k}={}", domain::url::query_value(&v))))
            .collect();
        parts.push(format!("before={before}"));
        format!("/audit?{}", parts.join("&"))
    };
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-audit-log")/>
        <h1>{t!(lang, "nav-audit-log")}</h1>
        <details class="filters" open=move || query.read().latest_values().next().is_some()>
            <summary>{t!(lang, "filter")}</summary>
            <form method="get" action="/audit" class="stack">
                <label for="f-site">{t!(lang, "nav-site")}</label>
                <select id="f-site" name="site">
                    <option value="">{t!(lang, "audit-all-my-sites")}</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let selected = query.read_untracked().get("site").unwrap_or_default();
                            me.await.ok().map(|m| {
                                m.sites.into_iter().map(|s| {
                                    let id = s.site.id.to_string();
                                    let sel = id == selected;
                                    view! { <option value=id selected=sel>{s.site.name}</option> }
                                }).collect_view()
                            })
                        })}
                    </Suspense>
                </select>
                <label for="f-type">{t!(lang, "audit-record-type")}</label>
                <select id="f-type" name="entity_type">
                    <option value="">{t!(lang, "audit-any")}</option>
                    {["user", "grant", "site", "api_token"].into_iter().map(|t| {
                        let sel = move || query.read().get("entity_type").as_deref() == Some(t);
                        view! { <option value=t selected=sel>{t}</option> }
                    }).collect_view()}
                </select>
                <label for="f-id">{t!(lang, "audit-record-id")}</label>
                <input id="f-id" name="entity_id" value=value("entity_id") inputmode="numeric"/>
                <label for="f-actor">{t!(lang, "audit-changed-by")}</label>
                <select id="f-actor" name="actor">
                    <option value="">{t!(lang, "audit-anyone")}</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let selected = query.read_untracked().get("actor").unwrap_or_default();
                            actors.await.ok().map(|people| {
                                people.into_iter().map(|p| {
                                    let id = p.id.to_string();
                                    let sel = id == selected;
                                    view! { <option value=id selected=sel>{p.name}</option> }
                                }).collect_view()
                            })
                        })}
                    </Suspense>
                </select>
                <label for="f-from">{t!(lang, "audit-from")}</label>
                <input id="f-from" name="from" type="date" value=value("from")/>
                <label for="f-until">{t!(lang, "audit-until")}</label>
                <input id="f-until" name="until" type="date" value=value("until")/>
                <button type="submit">{t!(lang, "audit-apply")}</button>
                <a class="button secondary" href="/audit">{t!(lang, "audit-clear")}</a>
            </form>
        </details>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(page) => {
                        let empty = page.events.is_empty();
                        let next = page.next_before.map(older);
                        view! {
                            <Show when=move || empty>
                                <p class="notice">{t!(lang, "audit-none")}</p>
                            </Show>
                            <ol class="cards" id="audit-list">
                                {page.events.into_iter().map(|e| view! { <EventRow e/> }).collect_view()}
                            </ol>
                            {next.map(|href| view! { <a class="button secondary" href=href>{t!(lang, "audit-older")}</a> })}
                        }
                            .into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EventRow(e: AuditEventDto) -> impl IntoView {
    let lang = use_lang();
    // to the second, on UTC: the trail's own clock
    let when = format!("{} {}", i18n::date(lang, e.occurred_at.date_naive()), e.occurred_at.format("%H:%M:%S UTC"));
    let change = match (&e.before, &e.after) {
        (Some(b), Some(a)) => format!("{b} → {a}"),
        (None, Some(a)) => a.clone(),
        (Some(b), None) => t!(lang, "audit-was", before = b.clone()),
        (None, None) => String::new(),
    };
    view! {
        <li class="card event">
            <p>
                <strong>{e.action.clone()}</strong>
                " "
                <span class="muted">{format!("{} #{}", e.entity_type, e.entity_id)}</span>
            </p>
            <p class="small">{format!("{when} · {} · {}", e.actor, t!(lang, "audit-event-n", seq = e.seq.to_string()))}</p>
            <p class="small mono">{change}</p>
            {e.reason.map(|r| view! { <p class="small">{t!(lang, "wo-reason-is", reason = r)}</p> })}
        </li>
    }
}
