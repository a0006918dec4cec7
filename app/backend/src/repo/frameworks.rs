//! Framework and requirement queries, and a requirement row's wire form.
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::entities::{requirement as rq, requirement_map as rm};
use contract::dto::compliance::RequirementDto;

/// The requirements a source record (a PM schedule, an audit template, a certification type) is
/// mapped to.
pub async fn mapped(conn: &impl ConnectionTrait, source_type: &str, source_id: i64) -> Result<Vec<rq::Model>, DbErr> {
    let ids: Vec<i64> = rm::Entity::find()
        .filter(rm::Column::SourceType.eq(source_type))
        .filter(rm::Column::SourceId.eq(source_id))
        .all(conn)
        .await?
        .iter()
        .map(|m| m.requirement_id)
        .collect();
    if ids.is_empty() {
        return Ok(vec![]);
    }
    rq::Entity::find().filter(rq::Column::Id.is_in(ids)).all(conn).await
}

/// The wire form of a requirement row.
pub fn requirement_dto(r: rq::Model) -> RequirementDto {
    RequirementDto {
        id: r.id,
        framework_id: r.framework_id,
        reference: r.reference,
        title: r.title,
        group: r.grp,
        every_months: r.every_months,
    }
}
