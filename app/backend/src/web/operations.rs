//! Every write a device sends with an operation id applies at most once, and a replay of the id
//! gets the first answer: the offline queue replaying after a lost answer, a double tap, two tabs,
//! a retry after a timeout, a replay after the server restarted.
//!
//! The id comes in `Gemba-Operation` (pages, server functions, uploads) or `Idempotency-Key`
//! (the JSON API), with the time of the tap in `Gemba-Tapped-At` (RFC 3339, the device's clock).
//! It is stored by the request's first write transaction (`backend::operation`), so with the
//! effect or not at all; the answer (status, address, type and a small body) is kept beside it.
use std::time::Duration;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use http::{HeaderValue, Method, StatusCode, header};

use super::request::Auth;
use crate::operation::{self, Current};
use crate::repo::operations::{self as repo, Operation};
use crate::state::AppState;

pub const HEADER: &str = "gemba-operation";
pub const API_HEADER: &str = "idempotency-key";
pub const TAPPED: &str = "gemba-tapped-at";
/// Sent by the queue on a replay: the tap may be long before its arrival.
pub const QUEUED: &str = "gemba-queued";
/// On an answer, when the device's clock is off by more than `domain::offline::MAX_SKEW_MINUTES`:
/// by how many seconds (positive: the device is ahead).
pub const SKEW: &str = "gemba-clock-skew";
/// Set on an answer that was given before (the operation was not applied again).
pub const REPLAYED: &str = "gemba-replayed";
/// Answers larger than this are not kept (a replay gets the status and address only).
const MAX_KEPT_BODY: usize = 64 * 1024;
/// How long a replay waits for its twin, still being applied, to answer.
const WAIT_FOR_TWIN: Duration = Duration::from_secs(15);

pub async fn once(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let given = req.headers().get(HEADER).or_else(|| req.headers().get(API_HEADER));
    let Some(given) = given else {
        return next.run(req).await;
    };
    let Some(id) = given.to_str().ok().and_then(|v| uuid::Uuid::try_parse(v.trim()).ok()) else {
        return (StatusCode::BAD_REQUEST, "An operation id must be a UUID.").into_response();
    };
    let id = id.hyphenated().to_string();
    let user_id = req.extensions().get::<Auth>().and_then(|a| a.0.as_ref()).map(|u| u.id);
    let endpoint = req.uri().path().to_string();
    let back = back_to(&req);
    match repo::find(&state.db, &id).await {
        Ok(Some(first)) => return replay(&state, first, user_id, &endpoint, back).await,
        Ok(None) => {}
        Err(e) => {
            tracing::error!(error = %e, "reading an operation failed");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    let tapped = req
        .headers()
        .get(TAPPED)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
        .map(|t| t.with_timezone(&Utc));
    let queued = req.headers().contains_key(QUEUED);
    let received = state.now();
    let skew = tapped.and_then(|t| domain::offline::clock_skew(t, received, queued)).map(|_| (tapped, received));
    let current = Current::new(id.clone(), user_id, endpoint.clone(), tapped, received);
    let res = operation::scope(current.clone(), next.run(req)).await;
    let res = with_skew(res, skew, state.config.https());
    if current.taken() {
        // a twin sent at the same moment holds the id: its answer is the answer
        return match wait_for_answer(&state, &id).await {
            Some(first) => replay(&state, first, user_id, &endpoint, back).await,
            None => applied(back),
        };
    }
    if !current.claimed() {
        // nothing was written (a refusal before any change, or a read): nothing to remember
        return res;
    }
    keep(&state, &id, res).await
}

/// Tells the device its clock is off (it shows it; the server's time is what was kept beside):
/// in a header, and in a cookie its script reads after a form's redirect (a followed redirect
/// hides the first answer's headers).
fn with_skew(mut res: Response, skew: Option<(Option<DateTime<Utc>>, DateTime<Utc>)>, https: bool) -> Response {
    if let Some((Some(device), server)) = skew {
        let seconds = (device - server).num_seconds();
        res.headers_mut().insert(SKEW, HeaderValue::from(seconds));
        let secure = if https { "; Secure" } else { "" };
        if let Ok(v) =
            HeaderValue::from_str(&format!("{SKEW_COOKIE}={seconds}; Path=/; Max-Age=86400; SameSite=Strict{secure}"))
        {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

pub const SKEW_COOKIE: &str = "gemba_clock_skew";

/// Keeps the first answer beside the id (the id itself is there only if the effect committed).
async fn keep(state: &AppState, id: &str, res: Response) -> Response {
    let (parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let text = |name: header::HeaderName| parts.headers.get(name).and_then(|v| v.to_str().ok());
    let kept_body = (bytes.len() <= MAX_KEPT_BODY).then(|| std::str::from_utf8(&bytes).ok()).flatten();
    if let Err(e) = repo::answer(
        &state.db,
        id,
        parts.status.as_u16(),
        text(header::LOCATION),
        text(header::CONTENT_TYPE),
        kept_body,
    )
    .await
    {
        // the effect is stored with its id: a replay is still refused, and answered as applied
        tracing::error!(error = %e, "keeping an operation's answer failed");
    }
    Response::from_parts(parts, Body::from(bytes))
}

async fn replay(state: &AppState, first: Operation, user_id: Option<i64>, endpoint: &str, back: String) -> Response {
    if first.user_id != user_id || first.endpoint != endpoint {
        // ids are random: the same one from someone else, or for another action, is a misuse
        return (StatusCode::CONFLICT, "This operation id was used for another operation.").into_response();
    }
    let first = if first.status.is_some() { Some(first) } else { wait_for_answer(state, &first.id).await };
    let Some(first) = first else {
        return applied(back);
    };
    let status = first.status.and_then(|s| u16::try_from(s).ok()).and_then(|s| StatusCode::from_u16(s).ok());
    let mut res = Response::new(Body::from(first.body.unwrap_or_default()));
    *res.status_mut() = status.unwrap_or(StatusCode::NO_CONTENT);
    let h = res.headers_mut();
    for (name, value) in [(header::LOCATION, first.location), (header::CONTENT_TYPE, first.content_type)] {
        if let Some(v) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
            h.insert(name, v);
        }
    }
    h.insert(REPLAYED, HeaderValue::from_static("1"));
    res
}

/// The twin's answer, once it has one.
async fn wait_for_answer(state: &AppState, id: &str) -> Option<Operation> {
    let until = tokio::time::Instant::now() + WAIT_FOR_TWIN;
    while tokio::time::Instant::now() < until {
        match repo::find(&state.db, id).await {
            Ok(Some(op)) if op.status.is_some() => return Some(op),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "reading an operation failed"),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

/// Applied, with no answer kept (the server stopped between the effect and keeping its answer):
/// a form goes back to its page, as after any accepted post.
fn applied(back: String) -> Response {
    let mut res = Response::new(Body::empty());
    *res.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(v) = HeaderValue::from_str(&back) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res.headers_mut().insert(REPLAYED, HeaderValue::from_static("1"));
    res
}

/// The page a form was posted from (same origin only), or Home.
fn back_to(req: &Request) -> String {
    req.headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.parse::<http::Uri>().ok())
        .and_then(|u| u.path_and_query().map(|p| p.as_str().to_string()))
        .filter(|p| p.starts_with('/') && !p.starts_with("//"))
        .unwrap_or_else(|| "/".to_string())
}
