//! Audit pack queries: the queue of packs to build, each claimed with a lease.
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};

use crate::entities::audit_pack as ap;

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ap::Model>, DbErr> {
    ap::Entity::find_by_id(id).one(conn).await
}

/// A site's packs, newest first, at most `limit`.
pub async fn recent_for_site(conn: &impl ConnectionTrait, site_id: i64, limit: u64) -> Result<Vec<ap::Model>, DbErr> {
    ap::Entity::find().filter(ap::Column::SiteId.eq(site_id)).order_by_desc(ap::Column::Id).limit(limit).all(conn).await
}

/// A queued pack for a framework, a site and a period.
pub async fn insert(
    conn: &impl ConnectionTrait,
    site_id: i64,
    framework_id: i64,
    (from, to): (NaiveDate, NaiveDate),
    requested_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<ap::Model, DbErr> {
    ap::ActiveModel {
        site_id: Set(site_id),
        framework_id: Set(framework_id),
        period_from: Set(from),
        period_to: Set(to),
        status: Set("queued".into()),
        progress: Set(0),
        storage_name: Set(String::new()),
        sha256: Set(String::new()),
        size_bytes: Set(0),
        error: Set(String::new()),
        requested_by: Set(requested_by),
        created_at: Set(now),
        claimed_at: Set(None),
        finished_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Queues again the packs being built whose lease was last renewed before `stale`.
pub async fn requeue_stale(conn: &impl ConnectionTrait, stale: DateTime<Utc>) -> Result<(), DbErr> {
    ap::Entity::update_many()
        .col_expr(ap::Column::Status, Expr::value("queued"))
        .filter(ap::Column::Status.eq("building"))
        .filter(ap::Column::ClaimedAt.lt(stale))
        .exec(conn)
        .await?;
    Ok(())
}

/// The oldest queued pack.
pub async fn next_queued(conn: &impl ConnectionTrait) -> Result<Option<ap::Model>, DbErr> {
    ap::Entity::find().filter(ap::Column::Status.eq("queued")).order_by_asc(ap::Column::Id).one(conn).await
}

/// Claims a queued pack for building: true for exactly one claimant.
pub async fn claim(conn: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let claimed = ap::Entity::update_many()
        .col_expr(ap::Column::Status, Expr::value("building"))
        .col_expr(ap::Column::ClaimedAt, Expr::value(now))
        .filter(ap::Column::Id.eq(id))
        .filter(ap::Column::Status.eq("queued"))
        .exec(conn)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Records the progress of a build (a percentage) and renews its lease.
pub async fn set_progress(conn: &impl ConnectionTrait, id: i64, pct: i32, now: DateTime<Utc>) -> Result<(), DbErr> {
    ap::Entity::update_many()
        .col_expr(ap::Column::Progress, Expr::value(pct))
        .col_expr(ap::Column::ClaimedAt, Expr::value(now))
        .filter(ap::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// How a build ended.
pub enum Outcome {
    /// The ZIP's storage name, SHA-256 and size.
    Ready {
        storage_name: String,
        sha256: String,
        size_bytes: i64,
    },
    Failed {
        error: String,
    },
}

/// Writes how a build ended.
pub async fn finish(
    conn: &impl ConnectionTrait,
    pack: ap::Model,
    outcome: Outcome,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut am: ap::ActiveModel = pack.into();
    am.finished_at = Set(Some(now));
    match outcome {
        Outcome::Ready { storage_name, sha256, size_bytes } => {
            am.status = Set("ready".into());
            am.progress = Set(100);
            am.storage_name = Set(storage_name);
            am.sha256 = Set(sha256);
            am.size_bytes = Set(size_bytes);
        }
        Outcome::Failed { error } => {
            am.status = Set("failed".into());
            am.error = Set(error);
        }
    }
    am.update(conn).await?;
    Ok(())
}
