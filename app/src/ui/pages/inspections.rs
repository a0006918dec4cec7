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
use crate::ui::components::lang::message_text;
use crate::ui::components::people::OwnerSelect;
use crate::ui::components::{
    ErrorNotice, FieldError, Lang, Loading, LocalTime, Thumbs, form::error_view, form::textarea_text, label, t,
    use_lang,
};
use contract::dto::inspections::{FindingDto, InspectionDto, RunItemDto};
use domain::inspection::{FollowUp, Grade, by_grade, follow_up};

fn id_param() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

fn score_text(lang: Lang, i: &InspectionDto) -> String {
    let score = i
        .score
        .map(|s| t!(lang, "insp-score", score = i18n::fixed(lang, s, 1)))
        .unwrap_or_else(|| t!(lang, "insp-no-score"));
    let verdict = match i.passed {
        Some(true) => format!(" · {}", t!(lang, "insp-passed")),
        Some(false) => format!(" · {}", t!(lang, "insp-failed")),
        None if i.critical_failed => format!(" · {}", t!(lang, "insp-critical-failed")),
        None => String::new(),
    };
    format!("{score} · {}{verdict}", t!(lang, "home-answered", answered = i.answered, count = i.total))
}

/// A grade's name in the reader's language (empty for a grade Gemba does not know).
fn grade_text(lang: Lang, grade: &str) -> String {
    Grade::parse(grade).map(|g| label(lang, "insp-grade", g.as_str())).unwrap_or_default()
}

/// An answer as people read it: the coded ones (yes, no, N/A, pass, fail, a photo) in the
/// reader's language, a number as the language writes it, text as written.
fn answer_text(lang: Lang, kind: &str, a: &str) -> String {
    match (kind, a) {
        ("yes_no_na", "yes" | "no" | "na") | ("pass_fail", "pass" | "fail" | "na") | ("rating" | "number", "na") => {
            label(lang, "insp-answer", a)
        }
        ("photo", _) => match a.strip_prefix("photo:").and_then(|i| i.parse::<i64>().ok()) {
            Some(id) => t!(lang, "insp-answer-photo", id = id),
            None => a.to_string(),
        },
        ("number", _) => match a.parse::<f64>() {
            // only where the English reads as stored (no rounding of a long decimal)
            Ok(v) if i18n::number(Lang::En, v, 6) == a => i18n::number(lang, v, 6),
            _ => a.to_string(),
        },
        _ => a.to_string(),
    }
}

/// A template's name for the reader: the starter templates' names are in the catalogue
/// (`starter-{code}`), the others are their author's.
fn template_name(lang: Lang, code: &str, name: &str) -> String {
    if i18n::has(lang, &i18n::label_key("starter", code)) { label(lang, "starter", code) } else { name.to_string() }
}

/// `/templates?q=`: the library.
#[component]
pub fn TemplatesPage() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let list = Resource::new(q, |q| template_library(Some(q)));
    let create = ServerAction::<CreateTemplate>::new();
    let result = create.value();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-templates")/>
        <h1>{t!(lang, "tmpl-title")}</h1>
        <form method="get" action="/templates" class="search">
            <label for="tpl-q" class="visually-hidden">{t!(lang, "search")}</label>
            <input id="tpl-q" name="q" type="search" placeholder=t!(lang, "tmpl-name") value=q/>
            <button type="submit" class="secondary">{t!(lang, "search")}</button>
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
                                        {latest.map(|v| view! { <a href=format!("/templates/{}", v.id)><strong>{template_name(lang, &t.code, &t.name)}</strong></a> })}
                                        <p class="small muted">{format!("{} · {}", label(lang, "tmpl-category", &t.category), t.versions.iter().map(|v| format!("v{} {}", v.version, label(lang, "tmpl-state", &v.state))).collect::<Vec<_>>().join(", "))}</p>
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
            <summary class="button secondary">{t!(lang, "tmpl-new")}</summary>
            <ActionForm action=create>
                <div class="stack">
                    <label for="nt-name">{t!(lang, "tmpl-name")}</label>
                    <input id="nt-name" name="name" required/>
                    <FieldError result field="name"/>
                    <label for="nt-cat">{t!(lang, "tmpl-kind")}</label>
                    <select id="nt-cat" name="category"><option value="inspection">{t!(lang, "tmpl-kind-inspection")}</option><option value="audit">{t!(lang, "tmpl-kind-audit")}</option></select>
                    <label for="nt-mark">{t!(lang, "tmpl-pass-mark")}</label>
                    <input id="nt-mark" name="pass_mark" value="80" inputmode="decimal"/>
                    <FieldError result field="pass_mark"/>
                    <label for="nt-items">{t!(lang, "tmpl-items-help")}</label>
                    <textarea id="nt-items" name="items" rows="8" required></textarea>
                    <FieldError result field="items"/>
                    <ErrorNotice result/>
                    <button type="submit">{t!(lang, "tmpl-create-draft")}</button>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-template")/>
        <ErrorNotice result=publish.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match v.await {
                    Ok(v) => {
                        let draft = v.state == "draft";
                        let published = v.state == "published";
                        let (tname, tid) = (v.template_name.clone(), v.template_id);
                        view! {
                            <h1>{format!("{} · v{} ({})", v.template_name, v.version, label(lang, "tmpl-state", &v.state))}</h1>
                            <p class="small muted">{t!(lang, "tmpl-pass-mark-items", mark = i18n::number(lang, v.pass_mark, 6), count = v.items.len())}</p>
                            <ol class="steps" id="template-items">
                                {v.items.iter().map(|i| {
                                    let (section, text, _) = i.in_language(lang.code());
                                    let languages: Vec<String> = i.translations.keys().cloned().collect();
                                    view! {
                                    <li class="card step">
                                        <p class="small muted">{section}</p>
                                        <p><strong>{text}</strong>{i.critical.then(|| format!(" · {}", t!(lang, "insp-critical")))}</p>
                                        {(!languages.is_empty()).then(|| view! { <p class="small muted translations">{t!(lang, "tmpl-translated", languages = languages.join(", "))}</p> })}
                                        <p class="small muted">{format!("{} · {}{}", i.kind, t!(lang, "tmpl-weight", weight = i.weight), if i.clauses.is_empty() { String::new() } else { format!(" · {}", i.clauses.join(", ")) })}</p>
                                    </li>
                                }}).collect_view()}
                            </ol>
                            {(draft).then(|| view! {
                                <ActionForm action=publish>
                                    <input type="hidden" name="version_id" value=v.id/>
                                    <button type="submit">{t!(lang, "tmpl-publish")}</button>
                                </ActionForm>
                            })}
                            {(published).then(|| view! {
                                <h2>{t!(lang, "tmpl-schedule-title")}</h2>
                                <ActionForm action=schedule>
                                    <div class="stack">
                                        <input type="hidden" name="template_id" value=tid/>
                                        <label for="s-title">{t!(lang, "insp-field-title")}</label>
                                        <input id="s-title" name="title" value=tname.clone()/>
                                        <label for="s-due">{t!(lang, "insp-due")}</label>
                                        <input id="s-due" name="due_date" type="date"/>
                                        <FieldError result=sr field="due_date"/>
                                        <label for="s-area">{t!(lang, "insp-area")}</label>
                                        <input id="s-area" name="area"/>
                                        <label for="s-asset">{t!(lang, "insp-asset-tag-optional")}</label>
                                        <input id="s-asset" name="asset_tag"/>
                                        <FieldError result=sr field="asset_tag"/>
                                        <label for="s-lead-id">{t!(lang, "insp-lead-auditor")}</label>
                                        <select id="s-lead-id" name="lead_id">
                                            <option value="">{t!(lang, "insp-me")}</option>
                                            <Suspense fallback=|| ()>
                                                {move || Suspend::new(async move {
                                                    leads.await.unwrap_or_default().into_iter()
                                                        .map(|p| view! { <option value=p.id>{p.name}</option> })
                                                        .collect_view()
                                                })}
                                            </Suspense>
                                        </select>
                                        <FieldError result=sr field="lead_id"/>
                                        <label for="s-team">{t!(lang, "insp-team")}</label>
                                        <input id="s-team" name="team"/>
                                        <label for="s-repeat">{t!(lang, "insp-repeat")}</label>
                                        <select id="s-repeat" name="repeat">
                                            <option value="">{t!(lang, "insp-repeat-once")}</option>
                                            <option value="fixed">{t!(lang, "insp-repeat-fixed")}</option>
                                            <option value="floating">{t!(lang, "insp-repeat-floating")}</option>
                                        </select>
                                        <label for="s-every">{t!(lang, "insp-every-days")}</label>
                                        <input id="s-every" name="every_days" inputmode="numeric"/>
                                        <FieldError result=sr field="every_days"/>
                                        <label for="s-lead">{t!(lang, "insp-lead-days")}</label>
                                        <input id="s-lead" name="lead_days" inputmode="numeric" value="0"/>
                                        <FieldError result=sr field="lead_days"/>
                                        <ErrorNotice result=sr/>
                                        <button type="submit">{t!(lang, "tmpl-schedule-submit")}</button>
                                    </div>
                                </ActionForm>
                            })}
                            <details>
                                <summary class="button secondary">{if draft { t!(lang, "tmpl-edit-draft") } else { t!(lang, "tmpl-edit-new-version") }}</summary>
                                <ActionForm action=edit>
                                    <div class="stack">
                                        <input type="hidden" name="version_id" value=v.id/>
                                        <label for="e-mark">{t!(lang, "tmpl-pass-mark")}</label>
                                        <input id="e-mark" name="pass_mark" value=v.pass_mark.to_string()/>
                                        <FieldError result=er field="pass_mark"/>
                                        <label for="e-items">{t!(lang, "tmpl-items")}</label>
                                        <textarea id="e-items" name="items" rows="12">{textarea_text(v.items_text.clone())}</textarea>
                                        <FieldError result=er field="items"/>
                                        <ErrorNotice result=er/>
                                        <button type="submit">{t!(lang, "save")}</button>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-inspections")/>
        <h1>{t!(lang, "insp-title")}</h1>
        <p><a href="/inspections">{t!(lang, "insp-filter-open")}</a> " · " <a href="/inspections?done=1">{t!(lang, "insp-filter-done")}</a> " · " <a href="/templates">{t!(lang, "nav-templates")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(items) => {
                        let none = items.is_empty();
                        view! {
                            <Show when=move || none><p class="notice">{t!(lang, "insp-nothing-here")}</p></Show>
                            <ul class="cards" id="inspection-list">
                                {items.into_iter().map(|i| view! {
                                    <li class="card">
                                        <a href=format!("/inspections/{}", i.id)><strong>{i.title.clone()}</strong></a>
                                        <p class="small muted">{format!("{} · {} · {}", t!(lang, "wo-due", date = i18n::date(lang, i.due_date)), label(lang, "insp-status", &i.status), score_text(lang, &i))}</p>
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

fn buttons_for(lang: Lang, kind: &str) -> Vec<(&'static str, String, &'static str)> {
    match kind {
        "yes_no_na" => vec![
            ("yes", t!(lang, "insp-yes"), ""),
            ("no", t!(lang, "insp-no"), "danger"),
            ("na", t!(lang, "insp-na"), "secondary"),
        ],
        "pass_fail" => vec![
            ("pass", t!(lang, "step-pass"), ""),
            ("fail", t!(lang, "step-fail"), "danger"),
            ("na", t!(lang, "insp-na"), "secondary"),
        ],
        "rating" => vec![
            ("1", "1".into(), "danger"),
            ("2", "2".into(), "danger"),
            ("3", "3".into(), "secondary"),
            ("4", "4".into(), ""),
            ("5", "5".into(), ""),
            ("na", t!(lang, "insp-na"), "secondary"),
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
    let lang = use_lang();
    let i = r.item.clone();
    let n = i.index + 1;
    let kind = i.kind.clone();
    let buttons = buttons_for(lang, &kind);
    let free = buttons.is_empty() && kind != "photo";
    let failed = r.failed;
    let no_finding = r.finding_id.is_none();
    let number = kind == "number";
    let value_label = if number { t!(lang, "insp-value-unit", unit = i.unit.clone()) } else { t!(lang, "step-answer") };
    let (idx, note) = (i.index, r.note.clone());
    let (section, text, guidance) = i.in_language(lang.code());
    view! {
        <li class="card step" id=format!("item-{n}") class:failed=failed>
            <p class="small muted">{section}</p>
            <p><strong>{format!("{n}. {text}")}</strong>{i.critical.then(|| view! { <span class="badge late">{format!(" {}", t!(lang, "insp-critical"))}</span> })}</p>
            {(!guidance.is_empty()).then(|| view! { <p class="small">{guidance}</p> })}
            {(!i.clauses.is_empty()).then(|| view! { <p class="small muted">{i.clauses.join(", ")}</p> })}
            {r.answer.clone().map(|a| view! { <p class=if failed { "answer bad" } else { "answer" }>{answer_text(lang, &kind, &a)}</p> })}
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
                        <label for=format!("note-{n}")>{t!(lang, "insp-note-optional")}</label>
                        <input id=format!("note-{n}") name="note" value=note.clone()/>
                        <div class="answers">
                            {buttons.iter().map(|(v, l, class)| view! { <button type="submit" name="value" value=*v class=format!("big {class}")>{l.clone()}</button> }).collect_view()}
                            {(free).then(|| view! {<button type="submit" class="big">{t!(lang, "save")}</button>})}
                        </div>
                    </div>
                </ActionForm>
                <form method="post" action=format!("/inspections/{inspection_id}/photo") enctype="multipart/form-data" class="inline-form">
                    <input type="hidden" name="item_index" value=idx/>
                    <label for=format!("photo-{n}") class="visually-hidden">{t!(lang, "step-photo")}</label>
                    <input id=format!("photo-{n}") name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment" required/>
                    <button type="submit" class="secondary">{t!(lang, "insp-add-photo")}</button>
                </form>
                {(failed && no_finding).then(|| view! {
                    <ActionForm action=raise>
                        <input type="hidden" name="inspection_id" value=inspection_id/>
                        <input type="hidden" name="item_index" value=idx/>
                        <button type="submit" class="secondary">{t!(lang, "insp-raise-finding")}</button>
                    </ActionForm>
                })}
            })}
        </li>
    }
}

#[component]
fn FindingCard(f: FindingDto, can_manage: bool, act: ServerAction<FindingAction>) -> impl IntoView {
    let lang = use_lang();
    let grade = grade_text(lang, &f.grade);
    let open = f.status == "open" && f.capa_id.is_none() && f.work_order_id.is_none();
    let id = f.id;
    view! {
        <li class="card" id=format!("finding-{id}")>
            <p><strong>{t!(lang, "insp-finding-n", id = id, title = f.title.clone())}</strong></p>
            <p class="small muted">{format!("{grade} · {}{}", label(lang, "insp-finding-status", &f.status), if f.clauses.is_empty() { String::new() } else { format!(" · {}", f.clauses) })}</p>
            {f.work_order_id.map(|w| view! { <p><a href=format!("/work-orders/{w}")>{format!("{} ({})", t!(lang, "wo-number", id = w), label(lang, "pm-wo-status", &f.work_order_status))}</a></p> })}
            {f.capa_id.map(|c| view! { <p><a href="/capa">{format!("{} ({})", t!(lang, "insp-capa-n", id = c), label(lang, "insp-capa-status", &f.capa_status))}</a></p> })}
            {(open && can_manage).then(|| view! {
                <ActionForm action=act>
                    <input type="hidden" name="finding_id" value=id/>
                    <button type="submit" name="kind" value="work_order" class="secondary">{t!(lang, "insp-create-work-order")}</button>
                </ActionForm>
                <details>
                    <summary class="button secondary">{t!(lang, "insp-create-capa")}</summary>
                    <ActionForm action=act>
                        <div class="stack">
                            <input type="hidden" name="finding_id" value=id/>
                            <input type="hidden" name="kind" value="capa"/>
                            <label for=format!("rc-{id}")>{t!(lang, "insp-root-cause")}</label>
                            <input id=format!("rc-{id}") name="root_cause"/>
                            <label for=format!("ct-{id}")>{t!(lang, "insp-action")}</label>
                            <input id=format!("ct-{id}") name="capa_title" required/>
                            <label for=format!("co-{id}")>{t!(lang, "insp-owner")}</label>
                            <OwnerSelect id=format!("co-{id}") name="owner_id"/>
                            <label for=format!("cd-{id}")>{t!(lang, "insp-due")}</label>
                            <input id=format!("cd-{id}") name="due_date" type="date" required/>
                            <button type="submit">{t!(lang, "insp-create-action")}</button>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-inspection")/>
        {move || upload_error().map(|m| view! { <p class="notice error" role="alert">{message_text(lang, &m)}</p> })}
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
                                <a class="button secondary" href=format!("/inspections/{iid}?one={}", n.saturating_sub(1).max(1))>{t!(lang, "insp-previous")}</a>
                                <a class="button secondary" href=format!("/inspections/{iid}?one={}", (n + 1).min(total.max(1)))>{t!(lang, "insp-next")}</a>
                            </p>
                        });
                        let auditee = if i.auditee_name.is_empty() { String::new() } else { format!("; {}", t!(lang, "insp-auditee-is", name = i.auditee_name.clone())) };
                        let signed = i.signed_at.map(|t| view! { {format!("{} ", t!(lang, "insp-signed-by", name = i.signed_by.clone()))}<LocalTime at=t/>{auditee} });
                        view! {
                            <h1>{i.title.clone()}</h1>
                            <p class="small muted" id="inspection-score">{format!("{} v{} · {} · {} · {}", i.template_name, i.version, t!(lang, "wo-due", date = i18n::date(lang, i.due_date)), label(lang, "insp-status", &i.status), score_text(lang, &i))}</p>
                            {signed.map(|s| view! { <p class="notice" id="signed">{s}</p> })}
                            <p class="no-print small"><a href=format!("/inspections/{iid}")>{t!(lang, "insp-all-items")}</a> " · " <a href=format!("/inspections/{iid}?one=1")>{t!(lang, "insp-one-per-screen")}</a> " · " <a href=format!("/inspections/{iid}/report")>{t!(lang, "insp-report")}</a></p>
                            {pager}
                            <ol class="steps" id="items">
                                {shown.into_iter().map(|r| view! { <RunItem inspection_id=iid r can_run answer raise then=then.clone()/> }).collect_view()}
                            </ol>
                            <Thumbs ids=d.photo_ids.clone()/>
                            <h2>{t!(lang, "insp-findings")}</h2>
                            <ul class="cards" id="findings">
                                {d.findings.clone().into_iter().map(|f| view! { <FindingCard f can_manage act/> }).collect_view()}
                            </ul>
                            {(can_run).then(|| view! {
                                <h2 id="sign-off">{t!(lang, "insp-sign-off-title")}</h2>
                                <ActionForm action=complete>
                                    <div class="stack">
                                        <input type="hidden" name="inspection_id" value=iid/>
                                        <label for="auditee">{t!(lang, "insp-auditee-when-present")}</label>
                                        <input id="auditee" name="auditee_name"/>
                                        <details>
                                            <summary>{t!(lang, "insp-auditee-signs")}</summary>
                                            <div class="stack">
                                                <label for="auditee-email">{t!(lang, "insp-auditee-email")}</label>
                                                <input id="auditee-email" name="auditee_email" type="email" autocomplete="off"/>
                                                <FieldError result=cr field="auditee_email"/>
                                                <label for="auditee-password">{t!(lang, "insp-auditee-password")}</label>
                                                <input id="auditee-password" name="auditee_password" type="password" autocomplete="off"/>
                                                <FieldError result=cr field="auditee_password"/>
                                            </div>
                                        </details>
                                        <label for="sign-password">{t!(lang, "insp-your-password")}</label>
                                        <input id="sign-password" name="password" type="password" required autocomplete="current-password"/>
                                        <FieldError result=cr field="password"/>
                                        <FieldError result=cr field="items"/>
                                        <ErrorNotice result=cr/>
                                        <button type="submit" class="big">{t!(lang, "insp-sign-off")}</button>
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

/// The action taken on a finding (a status reads with spaces: "in progress").
fn action_text(lang: Lang, f: &FindingDto) -> String {
    match (f.capa_id, f.work_order_id) {
        (Some(c), _) => format!(
            "{} · {} · {}",
            t!(lang, "insp-capa-n", id = c),
            label(lang, "insp-capa-status", &f.capa_status).replace('_', " "),
            f.action_owner
        ),
        (None, Some(w)) => format!(
            "{} · {}",
            t!(lang, "wo-number", id = w),
            label(lang, "pm-wo-status", &f.work_order_status).replace('_', " ")
        ),
        _ => t!(lang, "insp-no-action"),
    }
}

/// `/inspections/:id/report`: the print-friendly report: score and verdict, findings by grade,
/// open actions, failed items and photos.
#[component]
pub fn InspectionReportPage() -> impl IntoView {
    let id = id_param();
    let d = Resource::new(id, inspection);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-inspection-report")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match d.await {
                    Ok(d) => {
                        let i = d.inspection.clone();
                        let verdict = match i.passed {
                            Some(true) => t!(lang, "insp-verdict-passed"),
                            Some(false) => t!(lang, "insp-verdict-failed"),
                            None => t!(lang, "insp-verdict-none"),
                        };
                        let open: Vec<FindingDto> = d
                            .findings
                            .iter()
                            .filter(|f| matches!(follow_up_of(f), FollowUp::ActionOpen | FollowUp::NeedsAction))
                            .cloned()
                            .collect();
                        let failed: Vec<RunItemDto> = d.items.iter().filter(|r| r.failed).cloned().collect();
                        let groups = by_grade(d.findings.clone(), |f| f.grade.as_str());
                        // each photo once: those of failed items stand with them, the others below
                        let mut seen: std::collections::HashSet<i64> =
                            failed.iter().flat_map(|r| r.photo_ids.iter().copied()).collect();
                        let photos: Vec<i64> = d
                            .items
                            .iter()
                            .flat_map(|r| r.photo_ids.iter().copied())
                            .chain(d.photo_ids.iter().copied())
                            .filter(|id| seen.insert(*id))
                            .collect();
                        view! {
                            <article class="report" id="report">
                                <h1>{t!(lang, "insp-report-title", title = i.title.clone())}</h1>
                                <p class="no-print small"><a href=format!("/inspections/{}", i.id)>{t!(lang, "insp-back")}</a> " · " <a href="javascript:print()">{t!(lang, "insp-print")}</a></p>
                                <dl class="facts">
                                    <dt>{t!(lang, "insp-checklist")}</dt><dd>{format!("{} v{}", i.template_name, i.version)}</dd>
                                    <dt>{t!(lang, "insp-due")}</dt><dd>{i18n::date(lang, i.due_date)}</dd>
                                    <dt>{t!(lang, "insp-lead-auditor")}</dt><dd>{i.lead_name.clone()}</dd>
                                    <dt>{t!(lang, "insp-team")}</dt><dd>{i.team.clone()}</dd>
                                    <dt>{t!(lang, "insp-area")}</dt><dd>{i.area.clone()}</dd>
                                    <dt>{t!(lang, "insp-signed")}</dt><dd>{match i.signed_at { Some(t) => view! { {format!("{} ", t!(lang, "insp-signed-at", name = i.signed_by.clone()))}<LocalTime at=t/> }.into_any(), None => t!(lang, "insp-not-yet").into_any() }}</dd>
                                    <dt>{t!(lang, "insp-auditee")}</dt><dd>{i.auditee_name.clone()}</dd>
                                </dl>
                                <p class="notice" id="report-verdict">{format!("{verdict} · {}", score_text(lang, &i))}</p>
                                <h2>{t!(lang, "insp-findings-by-grade")}</h2>
                                {groups.is_empty().then(|| view! { <p class="muted">{t!(lang, "insp-no-findings")}</p> })}
                                {groups.into_iter().map(|(g, fs)| view! {
                                    <section class="grade" data-grade=g.as_str()>
                                        <h3>{format!("{} ({})", label(lang, "insp-grade", g.as_str()), fs.len())}</h3>
                                        <ul>
                                            {fs.into_iter().map(|f| view! {
                                                <li>
                                                    <strong>{f.title.clone()}</strong>
                                                    {(!f.clauses.is_empty()).then(|| format!(" · {}", f.clauses))}
                                                    {(!f.description.is_empty()).then(|| view! { <br/><span>{f.description.clone()}</span> })}
                                                    <br/><span class="small muted">{format!("{} · {}", label(lang, "insp-finding-status", &f.status), action_text(lang, &f))}</span>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    </section>
                                }).collect_view()}
                                <h2>{t!(lang, "insp-open-actions")}</h2>
                                {open.is_empty().then(|| view! { <p class="muted">{t!(lang, "insp-nothing-open")}</p> })}
                                {(!open.is_empty()).then(|| view! {
                                    <table class="table" id="open-actions">
                                        <thead><tr><th>{t!(lang, "insp-finding")}</th><th>{t!(lang, "insp-action")}</th><th>{t!(lang, "insp-due")}</th></tr></thead>
                                        <tbody>
                                            {open.into_iter().map(|f| view! {
                                                <tr>
                                                    <td>{format!("{} ({})", f.title, grade_text(lang, &f.grade))}</td>
                                                    <td>{action_text(lang, &f)}</td>
                                                    <td>{f.action_due.map(|d| i18n::date(lang, d)).unwrap_or_default()}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                })}
                                <h2>{t!(lang, "insp-failed-items")}</h2>
                                {failed.is_empty().then(|| view! { <p class="muted">{t!(lang, "insp-none")}</p> })}
                                <ul>
                                    {failed.into_iter().map(|r| view! {
                                        <li>
                                            {format!("{}{}: {}", r.item.in_language(lang.code()).1, if r.item.critical { format!(" ({})", t!(lang, "insp-critical")) } else { String::new() }, answer_text(lang, &r.item.kind, &r.answer.clone().unwrap_or_default()))}
                                            {(!r.note.is_empty()).then(|| format!(" · {}", r.note))}
                                            <Thumbs ids=r.photo_ids.clone()/>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                <h2>{t!(lang, "wo-photos")}</h2>
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
