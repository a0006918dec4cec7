//! People and their grants: create, deactivate/reactivate, grant and revoke roles, list.
use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::repo::{api_tokens, grants, sessions, sites, users};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::{GrantDto, UserDto, UserPage};
use contract::error::AppError;
use domain::authz::{Permission, Role, Target, validate_grant};
use domain::dates;
use domain::email::Email;
use domain::password;
use domain::validation::{FieldErrors, required_text};

/// Where a grant applies, as typed in a form or on the command line: a site code or id, or "all".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteChoice {
    All,
    Id(i64),
    Code(String),
}

impl SiteChoice {
    pub fn parse(raw: &str) -> SiteChoice {
        let s = raw.trim();
        if s.eq_ignore_ascii_case("all") || s.is_empty() {
            SiteChoice::All
        } else if let Ok(id) = s.parse::<i64>() {
            SiteChoice::Id(id)
        } else {
            SiteChoice::Code(s.to_string())
        }
    }
}

pub struct NewUserInput {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub role: String,
    pub site: SiteChoice,
    pub expires_on: Option<String>,
}

async fn resolve_site(state: &AppState, choice: &SiteChoice) -> Result<Option<Option<i64>>, AppError> {
    Ok(match choice {
        SiteChoice::All => Some(None),
        SiteChoice::Id(id) => sites::by_id(&state.db, *id).await?.map(|s| Some(s.id)),
        // a code with control characters names no site (and PostgreSQL refuses a NUL in text)
        SiteChoice::Code(c) if c.chars().any(char::is_control) => None,
        SiteChoice::Code(c) => sites::by_code(&state.db, c).await?.map(|s| Some(s.id)),
    })
}

fn parse_date(raw: Option<&str>) -> Result<Option<NaiveDate>, String> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => dates::PLANNED.parse(s, "Use a date like 2026-12-31.").map(Some),
    }
}

fn target_of(site_id: Option<i64>) -> Target {
    site_id.map_or(Target::Org, Target::Site)
}

/// Creates a user with a first grant. Organisation-wide admins (or the CLI) only.
pub async fn create(state: &AppState, caller: Caller<'_>, input: NewUserInput) -> Result<UserDto, AppError> {
    let now = state.now();
    let today = now.date_naive();
    caller.require(Target::Org, Permission::ManageUsers, today)?;
    let mut e = FieldErrors::new();
    let email = e.check("email", Email::parse(&input.email));
    let name = e.check("display_name", required_text(&input.display_name, 120));
    e.check("password", password::check(&input.password, email.as_ref(), name.as_deref()));
    let role = e.check("role", Role::parse(&input.role).ok_or("Choose a role."));
    let expires_on = e.check("expires_on", parse_date(input.expires_on.as_deref())).flatten();
    let site = resolve_site(state, &input.site).await?;
    if site.is_none() {
        e.add("site", "No such site.");
    }
    if let Some(role) = role {
        e.check("expires_on", validate_grant(role, expires_on, today));
    }
    let (email, name, role, site_id) = e.finish((email, name, role, site))?;
    if users::by_email(&state.db, email.as_str()).await?.is_some() {
        return Err(AppError::validation("email", "A user with this e-mail address already exists."));
    }
    let hash = state.hasher.hash(&input.password).await?;
    let actor = caller.actor();
    let txn = begin_write(&state.db).await?;
    let user = users::insert(&txn, email.as_str(), &name, &hash, now).await.map_err(|err| {
        if is_unique_violation(&err) {
            AppError::validation("email", "A user with this e-mail address already exists.")
        } else {
            err.into()
        }
    })?;
    audit::record(
        &txn,
        &actor,
        now,
        Change::new("user.create", "user", user.id)
            .after(json!({"email": user.email, "display_name": user.display_name, "active": true})),
    )
    .await?;
    let g = grants::insert(&txn, user.id, site_id, role, expires_on, caller.user_id(), now).await?;
    audit::record(&txn, &actor, now, grant_change("grant.create", &g).after(grant_json(&g))).await?;
    txn.commit().await?;
    dto_for(state, user.id).await
}

fn grant_json(g: &grants::GrantRow) -> serde_json::Value {
    json!({"user_id": g.user_id, "site_id": g.site_id, "role": g.role, "expires_on": g.expires_on, "framework_id": g.framework_id})
}

fn grant_change(action: &'static str, g: &grants::GrantRow) -> Change {
    Change::new(action, "grant", g.id).site(g.site_id)
}

/// Grants a role on a site (admins of that site) or on all sites (organisation-wide admins).
pub async fn grant(
    state: &AppState,
    caller: Caller<'_>,
    user_id: i64,
    site: &SiteChoice,
    role: &str,
    expires_on: Option<&str>,
    framework_id: Option<i64>,
) -> Result<GrantDto, AppError> {
    let now = state.now();
    let today = now.date_naive();
    let site_id = resolve_site(state, site).await?.ok_or_else(|| AppError::validation("site", "No such site."))?;
    caller.require(target_of(site_id), Permission::ManageGrants, today)?;
    users::by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let role = e.check("role", Role::parse(role).ok_or("Choose a role."));
    let expires_on = e.check("expires_on", parse_date(expires_on)).flatten();
    if let Some(role) = role {
        e.check("expires_on", validate_grant(role, expires_on, today));
    }
    if let Some(f) = framework_id {
        if role != Some(Role::Auditor) {
            e.add("framework_id", "Only an auditor's access is limited to one framework.");
        } else if site_id.is_none() {
            e.add("framework_id", "A framework-limited auditor grant is for one site.");
        } else if crate::repo::frameworks::by_id(&state.db, f).await?.is_none() {
            e.add("framework_id", "No such framework.");
        }
    }
    let role = e.finish(role)?;
    if grants::find(&state.db, user_id, site_id, role).await?.is_some() {
        return Err(AppError::Conflict("This person already holds this role there.".into()));
    }
    let txn = begin_write(&state.db).await?;
    let g = grants::insert(&txn, user_id, site_id, role, expires_on, caller.user_id(), now).await.map_err(|err| {
        if is_unique_violation(&err) {
            AppError::Conflict("This person already holds this role there.".into())
        } else {
            err.into()
        }
    })?;
    let g = match framework_id {
        Some(f) => grants::set_framework(&txn, g, f).await?,
        None => g,
    };
    audit::record(&txn, &caller.actor(), now, grant_change("grant.create", &g).after(grant_json(&g))).await?;
    txn.commit().await?;
    let names = site_names(state).await?;
    Ok(grant_dto(&g, &names, today))
}

/// Revokes one grant (admins of its site, or organisation-wide admins for all-site grants).
pub async fn revoke(
    state: &AppState,
    caller: Caller<'_>,
    grant_id: i64,
    reason: Option<String>,
) -> Result<(), AppError> {
    let now = state.now();
    let g = grants::by_id(&state.db, grant_id).await?.ok_or(AppError::NotFound)?;
    caller.require(target_of(g.site_id), Permission::ManageGrants, now.date_naive())?;
    if let Caller::User(u) = caller
        && u.id == g.user_id
        && g.role == Role::Admin.as_str()
    {
        return Err(AppError::Conflict("You cannot revoke your own administrator role.".into()));
    }
    let txn = begin_write(&state.db).await?;
    grants::delete(&txn, g.id).await?;
    audit::record(&txn, &caller.actor(), now, grant_change("grant.revoke", &g).before(grant_json(&g)).reason(reason))
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Deactivates or reactivates a user; deactivation ends their sessions at once.
pub async fn set_active(
    state: &AppState,
    caller: Caller<'_>,
    user_id: i64,
    active: bool,
    reason: Option<String>,
) -> Result<UserDto, AppError> {
    let now = state.now();
    caller.require(Target::Org, Permission::ManageUsers, now.date_naive())?;
    let user = users::by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    if caller.user_id() == Some(user_id) && !active {
        return Err(AppError::Conflict("You cannot deactivate yourself.".into()));
    }
    if user.active != active {
        let txn = begin_write(&state.db).await?;
        users::set_active(&txn, user_id, active).await?;
        let ended = if active { 0 } else { sessions::delete_for_user(&txn, user_id, None).await? };
        // a token does not come back to life with the account
        let tokens_ended = if active { 0 } else { api_tokens::revoke_all_of(&txn, user_id, now).await? };
        let action = if active { "user.reactivate" } else { "user.deactivate" };
        audit::record(
            &txn,
            &caller.actor(),
            now,
            Change::new(action, "user", user_id)
                .before(json!({"active": user.active}))
                .after(json!({"active": active, "sessions_ended": ended, "api_tokens_ended": tokens_ended}))
                .reason(reason),
        )
        .await?;
        txn.commit().await?;
    }
    dto_for(state, user_id).await
}

async fn site_names(state: &AppState) -> Result<HashMap<i64, String>, AppError> {
    Ok(sites::all(&state.db).await?.into_iter().map(|s| (s.id, s.name)).collect())
}

fn grant_dto(g: &grants::GrantRow, names: &HashMap<i64, String>, today: NaiveDate) -> GrantDto {
    let role = Role::parse(&g.role).unwrap_or(Role::Operator);
    GrantDto {
        id: g.id,
        user_id: g.user_id,
        site_id: g.site_id,
        site_name: g.site_id.map_or_else(|| "All sites".to_string(), |id| names.get(&id).cloned().unwrap_or_default()),
        role,
        expires_on: g.expires_on,
        active: g.expires_on.is_none_or(|d| today <= d),
    }
}

async fn dto_for(state: &AppState, user_id: i64) -> Result<UserDto, AppError> {
    let user = users::by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    let rows = grants::for_user(&state.db, user_id).await?;
    let names = site_names(state).await?;
    let today = state.today();
    Ok(UserDto {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        active: user.active,
        created_at: user.created_at,
        grants: rows.iter().map(|g| grant_dto(g, &names, today)).collect(),
    })
}

/// Users an admin may manage: everyone for organisation-wide admins; for a site admin, the
/// people granted on their sites (with only those sites' grants shown).
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    q: &str,
    page: i64,
    per_page: i64,
) -> Result<UserPage, AppError> {
    let today = state.today();
    let org = user.can(Target::Org, Permission::ManageUsers, today);
    let admin_sites: Vec<i64> = sites::all_ids(&state.db)
        .await?
        .into_iter()
        .filter(|s| user.can(Target::Site(*s), Permission::ManageGrants, today))
        .collect();
    if !org && admin_sites.is_empty() {
        return Err(AppError::Forbidden);
    }
    let only_ids = if org {
        None
    } else {
        let mut ids = Vec::new();
        for s in &admin_sites {
            ids.extend(grants::user_ids_on_site(&state.db, *s).await?);
        }
        ids.sort();
        ids.dedup();
        Some(ids)
    };
    let found = users::search(&state.db, q, only_ids.as_deref(), page, per_page).await?;
    let ids: Vec<i64> = found.items.iter().map(|u| u.id).collect();
    let all_grants = grants::for_users(&state.db, &ids).await?;
    let names = site_names(state).await?;
    let users = found
        .items
        .into_iter()
        .map(|u| UserDto {
            grants: all_grants
                .iter()
                .filter(|g| g.user_id == u.id)
                .filter(|g| org || g.site_id.is_some_and(|s| admin_sites.contains(&s)))
                .map(|g| grant_dto(g, &names, today))
                .collect(),
            id: u.id,
            email: u.email,
            display_name: u.display_name,
            active: u.active,
            created_at: u.created_at,
        })
        .collect();
    Ok(UserPage { users, total: found.total, page: page.max(1), per_page: per_page.clamp(1, 100) })
}

/// One user, for organisation-wide admins or the user themself.
pub async fn get(state: &AppState, user: &CurrentUser, user_id: i64) -> Result<UserDto, AppError> {
    if user.id != user_id {
        Caller::User(user).require(Target::Org, Permission::ManageUsers, state.today())?;
    }
    dto_for(state, user_id).await
}

/// Grants: one's own; a site's (its administrators); anyone's (organisation-wide administrators).
pub async fn list_grants(
    state: &AppState,
    user: &CurrentUser,
    user_id: Option<i64>,
    site_id: Option<i64>,
    page: i64,
    per_page: i64,
) -> Result<Vec<GrantDto>, AppError> {
    let today = state.today();
    let org = user.can(Target::Org, Permission::ManageUsers, today);
    let own = user_id == Some(user.id);
    let site_admin = site_id.is_some_and(|s| user.can(Target::Site(s), Permission::ManageGrants, today));
    if !(org || own || site_admin) {
        return Err(AppError::Forbidden);
    }
    let (offset, limit) = crate::repo::paging(page, per_page);
    let rows = grants::list(&state.db, user_id, site_id, offset, limit).await?;
    let names = site_names(state).await?;
    Ok(rows.iter().map(|g| grant_dto(g, &names, today)).collect())
}

/// The language the signed-in person reads Gemba in: one of [`i18n::Lang::ALL`] by its code, or
/// blank for none chosen (their site's default, else their browser's). Written to the audit trail.
pub async fn set_language(state: &AppState, user: &CurrentUser, code: &str) -> Result<(), AppError> {
    let chosen = i18n::Lang::chosen(code).map_err(|m| AppError::validation("language", m))?.map(|l| l.code());
    let before = users::by_id(&state.db, user.id).await?.ok_or(AppError::NotFound)?.language;
    if before.as_deref() == chosen {
        return Ok(());
    }
    let txn = begin_write(&state.db).await?;
    users::set_language(&txn, user.id, chosen).await?;
    audit::record(
        &txn,
        &user.actor(),
        state.now(),
        Change::new("user.language", "user", user.id)
            .before(json!({"language": before}))
            .after(json!({"language": chosen})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
