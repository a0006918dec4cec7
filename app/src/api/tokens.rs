//! Personal API tokens on the profile page.
use leptos::prelude::*;

use crate::api::dto::{ApiTokenDto, NewApiToken};
use crate::api::error::AppError;

#[server(prefix = "/sfn", endpoint = "list_api_tokens")]
pub async fn list_api_tokens() -> Result<Vec<ApiTokenDto>, AppError> {
    use crate::api::ctx;
    use crate::backend::services::tokens;
    ctx::finish(async { tokens::list(&ctx::state()?, &ctx::user()?).await }.await)
}

/// Creates a token; the secret is in the answer and nowhere else, ever.
#[server(prefix = "/sfn", endpoint = "create_api_token")]
pub async fn create_api_token(name: String) -> Result<NewApiToken, AppError> {
    use crate::api::ctx;
    use crate::backend::services::tokens;
    ctx::finish(async { tokens::create(&ctx::state()?, &ctx::user()?, &name).await }.await)
}

#[server(prefix = "/sfn", endpoint = "revoke_api_token")]
pub async fn revoke_api_token(id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use crate::backend::services::tokens;
    ctx::finish(async { tokens::revoke(&ctx::state()?, &ctx::user()?, id).await }.await)
}
