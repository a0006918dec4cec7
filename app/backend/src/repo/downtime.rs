use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::asset_downtime as d;

pub use d::Model as Downtime;

pub async fn open_for_asset(conn: &impl ConnectionTrait, asset_id: i64) -> Result<Option<Downtime>, DbErr> {
    d::Entity::find().filter(d::Column::AssetId.eq(asset_id)).filter(d::Column::EndedAt.is_null()).one(conn).await
}

/// A stop: ongoing (`ended_at` None, the asset is down) or recorded afterwards.
pub struct NewStop<'a> {
    pub asset_id: i64,
    pub work_order_id: Option<i64>,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub reason: &'a str,
    pub reason_id: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, s: NewStop<'_>) -> Result<Downtime, DbErr> {
    d::ActiveModel {
        asset_id: Set(s.asset_id),
        work_order_id: Set(s.work_order_id),
        started_at: Set(s.started_at),
        ended_at: Set(s.ended_at),
        reason: Set(s.reason.to_string()),
        reason_id: Set(s.reason_id),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn end(conn: &impl ConnectionTrait, id: i64, at: DateTime<Utc>) -> Result<(), DbErr> {
    d::Entity::update_many()
        .col_expr(d::Column::EndedAt, Some(at).into())
        .filter(d::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A stop of one of a site's assets, as the KPI page counts it.
#[derive(Debug, FromQueryResult)]
pub struct StopSpan {
    pub asset_id: i64,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
}

/// The stops of a site's assets overlapping [from, to), for MTBF/MTTR (one statement: the site by
/// a join, never its every asset).
pub async fn in_period(
    conn: &impl ConnectionTrait,
    site_id: i64,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<StopSpan>, DbErr> {
    StopSpan::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT d.asset_id, d.started_at, d.ended_at FROM asset_downtime d JOIN asset a ON a.id = d.asset_id \
         WHERE a.site_id = $1 AND d.started_at < $2 AND (d.ended_at IS NULL OR d.ended_at > $3)",
        [site_id.into(), to.into(), from.into()],
    ))
    .all(conn)
    .await
}

/// Stops of an asset overlapping [from, to) (a stop entered afterwards may not overlap another).
pub async fn asset_stop_overlapping(
    conn: &impl ConnectionTrait,
    asset_id: i64,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(d::Entity::find()
        .filter(d::Column::AssetId.eq(asset_id))
        .filter(d::Column::StartedAt.lt(to))
        .filter(Condition::any().add(d::Column::EndedAt.is_null()).add(d::Column::EndedAt.gt(from)))
        .count(conn)
        .await?
        > 0)
}
