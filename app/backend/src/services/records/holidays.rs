//! Site holiday calendars (PM-5: calendar due dates on a holiday shift or skip, per schedule).
use chrono::NaiveDate;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::holidays;
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::dates;
use domain::validation::{FieldErrors, required_text};

pub async fn list(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<(NaiveDate, String)>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    Ok(user.holidays(&state.db, site_id).await?.into_iter().map(|r| (r.day, r.name)).collect())
}

pub async fn add(state: &AppState, user: &CurrentUser, site_id: i64, day: &str, name: &str) -> Result<(), AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageSchedules, now.date_naive())?;
    let mut e = FieldErrors::new();
    let day = e.check("day", dates::PLANNED.parse(day, "Use a date like 2026-12-25."));
    let name = e.check("name", required_text(name, 120));
    let (day, name) = e.finish((day, name))?;
    let (day, name) = (day, name);
    if holidays::find(&state.db, site_id, day).await?.is_some() {
        return Err(AppError::validation("day", "This day is already a holiday."));
    }
    let txn = begin_write(&state.db).await?;
    holidays::insert(&txn, site_id, day, &name).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("holiday.add", "site", site_id).site(Some(site_id)).after(json!({"day": day, "name": name})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn remove(state: &AppState, user: &CurrentUser, site_id: i64, day: NaiveDate) -> Result<(), AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageSchedules, now.date_naive())?;
    let row = holidays::find(&state.db, site_id, day).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    holidays::delete(&txn, site_id, day).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("holiday.remove", "site", site_id)
            .site(Some(site_id))
            .before(json!({"day": row.day, "name": row.name})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
