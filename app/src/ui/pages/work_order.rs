//! One work order on a phone: status buttons, checklist steps answered with one tap each, photos,
//! time, parts, failure codes, downtime, and completion with an e-signature.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::work_orders::{
    AddPart, AddTime, AddWorkOrderNote, AnswerStep, ChangeWorkOrderStatus, CompleteWorkOrder, FollowUp,
    SetFailureCodes, ToggleDowntime, VerifyWorkOrder, list_parts, work_order,
};
use crate::ui::components::wo::StatusBadge;
use crate::ui::components::{
    ErrorNotice, FieldError, IfMayOpen, Loading, LocalTime, ReturnTo, Thumbs, form::error_view,
};
use crate::ui::layout::use_me;
use contract::dto::maintenance::{StepDto, WorkOrderDetail};
use domain::checklist::{Answer, StepKind};
use domain::work_order::WorkOrderStatus;

#[component]
pub fn WorkOrderPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let wo = Resource::new(id, work_order);
    view! {
        <Title text="Work order · Gemba"/>
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

fn answer_text(a: &Answer) -> String {
    match a {
        Answer::Checked(true) => "Done".into(),
        Answer::Checked(false) => "Not done".into(),
        Answer::Pass(true) => "Pass".into(),
        Answer::Pass(false) => "Fail".into(),
        Answer::Number(v) | Answer::Meter(v) => format!("{v}"),
        Answer::Text(t) => t.clone(),
        Answer::Photo(_) => "Photo".into(),
        Answer::Signature(s) => format!("Signed: {s}"),
    }
}

#[component]
fn Detail(d: WorkOrderDetail) -> impl IntoView {
    let s = d.summary.clone();
    let id = s.id;
    let id_s = id.to_string();
    let status = s.status;
    let working = status == WorkOrderStatus::InProgress && d.can_work;
    let done = status == WorkOrderStatus::Done;
    let query = use_query_map();
    let upload_error = move || query.read().get("upload_error");
    let status_action = ServerAction::<ChangeWorkOrderStatus>::new();
    let complete = ServerAction::<CompleteWorkOrder>::new();
    let verify = ServerAction::<VerifyWorkOrder>::new();
    let answer = ServerAction::<AnswerStep>::new();
    let me = use_me();
    let asset_line = match (&s.asset_tag, &s.asset_name, s.asset_id) {
        (Some(t), Some(n), Some(aid)) => {
            Some(view! { <p><a href=format!("/assets/{aid}")>{format!("{t} · {n}")}</a></p> })
        }
        _ => None,
    };
    let next = d.next_statuses.clone();
    let (reporter, description, reason) = (d.reporter.clone(), d.description.clone(), d.status_reason.clone());
    let steps = d.steps.clone();
    let has_steps = !steps.is_empty();
    let photos_form = working.then(|| {
        view! {
            <form method="post" action=format!("/files/work-order/{id}") enctype="multipart/form-data" class="stack">
                <label for="photo">"Add a photo"</label>
                <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" required/>
                <button type="submit" class="secondary">"Upload"</button>
            </form>
        }
    });
    view! {
        <p>
            <IfMayOpen path="/work"><a href="/work">"← My work"</a></IfMayOpen>
            <IfMayOpen path="/work-orders"><a href="/work-orders" class="back-all">"All work orders"</a></IfMayOpen>
        </p>
        <h1>{format!("#{} {}", id, s.title)}</h1>
        <p class="meta">
            <StatusBadge status/>
            " " {s.wo_type.label()} " · " {s.priority.label()}
            {s.due_date.map(|d| format!(" · due {d}"))}
            <Show when=move || s.overdue>" " <span class="badge off">"Overdue"</span></Show>
        </p>
        {asset_line}
        {(!reporter.is_empty()).then(|| view! { <p class="small muted">"Reported by " {reporter}</p> })}
        {(!description.is_empty()).then(|| view! { <p class="pre">{description}</p> })}
        {(!reason.is_empty()).then(|| view! { <p class="small">"Reason: " {reason}</p> })}
        <p class="small muted">
            {if d.assignees.is_empty() {
                "Not assigned".to_string()
            } else {
                format!("Assigned to {}", d.assignees.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(", "))
            }}
        </p>
        <ErrorNotice result=status_action.value()/>
        <div class="actions" id="status-actions">
            {next
                .into_iter()
                .map(|to| {
                    let needs_reason = matches!(to, WorkOrderStatus::Cancelled)
                        || (to == WorkOrderStatus::Open && matches!(status, WorkOrderStatus::Done | WorkOrderStatus::Cancelled));
                    let label = match (status, to) {
                        (WorkOrderStatus::Requested, WorkOrderStatus::Open) => "Approve",
                        (WorkOrderStatus::Requested, WorkOrderStatus::Cancelled) => "Reject",
                        (_, WorkOrderStatus::InProgress) if status == WorkOrderStatus::OnHold => "Resume",
                        (_, WorkOrderStatus::InProgress) => "Start",
                        (_, WorkOrderStatus::OnHold) => "Put on hold",
                        (_, WorkOrderStatus::Cancelled) => "Cancel",
                        (_, WorkOrderStatus::Open) => "Reopen",
                        _ => to.label(),
                    };
                    view! {
                        <ActionForm action=status_action>
                            <ReturnTo id="status-actions"/>
                            <input type="hidden" name="id" value=id.to_string()/>
                            <input type="hidden" name="status" value=to.as_str()/>
                            {needs_reason.then(|| view! {
                                <label for=format!("reason-{}", to.as_str())>"Reason"</label>
                                <input id=format!("reason-{}", to.as_str()) name="reason" required/>
                            })}
                            <button type="submit" class:secondary=needs_reason>{label}</button>
                        </ActionForm>
                    }
                })
                .collect_view()}
        </div>
        <Show when=move || has_steps>
            <h2>"Checklist"</h2>
        </Show>
        <ErrorNotice result=answer.value()/>
        <ol class="steps" id="steps">
            {steps.into_iter().map(|st| view! { <Step st wo_id=id working answer/> }).collect_view()}
        </ol>
        <h2>"Photos"</h2>
        {move || upload_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
        <PhotoList wo_id=id/>
        {photos_form}
        <WorkSections d=d.clone() working/>
        <Notes d=d.clone()/>
        {working.then(|| view! {
            <section class="panel" id="complete">
                <h2>"Complete and sign"</h2>
                <p class="small muted">"Your signature means: I completed this work. Enter your password to sign."</p>
                <ActionForm action=complete>
                    <ReturnTo id="complete"/>
                    <div class="stack">
                        <input type="hidden" name="work_order_id" value=id.to_string()/>
                        <label for="signer">"Printed name"</label>
                        <Suspense fallback=|| view! { <input id="signer" name="printed_name" required/> }>
                            {move || Suspend::new(async move {
                                let name = me.await.map(|m| m.display_name).unwrap_or_default();
                                view! { <input id="signer" name="printed_name" required value=name/> }
                            })}
                        </Suspense>
                        <FieldError result=complete.value() field="printed_name"/>
                        <label for="sign-password">"Password"</label>
                        <input id="sign-password" name="password" type="password" autocomplete="current-password" required/>
                        <FieldError result=complete.value() field="password"/>
                        <FieldError result=complete.value() field="steps"/>
                        <FieldError result=complete.value() field="parts"/>
                        <ErrorNotice result=complete.value()/>
                        <button type="submit">"Complete and sign"</button>
                    </div>
                </ActionForm>
            </section>
        })}
        <Show when={let n = d.signoffs.len(); move || n > 0}>
            <h2>"Signatures"</h2>
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
                <h2>"Verify"</h2>
                <ActionForm action=verify>
                    <ReturnTo id="verify"/>
                    <div class="stack">
                        <input type="hidden" name="work_order_id" value=id_s.clone()/>
                        <label for="verifier">"Printed name"</label>
                        <input id="verifier" name="printed_name" required/>
                        <label for="verify-password">"Password"</label>
                        <input id="verify-password" name="password" type="password" autocomplete="current-password" required/>
                        <ErrorNotice result=verify.value()/>
                        <button type="submit" class="secondary">"Sign as verified"</button>
                    </div>
                </ActionForm>
            </section>
        })}
    }
}

#[component]
fn Step(st: StepDto, wo_id: i64, working: bool, answer: ServerAction<AnswerStep>) -> impl IntoView {
    let anchor = format!("step-{}", st.position);
    let answered = st.answer.as_ref().map(answer_text);
    let failed = st.passed == Some(false);
    let step_id = st.id.to_string();
    let wo = wo_id.to_string();
    let url = AnswerStep::url();
    let kind = st.kind.clone();
    let limits = match &st.kind {
        StepKind::Number { min, max, unit } => Some(format!(
            "{}{}{} {unit}",
            min.map(|m| m.to_string()).unwrap_or_default(),
            if min.is_some() || max.is_some() { " – " } else { "" },
            max.map(|m| m.to_string()).unwrap_or_default()
        )),
        _ => None,
    };
    let hidden = move || {
        view! {
            <input type="hidden" name="work_order_id" value=wo.clone()/>
            <input type="hidden" name="step_id" value=step_id.clone()/>
        }
    };
    let input: Option<AnyView> = working.then(|| match kind {
        StepKind::Checkbox => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input type="hidden" name="value" value="on"/>
                <button type="submit" class="big">"Done"</button>
            </form>
        }
        .into_any(),
        StepKind::PassFail => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input name="note" placeholder="Note (needed for Fail)" aria-label="Note"/>
                <div class="two">
                    <button type="submit" name="value" value="pass" class="big">"Pass"</button>
                    <button type="submit" name="value" value="fail" class="big danger">"Fail"</button>
                </div>
            </form>
        }
        .into_any(),
        StepKind::Number { .. } | StepKind::Meter { .. } => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input name="value" inputmode="decimal" required aria-label="Value"/>
                <input name="note" placeholder="Note (needed outside the limits)" aria-label="Note"/>
                <button type="submit">"Save"</button>
            </form>
        }
        .into_any(),
        StepKind::Text => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <textarea name="value" rows="2" required aria-label="Answer"></textarea>
                <button type="submit">"Save"</button>
            </form>
        }
        .into_any(),
        StepKind::Signature => view! {
            <form method="post" action=url class="step-form">
                {hidden()}
                <input name="value" required placeholder="Your name" aria-label="Name"/>
                <button type="submit">"Sign"</button>
            </form>
        }
        .into_any(),
        StepKind::Photo => view! {
            <form method="post" action=format!("/files/work-order/{wo_id}") enctype="multipart/form-data" class="step-form">
                <input type="hidden" name="step_id" value=st.id.to_string()/>
                <input name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" required aria-label="Photo"/>
                <button type="submit">"Upload"</button>
            </form>
        }
        .into_any(),
    });
    let follow = (failed && working).then(|| {
        let follow_up = ServerAction::<FollowUp>::new();
        view! {
            <ActionForm action=follow_up>
                <input type="hidden" name="work_order_id" value=wo_id.to_string()/>
                <input type="hidden" name="step_id" value=st.id.to_string()/>
                <button type="submit" class="secondary">"Create a follow-up work order"</button>
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
                <p class="small">"Note: " {st.note.clone()}</p>
            </Show>
            {input}
            {follow}
        </li>
    }
}

#[component]
fn PhotoList(wo_id: i64) -> impl IntoView {
    let photos = Resource::new(move || wo_id, crate::api::work_orders::work_order_photos);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                photos.await.ok().map(|ids| view! { <Thumbs ids=ids id="photos"/> })
            })}
        </Suspense>
    }
}

/// Notes: anyone who works on the work order may add one, whatever its status.
#[component]
fn Notes(d: WorkOrderDetail) -> impl IntoView {
    let id = d.summary.id;
    let add = ServerAction::<AddWorkOrderNote>::new();
    let can = d.can_work;
    (can || !d.notes.is_empty()).then(|| {
        view! {
            <section id="notes">
                <h2>"Notes"</h2>
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
                        <label for="note-body">"Add a note"</label>
                        <textarea id="note-body" name="note" rows="2" required></textarea>
                        <FieldError result=add.value() field="note"/>
                        <button type="submit" class="secondary">"Add note"</button>
                    </ActionForm>
                </Show>
            </section>
        }
    })
}

#[component]
fn WorkSections(d: WorkOrderDetail, working: bool) -> impl IntoView {
    let id = d.summary.id;
    let add_time = ServerAction::<AddTime>::new();
    let add_part = ServerAction::<AddPart>::new();
    let failure = ServerAction::<SetFailureCodes>::new();
    let downtime = ServerAction::<ToggleDowntime>::new();
    let parts = Resource::new(|| (), |_| list_parts());
    let total: i32 = d.time.iter().map(|t| t.minutes).sum();
    let down_open = d.downtime.iter().any(|x| x.ended_at.is_none());
    view! {
        <section id="time">
        <h2>"Time"</h2>
        <p class="small">{format!("{total} min logged")}</p>
        <ul class="cards small">
            {d.time.iter().map(|t| view! { <li class="card">{format!("{} · {} min {}", t.user_name, t.minutes, t.note)}</li> }).collect_view()}
        </ul>
        <Show when=move || working>
            <ActionForm action=add_time>
                <ReturnTo id="time"/>
                <div class="inline-form">
                    <input type="hidden" name="work_order_id" value=id.to_string()/>
                    <input name="minutes" inputmode="numeric" required aria-label="Minutes" placeholder="Minutes"/>
                    <input name="note" aria-label="Note" placeholder="Note"/>
                    <button type="submit" class="secondary">"Log time"</button>
                </div>
                <FieldError result=add_time.value() field="minutes"/>
            </ActionForm>
        </Show>
        </section>
        <section id="parts">
        <h2>"Parts"</h2>
        <ul class="cards small" id="parts-used">
            {d.parts.iter().map(|p| view! {
                <li class="card">
                    {format!("{} {} · {} {}", p.part_code, p.part_name, p.quantity, p.unit)}
                    {if p.consumed { " (taken from stock)" } else { "" }}
                </li>
            }).collect_view()}
        </ul>
        <Show when=move || working>
            <ActionForm action=add_part>
                <ReturnTo id="parts"/>
                <div class="inline-form">
                    <input type="hidden" name="work_order_id" value=id.to_string()/>
                    <label for="part" class="visually-hidden">"Part"</label>
                    <select id="part" name="part_id" required>
                        <Suspense fallback=|| ()>
                            {move || Suspend::new(async move {
                                parts.await.unwrap_or_default().into_iter().map(|p| view! {
                                    <option value=p.id.to_string()>{format!("{} {} ({} {} on hand)", p.code, p.name, p.on_hand, p.unit)}</option>
                                }).collect_view()
                            })}
                        </Suspense>
                    </select>
                    <input name="quantity" inputmode="decimal" required aria-label="Quantity" placeholder="Qty"/>
                    <button type="submit" class="secondary">"Add part"</button>
                </div>
                <FieldError result=add_part.value() field="quantity"/>
                <ErrorNotice result=add_part.value()/>
            </ActionForm>
        </Show>
        </section>
        <section id="failure">
        <h2>"Failure"</h2>
        <ActionForm action=failure>
            <ReturnTo id="failure"/>
            <div class="stack">
                <input type="hidden" name="work_order_id" value=id.to_string()/>
                <label for="f-problem">"Problem"</label>
                <input id="f-problem" name="problem" value=d.failure_problem.clone() disabled=!working/>
                <label for="f-cause">"Cause"</label>
                <input id="f-cause" name="cause" value=d.failure_cause.clone() disabled=!working/>
                <label for="f-remedy">"Remedy"</label>
                <input id="f-remedy" name="remedy" value=d.failure_remedy.clone() disabled=!working/>
                <Show when=move || working>
                    <button type="submit" class="secondary">"Save failure codes"</button>
                </Show>
            </div>
        </ActionForm>
        </section>
        <section id="downtime">
        <h2>"Downtime"</h2>
        <ul class="cards small">
            {d.downtime.iter().map(|x| view! {
                <li class="card">
                    <LocalTime at=x.started_at/>" → "
                    {match x.ended_at { Some(e) => view! { <LocalTime at=e/> }.into_any(), None => "now".into_any() }}
                    {format!(" {}", x.reason)}
                </li>
            }).collect_view()}
        </ul>
        <Show when=move || working && d.summary.asset_id.is_some()>
            <ActionForm action=downtime>
                <ReturnTo id="downtime"/>
                <div class="inline-form">
                    <input type="hidden" name="work_order_id" value=id.to_string()/>
                    <Show when=move || !down_open>
                        <input name="reason" aria-label="Reason" placeholder="Reason"/>
                    </Show>
                    <button type="submit" class="secondary">{if down_open { "Asset running again" } else { "Asset down" }}</button>
                </div>
            </ActionForm>
        </Show>
        </section>
    }
}
