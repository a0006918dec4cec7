use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::api_token as t;

pub use t::Model as ApiToken;

#[derive(Debug, Clone, FromQueryResult)]
pub struct TokenUser {
    pub token_id: i64,
    pub user_id: i64,
    pub last_used_at: Option<DateTime<Utc>>,
    pub email: String,
    pub display_name: String,
}

/// A live (not revoked) token of an active user.
pub async fn find_live(conn: &impl ConnectionTrait, token_hash: &str) -> Result<Option<TokenUser>, DbErr> {
    let stmt = Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT t.id AS token_id, t.user_id, t.last_used_at, u.email, u.display_name \
         FROM api_token t JOIN app_user u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active = $2",
        [token_hash.into(), true.into()],
    );
    TokenUser::find_by_statement(stmt).one(conn).await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    user_id: i64,
    name: &str,
    prefix: &str,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<ApiToken, DbErr> {
    t::ActiveModel {
        user_id: Set(user_id),
        name: Set(name.to_string()),
        prefix: Set(prefix.to_string()),
        token_hash: Set(token_hash.to_string()),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn for_user(conn: &impl ConnectionTrait, user_id: i64) -> Result<Vec<ApiToken>, DbErr> {
    t::Entity::find().filter(t::Column::UserId.eq(user_id)).order_by_desc(t::Column::Id).all(conn).await
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ApiToken>, DbErr> {
    t::Entity::find_by_id(id).one(conn).await
}

pub async fn revoke(conn: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    t::Entity::update_many()
        .col_expr(t::Column::RevokedAt, Some(now).into())
        .filter(t::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every live token of a person (deactivation, password change); how many were live.
pub async fn revoke_all_of(conn: &impl ConnectionTrait, user_id: i64, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let r = t::Entity::update_many()
        .col_expr(t::Column::RevokedAt, Some(now).into())
        .filter(t::Column::UserId.eq(user_id))
        .filter(t::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(r.rows_affected)
}

pub async fn touch(conn: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    t::Entity::update_many()
        .col_expr(t::Column::LastUsedAt, Some(now).into())
        .filter(t::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}
