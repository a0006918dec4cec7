//! Site holiday calendars (PM-5: calendar due dates on a holiday shift or skip, per schedule).
use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::site_holiday as h;
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::dates;
use domain::validation::{FieldErrors, required_text};

pub async fn list(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<(NaiveDate, String)>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    Ok(h::Entity::find()
        .filter(h::Column::SiteId.eq(site_id))
        .order_by_asc(h::Column::Day)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|r| (r.day, r.name))
        .collect())
}

pub async fn add(state: &AppState, user: &CurrentUser, site_id: i64, day: &str, name: &str) -> Result<(), AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageSchedules, now.date_naive())?;
    let mut e = FieldErrors::new();
    let day = e.check("day", dates::PLANNED.parse(day, "Use a date like 2026-12-25."));
    let name = e.check("name", required_text(name, 120));
    let (day, name) = e.finish((day, name))?;
    let (day, name) = (day, name);
    if h::Entity::find_by_id((site_id, day)).one(&state.db).await?.is_some() {
        return Err(AppError::validation("day", "This day is already a holiday."));
    }
    let txn = begin_write(&state.db).await?;
    h::ActiveModel { site_id: Set(site_id), day: Set(day), name: Set(name.clone()) }.insert(&txn).await?;
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
    let row = h::Entity::find_by_id((site_id, day)).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    h::Entity::delete_by_id((site_id, day)).exec(&txn).await?;
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
