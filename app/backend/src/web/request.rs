//! Per-request facts the middleware establishes once: the request id, the client's address, the
//! CSP nonce and the signed-in user. Handlers and server functions read them from extensions.
use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use http::HeaderMap;
use http::request::Parts;

use crate::auth::CurrentUser;

pub const REQUEST_ID: &str = "x-request-id";

/// The user resolved by the session middleware (None: not signed in).
#[derive(Clone, Debug, Default)]
pub struct Auth(pub Option<CurrentUser>);

#[derive(Clone, Debug)]
pub struct ClientIp(pub String);

/// The nonce of this response's Content-Security-Policy.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

pub fn request_id(headers: &HeaderMap) -> String {
    headers.get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-").to_string()
}

/// The peer address, or with `trust_proxy` the first X-Forwarded-For entry.
pub fn client_ip(headers: &HeaderMap, connect: Option<&ConnectInfo<SocketAddr>>, trust_proxy: bool) -> String {
    if trust_proxy
        && let Some(first) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(str::trim)
            .filter(|s| s.parse::<std::net::IpAddr>().is_ok())
    {
        return first.to_string();
    }
    connect.map(|c| c.0.ip().to_string()).unwrap_or_else(|| "unknown".into())
}

pub fn auth(parts: &Parts) -> Option<&CurrentUser> {
    parts.extensions.get::<Auth>().and_then(|a| a.0.as_ref())
}
