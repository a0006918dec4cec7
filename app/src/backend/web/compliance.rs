//! Compliance routes that are not server functions: uploading an evidence file (multipart).
use axum::Json;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::files::{fail, posted, wants_html};
use super::request::request_id;
use crate::api::error::AppError;
use crate::backend::services::{attachments, evidence};
use crate::backend::state::AppState;

/// `POST /compliance/evidence/{id}/file` (multipart `file`, optional `effective_date`,
/// `valid_until`, `note`): a new revision, kept with its SHA-256.
pub async fn evidence_file(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let user = user.ok_or(AppError::Unauthorized)?;
        let (name, bytes) = form.photo.take().ok_or_else(|| AppError::validation("file", "Choose a file."))?;
        let doc = attachments::Document::prepare(&name, bytes)?;
        let (from, until) = (form.get("effective_date"), form.get("valid_until"));
        evidence::add_file(&state, &user, id, doc, (&from, &until), &form.get("note")).await
    }
    .await;
    let back = format!("/compliance/evidence/{id}");
    match result {
        Ok(_) if html => Redirect::to(&back).into_response(),
        Ok(d) => (StatusCode::CREATED, Json(d)).into_response(),
        Err(e) => fail(e, html, &back, &rid),
    }
}
