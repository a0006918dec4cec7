//! Reminders: the inbox behind the bell, the preferences on the profile page, the current site's
//! policies, and the outbox for administrators. Plain forms throughout: they work before (and
//! without) the WebAssembly, and the server sends the browser back to the page.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::reminders::{
    MarkAllRemindersRead, MarkReminderRead, RetryOutboxMessage, SaveReminderPolicy, SaveReminderPreferences,
    outbox_messages, reminder_inbox, reminder_policies, reminder_preferences,
};
use crate::ui::components::form::ResultSignal;
use crate::ui::components::{ErrorNotice, FieldError, Lang, Loading, PagerWords, form::error_view, label, t, use_lang};
use contract::dto::reminders::{OutboxDto, PolicyDto, PreferencesDto, ReminderDto};
use domain::reminder::{ItemType, Kind};

/// What the reminder says ("3 days overdue"), in the reader's language.
fn says(lang: Lang, r: &ReminderDto) -> String {
    match (Kind::parse(&r.kind), ItemType::parse(&r.item_type)) {
        (Some(k), Some(t)) => k.describe_in(lang, t),
        _ => r.says.clone(),
    }
}

fn page_of(q: &leptos_router::params::ParamsMap) -> i64 {
    q.get("page").and_then(|p| p.parse::<i64>().ok()).filter(|p| *p >= 1).unwrap_or(1)
}

/// The inbox's and the outbox's pager: newer / older.
fn pager(lang: Lang, path: &str, extra: &str, page: i64, per_page: i64, total: i64) -> impl IntoView {
    let words =
        PagerWords { name: t!(lang, "inbox-pages"), previous: t!(lang, "inbox-newer"), next: t!(lang, "inbox-older") };
    // `extra` starts with `&` when there is more to the address
    let base = format!("{path}?{}", extra.strip_prefix('&').map(|e| format!("{e}&")).unwrap_or_default());
    crate::ui::components::pager(lang, words, base, page, per_page, total)
}

// --- inbox -----------------------------------------------------------------------------------

/// `/inbox?unread=1&page=`: the signed-in user's reminders for open items.
#[component]
pub fn InboxPage() -> impl IntoView {
    let query = use_query_map();
    let unread_only = move || query.read().get("unread").is_some_and(|v| v == "1");
    let page = move || page_of(&query.read());
    let inbox = Resource::new(move || (unread_only(), page()), |(u, p)| reminder_inbox(Some(u), Some(p)));
    let read = ServerAction::<MarkReminderRead>::new();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-reminders")/>
        <h1>{t!(lang, "nav-reminders")}</h1>
        <ErrorNotice result=read.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match inbox.await {
                    Ok(p) => {
                        let only = unread_only();
                        let extra = if only { "&unread=1" } else { "" };
                        let empty = p.items.is_empty();
                        let has_unread = p.unread > 0;
                        view! {
                            <div class="inline-form">
                                <p id="inbox-summary">{t!(lang, "inbox-unread", count = p.unread)}</p>
                                {if only {
                                    view! { <a href="/inbox">{t!(lang, "inbox-show-all")}</a> }.into_any()
                                } else {
                                    view! { <a href="/inbox?unread=1">{t!(lang, "inbox-unread-only")}</a> }.into_any()
                                }}
                                <Show when=move || has_unread>
                                    <form method="post" action=MarkAllRemindersRead::url() class="inline">
                                        <button type="submit" class="secondary small">{t!(lang, "inbox-mark-all-read")}</button>
                                    </form>
                                </Show>
                                <a href="/profile#reminders">{t!(lang, "inbox-email-preferences")}</a>
                            </div>
                            <Show when=move || empty>
                                <p class="notice">{t!(lang, "inbox-empty")}</p>
                            </Show>
                            <ul class="cards" id="inbox">
                                {p.items.into_iter().map(|r| view! { <ReminderCard r/> }).collect_view()}
                            </ul>
                            {pager(lang, "/inbox", extra, p.page, p.per_page, p.total)}
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
fn ReminderCard(r: ReminderDto) -> impl IntoView {
    let id = r.id.to_string();
    let badge_class = format!("badge urgency-{}", r.urgency);
    let lang = use_lang();
    let urgency = match r.urgency.as_str() {
        "escalated" => t!(lang, "inbox-escalated"),
        "overdue" => t!(lang, "urgency-overdue"),
        "due_today" => t!(lang, "urgency-due-today"),
        "this_week" => t!(lang, "urgency-this-week"),
        _ => t!(lang, "urgency-later"),
    };
    let unread = !r.read;
    view! {
        <li class="card reminder" class:unread=unread id=format!("reminder-{}", r.id) data-urgency=r.urgency.clone()>
            <p>
                <span class=badge_class>{urgency}</span>
                " "
                <a href=r.link.clone()><strong>{r.title.clone()}</strong></a>
            </p>
            <p class="small">{format!("{} · {} · {}", says(lang, &r), r.site_name, label(lang, "item-type", &r.item_type))}</p>
            <Show when=move || unread>
                <form method="post" action=MarkReminderRead::url() class="inline">
                    <input type="hidden" name="id" value=id.clone()/>
                    <button type="submit" class="secondary small">{t!(lang, "inbox-mark-read")}</button>
                </form>
            </Show>
        </li>
    }
}

// --- preferences -----------------------------------------------------------------------------

/// The reminder preferences form (on the profile page, anchor `#reminders`).
#[component]
pub fn ReminderPreferences() -> impl IntoView {
    let save = ServerAction::<SaveReminderPreferences>::new();
    let prefs = Resource::new(move || save.version().get(), |_| reminder_preferences());
    let result = save.value();
    let query = use_query_map();
    let just_saved = move || query.read().get("saved").as_deref() == Some("reminders");
    let lang = use_lang();
    view! {
        <section class="panel" id="reminders">
            <h2>{t!(lang, "nav-reminders")}</h2>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match prefs.await {
                        Ok(p) => view! { <PreferencesForm p result just_saved=just_saved()/> }.into_any(),
                        Err(e) => error_view(&e),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn PreferencesForm<S: ResultSignal<PreferencesDto>>(p: PreferencesDto, result: S, just_saved: bool) -> impl IntoView {
    let saved = move || just_saved || result.with(|r| matches!(r, Some(Ok(_))));
    let hour = p.digest_hour;
    let tz = p.tz_site_id;
    let lang = use_lang();
    view! {
        <form method="post" action=SaveReminderPreferences::url()>
            <fieldset>
                <legend>{t!(lang, "prefs-by-email")}</legend>
                {p.types.iter().map(|t| {
                    let name = format!("email_{}", t.item_type);
                    let id = format!("pref-{}", t.item_type);
                    let label_for = id.clone();
                    view! {
                        <label class="choice" for=label_for>
                            <input type="checkbox" id=id name=name value="on" checked=t.email/>
                            {label(lang, "item-type", &t.item_type)}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="small muted">{t!(lang, "prefs-escalations-note")}</p>
            <div class="stack">
                <label for="digest-hour">{t!(lang, "prefs-digest-hour")}</label>
                <select id="digest-hour" name="digest_hour">
                    {(0..24).map(|h| view! {
                        <option value=h.to_string() selected=h == hour>{format!("{h:02}:00")}</option>
                    }).collect_view()}
                </select>
                <FieldError result field="digest_hour"/>
                <label for="digest-tz">{t!(lang, "prefs-time-zone")}</label>
                <select id="digest-tz" name="tz_site_id">
                    {p.zones.iter().map(|z| {
                        let sel = Some(z.site_id) == tz;
                        view! { <option value=z.site_id.to_string() selected=sel>{z.label.clone()}</option> }
                    }).collect_view()}
                </select>
                <FieldError result field="tz_site_id"/>
                <ErrorNotice result/>
                <Show when=saved>
                    <p class="notice ok" role="status">{t!(lang, "prefs-saved")}</p>
                </Show>
                <button type="submit">{t!(lang, "prefs-save")}</button>
            </div>
        </form>
    }
}

// --- policies --------------------------------------------------------------------------------

/// `/reminders`: when each kind of item is reminded on the current site.
#[component]
pub fn ReminderPoliciesPage() -> impl IntoView {
    let save = ServerAction::<SaveReminderPolicy>::new();
    let data = Resource::new(move || save.version().get(), |_| reminder_policies());
    let result = save.value();
    let query = use_query_map();
    let saved = move || query.read().get("saved").filter(|s| !s.is_empty());
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-reminder-policies")/>
        <h1>{t!(lang, "nav-reminder-policies")}</h1>
        <ErrorNotice result/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(p) => {
                        let manage = p.can_manage;
                        let saved_label = saved().and_then(|code| p.policies.iter().find(|x| x.item_type == code).map(|x| label(lang, "item-type", &x.item_type)));
                        view! {
                            {saved_label.map(|l| view! { <p class="notice ok" role="status">{t!(lang, "policy-saved", label = l)}</p> })}
                            <p class="muted">{t!(lang, "policy-intro", site = p.site_name.clone())}</p>
                            <ul class="cards" id="policies">
                                {p.policies.into_iter().map(|pol| view! { <PolicyCard pol manage/> }).collect_view()}
                            </ul>
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
fn PolicyCard(pol: PolicyDto, manage: bool) -> impl IntoView {
    let code = pol.item_type.clone();
    let (card_id, before_id, daily_id, esc_id) =
        (format!("policy-{code}"), format!("before-{code}"), format!("daily-{code}"), format!("esc-{code}"));
    let before = pol.days_before.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    let escalate = pol.escalate_after_days.map(|d| d.to_string()).unwrap_or_default();
    let lang = use_lang();
    // one day reads in the singular where the language says so; a list of days in the plural
    let days_count = match pol.days_before.as_slice() {
        [one] => *one,
        list => list.len() as u32,
    };
    let summary = format!(
        "{} · {} · {}",
        if before.is_empty() {
            t!(lang, "policy-no-before")
        } else {
            t!(lang, "policy-days-before-n", days = before.clone(), count = days_count)
        },
        if pol.daily_overdue { t!(lang, "policy-daily-overdue") } else { t!(lang, "policy-once-overdue") },
        pol.escalate_after_days
            .map_or_else(|| t!(lang, "policy-never-escalated"), |d| t!(lang, "policy-escalated-from", count = d))
    );
    view! {
        <li class="card" id=card_id>
            <p><strong>{label(lang, "item-type", &pol.item_type)}</strong> {pol.customised.then(|| view! { " " <span class="badge open">{t!(lang, "policy-changed")}</span> })}</p>
            <p class="small" data-policy-summary>{summary}</p>
            <Show when=move || manage>
                <details class="change">
                    <summary>{t!(lang, "change")}</summary>
                    <form method="post" action=SaveReminderPolicy::url() class="stack">
                        <input type="hidden" name="item_type" value=code.clone()/>
                        <label for=before_id.clone()>{t!(lang, "policy-days-before")}</label>
                        <input id=before_id.clone() name="days_before" value=before.clone() inputmode="numeric"/>
                        <label class="choice" for=daily_id.clone()>
                            <input type="checkbox" id=daily_id.clone() name="daily_overdue" value="on" checked=pol.daily_overdue/>
                            {t!(lang, "policy-every-day")}
                        </label>
                        <label for=esc_id.clone()>{t!(lang, "policy-escalate")}</label>
                        <input id=esc_id.clone() name="escalate_after_days" value=escalate.clone() inputmode="numeric"/>
                        <button type="submit">{t!(lang, "save")}</button>
                    </form>
                </details>
            </Show>
        </li>
    }
}

// --- outbox ----------------------------------------------------------------------------------

/// `/admin/outbox?state=&page=`: every e-mail Gemba sent, is sending or keeps (administrators).
#[component]
pub fn OutboxAdminPage() -> impl IntoView {
    let query = use_query_map();
    let state = move || query.read().get("state").filter(|s| !s.is_empty());
    let page = move || page_of(&query.read());
    let retry = ServerAction::<RetryOutboxMessage>::new();
    let data = Resource::new(move || (state(), page(), retry.version().get()), |(s, p, _)| outbox_messages(s, Some(p)));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-outbox")/>
        <h1>{t!(lang, "nav-outbox")}</h1>
        <ErrorNotice result=retry.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        let current = state().unwrap_or_default();
                        let extra = if current.is_empty() { String::new() } else { format!("&state={current}") };
                        let empty = o.items.is_empty();
                        view! {
                            {if o.smtp_configured {
                                view! { <p class="notice ok" id="smtp-status">{t!(lang, "outbox-sending-through", server = o.smtp_server.clone().unwrap_or_default())}</p> }.into_any()
                            } else {
                                view! { <p class="notice error" id="smtp-status">{t!(lang, "outbox-no-smtp")}</p> }.into_any()
                            }}
                            <p id="outbox-counts">{format!(
                                "{} · {} · {}",
                                t!(lang, "outbox-n-waiting", count = o.pending),
                                t!(lang, "outbox-n-sent", count = o.sent),
                                t!(lang, "outbox-n-failed", count = o.failed)
                            )}</p>
                            <form method="get" action="/admin/outbox" class="inline-form">
                                <label for="outbox-state">{t!(lang, "outbox-state")}</label>
                                <select id="outbox-state" name="state">
                                    {["", "pending", "sending", "sent", "failed"].into_iter().map(|s| {
                                        let sel = s == current;
                                        view! { <option value=s selected=sel>{if s.is_empty() { t!(lang, "outbox-all") } else { label(lang, "outbox-state", s) }}</option> }
                                    }).collect_view()}
                                </select>
                                <button type="submit" class="secondary">{t!(lang, "outbox-show")}</button>
                            </form>
                            <Show when=move || empty><p class="notice">{t!(lang, "outbox-none")}</p></Show>
                            <ul class="cards" id="outbox">
                                {o.items.into_iter().map(|m| view! { <OutboxCard m/> }).collect_view()}
                            </ul>
                            {pager(lang, "/admin/outbox", &extra, o.page, o.per_page, o.total)}
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
fn OutboxCard(m: OutboxDto) -> impl IntoView {
    let failed = m.state == "failed";
    let id = m.id.to_string();
    let lang = use_lang();
    let when = match (&m.sent_at, m.state.as_str()) {
        (Some(at), _) => t!(lang, "outbox-sent-at", when = i18n::date_time(lang, at)),
        (None, "pending") if m.attempts > 0 => {
            t!(lang, "outbox-next-attempt", when = i18n::date_time(lang, &m.next_attempt_at))
        }
        _ => t!(lang, "outbox-queued", when = i18n::date_time(lang, &m.created_at)),
    };
    view! {
        <li class="card" id=format!("outbox-{}", m.id) data-state=m.state.clone()>
            <p><span class=format!("badge state-{}", m.state)>{label(lang, "outbox-state", &m.state)}</span> " " <strong>{m.subject.clone()}</strong></p>
            <p class="small">{format!(
                "{} · {} · {when}",
                t!(lang, "outbox-to", to = m.to.clone()),
                t!(lang, "outbox-attempts", count = m.attempts)
            )}</p>
            <p class="small muted mono">{m.message_id.clone()}</p>
            <Show when={let r = m.last_reply.clone(); move || !r.is_empty()}>
                <p class="small" data-reply>{t!(lang, "outbox-server-reply", reply = m.last_reply.clone())}</p>
            </Show>
            <Show when=move || failed>
                <form method="post" action=RetryOutboxMessage::url() class="inline">
                    <input type="hidden" name="id" value=id.clone()/>
                    <button type="submit" class="secondary small">{t!(lang, "outbox-retry")}</button>
                </form>
            </Show>
        </li>
    }
}
