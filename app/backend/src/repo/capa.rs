//! CAPA action queries.
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entities::capa_action as ca;
use domain::capa::CapaStatus;

/// The states an action is open in (not yet verified effective or cancelled).
pub fn open_states() -> Vec<&'static str> {
    CapaStatus::ALL.iter().filter(|s| s.is_open()).map(|s| s.as_str()).collect()
}

/// The open actions one person owns on a site, the first `limit` by due date.
pub async fn open_owned_by(
    conn: &impl ConnectionTrait,
    site_id: i64,
    owner_id: i64,
    limit: u64,
) -> Result<Vec<ca::Model>, DbErr> {
    ca::Entity::find()
        .filter(ca::Column::SiteId.eq(site_id))
        .filter(ca::Column::OwnerId.eq(owner_id))
        .filter(ca::Column::Status.is_in(open_states()))
        .order_by_asc(ca::Column::DueDate)
        .order_by_asc(ca::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}
