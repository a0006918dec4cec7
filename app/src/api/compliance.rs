//! Compliance: frameworks and which apply to the current site, requirements, evidence (filing,
//! review, approval with the password), readiness, and mapping the work to requirements.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;

use crate::api::dto::compliance::{EvidenceDetail, EvidenceDto, FrameworkDto, ReadinessDto, RequirementDto};
use crate::api::error::AppError;

#[server(prefix = "/sfn", endpoint = "frameworks")]
pub async fn frameworks() -> Result<Vec<FrameworkDto>, AppError> {
    use crate::api::ctx;
    use crate::backend::services::{frameworks, sites};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = sites::current_site_id(&state, &user).await?;
            frameworks::list(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "set_framework_applies")]
pub async fn set_framework_applies(framework_id: i64, applies: bool) -> Result<(), AppError> {
    use crate::api::ctx;
    use crate::backend::services::{frameworks, sites};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = sites::current_site_id(&state, &user).await?;
            frameworks::set_applies(&state, &user, site, framework_id, applies).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance");
            }
            Ok(())
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "create_framework")]
pub async fn create_framework(name: String, edition: String) -> Result<FrameworkDto, AppError> {
    use crate::api::ctx;
    use crate::backend::services::frameworks;
    ctx::finish(async { frameworks::create(&ctx::state()?, &ctx::user()?, &name, &edition).await }.await)
}

#[server(prefix = "/sfn", endpoint = "add_requirement")]
pub async fn add_requirement(
    framework_id: i64,
    reference: String,
    title: String,
    every_months: Option<i32>,
) -> Result<RequirementDto, AppError> {
    use crate::api::ctx;
    use crate::backend::services::frameworks;
    ctx::finish(
        async {
            frameworks::add_requirement(&ctx::state()?, &ctx::user()?, framework_id, &reference, &title, every_months)
                .await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "map_work")]
pub async fn map_work(requirement_id: i64, source_type: String, source_id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use crate::backend::services::frameworks;
    ctx::finish(
        async { frameworks::map_work(&ctx::state()?, &ctx::user()?, requirement_id, &source_type, source_id).await }
            .await,
    )
}

#[server(prefix = "/sfn", endpoint = "readiness")]
pub async fn readiness(framework_id: i64) -> Result<ReadinessDto, AppError> {
    use crate::api::ctx;
    use crate::backend::services::{frameworks, sites};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = sites::current_site_id(&state, &user).await?;
            frameworks::readiness_of(&state, &user, site, framework_id).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "evidence_list")]
pub async fn evidence_list(status: Option<String>, page: Option<u64>) -> Result<Vec<EvidenceDto>, AppError> {
    use crate::api::ctx;
    use crate::backend::services::{evidence, sites};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = sites::current_site_id(&state, &user).await?;
            evidence::list(&state, &user, site, status.as_deref(), page.unwrap_or(0)).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "evidence")]
pub async fn evidence(id: i64) -> Result<EvidenceDetail, AppError> {
    use crate::api::ctx;
    use crate::backend::services::evidence;
    ctx::finish(async { evidence::detail(&ctx::state()?, &ctx::user()?, id).await }.await)
}

#[server(prefix = "/sfn", endpoint = "create_evidence")]
pub async fn create_evidence(
    title: String,
    kind: String,
    url: Option<String>,
    record_type: Option<String>,
    record_id: Option<i64>,
    /// Requirement ids, separated by commas
    requirements: Option<String>,
    effective_date: Option<String>,
    valid_until: Option<String>,
    owner_id: Option<i64>,
) -> Result<EvidenceDto, AppError> {
    use crate::api::ctx;
    use crate::backend::services::{evidence, sites};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = sites::current_site_id(&state, &user).await?;
            let requirement_ids =
                requirements.unwrap_or_default().split(',').filter_map(|s| s.trim().parse().ok()).take(100).collect();
            let input = evidence::NewEvidence {
                title,
                kind,
                url: url.unwrap_or_default(),
                record_type: record_type.unwrap_or_default(),
                record_id,
                requirement_ids,
                effective_date: effective_date.unwrap_or_default(),
                valid_until: valid_until.unwrap_or_default(),
                owner_id,
            };
            let e = evidence::create(&state, &user, site, input).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/evidence/{}", e.id));
            }
            Ok(e)
        }
        .await,
    )
}

/// Submit for review, approve (e-signature: `password`) or reject (`reason`).
#[server(prefix = "/sfn", endpoint = "evidence_action")]
pub async fn evidence_action(
    id: i64,
    action: String,
    password: Option<String>,
    reason: Option<String>,
) -> Result<EvidenceDto, AppError> {
    use crate::api::ctx;
    use crate::backend::services::evidence;
    ctx::finish(
        async {
            let e = evidence::act(
                &ctx::state()?,
                &ctx::user()?,
                id,
                &action,
                &password.unwrap_or_default(),
                &reason.unwrap_or_default(),
            )
            .await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/evidence/{id}"));
            }
            Ok(e)
        }
        .await,
    )
}
