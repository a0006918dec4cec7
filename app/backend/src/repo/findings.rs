//! Audit findings.
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

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
