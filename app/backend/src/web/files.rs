//! Photo uploads and downloads. Uploads are a plain multipart route with its own byte limit
//! (server functions would bypass it), so they also work from a form without JavaScript.
use axum::Json;
use axum::extract::{Multipart, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::request::{Auth, auth, request_id};
use crate::services::{files, records::attachments, records::work_orders};
use crate::state::AppState;
use contract::error::AppError;

/// The byte limit of the upload route: the file limit plus room for the multipart framing.
pub const ROUTE_LIMIT: usize = files::MAX_BYTES + 64 * 1024;

pub(crate) fn wants_html(h: &HeaderMap) -> bool {
    h.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"))
}

/// A refused upload. A browser form goes back to its page (`back`) with the error in the
/// answer's body, where `kept_input` finds it: the form comes back with what was typed and each
/// field's message; an error that belongs to no field is also shown at the top (`upload_error`).
pub(crate) fn fail(e: AppError, html: bool, back: &str, rid: &str) -> Response {
    if html {
        let to = match &e {
            AppError::Validation(_) => back.to_string(),
            AppError::Internal { .. } => {
                format!(
                    "{back}?upload_error={}",
                    domain::url::query_value(&format!("Upload failed (request id {rid})."))
                )
            }
            other => format!("{back}?upload_error={}", domain::url::query_value(&other.to_string())),
        };
        let mut res = Redirect::to(&to).into_response();
        *res.body_mut() = axum::body::Body::from(serde_json::to_vec(&e).unwrap_or_default());
        return res;
    }
    if let AppError::Internal { cause, .. } = &e {
        tracing::error!(request_id = %rid, cause = cause.as_deref().unwrap_or("-"), "request failed");
    }
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let fields = match &e {
        AppError::Validation(f) => serde_json::to_value(&f.0).unwrap_or_default(),
        _ => serde_json::Value::Null,
    };
    (status, Json(serde_json::json!({"error": e.code(), "message": e.to_string(), "fields": fields}))).into_response()
}

/// `POST /files/work-order/{id}` (multipart: `photo`, optional `step_id` to answer a photo step).
pub async fn upload_to_work_order(State(state): State<AppState>, Path(wo_id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let back = format!("/work-orders/{wo_id}");
    let user = req.extensions().get::<Auth>().and_then(|a| a.0.clone());
    let Some(user) = user else { return fail(AppError::Unauthorized, html, "/login", &rid) };
    let multipart = match <Multipart as axum::extract::FromRequest<AppState>>::from_request(req, &state).await {
        Ok(m) => m,
        Err(e) => return fail(AppError::BadRequest(e.body_text()), html, &back, &rid),
    };
    match receive(&state, &user, wo_id, multipart).await {
        Ok(id) if html => Redirect::to(&format!("{back}?uploaded={id}")).into_response(),
        Ok(id) => Json(serde_json::json!({"id": id, "url": format!("/files/{id}")})).into_response(),
        Err(e) => fail(e, html, &back, &rid),
    }
}

async fn receive(
    state: &AppState,
    user: &crate::auth::CurrentUser,
    wo_id: i64,
    mp: Multipart,
) -> Result<i64, AppError> {
    let mut form = read_form(mp).await?;
    let step_id: Option<i64> = form.get("step_id").trim().parse().ok();
    let (name, bytes) = form.photo.take().ok_or_else(|| AppError::validation("photo", "Choose a photo."))?;
    let photo = files::Photo::prepare(&name, bytes).await?;
    let saved = attachments::add_to_work_order(state, user, wo_id, &photo).await?;
    if let Some(step) = step_id {
        crate::services::workflows::answer_step::answer_step(state, user, wo_id, step, &saved.id.to_string(), "", "")
            .await?;
    }
    Ok(saved.id)
}

/// `GET /files/{id}`: the file, to people who may see its record, with a locked-down CSP.
pub async fn download(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    serve(state, id, req, files::Rendition::Original).await
}

/// `GET /files/{id}/thumb`: its small JPEG, what lists show.
pub async fn thumbnail(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    serve(state, id, req, files::Rendition::Thumbnail).await
}

async fn serve(state: AppState, id: i64, req: Request, rendition: files::Rendition) -> Response {
    let rid = request_id(req.headers());
    let (parts, _) = req.into_parts();
    let Some(user) = auth(&parts).cloned() else { return StatusCode::UNAUTHORIZED.into_response() };
    match attachments::read(&state, &user, id, rendition).await {
        Ok((a, bytes)) => {
            let mut res = bytes.into_response();
            let h = res.headers_mut();
            let set = |h: &mut HeaderMap, k: header::HeaderName, v: &str| {
                if let Ok(v) = HeaderValue::from_str(v) {
                    h.insert(k, v);
                }
            };
            set(h, header::CONTENT_TYPE, &a.content_type);
            let disposition = if a.content_type.starts_with("image/") { "inline" } else { "attachment" };
            set(h, header::CONTENT_DISPOSITION, &format!("{disposition}; filename=\"{}\"", a.original_name));
            set(h, header::CACHE_CONTROL, "private, max-age=86400");
            // tells the security middleware to send the locked-down CSP for a file
            set(h, header::HeaderName::from_static("x-gemba-file"), "1");
            res
        }
        Err(e) => {
            if let AppError::Internal { cause, .. } = &e {
                tracing::error!(request_id = %rid, cause = cause.as_deref().unwrap_or("-"), "file read failed");
            }
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR).into_response()
        }
    }
}

/// `GET /assets/export.csv`: the current site's assets as CSV.
pub async fn export_assets(State(state): State<AppState>, req: Request) -> Response {
    let rid = request_id(req.headers());
    let (parts, _) = req.into_parts();
    let Some(user) = auth(&parts).cloned() else { return StatusCode::UNAUTHORIZED.into_response() };
    let result = async {
        let site = crate::services::access::current_site_id(&state, &user).await?;
        let code = crate::repo::sites::by_id(&state.db, site).await?.map(|s| s.code).unwrap_or_default();
        Ok::<_, AppError>((code, crate::services::records::assets::export_csv(&state, &user, site).await?))
    }
    .await;
    match result {
        Ok((code, csv)) => {
            let mut res = csv.into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
            if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"assets-{code}.csv\"")) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            res
        }
        Err(e) => {
            if let AppError::Internal { cause, .. } = &e {
                tracing::error!(request_id = %rid, cause = cause.as_deref().unwrap_or("-"), "export failed");
            }
            StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR).into_response()
        }
    }
}

/// A multipart form's text fields and its `photo` file, if one was chosen.
pub struct PostedForm {
    pub fields: std::collections::HashMap<String, String>,
    pub photo: Option<(String, Vec<u8>)>,
}

impl PostedForm {
    pub fn get(&self, k: &str) -> String {
        self.fields.get(k).cloned().unwrap_or_default()
    }
}

async fn read_form(mut mp: Multipart) -> Result<PostedForm, AppError> {
    let mut form = PostedForm { fields: Default::default(), photo: None };
    while let Some(mut field) = mp.next_field().await.map_err(|e| AppError::BadRequest(e.body_text()))? {
        let Some(name) = field.name().map(str::to_string) else { continue };
        if name == "photo" || name == "file" {
            let file_name = field.file_name().unwrap_or("").to_string();
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|e| AppError::BadRequest(e.body_text()))? {
                if bytes.len() + chunk.len() > files::MAX_BYTES {
                    return Err(AppError::validation("photo", files::UploadError::TooLarge.to_string()));
                }
                bytes.extend_from_slice(&chunk);
            }
            // an empty file input still sends a part, without a name or bytes
            if !(file_name.is_empty() && bytes.is_empty()) {
                form.photo = Some((file_name, bytes));
            }
        } else if form.fields.len() < 50 {
            let text = field.text().await.map_err(|e| AppError::BadRequest(e.body_text()))?;
            form.fields.insert(name, text);
        }
    }
    Ok(form)
}

pub(crate) async fn posted(
    state: &AppState,
    req: Request,
) -> Result<(Option<crate::auth::CurrentUser>, PostedForm), AppError> {
    let user = req.extensions().get::<Auth>().and_then(|a| a.0.clone());
    let mp = <Multipart as axum::extract::FromRequest<AppState>>::from_request(req, state)
        .await
        .map_err(|e| AppError::BadRequest(e.body_text()))?;
    Ok((user, read_form(mp).await?))
}

/// `POST /report/{asset_id}/send` (multipart): a problem report with an optional photo, signed in or,
/// where the site allows it, anonymous.
pub async fn report_problem(State(state): State<AppState>, Path(asset_id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let back = format!("/report/{asset_id}");
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let photo = match form.photo.take() {
            Some((name, bytes)) => Some(files::Photo::prepare(&name, bytes).await?),
            None => None,
        };
        let wo_id = work_orders::report_problem(
            &state,
            user.as_ref(),
            asset_id,
            &form.get("title"),
            &form.get("description"),
            &form.get("reporter_name"),
        )
        .await?;
        if let Some(photo) = &photo {
            let wo = crate::repo::work_orders::by_id(&state.db, wo_id).await?.ok_or(AppError::NotFound)?;
            let actor = match &user {
                Some(u) => u.actor(),
                None => crate::auth::Actor { user_id: None, label: format!("anonymous: {}", wo.reporter_name) },
            };
            files::store(&state, &actor, (wo.site_id, "work_order", wo.id), photo).await?;
        }
        Ok::<_, AppError>(wo_id)
    }
    .await;
    match result {
        Ok(id) if html => Redirect::to(&format!("{back}?sent={id}")).into_response(),
        Ok(id) => Json(serde_json::json!({"id": id})).into_response(),
        Err(e) => fail(e, html, &back, &rid),
    }
}

/// `POST /rounds/not-ok` (multipart): a point found not OK, with a note, an optional reading and
/// photo, raising an F- or M-tag.
pub async fn cil_not_ok(State(state): State<AppState>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let user = user.ok_or(AppError::Unauthorized)?;
        let point: i64 = form.get("point_id").trim().parse().map_err(|_| AppError::BadRequest("point_id".into()))?;
        let photo = match form.photo.take() {
            Some((name, bytes)) => Some(files::Photo::prepare(&name, bytes).await?),
            None => None,
        };
        let not_ok = crate::services::workflows::check_cil_point::NotOk {
            note: form.get("note"),
            reading: form.get("reading"),
            kind: form.get("kind"),
            category: form.get("category"),
            priority: form.get("priority"),
            am_step: form.get("am_step"),
        };
        let tag = crate::services::workflows::check_cil_point::check(&state, &user, point, false, Some(not_ok)).await?;
        if let (Some(tag_id), Some(photo)) = (tag, &photo) {
            let site = crate::services::records::tpm::tag_site(&state, tag_id).await?;
            files::store(&state, &user.actor(), (site, "tag", tag_id), photo).await?;
        }
        Ok::<_, AppError>((point, tag))
    }
    .await;
    match result {
        Ok((point, _)) if html => Redirect::to(&format!("/rounds#point-{point}")).into_response(),
        Ok((_, tag)) => Json(serde_json::json!({"tag": tag})).into_response(),
        Err(e) => fail(e, html, "/rounds", &rid),
    }
}
