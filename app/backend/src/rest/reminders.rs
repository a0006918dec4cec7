//! Reminders in the JSON API: policies per site and item type, the token owner's preferences,
//! an item's pending reminder plan, the inbox, and (administrators) the outbox.
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::extract::{ApiJson, ApiPath, ApiQuery, ApiUser};
use crate::services::records::reminders;
use crate::state::AppState;
use contract::dto::reminders::{InboxPage, ItemPlanDto, OutboxPage, PolicyDto, PreferencesDto};
use contract::error::AppError;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SiteQuery {
    pub site_id: i64,
}

/// Every item type's reminder policy on a site (the default unless changed there).
#[utoipa::path(get, path = "/reminder-policies", tag = "reminders", params(SiteQuery),
    responses((status = 200, body = [PolicyDto]), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_policies(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<PolicyDto>>, AppError> {
    Ok(Json(reminders::policies(&state, &user, q.site_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PolicyBody {
    /// Days before the date on which a reminder goes out (1-365, at most 10; empty: none).
    pub days_before: Vec<u32>,
    /// Every day once overdue (otherwise once, the day after).
    pub daily_overdue: bool,
    /// Escalate to the site's managers from this many days overdue; null: never.
    pub escalate_after_days: Option<u32>,
}

/// Sets how one item type is reminded on a site (site managers and administrators).
#[utoipa::path(put, path = "/reminder-policies/{site_id}/{item_type}", tag = "reminders",
    params(("site_id" = i64, Path, description = "Site id"),
           ("item_type" = String, Path, description = "work_order, pm, cil_round, tag, capa, audit, evidence, certificate, person_cert, osha_recording, osha_300a or osha_ita")),
    request_body = PolicyBody, responses((status = 200, body = PolicyDto)), security(("bearer_auth" = [])))]
pub async fn put_policy(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath((site_id, item_type)): ApiPath<(i64, String)>,
    ApiJson(b): ApiJson<PolicyBody>,
) -> Result<Json<PolicyDto>, AppError> {
    let input = reminders::PolicyInput {
        days_before: b.days_before.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
        daily_overdue: b.daily_overdue,
        escalate_after_days: b.escalate_after_days.map(|d| d.to_string()).unwrap_or_default(),
    };
    Ok(Json(reminders::save_policy(&state, &user, site_id, &item_type, input).await?))
}

/// The token owner's reminder preferences.
#[utoipa::path(get, path = "/me/reminder-preferences", tag = "reminders",
    responses((status = 200, body = PreferencesDto), (status = 401, body = ErrorBody)), security(("bearer_auth" = [])))]
pub async fn get_preferences(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<PreferencesDto>, AppError> {
    Ok(Json(reminders::preferences(&state, &user).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PreferencesBody {
    /// Item types that come by e-mail; the others show only in the inbox. Escalations always come.
    pub email_types: Vec<String>,
    /// Local hour (0-23) from which the day's digest goes out.
    pub digest_hour: i32,
    /// The site whose time zone the hour is in (one of the user's); null: the first.
    pub tz_site_id: Option<i64>,
}

#[utoipa::path(put, path = "/me/reminder-preferences", tag = "reminders", request_body = PreferencesBody,
    responses((status = 200, body = PreferencesDto)), security(("bearer_auth" = [])))]
pub async fn put_preferences(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<PreferencesBody>,
) -> Result<Json<PreferencesDto>, AppError> {
    let input = reminders::PrefsInput {
        email_types: b.email_types,
        digest_hour: b.digest_hour.to_string(),
        tz_site_id: b.tz_site_id,
    };
    Ok(Json(reminders::save_preferences(&state, &user, input).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PlanQuery {
    /// work_order, pm, cil_round, tag, capa, audit, evidence, certificate, person_cert,
    /// osha_recording, osha_300a or osha_ita
    pub item_type: String,
    /// The item's id (a site's id for cil_round, osha_300a and osha_ita).
    pub item_id: i64,
}

/// The reminders still to go out for an item, with their recipients (from today to two weeks
/// past its date); empty once it is completed or renewed.
#[utoipa::path(get, path = "/reminder-plan", tag = "reminders", params(PlanQuery),
    responses((status = 200, body = ItemPlanDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn plan(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<PlanQuery>,
) -> Result<Json<ItemPlanDto>, AppError> {
    Ok(Json(reminders::item_plan(&state, &user, &q.item_type, q.item_id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InboxQuery {
    /// Only reminders not read yet.
    pub unread_only: Option<bool>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Page size, 1 to 100 (default 25).
    pub per_page: Option<i64>,
}

/// The token owner's reminders for open items, newest first.
#[utoipa::path(get, path = "/inbox", tag = "reminders", params(InboxQuery),
    responses((status = 200, body = InboxPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn inbox(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<InboxQuery>,
) -> Result<Json<InboxPage>, AppError> {
    let page =
        reminders::inbox(&state, &user, q.unread_only.unwrap_or(false), q.page.unwrap_or(1), q.per_page.unwrap_or(25));
    Ok(Json(page.await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct UnreadDto {
    pub unread: i64,
}

/// Marks one of the token owner's reminders read.
#[utoipa::path(post, path = "/inbox/{id}/read", tag = "reminders", params(("id" = i64, Path, description = "Reminder id")),
    responses((status = 200, body = UnreadDto)), security(("bearer_auth" = [])))]
pub async fn read(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<UnreadDto>, AppError> {
    Ok(Json(UnreadDto { unread: reminders::mark_read(&state, &user, Some(id)).await? }))
}

/// Marks all of the token owner's reminders read.
#[utoipa::path(post, path = "/inbox/read-all", tag = "reminders", responses((status = 200, body = UnreadDto)),
    security(("bearer_auth" = [])))]
pub async fn read_all(State(state): State<AppState>, ApiUser(user): ApiUser) -> Result<Json<UnreadDto>, AppError> {
    Ok(Json(UnreadDto { unread: reminders::mark_read(&state, &user, None).await? }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OutboxQuery {
    /// pending, sending, sent or failed
    pub state: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Page size, 1 to 100 (default 25).
    pub per_page: Option<i64>,
}

/// Every e-mail, newest first, with the SMTP server's last reply (organisation administrators).
#[utoipa::path(get, path = "/outbox", tag = "reminders", params(OutboxQuery),
    responses((status = 200, body = OutboxPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn outbox(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<OutboxQuery>,
) -> Result<Json<OutboxPage>, AppError> {
    let page = reminders::outbox(&state, &user, q.state.as_deref(), q.page.unwrap_or(1), q.per_page.unwrap_or(25));
    Ok(Json(page.await?))
}

/// Sends a failed message again (organisation administrators).
#[utoipa::path(post, path = "/outbox/{id}/retry", tag = "reminders", params(("id" = i64, Path, description = "Message id")),
    responses((status = 204)), security(("bearer_auth" = [])))]
pub async fn retry(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, AppError> {
    reminders::retry(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
