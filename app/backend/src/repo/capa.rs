//! CAPA action queries.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

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

/// The CAPA actions with these ids (one query, even for no ids).
pub async fn by_ids(conn: &impl ConnectionTrait, ids: impl IntoIterator<Item = i64>) -> Result<Vec<ca::Model>, DbErr> {
    ca::Entity::find().filter(ca::Column::Id.is_in(ids)).all(conn).await
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ca::Model>, DbErr> {
    ca::Entity::find_by_id(id).one(conn).await
}

/// A site's CAPA actions, oldest first.
pub async fn for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<ca::Model>, DbErr> {
    ca::Entity::find().filter(ca::Column::SiteId.eq(site_id)).order_by_asc(ca::Column::Id).all(conn).await
}

/// Writes the changes of an action.
pub async fn save(conn: &impl ConnectionTrait, am: ca::ActiveModel) -> Result<ca::Model, DbErr> {
    am.update(conn).await
}

/// Links an action to the work order raised for it.
pub async fn set_work_order(
    conn: &impl ConnectionTrait,
    r: ca::Model,
    wo_id: i64,
    now: DateTime<Utc>,
) -> Result<ca::Model, DbErr> {
    let mut am: ca::ActiveModel = r.into();
    am.work_order_id = Set(Some(wo_id));
    am.updated_at = Set(now);
    am.update(conn).await
}
