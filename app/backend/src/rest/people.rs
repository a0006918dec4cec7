//! Users, sites and grants.
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::extract::{ApiJson, ApiPath, ApiQuery, ApiUser};
use crate::services::{Caller, records::sites, records::users};
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

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewUserBody {
    pub email: String,
    pub display_name: String,
    /// The first password (the password rules apply)
    pub password: String,
    /// The first role: admin, manager, ehs_officer, technician, operator or auditor
    pub role: String,
    /// Where the role applies: a site id or code, or `all`
    pub site: String,
    /// YYYY-MM-DD the role ends (required for an auditor); blank or absent for no end
    pub expires_on: Option<String>,
}

/// Creates a person with a first role grant (organisation-wide administrators).
#[utoipa::path(post, path = "/users", tag = "people", request_body = NewUserBody,
    responses((status = 201, body = UserDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_user(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<NewUserBody>,
) -> Result<(StatusCode, Json<UserDto>), AppError> {
    let input = users::NewUserInput {
        email: b.email,
        display_name: b.display_name,
        password: b.password,
        role: b.role,
        site: users::SiteChoice::parse(&b.site),
        expires_on: b.expires_on,
    };
    Ok((StatusCode::CREATED, Json(users::create(&state, Caller::User(&user), input).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ActiveBody {
    /// false deactivates the person (their sessions end at once); true reactivates them
    pub active: bool,
    /// Why, for the audit trail
    pub reason: Option<String>,
}

/// Deactivates or reactivates a person (organisation-wide administrators; 409 for yourself).
#[utoipa::path(put, path = "/users/{id}/active", tag = "people", params(("id" = i64, Path, description = "User id")), request_body = ActiveBody,
    responses((status = 200, body = UserDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn set_user_active(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ActiveBody>,
) -> Result<Json<UserDto>, AppError> {
    Ok(Json(users::set_active(&state, Caller::User(&user), id, b.active, b.reason).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct GrantBody {
    pub user_id: i64,
    /// A site id or code, or `all` for every site
    pub site: String,
    /// admin, manager, ehs_officer, technician, operator or auditor
    pub role: String,
    /// YYYY-MM-DD the grant ends (required for an auditor); blank or absent for no end
    pub expires_on: Option<String>,
    /// An auditor's access limited to one compliance framework (on one site)
    pub framework_id: Option<i64>,
}

/// Grants a role on a site or on all sites (that site's administrators, or organisation-wide
/// administrators for all sites); 409 when the person already holds it there.
#[utoipa::path(post, path = "/grants", tag = "people", request_body = GrantBody,
    responses((status = 201, body = GrantDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn grant_role(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<GrantBody>,
) -> Result<(StatusCode, Json<GrantDto>), AppError> {
    let site = users::SiteChoice::parse(&b.site);
    let expires_on = b.expires_on.as_deref();
    let g = users::grant(&state, Caller::User(&user), b.user_id, &site, &b.role, expires_on, b.framework_id).await?;
    Ok((StatusCode::CREATED, Json(g)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RevokeQuery {
    /// Why, for the audit trail.
    pub reason: Option<String>,
}

/// Revokes a grant (its site's administrators); 409 for your own administrator role.
#[utoipa::path(delete, path = "/grants/{id}", tag = "people", params(("id" = i64, Path, description = "Grant id"), RevokeQuery),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn revoke_grant(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<RevokeQuery>,
) -> Result<StatusCode, AppError> {
    users::revoke(&state, Caller::User(&user), id, q.reason).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SiteBody {
    /// Short unique code
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub address: String,
    /// IANA time zone, e.g. Europe/Paris or America/Chicago
    pub timezone: String,
}

/// Creates a site (organisation-wide administrators).
#[utoipa::path(post, path = "/sites", tag = "people", request_body = SiteBody,
    responses((status = 201, body = SiteDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_site(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<SiteBody>,
) -> Result<(StatusCode, Json<SiteDto>), AppError> {
    let site = sites::create(&state, Caller::User(&user), &b.code, &b.name, &b.address, &b.timezone).await?;
    Ok((StatusCode::CREATED, Json(site)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SiteSettingsBody {
    /// The PM compliance window: a whole percentage of the interval, 0 to 50
    pub pm_window_pct: i32,
    /// symmetric (before or after the due date; the default) or late_only (early is always on time)
    #[serde(default)]
    pub pm_window_mode: String,
    /// The window's minimum in days, 0 to 30 (default 0)
    pub pm_window_min_days: Option<i32>,
    /// Whether hazard observations may be reported without a name (default false)
    #[serde(default)]
    pub allow_anonymous_reports: bool,
    /// The site's default language code; blank for none
    #[serde(default)]
    pub language: String,
}

/// Replaces a site's settings: anonymous reports, the PM compliance window and the default
/// language (the site's administrators).
#[utoipa::path(put, path = "/sites/{id}/settings", tag = "people", params(("id" = i64, Path, description = "Site id")), request_body = SiteSettingsBody,
    responses((status = 200, body = SiteDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn update_site_settings(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<SiteSettingsBody>,
) -> Result<Json<SiteDto>, AppError> {
    let pct = b.pm_window_pct.to_string();
    let min_days = b.pm_window_min_days.map(|d| d.to_string()).unwrap_or_default();
    let window = sites::PmWindowInput { pct: &pct, mode: &b.pm_window_mode, min_days: &min_days };
    Ok(Json(sites::update_settings(&state, &user, id, b.allow_anonymous_reports, window, &b.language).await?))
}
