//! Attachment (stored file) queries.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::attachment as at;

/// The attachments with these ids (one query, even for no ids).
pub async fn by_ids(conn: &impl ConnectionTrait, ids: impl IntoIterator<Item = i64>) -> Result<Vec<at::Model>, DbErr> {
    at::Entity::find().filter(at::Column::Id.is_in(ids)).all(conn).await
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<at::Model>, DbErr> {
    at::Entity::find_by_id(id).one(conn).await
}

/// A stored file's row.
pub struct NewAttachment<'a> {
    pub site_id: i64,
    pub owner_type: &'a str,
    pub owner_id: i64,
    pub storage_name: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub original_name: &'a str,
    pub created_by: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, a: NewAttachment<'_>, now: DateTime<Utc>) -> Result<at::Model, DbErr> {
    at::ActiveModel {
        site_id: Set(a.site_id),
        owner_type: Set(a.owner_type.into()),
        owner_id: Set(a.owner_id),
        storage_name: Set(a.storage_name.into()),
        content_type: Set(a.content_type.into()),
        size_bytes: Set(a.size_bytes),
        sha256: Set(a.sha256.into()),
        original_name: Set(a.original_name.into()),
        created_by: Set(a.created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// (owner id, attachment id) of the files of many owners of one type, oldest first.
pub async fn ids_for_owners(
    conn: &impl ConnectionTrait,
    owner_type: &str,
    owner_ids: &[i64],
) -> Result<Vec<(i64, i64)>, DbErr> {
    at::Entity::find()
        .select_only()
        .column(at::Column::OwnerId)
        .column(at::Column::Id)
        .filter(at::Column::OwnerType.eq(owner_type))
        .filter(at::Column::OwnerId.is_in(owner_ids.iter().copied()))
        .order_by_asc(at::Column::Id)
        .into_tuple()
        .all(conn)
        .await
}

/// The files of one owner, oldest first.
pub async fn for_owner(conn: &impl ConnectionTrait, owner_type: &str, owner_id: i64) -> Result<Vec<at::Model>, DbErr> {
    at::Entity::find()
        .filter(at::Column::OwnerType.eq(owner_type))
        .filter(at::Column::OwnerId.eq(owner_id))
        .order_by_asc(at::Column::Id)
        .all(conn)
        .await
}
