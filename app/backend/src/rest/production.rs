//! Production counts and OEE: shifts, stops recorded afterwards, ideal cycle times, stop reasons
//! and the maintenance KPIs (OEE included).
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::extract::{ApiJson, ApiPath, ApiQuery, ApiUser};
use crate::services::records::{kpi, production};
use crate::state::AppState;
use contract::dto::maintenance::*;
use contract::error::AppError;
use domain::oee::ProductionInput;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PeriodQuery {
    pub site_id: i64,
    /// First day (site calendar, YYYY-MM-DD); default: the first of this month
    pub from: Option<NaiveDate>,
    /// Last day, included; default: today
    pub to: Option<NaiveDate>,
    /// Only this asset's records
    pub asset_id: Option<i64>,
}

fn period(state: &AppState, q: &PeriodQuery) -> (NaiveDate, NaiveDate) {
    let today = state.today();
    (q.from.unwrap_or(today.with_day(1).unwrap_or(today)), q.to.unwrap_or(today))
}

/// The maintenance KPIs of a site over a period: PM compliance, backlog, reliability and OEE.
#[utoipa::path(get, path = "/kpi", tag = "maintenance", params(PeriodQuery),
    responses((status = 200, body = KpiDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn kpis(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<PeriodQuery>,
) -> Result<Json<KpiDto>, AppError> {
    let (from, to) = period(&state, &q);
    Ok(Json(kpi::dashboard(&state, &user, q.site_id, from, to).await?))
}

/// Production records whose shift started in the period, with their factors.
#[utoipa::path(get, path = "/production", tag = "maintenance", params(PeriodQuery),
    responses((status = 200, body = Vec<ProductionRecordDto>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<PeriodQuery>,
) -> Result<Json<Vec<ProductionRecordDto>>, AppError> {
    let (from, to) = period(&state, &q);
    Ok(Json(production::list(&state, &user, q.site_id, q.asset_id, from, to).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ShiftBody {
    pub asset_id: i64,
    /// The day the shift starts (site calendar)
    pub date: NaiveDate,
    /// HH:MM, site time
    pub start: String,
    /// HH:MM; at or before the start: the next day
    pub end: String,
    /// Planned production time; default: the whole shift
    pub planned_minutes: Option<f64>,
    pub total: u64,
    #[serde(default)]
    pub rejects: u64,
    /// Part of the rejects made at start-up
    #[serde(default)]
    pub startup_rejects: u64,
}

/// Records one asset's shift: counts, planned time; the ideal cycle time is the asset's then.
#[utoipa::path(post, path = "/production", tag = "maintenance", request_body = ShiftBody,
    responses((status = 201, body = ProductionRecordDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn record(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<ShiftBody>,
) -> Result<(StatusCode, Json<ProductionRecordDto>), AppError> {
    let (date, planned) = (b.date.to_string(), b.planned_minutes.map(|p| p.to_string()).unwrap_or_default());
    let (total, rejects, startup) = (b.total.to_string(), b.rejects.to_string(), b.startup_rejects.to_string());
    let input = ProductionInput {
        date: &date,
        start: &b.start,
        end: &b.end,
        planned_minutes: &planned,
        total: &total,
        rejects: &rejects,
        startup_rejects: &startup,
    };
    let r = production::record(&state, &user, production::ShiftForm { asset_id: b.asset_id, input }).await?;
    Ok((StatusCode::CREATED, Json(r)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProductionImportBody {
    pub site_id: i64,
    /// CSV with the header asset_tag,date,start,end,planned_minutes,total,rejects,startup_rejects
    pub csv: String,
}

/// Imports production counts from CSV: all rows or none, every bad cell named.
#[utoipa::path(post, path = "/production/import", tag = "maintenance", request_body = ProductionImportBody,
    responses((status = 200, body = ImportReport), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn import(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<ProductionImportBody>,
) -> Result<Json<ImportReport>, AppError> {
    Ok(Json(production::import_csv(&state, &user, b.site_id, &b.csv).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct StopBody {
    pub asset_id: i64,
    /// From the site's list (`GET /downtime-reasons`)
    pub reason_id: i64,
    /// Site-local date and time, `2026-12-05T08:10`
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub note: String,
}

/// Records a stop that has ended (an asset down, with its reason), for OEE.
#[utoipa::path(post, path = "/downtime", tag = "maintenance", request_body = StopBody,
    responses((status = 201, body = DowntimeDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn record_stop(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<StopBody>,
) -> Result<(StatusCode, Json<DowntimeDto>), AppError> {
    let d = production::record_stop(&state, &user, b.asset_id, Some(b.reason_id), &b.from, &b.to, &b.note).await?;
    Ok((StatusCode::CREATED, Json(d)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SiteQuery {
    pub site_id: i64,
}

/// A site's stop reasons.
#[utoipa::path(get, path = "/downtime-reasons", tag = "maintenance", params(SiteQuery),
    responses((status = 200, body = Vec<DowntimeReasonDto>), (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn reasons(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<DowntimeReasonDto>>, AppError> {
    Ok(Json(production::reasons(&state, &user, q.site_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ReasonBody {
    pub site_id: i64,
    pub code: String,
    pub name: String,
    /// unplanned, planned or not_scheduled
    pub kind: String,
}

/// Adds a stop reason to a site's list.
#[utoipa::path(post, path = "/downtime-reasons", tag = "maintenance", request_body = ReasonBody,
    responses((status = 201, body = DowntimeReasonDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn add_reason(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<ReasonBody>,
) -> Result<(StatusCode, Json<DowntimeReasonDto>), AppError> {
    let r = production::add_reason(&state, &user, b.site_id, &b.code, &b.name, &b.kind).await?;
    Ok((StatusCode::CREATED, Json(r)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ReasonActiveBody {
    pub active: bool,
}

/// Switches a stop reason off (no longer offered; past stops keep it) or on again.
#[utoipa::path(put, path = "/downtime-reasons/{id}/active", tag = "maintenance", params(("id" = i64, Path, description = "Reason id")), request_body = ReasonActiveBody,
    responses((status = 200, body = DowntimeReasonDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn set_reason_active(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ReasonActiveBody>,
) -> Result<Json<DowntimeReasonDto>, AppError> {
    Ok(Json(production::set_reason_active(&state, &user, id, b.active).await?))
}

/// An asset's ideal cycle times, newest first.
#[utoipa::path(get, path = "/assets/{id}/cycle-times", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")),
    responses((status = 200, body = Vec<CycleTimeDto>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn cycle_times(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<CycleTimeDto>>, AppError> {
    Ok(Json(production::cycle_history(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CycleBody {
    /// Seconds per unit at the ideal rate
    pub seconds: f64,
    /// From this site-local date on; default: now
    pub from: Option<NaiveDate>,
}

/// Sets an asset's ideal cycle time from a date on; earlier shifts keep theirs.
#[utoipa::path(post, path = "/assets/{id}/cycle-times", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")), request_body = CycleBody,
    responses((status = 201, body = CycleTimeDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn set_cycle_time(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CycleBody>,
) -> Result<(StatusCode, Json<CycleTimeDto>), AppError> {
    let from = b.from.map(|d| d.to_string()).unwrap_or_default();
    let c = production::set_cycle_time(&state, &user, id, &b.seconds.to_string(), &from).await?;
    Ok((StatusCode::CREATED, Json(c)))
}
