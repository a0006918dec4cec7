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
use crate::ui::components::lang::message_text;
use crate::ui::components::{
    ErrorNotice, FieldError, Lang, Loading, LocalTime, form::error_view, form::failed, label, t, use_lang,
};
use contract::dto::compliance::{EvidenceDto, ReadinessRow};
use domain::authz::{Permission, role_allows};
use domain::certificate::CertificateStatus;
use domain::competency::Competency;
use domain::evidence::{EvidenceKind, EvidenceStatus};

fn id_param() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

fn status_label(lang: Lang, s: &str) -> String {
    EvidenceStatus::parse(s).map(|s| label(lang, "evidence-status", s.as_str())).unwrap_or_default()
}

/// `/compliance`: the frameworks, whether each applies to this site, and their readiness.
#[component]
pub fn CompliancePage() -> impl IntoView {
    let toggle = ServerAction::<SetFrameworkApplies>::new();
    let create = ServerAction::<CreateFramework>::new();
    let list = Resource::new(move || (toggle.version().get(), create.version().get()), |_| frameworks());
    let cresult = create.value();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-compliance")/>
        <h1>{t!(lang, "nav-compliance")}</h1>
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
                                    <p class="small muted">{format!("{} · {}", t!(lang, "comp-fw-requirements", count = f.requirements), if f.applies { t!(lang, "comp-applies-here") } else { t!(lang, "comp-not-chosen") })}</p>
                                    <ActionForm action=toggle>
                                        <input type="hidden" name="framework_id" value=f.id/>
                                        <input type="hidden" name="applies" value=if f.applies { "false" } else { "true" }/>
                                        <button type="submit" class="secondary">{if f.applies { t!(lang, "comp-does-not-apply") } else { t!(lang, "comp-applies") }}</button>
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
            <summary>{t!(lang, "comp-add-framework-title")}</summary>
            <ActionForm action=create>
                <div class="stack">
                    <label for="fw-name">{t!(lang, "sites-name")}</label>
                    <input id="fw-name" name="name" required placeholder=t!(lang, "comp-fw-name-placeholder")/>
                    <FieldError result=cresult field="name"/>
                    <label for="fw-edition">{t!(lang, "comp-edition")}</label>
                    <input id="fw-edition" name="edition"/>
                    <ErrorNotice result=cresult/>
                    <button type="submit">{t!(lang, "comp-add-framework")}</button>
                </div>
            </ActionForm>
        </details>
    }
}

fn row_view(lang: Lang, r: ReadinessRow) -> impl IntoView {
    let req = r.requirement.clone();
    let state = if r.covered { "covered" } else { "gap" };
    view! {
        <li class="card" data-state=state id=format!("req-{}", req.id)>
            <strong>{format!("{} {}", req.reference, req.title)}</strong>
            <p class="small muted">
                {if r.covered { t!(lang, "comp-covered") } else { t!(lang, "comp-gap") }}
                {r.expiring_within.map(|d| format!(" · {}", t!(lang, "comp-expires-within", count = d)))}
                {(r.open_capa > 0).then(|| format!(" · {}", t!(lang, "comp-open-capa", count = r.open_capa)))}
                {req.every_months.map(|m| format!(" · {}", t!(lang, "comp-every-months", count = m)))}
            </p>
            <ul class="small">
                {r.evidence.into_iter().map(|e: EvidenceDto| view! {
                    <li><a href=format!("/compliance/evidence/{}", e.id)>{e.title.clone()}</a>{format!(" · {} · {}{}", status_label(lang, &e.status), i18n::date(lang, e.effective_date), e.valid_until.map(|v| format!(" {}", t!(lang, "comp-to-date", date = i18n::date(lang, v)))).unwrap_or_default())}</li>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-readiness")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(r) => {
                        let options = r.rows.iter().map(|x| (x.requirement.id, format!("{} {}", x.requirement.reference, x.requirement.title))).collect::<Vec<_>>();
                        let options2 = options.clone();
                        let fw_id = r.framework.id;
                        view! {
                            <h1>{format!("{} {}", r.framework.name, r.framework.edition)}</h1>
                            <p class="notice" id="readiness">{t!(lang, "comp-readiness",
                                percent = r.percent.map(|p| t!(lang, "comp-percent", value = i18n::fixed(lang, p, 1))).unwrap_or_else(|| t!(lang, "not-applicable")),
                                covered = r.covered, count = r.total, in30 = r.expiring_30, in60 = r.expiring_60, in90 = r.expiring_90)}</p>
                            {r.can_manage.then(|| view! {
                            <details class="no-print" open=failed(result)>
                                <summary>{t!(lang, "comp-file-evidence")}</summary>
                                <ActionForm action=create>
                                    <div class="stack">
                                        <label for="ev-title">{t!(lang, "pm-field-title")}</label>
                                        <input id="ev-title" name="title" required/>
                                        <FieldError result=result field="title"/>
                                        <label for="ev-req">{t!(lang, "comp-requirement")}</label>
                                        <select id="ev-req" name="requirements">
                                            {options.into_iter().map(|(i, t)| view! { <option value=i>{t}</option> }).collect_view()}
                                        </select>
                                        <FieldError result=result field="requirement_ids"/>
                                        <label for="ev-kind">{t!(lang, "meter-kind")}</label>
                                        <select id="ev-kind" name="kind">
                                            {EvidenceKind::ALL.iter().map(|k| view! { <option value=k.as_str()>{label(lang, "evidence-kind", k.as_str())}</option> }).collect_view()}
                                        </select>
                                        <label for="ev-url">{t!(lang, "comp-link-label")}</label>
                                        <input id="ev-url" name="url" type="url"/>
                                        <FieldError result=result field="url"/>
                                        <label for="ev-rtype">{t!(lang, "comp-record-label")}</label>
                                        <div class="two">
                                            <select id="ev-rtype" name="record_type">
                                                <option value="">"-"</option>
                                                {domain::evidence::RecordType::ALL.iter().map(|k| view! { <option value=k.as_str()>{label(lang, "evidence-record-type", k.as_str())}</option> }).collect_view()}
                                            </select>
                                            <input name="record_id" inputmode="numeric" placeholder=t!(lang, "comp-number") aria-label=t!(lang, "comp-record-number")/>
                                        </div>
                                        <FieldError result=result field="record_id"/>
                                        <label for="ev-from">{t!(lang, "comp-effective-date")}</label>
                                        <input id="ev-from" name="effective_date" type="date"/>
                                        <label for="ev-until">{t!(lang, "comp-valid-until")}</label>
                                        <input id="ev-until" name="valid_until" type="date"/>
                                        <FieldError result=result field="valid_until"/>
                                        <ErrorNotice result=result/>
                                        <button type="submit" class="big">{t!(lang, "comp-create-evidence")}</button>
                                    </div>
                                </ActionForm>
                            </details>
                            <details class="no-print" open=failed(aresult)>
                                <summary>{t!(lang, "comp-add-requirement-title")}</summary>
                                <ActionForm action=add_req>
                                    <div class="stack">
                                        <input type="hidden" name="framework_id" value=fw_id/>
                                        <label for="rq-ref">{t!(lang, "comp-reference")}</label>
                                        <input id="rq-ref" name="reference" required/>
                                        <FieldError result=aresult field="reference"/>
                                        <label for="rq-title">{t!(lang, "comp-short-title")}</label>
                                        <input id="rq-title" name="title" required/>
                                        <FieldError result=aresult field="title"/>
                                        <label for="rq-every">{t!(lang, "comp-every-label")}</label>
                                        <input id="rq-every" name="every_months" inputmode="numeric"/>
                                        <FieldError result=aresult field="every_months"/>
                                        <ErrorNotice result=aresult/>
                                        <button type="submit">{t!(lang, "comp-add-requirement")}</button>
                                    </div>
                                </ActionForm>
                            </details>
                            <details class="no-print" open=failed(mresult)>
                                <summary>{t!(lang, "comp-map-title")}</summary>
                                <p class="small muted">{t!(lang, "comp-map-help")}</p>
                                <ActionForm action=map>
                                    <div class="stack">
                                        <label for="mp-req">{t!(lang, "comp-requirement")}</label>
                                        <select id="mp-req" name="requirement_id">
                                            {options2.into_iter().map(|(i, t)| view! { <option value=i>{t}</option> }).collect_view()}
                                        </select>
                                        <label for="mp-type">{t!(lang, "comp-work")}</label>
                                        <select id="mp-type" name="source_type">
                                            <option value="pm_schedule">{t!(lang, "comp-source-pm-schedule")}</option>
                                            <option value="inspection_template">{t!(lang, "comp-source-inspection-template")}</option>
                                            <option value="cert_type">{t!(lang, "comp-source-cert-type")}</option>
                                        </select>
                                        <label for="mp-id">{t!(lang, "comp-its-number")}</label>
                                        <input id="mp-id" name="source_id" inputmode="numeric" required/>
                                        <ErrorNotice result=mresult/>
                                        <button type="submit">{t!(lang, "comp-map")}</button>
                                    </div>
                                </ActionForm>
                            </details>
                            })}
                            <ul class="cards" id="requirements">
                                {r.rows.into_iter().map(|x| row_view(lang, x)).collect_view()}
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-evidence")/>
        {move || upload_error().map(|m| view! { <p class="notice error" role="alert">{message_text(lang, &m)}</p> })}
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
                            <p class="notice" id="evidence-status">{format!("{} · {} · {} · {}{}", label(lang, "evidence-status", status.as_str()), t!(lang, "evidence-revision-n", revision = e.revision), if e.current { t!(lang, "evidence-counts") } else { t!(lang, "evidence-not-counts") }, t!(lang, "evidence-effective", date = i18n::date(lang, e.effective_date)), e.valid_until.map(|v| format!(", {}", t!(lang, "evidence-valid-until", date = i18n::date(lang, v)))).unwrap_or_default())}</p>
                            <dl class="facts">
                                <dt>{t!(lang, "evidence-supports")}</dt><dd>{d.requirements.iter().map(|r| format!("{} {}", r.reference, r.title)).collect::<Vec<_>>().join("; ")}</dd>
                                <dt>{t!(lang, "evidence-owner")}</dt><dd>{e.owner_name.clone()}</dd>
                                <dt>{t!(lang, "evidence-origin")}</dt><dd>{if e.origin == "auto" { t!(lang, "evidence-origin-auto") } else { t!(lang, "evidence-origin-manual") }}</dd>
                                <dt>{t!(lang, "evidence-approved-by")}</dt><dd>{e.approved_at.map(|at| view! { {format!("{} ", t!(lang, "evidence-by-at", name = e.approved_by.clone()))}<LocalTime at=at/> })}</dd>
                                {(!e.url.is_empty()).then(|| view! { <dt>{t!(lang, "evidence-link")}</dt><dd><a href=e.url.clone() rel="noopener noreferrer">{e.url.clone()}</a></dd> })}
                                {e.record_id.map(|r| view! { <dt>{t!(lang, "evidence-record")}</dt><dd>{format!("{} #{r}", label(lang, "evidence-record-name", &e.record_type))}</dd> })}
                            </dl>
                            <h2>{t!(lang, "evidence-revisions")}</h2>
                            <ol class="cards" id="revisions">
                                {d.revisions.into_iter().map(|r| view! {
                                    <li class="card">
                                        <strong>{t!(lang, "evidence-revision", number = r.number)}</strong>
                                        {r.file_id.map(|f| view! { <p><a href=format!("/files/{f}")>{r.file_name.clone()}</a>{format!(" · {}", t!(lang, "evidence-bytes", count = r.size_bytes, size = i18n::number(lang, r.size_bytes as f64, 0)))}</p> })}
                                        {(!r.sha256.is_empty()).then(|| view! { <p class="small mono">{format!("SHA-256 {}", r.sha256)}</p> })}
                                        {r.intact.map(|ok| view! { <p class=if ok { "small" } else { "notice error" }>{if ok { t!(lang, "evidence-intact") } else { t!(lang, "evidence-altered") }}</p> })}
                                        <p class="small muted">{format!("{} · ", r.created_by)}<LocalTime at=r.created_at/>{if r.note.is_empty() { String::new() } else { format!(" · {}", r.note) }}</p>
                                    </li>
                                }).collect_view()}
                            </ol>
                            {(can && is_file).then(|| view! {
                                <h2>{t!(lang, "evidence-upload-title")}</h2>
                                <form method="post" enctype="multipart/form-data" action=format!("/compliance/evidence/{eid}/file")>
                                    <div class="stack">
                                        <label for="ev-file">{t!(lang, "evidence-file-label")}</label>
                                        <input id="ev-file" name="file" type="file" required/>
                                        <label for="ev-note">{t!(lang, "note")}</label>
                                        <input id="ev-note" name="note"/>
                                        <button type="submit" class="big">{t!(lang, "upload")}</button>
                                    </div>
                                </form>
                            })}
                            {can.then(|| view! {
                                <h2>{t!(lang, "evidence-review")}</h2>
                                <ErrorNotice result=result/>
                                {matches!(status, EvidenceStatus::Draft | EvidenceStatus::Rejected).then(|| view! {
                                    <ActionForm action=act>
                                        <input type="hidden" name="id" value=eid/>
                                        <input type="hidden" name="action" value="submit"/>
                                        <FieldError result=result field="file"/>
                                        <button type="submit" class="big">{t!(lang, "evidence-submit")}</button>
                                    </ActionForm>
                                })}
                                {(status == EvidenceStatus::InReview).then(|| view! {
                                    <ActionForm action=act>
                                        <div class="stack">
                                            <input type="hidden" name="id" value=eid/>
                                            <input type="hidden" name="action" value="approve"/>
                                            <label for="ev-pw">{t!(lang, "evidence-password")}</label>
                                            <input id="ev-pw" name="password" type="password" required autocomplete="current-password"/>
                                            <FieldError result=result field="password"/>
                                            <button type="submit" class="big">{t!(lang, "wo-approve")}</button>
                                        </div>
                                    </ActionForm>
                                    <ActionForm action=act>
                                        <div class="stack">
                                            <input type="hidden" name="id" value=eid/>
                                            <input type="hidden" name="action" value="reject"/>
                                            <label for="ev-reason">{t!(lang, "reason")}</label>
                                            <input id="ev-reason" name="reason"/>
                                            <FieldError result=result field="reason"/>
                                            <button type="submit" class="secondary">{t!(lang, "wo-reject")}</button>
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
    let lang = use_lang();
    view! {
        <p class="no-print small">
            <a href="/compliance">{t!(lang, "comp-tab-frameworks")}</a> " · " <a href="/compliance/certificates">{t!(lang, "cert-certificates")}</a> " · "
            <a href="/compliance/people">{t!(lang, "nav-people")}</a> " · " <a href="/compliance/packs">{t!(lang, "pack-title")}</a>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-certificates")/>
        <h1>{t!(lang, "cert-certificates")}</h1>
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
                                        <p class="small">{format!("{} · {} · {} · {}", c.body, t!(lang, "cert-decision", date = i18n::date(lang, c.decision_date)), t!(lang, "comp-expires", date = i18n::date(lang, c.expiry)), CertificateStatus::parse(&c.status).map(|s| label(lang, "cert-status", s.as_str())).unwrap_or_default())}</p>
                                        <p class="small muted">{c.next_surveillance_due.map(|d| t!(lang, "cert-next-surveillance", date = i18n::date(lang, d))).unwrap_or_else(|| t!(lang, "cert-no-surveillance-left"))}</p>
                                        <ul class="small">
                                            {c.surveillance.into_iter().map(|s| view! { <li>{t!(lang, "cert-surveillance", year = s.year.to_string(), due = i18n::date(lang, s.due), held = s.held_on.map(|h| match s.late_days { Some(days) => t!(lang, "cert-held-late", date = i18n::date(lang, h), days = days), None => t!(lang, "cert-held", date = i18n::date(lang, h)) }).unwrap_or_else(|| t!(lang, "cert-not-held-yet")))}</li> }).collect_view()}
                                        </ul>
                                        <details>
                                            <summary>{t!(lang, "cert-record-audit")}</summary>
                                            <ActionForm action=record>
                                                <div class="stack">
                                                    <input type="hidden" name="certificate_id" value=cid/>
                                                    <label for=format!("k-{cid}")>{t!(lang, "meter-kind")}</label>
                                                    <select id=format!("k-{cid}") name="kind">
                                                        <option value="surveillance">{t!(lang, "cert-kind-surveillance")}</option>
                                                        <option value="recertification">{t!(lang, "cert-kind-recertification")}</option>
                                                    </select>
                                                    <label for=format!("h-{cid}")>{t!(lang, "cert-held-on")}</label>
                                                    <input id=format!("h-{cid}") name="held_on" type="date" required/>
                                                    <label for=format!("d-{cid}")>{t!(lang, "cert-new-decision")}</label>
                                                    <input id=format!("d-{cid}") name="decision_date" type="date"/>
                                                    <label for=format!("x-{cid}")>{t!(lang, "cert-new-expiry")}</label>
                                                    <input id=format!("x-{cid}") name="expiry" type="date"/>
                                                    <button type="submit">{t!(lang, "comp-record")}</button>
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
        <h2>{t!(lang, "cert-add-title")}</h2>
        <ActionForm action=create>
            <div class="stack">
                <label for="c-standard">{t!(lang, "cert-standard")}</label>
                <input id="c-standard" name="standard" required placeholder="ISO 9001:2015"/>
                <FieldError result=result field="standard"/>
                <label for="c-body">{t!(lang, "cert-body")}</label>
                <input id="c-body" name="body" required/>
                <FieldError result=result field="body"/>
                <label for="c-number">{t!(lang, "cert-number")}</label>
                <input id="c-number" name="number" required/>
                <FieldError result=result field="number"/>
                <label for="c-scope">{t!(lang, "cert-scope")}</label>
                <textarea id="c-scope" name="scope" rows="2"></textarea>
                <label for="c-decision">{t!(lang, "cert-decision-date")}</label>
                <input id="c-decision" name="decision_date" type="date" required/>
                <FieldError result=result field="decision_date"/>
                <label for="c-expiry">{t!(lang, "cert-expiry-printed")}</label>
                <input id="c-expiry" name="expiry" type="date" required/>
                <FieldError result=result field="expiry"/>
                <ErrorNotice result=result/>
                <button type="submit" class="big">{t!(lang, "cert-add")}</button>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-people")/>
        <h1>{t!(lang, "comp-matrix-title")}</h1>
        <ComplianceTabs/>
        <form method="get" class="two no-print">
            <select name="status" aria-label=t!(lang, "wo-status")>
                <option value="">{t!(lang, "comp-any-status")}</option>
                {Competency::ALL.iter().map(|c| view! { <option value=c.as_str()>{label(lang, "competency", c.as_str())}</option> }).collect_view()}
            </select>
            <select name="role" aria-label=t!(lang, "users-role")>
                <option value="">{t!(lang, "comp-any-role")}</option>
                {["manager", "ehs_officer", "technician", "operator", "admin"].into_iter().map(|r| view! { <option value=r>{label(lang, "comp-role", r)}</option> }).collect_view()}
            </select>
            <button type="submit" class="secondary">{t!(lang, "filter")}</button>
        </form>
        <p class="small no-print"><a href=csv>{t!(lang, "comp-download-csv")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match m.await {
                    Ok(m) => view! {
                        <div class="scroll">
                            <table class="table" id="matrix">
                                <thead><tr><th>{t!(lang, "comp-person")}</th>{m.types.iter().map(|t| view! { <th>{t.name.clone()}</th> }).collect_view()}</tr></thead>
                                <tbody>
                                    {m.rows.into_iter().map(|r| view! {
                                        <tr>
                                            <td>{r.person.clone()}<br/><span class="small muted">{r.roles.iter().map(|x| label(lang, "comp-role", x)).collect::<Vec<_>>().join(", ")}</span></td>
                                            {r.cells.into_iter().zip(r.expires).map(|(c, e)| view! {
                                                <td data-cell=c.clone()>{if c.is_empty() { "-".to_string() } else { format!("{}{}", Competency::parse(&c).map(|x| label(lang, "competency", x.as_str())).unwrap_or_default(), e.map(|e| format!(" ({})", i18n::date(lang, e))).unwrap_or_default()) }}</td>
                                            }).collect_view()}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {m.types.is_empty().then(|| view! { <p class="muted">{t!(lang, "comp-no-role-needs")}</p> })}
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
                            <h2>{t!(lang, "comp-record-cert-title")}</h2>
                            <ActionForm action=record>
                                <div class="stack">
                                    <label for="p-user">{t!(lang, "comp-person")}</label>
                                    <select id="p-user" name="user_id">
                                        {people.into_iter().map(|p| view! { <option value=p.id>{p.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <FieldError result=rresult field="user_id"/>
                                    <label for="p-type">{t!(lang, "wo-type")}</label>
                                    <select id="p-type" name="cert_type_id">
                                        {ts.into_iter().map(|t| view! { <option value=t.id>{t.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <label for="p-issued">{t!(lang, "comp-issued-on")}</label>
                                    <input id="p-issued" name="issued_on" type="date" required/>
                                    <FieldError result=rresult field="issued_on"/>
                                    <label for="p-exp">{t!(lang, "comp-expires-on")}</label>
                                    <input id="p-exp" name="expires_on" type="date"/>
                                    <FieldError result=rresult field="expires_on"/>
                                    <ErrorNotice result=rresult/>
                                    <button type="submit" class="big">{t!(lang, "comp-record")}</button>
                                </div>
                            </ActionForm>
                            <h2>{t!(lang, "comp-role-needs-title")}</h2>
                            <ActionForm action=require>
                                <div class="two">
                                    <select name="role" aria-label=t!(lang, "users-role")>
                                        {["technician", "operator", "ehs_officer", "manager"].into_iter().map(|r| view! { <option value=r>{label(lang, "comp-role", r)}</option> }).collect_view()}
                                    </select>
                                    <select name="cert_type_id" aria-label=t!(lang, "comp-source-cert-type")>
                                        {ts2.into_iter().map(|t| view! { <option value=t.id>{t.name.clone()}</option> }).collect_view()}
                                    </select>
                                    <input type="hidden" name="required" value="true"/>
                                    <button type="submit" class="secondary">{t!(lang, "comp-require")}</button>
                                </div>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <h2>{t!(lang, "comp-records")}</h2>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match records.await {
                    Ok(rs) => view! {
                        <ul class="cards" id="person-certs">
                            {rs.into_iter().map(|r| view! {
                                <li class="card">
                                    <strong>{format!("{} · {}", r.person, r.cert_type)}</strong>
                                    <p class="small">{format!("{}{} · {}", t!(lang, "comp-issued", date = i18n::date(lang, r.issued_on)), r.expires_on.map(|e| format!(", {}", t!(lang, "comp-expires", date = i18n::date(lang, e)))).unwrap_or_default(), Competency::parse(&r.status).map(|c| label(lang, "competency", c.as_str())).unwrap_or_default())}</p>
                                    {match r.file_id {
                                        Some(f) => view! { <a href=format!("/files/{f}")>{t!(lang, "comp-document")}</a> }.into_any(),
                                        None => view! {
                                            <form method="post" enctype="multipart/form-data" action=format!("/compliance/person-certs/{}/file", r.id) class="two">
                                                <input name="file" type="file" required aria-label=t!(lang, "comp-document")/>
                                                <button type="submit" class="secondary">{t!(lang, "comp-upload-document")}</button>
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
    let lang = use_lang();
    let words = PackWords::new(lang);
    view! {
        <Title text=t!(lang, "title-audit-packs")/>
        <h1>{t!(lang, "pack-title")}</h1>
        <ComplianceTabs/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let can = me.await.ok().and_then(|m| m.current_site().map(|s| s.roles.iter().any(|r| role_allows(*r, Permission::ManageCompliance)))).unwrap_or(false);
                match fws.await {
                    Ok(_) if !can => ().into_any(),
                    Ok(fs) => view! {
                        <ActionForm action=request>
                            <div class="stack">
                                <label for="pk-fw">{t!(lang, "pack-framework")}</label>
                                <select id="pk-fw" name="framework_id">
                                    {fs.into_iter().filter(|f| f.applies).map(|f| view! { <option value=f.id>{format!("{} {}", f.name, f.edition)}</option> }).collect_view()}
                                </select>
                                <label for="pk-from">{t!(lang, "audit-from")}</label>
                                <input id="pk-from" name="period_from" type="date" required/>
                                <FieldError result=result field="period_from"/>
                                <label for="pk-to">{t!(lang, "pack-to")}</label>
                                <input id="pk-to" name="period_to" type="date" required/>
                                <FieldError result=result field="period_to"/>
                                <ErrorNotice result=result/>
                                <button type="submit" class="big">{t!(lang, "pack-build")}</button>
                            </div>
                        </ActionForm>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <Transition fallback=Loading>
            {move || {
                let words = words.clone();
                Suspend::new(async move {
                match list.await {
                    Ok(ps) => {
                        let building = ps.iter().any(|p| p.status == "queued" || p.status == "building");
                        view! {
                        // without wasm, the page looks again while a pack builds
                        {building.then(|| view! { <noscript><meta http-equiv="refresh" content="2"/></noscript> })}
                        <ul class="cards" id="packs">
                            {ps.into_iter().map(|p| view! {
                                <li class="card">
                                    <strong>{format!("{} · {}", p.framework, t!(lang, "pack-period", from = i18n::date(lang, p.period_from), to = i18n::date(lang, p.period_to)))}</strong>
                                    <PackProgress id=p.id status=p.status.clone() progress=p.progress sha256=p.sha256.clone() size_bytes=p.size_bytes error=p.error.clone() words=words.clone()/>
                                    <p class="small muted">{format!("{} ", t!(lang, "pack-requested-by", name = p.requested_by.clone()))}<LocalTime at=p.created_at/></p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })
            }}
        </Transition>
    }
}

/// The words of a pack's state, in the reader's language (the island writes them without the
/// catalogues): `ready` holds `{size}` and `{sha}`, `failed` `{error}`, `building` `{percent}`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PackWords {
    ready: String,
    failed: String,
    queued: String,
    building: String,
    download: String,
    /// The reader's language: the island writes a size with `i18n::number` (a pure function: the
    /// catalogues stay out of the bundle).
    lang: Lang,
}

impl PackWords {
    fn new(lang: Lang) -> Self {
        // a size is never 1 byte: the plural form, with the size as the island writes it
        PackWords {
            ready: t!(lang, "pack-ready", count = 2, size = "{size}", sha = "{sha}"),
            failed: t!(lang, "pack-failed", error = "{error}"),
            queued: t!(lang, "pack-queued"),
            building: t!(lang, "pack-building", percent = "{percent}"),
            download: t!(lang, "pack-download"),
            lang,
        }
    }

    /// A size in bytes as the reader writes it.
    fn size(&self, n: i64) -> String {
        i18n::number(self.lang, n as f64, 0)
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
    words: PackWords,
) -> impl IntoView {
    let download = words.download.clone();
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
                "ready" => words.ready.replace("{size}", &words.size(*size)).replace("{sha}", sha),
                "failed" => words.failed.replace("{error}", err),
                "queued" => words.queued.clone(),
                _ => words.building.replace("{percent}", &pct.to_string()),
            })}
        </p>
        {move || (state.with(|s| s.0 == "ready")).then(|| view! { <a class="button" href=format!("/compliance/packs/{id}/download")>{download.clone()}</a> })}
    }
}
