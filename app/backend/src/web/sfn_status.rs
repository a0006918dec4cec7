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
    let req = if is_sfn && !req.headers().contains_key(http::header::CONTENT_LENGTH) {
        // a body without a length (chunked) is read here up to the limit, so one over it is
        // refused as too large (413) before the server-function layer reads it as bad arguments
        let (parts, body) = req.into_parts();
        match to_bytes(body, super::BODY_LIMIT).await {
            Ok(bytes) => Request::from_parts(parts, Body::from(bytes)),
            Err(_) => {
                tracing::info!(path = %parts.uri.path(), "server-function body over the limit");
                return too_large();
            }
        }
    } else {
        req
    };
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

pub(crate) fn too_large() -> Response {
    let e = AppError::BadRequest(format!("The request is larger than {} KB.", super::BODY_LIMIT / 1024));
    let body = serde_json::to_vec(&e).unwrap_or_default();
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
    res.headers_mut().insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static("application/json"));
    res
}
