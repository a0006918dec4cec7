use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::session as s;
use crate::repo::sites::Site;

/// A live session with its user, read in one statement on every signed-in request.
#[derive(Debug, Clone, Default)]
pub struct SessionUser {
    pub session_id: i64,
    pub user_id: i64,
    pub current_site_id: Option<i64>,
    pub expires_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
    pub email: String,
    pub display_name: String,
    pub active: bool,
    /// The language the person chose.
    pub language: Option<String>,
    /// Their unread reminders (the bell).
    pub unread_reminders: i64,
}

/// What a signed-in request starts from: the session and its user, the user's grants and the
/// organisation's sites (by name).
#[derive(Debug, Clone)]
pub struct SessionRead {
    pub user: SessionUser,
    pub grants: Vec<domain::authz::Grant>,
    pub sites: Vec<Site>,
}

/// One row of [`read_session`]: kind 0 carries the session, its user and one grant (none:
/// the grant columns are null); kind 1 carries one site of the organisation.
#[derive(FromQueryResult)]
struct SessionRow {
    kind: i32,
    session_id: Option<i64>,
    user_id: Option<i64>,
    current_site_id: Option<i64>,
    expires_at: Option<DateTime<Utc>>,
    last_seen_at: Option<DateTime<Utc>>,
    email: Option<String>,
    display_name: Option<String>,
    active: Option<bool>,
    language: Option<String>,
    unread: Option<i64>,
    grant_site_id: Option<i64>,
    grant_role: Option<String>,
    grant_expires_on: Option<chrono::NaiveDate>,
    site_id: Option<i64>,
    site_organisation_id: Option<i64>,
    site_code: Option<String>,
    site_name: Option<String>,
    site_address: Option<String>,
    site_timezone: Option<String>,
    site_created_at: Option<DateTime<Utc>>,
    site_allow_anonymous_reports: Option<bool>,
    site_pm_window_pct: Option<i32>,
    site_pm_window_mode: Option<String>,
    site_pm_window_min_days: Option<i32>,
    site_language: Option<String>,
}

impl SessionRow {
    fn user(&self) -> Option<SessionUser> {
        Some(SessionUser {
            session_id: self.session_id?,
            user_id: self.user_id?,
            current_site_id: self.current_site_id,
            expires_at: self.expires_at?,
            last_seen_at: self.last_seen_at?,
            email: self.email.clone()?,
            display_name: self.display_name.clone()?,
            active: self.active?,
            language: self.language.clone(),
            unread_reminders: self.unread.unwrap_or(0),
        })
    }

    fn site(self) -> Option<Site> {
        Some(Site {
            id: self.site_id?,
            organisation_id: self.site_organisation_id?,
            code: self.site_code?,
            name: self.site_name?,
            address: self.site_address?,
            timezone: self.site_timezone?,
            created_at: self.site_created_at?,
            allow_anonymous_reports: self.site_allow_anonymous_reports?,
            pm_window_pct: self.site_pm_window_pct?,
            pm_window_mode: self.site_pm_window_mode?,
            pm_window_min_days: self.site_pm_window_min_days?,
            language: self.site_language,
        })
    }
}

/// The live session with its user, the user's grants and unread reminders, and the
/// organisation's sites, in one statement: the shell of every page (the bar, the site switcher,
/// the bell) needs nothing more.
pub async fn read_session(conn: &impl ConnectionTrait, token_hash: &str) -> Result<Option<SessionRead>, DbErr> {
    let stmt = Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT 0 AS kind, s.id AS session_id, s.user_id, s.current_site_id, s.expires_at, s.last_seen_at, \
                u.email, u.display_name, u.active, u.language, \
                (SELECT COUNT(*) FROM reminder r WHERE r.user_id = s.user_id AND r.done_at IS NULL \
                   AND r.read_at IS NULL) AS unread, \
                g.site_id AS grant_site_id, g.role AS grant_role, g.expires_on AS grant_expires_on, g.id AS grant_order, \
                NULL AS site_id, NULL AS site_organisation_id, NULL AS site_code, NULL AS site_name, \
                NULL AS site_address, NULL AS site_timezone, NULL AS site_created_at, \
                NULL AS site_allow_anonymous_reports, NULL AS site_pm_window_pct, NULL AS site_pm_window_mode, \
                NULL AS site_pm_window_min_days, NULL AS site_language \
         FROM session s JOIN app_user u ON u.id = s.user_id LEFT JOIN role_grant g ON g.user_id = s.user_id \
         WHERE s.token_hash = $1 \
         UNION ALL \
         SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
                st.id, st.organisation_id, st.code, st.name, st.address, st.timezone, st.created_at, \
                st.allow_anonymous_reports, st.pm_window_pct, st.pm_window_mode, st.pm_window_min_days, st.language \
         FROM site st WHERE EXISTS (SELECT 1 FROM session x WHERE x.token_hash = $1) \
         ORDER BY 1, 15, 19",
        [token_hash.into()],
    );
    let rows = SessionRow::find_by_statement(stmt).all(conn).await?;
    let Some(user) = rows.first().filter(|r| r.kind == 0).and_then(SessionRow::user) else {
        return Ok(None);
    };
    let mut grants = Vec::new();
    let mut sites = Vec::new();
    for r in rows {
        if r.kind == 0 {
            if let Some(role) = r.grant_role.as_deref() {
                grants.extend(super::grants::grant(r.grant_site_id, role, r.grant_expires_on));
            }
        } else {
            sites.extend(r.site());
        }
    }
    Ok(Some(SessionRead { user, grants, sites }))
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
