//! CAPA action queries.
use chrono::{DateTime, NaiveDate, Utc};
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

/// [`site_by_due`]'s condition for one owner's open actions, as SQL over `capa_action` with the
/// site and the owner given as placeholders (Home reads them with the rest of its day: `repo::day`).
pub fn open_owned_where(site: &str, owner: &str) -> String {
    let open = open_states().iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ");
    format!("site_id = {site} AND owner_id = {owner} AND status IN ({open})")
}

/// A site's actions (only those `owner` owns, when given; only open ones, when `open_only`),
/// the first `limit` by due date.
pub async fn for_site_by_due(
    conn: &impl ConnectionTrait,
    site_id: i64,
    owner: Option<i64>,
    open_only: bool,
    limit: u64,
) -> Result<Vec<ca::Model>, DbErr> {
    site_by_due(site_id, owner, open_only).limit(limit).all(conn).await
}

/// The query of [`for_site_by_due`].
pub fn site_by_due(site_id: i64, owner: Option<i64>, open_only: bool) -> sea_orm::Select<ca::Entity> {
    let mut q = ca::Entity::find().filter(ca::Column::SiteId.eq(site_id));
    if let Some(owner_id) = owner {
        q = q.filter(ca::Column::OwnerId.eq(owner_id));
    }
    if open_only {
        q = q.filter(ca::Column::Status.is_in(open_states()));
    }
    q.order_by_asc(ca::Column::DueDate).order_by_asc(ca::Column::Id)
}

/// The actions raised by one source record, oldest first.
pub async fn for_source(
    conn: &impl ConnectionTrait,
    source_type: &str,
    source_id: i64,
) -> Result<Vec<ca::Model>, DbErr> {
    ca::Entity::find()
        .filter(ca::Column::SourceType.eq(source_type))
        .filter(ca::Column::SourceId.eq(source_id))
        .order_by_asc(ca::Column::Id)
        .all(conn)
        .await
}

/// The action a work order was raised for, if any.
pub async fn id_for_work_order(conn: &impl ConnectionTrait, wo_id: i64) -> Result<Option<i64>, DbErr> {
    ca::Entity::find()
        .select_only()
        .column(ca::Column::Id)
        .filter(ca::Column::WorkOrderId.eq(wo_id))
        .into_tuple::<i64>()
        .one(conn)
        .await
}

/// An action to write, checked by the caller.
pub struct NewAction {
    pub site_id: i64,
    pub source_type: String,
    pub source_id: i64,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub owner_id: i64,
    pub due_date: NaiveDate,
    pub created_by: Option<i64>,
}

/// Inserts an open action.
pub async fn insert(conn: &impl ConnectionTrait, n: NewAction, now: DateTime<Utc>) -> Result<ca::Model, DbErr> {
    ca::ActiveModel {
        site_id: Set(n.site_id),
        source_type: Set(n.source_type),
        source_id: Set(n.source_id),
        kind: Set(n.kind),
        title: Set(n.title),
        description: Set(n.description),
        owner_id: Set(n.owner_id),
        due_date: Set(n.due_date),
        status: Set(CapaStatus::Open.as_str().into()),
        evidence: Set(String::new()),
        completed_at: Set(None),
        verified_by: Set(None),
        verified_at: Set(None),
        effectiveness_note: Set(String::new()),
        work_order_id: Set(None),
        created_by: Set(n.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
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
