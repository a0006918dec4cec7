//! Resolves the signed-in user once per request (session cookie for pages and server functions,
//! `Authorization: Bearer` token for the JSON API) and sends anonymous page visits to sign-in.
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::Method;

use super::request::{Auth, ClientIp, client_ip, request_id};
use crate::auth::cookie;
use crate::services::records::auth as auth_service;
use crate::state::AppState;
use contract::error::AppError;
use domain::authz::{Needs, page};
use i18n::{Lang, t};

/// Paths served to anyone: sign-in, assets, health checks, the API (which answers 401 itself)
/// and server functions (which check the user themselves).
fn public(path: &str) -> bool {
    // sign-in, QR labels and problem reports (which decide for themselves: the site may allow
    // anonymous reports): the pages the page table opens to anyone
    matches!(page(path), Some((_, Needs::Nobody)))
        || path.starts_with("/pkg/")
        || path.starts_with("/v/")
        // the List-Unsubscribe link of a reminder digest: its token is the credential
        || path.starts_with("/unsubscribe/")
        // files answer 401 themselves (an image request has no use for a sign-in page)
        || path.starts_with("/files/")
        || path.starts_with("/sfn/")
        || path.starts_with("/api/")
        || matches!(path, "/healthz" | "/readyz" | "/favicon.ico" | "/robots.txt" | "/manifest.webmanifest" | "/sw.js")
}

/// Requests that never use who is asking: health checks and the static bundle. A browser sends its
/// session cookie with each; the session is not looked up for them (no SQL).
fn needs_no_user(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz" | "/favicon.ico") || path.starts_with("/v/") || path.starts_with("/pkg/")
}

pub async fn resolve(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let connect = req.extensions().get::<ConnectInfo<SocketAddr>>().cloned();
    let ip = client_ip(req.headers(), connect.as_ref(), state.config.trust_proxy);
    req.extensions_mut().insert(ClientIp(ip));
    let path = req.uri().path().to_string();
    let accept_language =
        req.headers().get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let user = if path.starts_with("/api/") {
        let bearer = req
            .headers()
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|s| s.trim().to_string());
        match bearer {
            Some(t) => auth_service::resolve_api_token(&state, &t).await,
            None => Ok(None),
        }
    } else if needs_no_user(&path) {
        Ok(None)
    } else {
        match cookie::read(req.headers(), state.config.https()) {
            Some(t) => auth_service::resolve_session(&state, &t).await,
            None => Ok(None),
        }
    };
    let user = match user {
        Ok(u) => u,
        Err(e) => {
            let rid = request_id(req.headers());
            tracing::error!(request_id = %rid, error = ?e, "resolving the session failed");
            let status = http::StatusCode::from_u16(e.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
            let lang = Lang::choose(None, None, accept_language.as_deref());
            return (status, error_page(lang, &e, &rid)).into_response();
        }
    };
    // the language of the answer: the person's choice, their site's, else their browser's; an
    // anonymous problem report from a QR label speaks its asset's site's language
    let site_language = match (&user, page(&path)) {
        (Some(u), _) => u.site_language.clone(),
        (None, Some(("/report/:id", _))) => match path.rsplit('/').next().and_then(|id| id.parse::<i64>().ok()) {
            Some(asset) => crate::repo::sites::language_of_asset(&state.db, asset).await.ok().flatten(),
            None => None,
        },
        (None, _) => None,
    };
    let lang = Lang::choose(
        user.as_ref().and_then(|u| u.language.as_deref()),
        site_language.as_deref(),
        accept_language.as_deref(),
    );
    // an external auditor's every page, file and data request is written to the audit trail
    if let Some(u) = &user
        && crate::services::audit::is_auditor_only(u, state.today())
        && !path.starts_with("/pkg/")
        && !path.starts_with("/v/")
        && !matches!(path.as_str(), "/favicon.ico" | "/healthz" | "/readyz")
    {
        let what = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string();
        if let Err(e) = crate::services::audit::log_view(&state, u, req.method().as_str(), &what).await {
            let rid = request_id(req.headers());
            tracing::error!(request_id = %rid, error = ?e, "logging an auditor's request failed");
            return (http::StatusCode::SERVICE_UNAVAILABLE, error_page(lang, &e, &rid)).into_response();
        }
    }
    let anonymous_page = user.is_none() && req.method() == Method::GET && !public(&path);
    // a page its reader may not open (the page table) answers 403 before anything is rendered
    let refused = match (&user, page(&path)) {
        (Some(u), Some(_)) => !u.may_open(&path, state.today()),
        _ => false,
    };
    if refused && req.method() == Method::GET {
        return (http::StatusCode::FORBIDDEN, error_page(lang, &AppError::Forbidden, &request_id(req.headers())))
            .into_response();
    }
    let signed_in = user.as_ref().map(|u| u.id);
    req.extensions_mut().insert(lang);
    req.extensions_mut().insert(Auth(user));
    if anonymous_page {
        let next_path = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
        let target = if next_path == "/" {
            "/login".to_string()
        } else {
            format!("/login?next={}", domain::url::next_value(next_path))
        };
        return Redirect::to(&target).into_response();
    }
    // a request that may have changed data: sessions read before it are read again
    // (crate::auth::recent), once it is done
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD);
    let mut res = next.run(req).await;
    if changes {
        state.sessions.forget_all();
    }
    // whose page this is: the service worker keeps pages per person and forgets them when
    // someone else (or nobody) is signed in on the device
    let html = res.headers().get(http::header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if let Some(id) = signed_in.filter(|_| html) {
        res.headers_mut().insert(USER_HEADER, http::HeaderValue::from(id));
    }
    res
}

/// The signed-in person's id on every page they are sent (for the service worker).
pub const USER_HEADER: &str = "gemba-user";

/// A minimal HTML error page naming the request id, for failures outside the Leptos app, in the
/// reader's language.
pub fn error_page(lang: Lang, e: &AppError, request_id: &str) -> axum::response::Html<String> {
    let msg = match e {
        AppError::Internal { .. } => t!(lang, "err-page-internal"),
        other => i18n::translate_english(lang, &other.to_string()),
    };
    let enc = |s: &str| html_escape::encode_quoted_attribute(s).into_owned();
    axum::response::Html(format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{}</title></head><body>\
         <main><h1>{}</h1><p>{}</p><p>{} <code>{}</code></p><p><a href=\"/\">{}</a></p>\
         </main></body></html>",
        lang.code(),
        enc(&t!(lang, "err-page-title")),
        enc(&t!(lang, "err-page-sorry")),
        enc(&msg),
        enc(&t!(lang, "err-page-request-id")),
        enc(request_id),
        enc(&t!(lang, "err-page-back")),
    ))
}
