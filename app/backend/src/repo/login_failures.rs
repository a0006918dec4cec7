use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*};

use crate::entities::login_failure as lf;

pub async fn since(conn: &impl ConnectionTrait, key: &str, since: DateTime<Utc>) -> Result<Vec<DateTime<Utc>>, DbErr> {
    Ok(lf::Entity::find()
        .filter(lf::Column::ThrottleKey.eq(key))
        .filter(lf::Column::FailedAt.gt(since))
        .order_by_desc(lf::Column::FailedAt)
        .limit(200)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.failed_at)
        .collect())
}

pub async fn record(conn: &impl ConnectionTrait, keys: &[&str], at: DateTime<Utc>) -> Result<(), DbErr> {
    let rows = keys.iter().map(|k| lf::ActiveModel {
        throttle_key: Set(k.to_string()),
        failed_at: Set(at),
        ..Default::default()
    });
    lf::Entity::insert_many(rows).exec(conn).await?;
    Ok(())
}

pub async fn clear(conn: &impl ConnectionTrait, key: &str) -> Result<(), DbErr> {
    lf::Entity::delete_many().filter(lf::Column::ThrottleKey.eq(key)).exec(conn).await?;
    Ok(())
}

/// Removes failures too old to matter.
pub async fn prune(conn: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(lf::Entity::delete_many().filter(lf::Column::FailedAt.lt(before)).exec(conn).await?.rows_affected)
}
