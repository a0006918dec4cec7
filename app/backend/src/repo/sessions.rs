use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::session as s;

/// A live session with its user, read in one query on every signed-in request.
#[derive(Debug, Clone, FromQueryResult)]
pub struct SessionUser {
    pub session_id: i64,
    pub user_id: i64,
    pub current_site_id: Option<i64>,
    pub expires_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub email: String,
    pub display_name: String,
    pub active: bool,
    /// The language the person chose, and their current site's default.
    pub language: Option<String>,
    pub site_language: Option<String>,
}

/// A session's row with one of its user's grants (none: the grant columns are null).
#[derive(FromQueryResult)]
struct SessionGrantRow {
    session_id: i64,
    user_id: i64,
    current_site_id: Option<i64>,
    expires_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    email: String,
    display_name: String,
    active: bool,
    language: Option<String>,
    site_language: Option<String>,
    grant_site_id: Option<i64>,
    grant_role: Option<String>,
    grant_expires_on: Option<chrono::NaiveDate>,
}

/// The live session with its user and the user's grants, in one statement (a row per grant).
pub async fn find_with_grants(
    conn: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(SessionUser, Vec<domain::authz::Grant>)>, DbErr> {
    let stmt = Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT s.id AS session_id, s.user_id, s.current_site_id, s.expires_at, s.last_seen_at, \
                u.email, u.display_name, u.active, u.language, st.language AS site_language, \
                g.site_id AS grant_site_id, g.role AS grant_role, g.expires_on AS grant_expires_on \
         FROM session s JOIN app_user u ON u.id = s.user_id LEFT JOIN site st ON st.id = s.current_site_id \
         LEFT JOIN role_grant g ON g.user_id = s.user_id \
         WHERE s.token_hash = $1 ORDER BY g.id",
        [token_hash.into()],
    );
    let rows = SessionGrantRow::find_by_statement(stmt).all(conn).await?;
    let grants = rows
        .iter()
        .filter_map(|r| super::grants::grant(r.grant_site_id, r.grant_role.as_deref()?, r.grant_expires_on))
        .collect();
    Ok(rows.into_iter().next().map(|r| {
        let user = SessionUser {
            session_id: r.session_id,
            user_id: r.user_id,
            current_site_id: r.current_site_id,
            expires_at: r.expires_at,
            last_seen_at: r.last_seen_at,
            email: r.email,
            display_name: r.display_name,
            active: r.active,
            language: r.language,
            site_language: r.site_language,
        };
        (user, grants)
    }))
}

#[allow(clippy::too_many_arguments)]
pub async fn insert(
    conn: &impl ConnectionTrait,
    token_hash: &str,
    user_id: i64,
    current_site_id: Option<i64>,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    client_ip: &str,
    user_agent: &str,
) -> Result<s::Model, DbErr> {
    s::ActiveModel {
        token_hash: Set(token_hash.to_string()),
        user_id: Set(user_id),
        current_site_id: Set(current_site_id),
        created_at: Set(now),
        expires_at: Set(expires_at),
        last_seen_at: Set(now),
        client_ip: Set(client_ip.to_string()),
        user_agent: Set(user_agent.chars().take(200).collect()),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn touch(conn: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    s::Entity::update_many()
        .col_expr(s::Column::LastSeenAt, now.into())
        .filter(s::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn set_current_site(conn: &impl ConnectionTrait, id: i64, site_id: i64) -> Result<(), DbErr> {
    s::Entity::update_many()
        .col_expr(s::Column::CurrentSiteId, site_id.into())
        .filter(s::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn delete(conn: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    s::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

/// Ends every session of a user (deactivation, password change), optionally keeping one.
pub async fn delete_for_user(conn: &impl ConnectionTrait, user_id: i64, keep: Option<i64>) -> Result<u64, DbErr> {
    let mut q = s::Entity::delete_many().filter(s::Column::UserId.eq(user_id));
    if let Some(k) = keep {
        q = q.filter(s::Column::Id.ne(k));
    }
    Ok(q.exec(conn).await?.rows_affected)
}

pub async fn prune_expired(conn: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(s::Entity::delete_many().filter(s::Column::ExpiresAt.lt(now)).exec(conn).await?.rows_affected)
}
