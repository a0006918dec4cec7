//! The installable app: the web app manifest (its start page follows the signed-in person's
//! leading role) and the service worker, served at `/sw.js` so it may answer for the whole origin.
use axum::Extension;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};
use serde_json::json;

use super::request::Auth;
use crate::state::AppState;
use domain::authz::{Role, leading_role, start_page};

pub const THEME: &str = "#1f3a5f";

pub async fn manifest(State(state): State<AppState>, auth: Option<Extension<Auth>>) -> Response {
    let today = state.today();
    let role = auth.and_then(|Extension(Auth(user))| user).and_then(|u| {
        let held: Vec<Role> = u
            .grants
            .iter()
            .filter(|g| g.active_on(today) && u.current_site_id.is_none_or(|s| g.covers(s)))
            .map(|g| g.role)
            .collect();
        leading_role(&held)
    });
    let pkg = format!("{}/pkg", super::assets::prefix());
    let body = json!({
        "name": "Gemba maintenance and safety",
        "short_name": "Gemba",
        "description": "Work orders, rounds, inspections and safety reports, also without a connection.",
        "id": "/",
        "start_url": start_page(role),
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "background_color": "#ffffff",
        "theme_color": THEME,
        "icons": [
            {"src": format!("{pkg}/icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": format!("{pkg}/icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": format!("{pkg}/maskable-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
        ],
    });
    let mut res = body.to_string().into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/manifest+json"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    res
}

/// The service worker of this release (`app/src/ui/sw.js`, copied into the bundle by `make site`).
pub async fn service_worker(State(state): State<AppState>) -> Response {
    match tokio::fs::read(state.config.site_dir.join("pkg").join("sw.js")).await {
        Ok(bytes) => {
            let mut res = bytes.into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
            // the browser checks for a new worker on every visit
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            res
        }
        Err(_) => (StatusCode::NOT_FOUND, "The service worker is not built (make site).").into_response(),
    }
}
