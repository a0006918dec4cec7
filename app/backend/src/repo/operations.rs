//! Operation ids a device sent (`backend::operation`): written in the transaction of the
//! operation's effect; the answer given the first time is kept for a replay.
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, SqlErr, entity::*, query::*};

use crate::entities::operation as op;

pub use op::Model as Operation;

/// What a claim found.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// The id is new: it is written with this transaction's effect.
    Claimed,
    /// Another request holds (or held) this id: its effect is (or will be) the only one.
    Taken,
}

pub struct NewOperation<'a> {
    pub id: &'a str,
    pub user_id: Option<i64>,
    pub endpoint: &'a str,
    pub tapped_at: Option<DateTime<Utc>>,
    pub received_at: DateTime<Utc>,
}

/// Writes the id inside `conn`'s transaction. A concurrent twin waits on the unique key and is
/// told `Taken` once the first commits (SQLite's write lock or PostgreSQL's index lock).
pub async fn claim(conn: &impl ConnectionTrait, new: &NewOperation<'_>) -> Result<Claim, DbErr> {
    let row = op::ActiveModel {
        id: Set(new.id.to_string()),
        user_id: Set(new.user_id),
        endpoint: Set(new.endpoint.to_string()),
        tapped_at: Set(new.tapped_at),
        received_at: Set(new.received_at),
        status: Set(None),
        location: Set(None),
        content_type: Set(None),
        body: Set(None),
    };
    match op::Entity::insert(row).exec_without_returning(conn).await {
        Ok(_) => Ok(Claim::Claimed),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(Claim::Taken),
        Err(e) => Err(e),
    }
}

pub async fn find(conn: &impl ConnectionTrait, id: &str) -> Result<Option<Operation>, DbErr> {
    op::Entity::find_by_id(id.to_string()).one(conn).await
}

/// The answer given to the first request, kept for replays (only the first answer is kept).
pub async fn answer(
    conn: &impl ConnectionTrait,
    id: &str,
    status: u16,
    location: Option<&str>,
    content_type: Option<&str>,
    body: Option<&str>,
) -> Result<(), DbErr> {
    op::Entity::update_many()
        .col_expr(op::Column::Status, i32::from(status).into())
        .col_expr(op::Column::Location, location.map(str::to_string).into())
        .col_expr(op::Column::ContentType, content_type.map(str::to_string).into())
        .col_expr(op::Column::Body, body.map(str::to_string).into())
        .filter(op::Column::Id.eq(id))
        .filter(op::Column::Status.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets operations received before `before`.
pub async fn prune(conn: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(op::Entity::delete_many().filter(op::Column::ReceivedAt.lt(before)).exec(conn).await?.rows_affected)
}
