//! Extractors whose rejections are `AppError`s, so bad query strings and path parameters get the
//! same JSON error body (400, naming the field) as everything else.
use axum::extract::{FromRequestParts, Path, Query};
use http::request::Parts;
use serde::de::DeserializeOwned;

use crate::auth::CurrentUser;
use crate::web::request::Auth;
use contract::error::AppError;

pub struct ApiQuery<T>(pub T);
/// A JSON body; a malformed one gets 400 and a well-formed one of the wrong shape 422, both as
/// the API's JSON error.
pub struct ApiJson<T>(pub T);
pub struct ApiPath<T>(pub T);

/// The API token's user; 401 without a valid token.
pub struct ApiUser(pub CurrentUser);

/// "Failed to deserialize query string: per_page: invalid digit" -> "per_page: invalid digit"
fn bad_request(text: String) -> AppError {
    let detail = text.rsplit_once("string: ").map(|(_, d)| d).unwrap_or(&text);
    AppError::BadRequest(detail.to_string())
}

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e| bad_request(e.body_text()))
    }
}

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|e| AppError::BadRequest(e.body_text()))
    }
}

impl<T: DeserializeOwned, S: Send + Sync> axum::extract::FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;
    async fn from_request(req: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::extract::rejection::JsonRejection;
        match axum::Json::<T>::from_request(req, state).await {
            Ok(j) => Ok(ApiJson(j.0)),
            Err(JsonRejection::JsonDataError(e)) => {
                let text = e.body_text();
                let detail = text.rsplit_once("body: ").map(|(_, d)| d.to_string()).unwrap_or(text);
                let field = detail
                    .split_once(':')
                    .map(|(f, _)| f.trim().to_string())
                    .filter(|f| !f.contains(' '))
                    .unwrap_or_else(|| "body".into());
                Err(AppError::validation(&field, detail))
            }
            Err(e) => Err(AppError::BadRequest(e.body_text())),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ApiUser {
    type Rejection = AppError;
    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Auth>().and_then(|a| a.0.clone()).map(ApiUser).ok_or(AppError::Unauthorized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_errors_name_the_field() {
        let e = bad_request("Failed to deserialize query string: per_page: invalid digit found in string".into());
        assert_eq!(e, AppError::BadRequest("per_page: invalid digit found in string".into()));
    }
}
