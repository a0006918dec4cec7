//! Safety event queries.
use sea_orm::{ConnectionTrait, DbErr, EntityTrait};

use crate::entities::safety_event as ev;

pub async fn event_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ev::Model>, DbErr> {
    ev::Entity::find_by_id(id).one(conn).await
}
