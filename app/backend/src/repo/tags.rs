//! Abnormality tag queries.
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use crate::entities::abnormality_tag as tag;

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
