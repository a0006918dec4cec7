//! Abnormality tag queries.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::abnormality_tag as tag;

pub use tag::Model as Tag;

/// (kind, category, closed, count) for every combination present on a site: the tag board's
/// figures in one grouped query, whatever the number of tags.
pub async fn counts(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<(String, String, bool, u32)>, DbErr> {
    let closed = Expr::col(tag::Column::ClosedAt).is_not_null();
    let rows: Vec<(String, String, bool, i64)> = tag::Entity::find()
        .select_only()
        .column(tag::Column::Kind)
        .column(tag::Column::Category)
        .column_as(closed.clone(), "closed")
        .column_as(Expr::col(tag::Column::Id).count(), "n")
        .filter(tag::Column::SiteId.eq(site_id))
        .group_by(tag::Column::Kind)
        .group_by(tag::Column::Category)
        .group_by(closed)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|(k, c, closed, n)| (k, c, closed, u32::try_from(n).unwrap_or(0))).collect())
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Tag>, DbErr> {
    tag::Entity::find_by_id(id).one(conn).await
}

/// A site's open tags, the `limit` most recently found first.
pub async fn open_recent(conn: &impl ConnectionTrait, site_id: i64, limit: u64) -> Result<Vec<Tag>, DbErr> {
    tag::Entity::find()
        .filter(tag::Column::SiteId.eq(site_id))
        .filter(tag::Column::ClosedAt.is_null())
        .order_by_desc(tag::Column::FoundAt)
        .order_by_desc(tag::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// A tag to write, open, raised by a finder.
pub struct NewTag {
    pub site_id: i64,
    pub asset_id: i64,
    pub kind: String,
    pub category: String,
    pub description: String,
    pub am_step: String,
    pub priority: String,
    pub found_by: Option<i64>,
    pub found_at: DateTime<Utc>,
}

pub async fn insert(conn: &impl ConnectionTrait, n: NewTag) -> Result<Tag, DbErr> {
    tag::ActiveModel {
        site_id: Set(n.site_id),
        asset_id: Set(n.asset_id),
        kind: Set(n.kind),
        category: Set(n.category),
        description: Set(n.description),
        am_step: Set(n.am_step),
        priority: Set(n.priority),
        countermeasure: Set(String::new()),
        found_by: Set(n.found_by),
        found_at: Set(n.found_at),
        closed_by: Set(None),
        closed_at: Set(None),
        work_order_id: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Sets what the finder may refine after the fact: the autonomous-maintenance step and the priority.
pub async fn set_step_and_priority(
    conn: &impl ConnectionTrait,
    t: Tag,
    am_step: String,
    priority: String,
) -> Result<Tag, DbErr> {
    let mut am: tag::ActiveModel = t.into();
    am.am_step = Set(am_step);
    am.priority = Set(priority);
    am.update(conn).await
}

/// Closes a tag with its countermeasure.
pub async fn close(
    conn: &impl ConnectionTrait,
    t: Tag,
    countermeasure: String,
    closed_by: i64,
    now: DateTime<Utc>,
) -> Result<Tag, DbErr> {
    let mut am: tag::ActiveModel = t.into();
    am.countermeasure = Set(countermeasure);
    am.closed_by = Set(Some(closed_by));
    am.closed_at = Set(Some(now));
    am.update(conn).await
}

/// Links an M-tag to the work order raised for it.
pub async fn set_work_order(conn: &impl ConnectionTrait, t: Tag, wo_id: i64) -> Result<Tag, DbErr> {
    let mut am: tag::ActiveModel = t.into();
    am.work_order_id = Set(Some(wo_id));
    am.update(conn).await
}
