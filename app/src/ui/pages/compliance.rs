//! Compliance pages: frameworks and which apply to the site (`/compliance`), readiness of one
//! framework with its requirements and evidence (`/compliance/frameworks/:id`), and one evidence
//! item with its revisions, upload, review and approval (`/compliance/evidence/:id`). Every form
//! posts without wasm.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::compliance::{
    AddRequirement, CreateCertificate, CreateEvidence, CreateFramework, EvidenceAction, MapWork,
    RecordCertificateAudit, RecordPersonCert, RequestAuditPack, SetCertRequirement, SetFrameworkApplies, audit_packs,
    cert_types, certificates, competency_matrix, evidence, frameworks, person_certs, readiness,
};
use crate::api::safety::capa_owners;
use crate::ui::components::{ErrorNotice, FieldError, Loading, LocalTime, form::error_view, form::failed};
use contract::dto::compliance::{EvidenceDto, ReadinessRow};
use domain::authz::{Permission, role_allows};
use domain::certificate::CertificateStatus;
use domain::competency::Competency;
use domain::evidence::{EvidenceKind, EvidenceStatus};

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
    let create = ServerAction::<CreateFramework>::new();
    let list = Resource::new(move || (toggle.version().get(), create.version().get()), |_| frameworks());
    let cresult = create.value();
    view! {
        <Title text="Compliance · Gemba"/>
        <h1>"Compliance"</h1>
        <ComplianceTabs/>
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
        <details class="no-print" open=failed(cresult)>
            <summary>"Add your own framework"</summary>
            <ActionForm action=create>
                <div class="stack">
                    <label for="fw-name">"Name"</label>
                    <input id="fw-name" name="name" required placeholder="Customer quality manual"/>
                    <FieldError result=cresult field="name"/>
                    <label for="fw-edition">"Edition"</label>
                    <input id="fw-edition" name="edition"/>
                    <ErrorNotice result=cresult/>
                    <button type="submit">"Add framework"</button>
                </div>
            </ActionForm>
        </details>
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
    let add_req = ServerAction::<AddRequirement>::new();
    let map = ServerAction::<MapWork>::new();
    let d = Resource::new(move || (id(), add_req.version().get(), map.version().get()), |(id, ..)| readiness(id));
    let result = create.value();
    let (aresult, mresult) = (add_req.value(), map.value());
    view! {
        <Title text="Readiness · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(r) => {
                        let options = r.rows.iter().map(|x| (x.requirement.id, format!("{} {}", x.requirement.reference, x.requirement.title))).collect::<Vec<_>>();
                        let options2 = options.clone();
                        let fw_id = r.framework.id;
                        view! {
                            <h1>{format!("{} {}", r.framework.name, r.framework.edition)}</h1>
                            <p class="notice" id="readiness">{format!("Readiness {} · {} of {} requirements with current evidence · expiring: {} in 30 days, {} in 60, {} in 90",
                                r.percent.map(|p| format!("{p:.1} %")).unwrap_or_else(|| "n/a".into()), r.covered, r.total, r.expiring_30, r.expiring_60, r.expiring_90)}</p>
                            {r.can_manage.then(|| view! {
                            <details class="no-print" open=failed(result)>
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
                                                {domain::evidence::RecordType::ALL.iter().map(|k| view! { <option value=k.as_str()>{k.label()}</option> }).collect_view()}
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
                            <details class="no-print" open=failed(aresult)>
                                <summary>"Add a requirement"</summary>
                                <ActionForm action=add_req>
                                    <div class="stack">
                                        <input type="hidden" name="framework_id" value=fw_id/>
                                        <label for="rq-ref">"Reference (clause or section)"</label>
                                        <input id="rq-ref" name="reference" required/>
                                        <FieldError result=aresult field="reference"/>
                                        <label for="rq-title">"Short title"</label>
                                        <input id="rq-title" name="title" required/>
                                        <FieldError result=aresult field="title"/>
                                        <label for="rq-every">"Every (months; empty: once or on change)"</label>
                                        <input id="rq-every" name="every_months" inputmode="numeric"/>
                                        <FieldError result=aresult field="every_months"/>
                                        <ErrorNotice result=aresult/>
                                        <button type="submit">"Add requirement"</button>
                                    </div>
                                </ActionForm>
                            </details>
                            <details class="no-print" open=failed(mresult)>
                                <summary>"File evidence from the work"</summary>
                                <p class="small muted">"Each completion of the mapped PM schedule, audit template or certification type becomes approved evidence, dated when the work was done."</p>
                                <ActionForm action=map>
                                    <div class="stack">
                                        <label for="mp-req">"Requirement"</label>
                                        <select id="mp-req" name="requirement_id">
                                            {options2.into_iter().map(|(i, t)| view! { <option value=i>{t}</option> }).collect_view()}
                                        </select>
                                        <label for="mp-type">"Work"</label>
                                        <select id="mp-type" name="source_type">
                                            <option value="pm_schedule">"PM schedule"</option>
                                            <option value="inspection_template">"Audit or inspection template"</option>
                                            <option value="cert_type">"Certification type"</option>
                                        </select>
                                        <label for="mp-id">"Its number"</label>
                                        <input id="mp-id" name="source_id" inputmode="numeric" required/>
                                        <ErrorNotice result=mresult/>
                                        <button type="submit">"Map"</button>
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
                                <dt>"Approved by"</dt><dd>{e.approved_at.map(|t| view! { {format!("{} at ", e.approved_by)}<LocalTime at=t/> })}</dd>
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
                                        <p class="small muted">{format!("{} · ", r.created_by)}<LocalTime at=r.created_at/>{if r.note.is_empty() { String::new() } else { format!(" · {}", r.note) }}</p>
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

/// Links between the compliance pages.
#[component]
pub fn ComplianceTabs() -> impl IntoView {
    view! {
        <p class="no-print small">
            <a href="/compliance">"Frameworks"</a> " · " <a href="/compliance/certificates">"Certificates"</a> " · "
            <a href="/compliance/people">"People"</a> " · " <a href="/compliance/packs">"Audit packs"</a>
        </p>
    }
}

/// `/compliance/certificates`: the site's certificates with status and surveillance plan.
#[component]
pub fn CertificatesPage() -> impl IntoView {
    let create = ServerAction::<CreateCertificate>::new();
    let record = ServerAction::<RecordCertificateAudit>::new();
    let list = Resource::new(move || (create.version().get(), record.version().get()), |_| certificates());
    let result = create.value();
    let rresult = record.value();
    view! {
        <Title text="Certificates · Gemba"/>
        <h1>"Certificates"</h1>
        <ComplianceTabs/>
        <ErrorNotice result=rresult/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(cs) => view! {
                        <ul class="cards" id="certificates">
                            {cs.into_iter().map(|c| {
                                let cid = c.id;
                                view! {
                                    <li class="card" data-status=c.status.clone()>
                                        <strong>{format!("{} · {}", c.standard, c.number)}</strong>
                                        <p class="small">{format!("{} · decision {} · expires {} · {}", c.body, c.decision_date, c.expiry, CertificateStatus::parse(&c.status).map(|s| s.label()).unwrap_or(""))}</p>
                                        <p class="small muted">{c.next_surveillance_due.map(|d| format!("Next surveillance audit due by {d}")).unwrap_or_else(|| "No surveillance audit left in this cycle".into())}</p>
                                        <ul class="small">
                                            {c.surveillance.into_iter().map(|s| view! { <li>{format!("{}: due by {}{}", s.year, s.due, s.held_on.map(|h| format!(", held {h}")).unwrap_or_else(|| ", not held yet".into()))}</li> }).collect_view()}
                                        </ul>
                                        <details>
                                            <summary>"Record an audit"</summary>
                                            <ActionForm action=record>
                                                <div class="stack">
                                                    <input type="hidden" name="certificate_id" value=cid/>
                                                    <label for=format!("k-{cid}")>"Kind"</label>
                                                    <select id=format!("k-{cid}") name="kind">
                                                        <option value="surveillance">"Surveillance"</option>
                                                        <option value="recertification">"Recertification"</option>
                                                    </select>
                                                    <label for=format!("h-{cid}")>"Held on"</label>
                                                    <input id=format!("h-{cid}") name="held_on" type="date" required/>
                                                    <label for=format!("d-{cid}")>"New decision date (recertification)"</label>
                                                    <input id=format!("d-{cid}") name="decision_date" type="date"/>
                                                    <label for=format!("x-{cid}")>"New expiry as printed (recertification)"</label>
                                                    <input id=format!("x-{cid}") name="expiry" type="date"/>
                                                    <button type="submit">"Record"</button>
                                                </div>
                                            </ActionForm>
                                        </details>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <h2>"Add a certificate"</h2>
        <ActionForm action=create>
            <div class="stack">
                <label for="c-standard">"Standard"</label>
                <input id="c-standard" name="standard" required placeholder="ISO 9001:2015"/>
                <FieldError result=result field="standard"/>
                <label for="c-body">"Certification body"</label>
                <input id="c-body" name="body" required/>
                <FieldError result=result field="body"/>
                <label for="c-number">"Certificate number"</label>
                <input id="c-number" name="number" required/>
                <FieldError result=result field="number"/>
                <label for="c-scope">"Scope"</label>
                <textarea id="c-scope" name="scope" rows="2"></textarea>
                <label for="c-decision">"Certification decision"</label>
                <input id="c-decision" name="decision_date" type="date" required/>
                <FieldError result=result field="decision_date"/>
                <label for="c-expiry">"Expiry as printed"</label>
                <input id="c-expiry" name="expiry" type="date" required/>
                <FieldError result=result field="expiry"/>
                <ErrorNotice result=result/>
                <button type="submit" class="big">"Add certificate"</button>
            </div>
        </ActionForm>
    }
}

/// `/compliance/people?role=&cert_type_id=&status=`: the competency matrix (filterable, CSV), the
/// types each role needs, and recording someone's certification.
#[component]
pub fn PeoplePage() -> impl IntoView {
    let query = use_query_map();
    let filters = move || {
        let q = query.read();
        (q.get("role"), q.get("cert_type_id").and_then(|t| t.parse::<i64>().ok()), q.get("status"))
    };
    let record = ServerAction::<RecordPersonCert>::new();
    let require = ServerAction::<SetCertRequirement>::new();
    let m = Resource::new(
        move || (filters(), record.version().get(), require.version().get()),
        |((role, t, status), ..)| competency_matrix(role, t, status),
    );
    let records = Resource::new(move || record.version().get(), |_| person_certs());
    // the forms to record and require certifications, for those who may (the people list
    // behind them is not for a read-only reader)
    let me = crate::ui::layout::use_me();
    let types = Resource::new(
        || (),
        move |_| async move {
            if !me.await?.permissions.contains(&Permission::ManageCompliance) {
                return Ok::<_, contract::error::AppError>(None);
            }
            Ok(Some((cert_types().await?, capa_owners().await?)))
        },
    );
    let rresult = record.value();
    let csv = move || {
        let (role, t, status) = filters();
        format!(
            "/compliance/matrix.csv?role={}&cert_type_id={}&status={}",
            role.unwrap_or_default(),
            t.map(|t| t.to_string()).unwrap_or_default(),
            status.unwrap_or_default()
        )
    };
    view! {
        <Title text="People · Gemba"/>
        <h1>"Competency matrix"</h1>
        <ComplianceTabs/>
        <form method="get" class="two no-print">
            <select name="status" aria-label="Status">
                <option value="">"Any status"</option>
                {Competency::ALL.iter().map(|c| view! { <option value=c.as_str()>{c.label()}</option> }).collect_view()}
            </select>
            <select name="role" aria-label="Role">
                <option value="">"Any role"</option>
                {["manager", "ehs_officer", "technician", "operator", "admin"].into_iter().map(|r| view! { <option value=r>{r.replace('_', " ")}</option> }).collect_view()}
            </select>
            <button type="submit" class="secondary">"Filter"</button>
        </form>
        <p class="small no-print"><a href=csv>"Download CSV"</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match m.await {
                    Ok(m) => view! {
                        <div class="scroll">
                            <table class="table" id="matrix">
                                <thead><tr><th>"Person"</th>{m.types.iter().map(|t| view! { <th>{t.name.clone()}</th> }).collect_view()}</tr></thead>
                                <tbody>
                                    {m.rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td>{r.person.clone()}<br/><span class="small muted">{r.roles.join(", ").replace('_', " ")}</span></td>
                                            {r.cells.into_iter().zip(r.expires).map(|(c, e)| view! {
                                                <td data-cell=c.clone()>{if c.is_empty() { "-".to_string() } else { format!("{}{}", Competency::parse(&c).map(|x| x.label()).unwrap_or(""), e.map(|e| format!(" ({e})")).unwrap_or_default()) }}</td>
                                            }).collect_view()}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {m.types.is_empty().then(|| view! { <p class="muted">"No role needs a certification on this site yet."</p> })}
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match types.await {
                    Ok(None) => ().into_any(),
                    Ok(Some((ts, people))) => {
                        let ts2 = ts.clone();
                        view! {
                            <h2>"Record a certification"</h2>
                            <ActionForm action=record>
                                <div class="stack">
                                    <label for="p-user">"Person"</label>
                                    <select id="p-user" name="user_id">
                                        {people.into_iter().map(|p| view! { <option value=p.id>{p.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <FieldError result=rresult field="user_id"/>
                                    <label for="p-type">"Type"</label>
                                    <select id="p-type" name="cert_type_id">
                                        {ts.into_iter().map(|t| view! { <option value=t.id>{t.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <label for="p-issued">"Issued on"</label>
                                    <input id="p-issued" name="issued_on" type="date" required/>
                                    <FieldError result=rresult field="issued_on"/>
                                    <label for="p-exp">"Expires on (when printed)"</label>
                                    <input id="p-exp" name="expires_on" type="date"/>
                                    <FieldError result=rresult field="expires_on"/>
                                    <ErrorNotice result=rresult/>
                                    <button type="submit" class="big">"Record"</button>
                                </div>
                            </ActionForm>
                            <h2>"What each role needs here"</h2>
                            <ActionForm action=require>
                                <div class="two">
                                    <select name="role" aria-label="Role">
                                        {["technician", "operator", "ehs_officer", "manager"].into_iter().map(|r| view! { <option value=r>{r.replace('_', " ")}</option> }).collect_view()}
                                    </select>
                                    <select name="cert_type_id" aria-label="Certification type">
                                        {ts2.into_iter().map(|t| view! { <option value=t.id>{t.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <input type="hidden" name="required" value="true"/>
                                    <button type="submit" class="secondary">"Require"</button>
                                </div>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <h2>"Records"</h2>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match records.await {
                    Ok(rs) => view! {
                        <ul class="cards" id="person-certs">
                            {rs.into_iter().map(|r| view! {
                                <li class="card">
                                    <strong>{format!("{} · {}", r.person, r.cert_type)}</strong>
                                    <p class="small">{format!("Issued {}{} · {}", r.issued_on, r.expires_on.map(|e| format!(", expires {e}")).unwrap_or_default(), Competency::parse(&r.status).map(|c| c.label()).unwrap_or(""))}</p>
                                    {match r.file_id {
                                        Some(f) => view! { <a href=format!("/files/{f}")>"Document"</a> }.into_any(),
                                        None => view! {
                                            <form method="post" enctype="multipart/form-data" action=format!("/compliance/person-certs/{}/file", r.id) class="two">
                                                <input name="file" type="file" required aria-label="Document"/>
                                                <button type="submit" class="secondary">"Upload document"</button>
                                            </form>
                                        }.into_any(),
                                    }}
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

/// `/compliance/packs`: build an audit pack for a framework and period; the list shows progress
/// while one builds (it refreshes itself) and a download link when ready.
#[component]
pub fn PacksPage() -> impl IntoView {
    let request = ServerAction::<RequestAuditPack>::new();
    let list = Resource::new(move || request.version().get(), |_| audit_packs());
    let fws = Resource::new(|| (), |_| frameworks());
    let me = crate::ui::layout::use_me();
    let result = request.value();
    view! {
        <Title text="Audit packs · Gemba"/>
        <h1>"Audit packs"</h1>
        <ComplianceTabs/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let can = me.await.ok().and_then(|m| m.current_site().map(|s| s.roles.iter().any(|r| role_allows(*r, Permission::ManageCompliance)))).unwrap_or(false);
                match fws.await {
                    Ok(_) if !can => ().into_any(),
                    Ok(fs) => view! {
                        <ActionForm action=request>
                            <div class="stack">
                                <label for="pk-fw">"Framework"</label>
                                <select id="pk-fw" name="framework_id">
                                    {fs.into_iter().filter(|f| f.applies).map(|f| view! { <option value=f.id>{format!("{} {}", f.name, f.edition)}</option> }).collect_view()}
                                </select>
                                <label for="pk-from">"From"</label>
                                <input id="pk-from" name="period_from" type="date" required/>
                                <FieldError result=result field="period_from"/>
                                <label for="pk-to">"To"</label>
                                <input id="pk-to" name="period_to" type="date" required/>
                                <FieldError result=result field="period_to"/>
                                <ErrorNotice result=result/>
                                <button type="submit" class="big">"Build audit pack"</button>
                            </div>
                        </ActionForm>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(ps) => {
                        let building = ps.iter().any(|p| p.status == "queued" || p.status == "building");
                        view! {
                        // without wasm, the page looks again while a pack builds
                        {building.then(|| view! { <noscript><meta http-equiv="refresh" content="2"/></noscript> })}
                        <ul class="cards" id="packs">
                            {ps.into_iter().map(|p| view! {
                                <li class="card">
                                    <strong>{format!("{} · {} to {}", p.framework, p.period_from, p.period_to)}</strong>
                                    <PackProgress id=p.id status=p.status.clone() progress=p.progress sha256=p.sha256.clone() size_bytes=p.size_bytes error=p.error.clone()/>
                                    <p class="small muted">{format!("Requested by {} at ", p.requested_by)}<LocalTime at=p.created_at/></p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Transition>
    }
}

/// A pack's state; while it is queued or building, it asks the server again every second and
/// shows the download link once the ZIP is ready.
#[island]
fn PackProgress(
    id: i64,
    status: String,
    progress: i32,
    sha256: String,
    size_bytes: i64,
    error: String,
) -> impl IntoView {
    let state = RwSignal::new((status, progress, sha256, size_bytes, error));
    Effect::new(move |_| {
        let poll = move || {
            let s = state.get_untracked().0;
            if s == "queued" || s == "building" {
                leptos::task::spawn_local(async move {
                    if let Ok(p) = crate::api::compliance::audit_pack(id).await {
                        state.set((p.status, p.progress, p.sha256, p.size_bytes, p.error));
                    }
                });
            }
        };
        if let Ok(h) = set_interval_with_handle(poll, std::time::Duration::from_millis(1000)) {
            on_cleanup(move || h.clear());
        }
    });
    view! {
        <p class="small" data-pack-status=move || state.with(|s| s.0.clone())>
            {move || state.with(|(s, pct, sha, size, err)| match s.as_str() {
                "ready" => format!("Ready · {size} bytes · SHA-256 {sha}"),
                "failed" => format!("Failed: {err}"),
                "queued" => "Queued".to_string(),
                _ => format!("Building · {pct} %"),
            })}
        </p>
        {move || (state.with(|s| s.0 == "ready")).then(|| view! { <a class="button" href=format!("/compliance/packs/{id}/download")>"Download ZIP"</a> })}
    }
}
