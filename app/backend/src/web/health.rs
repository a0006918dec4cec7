//! `/healthz`: the process answers. `/readyz`: the database answers and is fully migrated.
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::db::pending_migrations;
use crate::state::AppState;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    if let Err(e) = state.db.execute_unprepared("SELECT 1").await {
        tracing::warn!(error = %e, "readiness: database unreachable");
        return (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"ready": false, "database": "unreachable"})));
    }
    match pending_migrations(&state.db).await {
        Ok(p) if p.is_empty() => (StatusCode::OK, Json(json!({"ready": true}))),
        Ok(p) => (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"ready": false, "pending_migrations": p}))),
        Err(e) => {
            tracing::warn!(error = %e, "readiness: cannot read migrations");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"ready": false, "database": "error"})))
        }
    }
}
