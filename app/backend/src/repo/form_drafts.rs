//! Refused form input kept for the page the browser is sent back to (`web::kept_input`).
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*, sea_query::OnConflict};

use crate::entities::form_draft as fd;

/// Keeps (or replaces) the draft under `token_hash`.
pub async fn put(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    user_id: Option<i64>,
    sfn_path: &str,
    fields: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = fd::ActiveModel {
        token_hash: Set(token_hash.to_string()),
        user_id: Set(user_id),
        sfn_path: Set(sfn_path.to_string()),
        fields: Set(fields.to_string()),
        created_at: Set(now),
    };
    fd::Entity::insert(row)
        .on_conflict(
            OnConflict::column(fd::Column::TokenHash)
                .update_columns([fd::Column::UserId, fd::Column::SfnPath, fd::Column::Fields, fd::Column::CreatedAt])
                .to_owned(),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// The draft under `token_hash` for `sfn_path`, kept by `user_id`, made after `since`.
pub async fn find(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    user_id: Option<i64>,
    sfn_path: &str,
    since: DateTime<Utc>,
) -> Result<Option<String>, DbErr> {
    let owner = match user_id {
        Some(id) => fd::Column::UserId.eq(id),
        None => fd::Column::UserId.is_null(),
    };
    Ok(fd::Entity::find_by_id(token_hash.to_string())
        .filter(owner)
        .filter(fd::Column::SfnPath.eq(sfn_path))
        .filter(fd::Column::CreatedAt.gt(since))
        .one(conn)
        .await?
        .map(|m| m.fields))
}

/// Removes drafts made before `before`.
pub async fn prune(conn: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(fd::Entity::delete_many().filter(fd::Column::CreatedAt.lt(before)).exec(conn).await?.rows_affected)
}
