//! The audit trail.
use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;

use super::error::ErrorBody;
use super::extract::{ApiPath, ApiQuery, ApiUser};
use crate::services::audit;
use crate::state::AppState;
use contract::dto::{AuditEventDto, AuditPage};
use contract::error::AppError;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    pub site_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    /// user, grant, site, api_token, ...
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    /// First day (UTC), inclusive.
    pub from: Option<NaiveDate>,
    /// Last day (UTC), inclusive.
    pub until: Option<NaiveDate>,
    /// Cursor: events older than this sequence number (from `next_before`).
    pub before: Option<i64>,
    /// Page size, 1 to 200 (default 50).
    pub limit: Option<i64>,
}

/// Audit events, newest first, with cursor pagination.
#[utoipa::path(get, path = "/audit-events", tag = "audit", params(AuditQuery),
    responses((status = 200, body = AuditPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<AuditPage>, AppError> {
    let query = audit::Query {
        site_id: q.site_id,
        actor_user_id: q.actor_user_id,
        entity_type: q.entity_type,
        entity_id: q.entity_id,
        from: q.from,
        until: q.until,
        before_seq: q.before,
        limit: q.limit,
    };
    Ok(Json(audit::list_for(&state, &user, query).await?))
}

/// One audit event by sequence number.
#[utoipa::path(get, path = "/audit-events/{seq}", tag = "audit",
    params(("seq" = i64, Path, description = "Sequence number")),
    responses((status = 200, body = AuditEventDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(seq): ApiPath<i64>,
) -> Result<Json<AuditEventDto>, AppError> {
    Ok(Json(audit::get_for(&state, &user, seq).await?))
}
