//! Personal API tokens: created on the profile page, shown once, stored hashed, revocable. A token
//! carries its owner's grants, whatever they are at the time of each request.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::api_tokens;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use crate::token;
use contract::dto::{ApiTokenDto, NewApiToken};
use contract::error::AppError;
use domain::validation::required_text;

fn to_dto(t: api_tokens::ApiToken) -> ApiTokenDto {
    ApiTokenDto {
        id: t.id,
        name: t.name,
        prefix: t.prefix,
        created_at: t.created_at,
        last_used_at: t.last_used_at,
        revoked_at: t.revoked_at,
    }
}

pub async fn list(state: &AppState, user: &CurrentUser) -> Result<Vec<ApiTokenDto>, AppError> {
    Ok(api_tokens::for_user(&state.db, user.id).await?.into_iter().map(to_dto).collect())
}

pub async fn create(state: &AppState, user: &CurrentUser, name: &str) -> Result<NewApiToken, AppError> {
    let name = required_text(name, 80).map_err(|m| AppError::validation("name", m))?;
    let now = state.now();
    let secret = token::new_api_token();
    let prefix: String = secret.chars().take(token::API_TOKEN_PREFIX.len() + 6).collect();
    let txn = begin_write(&state.db).await?;
    let row = api_tokens::insert(&txn, user.id, &name, &prefix, &token::sha256_hex(&secret), now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("api_token.create", "api_token", row.id).after(serde_json::json!({"name": name, "prefix": prefix})),
    )
    .await?;
    txn.commit().await?;
    Ok(NewApiToken { token: to_dto(row), secret })
}

/// Revokes one of the user's own tokens.
pub async fn revoke(state: &AppState, user: &CurrentUser, id: i64) -> Result<(), AppError> {
    let t = api_tokens::by_id(&state.db, id).await?.filter(|t| t.user_id == user.id).ok_or(AppError::NotFound)?;
    if t.revoked_at.is_some() {
        return Ok(());
    }
    let now = state.now();
    let txn = begin_write(&state.db).await?;
    api_tokens::revoke(&txn, id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("api_token.revoke", "api_token", id)
            .before(serde_json::json!({"name": t.name, "prefix": t.prefix})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
