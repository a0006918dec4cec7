//! The status of a refused server-function call. A call whose arguments cannot be read (a
//! missing or malformed field) is refused by the server-function layer before Gemba's code
//! runs, which answers 500 whatever the error: this gives it the status its error carries
//! (400 for arguments), so a client error never looks like a server fault.
use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::StatusCode;

use contract::error::AppError;

/// Error bodies are small; a larger 500 is left as it is.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn fix(req: Request, next: Next) -> Response {
    let is_sfn = req.uri().path().starts_with("/sfn/");
    let res = next.run(req).await;
    if !is_sfn || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes)
        && let Ok(status) = StatusCode::from_u16(err.status())
    {
        parts.status = status;
    }
    Response::from_parts(parts, Body::from(bytes))
}
