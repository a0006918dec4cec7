//! TPM: CIL standards, rounds, abnormality tags.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::maintenance::{CilPointDto, RoundItem, TagBoardDto, TagDto};
use contract::error::AppError;

/// Today's CIL round on the current site (optionally under one asset, e.g. a line).
#[server(prefix = "/sfn", endpoint = "todays_round", input = GetUrl)]
pub async fn todays_round(
    under: Option<i64>,
    tomorrow: Option<bool>,
) -> Result<(chrono::NaiveDate, Vec<RoundItem>), AppError> {
    use crate::api::ctx;
    use backend::services::records::tpm;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            tpm::round_on(&state, &user, site, under, u8::from(tomorrow.unwrap_or(false))).await
        }
        .await,
    )
}

/// One tap: the point is OK.
#[server(prefix = "/sfn", endpoint = "cil_ok")]
pub async fn cil_ok(point_id: i64) -> Result<(), AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            backend::services::workflows::check_cil_point::check(&ctx::state()?, &ctx::user()?, point_id, true, None)
                .await
                .map(|_| ())
        }
        .await,
    )
}

/// Not OK: a note (and a reading), and an F-tag or an M-tag of a category.
#[server(prefix = "/sfn", endpoint = "cil_not_ok")]
pub async fn cil_not_ok(
    point_id: i64,
    note: String,
    kind: String,
    category: String,
    reading: Option<String>,
    priority: Option<String>,
    am_step: Option<String>,
) -> Result<Option<i64>, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let n = backend::services::workflows::check_cil_point::NotOk {
                note,
                reading: reading.unwrap_or_default(),
                kind,
                category,
                priority: priority.unwrap_or_default(),
                am_step: am_step.unwrap_or_default(),
            };
            backend::services::workflows::check_cil_point::check(
                &ctx::state()?,
                &ctx::user()?,
                point_id,
                false,
                Some(n),
            )
            .await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "create_cil_point")]
pub async fn create_cil_point(
    asset_id: i64,
    title: String,
    method: String,
    acceptance: String,
    minutes: String,
    frequency: String,
    tool: Option<String>,
    role: Option<String>,
) -> Result<CilPointDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::tpm;
    ctx::finish(
        async {
            let input = tpm::PointInput {
                asset_id,
                title,
                method,
                acceptance,
                tool: tool.unwrap_or_default(),
                minutes,
                frequency,
                role: role.unwrap_or_default(),
            };
            tpm::create_point(&ctx::state()?, &ctx::user()?, input).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "tag_board", input = GetUrl)]
pub async fn tag_board() -> Result<TagBoardDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::tpm;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            tpm::board(&state, &user, site).await
        }
        .await,
    )
}

/// Refines an open tag: its autonomous-maintenance step (blank or 1-7) and priority.
#[server(prefix = "/sfn", endpoint = "update_tag")]
pub async fn update_tag(tag_id: i64, am_step: String, priority: String) -> Result<TagDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::tpm;
    ctx::finish(async { tpm::update_tag(&ctx::state()?, &ctx::user()?, tag_id, &am_step, &priority).await }.await)
}

#[server(prefix = "/sfn", endpoint = "close_tag")]
pub async fn close_tag(tag_id: i64, countermeasure: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::tpm;
    ctx::finish(async { tpm::close_tag(&ctx::state()?, &ctx::user()?, tag_id, &countermeasure).await }.await)
}
