//! The offline queue and cache's server functions (fixed endpoints: a queued call survives a
//! redeploy).
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::error::AppError;

/// The pages this phone keeps for the signed-in person to work without a connection.
#[server(prefix = "/sfn", endpoint = "offline_pages", input = GetUrl)]
pub async fn offline_pages() -> Result<Vec<String>, AppError> {
    use crate::api::ctx;
    use backend::services::workflows::offline;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            offline::pages(&state, &user).await
        }
        .await,
    )
}
