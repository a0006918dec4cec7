//! Inspection (audit) queries.
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

use crate::entities::{inspection as ins, inspection_template as it};

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ins::Model>, DbErr> {
    ins::Entity::find_by_id(id).one(conn).await
}

pub async fn template_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<it::Model>, DbErr> {
    it::Entity::find_by_id(id).one(conn).await
}
