//! Personal API tokens on the profile page.
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::{ApiTokenDto, NewApiToken};
use contract::error::AppError;

#[server(prefix = "/sfn", endpoint = "list_api_tokens", input = GetUrl)]
pub async fn list_api_tokens() -> Result<Vec<ApiTokenDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::tokens;
    ctx::finish(async { tokens::list(&ctx::state()?, &ctx::user()?).await }.await)
}

/// Creates a token; the secret is in the answer and nowhere else, ever.
#[server(prefix = "/sfn", endpoint = "create_api_token")]
pub async fn create_api_token(name: String) -> Result<NewApiToken, AppError> {
    use crate::api::ctx;
    use backend::auth::cookie;
    use backend::services::records::tokens;
    ctx::finish(
        async {
            let state = ctx::state()?;
            let created = tokens::create(&state, &ctx::user()?, &name).await?;
            // a form posted (in place by enhance.js, or without JavaScript) is redirected back:
            // hand the secret to the profile page once
            if ctx::is_form_post()
                && let Some(res) = ctx::response()
            {
                let v = cookie::new_token_set(&created.secret, state.config.https());
                res.append_header(http::header::SET_COOKIE, v.parse().map_err(AppError::internal)?);
                leptos_axum::redirect("/profile#tokens");
            }
            Ok(created)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "revoke_api_token")]
pub async fn revoke_api_token(id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::tokens;
    ctx::finish(
        async {
            tokens::revoke(&ctx::state()?, &ctx::user()?, id).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/profile#tokens");
            }
            Ok(())
        }
        .await,
    )
}

/// The secret of a token created by a form post without JavaScript, handed over once in a
/// short-lived cookie (set by `create_api_token`), cleared as it is read.
#[cfg(feature = "ssr")]
pub fn take_new_token_secret() -> Option<String> {
    use crate::api::ctx;
    use backend::auth::cookie;
    let parts = use_context::<http::request::Parts>()?;
    let state = ctx::state().ok()?;
    let secret = cookie::read_named(&parts.headers, cookie::NEW_TOKEN)?;
    if let Some(res) = ctx::response()
        && let Ok(v) = cookie::new_token_clear(state.config.https()).parse()
    {
        res.append_header(http::header::SET_COOKIE, v);
    }
    Some(secret)
}
