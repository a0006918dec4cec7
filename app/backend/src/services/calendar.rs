//! Dates on a site's calendar (its time zone): the support every record uses to date things.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::auth::CurrentUser;
use crate::repo::sites;
use crate::state::AppState;
use contract::error::AppError;

/// Today's date on a site's calendar (its time zone).
pub fn local_today(timezone: &str, now: DateTime<Utc>) -> NaiveDate {
    match timezone.parse::<chrono_tz::Tz>() {
        Ok(tz) => now.with_timezone(&tz).date_naive(),
        Err(_) => now.date_naive(),
    }
}

/// The instant a site-local date and time names (the earlier one when clocks go back); None in a
/// gap when clocks go forward, or for an unknown time zone.
pub fn site_time(timezone: &str, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let tz: chrono_tz::Tz = timezone.parse().ok()?;
    tz.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc))
}

/// Today on one site's calendar.
pub async fn today_on(state: &AppState, site_id: i64) -> Result<NaiveDate, AppError> {
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    Ok(local_today(&site.timezone, state.now()))
}

/// Today on one site's calendar, for a request's user (the sites the request already read).
pub async fn today_for(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<NaiveDate, AppError> {
    let site = user.site(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    Ok(local_today(&site.timezone, state.now()))
}

/// The day an instant falls on, on one site's calendar.
pub async fn date_on(state: &AppState, site_id: i64, at: DateTime<Utc>) -> Result<NaiveDate, AppError> {
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    Ok(local_today(&site.timezone, at))
}

/// Today on each site's calendar, by site id.
pub async fn todays(state: &AppState) -> Result<HashMap<i64, NaiveDate>, AppError> {
    Ok(todays_of(state, &sites::all(&state.db).await?))
}

/// The same for a request's user: the sites the request already read.
pub async fn todays_for(state: &AppState, user: &CurrentUser) -> Result<HashMap<i64, NaiveDate>, AppError> {
    Ok(todays_of(state, user.sites(&state.db).await?))
}

fn todays_of(state: &AppState, all: &[sites::Site]) -> HashMap<i64, NaiveDate> {
    let now = state.now();
    all.iter().map(|s| (s.id, local_today(&s.timezone, now))).collect()
}
