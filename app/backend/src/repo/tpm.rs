//! CIL point and check queries (the operator's rounds); abnormality tags are in [`super::tags`].
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Select,
};

use crate::entities::{cil_check as chk, cil_point as pt};

pub use chk::Model as CilCheck;
pub use pt::Model as CilPoint;

/// A CIL point to write, checked by the caller.
pub struct NewPoint {
    pub site_id: i64,
    pub asset_id: i64,
    pub title: String,
    pub method: String,
    pub acceptance: String,
    pub tool: String,
    pub minutes: i32,
    pub frequency: String,
    pub role: String,
}

/// Inserts an active point (first position).
pub async fn insert_point(conn: &impl ConnectionTrait, n: NewPoint, now: DateTime<Utc>) -> Result<CilPoint, DbErr> {
    pt::ActiveModel {
        site_id: Set(n.site_id),
        asset_id: Set(n.asset_id),
        position: Set(0),
        title: Set(n.title),
        method: Set(n.method),
        acceptance: Set(n.acceptance),
        tool: Set(n.tool),
        minutes: Set(n.minutes),
        frequency: Set(n.frequency),
        role: Set(n.role),
        active: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn point_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<CilPoint>, DbErr> {
    pt::Entity::find_by_id(id).one(conn).await
}

/// The active points with `column` = `id` (a site's or an asset's).
fn active_with(column: pt::Column, id: i64) -> Select<pt::Entity> {
    pt::Entity::find().filter(column.eq(id)).filter(pt::Column::Active.eq(true))
}

/// A site's active points, oldest first.
pub async fn active_points_of_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<CilPoint>, DbErr> {
    active_with(pt::Column::SiteId, site_id).order_by_asc(pt::Column::Id).all(conn).await
}

/// An asset's active points, oldest first.
/// A site's active points in round order: by asset, then oldest first.
pub async fn round_points_of_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<CilPoint>, DbErr> {
    active_with(pt::Column::SiteId, site_id)
        .order_by_asc(pt::Column::AssetId)
        .order_by_asc(pt::Column::Id)
        .all(conn)
        .await
}

/// Home's section of the day's round ([`super::packed_sections`]): each active point of site
/// `site` as (its frequency, 1 if it was checked on `day`, else 0), placeholders given (which
/// points fall due is `domain::tpm`'s rule).
pub fn round_marks_from(site: &str, day: &str) -> ([String; 2], String) {
    (
        [
            "p.frequency".to_string(),
            format!("CAST(EXISTS (SELECT 1 FROM cil_check c WHERE c.point_id = p.id AND c.day = {day}) AS INTEGER)"),
        ],
        format!("FROM cil_point p WHERE p.site_id = {site} AND p.active"),
    )
}

/// The checks made on a day of these points.
pub async fn checks_on(
    conn: &impl ConnectionTrait,
    point_ids: Vec<i64>,
    day: NaiveDate,
) -> Result<Vec<CilCheck>, DbErr> {
    chk::Entity::find().filter(chk::Column::PointId.is_in(point_ids)).filter(chk::Column::Day.eq(day)).all(conn).await
}

/// The check of one point on a day, if made.
pub async fn check_on(conn: &impl ConnectionTrait, point_id: i64, day: NaiveDate) -> Result<Option<CilCheck>, DbErr> {
    chk::Entity::find().filter(chk::Column::PointId.eq(point_id)).filter(chk::Column::Day.eq(day)).one(conn).await
}

/// A check to write: OK, or not OK with the tag it raised.
pub struct NewCheck {
    pub point_id: i64,
    pub day: NaiveDate,
    pub ok: bool,
    pub note: String,
    pub reading: Option<f64>,
    pub checked_by: Option<i64>,
    pub checked_at: DateTime<Utc>,
    pub tag_id: Option<i64>,
}

pub async fn insert_check(conn: &impl ConnectionTrait, n: NewCheck) -> Result<CilCheck, DbErr> {
    chk::ActiveModel {
        point_id: Set(n.point_id),
        day: Set(n.day),
        ok: Set(n.ok),
        note: Set(n.note),
        reading: Set(n.reading),
        checked_by: Set(n.checked_by),
        checked_at: Set(n.checked_at),
        tag_id: Set(n.tag_id),
        ..Default::default()
    }
    .insert(conn)
    .await
}
