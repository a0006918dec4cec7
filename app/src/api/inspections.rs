//! Audits and inspections: the template library, scheduling, running (one answer at a time),
//! sign-off, findings and their actions.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::inspections::{FindingDto, InspectionDetail, InspectionDto, RunItemDto, TemplateDto, VersionDto};
use contract::error::AppError;

#[server(prefix = "/sfn", endpoint = "template_library", input = GetUrl)]
pub async fn template_library(q: Option<String>) -> Result<Vec<TemplateDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(async { inspections::library(&ctx::state()?, &ctx::user()?, &q.unwrap_or_default()).await }.await)
}

#[server(prefix = "/sfn", endpoint = "template_version", input = GetUrl)]
pub async fn template_version(id: i64) -> Result<VersionDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(async { inspections::version(&ctx::state()?, &ctx::user()?, id).await }.await)
}

#[server(prefix = "/sfn", endpoint = "create_template")]
pub async fn create_template(
    name: String,
    category: String,
    pass_mark: String,
    items: String,
) -> Result<VersionDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let v = inspections::create_template(&ctx::state()?, &ctx::user()?, &name, &category, &pass_mark, &items)
                .await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/templates/{}", v.id));
            }
            Ok(v)
        }
        .await,
    )
}

/// Saves a draft in place; editing a published version makes a new draft version.
#[server(prefix = "/sfn", endpoint = "edit_template")]
pub async fn edit_template(version_id: i64, pass_mark: String, items: String) -> Result<VersionDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let v = inspections::edit_version(&ctx::state()?, &ctx::user()?, version_id, &pass_mark, &items).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/templates/{}", v.id));
            }
            Ok(v)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "publish_template")]
pub async fn publish_template(version_id: i64) -> Result<VersionDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(async { inspections::publish(&ctx::state()?, &ctx::user()?, version_id).await }.await)
}

/// Schedules an audit or inspection on the current site: one-off, or recurring (`repeat` =
/// fixed or floating, every `every_days`, appearing `lead_days` before it is due).
#[server(prefix = "/sfn", endpoint = "schedule_inspection")]
pub async fn schedule_inspection(
    template_id: i64,
    title: Option<String>,
    due_date: Option<String>,
    lead_id: Option<String>,
    team: Option<String>,
    area: Option<String>,
    asset_tag: Option<String>,
    repeat: Option<String>,
    every_days: Option<String>,
    lead_days: Option<String>,
) -> Result<Option<InspectionDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let lead_id = ctx::optional_id("lead_id", lead_id.as_deref(), "Choose the lead auditor.")?;
            let n = inspections::NewInspection {
                template_id,
                title: title.unwrap_or_default(),
                due_date: due_date.unwrap_or_default(),
                lead_id,
                team: team.unwrap_or_default(),
                area: area.unwrap_or_default(),
                asset_tag: asset_tag.unwrap_or_default(),
            };
            match repeat.as_deref().map(str::trim).unwrap_or("") {
                "" => {
                    let i = inspections::schedule(&state, &user, site, n).await?;
                    if ctx::is_form_post() {
                        leptos_axum::redirect(&format!("/inspections/{}", i.id));
                    }
                    Ok(Some(i))
                }
                kind => {
                    let r = inspections::Repeat {
                        kind: kind.to_string(),
                        every_days: every_days.unwrap_or_default(),
                        lead_days: lead_days.unwrap_or_default(),
                    };
                    inspections::schedule_recurring(&state, &user, site, n, r).await?;
                    // the audits already due come at once, not at the next run of the job
                    backend::jobs::inspections::run_once(&state, state.now()).await?;
                    if ctx::is_form_post() {
                        leptos_axum::redirect("/inspections");
                    }
                    Ok(None)
                }
            }
        }
        .await,
    )
}

/// The current site's open audits and inspections (or the done ones).
#[server(prefix = "/sfn", endpoint = "inspections", input = GetUrl)]
pub async fn inspections(done: Option<bool>) -> Result<Vec<InspectionDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            inspections::list(&state, &user, site, done.unwrap_or(false)).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "inspection", input = GetUrl)]
pub async fn inspection(id: i64) -> Result<InspectionDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(async { inspections::detail(&ctx::state()?, &ctx::user()?, id).await }.await)
}

/// Saves one answer at once (a plain form post comes back to the next item).
#[server(prefix = "/sfn", endpoint = "answer_item")]
pub async fn answer_item(
    inspection_id: i64,
    item_index: i32,
    value: String,
    note: Option<String>,
) -> Result<RunItemDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let note = note.unwrap_or_default();
            let r =
                inspections::answer(&ctx::state()?, &ctx::user()?, inspection_id, item_index, &value, &note).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/inspections/{inspection_id}#item-{}", item_index + 1));
            }
            Ok(r)
        }
        .await,
    )
}

/// Signs the audit off with the password again (and the auditee's name when present).
#[server(prefix = "/sfn", endpoint = "complete_inspection")]
pub async fn complete_inspection(
    inspection_id: i64,
    password: String,
    auditee_name: Option<String>,
    auditee_email: Option<String>,
    auditee_password: Option<String>,
) -> Result<InspectionDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let name = auditee_name.unwrap_or_default();
            let (email, pw) = (auditee_email.unwrap_or_default(), auditee_password.unwrap_or_default());
            let (state, user) = (ctx::state()?, ctx::user()?);
            backend::services::workflows::sign_off_inspection::complete(
                &state,
                &user,
                inspection_id,
                &password,
                &name,
                Some((&email, &pw)),
            )
            .await
        }
        .await,
    )
}

/// People who can lead an audit on the current site.
#[server(prefix = "/sfn", endpoint = "audit_leads", input = GetUrl)]
pub async fn audit_leads() -> Result<Vec<contract::dto::maintenance::PersonDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            inspections::leads(&state, &user, site).await
        }
        .await,
    )
}

/// Raises a finding (blank grade and title: proposed from the failed item).
#[server(prefix = "/sfn", endpoint = "raise_finding")]
pub async fn raise_finding(
    inspection_id: i64,
    item_index: Option<i32>,
    grade: Option<String>,
    title: Option<String>,
    description: Option<String>,
) -> Result<FindingDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::inspections;
    ctx::finish(
        async {
            let (g, t, d) = (grade.unwrap_or_default(), title.unwrap_or_default(), description.unwrap_or_default());
            inspections::raise_finding(&ctx::state()?, &ctx::user()?, inspection_id, item_index, &g, &t, &d).await
        }
        .await,
    )
}

/// The finding's action: `kind` = "capa" (with its fields; a nonconformity needs the root
/// cause) or "work_order".
#[server(prefix = "/sfn", endpoint = "finding_action")]
pub async fn finding_action(
    finding_id: i64,
    kind: String,
    root_cause: Option<String>,
    capa_kind: Option<String>,
    capa_title: Option<String>,
    owner_id: Option<i64>,
    due_date: Option<String>,
) -> Result<FindingDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::capa;
    ctx::finish(
        async {
            let c = capa::NewCapa {
                kind: capa_kind.unwrap_or_else(|| "corrective".into()),
                title: capa_title.unwrap_or_default(),
                description: String::new(),
                owner_id,
                due_date: due_date.unwrap_or_default(),
            };
            let rc = root_cause.unwrap_or_default();
            backend::services::workflows::act_on_finding::finding_action(
                &ctx::state()?,
                &ctx::user()?,
                finding_id,
                &kind,
                &rc,
                c,
            )
            .await
        }
        .await,
    )
}
