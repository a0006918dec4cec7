//! One work order on a phone: status buttons, checklist steps answered with one tap each, photos,
//! time, parts, failure codes, downtime, and completion with an e-signature.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::work_orders::{
    AddPart, AddTime, AddWorkOrderNote, AnswerStep, AssignWorkOrder, ChangeWorkOrderStatus, CompleteWorkOrder,
    FollowUp, SetFailureCodes, ToggleDowntime, VerifyWorkOrder, work_order,
};
use crate::ui::components::lang::message_text;
use crate::ui::components::people::WorkerSelect;
use crate::ui::components::wo::StatusBadge;
use crate::ui::components::{
    Confirm, ErrorNotice, FieldError, IfMayOpen, Lang, Loading, LocalTime, ReturnTo, Thumbs, form::error_view, label,
    t, use_lang,
};
use crate::ui::layout::use_me;
use contract::dto::maintenance::{StepDto, WorkOrderDetail};
use domain::checklist::{Answer, StepKind};
use domain::work_order::WorkOrderStatus;

#[component]
pub fn WorkOrderPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let query = use_query_map();
    // the part picker's search (the page offers the first parts of the site, or those matching)
    let part_q = move || query.read().get("part_q").unwrap_or_default();
    let wo = Resource::new(move || (id(), part_q()), |(id, q)| work_order(id, (!q.trim().is_empty()).then_some(q)));
    view! {
        <Title text=t!(use_lang(), "title-work-order")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match wo.await {
                    Ok(d) => view! { <Detail d/> }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

fn answer_text(lang: Lang, a: &Answer) -> String {
    match a {
        Answer::Checked(true) => t!(lang, "step-done"),
        Answer::Checked(false) => t!(lang, "step-not-done"),
        Answer::Pass(true) => t!(lang, "step-pass"),
        Answer::Pass(false) => t!(lang, "step-fail"),
        Answer::Number(v) | Answer::Meter(v) => i18n::number(lang, *v, 6),
        Answer::Text(t) => t.clone(),
        Answer::Photo(_) => t!(lang, "step-photo"),
        Answer::Signature(s) => t!(lang, "step-signed", name = s.clone()),
    }
}

#[component]
fn Detail(d: WorkOrderDetail) -> impl IntoView {
    let s = d.summary.clone();
    let id = s.id;
    let id_s = id.to_string();
    let status = s.status;
    let working = status == WorkOrderStatus::InProgress && d.can_work;
    // not started (or on hold): the forms of the work are in the page but hidden, shown by the
    // phone once a Start made without a connection waits to be sent (offline.js)
    let startable =
        d.can_work && matches!(status, WorkOrderStatus::Open | WorkOrderStatus::OnHold | WorkOrderStatus::InProgress);
    let done = status == WorkOrderStatus::Done;
    let query = use_query_map();
    let upload_error = move || query.read().get("upload_error");
    let status_action = ServerAction::<ChangeWorkOrderStatus>::new();
    let assign = ServerAction::<AssignWorkOrder>::new();
    let can_assign = d.can_assign;
    let complete = ServerAction::<CompleteWorkOrder>::new();
    let verify = ServerAction::<VerifyWorkOrder>::new();
    let answer = ServerAction::<AnswerStep>::new();
    let me = use_me();
    let lang = use_lang();
    let asset_line = match (&s.asset_tag, &s.asset_name, s.asset_id) {
        (Some(t), Some(n), Some(aid)) => {
            Some(view! { <p><a href=format!("/assets/{aid}")>{format!("{t} · {n}")}</a></p> })
        }
        _ => None,
    };
    let (harmful, usual): (Vec<_>, Vec<_>) = d.next_statuses.iter().partition(|to| **to == WorkOrderStatus::Cancelled);
    let harmful = !harmful.is_empty();
    let (reporter, description, reason) = (d.reporter.clone(), d.description.clone(), d.status_reason.clone());
    let steps = d.steps.clone();
    let has_steps = !steps.is_empty();
    let photos_form = startable.then(|| {
        awaiting(working, view! {
            <form method="post" action=format!("/files/work-order/{id}") enctype="multipart/form-data" class="stack">
                <label for="photo">{t!(lang, "wo-add-photo")}</label>
                <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" required/>
                <button type="submit" class="secondary">{t!(lang, "upload")}</button>
            </form>
        })
    });
    view! {
        <p>
            <IfMayOpen path="/work"><a href="/work">{t!(lang, "wo-back-my-work")}</a></IfMayOpen>
            <IfMayOpen path="/work-orders"><a href="/work-orders" class="back-all">{t!(lang, "wo-all")}</a></IfMayOpen>
        </p>
        <h1>{format!("#{} {}", id, s.title)}</h1>
        <p class="meta">
            <StatusBadge status/>
            " " {label(lang, "wo-type", s.wo_type.as_str())} " · " {label(lang, "wo-priority", s.priority.as_str())}
            {s.due_date.map(|d| format!(" · {}", t!(lang, "wo-due", date = i18n::date(lang, d))))}
            <Show when=move || s.overdue>" " <span class="badge off">{t!(lang, "wo-overdue")}</span></Show>
        </p>
        {asset_line}
        <SafetyPanel energy=d.asset_energy_control.clone() notes=d.asset_safety_notes.clone()/>
        {(!reporter.is_empty()).then(|| view! { <p class="small muted">{t!(lang, "wo-reported-by", name = reporter)}</p> })}
        {(!description.is_empty()).then(|| view! { <p class="pre">{description}</p> })}
        {(!reason.is_empty()).then(|| view! { <p class="small">{t!(lang, "wo-reason-is", reason = reason)}</p> })}
        <p class="small muted">
            {if d.assignees.is_empty() {
                t!(lang, "wo-not-assigned")
            } else {
                t!(lang, "wo-assigned-to", names = d.assignees.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", "))
            }}
        </p>
        <Show when=move || can_assign>
            <details class="panel" id="assign">
                <summary>{t!(lang, "wo-reassign")}</summary>
                <ActionForm action=assign>
                    <ReturnTo id="assign"/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <div class="inline-form">
                        <label for="wo-assignee" class="visually-hidden">{t!(lang, "wo-reassign-to")}</label>
                        <WorkerSelect id="wo-assignee" name="assignee"/>
                        <button type="submit" class="secondary">{t!(lang, "wo-reassign-button")}</button>
                    </div>
                    <FieldError result=assign.value() field="assignees"/>
                    <ErrorNotice result=assign.value()/>
                </ActionForm>
            </details>
        </Show>
        <ErrorNotice result=status_action.value()/>
        <div id="status-actions">
            <div class="actions">
                {usual
                    .into_iter()
                    .copied()
                    .map(|to| {
                        let needs_reason = to == WorkOrderStatus::Open && matches!(status, WorkOrderStatus::Done | WorkOrderStatus::Cancelled);
                        let text = match (status, to) {
                            (WorkOrderStatus::Requested, WorkOrderStatus::Open) => t!(lang, "wo-approve"),
                            (_, WorkOrderStatus::InProgress) if status == WorkOrderStatus::OnHold => t!(lang, "wo-resume"),
                            (_, WorkOrderStatus::InProgress) => t!(lang, "wo-start"),
                            (_, WorkOrderStatus::OnHold) => t!(lang, "wo-hold"),
                            (_, WorkOrderStatus::Open) => t!(lang, "wo-reopen"),
                            _ => label(lang, "wo-status", to.as_str()),
                        };
                        view! {
                            <ActionForm action=status_action>
                                <ReturnTo id="status-actions"/>
                                <input type="hidden" name="id" value=id.to_string()/>
                                <input type="hidden" name="status" value=to.as_str()/>
                                {needs_reason.then(|| view! {
                                    <label for=format!("reason-{}", to.as_str())>{t!(lang, "reason")}</label>
                                    <input id=format!("reason-{}", to.as_str()) name="reason" required/>
                                })}
                                <button type="submit" class:secondary=needs_reason>{text}</button>
                            </ActionForm>
                        }
                    })
                    .collect_view()}
            </div>
            // cancelling (or rejecting a request) is set apart and asked twice
            {harmful.then(|| {
                let rejects = status == WorkOrderStatus::Requested;
                let (ask, yes) = if rejects { (t!(lang, "wo-reject-ask"), t!(lang, "wo-reject-yes")) } else { (t!(lang, "wo-cancel-ask"), t!(lang, "wo-cancel-yes")) };
                view! {
                    <Confirm ask>
                        <ActionForm action=status_action>
                            <ReturnTo id="status-actions"/>
                            <input type="hidden" name="id" value=id.to_string()/>
                            <input type="hidden" name="status" value=WorkOrderStatus::Cancelled.as_str()/>
                            <label for="reason-cancelled">{t!(lang, "wo-cancel-why")}</label>
                            <input id="reason-cancelled" name="reason" required/>
                            <button type="submit" class="danger">{yes}</button>
                        </ActionForm>
                    </Confirm>
                }
            })}
        </div>
        <Show when=move || has_steps>
            <h2>{t!(lang, "wo-checklist")}</h2>
        </Show>
        <ErrorNotice result=answer.value()/>
        <ol class="steps" id="steps">
            {steps.into_iter().map(|st| view! { <Step st wo_id=id working startable answer lang/> }).collect_view()}
        </ol>
        <h2>{t!(lang, "wo-photos")}</h2>
        {move || upload_error().map(|m| view! { <p class="notice error" role="alert">{message_text(lang, &m)}</p> })}
        <Thumbs ids=d.photo_ids.clone() id="photos"/>
        {photos_form}
        <WorkSections d=d.clone() working startable/>
        <Notes d=d.clone()/>
        {startable.then(|| view! {
            <section class=if working { "panel" } else { "panel await-start" } id="complete">
                <h2>{t!(lang, "wo-complete")}</h2>
                <p class="small muted">{t!(lang, "wo-complete-meaning")}</p>
                <ActionForm action=complete>
                    <ReturnTo id="complete"/>
                    <div class="stack">
                        <input type="hidden" name="work_order_id" value=id.to_string()/>
                        <label for="signer">{t!(lang, "printed-name")}</label>
                        <Suspense fallback=|| view! { <input id="signer" name="printed_name" required/> }>
                            {move || Suspend::new(async move {
                                let name = me.await.map(|m| m.display_name).unwrap_or_default();
                                view! { <input id="signer" name="printed_name" required value=name/> }
                            })}
                        </Suspense>
                        <FieldError result=complete.value() field="printed_name"/>
                        <label for="sign-password">{t!(lang, "login-password")}</label>
                        <input id="sign-password" name="password" type="password" autocomplete="current-password" required/>
                        <FieldError result=complete.value() field="password"/>
                        <FieldError result=complete.value() field="steps"/>
                        <FieldError result=complete.value() field="parts"/>
                        <ErrorNotice result=complete.value()/>
                        <button type="submit">{t!(lang, "wo-complete")}</button>
                    </div>
                </ActionForm>
            </section>
        })}
        <Show when={let n = d.signoffs.len(); move || n > 0}>
            <h2>{t!(lang, "wo-signatures")}</h2>
            <ul class="cards" id="signoffs">
                {d.signoffs.iter().map(|s| view! {
                    <li class="card">
                        <strong>{s.printed_name.clone()}</strong> " · " {s.meaning.clone()} " · "
                        <span class="small"><LocalTime at=s.signed_at/></span>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
        {done.then(|| view! {
            <section class="panel" id="verify">
                <h2>{t!(lang, "wo-verify")}</h2>
                <ActionForm action=verify>
                    <ReturnTo id="verify"/>
                    <div class="stack">
                        <input type="hidden" name="work_order_id" value=id_s.clone()/>
                        <label for="verifier">{t!(lang, "printed-name")}</label>
                        <input id="verifier" name="printed_name" required/>
                        <label for="verify-password">{t!(lang, "login-password")}</label>
                        <input id="verify-password" name="password" type="password" autocomplete="current-password" required/>
                        <ErrorNotice result=verify.value()/>
                        <button type="submit" class="secondary">{t!(lang, "wo-sign-verified")}</button>
                    </div>
                </ActionForm>
            </section>
        })}
    }
}

#[component]
fn Step(
    st: StepDto,
    wo_id: i64,
    working: bool,
    startable: bool,
    answer: ServerAction<AnswerStep>,
    lang: Lang,
) -> impl IntoView {
    let anchor = format!("step-{}", st.position);
    let answered = st.answer.as_ref().map(|a| answer_text(lang, a));
    let failed = st.passed == Some(false);
    let step_id = st.id.to_string();
    let wo = wo_id.to_string();
    let url = AnswerStep::url();
    let kind = st.kind.clone();
    let limits = match &st.kind {
        StepKind::Number { min, max, unit } => Some(format!(
            "{}{}{} {unit}",
            min.map(|m| i18n::number(lang, m, 6)).unwrap_or_default(),
            if min.is_some() || max.is_some() { " – " } else { "" },
            max.map(|m| i18n::number(lang, m, 6)).unwrap_or_default()
        )),
        _ => None,
    };
    let hidden = move || {
        view! {
            <input type="hidden" name="work_order_id" value=wo.clone()/>
            <input type="hidden" name="step_id" value=step_id.clone()/>
        }
    };
    let input: Option<AnyView> = startable.then(|| match kind {
        StepKind::Checkbox => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input type="hidden" name="value" value="on"/>
                <button type="submit" class="big">{t!(lang, "step-done")}</button>
            </form>
        }
        .into_any(),
        StepKind::PassFail => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input name="note" placeholder=t!(lang, "step-note-for-fail") aria-label=t!(lang, "note")/>
                <div class="two">
                    <button type="submit" name="value" value="pass" class="big">{t!(lang, "step-pass")}</button>
                    <button type="submit" name="value" value="fail" class="big danger">{t!(lang, "step-fail")}</button>
                </div>
            </form>
        }
        .into_any(),
        StepKind::Number { .. } | StepKind::Meter { .. } => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input name="value" inputmode="decimal" required aria-label=t!(lang, "step-value")/>
                <input name="note" placeholder=t!(lang, "step-note-outside-limits") aria-label=t!(lang, "note")/>
                <button type="submit">{t!(lang, "save")}</button>
            </form>
        }
        .into_any(),
        StepKind::Text => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <textarea name="value" rows="2" required aria-label=t!(lang, "step-answer")></textarea>
                <button type="submit">{t!(lang, "save")}</button>
            </form>
        }
        .into_any(),
        StepKind::Signature => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input name="value" required autocomplete="name" placeholder=t!(lang, "step-your-name") aria-label=t!(lang, "step-name")/>
                <input name="password" type="password" required autocomplete="current-password" aria-label=t!(lang, "step-sign-password")/>
                <button type="submit">{t!(lang, "step-sign")}</button>
            </form>
        }
        .into_any(),
        StepKind::Photo => view! {
            <form method="post" action=format!("/files/work-order/{wo_id}") enctype="multipart/form-data" class="step-form">
                <input type="hidden" name="step_id" value=st.id.to_string()/>
                <input name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" required aria-label=t!(lang, "step-photo")/>
                <button type="submit">{t!(lang, "upload")}</button>
            </form>
        }
        .into_any(),
    });
    let input = input.map(|v| awaiting(working, v));
    let follow = (failed && working).then(|| {
        let follow_up = ServerAction::<FollowUp>::new();
        view! {
            <ActionForm action=follow_up>
                <input type="hidden" name="work_order_id" value=wo_id.to_string()/>
                <input type="hidden" name="step_id" value=st.id.to_string()/>
                <button type="submit" class="secondary">{t!(lang, "step-follow-up")}</button>
            </ActionForm>
        }
    });
    let _ = answer;
    view! {
        <li class="card step" id=anchor class:failed=failed>
            <p>
                <strong>{st.title.clone()}</strong>
                {st.required.then_some(" *")}
                {limits.map(|l| view! { <span class="muted small">{format!(" ({l})")}</span> })}
            </p>
            {answered.map(|a| view! { <p class="answer">{a}</p> })}
            <Show when={let n = st.note.clone(); move || !n.is_empty()}>
                <p class="small">{t!(lang, "note-is", note = st.note.clone())}</p>
            </Show>
            {input}
            {follow}
        </li>
    }
}

/// Notes: anyone who works on the work order may add one, whatever its status.
#[component]
fn Notes(d: WorkOrderDetail) -> impl IntoView {
    let id = d.summary.id;
    let add = ServerAction::<AddWorkOrderNote>::new();
    let can = d.can_work;
    let lang = use_lang();
    (can || !d.notes.is_empty()).then(|| {
        view! {
            <section id="notes">
                <h2>{t!(lang, "wo-notes")}</h2>
                <ul class="cards small">
                    {d.notes.iter().map(|n| view! {
                        <li class="card note">
                            <p class="muted small">{n.user_name.clone()} " · " <LocalTime at=n.created_at/></p>
                            <p class="note-body">{n.body.clone()}</p>
                        </li>
                    }).collect_view()}
                </ul>
                <Show when=move || can>
                    <ActionForm action=add>
                        <ReturnTo id="notes"/>
                        <input type="hidden" name="work_order_id" value=id.to_string()/>
                        <label for="note-body">{t!(lang, "wo-add-note-label")}</label>
                        <textarea id="note-body" name="note" rows="2" required></textarea>
                        <FieldError result=add.value() field="note"/>
                        <button type="submit" class="secondary">{t!(lang, "wo-add-note")}</button>
                    </ActionForm>
                </Show>
            </section>
        }
    })
}

/// The form of work as it is (work started), or hidden until a Start made offline waits to be sent.
fn awaiting(working: bool, form: impl IntoView + 'static) -> AnyView {
    if working { form.into_any() } else { view! { <div class="await-start">{form}</div> }.into_any() }
}

#[component]
fn WorkSections(d: WorkOrderDetail, working: bool, startable: bool) -> impl IntoView {
    let id = d.summary.id;
    let add_time = ServerAction::<AddTime>::new();
    let add_part = ServerAction::<AddPart>::new();
    let failure = ServerAction::<SetFailureCodes>::new();
    let downtime = ServerAction::<ToggleDowntime>::new();
    let total: i32 = d.time.iter().map(|t| t.minutes).sum();
    let down_open = d.downtime.iter().any(|x| x.ended_at.is_none());
    let reasons = d.downtime_reasons.clone();
    // the forms of work of a work order not started: hidden until a Start waits on the phone
    let hide = if working { "" } else { "await-start" };
    let until_started = (!working && startable).then_some("true");
    let lang = use_lang();
    // the site's parts to choose from (read with the work order, only when the person may add some):
    // the first by code, or those matching the search; a search box when there are more
    let part_choices = d.part_choices.clone();
    let part_q = use_query_map().read_untracked().get("part_q").unwrap_or_default();
    let (offered, more_parts) = (d.part_choices.len(), d.more_part_choices);
    let part_options = move || {
        part_choices
            .iter()
            .map(|p| {
                let on_hand =
                    t!(lang, "wo-on-hand", quantity = i18n::number(lang, p.on_hand, 3), unit = p.unit.clone());
                view! { <option value=p.id.to_string()>{format!("{} {} ({on_hand})", p.code, p.name)}</option> }
            })
            .collect_view()
    };
    let reason_options = move || {
        reasons
            .iter()
            .map(|r| view! { <option value=r.id.to_string()>{format!("{} ({})", r.name, label(lang, "prod-kind", &r.kind))}</option> })
            .collect_view()
    };
    view! {
        <section id="time">
        <h2>{t!(lang, "wo-time")}</h2>
        <p class="small">{t!(lang, "wo-minutes-logged", count = total)}</p>
        <ul class="cards small">
            {d.time.iter().map(|t| view! { <li class="card">{format!("{} · {} {}", t.user_name, t!(lang, "minutes-short", count = t.minutes), t.note)}</li> }).collect_view()}
        </ul>
        <Show when=move || startable>
            <div class=hide>
            <ActionForm action=add_time>
                <ReturnTo id="time"/>
                <div class="inline-form">
                    <input type="hidden" name="work_order_id" value=id.to_string()/>
                    <input name="minutes" inputmode="numeric" required aria-label=t!(lang, "minutes") placeholder=t!(lang, "minutes")/>
                    <input name="note" aria-label=t!(lang, "note") placeholder=t!(lang, "note")/>
                    <button type="submit" class="secondary">{t!(lang, "wo-log-time")}</button>
                </div>
                <FieldError result=add_time.value() field="minutes"/>
            </ActionForm>
            </div>
        </Show>
        </section>
        <section id="parts">
        <h2>{t!(lang, "wo-parts")}</h2>
        <ul class="cards small" id="parts-used">
            {d.parts.iter().map(|p| view! {
                <li class="card">
                    {format!("{} {} · {} {}", p.part_code, p.part_name, i18n::number(lang, p.quantity, 3), p.unit)}
                    {p.consumed.then(|| format!(" {}", t!(lang, "wo-from-stock")))}
                </li>
            }).collect_view()}
        </ul>
        <Show when=move || startable>
            {let (options, q) = (part_options.clone(), part_q.clone()); view! {
            <div class=hide>
            {(more_parts || !q.trim().is_empty()).then(|| view! {
                <form method="get" action=format!("/work-orders/{id}#parts") class="search">
                    <label for="part-q" class="visually-hidden">{t!(lang, "wo-part-search")}</label>
                    <input id="part-q" name="part_q" type="search" value=q.clone() placeholder=t!(lang, "wo-part-search")/>
                    <button type="submit" class="secondary">{t!(lang, "search")}</button>
                </form>
            })}
            {more_parts.then(|| view! { <p class="muted small">{t!(lang, "wo-parts-first", count = offered)}</p> })}
            {(offered == 0 && !q.trim().is_empty()).then(|| view! { <p class="muted small">{t!(lang, "wo-parts-none")}</p> })}
            <ActionForm action=add_part>
                <ReturnTo id="parts"/>
                <div class="inline-form">
                    <input type="hidden" name="work_order_id" value=id.to_string()/>
                    <label for="part" class="visually-hidden">{t!(lang, "wo-part")}</label>
                    <select id="part" name="part_id" required>
                        {options()}
                    </select>
                    <input name="quantity" inputmode="decimal" required aria-label=t!(lang, "quantity") placeholder=t!(lang, "quantity-short")/>
                    <button type="submit" class="secondary">{t!(lang, "wo-add-part")}</button>
                </div>
                <FieldError result=add_part.value() field="quantity"/>
                <ErrorNotice result=add_part.value()/>
            </ActionForm>
            </div>
            }}
        </Show>
        </section>
        <section id="failure">
        <h2>{t!(lang, "wo-failure")}</h2>
        <ActionForm action=failure>
            <ReturnTo id="failure"/>
            <div class="stack">
                <input type="hidden" name="work_order_id" value=id.to_string()/>
                <label for="f-problem">{t!(lang, "wo-problem")}</label>
                <input id="f-problem" name="problem" value=d.failure_problem.clone() disabled=!working attr:data-enable-when-started=until_started/>
                <label for="f-cause">{t!(lang, "wo-cause")}</label>
                <input id="f-cause" name="cause" value=d.failure_cause.clone() disabled=!working attr:data-enable-when-started=until_started/>
                <label for="f-remedy">{t!(lang, "wo-remedy")}</label>
                <input id="f-remedy" name="remedy" value=d.failure_remedy.clone() disabled=!working attr:data-enable-when-started=until_started/>
                <Show when=move || startable>
                    <div class=hide><button type="submit" class="secondary">{t!(lang, "wo-save-failure")}</button></div>
                </Show>
            </div>
        </ActionForm>
        </section>
        <section id="downtime">
        <h2>{t!(lang, "wo-downtime")}</h2>
        <ul class="cards small">
            {d.downtime.iter().map(|x| view! {
                <li class="card">
                    <LocalTime at=x.started_at/>" → "
                    {match x.ended_at { Some(e) => view! { <LocalTime at=e/> }.into_any(), None => t!(lang, "now").into_any() }}
                    {format!(" {}", x.reason)}
                </li>
            }).collect_view()}
        </ul>
        <Show when=move || startable && d.summary.asset_id.is_some()>
            {let options = reason_options.clone(); view! {
            <div class=hide>
            <ActionForm action=downtime>
                <ReturnTo id="downtime"/>
                <div class="inline-form">
                    <input type="hidden" name="work_order_id" value=id.to_string()/>
                    {(!down_open).then(move || view! {
                        <select name="reason_id" aria-label=t!(lang, "reason")>
                            {options()}
                        </select>
                        <input name="reason" aria-label=t!(lang, "note") placeholder=t!(lang, "note")/>
                    })}
                    <button type="submit" class="secondary">{if down_open { t!(lang, "wo-asset-running") } else { t!(lang, "wo-asset-down") }}</button>
                </div>
            </ActionForm>
            </div>
            }}
        </Show>
        </section>
    }
}

/// What keeps people safe at the asset, before the work: its energy-control (lockout/tagout)
/// procedure and safety notes (also on the asset's page; kept on the phone with the work order).
#[component]
pub fn SafetyPanel(energy: String, notes: String) -> impl IntoView {
    let lang = use_lang();
    (!energy.trim().is_empty() || !notes.trim().is_empty()).then(|| {
        view! {
            <section class="panel safety" id="wo-safety" aria-labelledby="wo-safety-title">
                <h2 id="wo-safety-title">{t!(lang, "asset-safety")}</h2>
                {(!energy.trim().is_empty()).then(|| view! {
                    <h3>{t!(lang, "asset-energy-control")}</h3>
                    <p class="pre" id="energy-control">{energy.clone()}</p>
                })}
                {(!notes.trim().is_empty()).then(|| view! {
                    <h3>{t!(lang, "asset-safety-notes")}</h3>
                    <p class="pre" id="safety-notes">{notes.clone()}</p>
                })}
            </section>
        }
    })
}
