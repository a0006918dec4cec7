//! Evidence queries.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::entities::{evidence as ev, evidence_requirement as er, requirement as rq};

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ev::Model>, DbErr> {
    ev::Entity::find_by_id(id).one(conn).await
}

/// The frameworks each evidence row serves (through its requirements), by evidence id.
pub async fn frameworks_of(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<HashMap<i64, Vec<i64>>, DbErr> {
    let links = er::Entity::find().filter(er::Column::EvidenceId.is_in(ids.iter().copied())).all(conn).await?;
    let reqs: HashMap<i64, i64> = rq::Entity::find()
        .filter(rq::Column::Id.is_in(links.iter().map(|l| l.requirement_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r.framework_id))
        .collect();
    let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
    for l in links {
        if let Some(f) = reqs.get(&l.requirement_id) {
            out.entry(l.evidence_id).or_default().push(*f);
        }
    }
    Ok(out)
}
