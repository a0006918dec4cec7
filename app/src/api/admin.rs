//! Administration: people, their role grants, and sites.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::{GrantDto, SiteDto, UserDto, UserPage};
use contract::error::AppError;

#[server(prefix = "/sfn", endpoint = "list_users", input = GetUrl)]
pub async fn list_users(q: Option<String>, page: Option<i64>) -> Result<UserPage, AppError> {
    use crate::api::ctx;
    use backend::services::records::users;
    ctx::finish(
        async {
            let state = ctx::state()?;
            users::list(&state, &ctx::user()?, q.as_deref().unwrap_or(""), page.unwrap_or(1), 25).await
        }
        .await,
    )
}

/// Creates a person with a first role (organisation-wide administrators).
#[server(prefix = "/sfn", endpoint = "create_user")]
pub async fn create_user(
    email: String,
    display_name: String,
    password: String,
    role: String,
    site: String,
    expires_on: Option<String>,
) -> Result<UserDto, AppError> {
    use crate::api::ctx;
    use backend::services::{Caller, records::users};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            let input = users::NewUserInput {
                email,
                display_name,
                password,
                role,
                site: users::SiteChoice::parse(&site),
                expires_on,
            };
            users::create(&state, Caller::User(&user), input).await
        }
        .await,
    )
}

/// Deactivates (`active = false`: their sessions end at once) or reactivates a person.
#[server(prefix = "/sfn", endpoint = "set_user_active")]
pub async fn set_user_active(user_id: i64, active: bool, reason: Option<String>) -> Result<UserDto, AppError> {
    use crate::api::ctx;
    use backend::services::{Caller, records::users};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            users::set_active(&state, Caller::User(&user), user_id, active, reason).await
        }
        .await,
    )
}

/// Grants a role on a site (`site` = id or code) or on all sites (`all`).
#[server(prefix = "/sfn", endpoint = "grant_role")]
pub async fn grant_role(
    user_id: i64,
    site: String,
    role: String,
    expires_on: Option<String>,
    /// An auditor's access limited to one compliance framework (its id; blank for all)
    framework_id: Option<String>,
) -> Result<GrantDto, AppError> {
    use crate::api::ctx;
    use backend::services::{Caller, records::users};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            let site = users::SiteChoice::parse(&site);
            let framework_id = ctx::optional_id("framework_id", framework_id.as_deref(), "No such framework.")?;
            users::grant(&state, Caller::User(&user), user_id, &site, &role, expires_on.as_deref(), framework_id).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "revoke_grant")]
pub async fn revoke_grant(grant_id: i64, reason: Option<String>) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::{Caller, records::users};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            users::revoke(&state, Caller::User(&user), grant_id, reason).await
        }
        .await,
    )
}

/// Every site (organisation-wide administrators), for the sites page.
#[server(prefix = "/sfn", endpoint = "list_all_sites", input = GetUrl)]
pub async fn list_all_sites() -> Result<Vec<SiteDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::sites;
    ctx::finish(async { sites::list_all(&ctx::state()?, &ctx::user()?).await }.await)
}

#[server(prefix = "/sfn", endpoint = "create_site")]
pub async fn create_site(code: String, name: String, address: String, timezone: String) -> Result<SiteDto, AppError> {
    use crate::api::ctx;
    use backend::services::{Caller, records::sites};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user()?;
            sites::create(&state, Caller::User(&user), &code, &name, &address, &timezone).await
        }
        .await,
    )
}

/// One person with their grants (organisation-wide administrators, or oneself).
#[server(prefix = "/sfn", endpoint = "get_user", input = GetUrl)]
pub async fn get_user(id: i64) -> Result<UserDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::users;
    ctx::finish(async { users::get(&ctx::state()?, &ctx::user()?, id).await }.await)
}

/// A site's settings: anonymous problem reports (checkbox), the PM compliance window (%, its
/// side(s) of the due date, a minimum of days) and the default language (blank: none).
#[server(prefix = "/sfn", endpoint = "update_site_settings")]
pub async fn update_site_settings(
    site_id: i64,
    pm_window_pct: String,
    allow_anonymous_reports: Option<String>,
    language: Option<String>,
    pm_window_mode: Option<String>,
    pm_window_min_days: Option<String>,
) -> Result<SiteDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::sites;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            sites::update_settings(
                &state,
                &user,
                site_id,
                allow_anonymous_reports.is_some(),
                sites::PmWindowInput {
                    pct: &pm_window_pct,
                    mode: pm_window_mode.as_deref().unwrap_or_default(),
                    min_days: pm_window_min_days.as_deref().unwrap_or_default(),
                },
                language.as_deref().unwrap_or_default(),
            )
            .await
        }
        .await,
    )
}
