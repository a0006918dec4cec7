//! Safety on a phone: report an event in under a minute (with a photo), follow your own reports;
//! for EHS: every event, the investigation (5-Why, root cause) and its CAPA actions.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::safety::{
    AdvanceCapa, CapaWorkOrder, CloseInvestigation, CreateCapa, SaveInvestigation, capa_list, safety_event,
    safety_events,
};
use crate::ui::components::lang::message_text;
use crate::ui::components::people::OwnerSelect;
use crate::ui::components::{
    ErrorNotice, FieldError, IfMayOpen, Lang, Loading, LocalTime, Thumbs, form::error_view, form::textarea_text, label,
    t, use_lang,
};
use crate::ui::pages::work::page_param;
use contract::dto::safety::{CapaDto, EventDto, EventPage, InvestigationDto};
use contract::error::AppError;
use domain::capa::{CapaKind, CapaStatus};
use domain::safety::{CauseCategory, EventKind, EventStatus};

fn label_of_kind(lang: Lang, k: &str) -> String {
    EventKind::parse(k).map(|k| label(lang, "event-kind", k.as_str())).unwrap_or_else(|| t!(lang, "event"))
}

fn label_of_status(lang: Lang, s: &str) -> String {
    EventStatus::parse(s).map(|s| label(lang, "event-status", s.as_str())).unwrap_or_default()
}

fn event_card(e: EventDto) -> impl IntoView {
    let href = format!("/safety/events/{}", e.id);
    let lang = use_lang();
    view! {
        <li class="card" id=format!("event-{}", e.id)>
            <p><a href=href><strong>{format!("#{} {}", e.id, e.title)}</strong></a></p>
            <p class="small muted">{format!("{} · ", label_of_kind(lang, &e.kind))}<LocalTime at=e.occurred_at/>{format!(" · {}", label_of_status(lang, &e.status))}</p>
            <p class="small">{if e.area.is_empty() { e.asset_tag.clone() } else { e.area.clone() }}</p>
        </li>
    }
}

fn events_view(lang: Lang, r: Result<EventPage, AppError>, base: &'static str, empty: String) -> AnyView {
    match r {
        Ok(p) => {
            let more = p.page * p.per_page < p.total as i64;
            let next = format!("{base}page={}", p.page + 1);
            let none = p.events.is_empty();
            view! {
                <Show when=move || none><p class="notice">{empty.clone()}</p></Show>
                <ul class="cards" id="event-list">{p.events.into_iter().map(event_card).collect_view()}</ul>
                <Show when=move || more><p><a class="button secondary" href=next.clone()>{t!(lang, "list-more")}</a></p></Show>
            }
            .into_any()
        }
        Err(e) => error_view(&e),
    }
}

/// `/safety`: the report form and the caller's own reports.
#[component]
pub fn SafetyPage() -> impl IntoView {
    let query = use_query_map();
    let sent = move || query.read().get("sent");
    let failed = move || query.read().get("upload_error");
    let mine = Resource::new(|| (), |_| safety_events(Some(true), Some(1)));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-safety")/>
        <h1>{t!(lang, "safety-report-title")}</h1>
        {move || sent().map(|n| view! { <p class="notice ok" role="status" id="report-sent">{t!(lang, "safety-report-sent", id = n)}</p> })}
        {move || failed().map(|m| view! { <p class="notice error" role="alert">{message_text(lang, &m)}</p> })}
        <form method="post" action="/safety/report" enctype="multipart/form-data" id="safety-report">
            <div class="stack">
                <fieldset class="choices">
                    <legend>{t!(lang, "safety-what-happened")}</legend>
                    {EventKind::ALL.iter().enumerate().map(|(i, k)| {
                        let id = format!("kind-{}", k.as_str());
                        let for_ = id.clone();
                        view! {
                            <label for=for_ class="choice">
                                <input type="radio" id=id name="kind" value=k.as_str() required checked=i == 0/>
                                {label(lang, "event-kind", k.as_str())}
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <label for="ev-title">{t!(lang, "safety-few-words")}</label>
                <input id="ev-title" name="title" required maxlength="200"/>
                <label for="ev-when">{t!(lang, "safety-when")}</label>
                <input id="ev-when" name="occurred_at" type="datetime-local"/>
                <p class="small muted">{t!(lang, "safety-when-hint")}</p>
                <label for="ev-area">{t!(lang, "safety-where")}</label>
                <input id="ev-area" name="area" maxlength="200"/>
                <label for="ev-asset">{t!(lang, "safety-asset")}</label>
                <input id="ev-asset" name="asset_tag" maxlength="60" autocapitalize="characters"/>
                <label for="ev-desc">{t!(lang, "safety-description")}</label>
                <textarea id="ev-desc" name="description" rows="3"></textarea>
                <label for="ev-people">{t!(lang, "safety-people")}</label>
                <input id="ev-people" name="people_involved" maxlength="2000"/>
                <label for="ev-actions">{t!(lang, "safety-immediate")}</label>
                <input id="ev-actions" name="immediate_actions" maxlength="2000"/>
                <label for="ev-photo">{t!(lang, "round-photo")}</label>
                <input id="ev-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment"/>
                <label class="choice" for="ev-anon">
                    <input id="ev-anon" name="anonymous" type="checkbox" value="on"/>
                    {t!(lang, "safety-anonymous")}
                </label>
                <button type="submit" class="big">{t!(lang, "send-report")}</button>
            </div>
        </form>
        <h2>{t!(lang, "safety-my-reports")}</h2>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move { events_view(lang, mine.await, "/safety/mine?", t!(lang, "safety-none-mine")) })}
        </Suspense>
        <p class="actions">
            <IfMayOpen path="/safety/events"><a href="/safety/events">{t!(lang, "safety-all-events")}</a></IfMayOpen>
            <a href="/capa">{t!(lang, "safety-capa-actions")}</a>
            <IfMayOpen path="/osha"><a href="/osha">{t!(lang, "safety-osha")}</a></IfMayOpen>
        </p>
    }
}

/// `/safety/events`: every event of the site (or, without the right, the caller's own).
#[component]
pub fn EventsPage() -> impl IntoView {
    let page = page_param();
    let events = Resource::new(page, |p| safety_events(Some(false), Some(p)));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-safety-events")/>
        <h1>{t!(lang, "nav-safety-events")}</h1>
        <IfMayOpen path="/safety"><p><a class="button" href="/safety">{t!(lang, "safety-report-event")}</a></p></IfMayOpen>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move { events_view(lang, events.await, "/safety/events?", t!(lang, "safety-none")) })}
        </Suspense>
    }
}

/// `/safety/events/:id`: the event, its investigation and actions.
#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let save = ServerAction::<SaveInvestigation>::new();
    let close = ServerAction::<CloseInvestigation>::new();
    let create = ServerAction::<CreateCapa>::new();
    let advance = ServerAction::<AdvanceCapa>::new();
    let to_wo = ServerAction::<CapaWorkOrder>::new();
    let detail = Resource::new(
        move || {
            (
                id(),
                save.version().get(),
                close.version().get(),
                create.version().get(),
                advance.version().get(),
                to_wo.version().get(),
            )
        },
        |(id, ..)| safety_event(id),
    );
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-safety-event")/>
        <ErrorNotice result=close.value()/>
        <ErrorNotice result=advance.value()/>
        <ErrorNotice result=to_wo.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(d) => {
                        let e = d.event.clone();
                        let case_link = e.case_id.map(|c| view! { <p><a href=format!("/osha/cases/{c}")>{t!(lang, "event-osha-case")}</a></p> });
                        let open_case = (d.can_open_case && e.case_id.is_none())
                            .then(|| view! { <p><a class="button secondary" href=format!("/osha/cases/new?event={}", e.id)>{t!(lang, "event-open-case")}</a></p> });
                        view! {
                            <h1>{format!("#{} {}", e.id, e.title)}</h1>
                            <p class="small muted">{format!("{} · ", label_of_kind(lang, &e.kind))}<LocalTime at=e.occurred_at/>{format!(" · {} · {}", t!(lang, "safety-reported-by", name = e.reporter.clone()), label_of_status(lang, &e.status))}</p>
                            <Show when=move || e.details_hidden><p class="notice">{t!(lang, "event-details-hidden")}</p></Show>
                            <p>{d.event.description.clone()}</p>
                            <dl class="facts">
                                <dt>{t!(lang, "event-where")}</dt><dd>{format!("{} {}", d.event.area, d.event.asset_tag)}</dd>
                                <dt>{t!(lang, "event-people-involved")}</dt><dd>{d.event.people_involved.clone()}</dd>
                                <dt>{t!(lang, "event-done-right-away")}</dt><dd>{d.event.immediate_actions.clone()}</dd>
                            </dl>
                            <Thumbs ids=d.event.photo_ids.clone()/>
                            {case_link}
                            {open_case}
                            {d.can_investigate.then(|| view! { <InvestigationForm event_id=d.event.id inv=d.investigation.clone() save close/> })}
                            {match d.investigation.clone() {
                                Some(i) => view! { <Actions inv=i can_manage=d.can_investigate create advance to_wo/> }.into_any(),
                                None => ().into_any(),
                            }}
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn InvestigationForm(
    event_id: i64,
    inv: Option<InvestigationDto>,
    save: ServerAction<SaveInvestigation>,
    close: ServerAction<CloseInvestigation>,
) -> impl IntoView {
    let result = save.value();
    let i = inv.clone();
    let get = move |f: fn(&InvestigationDto) -> String| i.as_ref().map(f).unwrap_or_default();
    let whys = inv.as_ref().map(|i| i.whys.clone()).unwrap_or_default();
    let category = inv.as_ref().map(|i| i.cause_category.clone()).unwrap_or_default();
    let closed = inv.as_ref().is_some_and(|i| i.status == "closed");
    let started = inv.is_some();
    let lang = use_lang();
    view! {
        <section id="investigation">
            <h2>{t!(lang, "inv-title")}</h2>
            <Show when=move || closed><p class="notice ok">{t!(lang, "inv-closed")}</p></Show>
            <ActionForm action=save>
                <div class="stack">
                    <input type="hidden" name="event_id" value=event_id/>
                    <label for="inv-people">{t!(lang, "event-people-involved")}</label>
                    <textarea id="inv-people" name="people" rows="2">{textarea_text(get(|i| i.people.clone()))}</textarea>
                    <label for="inv-witnesses">{t!(lang, "inv-witnesses")}</label>
                    <textarea id="inv-witnesses" name="witnesses" rows="2">{textarea_text(get(|i| i.witnesses.clone()))}</textarea>
                    <label for="inv-timeline">{t!(lang, "inv-timeline")}</label>
                    <textarea id="inv-timeline" name="timeline" rows="3">{textarea_text(get(|i| i.timeline.clone()))}</textarea>
                    <fieldset>
                        <legend>{t!(lang, "inv-five-why")}</legend>
                        {(1..=5).map(|n| {
                            let id = format!("why{n}");
                            let v = whys.get(n - 1).cloned().unwrap_or_default();
                            view! {
                                <label for=id.clone()>{t!(lang, "inv-why", n = n)}</label>
                                <input id=id.clone() name=id value=v maxlength="500"/>
                            }
                        }).collect_view()}
                        <FieldError result field="whys"/>
                    </fieldset>
                    <label for="inv-root">{t!(lang, "inv-root-cause")}</label>
                    <textarea id="inv-root" name="root_cause" rows="2">{textarea_text(get(|i| i.root_cause.clone()))}</textarea>
                    <label for="inv-cat">{t!(lang, "inv-cause-category")}</label>
                    <select id="inv-cat" name="cause_category">
                        <option value="">"—"</option>
                        {CauseCategory::ALL.iter().map(|c| {
                            let sel = c.as_str() == category;
                            view! { <option value=c.as_str() selected=sel>{label(lang, "cause-category", c.as_str())}</option> }
                        }).collect_view()}
                    </select>
                    <FieldError result field="cause_category"/>
                    <label for="inv-factors">{t!(lang, "inv-contributing-factors")}</label>
                    <textarea id="inv-factors" name="contributing_factors" rows="2">{textarea_text(get(|i| i.contributing_factors.clone()))}</textarea>
                    <ErrorNotice result/>
                    <button type="submit" disabled=closed>{t!(lang, "inv-save")}</button>
                </div>
            </ActionForm>
            <Show when=move || started && !closed>
                <ActionForm action=close>
                    <input type="hidden" name="event_id" value=event_id/>
                    <button type="submit" class="secondary">{t!(lang, "inv-close")}</button>
                </ActionForm>
            </Show>
        </section>
    }
}

fn capa_status_label(lang: Lang, s: &str) -> String {
    CapaStatus::parse(s).map(|s| label(lang, "capa-status", s.as_str())).unwrap_or_default()
}

/// One action with what can be done to it next.
#[component]
pub fn CapaCard(
    a: CapaDto,
    can_manage: bool,
    advance: ServerAction<AdvanceCapa>,
    to_wo: ServerAction<CapaWorkOrder>,
) -> impl IntoView {
    let id = a.id;
    let status = CapaStatus::parse(&a.status).unwrap_or(CapaStatus::Open);
    let open = status.is_open();
    let wo = a.work_order_id;
    let lang = use_lang();
    view! {
        <li class="card" id=format!("capa-{id}") class:failed=a.overdue>
            <p><strong>{t!(lang, "capa-heading", id = id, title = a.title.clone())}</strong></p>
            <p class="small muted">{format!("{} · {} · {} · {}", label(lang, "capa-card-kind", &a.kind), a.owner_name, t!(lang, "wo-due", date = i18n::date(lang, a.due_date)), capa_status_label(lang, &a.status))}
                {a.overdue.then(|| format!(" · {}", t!(lang, "capa-overdue")))}</p>
            <p class="small">{a.description.clone()}</p>
            {(!a.evidence.is_empty()).then(|| view! { <p class="small">{t!(lang, "capa-evidence-is", evidence = a.evidence.clone())}</p> })}
            {(!a.effectiveness_note.is_empty()).then(|| view! { <p class="small">{t!(lang, "capa-checked-by", name = a.verified_by_name.clone(), note = a.effectiveness_note.clone())}</p> })}
            {wo.map(|w| view! { <p><a href=format!("/work-orders/{w}")>{t!(lang, "wo-number", id = w)}</a></p> })}
            <Show when=move || open && status != CapaStatus::InProgress>
                <ActionForm action=advance>
                    <input type="hidden" name="capa_id" value=id/>
                    <input type="hidden" name="status" value="in_progress"/>
                    <button type="submit" class="secondary">{t!(lang, "wo-start")}</button>
                </ActionForm>
            </Show>
            <Show when=move || open>
                <ActionForm action=advance>
                    <div class="inline-form">
                        <input type="hidden" name="capa_id" value=id/>
                        <input type="hidden" name="status" value="done"/>
                        <input name="evidence" required placeholder=t!(lang, "capa-evidence-placeholder") aria-label=t!(lang, "capa-evidence")/>
                        <button type="submit">{t!(lang, "step-done")}</button>
                    </div>
                </ActionForm>
            </Show>
            <Show when=move || open && can_manage && wo.is_none()>
                <ActionForm action=to_wo>
                    <input type="hidden" name="capa_id" value=id/>
                    <button type="submit" class="secondary">{t!(lang, "capa-create-wo")}</button>
                </ActionForm>
            </Show>
            <Show when=move || status == CapaStatus::Done && can_manage>
                <ActionForm action=advance>
                    <div class="stack">
                        <input type="hidden" name="capa_id" value=id/>
                        <label for=format!("note-{id}")>{t!(lang, "capa-effectiveness-check")}</label>
                        <input id=format!("note-{id}") name="note" required/>
                        <div class="two">
                            <button type="submit" name="status" value="verified_effective">{t!(lang, "capa-effective")}</button>
                            <button type="submit" name="status" value="reopened" class="danger">{t!(lang, "capa-not-effective")}</button>
                        </div>
                    </div>
                </ActionForm>
            </Show>
        </li>
    }
}

#[component]
fn Actions(
    inv: InvestigationDto,
    can_manage: bool,
    create: ServerAction<CreateCapa>,
    advance: ServerAction<AdvanceCapa>,
    to_wo: ServerAction<CapaWorkOrder>,
) -> impl IntoView {
    let result = create.value();
    let lang = use_lang();
    view! {
        <section id="actions">
            <h2>{t!(lang, "capa-section-title")}</h2>
            <ul class="cards">
                {inv.actions.into_iter().map(|a| view! { <CapaCard a can_manage advance to_wo/> }).collect_view()}
            </ul>
            <Show when=move || can_manage>
                <details>
                    <summary class="button secondary">{t!(lang, "capa-add-an-action")}</summary>
                    <ActionForm action=create>
                        <div class="stack">
                            <input type="hidden" name="investigation_id" value=inv.id/>
                            <label for="capa-kind">{t!(lang, "wo-type")}</label>
                            <select id="capa-kind" name="kind">
                                {CapaKind::ALL.iter().map(|k| view! { <option value=k.as_str()>{label(lang, "capa-kind", k.as_str())}</option> }).collect_view()}
                            </select>
                            <label for="capa-title">{t!(lang, "capa-action")}</label>
                            <input id="capa-title" name="title" required maxlength="200"/>
                            <FieldError result field="title"/>
                            <label for="capa-desc">{t!(lang, "wo-details")}</label>
                            <textarea id="capa-desc" name="description" rows="2"></textarea>
                            <label for="capa-owner">{t!(lang, "capa-owner")}</label>
                            <OwnerSelect id="capa-owner" name="owner_id"/>
                            <FieldError result field="owner_id"/>
                            <label for="capa-due">{t!(lang, "wo-due-date")}</label>
                            <input id="capa-due" name="due_date" type="date" required/>
                            <FieldError result field="due_date"/>
                            <ErrorNotice result/>
                            <button type="submit">{t!(lang, "capa-add")}</button>
                        </div>
                    </ActionForm>
                </details>
            </Show>
        </section>
    }
}

/// `/capa`: the actions of the site (a CAPA manager sees all of them, others their own).
#[component]
pub fn CapaPage() -> impl IntoView {
    let query = use_query_map();
    let all = move || query.read().get("all").is_some();
    let advance = ServerAction::<AdvanceCapa>::new();
    let to_wo = ServerAction::<CapaWorkOrder>::new();
    let list = Resource::new(
        move || (all(), advance.version().get(), to_wo.version().get()),
        |(all, ..)| capa_list(Some(all)),
    );
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-capa")/>
        <h1>{t!(lang, "safety-capa-actions")}</h1>
        <p><a href="/capa">{t!(lang, "capa-filter-open")}</a> " · " <a href="/capa?all=1">{t!(lang, "capa-filter-all")}</a></p>
        <ErrorNotice result=advance.value()/>
        <ErrorNotice result=to_wo.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) => {
                        let none = items.is_empty();
                        view! {
                            <Show when=move || none><p class="notice">{t!(lang, "capa-none")}</p></Show>
                            <ul class="cards" id="capa-list">
                                {items.into_iter().map(|a| view! { <CapaCard a can_manage=true advance to_wo/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
