//! Signing in and out, resolving the session cookie or API token of a request, changing passwords.
use chrono::Duration;
use sea_orm::DatabaseConnection;

use crate::auth::{CurrentUser, SitesOnce, throttle};
use crate::db::begin_write;
use crate::repo::{api_tokens, known_devices, login_failures, sessions, users};
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use crate::token;
use contract::error::AppError;
use domain::authz::visible_sites;
use domain::email::Email;
use domain::password;
use domain::validation::FieldErrors;

pub struct SignIn {
    /// The secret for the cookie; only its hash is stored.
    pub token: String,
    pub max_age_secs: i64,
    /// A new device token for the device cookie, when the request carried none.
    pub new_device: Option<String>,
}

/// Where a sign-in comes from: the client's address and the device cookie's token, if any.
pub struct Origin<'a> {
    pub client_ip: &'a str,
    pub user_agent: &'a str,
    pub device: Option<&'a str>,
}

/// Checks the throttle, then the password; creates a session on success and remembers the device.
pub async fn login(
    state: &AppState,
    email_raw: &str,
    password_raw: &str,
    from: Origin<'_>,
) -> Result<SignIn, AppError> {
    let Origin { client_ip, user_agent, device } = from;
    let mut errors = FieldErrors::new();
    if email_raw.trim().is_empty() {
        errors.add("email", "Enter your e-mail address.");
    }
    if password_raw.is_empty() {
        errors.add("password", "Enter your password.");
    }
    errors.into_result()?;

    let db = &state.db;
    let now = state.now();
    let acct_key = throttle::account_key(email_raw);
    let ip_key = throttle::client_key(client_ip);
    let user = match Email::parse(email_raw) {
        Ok(e) => users::by_email(db, e.as_str()).await?,
        Err(_) => None,
    };
    // A device this account signed in from before (its cookie, not its address: a plant's people
    // share one) has a budget of its own: failures from elsewhere, or of others at the same
    // address, cannot lock the real user out, and an attacker there gains nothing from it.
    let device_hash = device.map(token::sha256_hex);
    let known = match (&user, &device_hash) {
        (Some(u), Some(h)) => {
            known_devices::is_known(db, h, u.id, now - Duration::days(throttle::KNOWN_DEVICE_DAYS)).await?
        }
        _ => false,
    };
    let dev_key = device_hash.as_deref().filter(|_| known).map(throttle::device_key);
    let limits = match &dev_key {
        Some(k) => vec![("device", k, &throttle::ACCOUNT)],
        None => vec![("client", &ip_key, &throttle::CLIENT), ("account", &acct_key, &throttle::ACCOUNT)],
    };
    for (limit, key, windows) in limits {
        if let Some(wait) = throttle::check(db, key, windows, now).await? {
            tracing::info!(limit, client_ip, retry_after_secs = wait, "sign-in throttled");
            return Err(AppError::TooManyRequests { retry_after_secs: wait });
        }
    }
    let ok = state.hasher.verify(password_raw, user.as_ref().map(|u| u.password_hash.as_str())).await;
    let user = match user {
        Some(u) if ok && u.active => u,
        _ => {
            let keys: Vec<&str> = match &dev_key {
                Some(k) => vec![k, &acct_key],
                None => vec![&acct_key, &ip_key],
            };
            login_failures::record(db, &keys, now).await?;
            return Err(AppError::BadCredentials);
        }
    };
    let grants = access::grant_list(db, user.id).await?;
    let all_sites = crate::repo::sites::all_ids(db).await?;
    let first_site = visible_sites(&grants, &all_sites, now.date_naive()).into_iter().min();
    let secret = token::new_session_token();
    let max_age = state.config.session_hours * 3600;
    let txn = begin_write(db).await?;
    sessions::insert(
        &txn,
        &token::sha256_hex(&secret),
        user.id,
        first_site,
        now,
        now + Duration::seconds(max_age),
        client_ip,
        user_agent,
    )
    .await?;
    // the counter of the way this sign-in came clears: a known device's own, or the account's (a
    // sign-in on a known device does not forgive guesses made at the account from elsewhere)
    login_failures::clear(&txn, dev_key.as_deref().unwrap_or(&acct_key)).await?;
    let new_device = device.is_none().then(token::new_session_token);
    if let Some(hash) = device_hash.or_else(|| new_device.as_deref().map(token::sha256_hex)) {
        known_devices::remember(&txn, &hash, user.id, now).await?;
    }
    txn.commit().await?;
    tracing::info!(user_id = user.id, client_ip, known_device = known, "signed in");
    Ok(SignIn { token: secret, max_age_secs: max_age, new_device })
}

pub async fn logout(db: &DatabaseConnection, session_id: i64) -> Result<(), AppError> {
    sessions::delete(db, session_id).await?;
    Ok(())
}

/// The user behind a session cookie, if the session is live; ends expired or idle sessions.
pub async fn resolve_session(state: &AppState, secret: &str) -> Result<Option<CurrentUser>, AppError> {
    let db = &state.db;
    let now = state.now();
    let hash = token::sha256_hex(secret);
    // read again only when not read in the last moment, or something changed since
    // (crate::auth::recent)
    let read = match state.sessions.get(&hash) {
        Some(read) => read,
        None => {
            let begun = state.sessions.begin();
            let Some(read) = sessions::read_session(db, &hash).await? else { return Ok(None) };
            let read = std::sync::Arc::new(read);
            state.sessions.keep(hash.clone(), begun, read.clone());
            read
        }
    };
    let s = &read.user;
    let idle_deadline = s.last_seen_at + Duration::minutes(state.config.session_idle_minutes);
    if !s.active || s.expires_at <= now || idle_deadline <= now {
        state.sessions.forget(&hash);
        sessions::delete(db, s.session_id).await?;
        return Ok(None);
    }
    if now - s.last_seen_at > Duration::seconds(60) {
        sessions::touch(db, s.session_id, now).await?;
        state.sessions.forget(&hash);
    }
    Ok(Some(CurrentUser {
        id: s.user_id,
        email: s.email.clone(),
        display_name: s.display_name.clone(),
        grants: read.grants.clone(),
        session_id: Some(s.session_id),
        current_site_id: s.current_site_id,
        language: s.language.clone(),
        site_language: s.current_site_id.and_then(|id| read.sites.iter().find(|x| x.id == id)?.language.clone()),
        unread_reminders: Some(s.unread_reminders),
        sites: SitesOnce::read(read.sites.clone()),
        holidays: Default::default(),
    }))
}

/// The user behind an `Authorization: Bearer` API token, if it is live.
pub async fn resolve_api_token(state: &AppState, secret: &str) -> Result<Option<CurrentUser>, AppError> {
    if !secret.starts_with(token::API_TOKEN_PREFIX) || secret.len() > 100 {
        return Ok(None);
    }
    let db = &state.db;
    let now = state.now();
    let Some(t) = api_tokens::find_live(db, &token::sha256_hex(secret)).await? else { return Ok(None) };
    if t.last_used_at.is_none_or(|at| now - at > Duration::seconds(60)) {
        api_tokens::touch(db, t.token_id, now).await?;
    }
    let grants = access::grant_list(db, t.user_id).await?;
    Ok(Some(CurrentUser {
        id: t.user_id,
        email: t.email,
        display_name: t.display_name,
        grants,
        session_id: None,
        current_site_id: None,
        // the API speaks to programs: its messages stay in English
        language: None,
        site_language: None,
        unread_reminders: None,
        sites: Default::default(),
        holidays: Default::default(),
    }))
}

/// Changes the signed-in user's own password; other sessions of the user end.
pub async fn change_password(
    state: &AppState,
    user: &CurrentUser,
    current: &str,
    new: &str,
    confirm: &str,
) -> Result<(), AppError> {
    let db = &state.db;
    let row = users::by_id(db, user.id).await?.ok_or(AppError::Unauthorized)?;
    let mut errors = FieldErrors::new();
    if !state.hasher.verify(current, Some(&row.password_hash)).await {
        errors.add("current_password", "This is not your current password.");
    }
    let email = Email::parse(&row.email).ok();
    errors.check("new_password", password::check(new, email.as_ref(), Some(&row.display_name)));
    if new != confirm {
        errors.add("confirm_password", "The two new passwords differ.");
    }
    errors.into_result()?;
    let hash = state.hasher.hash(new).await?;
    let now = state.now();
    let txn = begin_write(db).await?;
    users::set_password(&txn, user.id, &hash, now).await?;
    let ended = sessions::delete_for_user(&txn, user.id, user.session_id).await?;
    let tokens_ended = api_tokens::revoke_all_of(&txn, user.id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("user.password_change", "user", user.id)
            .after(serde_json::json!({ "other_sessions_ended": ended, "api_tokens_ended": tokens_ended })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A user as if signed in (for set-up scripts and the demo): their current grants, no session.
pub async fn as_user(state: &AppState, user_id: i64) -> Result<CurrentUser, AppError> {
    let u = users::by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    Ok(CurrentUser {
        id: u.id,
        email: u.email,
        display_name: u.display_name,
        grants: access::grant_list(&state.db, u.id).await?,
        session_id: None,
        current_site_id: None,
        language: u.language,
        site_language: None,
        unread_reminders: None,
        sites: Default::default(),
        holidays: Default::default(),
    })
}
