//! Audits and inspections: the template library (search, versions, editor), scheduling, running
//! on a phone (the whole list, or one item per screen; big answer buttons; every answer saved at
//! once), sign-off, findings and the printable report.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::inspections::{
    AnswerItem, CompleteInspection, CreateTemplate, EditTemplate, FindingAction, PublishTemplate, RaiseFinding,
    ScheduleInspection, audit_leads, inspection, inspections, template_library, template_version,
};
use crate::ui::components::people::OwnerSelect;
use crate::ui::components::{
    ErrorNotice, FieldError, Loading, LocalTime, Thumbs, form::error_view, form::textarea_text,
};
use contract::dto::inspections::{FindingDto, InspectionDto, RunItemDto};
use domain::inspection::{FollowUp, Grade, by_grade, follow_up};

fn id_param() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

fn score_text(i: &InspectionDto) -> String {
    let score = i.score.map(|s| format!("{s:.1} %")).unwrap_or_else(|| "no score yet".into());
    let verdict = match i.passed {
        Some(true) => " · passed",
        Some(false) => " · failed",
        None if i.critical_failed => " · a critical item failed",
        None => "",
    };
    format!("{score} · {} of {} answered{verdict}", i.answered, i.total)
}

/// `/templates?q=`: the library.
#[component]
pub fn TemplatesPage() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let list = Resource::new(q, |q| template_library(Some(q)));
    let create = ServerAction::<CreateTemplate>::new();
    let result = create.value();
    view! {
        <Title text="Checklist templates · Gemba"/>
        <h1>"Checklist templates"</h1>
        <form method="get" action="/templates" class="search">
            <label for="tpl-q" class="visually-hidden">"Search"</label>
            <input id="tpl-q" name="q" type="search" placeholder="Name" value=q/>
            <button type="submit" class="secondary">"Search"</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(ts) => view! {
                        <ul class="cards" id="template-list">
                            {ts.into_iter().map(|t| {
                                let latest = t.versions.iter().rev().find(|v| v.state != "retired").or(t.versions.last()).cloned();
                                view! {
                                    <li class="card">
                                        {latest.map(|v| view! { <a href=format!("/templates/{}", v.id)><strong>{t.name.clone()}</strong></a> })}
                                        <p class="small muted">{format!("{} · {}", t.category, t.versions.iter().map(|v| format!("v{} {}", v.version, v.state)).collect::<Vec<_>>().join(", "))}</p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <details>
            <summary class="button secondary">"New template"</summary>
            <ActionForm action=create>
                <div class="stack">
                    <label for="nt-name">"Name"</label>
                    <input id="nt-name" name="name" required/>
                    <FieldError result field="name"/>
                    <label for="nt-cat">"Kind"</label>
                    <select id="nt-cat" name="category"><option value="inspection">"Inspection"</option><option value="audit">"Audit"</option></select>
                    <label for="nt-mark">"Pass mark (%)"</label>
                    <input id="nt-mark" name="pass_mark" value="80" inputmode="decimal"/>
                    <FieldError result field="pass_mark"/>
                    <label for="nt-items">"Items, one per line: # Section, then [yes_no_na|pass_fail|rating|number:MIN..MAX UNIT|text|photo] question | weight=2 | critical | clause=... | guidance=..."</label>
                    <textarea id="nt-items" name="items" rows="8" required></textarea>
                    <FieldError result field="items"/>
                    <ErrorNotice result/>
                    <button type="submit">"Create draft"</button>
                </div>
            </ActionForm>
        </details>
    }
}

/// `/templates/:id`: one version: its items, the editor, publish, schedule.
#[component]
pub fn TemplatePage() -> impl IntoView {
    let id = id_param();
    let edit = ServerAction::<EditTemplate>::new();
    let publish = ServerAction::<PublishTemplate>::new();
    let schedule = ServerAction::<ScheduleInspection>::new();
    let v = Resource::new(move || (id(), publish.version().get()), |(id, _)| template_version(id));
    let leads = Resource::new(|| (), |_| audit_leads());
    let (er, sr) = (edit.value(), schedule.value());
    view! {
        <Title text="Template · Gemba"/>
        <ErrorNotice result=publish.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match v.await {
                    Ok(v) => {
                        let draft = v.state == "draft";
                        let published = v.state == "published";
                        let (tname, tid) = (v.template_name.clone(), v.template_id);
                        view! {
                            <h1>{format!("{} · v{} ({})", v.template_name, v.version, v.state)}</h1>
                            <p class="small muted">{format!("Pass mark {} % · {} items", v.pass_mark, v.items.len())}</p>
                            <ol class="steps" id="template-items">
                                {v.items.iter().map(|i| view! {
                                    <li class="card step">
                                        <p class="small muted">{i.section.clone()}</p>
                                        <p><strong>{i.text.clone()}</strong>{i.critical.then_some(" · critical")}</p>
                                        <p class="small muted">{format!("{} · weight {}{}", i.kind, i.weight, if i.clauses.is_empty() { String::new() } else { format!(" · {}", i.clauses.join(", ")) })}</p>
                                    </li>
                                }).collect_view()}
                            </ol>
                            {(draft).then(|| view! {
                                <ActionForm action=publish>
                                    <input type="hidden" name="version_id" value=v.id/>
                                    <button type="submit">"Publish this version"</button>
                                </ActionForm>
                            })}
                            {(published).then(|| view! {
                                <h2>"Schedule"</h2>
                                <ActionForm action=schedule>
                                    <div class="stack">
                                        <input type="hidden" name="template_id" value=tid/>
                                        <label for="s-title">"Title"</label>
                                        <input id="s-title" name="title" value=tname.clone()/>
                                        <label for="s-due">"Due"</label>
                                        <input id="s-due" name="due_date" type="date"/>
                                        <FieldError result=sr field="due_date"/>
                                        <label for="s-area">"Area"</label>
                                        <input id="s-area" name="area"/>
                                        <label for="s-asset">"Asset tag (optional)"</label>
                                        <input id="s-asset" name="asset_tag"/>
                                        <FieldError result=sr field="asset_tag"/>
                                        <label for="s-lead-id">"Lead auditor"</label>
                                        <select id="s-lead-id" name="lead_id">
                                            <option value="">"Me"</option>
                                            <Suspense fallback=|| ()>
                                                {move || Suspend::new(async move {
                                                    leads.await.unwrap_or_default().into_iter()
                                                        .map(|p| view! { <option value=p.id>{p.name}</option> })
                                                        .collect_view()
                                                })}
                                            </Suspense>
                                        </select>
                                        <FieldError result=sr field="lead_id"/>
                                        <label for="s-team">"Team"</label>
                                        <input id="s-team" name="team"/>
                                        <label for="s-repeat">"Repeat"</label>
                                        <select id="s-repeat" name="repeat">
                                            <option value="">"Once"</option>
                                            <option value="fixed">"Every N days from the previous due date"</option>
                                            <option value="floating">"N days after the last one was done"</option>
                                        </select>
                                        <label for="s-every">"N (days)"</label>
                                        <input id="s-every" name="every_days" inputmode="numeric"/>
                                        <FieldError result=sr field="every_days"/>
                                        <label for="s-lead">"Show it this many days before it is due"</label>
                                        <input id="s-lead" name="lead_days" inputmode="numeric" value="0"/>
                                        <FieldError result=sr field="lead_days"/>
                                        <ErrorNotice result=sr/>
                                        <button type="submit">"Schedule"</button>
                                    </div>
                                </ActionForm>
                            })}
                            <details>
                                <summary class="button secondary">{if draft { "Edit this draft" } else { "Edit (makes a new draft version)" }}</summary>
                                <ActionForm action=edit>
                                    <div class="stack">
                                        <input type="hidden" name="version_id" value=v.id/>
                                        <label for="e-mark">"Pass mark (%)"</label>
                                        <input id="e-mark" name="pass_mark" value=v.pass_mark.to_string()/>
                                        <FieldError result=er field="pass_mark"/>
                                        <label for="e-items">"Items"</label>
                                        <textarea id="e-items" name="items" rows="12">{textarea_text(v.items_text.clone())}</textarea>
                                        <FieldError result=er field="items"/>
                                        <ErrorNotice result=er/>
                                        <button type="submit">"Save"</button>
                                    </div>
                                </ActionForm>
                            </details>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// `/inspections`: the site's open audits and inspections (`?done=1`: the finished ones).
#[component]
pub fn InspectionsPage() -> impl IntoView {
    let query = use_query_map();
    let done = move || query.read().get("done").is_some();
    let list = Resource::new(done, |d| inspections(Some(d)));
    view! {
        <Title text="Audits and inspections · Gemba"/>
        <h1>"Audits and inspections"</h1>
        <p><a href="/inspections">"Open"</a> " · " <a href="/inspections?done=1">"Done"</a> " · " <a href="/templates">"Templates"</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) => {
                        let none = items.is_empty();
                        view! {
                            <Show when=move || none><p class="notice">"Nothing here."</p></Show>
                            <ul class="cards" id="inspection-list">
                                {items.into_iter().map(|i| view! {
                                    <li class="card">
                                        <a href=format!("/inspections/{}", i.id)><strong>{i.title.clone()}</strong></a>
                                        <p class="small muted">{format!("due {} · {} · {}", i.due_date, i.status, score_text(&i))}</p>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

fn buttons_for(kind: &str) -> Vec<(&'static str, &'static str, &'static str)> {
    match kind {
        "yes_no_na" => vec![("yes", "Yes", ""), ("no", "No", "danger"), ("na", "N/A", "secondary")],
        "pass_fail" => vec![("pass", "Pass", ""), ("fail", "Fail", "danger"), ("na", "N/A", "secondary")],
        "rating" => vec![
            ("1", "1", "danger"),
            ("2", "2", "danger"),
            ("3", "3", "secondary"),
            ("4", "4", ""),
            ("5", "5", ""),
            ("na", "N/A", "secondary"),
        ],
        _ => vec![],
    }
}

#[component]
fn RunItem(
    inspection_id: i64,
    r: RunItemDto,
    can_run: bool,
    answer: ServerAction<AnswerItem>,
    raise: ServerAction<RaiseFinding>,
    /// One item per screen: where the answer moves on to (the next unanswered item).
    then: Option<String>,
) -> impl IntoView {
    let i = r.item.clone();
    let n = i.index + 1;
    let kind = i.kind.clone();
    let buttons = buttons_for(&kind);
    let free = buttons.is_empty() && kind != "photo";
    let failed = r.failed;
    let no_finding = r.finding_id.is_none();
    let number = kind == "number";
    let value_label = if number { format!("Value ({})", i.unit) } else { "Answer".to_string() };
    let (idx, note) = (i.index, r.note.clone());
    view! {
        <li class="card step" id=format!("item-{n}") class:failed=failed>
            <p class="small muted">{i.section.clone()}</p>
            <p><strong>{format!("{n}. {}", i.text)}</strong>{i.critical.then(|| view! { <span class="badge late">" critical"</span> })}</p>
            {(!i.guidance.is_empty()).then(|| view! { <p class="small">{i.guidance.clone()}</p> })}
            {(!i.clauses.is_empty()).then(|| view! { <p class="small muted">{i.clauses.join(", ")}</p> })}
            {r.answer.clone().map(|a| view! { <p class=if failed { "answer bad" } else { "answer" }>{a}</p> })}
            {(!r.note.is_empty()).then(|| view! { <p class="small">{r.note.clone()}</p> })}
            <Thumbs ids=r.photo_ids.clone()/>
            {(can_run).then(|| view! {
                <ActionForm action=answer>
                    <div class="stack">
                        <input type="hidden" name="inspection_id" value=inspection_id/>
                        <input type="hidden" name="item_index" value=idx/>
                        <input type="hidden" name="__anchor" value=format!("item-{n}")/>
                        {then.clone().map(|t| view! { <input type="hidden" name="__then" value=t/> })}
                        {(free).then(|| view! {
                            <label for=format!("v-{n}")>{value_label.clone()}</label>
                            <input id=format!("v-{n}") name="value" inputmode=if number { "decimal" } else { "text" }/>
                        })}
                        <label for=format!("note-{n}")>"Note (optional)"</label>
                        <input id=format!("note-{n}") name="note" value=note.clone()/>
                        <div class="answers">
                            {buttons.iter().map(|(v, l, class)| view! { <button type="submit" name="value" value=*v class=format!("big {class}")>{*l}</button> }).collect_view()}
                            {(free).then(|| view! {<button type="submit" class="big">"Save"</button>})}
                        </div>
                    </div>
                </ActionForm>
                <form method="post" action=format!("/inspections/{inspection_id}/photo") enctype="multipart/form-data" class="inline-form">
                    <input type="hidden" name="item_index" value=idx/>
                    <label for=format!("photo-{n}") class="visually-hidden">"Photo"</label>
                    <input id=format!("photo-{n}") name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" required/>
                    <button type="submit" class="secondary">"Add photo"</button>
                </form>
                {(failed && no_finding).then(|| view! {
                    <ActionForm action=raise>
                        <input type="hidden" name="inspection_id" value=inspection_id/>
                        <input type="hidden" name="item_index" value=idx/>
                        <button type="submit" class="secondary">"Raise a finding"</button>
                    </ActionForm>
                })}
            })}
        </li>
    }
}

#[component]
fn FindingCard(f: FindingDto, can_manage: bool, act: ServerAction<FindingAction>) -> impl IntoView {
    let grade = Grade::parse(&f.grade).map(|g| g.label()).unwrap_or("");
    let open = f.status == "open" && f.capa_id.is_none() && f.work_order_id.is_none();
    let id = f.id;
    view! {
        <li class="card" id=format!("finding-{id}")>
            <p><strong>{format!("Finding #{id}: {}", f.title)}</strong></p>
            <p class="small muted">{format!("{grade} · {}{}", f.status, if f.clauses.is_empty() { String::new() } else { format!(" · {}", f.clauses) })}</p>
            {f.work_order_id.map(|w| view! { <p><a href=format!("/work-orders/{w}")>{format!("Work order #{w} ({})", f.work_order_status)}</a></p> })}
            {f.capa_id.map(|c| view! { <p><a href="/capa">{format!("CAPA #{c} ({})", f.capa_status)}</a></p> })}
            {(open && can_manage).then(|| view! {
                <ActionForm action=act>
                    <input type="hidden" name="finding_id" value=id/>
                    <button type="submit" name="kind" value="work_order" class="secondary">"Create work order"</button>
                </ActionForm>
                <details>
                    <summary class="button secondary">"Create CAPA action"</summary>
                    <ActionForm action=act>
                        <div class="stack">
                            <input type="hidden" name="finding_id" value=id/>
                            <input type="hidden" name="kind" value="capa"/>
                            <label for=format!("rc-{id}")>"Root cause (required for a nonconformity)"</label>
                            <input id=format!("rc-{id}") name="root_cause"/>
                            <label for=format!("ct-{id}")>"Action"</label>
                            <input id=format!("ct-{id}") name="capa_title" required/>
                            <label for=format!("co-{id}")>"Owner"</label>
                            <OwnerSelect id=format!("co-{id}") name="owner_id"/>
                            <label for=format!("cd-{id}")>"Due"</label>
                            <input id=format!("cd-{id}") name="due_date" type="date" required/>
                            <button type="submit">"Create action"</button>
                        </div>
                    </ActionForm>
                </details>
            })}
        </li>
    }
}

/// `/inspections/:id`: run it (`?one=N` shows one item per screen), sign it off, read the report.
#[component]
pub fn InspectionPage() -> impl IntoView {
    let id = id_param();
    let query = use_query_map();
    let one = move || query.read().get("one").and_then(|n| n.parse::<usize>().ok());
    let answer = ServerAction::<AnswerItem>::new();
    let raise = ServerAction::<RaiseFinding>::new();
    let complete = ServerAction::<CompleteInspection>::new();
    let act = ServerAction::<FindingAction>::new();
    let d = Resource::new(
        move || (id(), answer.version().get(), raise.version().get(), complete.version().get(), act.version().get()),
        |(id, ..)| inspection(id),
    );
    let cr = complete.value();
    let upload_error = move || query.read().get("upload_error");
    view! {
        <Title text="Audit · Gemba"/>
        {move || upload_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
        <ErrorNotice result=answer.value()/>
        <ErrorNotice result=raise.value()/>
        <ErrorNotice result=act.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(d) => {
                        let i = d.inspection.clone();
                        let iid = i.id;
                        let (can_run, can_manage) = (d.can_run, d.can_manage);
                        let total = d.items.len();
                        let shown: Vec<RunItemDto> = match one() {
                            Some(n) if n >= 1 => d.items.get(n - 1).cloned().into_iter().collect(),
                            _ => d.items.clone(),
                        };
                        // one item per screen: an answer moves on to the next unanswered item (then
                        // any earlier one left), and to the sign-off when none is left
                        let then = one().filter(|n| *n >= 1).map(|n| {
                            let open = |j: &usize| d.items[*j].answer.is_none() && *j != n - 1;
                            match (n..total).find(open).or_else(|| (0..n.saturating_sub(1)).find(open)) {
                                Some(j) => format!("/inspections/{iid}?one={}#item-{}", j + 1, j + 1),
                                None => format!("/inspections/{iid}#sign-off"),
                            }
                        });
                        let pager = one().map(|n| view! {
                            <p class="two no-print">
                                <a class="button secondary" href=format!("/inspections/{iid}?one={}", n.saturating_sub(1).max(1))>"Previous"</a>
                                <a class="button secondary" href=format!("/inspections/{iid}?one={}", (n + 1).min(total.max(1)))>"Next"</a>
                            </p>
                        });
                        let auditee = if i.auditee_name.is_empty() { String::new() } else { format!("; auditee {}", i.auditee_name) };
                        let signed = i.signed_at.map(|t| view! { {format!("Signed by {} at ", i.signed_by)}<LocalTime at=t/>{auditee} });
                        view! {
                            <h1>{i.title.clone()}</h1>
                            <p class="small muted" id="inspection-score">{format!("{} v{} · due {} · {} · {}", i.template_name, i.version, i.due_date, i.status, score_text(&i))}</p>
                            {signed.map(|s| view! { <p class="notice" id="signed">{s}</p> })}
                            <p class="no-print small"><a href=format!("/inspections/{iid}")>"All items"</a> " · " <a href=format!("/inspections/{iid}?one=1")>"One item per screen"</a> " · " <a href=format!("/inspections/{iid}/report")>"Report"</a></p>
                            {pager}
                            <ol class="steps" id="items">
                                {shown.into_iter().map(|r| view! { <RunItem inspection_id=iid r can_run answer raise then=then.clone()/> }).collect_view()}
                            </ol>
                            <Thumbs ids=d.photo_ids.clone()/>
                            <h2>"Findings"</h2>
                            <ul class="cards" id="findings">
                                {d.findings.clone().into_iter().map(|f| view! { <FindingCard f can_manage act/> }).collect_view()}
                            </ul>
                            {(can_run).then(|| view! {
                                <h2 id="sign-off">"Sign off"</h2>
                                <ActionForm action=complete>
                                    <div class="stack">
                                        <input type="hidden" name="inspection_id" value=iid/>
                                        <label for="auditee">"Auditee (when present)"</label>
                                        <input id="auditee" name="auditee_name"/>
                                        <details>
                                            <summary>"The auditee signs with their Gemba account"</summary>
                                            <div class="stack">
                                                <label for="auditee-email">"Auditee's e-mail"</label>
                                                <input id="auditee-email" name="auditee_email" type="email" autocomplete="off"/>
                                                <FieldError result=cr field="auditee_email"/>
                                                <label for="auditee-password">"Auditee's password"</label>
                                                <input id="auditee-password" name="auditee_password" type="password" autocomplete="off"/>
                                                <FieldError result=cr field="auditee_password"/>
                                            </div>
                                        </details>
                                        <label for="sign-password">"Your password (signature)"</label>
                                        <input id="sign-password" name="password" type="password" required autocomplete="current-password"/>
                                        <FieldError result=cr field="password"/>
                                        <FieldError result=cr field="items"/>
                                        <ErrorNotice result=cr/>
                                        <button type="submit" class="big">"Sign off"</button>
                                    </div>
                                </ActionForm>
                            })}
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

fn follow_up_of(f: &FindingDto) -> FollowUp {
    let grade = Grade::parse(&f.grade).unwrap_or(Grade::Observation);
    follow_up(grade, f.status == "closed", f.capa_id.is_some() || f.work_order_id.is_some())
}

fn action_text(f: &FindingDto) -> String {
    match (f.capa_id, f.work_order_id) {
        (Some(c), _) => format!("CAPA #{c} · {} · {}", f.capa_status.replace('_', " "), f.action_owner),
        (None, Some(w)) => format!("Work order #{w} · {}", f.work_order_status.replace('_', " ")),
        _ => "No action yet".into(),
    }
}

/// `/inspections/:id/report`: the print-friendly report: score and verdict, findings by grade,
/// open actions, failed items and photos.
#[component]
pub fn InspectionReportPage() -> impl IntoView {
    let id = id_param();
    let d = Resource::new(id, inspection);
    view! {
        <Title text="Audit report · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(d) => {
                        let i = d.inspection.clone();
                        let verdict = match i.passed {
                            Some(true) => "Passed",
                            Some(false) => "Failed",
                            None => "Not signed off yet",
                        };
                        let open: Vec<FindingDto> = d
                            .findings
                            .iter()
                            .filter(|f| matches!(follow_up_of(f), FollowUp::ActionOpen | FollowUp::NeedsAction))
                            .cloned()
                            .collect();
                        let failed: Vec<RunItemDto> = d.items.iter().filter(|r| r.failed).cloned().collect();
                        let groups = by_grade(d.findings.clone(), |f| f.grade.as_str());
                        let photos: Vec<i64> =
                            d.items.iter().flat_map(|r| r.photo_ids.clone()).chain(d.photo_ids.clone()).collect();
                        view! {
                            <article class="report" id="report">
                                <h1>{format!("Audit report: {}", i.title)}</h1>
                                <p class="no-print small"><a href=format!("/inspections/{}", i.id)>"Back to the audit"</a> " · " <a href="javascript:print()">"Print"</a></p>
                                <dl class="facts">
                                    <dt>"Checklist"</dt><dd>{format!("{} v{}", i.template_name, i.version)}</dd>
                                    <dt>"Due"</dt><dd>{i.due_date.to_string()}</dd>
                                    <dt>"Lead auditor"</dt><dd>{i.lead_name.clone()}</dd>
                                    <dt>"Team"</dt><dd>{i.team.clone()}</dd>
                                    <dt>"Area"</dt><dd>{i.area.clone()}</dd>
                                    <dt>"Signed"</dt><dd>{match i.signed_at { Some(t) => view! { {format!("{} at ", i.signed_by)}<LocalTime at=t/> }.into_any(), None => "not yet".into_any() }}</dd>
                                    <dt>"Auditee"</dt><dd>{i.auditee_name.clone()}</dd>
                                </dl>
                                <p class="notice" id="report-verdict">{format!("{verdict} · {}", score_text(&i))}</p>
                                <h2>"Findings by grade"</h2>
                                {groups.is_empty().then(|| view! { <p class="muted">"No findings."</p> })}
                                {groups.into_iter().map(|(g, fs)| view! {
                                    <section class="grade" data-grade=g.as_str()>
                                        <h3>{format!("{} ({})", g.label(), fs.len())}</h3>
                                        <ul>
                                            {fs.into_iter().map(|f| view! {
                                                <li>
                                                    <strong>{f.title.clone()}</strong>
                                                    {(!f.clauses.is_empty()).then(|| format!(" · {}", f.clauses))}
                                                    {(!f.description.is_empty()).then(|| view! { <br/><span>{f.description.clone()}</span> })}
                                                    <br/><span class="small muted">{format!("{} · {}", f.status, action_text(&f))}</span>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    </section>
                                }).collect_view()}
                                <h2>"Open actions"</h2>
                                {open.is_empty().then(|| view! { <p class="muted">"Nothing open."</p> })}
                                {(!open.is_empty()).then(|| view! {
                                    <table class="table" id="open-actions">
                                        <thead><tr><th>"Finding"</th><th>"Action"</th><th>"Due"</th></tr></thead>
                                        <tbody>
                                            {open.into_iter().map(|f| view! {
                                                <tr>
                                                    <td>{format!("{} ({})", f.title, Grade::parse(&f.grade).map(|g| g.label()).unwrap_or(""))}</td>
                                                    <td>{action_text(&f)}</td>
                                                    <td>{f.action_due.map(|d| d.to_string()).unwrap_or_default()}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                })}
                                <h2>"Failed items"</h2>
                                {failed.is_empty().then(|| view! { <p class="muted">"None."</p> })}
                                <ul>
                                    {failed.into_iter().map(|r| view! {
                                        <li>
                                            {format!("{}{}: {}", r.item.text, if r.item.critical { " (critical)" } else { "" }, r.answer.clone().unwrap_or_default())}
                                            {(!r.note.is_empty()).then(|| format!(" · {}", r.note))}
                                            <Thumbs ids=r.photo_ids.clone()/>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                <h2>"Photos"</h2>
                                <Thumbs id="report-photos" ids=photos/>
                            </article>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
