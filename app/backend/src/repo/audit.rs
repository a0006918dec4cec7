use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::audit_event as a;

pub use a::Model as AuditRow;

#[derive(Debug, FromQueryResult)]
struct Head {
    last_seq: i64,
    last_hash: String,
}

/// Locks the head of the chain for the rest of the transaction and returns (last seq, last hash).
/// SQLite write transactions already hold the database's write lock (BEGIN IMMEDIATE).
pub async fn lock_head(conn: &impl ConnectionTrait) -> Result<(i64, String), DbErr> {
    let backend = conn.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
        _ => "SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
    };
    let head = Head::find_by_statement(Statement::from_string(backend, sql))
        .one(conn)
        .await?
        .ok_or_else(|| DbErr::Custom("audit_head row missing".into()))?;
    Ok((head.last_seq, head.last_hash))
}

pub async fn append(conn: &impl ConnectionTrait, row: a::ActiveModel, seq: i64, hash: &str) -> Result<(), DbErr> {
    a::Entity::insert(row).exec_without_returning(conn).await?;
    conn.execute_raw(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "UPDATE audit_head SET last_seq = $1, last_hash = $2 WHERE id = 1",
        [seq.into(), hash.into()],
    ))
    .await?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// None: every event (organisation-wide viewers); Some: only these sites' events.
    pub site_ids: Option<Vec<i64>>,
    pub site_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// Keyset pagination: events with a smaller sequence number.
    pub before_seq: Option<i64>,
}

/// Newest first; returns up to `limit` rows and whether older ones exist.
pub async fn list(conn: &impl ConnectionTrait, f: &Filter, limit: u64) -> Result<(Vec<AuditRow>, bool), DbErr> {
    let mut q = a::Entity::find();
    if let Some(ids) = &f.site_ids {
        q = q.filter(a::Column::SiteId.is_in(ids.iter().copied()));
    }
    if let Some(s) = f.site_id {
        q = q.filter(a::Column::SiteId.eq(s));
    }
    if let Some(u) = f.actor_user_id {
        q = q.filter(a::Column::ActorUserId.eq(u));
    }
    if let Some(t) = &f.entity_type {
        q = q.filter(a::Column::EntityType.eq(t.as_str()));
    }
    if let Some(id) = &f.entity_id {
        q = q.filter(a::Column::EntityId.eq(id.as_str()));
    }
    if let Some(from) = f.from {
        q = q.filter(a::Column::OccurredAt.gte(from));
    }
    if let Some(until) = f.until {
        q = q.filter(a::Column::OccurredAt.lt(until));
    }
    if let Some(b) = f.before_seq {
        q = q.filter(a::Column::Seq.lt(b));
    }
    let mut rows = q.order_by_desc(a::Column::Seq).limit(limit + 1).all(conn).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    Ok((rows, more))
}

/// The people with at least one event (of these sites, when given), by name; one query, each
/// person probed on the actor index.
pub async fn actors(conn: &impl ConnectionTrait, site_ids: Option<&[i64]>) -> Result<Vec<(i64, String)>, DbErr> {
    use crate::entities::app_user as u;
    let mut events = sea_orm::sea_query::Query::select()
        .expr(sea_orm::sea_query::Expr::val(1))
        .from(a::Entity)
        .and_where(
            sea_orm::sea_query::Expr::col((a::Entity, a::Column::ActorUserId)).equals((u::Entity, u::Column::Id)),
        )
        .to_owned();
    if let Some(ids) = site_ids {
        events.and_where(sea_orm::sea_query::Expr::col((a::Entity, a::Column::SiteId)).is_in(ids.iter().copied()));
    }
    u::Entity::find()
        .select_only()
        .column(u::Column::Id)
        .column(u::Column::DisplayName)
        .filter(sea_orm::sea_query::Expr::exists(events))
        .order_by_asc(u::Column::DisplayName)
        .order_by_asc(u::Column::Id)
        .into_tuple()
        .all(conn)
        .await
}

pub async fn by_seq(conn: &impl ConnectionTrait, seq: i64) -> Result<Option<AuditRow>, DbErr> {
    a::Entity::find_by_id(seq).one(conn).await
}

/// Events in sequence order after `after_seq`, a batch at a time (for the verifier).
pub async fn batch_after(conn: &impl ConnectionTrait, after_seq: i64, limit: u64) -> Result<Vec<AuditRow>, DbErr> {
    a::Entity::find().filter(a::Column::Seq.gt(after_seq)).order_by_asc(a::Column::Seq).limit(limit).all(conn).await
}

pub async fn head(conn: &impl ConnectionTrait) -> Result<(i64, String), DbErr> {
    let backend = conn.get_database_backend();
    let head = Head::find_by_statement(Statement::from_string(
        backend,
        "SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
    ))
    .one(conn)
    .await?
    .ok_or_else(|| DbErr::Custom("audit_head row missing".into()))?;
    Ok((head.last_seq, head.last_hash))
}

/// When `entity` last had `action` recorded after `since`, if it did (e.g. a work order given to
/// other people after a change was made offline).
pub async fn last_after(
    conn: &impl ConnectionTrait,
    entity_type: &str,
    entity_id: i64,
    action: &str,
    since: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    Ok(a::Entity::find()
        .filter(a::Column::EntityType.eq(entity_type))
        .filter(a::Column::EntityId.eq(entity_id.to_string()))
        .filter(a::Column::Action.eq(action))
        .filter(a::Column::OccurredAt.gt(since))
        .order_by_desc(a::Column::Seq)
        .one(conn)
        .await?
        .map(|r| r.occurred_at))
}
