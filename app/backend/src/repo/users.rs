use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*};

use super::{Page, paging};
use crate::entities::app_user as u;

pub use u::Model as User;

pub async fn by_email(conn: &impl ConnectionTrait, email: &str) -> Result<Option<User>, DbErr> {
    u::Entity::find().filter(u::Column::Email.eq(email)).one(conn).await
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<User>, DbErr> {
    u::Entity::find_by_id(id).one(conn).await
}

pub async fn by_ids(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<User>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    u::Entity::find().filter(u::Column::Id.is_in(ids.iter().copied())).all(conn).await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    email: &str,
    display_name: &str,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<User, DbErr> {
    u::ActiveModel {
        email: Set(email.to_string()),
        display_name: Set(display_name.to_string()),
        password_hash: Set(password_hash.to_string()),
        active: Set(true),
        created_at: Set(now),
        password_changed_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn set_active(conn: &impl ConnectionTrait, id: i64, active: bool) -> Result<(), DbErr> {
    u::Entity::update_many().col_expr(u::Column::Active, active.into()).filter(u::Column::Id.eq(id)).exec(conn).await?;
    Ok(())
}

/// The language the person reads (None: not chosen: their site's default, else their browser's).
pub async fn set_language(conn: &impl ConnectionTrait, id: i64, language: Option<&str>) -> Result<(), DbErr> {
    u::Entity::update_many()
        .col_expr(u::Column::Language, language.map(str::to_string).into())
        .filter(u::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn set_password(conn: &impl ConnectionTrait, id: i64, hash: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    u::Entity::update_many()
        .col_expr(u::Column::PasswordHash, hash.into())
        .col_expr(u::Column::PasswordChangedAt, now.into())
        .filter(u::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Users whose e-mail or name contains `q` (case-insensitive), by e-mail.
pub async fn search(
    conn: &impl ConnectionTrait,
    q: &str,
    only_ids: Option<&[i64]>,
    page: i64,
    per_page: i64,
) -> Result<Page<User>, DbErr> {
    let mut query = u::Entity::find();
    if let Some(pattern) = super::contains_pattern(q) {
        query = query.filter(
            Condition::any().add(u::Column::Email.like(&pattern)).add(
                sea_orm::sea_query::Expr::expr(sea_orm::sea_query::Func::lower(sea_orm::sea_query::Expr::col(
                    u::Column::DisplayName,
                )))
                .like(&pattern),
            ),
        );
    }
    if let Some(ids) = only_ids {
        query = query.filter(u::Column::Id.is_in(ids.iter().copied()));
    }
    let (offset, limit) = paging(page, per_page);
    let total = query.clone().count(conn).await?;
    let items = query.order_by_asc(u::Column::Email).offset(offset).limit(limit).all(conn).await?;
    Ok(Page { items, total })
}
