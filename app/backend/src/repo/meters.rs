use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*};

use crate::entities::{meter as m, meter_reading as r};

pub use m::Model as Meter;
pub use r::Model as Reading;

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Meter>, DbErr> {
    m::Entity::find_by_id(id).one(conn).await
}

pub async fn for_asset(conn: &impl ConnectionTrait, asset_id: i64) -> Result<Vec<Meter>, DbErr> {
    m::Entity::find().filter(m::Column::AssetId.eq(asset_id)).order_by_asc(m::Column::Name).all(conn).await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    site_id: i64,
    asset_id: i64,
    name: &str,
    unit: &str,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<Meter, DbErr> {
    m::ActiveModel {
        site_id: Set(site_id),
        asset_id: Set(asset_id),
        name: Set(name.to_string()),
        unit: Set(unit.to_string()),
        kind: Set(kind.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn last_reading(conn: &impl ConnectionTrait, meter_id: i64) -> Result<Option<Reading>, DbErr> {
    r::Entity::find()
        .filter(r::Column::MeterId.eq(meter_id))
        .order_by_desc(r::Column::ReadAt)
        .order_by_desc(r::Column::Id)
        .one(conn)
        .await
}

/// The last `n` readings of each meter, oldest first.
/// The rows of `meter_reading r` (all its columns) that are among the `n` latest of their meter,
/// for the meters `meters` selects (`SELECT id FROM meter ...`), by meter in `meters`' order
/// (`m.name`, `m.id` for an asset's) then oldest first; after `SELECT`, or as a section.
pub fn latest_from(meters: &str, n: u64) -> String {
    format!(
        "FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.meter_id ORDER BY r.read_at DESC, r.id DESC) AS nth \
         FROM meter_reading r WHERE r.meter_id IN ({meters})) AS r JOIN meter m ON m.id = r.meter_id \
         WHERE r.nth <= {n} ORDER BY m.name, m.id, r.read_at, r.id"
    )
}

/// The `n` latest readings of each of these meters, by meter (by name), oldest first: one statement.
pub async fn recent(conn: &impl ConnectionTrait, meter_ids: &[i64], n: u64) -> Result<Vec<Reading>, DbErr> {
    if meter_ids.is_empty() {
        return Ok(vec![]);
    }
    let ids = meter_ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    let columns = super::columns_of::<r::Entity>("r.").join(", ");
    let sql = format!("SELECT {columns} {}", latest_from(&format!("SELECT id FROM meter WHERE id IN ({ids})"), n));
    Reading::find_by_statement(sea_orm::Statement::from_string(conn.get_database_backend(), sql)).all(conn).await
}

pub async fn add_reading(
    conn: &impl ConnectionTrait,
    meter_id: i64,
    value: f64,
    is_reset: bool,
    at: DateTime<Utc>,
    by: Option<i64>,
    work_order_id: Option<i64>,
) -> Result<Reading, DbErr> {
    r::ActiveModel {
        meter_id: Set(meter_id),
        value: Set(value),
        is_reset: Set(is_reset),
        read_at: Set(at),
        recorded_by: Set(by),
        work_order_id: Set(work_order_id),
        ..Default::default()
    }
    .insert(conn)
    .await
}
