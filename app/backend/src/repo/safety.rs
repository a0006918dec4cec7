//! Safety event and investigation queries.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::Page;
use crate::entities::{investigation as inv, safety_event as ev};
use domain::safety::EventStatus;

pub async fn event_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ev::Model>, DbErr> {
    ev::Entity::find_by_id(id).one(conn).await
}

/// A reported event, as checked.
pub struct NewEvent<'a> {
    pub site_id: i64,
    pub kind: &'a str,
    pub title: String,
    pub description: String,
    pub area: String,
    pub asset_id: Option<i64>,
    pub occurred_at: DateTime<Utc>,
    pub people_involved: String,
    pub immediate_actions: String,
    pub reported_by: Option<i64>,
    pub anonymous: bool,
}

pub async fn insert_event(
    conn: &impl ConnectionTrait,
    e: NewEvent<'_>,
    now: DateTime<Utc>,
) -> Result<ev::Model, DbErr> {
    ev::ActiveModel {
        site_id: Set(e.site_id),
        kind: Set(e.kind.into()),
        title: Set(e.title),
        description: Set(e.description),
        area: Set(e.area),
        asset_id: Set(e.asset_id),
        occurred_at: Set(e.occurred_at),
        people_involved: Set(e.people_involved),
        immediate_actions: Set(e.immediate_actions),
        reported_by: Set(e.reported_by),
        anonymous: Set(e.anonymous),
        status: Set(EventStatus::Reported.as_str().into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// A site's events, newest first (only those `reported_by` reported, when given); one page.
pub async fn page_for_site(
    conn: &impl ConnectionTrait,
    site_id: i64,
    reported_by: Option<i64>,
    offset: u64,
    limit: u64,
) -> Result<Page<ev::Model>, DbErr> {
    let mut q = ev::Entity::find().filter(ev::Column::SiteId.eq(site_id));
    if let Some(user_id) = reported_by {
        q = q.filter(ev::Column::ReportedBy.eq(user_id));
    }
    let total = q.clone().count(conn).await?;
    let items = q
        .order_by_desc(ev::Column::OccurredAt)
        .order_by_desc(ev::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(conn)
        .await?;
    Ok(Page { items, total })
}

pub async fn set_event_status(
    conn: &impl ConnectionTrait,
    e: ev::Model,
    status: EventStatus,
    now: DateTime<Utc>,
) -> Result<ev::Model, DbErr> {
    let mut am: ev::ActiveModel = e.into();
    am.status = Set(status.as_str().into());
    am.updated_at = Set(now);
    am.update(conn).await
}

pub async fn investigation_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<inv::Model>, DbErr> {
    inv::Entity::find_by_id(id).one(conn).await
}

/// The investigation of an event, if started.
pub async fn investigation_of(conn: &impl ConnectionTrait, event_id: i64) -> Result<Option<inv::Model>, DbErr> {
    inv::Entity::find().filter(inv::Column::EventId.eq(event_id)).one(conn).await
}

/// An investigation not written yet, led by `lead_id`.
pub fn new_investigation(event: &ev::Model, lead_id: Option<i64>, now: DateTime<Utc>) -> inv::ActiveModel {
    inv::ActiveModel {
        event_id: Set(event.id),
        site_id: Set(event.site_id),
        lead_id: Set(lead_id),
        status: Set("open".into()),
        created_at: Set(now),
        ..Default::default()
    }
}

/// Inserts or updates an investigation.
pub async fn save_investigation(conn: &impl ConnectionTrait, am: inv::ActiveModel) -> Result<inv::ActiveModel, DbErr> {
    am.save(conn).await
}

pub async fn set_investigation_status(
    conn: &impl ConnectionTrait,
    i: inv::Model,
    status: &str,
    now: DateTime<Utc>,
) -> Result<inv::Model, DbErr> {
    let mut am: inv::ActiveModel = i.into();
    am.status = Set(status.into());
    am.updated_at = Set(now);
    am.update(conn).await
}
