//! Production counts for OEE: shifts, stops recorded afterwards, ideal cycle times, stop reasons.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::maintenance::{
    CycleTimeDto, DowntimeDto, DowntimeReasonDto, ImportReport, ProductionPage, ProductionRecordDto,
};
use contract::error::AppError;

/// The current site's production page.
#[server(prefix = "/sfn", endpoint = "production_records", input = GetUrl)]
pub async fn production_records(page: Option<i64>, saved: Option<i64>) -> Result<ProductionPage, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            production::page(&state, &user, site, page.unwrap_or(1), saved).await
        }
        .await,
    )
}

/// Records one asset's shift.
#[server(prefix = "/sfn", endpoint = "record_production")]
pub async fn record_production(
    asset_id: i64,
    date: String,
    start: String,
    end: String,
    planned_minutes: Option<String>,
    total: String,
    rejects: Option<String>,
    startup_rejects: Option<String>,
) -> Result<ProductionRecordDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    use domain::oee::ProductionInput;
    ctx::finish(
        async {
            let (planned, rejects, startup) =
                (planned_minutes.unwrap_or_default(), rejects.unwrap_or_default(), startup_rejects.unwrap_or_default());
            let input = ProductionInput {
                date: &date,
                start: &start,
                end: &end,
                planned_minutes: &planned,
                total: &total,
                rejects: &rejects,
                startup_rejects: &startup,
            };
            let r =
                production::record(&ctx::state()?, &ctx::user()?, production::ShiftForm { asset_id, input }).await?;
            // a page load shows what was saved (without the WebAssembly, or in place)
            leptos_axum::redirect(&format!("/production?saved={}#shift", r.id));
            Ok(r)
        }
        .await,
    )
}

/// Records a stop afterwards (from and to as the site's local date and time).
#[server(prefix = "/sfn", endpoint = "record_stop")]
pub async fn record_stop(
    asset_id: i64,
    reason_id: Option<String>,
    from: String,
    to: String,
    note: Option<String>,
) -> Result<DowntimeDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(
        async {
            let reason_id = ctx::optional_id("reason_id", reason_id.as_deref(), "Choose one from the list.")?;
            let note = note.unwrap_or_default();
            let d =
                production::record_stop(&ctx::state()?, &ctx::user()?, asset_id, reason_id, &from, &to, &note).await?;
            leptos_axum::redirect("/production?stopped=1#stop");
            Ok(d)
        }
        .await,
    )
}

/// Imports production counts from CSV text into the current site; all or nothing.
#[server(prefix = "/sfn", endpoint = "import_production")]
pub async fn import_production(csv: String) -> Result<ImportReport, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            production::import_csv(&state, &user, site, &csv).await
        }
        .await,
    )
}

/// An asset's ideal cycle time history, newest first.
#[server(prefix = "/sfn", endpoint = "cycle_times", input = GetUrl)]
pub async fn cycle_times(asset_id: i64) -> Result<Vec<CycleTimeDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(async { production::cycle_history(&ctx::state()?, &ctx::user()?, asset_id).await }.await)
}

/// Sets an asset's ideal cycle time (seconds per unit) from a date on (blank: now).
#[server(prefix = "/sfn", endpoint = "set_cycle_time")]
pub async fn set_cycle_time(asset_id: i64, seconds: String, from: Option<String>) -> Result<CycleTimeDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(
        async {
            let from = from.unwrap_or_default();
            production::set_cycle_time(&ctx::state()?, &ctx::user()?, asset_id, &seconds, &from).await
        }
        .await,
    )
}

/// Adds a stop reason to the current site's list.
#[server(prefix = "/sfn", endpoint = "add_downtime_reason")]
pub async fn add_downtime_reason(code: String, name: String, kind: String) -> Result<DowntimeReasonDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            production::add_reason(&state, &user, site, &code, &name, &kind).await
        }
        .await,
    )
}

/// Switches a stop reason off (no longer offered) or on again.
#[server(prefix = "/sfn", endpoint = "set_downtime_reason_active")]
pub async fn set_downtime_reason_active(reason_id: i64, active: bool) -> Result<DowntimeReasonDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::production;
    ctx::finish(async { production::set_reason_active(&ctx::state()?, &ctx::user()?, reason_id, active).await }.await)
}
