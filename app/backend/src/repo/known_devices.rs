//! Devices a person has signed in from (the sign-in throttle's known devices).
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*, sea_query::OnConflict};

use crate::entities::known_device as kd;

/// Has `user_id` signed in from the device whose token hashes to `token_hash`, since `since`?
pub async fn is_known(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    user_id: i64,
    since: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(kd::Entity::find_by_id((token_hash.to_string(), user_id))
        .filter(kd::Column::LastSeenAt.gt(since))
        .count(conn)
        .await?
        > 0)
}

/// Records a successful sign-in of `user_id` from the device.
pub async fn remember(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = kd::ActiveModel {
        token_hash: Set(token_hash.to_string()),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
    };
    kd::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([kd::Column::TokenHash, kd::Column::UserId])
                .update_column(kd::Column::LastSeenAt)
                .to_owned(),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets devices not seen since `before`.
pub async fn prune(conn: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(kd::Entity::delete_many().filter(kd::Column::LastSeenAt.lt(before)).exec(conn).await?.rows_affected)
}
