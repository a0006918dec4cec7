//! Security headers on every response, with a fresh CSP nonce per request that the Leptos shell
//! puts on its scripts (`leptos::nonce`).
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{HeaderName, HeaderValue};

use super::request::CspNonce;
use crate::state::AppState;
use crate::token::random_hex;

pub fn csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

pub async fn headers(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let nonce = random_hex(16);
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let path = req.uri().path().to_string();
    let has_body = req.headers().get(http::header::CONTENT_LENGTH).is_some_and(|v| v.as_bytes() != b"0")
        || req.headers().contains_key(http::header::TRANSFER_ENCODING);
    let mut res = next.run(req).await;
    // refused before its body was read (not signed in, forbidden, too large): the connection ends
    // with this answer, so the unread body is never taken for the next request on it
    let refused_early = has_body && matches!(res.status().as_u16(), 401 | 403 | 413);
    let ok = res.status().is_success();
    let h = res.headers_mut();
    if !h.contains_key(http::header::CACHE_CONTROL) {
        let html = h.get(http::header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
        if let Some(policy) = super::assets::cache_control(&path, html, ok) {
            h.insert(http::header::CACHE_CONTROL, HeaderValue::from_static(policy));
        }
    }
    let set = |h: &mut http::HeaderMap, name: &'static str, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            h.insert(HeaderName::from_static(name), v);
        }
    };
    // a served file (photo) gets a policy that runs nothing at all
    let file = h.remove("x-gemba-file").is_some();
    let policy = if file { "default-src 'none'; img-src 'self'; sandbox".to_string() } else { csp(&nonce) };
    set(h, "content-security-policy", &policy);
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "same-origin");
    set(h, "x-frame-options", "DENY");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(h, "permissions-policy", "geolocation=(), microphone=(), camera=(self)");
    if state.config.https() {
        set(h, "strict-transport-security", "max-age=31536000; includeSubDomains");
    }
    if refused_early {
        h.insert(http::header::CONNECTION, HeaderValue::from_static("close"));
    }
    res
}
