//! Plain routes of the safety pages: the event report with a photo (multipart, works without
//! JavaScript), the guided recordability form (its ticked boxes as name/value pairs), and the
//! OSHA downloads (300 log CSV, the two ITA CSV files).
use axum::Json;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::files::{fail, posted, wants_html};
use super::request::{auth, request_id};
use crate::services::{files, records::osha, records::osha::reports, records::safety};
use crate::state::AppState;
use contract::error::AppError;

/// `POST /safety/report` (multipart): a safety event with an optional photo, on the current site.
pub async fn report(State(state): State<AppState>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let back = "/safety";
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let user = user.ok_or(AppError::Unauthorized)?;
        let site = crate::services::access::current_site_id(&state, &user).await?;
        let photo = match form.photo.take() {
            Some((name, bytes)) => Some(files::Photo::prepare(&name, bytes).await?),
            None => None,
        };
        let asset_id = match form.get("asset_id").trim() {
            "" => None,
            s => Some(s.parse::<i64>().map_err(|_| AppError::validation("asset_id", "Choose an asset."))?),
        };
        let input = safety::EventInput {
            kind: form.get("kind"),
            title: form.get("title"),
            description: form.get("description"),
            area: form.get("area"),
            asset_id,
            asset_tag: form.get("asset_tag"),
            occurred_at: form.get("occurred_at"),
            people_involved: form.get("people_involved"),
            immediate_actions: form.get("immediate_actions"),
            anonymous: !form.get("anonymous").is_empty(),
        };
        let anonymous = input.anonymous;
        let id = safety::report(&state, Some(&user), site, input).await?;
        if let Some(photo) = &photo {
            let actor = if anonymous {
                crate::auth::Actor { user_id: None, label: "anonymous report".into() }
            } else {
                user.actor()
            };
            files::store(&state, &actor, (site, "safety_event", id), photo).await?;
        }
        Ok::<_, AppError>(id)
    }
    .await;
    match result {
        Ok(id) if html => Redirect::to(&format!("{back}?sent={id}")).into_response(),
        Ok(id) => (StatusCode::CREATED, Json(serde_json::json!({"id": id}))).into_response(),
        Err(e) => fail(e, html, back, &rid),
    }
}

/// `POST /osha/cases/{id}/decide` (form): the guided recordability answers.
pub async fn decide(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let back = format!("/osha/cases/{id}");
    let user = req.extensions().get::<super::request::Auth>().and_then(|a| a.0.clone());
    let result = async {
        let user = user.ok_or(AppError::Unauthorized)?;
        let axum::Form(pairs) =
            <axum::Form<Vec<(String, String)>> as axum::extract::FromRequest<AppState>>::from_request(req, &state)
                .await
                .map_err(|e| AppError::BadRequest(e.body_text()))?;
        osha::decide_case(&state, &user, id, &pairs).await
    }
    .await;
    match result {
        Ok(_) if html => Redirect::to(&format!("{back}#decision")).into_response(),
        Ok(case) => Json(case).into_response(),
        Err(AppError::Validation(f)) if html => {
            let msg = f.0.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("; ");
            Redirect::to(&format!("{back}?error={}#decision", domain::url::query_value(&msg))).into_response()
        }
        Err(e) => fail(e, html, &back, &rid),
    }
}

#[derive(Debug, Deserialize)]
pub struct YearQuery {
    pub year: Option<i32>,
    /// The printed form's language (`en`, `es`) for the 300 log; else the reader's.
    pub form: Option<String>,
}

pub(crate) fn csv_response(body: String, file: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Which OSHA file to download.
#[derive(Debug, Clone, Copy)]
pub enum OshaFile {
    Log300,
    ItaSummary,
    ItaCases,
}

async fn download(state: AppState, req: Request, q: YearQuery, which: OshaFile) -> Response {
    use chrono::Datelike;
    let rid = request_id(req.headers());
    let (parts, _) = req.into_parts();
    let lang = parts.extensions.get::<i18n::Lang>().copied().unwrap_or_default();
    // the 300 log is for people: its columns as OSHA's form words them, in English or Spanish
    let form = domain::osha::forms::FormLanguage::chosen(q.form.as_deref(), lang.code());
    let year = q.year;
    let Some(user) = auth(&parts).cloned() else { return StatusCode::UNAUTHORIZED.into_response() };
    let year = year.unwrap_or_else(|| state.today().year());
    let result = async {
        let site = crate::services::access::current_site_id(&state, &user).await?;
        let code = crate::repo::sites::by_id(&state.db, site).await?.map(|s| s.code).unwrap_or_default();
        let (body, name) = match which {
            OshaFile::Log300 => (reports::log_csv(&state, &user, site, year, form).await?, "osha-300"),
            OshaFile::ItaSummary => (reports::ita_summary_csv(&state, &user, site, year).await?, "ita-300a"),
            OshaFile::ItaCases => (reports::ita_cases_csv(&state, &user, site, year).await?, "ita-cases"),
        };
        Ok::<_, AppError>((body, format!("{name}-{code}-{year}.csv")))
    }
    .await;
    match result {
        Ok((body, file)) => csv_response(body, &file),
        // the JSON error with every failing field named (a 422 lists the ITA problems)
        Err(e) => fail(e, false, "", &rid),
    }
}

/// `GET /osha/300.csv?year=`: the 300 log of the current site.
pub async fn log_csv(State(state): State<AppState>, Query(q): Query<YearQuery>, req: Request) -> Response {
    download(state, req, q, OshaFile::Log300).await
}

/// `GET /osha/ita-300a.csv?year=`: the ITA summary file, or 422 naming each failing field.
pub async fn ita_summary(State(state): State<AppState>, Query(q): Query<YearQuery>, req: Request) -> Response {
    download(state, req, q, OshaFile::ItaSummary).await
}

/// `GET /osha/ita-cases.csv?year=`: the ITA case data file, or 422 naming each failing field.
pub async fn ita_cases(State(state): State<AppState>, Query(q): Query<YearQuery>, req: Request) -> Response {
    download(state, req, q, OshaFile::ItaCases).await
}

/// `POST /inspections/{id}/photo` (multipart: `photo`, optional `item_index`): a photo taken
/// during an audit; a plain form post comes back to the item.
pub async fn inspection_photo(State(state): State<AppState>, Path(id): Path<i64>, req: Request) -> Response {
    let html = wants_html(req.headers());
    let rid = request_id(req.headers());
    let result = async {
        let (user, mut form) = posted(&state, req).await?;
        let user = user.ok_or(AppError::Unauthorized)?;
        let item = match form.get("item_index").trim() {
            "" => None,
            s => Some(s.parse::<i32>().map_err(|_| AppError::validation("item_index", "No such item."))?),
        };
        let (name, bytes) = form.photo.take().ok_or_else(|| AppError::validation("photo", "Choose a photo."))?;
        let photo = files::Photo::prepare(&name, bytes).await?;
        let att = crate::services::records::inspections::add_photo(&state, &user, id, item, &photo).await?;
        Ok::<_, AppError>((att, item))
    }
    .await;
    let back = format!("/inspections/{id}");
    match result {
        Ok((_, item)) if html => {
            Redirect::to(&format!("{back}#item-{}", item.map(|i| i + 1).unwrap_or(0))).into_response()
        }
        Ok((att, _)) => (StatusCode::CREATED, Json(serde_json::json!({"id": att}))).into_response(),
        Err(e) => fail(e, html, &back, &rid),
    }
}
