//! Preventive maintenance: the schedule list, a schedule's next five due dates and history, and
//! a new schedule for an asset.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::people::WorkerSelect;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::pm::{
    AddHoliday, CreateSchedule, GeneratePmNow, RemoveHoliday, SetScheduleActive, get_schedule_detail, list_holidays,
    list_schedules,
};
use crate::ui::components::{ErrorNotice, FieldError, Loading, form::error_view};

fn trigger_label(kind: &str) -> &'static str {
    match kind {
        "fixed" => "Fixed calendar",
        "floating" => "Floating (from completion)",
        "meter" => "Meter",
        "time_or_meter" => "Time or meter, whichever first",
        "calendar" => "Calendar rule (RRULE)",
        _ => "Unknown",
    }
}

fn forecast_text(due: Option<chrono::NaiveDate>, at: Option<f64>) -> String {
    match (due, at) {
        (Some(d), Some(r)) => format!("{d} or at {r}"),
        (Some(d), None) => d.to_string(),
        (None, Some(r)) => format!("at {r}"),
        (None, None) => "—".into(),
    }
}

#[component]
pub fn SchedulesPage() -> impl IntoView {
    let generate = ServerAction::<GeneratePmNow>::new();
    let list = Resource::new(move || generate.version().get(), |_| list_schedules());
    let generated = move || {
        generate
            .value()
            .get()
            .and_then(|r| r.ok())
            .map(|(g, m)| format!("{g} work orders generated, {m} missed occurrences recorded."))
    };
    view! {
        <Title text="Preventive maintenance · Gemba"/>
        <h1>"Preventive maintenance"</h1>
        <p class="small muted">"Add a schedule from an asset's page."</p>
        <ActionForm action=generate>
            <button type="submit" class="secondary">"Generate due work now"</button>
        </ActionForm>
        <ErrorNotice result=generate.value()/>
        <p class="notice ok" role="status">{generated}</p>
        <Holidays/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) => view! {
                        <ul class="cards" id="schedule-list">
                            {items.into_iter().map(|(s, next)| view! {
                                <li class="card">
                                    <a class="card-link" href=format!("/pm/{}", s.id)>
                                        <strong>{s.title.clone()}</strong>
                                        <span class="small">{format!("{} · {}", s.asset_tag, trigger_label(&s.trigger_kind))}</span>
                                        <span class="small muted">{format!("next: {}", next.map(|n| forecast_text(n.due, n.at_reading)).unwrap_or_else(|| "—".into()))}</span>
                                        <Show when=move || !s.active><span class="badge off">"Off"</span></Show>
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
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
    view! {
        <details class="panel" id="holidays">
            <summary>"Site holidays"</summary>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(days) => view! {
                            <ul class="cards small">
                                {days.into_iter().map(|(d, n)| view! {
                                    <li class="card row">
                                        <span>{format!("{d} · {n}")}</span>
                                        <ActionForm action=remove>
                                            <input type="hidden" name="day" value=d.to_string()/>
                                            <button type="submit" class="secondary small">"Remove"</button>
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
                    <input name="day" type="date" required aria-label="Day"/>
                    <input name="name" required placeholder="Name" aria-label="Name"/>
                    <button type="submit" class="secondary">"Add holiday"</button>
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
    view! {
        <Title text="Schedule · Gemba"/>
        <p><a href="/pm">"← Preventive maintenance"</a></p>
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
                                {format!(" · {} · lead {} days", trigger_label(&s.trigger_kind), s.lead_days)}
                                {s.every_days.map(|d| format!(" · every {d} days"))}
                                {s.meter_every.map(|m| format!(" · every {m} on the meter"))}
                                {s.rrule.clone().map(|r| format!(" · {r}"))}
                            </p>
                            <Show when=move || !active><p class="notice error">"This schedule is switched off."</p></Show>
                            <h2>"Next due"</h2>
                            <ol class="cards" id="next-due">
                                {d.next.iter().map(|n| view! { <li class="card">{forecast_text(n.due, n.at_reading)}</li> }).collect_view()}
                            </ol>
                            <h2>"History"</h2>
                            <ol class="cards" id="history">
                                {d.history.iter().map(|o| {
                                    let state = if o.missed {
                                        "Missed".to_string()
                                    } else {
                                        match (&o.work_order_status, o.completed_on) {
                                            (_, Some(c)) => format!("Done {c} ({})", if o.on_time { "on time" } else { "outside its window" }),
                                            (Some(st), None) => st.clone(),
                                            _ => String::new(),
                                        }
                                    };
                                    view! {
                                        <li class="card" class:overdue=o.missed>
                                            {format!("Due {} (window {} to {}) · ", o.due, o.window_start, o.window_end)}
                                            {o.work_order_id.map(|w| view! { <a href=format!("/work-orders/{w}")>{format!("#{w}")}</a> " · " })}
                                            {state}
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                            <h2>"Checklist"</h2>
                            <pre class="pre small">{s.steps.clone()}</pre>
                            <Show when=move || can>
                                <ActionForm action=toggle>
                                    <div class="stack">
                                        <input type="hidden" name="id" value=s.id.to_string()/>
                                        <input type="hidden" name="active" value=(!active).to_string()/>
                                        <label for="toggle-reason">"Reason"</label>
                                        <input id="toggle-reason" name="reason" required/>
                                        <FieldError result=toggle.value() field="reason"/>
                                        <button type="submit" class="secondary">{if active { "Switch off" } else { "Switch on" }}</button>
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
    view! {
        <Title text="New schedule · Gemba"/>
        <h1>"New PM schedule"</h1>
        <ActionForm action=create>
            <div class="stack">
                <input type="hidden" name="asset_id" value=asset/>
                <label for="s-title">"Title"</label>
                <input id="s-title" name="title" required/>
                <FieldError result field="title"/>
                <label for="s-kind">"Falls due"</label>
                <select id="s-kind" name="trigger_kind">
                    {["fixed", "floating", "meter", "time_or_meter", "calendar"].into_iter()
                        .map(|k| view! { <option value=k>{trigger_label(k)}</option> }).collect_view()}
                </select>
                <FieldError result field="trigger_kind"/>
                <label for="s-first">"First due date"</label>
                <input id="s-first" name="first_due" type="date" required/>
                <FieldError result field="first_due"/>
                <label for="s-every">"Every … days (fixed, floating, time or meter)"</label>
                <input id="s-every" name="every_days" inputmode="numeric"/>
                <FieldError result field="every_days"/>
                <label for="s-meter">"Meter (meter schedules)"</label>
                <select id="s-meter" name="meter_id">
                    <option value="">"None"</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            meters.await.map(|d| d.meters).unwrap_or_default().into_iter().map(|m| view! {
                                <option value=m.id.to_string()>{format!("{} ({})", m.name, m.unit)}</option>
                            }).collect_view()
                        })}
                    </Suspense>
                </select>
                <FieldError result field="meter_id"/>
                <label for="s-meter-every">"Every … on the meter"</label>
                <input id="s-meter-every" name="meter_every" inputmode="decimal"/>
                <FieldError result field="meter_every"/>
                <label for="s-rrule">"Calendar rule, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"</label>
                <input id="s-rrule" name="rrule"/>
                <FieldError result field="rrule"/>
                <label for="s-lead">"Lead time (days before due)"</label>
                <input id="s-lead" name="lead_days" inputmode="numeric" value="0"/>
                <FieldError result field="lead_days"/>
                <label for="s-holidays">"On a site holiday"</label>
                <select id="s-holidays" name="holiday_rule">
                    <option value="ignore">"Keep the date"</option>
                    <option value="shift">"Move to the next working day"</option>
                    <option value="skip">"Skip that occurrence"</option>
                </select>
                <label for="s-minutes">"Estimated minutes"</label>
                <input id="s-minutes" name="estimated_minutes" inputmode="numeric"/>
                <label for="s-assignee">"Assign to"</label>
                <WorkerSelect id="s-assignee" name="assigned_user_id"/>
                <FieldError result field="assigned_user_id"/>
                <label for="s-steps">"Checklist, one step per line: text, [pass] text, [number 2-4.5 bar] text, [photo] text, [sign] text, [meter] text"</label>
                <textarea id="s-steps" name="steps" rows="6"></textarea>
                <FieldError result field="steps"/>
                <ErrorNotice result/>
                <button type="submit">"Create schedule"</button>
            </div>
        </ActionForm>
    }
}
