//! Sites: listing what a user may see, switching the current site, creating sites.

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::repo::{sessions, sites};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::{Me, SiteDto};
use contract::error::AppError;
use domain::authz::{Permission, Role, Target};
use domain::pm::WindowMode;
use domain::site::NewSite;
use domain::validation::FieldErrors;

pub fn tz_known(name: &str) -> bool {
    name.parse::<chrono_tz::Tz>().is_ok()
}

/// The app shell's view of the signed-in user.
pub async fn me(state: &AppState, user: &CurrentUser) -> Result<Me, AppError> {
    let today = state.today();
    let sites = crate::services::access::sites(&state.db, user, today).await?;
    let current = user
        .current_site_id
        .filter(|id| sites.iter().any(|s| s.site.id == *id))
        .or_else(|| sites.first().map(|s| s.site.id));
    let mut org_roles: Vec<Role> =
        user.grants.iter().filter(|g| g.site_id.is_none() && g.active_on(today)).map(|g| g.role).collect();
    org_roles.sort();
    org_roles.dedup();
    let permissions: Vec<Permission> = Permission::ALL
        .into_iter()
        .filter(|p| {
            let target = match current {
                _ if p.org_wide() => Target::Org,
                Some(site) => Target::Site(site),
                None => Target::AnySite,
            };
            user.can(target, *p, today)
        })
        .collect();
    Ok(Me {
        id: user.id,
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        sites,
        current_site_id: current,
        org_roles,
        can_manage_users: user.can(Target::Org, Permission::ManageUsers, today),
        can_view_audit: user.can(Target::AnySite, Permission::ViewAuditLog, today),
        can_view_compliance: user.can(Target::AnySite, Permission::ViewCompliance, today),
        can_manage_reminders: user.can(Target::AnySite, Permission::ManageReminders, today),
        can_view_outbox: user.can(Target::Org, Permission::ViewOutbox, today),
        unread_reminders: match user.unread_reminders {
            Some(n) => n,
            None => crate::repo::reminders::unread_count(&state.db, user.id).await? as i64,
        },
        permissions,
        language: user.language.clone(),
    })
}

/// Makes `site_id` the session's current site; refused (403) for a site the user cannot see.
pub async fn switch(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<(), AppError> {
    let today = state.today();
    if sites::by_id(&state.db, site_id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    Caller::User(user).require(Target::Site(site_id), Permission::ViewSite, today)?;
    let session = user.session_id.ok_or(AppError::Unauthorized)?;
    sessions::set_current_site(&state.db, session, site_id).await?;
    Ok(())
}

pub async fn get(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<SiteDto, AppError> {
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(site_id), Permission::ViewSite, state.today())?;
    Ok(access::site_dto(site))
}

/// Creates a site (organisation-wide admins, or the CLI and demo set-up).
pub async fn create(
    state: &AppState,
    caller: Caller<'_>,
    code: &str,
    name: &str,
    address: &str,
    timezone: &str,
) -> Result<SiteDto, AppError> {
    let now = state.now();
    caller.require(Target::Org, Permission::ManageSites, now.date_naive())?;
    let new = NewSite::parse(code, name, address, timezone, tz_known)?;
    let txn = begin_write(&state.db).await?;
    let org = match sites::organisation(&txn).await? {
        Some(o) => o,
        None => sites::insert_organisation(&txn, "My organisation", now).await?,
    };
    if sites::by_code(&txn, &new.code).await?.is_some() {
        return Err(AppError::validation("code", "Another site already uses this code."));
    }
    let site = sites::insert(&txn, org.id, &new, now).await.map_err(|e| {
        if is_unique_violation(&e) {
            AppError::validation("code", "Another site already uses this code.")
        } else {
            e.into()
        }
    })?;
    // the stop reasons OEE needs, editable on the production page
    crate::repo::production::insert_default_reasons(&txn, site.id).await?;
    let dto = access::site_dto(site);
    audit::record(
        &txn,
        &caller.actor(),
        now,
        Change::new("site.create", "site", dto.id).site(Some(dto.id)).after(&dto),
    )
    .await?;
    txn.commit().await?;
    Ok(dto)
}

/// Every site, for organisation-wide administrators.
pub async fn list_all(state: &AppState, user: &CurrentUser) -> Result<Vec<SiteDto>, AppError> {
    Caller::User(user).require(Target::Org, Permission::ManageSites, state.today())?;
    Ok(sites::all(&state.db).await?.into_iter().map(access::site_dto).collect())
}

/// The PM compliance window as a site's administrator sets it: a percentage of the interval, its
/// side(s) of the due date (blank: symmetric) and a minimum of days (blank: none).
pub struct PmWindowInput<'a> {
    pub pct: &'a str,
    pub mode: &'a str,
    pub min_days: &'a str,
}

/// A site's settings (its administrators): anonymous problem reports, the PM compliance window.
pub async fn update_settings(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    allow_anonymous_reports: bool,
    window: PmWindowInput<'_>,
    language: &str,
) -> Result<SiteDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageGrants, now.date_naive())?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let pct = e.check(
        "pm_window_pct",
        window
            .pct
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|p| (0..=50).contains(p))
            .ok_or("Enter a whole percentage from 0 to 50."),
    );
    let mode = e.check(
        "pm_window_mode",
        match window.mode.trim() {
            "" => Some(WindowMode::Symmetric),
            m => WindowMode::parse(m),
        }
        .ok_or("Choose whether early work counts: before or after the due date, or after it only."),
    );
    let min_days = e.check(
        "pm_window_min_days",
        match window.min_days.trim() {
            "" => Some(0),
            n => n.parse::<i32>().ok().filter(|d| (0..=30).contains(d)),
        }
        .ok_or("Enter a whole number of days from 0 to 30."),
    );
    let language = e.check("language", i18n::Lang::chosen(language));
    let (pct, mode, min_days, language) = e.finish((pct, mode, min_days, language))?;
    let language = language.map(|l| l.code().to_string());
    let before = access::site_dto(site.clone());
    let settings = sites::Settings {
        allow_anonymous_reports,
        pm_window_pct: pct,
        pm_window_mode: mode.as_str().into(),
        pm_window_min_days: min_days,
        language,
    };
    let txn = begin_write(&state.db).await?;
    let after = access::site_dto(sites::set_settings(&txn, site, settings).await?);
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("site.settings", "site", site_id).site(Some(site_id)).before(&before).after(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(after)
}
