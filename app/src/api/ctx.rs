//! What a server function needs from its request: state, user, client address, and the one exit
//! that turns an `AppError` into the right HTTP status and a logged cause with the request id.
use http::request::Parts;
use leptos::prelude::*;

use backend::auth::CurrentUser;
use backend::state::AppState;
use backend::web::request::{ClientIp, auth, request_id};
use contract::error::AppError;

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| AppError::internal("AppState is not in the Leptos context"))
}

fn parts() -> Option<Parts> {
    use_context::<Parts>()
}

/// The signed-in user, or 401.
pub fn user() -> Result<CurrentUser, AppError> {
    parts().and_then(|p| auth(&p).cloned()).ok_or(AppError::Unauthorized)
}

pub fn client_ip() -> String {
    parts().and_then(|p| p.extensions.get::<ClientIp>().map(|c| c.0.clone())).unwrap_or_else(|| "unknown".into())
}

/// The device cookie's token (a device that signed in before), if the request carries one.
pub fn device() -> Option<String> {
    parts().and_then(|p| backend::auth::cookie::device_read(&p.headers))
}

pub fn user_agent() -> String {
    parts()
        .and_then(|p| p.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_string))
        .unwrap_or_default()
}

/// A plain HTML form post (no JavaScript yet): Leptos answers with a redirect back.
pub fn is_form_post() -> bool {
    parts().is_some_and(|p| accepts_html(&p.headers))
}

fn accepts_html(h: &http::HeaderMap) -> bool {
    h.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"))
}

pub fn response() -> Option<leptos_axum::ResponseOptions> {
    use_context::<leptos_axum::ResponseOptions>()
}

/// Maps the result of a server function to its response: on error, the HTTP status of the error
/// (for calls from the browser app; a plain form post is redirected back by Leptos instead), the
/// request id in internal errors, and the cause in the log.
pub fn finish<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    let Err(err) = result else { return result };
    let parts = parts();
    let rid = parts.as_ref().map(|p| request_id(&p.headers)).unwrap_or_else(|| "-".into());
    let err = match err {
        AppError::Internal { cause, .. } => {
            tracing::error!(request_id = %rid, cause = cause.as_deref().unwrap_or("-"), "internal error");
            AppError::Internal { request_id: rid, cause: None }
        }
        other => other,
    };
    // what people read of it, in their language (the JSON API, under /api/v1, stays in English)
    let lang = leptos::prelude::use_context::<i18n::Lang>().unwrap_or_default();
    let err = match err {
        AppError::Validation(f) => AppError::Validation(domain::validation::FieldErrors(
            f.0.into_iter().map(|(k, m)| (k, i18n::translate_english(lang, &m))).collect(),
        )),
        AppError::Conflict(m) => AppError::Conflict(i18n::translate_english(lang, &m)),
        other => other,
    };
    if let Some(p) = &parts {
        let is_server_fn = p.uri.path().starts_with("/sfn/");
        let form_post = accepts_html(&p.headers);
        if is_server_fn
            && !form_post
            && let Some(res) = response()
        {
            res.set_status(http::StatusCode::from_u16(err.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
            if let AppError::TooManyRequests { retry_after_secs } = &err
                && let Ok(v) = retry_after_secs.to_string().parse()
            {
                res.insert_header(http::header::RETRY_AFTER, v);
            }
        }
    }
    Err(err)
}

/// An optional record id from a form field: blank is None, anything else must be a number (else
/// `refused`, said at the field).
pub fn optional_id(field: &str, raw: Option<&str>, refused: &str) -> Result<Option<i64>, AppError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s.parse::<i64>().map(Some).map_err(|_| AppError::validation(field, refused)),
    }
}
