//! Compliance routes that are not server functions: uploading an evidence file (multipart).
use axum::Json;
use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::files::{fail, posted, wants_html};
use super::request::{auth, request_id};
use crate::services::{files, records::certifications, records::evidence};
use crate::state::AppState;
use contract::error::AppError;

/// `POST /compliance/evidence/{id}/file` (multipart `file`, optional `effective_date`,
/// `valid_until`, `note`): a new revision, kept with its SHA-256.
pub async fn evidence_file(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let user = user.ok_or(AppError::Unauthorized)?;
        let (name, bytes) = form.photo.take().ok_or_else(|| AppError::validation("file", "Choose a file."))?;
        let doc = files::Document::prepare(&name, bytes)?;
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

#[derive(Debug, serde::Deserialize)]
pub struct MatrixQuery {
    pub role: Option<String>,
    pub cert_type_id: Option<i64>,
    pub status: Option<String>,
}

/// `GET /compliance/matrix.csv?role=&cert_type_id=&status=`: the competency matrix of the current
/// site, filtered like the page.
pub async fn matrix_csv(State(state): State<AppState>, Query(q): Query<MatrixQuery>, req: Request) -> Response {
    let rid = request_id(req.headers());
    let (parts, _) = req.into_parts();
    let Some(user) = auth(&parts).cloned() else { return StatusCode::UNAUTHORIZED.into_response() };
    // a file for people: its headings and words in the reader's language
    let lang = parts.extensions.get::<i18n::Lang>().copied().unwrap_or_default();
    let result = async {
        let site = crate::services::access::current_site_id(&state, &user).await?;
        let code = crate::repo::sites::by_id(&state.db, site).await?.map(|s| s.code).unwrap_or_default();
        let role = q.role.as_deref().filter(|r| !r.is_empty());
        let status = q.status.as_deref().filter(|s| !s.is_empty());
        let m = certifications::matrix(&state, &user, site, (role, q.cert_type_id, status)).await?;
        Ok::<_, AppError>((certifications::matrix_csv(lang, &m)?, format!("competency-{code}-{}.csv", m.on)))
    }
    .await;
    match result {
        Ok((body, file)) => super::osha::csv_response(body, &file),
        Err(e) => fail(e, false, "", &rid),
    }
}

/// `GET /compliance/packs/{id}/download`: a ready audit pack (ZIP), to people who may see its
/// framework on its site; each download is in the audit trail.
pub async fn pack_download(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    use axum::http::{HeaderValue, header};
    let rid = request_id(req.headers());
    let (parts, _) = req.into_parts();
    let Some(user) = auth(&parts).cloned() else { return StatusCode::UNAUTHORIZED.into_response() };
    match crate::services::workflows::audit_packs::download(&state, &user, id).await {
        Ok((name, bytes)) => {
            let mut res = bytes.into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
            if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => fail(e, false, "", &rid),
    }
}

/// `POST /compliance/person-certs/{id}/file` (multipart `file`): the document of a person's
/// certification or training record.
pub async fn person_cert_file(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let user = user.ok_or(AppError::Unauthorized)?;
        let (name, bytes) = form.photo.take().ok_or_else(|| AppError::validation("file", "Choose a file."))?;
        let doc = files::Document::prepare(&name, bytes)?;
        certifications::add_document(&state, &user, id, doc).await
    }
    .await;
    let back = "/compliance/people";
    match result {
        Ok(_) if html => Redirect::to(back).into_response(),
        Ok(d) => (StatusCode::CREATED, Json(d)).into_response(),
        Err(e) => fail(e, html, back, &rid),
    }
}
