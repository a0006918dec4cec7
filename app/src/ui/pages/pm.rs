//! Preventive maintenance: the schedule list, a schedule's next five due dates and history, and
//! a new schedule for an asset.
use contract::dto::maintenance::ForecastDto;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::people::WorkerSelect;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::pm::{
    AddHoliday, CreateSchedule, GeneratePmNow, RemoveHoliday, SetScheduleActive, get_schedule_detail, list_holidays,
    list_schedules,
};
use crate::ui::components::{ErrorNotice, FieldError, Lang, Loading, form::error_view, label, t, use_lang};

fn trigger_label(lang: Lang, kind: &str) -> String {
    match kind {
        "fixed" | "floating" | "meter" | "time_or_meter" | "calendar" => label(lang, "pm-trigger", kind),
        _ => t!(lang, "pm-trigger-unknown"),
    }
}

fn forecast_text(lang: Lang, next: &ForecastDto) -> String {
    if next.after_open_work {
        return t!(lang, "pm-after-open");
    }
    match (next.due, next.at_reading) {
        (Some(d), Some(r)) => {
            t!(lang, "pm-due-or-at", date = i18n::date(lang, d), reading = i18n::number(lang, r, 6))
        }
        (Some(d), None) => i18n::date(lang, d),
        (None, Some(r)) => t!(lang, "pm-at-reading", reading = i18n::number(lang, r, 6)),
        (None, None) => "—".into(),
    }
}

#[component]
pub fn SchedulesPage() -> impl IntoView {
    let generate = ServerAction::<GeneratePmNow>::new();
    let page = crate::ui::pages::work::page_param();
    let list = Resource::new(move || (generate.version().get(), page()), |(_, p)| list_schedules(Some(p)));
    let lang = use_lang();
    let query = use_query_map();
    // the answer of this page's action, or of the form posted without the WebAssembly (its redirect)
    let generated = move || {
        let posted =
            query.with(|q| Some((q.get("generated")?.parse::<u32>().ok()?, q.get("missed")?.parse::<u32>().ok()?)));
        generate
            .value()
            .get()
            .and_then(|r| r.ok())
            .or(posted)
            .map(|(g, m)| t!(lang, "pm-generated", count = g, missed = m))
    };
    view! {
        <Title text=t!(lang, "title-pm")/>
        <h1>{t!(lang, "pm-title")}</h1>
        <p class="small muted">{t!(lang, "pm-add-hint")}</p>
        <ActionForm action=generate>
            <button type="submit" class="secondary">{t!(lang, "pm-generate")}</button>
        </ActionForm>
        <ErrorNotice result=generate.value()/>
        {move || generated().map(|text| view! { <p class="notice ok" role="status" id="pm-generated">{text}</p> })}
        <Holidays/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(p) => {
                        let more = p.page * p.per_page < p.total as i64;
                        let next_page = format!("/pm?page={}", p.page + 1);
                        view! {
                        <p class="muted small">{t!(lang, "list-in-all", count = p.total)}</p>
                        <ul class="cards" id="schedule-list">
                            {p.items.into_iter().map(|(s, next)| view! {
                                <li class="card">
                                    <a class="card-link" href=format!("/pm/{}", s.id)>
                                        <strong>{s.title.clone()}</strong>
                                        <span class="small">{format!("{} · {}", s.asset_tag, trigger_label(lang, &s.trigger_kind))}</span>
                                        <span class="small muted">{t!(lang, "pm-next", when = next.map(|n| forecast_text(lang, &n)).unwrap_or_else(|| "—".into()))}</span>
                                        <Show when=move || !s.active><span class="badge off">{t!(lang, "pm-off")}</span></Show>
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                        <Show when=move || more>
                            <a class="button secondary" href=next_page.clone()>{t!(lang, "list-more")}</a>
                        </Show>
                    }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// The site's holiday calendar (calendar schedules shift or skip these days).
#[component]
fn Holidays() -> impl IntoView {
    let add = ServerAction::<AddHoliday>::new();
    let remove = ServerAction::<RemoveHoliday>::new();
    let list = Resource::new(move || (add.version().get(), remove.version().get()), |_| list_holidays());
    let lang = use_lang();
    view! {
        <details class="panel" id="holidays">
            <summary>{t!(lang, "pm-holidays")}</summary>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(days) => view! {
                            <ul class="cards small">
                                {days.into_iter().map(|(d, n)| view! {
                                    <li class="card row">
                                        <span>{format!("{} · {n}", i18n::date(lang, d))}</span>
                                        <ActionForm action=remove>
                                            <input type="hidden" name="day" value=d.to_string()/>
                                            <button type="submit" class="secondary small">{t!(lang, "pm-holiday-remove")}</button>
                                        </ActionForm>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => error_view(&e),
                    }
                })}
            </Suspense>
            <ActionForm action=add>
                <div class="inline-form">
                    <input name="day" type="date" required aria-label=t!(lang, "pm-holiday-day")/>
                    <input name="name" required placeholder=t!(lang, "pm-holiday-name") aria-label=t!(lang, "pm-holiday-name")/>
                    <button type="submit" class="secondary">{t!(lang, "pm-holiday-add")}</button>
                </div>
                <FieldError result=add.value() field="day"/>
                <FieldError result=add.value() field="name"/>
                <ErrorNotice result=add.value()/>
            </ActionForm>
        </details>
    }
}

#[component]
pub fn SchedulePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let toggle = ServerAction::<SetScheduleActive>::new();
    let detail = Resource::new(move || (id(), toggle.version().get()), |(id, _)| get_schedule_detail(id));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-schedule")/>
        <p><a href="/pm">{t!(lang, "pm-back")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(d) => {
                        let s = d.schedule.clone();
                        let active = s.active;
                        let can = d.can_manage;
                        view! {
                            <h1>{s.title.clone()}</h1>
                            <p><a href=format!("/assets/{}", s.asset_id)>{s.asset_tag.clone()}</a>
                                {format!(" · {} · {}", trigger_label(lang, &s.trigger_kind), t!(lang, "pm-lead-days", count = s.lead_days))}
                                {s.every_days.map(|d| format!(" · {}", t!(lang, "pm-every-days", count = d)))}
                                {s.meter_every.map(|m| format!(" · {}", t!(lang, "pm-every-meter", value = i18n::number(lang, m, 6))))}
                                {s.rrule.clone().map(|r| format!(" · {r}"))}
                            </p>
                            <Show when=move || !active><p class="notice error">{t!(lang, "pm-switched-off")}</p></Show>
                            <h2>{t!(lang, "pm-next-due")}</h2>
                            <ol class="cards" id="next-due">
                                {d.next.iter().map(|n| view! { <li class="card">{forecast_text(lang, n)}</li> }).collect_view()}
                            </ol>
                            <h2>{t!(lang, "pm-history")}</h2>
                            <ol class="cards" id="history">
                                {d.history.iter().map(|o| {
                                    let state = if o.missed {
                                        t!(lang, "pm-missed")
                                    } else {
                                        match (&o.work_order_status, o.completed_on) {
                                            (_, Some(c)) if o.on_time => t!(lang, "pm-done-on-time", date = i18n::date(lang, c)),
                                            (_, Some(c)) => t!(lang, "pm-done-late", date = i18n::date(lang, c)),
                                            (Some(st), None) => label(lang, "pm-wo-status", st),
                                            _ => String::new(),
                                        }
                                    };
                                    view! {
                                        <li class="card" class:overdue=o.missed>
                                            {format!("{} · ", t!(lang, "pm-due-window", due = i18n::date(lang, o.due), start = i18n::date(lang, o.window_start), end = i18n::date(lang, o.window_end)))}
                                            {o.work_order_id.map(|w| view! { <a href=format!("/work-orders/{w}")>{format!("#{w}")}</a> " · " })}
                                            {state}
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                            <h2>{t!(lang, "wo-checklist")}</h2>
                            <pre class="pre small">{s.steps.clone()}</pre>
                            <Show when=move || can>
                                <ActionForm action=toggle>
                                    <div class="stack">
                                        <input type="hidden" name="id" value=s.id.to_string()/>
                                        <input type="hidden" name="active" value=(!active).to_string()/>
                                        <label for="toggle-reason">{t!(lang, "reason")}</label>
                                        <input id="toggle-reason" name="reason" required/>
                                        <FieldError result=toggle.value() field="reason"/>
                                        <button type="submit" class="secondary">{if active { t!(lang, "pm-switch-off") } else { t!(lang, "pm-switch-on") }}</button>
                                    </div>
                                </ActionForm>
                            </Show>
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
pub fn NewSchedulePage() -> impl IntoView {
    let create = ServerAction::<CreateSchedule>::new();
    let result = create.value();
    let query = use_query_map();
    let asset = move || query.read().get("asset").unwrap_or_default();
    let meters = Resource::new(asset, |a| crate::api::assets::get_asset_detail(a.parse().unwrap_or(0)));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-new-schedule")/>
        <h1>{t!(lang, "pm-new")}</h1>
        <ActionForm action=create>
            <div class="stack">
                <input type="hidden" name="asset_id" value=asset/>
                <label for="s-title">{t!(lang, "pm-field-title")}</label>
                <input id="s-title" name="title" required/>
                <FieldError result field="title"/>
                <label for="s-kind">{t!(lang, "pm-falls-due")}</label>
                <select id="s-kind" name="trigger_kind">
                    {["fixed", "floating", "meter", "time_or_meter", "calendar"].into_iter()
                        .map(|k| view! { <option value=k>{trigger_label(lang, k)}</option> }).collect_view()}
                </select>
                <FieldError result field="trigger_kind"/>
                <label for="s-first">{t!(lang, "pm-first-due")}</label>
                <input id="s-first" name="first_due" type="date" required/>
                <FieldError result field="first_due"/>
                <label for="s-every">{t!(lang, "pm-every-days-label")}</label>
                <input id="s-every" name="every_days" inputmode="numeric"/>
                <FieldError result field="every_days"/>
                <label for="s-meter">{t!(lang, "pm-meter")}</label>
                <select id="s-meter" name="meter_id">
                    <option value="">{t!(lang, "pm-meter-none")}</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            meters.await.map(|d| d.meters).unwrap_or_default().into_iter().map(|m| view! {
                                <option value=m.id.to_string()>{format!("{} ({})", m.name, m.unit)}</option>
                            }).collect_view()
                        })}
                    </Suspense>
                </select>
                <FieldError result field="meter_id"/>
                <label for="s-meter-every">{t!(lang, "pm-meter-every-label")}</label>
                <input id="s-meter-every" name="meter_every" inputmode="decimal"/>
                <FieldError result field="meter_every"/>
                <label for="s-rrule">{t!(lang, "pm-rrule")}</label>
                <input id="s-rrule" name="rrule"/>
                <FieldError result field="rrule"/>
                <label for="s-lead">{t!(lang, "pm-lead-label")}</label>
                <input id="s-lead" name="lead_days" inputmode="numeric" value="0"/>
                <FieldError result field="lead_days"/>
                <label for="s-holidays">{t!(lang, "pm-on-holiday")}</label>
                <select id="s-holidays" name="holiday_rule">
                    <option value="ignore">{t!(lang, "pm-holiday-rule-ignore")}</option>
                    <option value="shift">{t!(lang, "pm-holiday-rule-shift")}</option>
                    <option value="skip">{t!(lang, "pm-holiday-rule-skip")}</option>
                </select>
                <label for="s-minutes">{t!(lang, "wo-estimated-minutes")}</label>
                <input id="s-minutes" name="estimated_minutes" inputmode="numeric"/>
                <label for="s-assignee">{t!(lang, "wo-assign-to")}</label>
                <WorkerSelect id="s-assignee" name="assigned_user_id"/>
                <FieldError result field="assigned_user_id"/>
                <label for="s-steps">{t!(lang, "pm-steps-label")}</label>
                <textarea id="s-steps" name="steps" rows="6"></textarea>
                <FieldError result field="steps"/>
                <ErrorNotice result/>
                <button type="submit">{t!(lang, "pm-create")}</button>
            </div>
        </ActionForm>
    }
}
