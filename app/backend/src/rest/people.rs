//! Users, sites and grants.
use axum::Json;
use axum::extract::State;
use serde::Deserialize;
use utoipa::IntoParams;

use super::error::ErrorBody;
use super::extract::{ApiPath, ApiQuery, ApiUser};
use crate::services::{records::sites, records::users};
use crate::state::AppState;
use contract::dto::{GrantDto, SiteDto, UserDto, UserPage};
use contract::error::AppError;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserQuery {
    /// Part of the e-mail address or name.
    pub q: Option<String>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Page size, 1 to 100 (default 25).
    pub per_page: Option<i64>,
}

#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct MeDto {
    pub user: UserDto,
    pub sites: Vec<SiteDto>,
}

/// The token's owner, their grants and the sites they can see.
#[utoipa::path(get, path = "/me", tag = "people",
    responses((status = 200, body = MeDto), (status = 401, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn me(State(state): State<AppState>, ApiUser(user): ApiUser) -> Result<Json<MeDto>, AppError> {
    let dto = users::get(&state, &user, user.id).await?;
    let visible = crate::services::access::sites(&state.db, &user, state.today()).await?;
    Ok(Json(MeDto { user: dto, sites: visible.into_iter().map(|s| s.site).collect() }))
}

/// Users (administrators: everyone; site administrators: people on their sites).
#[utoipa::path(get, path = "/users", tag = "people", params(UserQuery),
    responses((status = 200, body = UserPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_users(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<UserQuery>,
) -> Result<Json<UserPage>, AppError> {
    let page =
        users::list(&state, &user, q.q.as_deref().unwrap_or(""), q.page.unwrap_or(1), q.per_page.unwrap_or(25)).await?;
    Ok(Json(page))
}

/// One user (administrators, or the token's owner).
#[utoipa::path(get, path = "/users/{id}", tag = "people",
    params(("id" = i64, Path, description = "User id")),
    responses((status = 200, body = UserDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get_user(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<UserDto>, AppError> {
    Ok(Json(users::get(&state, &user, id).await?))
}

/// The sites the token's owner can see.
#[utoipa::path(get, path = "/sites", tag = "people",
    responses((status = 200, body = [SiteDto]), (status = 401, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_sites(State(state): State<AppState>, ApiUser(user): ApiUser) -> Result<Json<Vec<SiteDto>>, AppError> {
    let visible = crate::services::access::sites(&state.db, &user, state.today()).await?;
    Ok(Json(visible.into_iter().map(|s| s.site).collect()))
}

/// One site, if the token's owner can see it.
#[utoipa::path(get, path = "/sites/{id}", tag = "people",
    params(("id" = i64, Path, description = "Site id")),
    responses((status = 200, body = SiteDto), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get_site(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<SiteDto>, AppError> {
    Ok(Json(sites::get(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GrantQuery {
    /// Only this user's grants.
    pub user_id: Option<i64>,
    /// Only grants on this site (including all-site grants).
    pub site_id: Option<i64>,
    /// Page number, from 1.
    pub page: Option<i64>,
    /// Page size, 1 to 100 (default 100).
    pub per_page: Option<i64>,
}

/// Role grants: your own (`user_id` = you); a site's (its administrators); anyone's (administrators).
#[utoipa::path(get, path = "/grants", tag = "people", params(GrantQuery),
    responses((status = 200, body = [GrantDto]), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_grants(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<GrantQuery>,
) -> Result<Json<Vec<GrantDto>>, AppError> {
    let list = users::list_grants(&state, &user, q.user_id, q.site_id, q.page.unwrap_or(1), q.per_page.unwrap_or(100));
    Ok(Json(list.await?))
}
