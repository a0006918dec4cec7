//! Sign in, sign out, the signed-in user, changing one's password, switching site.
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::Me;
use contract::error::AppError;

/// Signs in; sets the session cookie and redirects to `next` (a local path) or home.
#[server(prefix = "/sfn", endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::{auth::cookie, services::records::auth};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let (ip, agent, device) = (ctx::client_ip(), ctx::user_agent(), ctx::device());
            let from = auth::Origin { client_ip: &ip, user_agent: &agent, device: device.as_deref() };
            let signed = auth::login(&state, &email, &password, from).await?;
            if let Some(res) = ctx::response() {
                let https = state.config.https();
                let value = cookie::set(&signed.token, https, signed.max_age_secs);
                res.append_header(http::header::SET_COOKIE, value.parse().map_err(AppError::internal)?);
                if let Some(device) = &signed.new_device {
                    let value = cookie::device_set(device, https);
                    res.append_header(http::header::SET_COOKIE, value.parse().map_err(AppError::internal)?);
                }
            }
            leptos_axum::redirect(&domain::url::safe_next(next.as_deref()));
            Ok(())
        }
        .await,
    )
}

/// Signs out: the session ends on the server and the cookie is cleared.
#[server(prefix = "/sfn", endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::{auth::cookie, services::records::auth};
    ctx::finish(
        async {
            let state = ctx::state()?;
            if let Ok(user) = ctx::user()
                && let Some(sid) = user.session_id
            {
                auth::logout(&state.db, sid).await?;
            }
            if let Some(res) = ctx::response() {
                res.append_header(
                    http::header::SET_COOKIE,
                    cookie::clear(state.config.https()).parse().map_err(AppError::internal)?,
                );
            }
            leptos_axum::redirect("/login");
            Ok(())
        }
        .await,
    )
}

/// The signed-in user with their sites and roles (401 when signed out).
#[server(prefix = "/sfn", endpoint = "me", input = GetUrl)]
pub async fn get_me() -> Result<Me, AppError> {
    use crate::api::ctx;
    use backend::services::records::sites;
    ctx::finish(async { sites::me(&ctx::state()?, &ctx::user()?).await }.await)
}

/// Home: the signed-in person's day on the current site.
#[server(prefix = "/sfn", endpoint = "my_day", input = GetUrl)]
pub async fn my_day() -> Result<contract::dto::MyDay, AppError> {
    use crate::api::ctx;
    use backend::services::workflows::day;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            match backend::services::access::current_site_id(&state, &user).await {
                Ok(site) => day::my_day(&state, &user, site).await,
                // no site yet: an empty day (Home says to ask for a role)
                Err(AppError::Forbidden | AppError::NotFound) => Ok(Default::default()),
                Err(e) => Err(e),
            }
        }
        .await,
    )
}

/// Makes another granted site the current one; back to the page the form was on.
#[server(prefix = "/sfn", endpoint = "switch_site")]
pub async fn switch_site(site_id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::sites;
    ctx::finish(async { sites::switch(&ctx::state()?, &ctx::user()?, site_id).await }.await)
}

/// The language the signed-in person reads Gemba in (blank: not chosen); back to the page the
/// form was on, now in that language.
#[server(prefix = "/sfn", endpoint = "set_language")]
pub async fn set_language(language: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::users;
    ctx::finish(async { users::set_language(&ctx::state()?, &ctx::user()?, &language).await }.await)
}

/// Changes the signed-in user's password; their other sessions end.
#[server(prefix = "/sfn", endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
    confirm_password: String,
) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::auth;
    ctx::finish(
        async {
            let state = ctx::state()?;
            auth::change_password(&state, &ctx::user()?, &current_password, &new_password, &confirm_password).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/profile?saved=password#password");
            }
            Ok(())
        }
        .await,
    )
}
