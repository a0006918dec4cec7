use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*};

use crate::entities::role_grant as g;
use domain::authz::{Grant, Role};

pub use g::Model as GrantRow;

pub fn to_domain(row: &GrantRow) -> Option<Grant> {
    grant(row.site_id, &row.role, row.expires_on)
}

/// A stored grant as the rules read it (None: a role this version does not know).
pub fn grant(site_id: Option<i64>, role: &str, expires_on: Option<chrono::NaiveDate>) -> Option<Grant> {
    Some(Grant { site_id, role: Role::parse(role)?, expires_on })
}

pub async fn for_user(conn: &impl ConnectionTrait, user_id: i64) -> Result<Vec<GrantRow>, DbErr> {
    g::Entity::find().filter(g::Column::UserId.eq(user_id)).order_by_asc(g::Column::Id).all(conn).await
}

/// Grants of many users in one query (no query per row).
pub async fn for_users(conn: &impl ConnectionTrait, user_ids: &[i64]) -> Result<Vec<GrantRow>, DbErr> {
    if user_ids.is_empty() {
        return Ok(vec![]);
    }
    g::Entity::find()
        .filter(g::Column::UserId.is_in(user_ids.iter().copied()))
        .order_by_asc(g::Column::Id)
        .all(conn)
        .await
}

/// Ids of users holding a grant on `site_id` or on all sites.
pub async fn user_ids_on_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<i64>, DbErr> {
    let rows: Vec<i64> = g::Entity::find()
        .select_only()
        .column(g::Column::UserId)
        .filter(Condition::any().add(g::Column::SiteId.eq(site_id)).add(g::Column::SiteId.is_null()))
        .distinct()
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows)
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<GrantRow>, DbErr> {
    g::Entity::find_by_id(id).one(conn).await
}

pub async fn find(
    conn: &impl ConnectionTrait,
    user_id: i64,
    site_id: Option<i64>,
    role: Role,
) -> Result<Option<GrantRow>, DbErr> {
    let site = match site_id {
        Some(s) => g::Column::SiteId.eq(s),
        None => g::Column::SiteId.is_null(),
    };
    g::Entity::find()
        .filter(g::Column::UserId.eq(user_id))
        .filter(site)
        .filter(g::Column::Role.eq(role.as_str()))
        .one(conn)
        .await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    user_id: i64,
    site_id: Option<i64>,
    role: Role,
    expires_on: Option<NaiveDate>,
    granted_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<GrantRow, DbErr> {
    g::ActiveModel {
        user_id: Set(user_id),
        site_id: Set(site_id),
        role: Set(role.as_str().to_string()),
        expires_on: Set(expires_on),
        granted_by: Set(granted_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Limits an auditor's grant to one compliance framework.
pub async fn set_framework(conn: &impl ConnectionTrait, row: GrantRow, framework_id: i64) -> Result<GrantRow, DbErr> {
    let mut am: g::ActiveModel = row.into();
    am.framework_id = Set(Some(framework_id));
    am.update(conn).await
}

pub async fn delete(conn: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    g::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

/// Grants filtered by user and/or site (a site's grants include all-site grants), by id.
pub async fn list(
    conn: &impl ConnectionTrait,
    user_id: Option<i64>,
    site_id: Option<i64>,
    offset: u64,
    limit: u64,
) -> Result<Vec<GrantRow>, DbErr> {
    let mut q = g::Entity::find();
    if let Some(u) = user_id {
        q = q.filter(g::Column::UserId.eq(u));
    }
    if let Some(s) = site_id {
        q = q.filter(Condition::any().add(g::Column::SiteId.eq(s)).add(g::Column::SiteId.is_null()));
    }
    q.order_by_asc(g::Column::Id).offset(offset).limit(limit).all(conn).await
}

/// A user's auditor grants (which may each name one framework).
pub async fn auditor_grants(conn: &impl ConnectionTrait, user_id: i64) -> Result<Vec<GrantRow>, DbErr> {
    g::Entity::find()
        .filter(g::Column::UserId.eq(user_id))
        .filter(g::Column::Role.eq(Role::Auditor.as_str()))
        .all(conn)
        .await
}
