use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*};

use crate::entities::part as p;

pub use p::Model as Part;

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Part>, DbErr> {
    p::Entity::find_by_id(id).one(conn).await
}

pub async fn by_ids(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<Part>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    p::Entity::find().filter(p::Column::Id.is_in(ids.iter().copied())).all(conn).await
}

pub async fn for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<Part>, DbErr> {
    p::Entity::find().filter(p::Column::SiteId.eq(site_id)).order_by_asc(p::Column::Code).all(conn).await
}

pub async fn by_code(conn: &impl ConnectionTrait, site_id: i64, code: &str) -> Result<Option<Part>, DbErr> {
    p::Entity::find().filter(p::Column::SiteId.eq(site_id)).filter(p::Column::Code.eq(code)).one(conn).await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    site_id: i64,
    code: &str,
    name: &str,
    unit: &str,
    on_hand: f64,
    now: DateTime<Utc>,
) -> Result<Part, DbErr> {
    p::ActiveModel {
        site_id: Set(site_id),
        code: Set(code.to_string()),
        name: Set(name.to_string()),
        unit: Set(unit.to_string()),
        on_hand: Set(on_hand),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Takes `qty` from stock only if at least that much is on hand (checked in the same statement,
/// so two completions at once cannot both take the last one); returns whether it did.
pub async fn take(conn: &impl ConnectionTrait, id: i64, qty: f64) -> Result<bool, DbErr> {
    use sea_orm::sea_query::Expr;
    let res = p::Entity::update_many()
        .col_expr(p::Column::OnHand, Expr::col(p::Column::OnHand).sub(qty))
        .filter(p::Column::Id.eq(id))
        .filter(p::Column::OnHand.gte(qty - 1e-9))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn set_on_hand(conn: &impl ConnectionTrait, id: i64, qty: f64) -> Result<(), DbErr> {
    p::Entity::update_many().col_expr(p::Column::OnHand, qty.into()).filter(p::Column::Id.eq(id)).exec(conn).await?;
    Ok(())
}
