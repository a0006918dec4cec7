//! Errors as JSON: `{"error": code, "message": text, "fields": {name: message}}` with the status
//! that fits (400/401/403/404/409/422/429/500/503). Internal causes are logged with the request
//! id, which the body carries instead of the cause.
use axum::Json;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::collections::BTreeMap;

use crate::web::request::request_id;
use contract::error::AppError;

#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Machine-readable code: unauthorized, forbidden, not_found, validation, conflict, too_many_requests, bad_request, internal...
    pub error: String,
    pub message: String,
    /// Field name -> message, for validation errors.
    pub fields: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// Renders an `AppError` left in the response extensions into the JSON body.
pub async fn render(req: Request, next: Next) -> Response {
    let rid = request_id(req.headers());
    let mut res = next.run(req).await;
    let Some(err) = res.extensions_mut().remove::<AppError>() else { return res };
    let status = res.status();
    let mut body =
        ErrorBody { error: err.code().into(), message: err.to_string(), fields: BTreeMap::new(), request_id: None };
    match &err {
        AppError::Validation(f) => body.fields = f.0.clone(),
        AppError::Internal { cause, .. } => {
            tracing::error!(request_id = %rid, cause = cause.as_deref().unwrap_or("-"), "internal error");
            body.message = format!("Something went wrong on our side. Request id: {rid}");
            body.request_id = Some(rid);
        }
        _ => {}
    }
    let mut out = (status, Json(body)).into_response();
    if let AppError::TooManyRequests { retry_after_secs } = err
        && let Ok(v) = retry_after_secs.to_string().parse()
    {
        out.headers_mut().insert(http::header::RETRY_AFTER, v);
    }
    out
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}
