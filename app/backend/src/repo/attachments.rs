//! Attachment (stored file) queries.
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::entities::attachment as at;

/// The attachments with these ids (one query, even for no ids).
pub async fn by_ids(conn: &impl ConnectionTrait, ids: impl IntoIterator<Item = i64>) -> Result<Vec<at::Model>, DbErr> {
    at::Entity::find().filter(at::Column::Id.is_in(ids)).all(conn).await
}
