//! Audit findings.
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::finding as fi;

/// What a finding is closed by.
#[derive(Debug, Clone, Copy)]
pub enum Action {
    Capa(i64),
    WorkOrder(i64),
}

/// Links an open finding without an action to `action` (and records its root cause); false when
/// the finding is closed or already has its action.
pub async fn link_action(
    conn: &impl ConnectionTrait,
    finding_id: i64,
    action: Action,
    root_cause: Option<&str>,
) -> Result<bool, DbErr> {
    let mut q = fi::Entity::update_many();
    q = match action {
        Action::Capa(id) => q.col_expr(fi::Column::CapaId, Expr::value(id)),
        Action::WorkOrder(id) => q.col_expr(fi::Column::WorkOrderId, Expr::value(id)),
    };
    if let Some(rc) = root_cause {
        q = q.col_expr(fi::Column::RootCause, Expr::value(rc));
    }
    let done = q
        .filter(fi::Column::Id.eq(finding_id))
        .filter(fi::Column::CapaId.is_null())
        .filter(fi::Column::WorkOrderId.is_null())
        .filter(fi::Column::Status.eq("open"))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<fi::Model>, DbErr> {
    fi::Entity::find_by_id(id).one(conn).await
}

/// A site's open findings that have a CAPA action.
pub async fn open_with_capa(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<fi::Model>, DbErr> {
    fi::Entity::find()
        .filter(fi::Column::SiteId.eq(site_id))
        .filter(fi::Column::CapaId.is_not_null())
        .filter(fi::Column::Status.eq("open"))
        .all(conn)
        .await
}

/// The findings of these audits, oldest first.
pub async fn of_inspections(conn: &impl ConnectionTrait, inspection_ids: &[i64]) -> Result<Vec<fi::Model>, DbErr> {
    fi::Entity::find()
        .filter(fi::Column::InspectionId.is_in(inspection_ids.iter().copied()))
        .order_by_asc(fi::Column::Id)
        .all(conn)
        .await
}

/// A finding to raise: open, without its action yet.
pub struct NewFinding<'a> {
    pub site_id: i64,
    pub inspection_id: i64,
    pub item_index: Option<i32>,
    pub grade: &'a str,
    pub title: String,
    pub description: &'a str,
    pub clauses: String,
    pub created_by: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, f: NewFinding<'_>, now: DateTime<Utc>) -> Result<fi::Model, DbErr> {
    fi::ActiveModel {
        site_id: Set(f.site_id),
        inspection_id: Set(f.inspection_id),
        item_index: Set(f.item_index),
        grade: Set(f.grade.into()),
        title: Set(f.title),
        description: Set(f.description.into()),
        clauses: Set(f.clauses),
        root_cause: Set(String::new()),
        status: Set("open".into()),
        capa_id: Set(None),
        work_order_id: Set(None),
        created_by: Set(f.created_by),
        created_at: Set(now),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The open findings an action (a CAPA action or a work order) was raised for.
pub async fn open_for(conn: &impl ConnectionTrait, action: Action) -> Result<Vec<fi::Model>, DbErr> {
    let by = match action {
        Action::Capa(id) => fi::Column::CapaId.eq(id),
        Action::WorkOrder(id) => fi::Column::WorkOrderId.eq(id),
    };
    fi::Entity::find().filter(by).filter(fi::Column::Status.eq("open")).all(conn).await
}

/// Closes a finding.
pub async fn close(conn: &impl ConnectionTrait, f: fi::Model, now: DateTime<Utc>) -> Result<fi::Model, DbErr> {
    let mut am: fi::ActiveModel = f.into();
    am.status = Set("closed".into());
    am.closed_at = Set(Some(now));
    am.update(conn).await
}
