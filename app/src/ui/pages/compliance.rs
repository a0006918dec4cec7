//! Compliance pages: frameworks and which apply to the site (`/compliance`), readiness of one
//! framework with its requirements and evidence (`/compliance/frameworks/:id`), and one evidence
//! item with its revisions, upload, review and approval (`/compliance/evidence/:id`). Every form
//! posts without wasm.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::compliance::{CreateEvidence, EvidenceAction, SetFrameworkApplies, evidence, frameworks, readiness};
use crate::api::dto::compliance::{EvidenceDto, ReadinessRow};
use crate::domain::evidence::{EvidenceKind, EvidenceStatus};
use crate::ui::components::{ErrorNotice, FieldError, Loading, form::error_view};

fn id_param() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

fn status_label(s: &str) -> &'static str {
    EvidenceStatus::parse(s).map(|s| s.label()).unwrap_or("")
}

/// `/compliance`: the frameworks, whether each applies to this site, and their readiness.
#[component]
pub fn CompliancePage() -> impl IntoView {
    let toggle = ServerAction::<SetFrameworkApplies>::new();
    let list = Resource::new(move || toggle.version().get(), |_| frameworks());
    view! {
        <Title text="Compliance · Gemba"/>
        <h1>"Compliance"</h1>
        <ErrorNotice result=toggle.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(fws) => view! {
                        <ul class="cards" id="frameworks">
                            {fws.into_iter().map(|f| view! {
                                <li class="card">
                                    <a href=format!("/compliance/frameworks/{}", f.id)><strong>{format!("{} {}", f.name, f.edition)}</strong></a>
                                    <p class="small muted">{format!("{} requirements · {}", f.requirements, if f.applies { "applies to this site" } else { "not chosen for this site" })}</p>
                                    <ActionForm action=toggle>
                                        <input type="hidden" name="framework_id" value=f.id/>
                                        <input type="hidden" name="applies" value=if f.applies { "false" } else { "true" }/>
                                        <button type="submit" class="secondary">{if f.applies { "Does not apply here" } else { "Applies to this site" }}</button>
                                    </ActionForm>
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

fn row_view(r: ReadinessRow) -> impl IntoView {
    let req = r.requirement.clone();
    let state = if r.covered { "covered" } else { "gap" };
    view! {
        <li class="card" data-state=state id=format!("req-{}", req.id)>
            <strong>{format!("{} {}", req.reference, req.title)}</strong>
            <p class="small muted">
                {if r.covered { "Current evidence" } else { "Gap: no current approved evidence" }}
                {r.expiring_within.map(|d| format!(" · expires within {d} days"))}
                {(r.open_capa > 0).then(|| format!(" · {} open CAPA", r.open_capa))}
                {req.every_months.map(|m| format!(" · every {m} months"))}
            </p>
            <ul class="small">
                {r.evidence.into_iter().map(|e: EvidenceDto| view! {
                    <li><a href=format!("/compliance/evidence/{}", e.id)>{e.title.clone()}</a>{format!(" · {} · {}{}", status_label(&e.status), e.effective_date, e.valid_until.map(|v| format!(" to {v}")).unwrap_or_default())}</li>
                }).collect_view()}
            </ul>
        </li>
    }
}

/// `/compliance/frameworks/:id`: readiness, gaps, expiring items and the form to file evidence.
#[component]
pub fn FrameworkPage() -> impl IntoView {
    let id = id_param();
    let create = ServerAction::<CreateEvidence>::new();
    let d = Resource::new(id, readiness);
    let result = create.value();
    view! {
        <Title text="Readiness · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(r) => {
                        let options = r.rows.iter().map(|x| (x.requirement.id, format!("{} {}", x.requirement.reference, x.requirement.title))).collect::<Vec<_>>();
                        view! {
                            <h1>{format!("{} {}", r.framework.name, r.framework.edition)}</h1>
                            <p class="notice" id="readiness">{format!("Readiness {} · {} of {} requirements with current evidence · expiring: {} in 30 days, {} in 60, {} in 90",
                                r.percent.map(|p| format!("{p:.1} %")).unwrap_or_else(|| "n/a".into()), r.covered, r.total, r.expiring_30, r.expiring_60, r.expiring_90)}</p>
                            {r.can_manage.then(|| view! {
                            <details class="no-print">
                                <summary>"File evidence"</summary>
                                <ActionForm action=create>
                                    <div class="stack">
                                        <label for="ev-title">"Title"</label>
                                        <input id="ev-title" name="title" required/>
                                        <FieldError result=result field="title"/>
                                        <label for="ev-req">"Requirement"</label>
                                        <select id="ev-req" name="requirements">
                                            {options.into_iter().map(|(i, t)| view! { <option value=i>{t}</option> }).collect_view()}
                                        </select>
                                        <FieldError result=result field="requirement_ids"/>
                                        <label for="ev-kind">"Kind"</label>
                                        <select id="ev-kind" name="kind">
                                            {EvidenceKind::ALL.iter().map(|k| view! { <option value=k.as_str()>{k.label()}</option> }).collect_view()}
                                        </select>
                                        <label for="ev-url">"Link (for a link)"</label>
                                        <input id="ev-url" name="url" type="url"/>
                                        <FieldError result=result field="url"/>
                                        <label for="ev-rtype">"Record (for a record in Gemba)"</label>
                                        <div class="two">
                                            <select id="ev-rtype" name="record_type">
                                                <option value="">"-"</option>
                                                {crate::domain::evidence::RecordType::ALL.iter().map(|k| view! { <option value=k.as_str()>{k.label()}</option> }).collect_view()}
                                            </select>
                                            <input name="record_id" inputmode="numeric" placeholder="Number" aria-label="Record number"/>
                                        </div>
                                        <FieldError result=result field="record_id"/>
                                        <label for="ev-from">"Effective date"</label>
                                        <input id="ev-from" name="effective_date" type="date"/>
                                        <label for="ev-until">"Valid until"</label>
                                        <input id="ev-until" name="valid_until" type="date"/>
                                        <FieldError result=result field="valid_until"/>
                                        <ErrorNotice result=result/>
                                        <button type="submit" class="big">"Create evidence"</button>
                                    </div>
                                </ActionForm>
                            </details>
                            })}
                            <ul class="cards" id="requirements">
                                {r.rows.into_iter().map(row_view).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// `/compliance/evidence/:id`: the item, its revisions (each file with its SHA-256 and whether it
/// is still intact), upload of a new revision, submit, approve with the password, reject.
#[component]
pub fn EvidencePage() -> impl IntoView {
    let id = id_param();
    let act = ServerAction::<EvidenceAction>::new();
    let d = Resource::new(move || (id(), act.version().get()), |(id, _)| evidence(id));
    let query = use_query_map();
    let upload_error = move || query.read().get("upload_error");
    let result = act.value();
    view! {
        <Title text="Evidence · Gemba"/>
        {move || upload_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(d) => {
                        let e = d.evidence.clone();
                        let eid = e.id;
                        let status = EvidenceStatus::parse(&e.status).unwrap_or(EvidenceStatus::Draft);
                        let can = d.can_manage;
                        let is_file = e.kind == "file";
                        view! {
                            <h1>{e.title.clone()}</h1>
                            <p class="notice" id="evidence-status">{format!("{} · revision {} · {} · effective {}{}", status.label(), e.revision, if e.current { "counts for readiness" } else { "does not count for readiness" }, e.effective_date, e.valid_until.map(|v| format!(", valid until {v}")).unwrap_or_default())}</p>
                            <dl class="facts">
                                <dt>"Supports"</dt><dd>{d.requirements.iter().map(|r| format!("{} {}", r.reference, r.title)).collect::<Vec<_>>().join("; ")}</dd>
                                <dt>"Owner"</dt><dd>{e.owner_name.clone()}</dd>
                                <dt>"Origin"</dt><dd>{if e.origin == "auto" { "Filed by the work itself" } else { "Filed by hand" }}</dd>
                                <dt>"Approved by"</dt><dd>{e.approved_at.map(|t| format!("{} at {}", e.approved_by, t.format("%Y-%m-%d %H:%M UTC"))).unwrap_or_default()}</dd>
                                {(!e.url.is_empty()).then(|| view! { <dt>"Link"</dt><dd><a href=e.url.clone() rel="noopener noreferrer">{e.url.clone()}</a></dd> })}
                                {e.record_id.map(|r| view! { <dt>"Record"</dt><dd>{format!("{} #{r}", e.record_type.replace('_', " "))}</dd> })}
                            </dl>
                            <h2>"Revisions"</h2>
                            <ol class="cards" id="revisions">
                                {d.revisions.into_iter().map(|r| view! {
                                    <li class="card">
                                        <strong>{format!("Revision {}", r.number)}</strong>
                                        {r.file_id.map(|f| view! { <p><a href=format!("/files/{f}")>{r.file_name.clone()}</a>{format!(" · {} bytes", r.size_bytes)}</p> })}
                                        {(!r.sha256.is_empty()).then(|| view! { <p class="small mono">{format!("SHA-256 {}", r.sha256)}</p> })}
                                        {r.intact.map(|ok| view! { <p class=if ok { "small" } else { "notice error" }>{if ok { "File intact" } else { "ALTERED: the stored file no longer matches its SHA-256" }}</p> })}
                                        <p class="small muted">{format!("{} · {}{}", r.created_by, r.created_at.format("%Y-%m-%d %H:%M UTC"), if r.note.is_empty() { String::new() } else { format!(" · {}", r.note) })}</p>
                                    </li>
                                }).collect_view()}
                            </ol>
                            {(can && is_file).then(|| view! {
                                <h2>"Upload a revision"</h2>
                                <form method="post" enctype="multipart/form-data" action=format!("/compliance/evidence/{eid}/file")>
                                    <div class="stack">
                                        <label for="ev-file">"File (PDF, photo, Word/Excel, text)"</label>
                                        <input id="ev-file" name="file" type="file" required/>
                                        <label for="ev-note">"Note"</label>
                                        <input id="ev-note" name="note"/>
                                        <button type="submit" class="big">"Upload"</button>
                                    </div>
                                </form>
                            })}
                            {can.then(|| view! {
                                <h2>"Review"</h2>
                                <ErrorNotice result=result/>
                                {matches!(status, EvidenceStatus::Draft | EvidenceStatus::Rejected).then(|| view! {
                                    <ActionForm action=act>
                                        <input type="hidden" name="id" value=eid/>
                                        <input type="hidden" name="action" value="submit"/>
                                        <FieldError result=result field="file"/>
                                        <button type="submit" class="big">"Submit for review"</button>
                                    </ActionForm>
                                })}
                                {(status == EvidenceStatus::InReview).then(|| view! {
                                    <ActionForm action=act>
                                        <div class="stack">
                                            <input type="hidden" name="id" value=eid/>
                                            <input type="hidden" name="action" value="approve"/>
                                            <label for="ev-pw">"Your password (signature)"</label>
                                            <input id="ev-pw" name="password" type="password" required autocomplete="current-password"/>
                                            <FieldError result=result field="password"/>
                                            <button type="submit" class="big">"Approve"</button>
                                        </div>
                                    </ActionForm>
                                    <ActionForm action=act>
                                        <div class="stack">
                                            <input type="hidden" name="id" value=eid/>
                                            <input type="hidden" name="action" value="reject"/>
                                            <label for="ev-reason">"Reason"</label>
                                            <input id="ev-reason" name="reason"/>
                                            <FieldError result=result field="reason"/>
                                            <button type="submit" class="secondary">"Reject"</button>
                                        </div>
                                    </ActionForm>
                                })}
                            })}
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
