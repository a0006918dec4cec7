//! Site holiday queries.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::site_holiday as h;

pub type Holiday = h::Model;

/// A site's holidays by day.
pub async fn for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<Holiday>, DbErr> {
    h::Entity::find().filter(h::Column::SiteId.eq(site_id)).order_by_asc(h::Column::Day).all(conn).await
}

pub async fn find(conn: &impl ConnectionTrait, site_id: i64, day: NaiveDate) -> Result<Option<h::Model>, DbErr> {
    h::Entity::find_by_id((site_id, day)).one(conn).await
}

pub async fn insert(conn: &impl ConnectionTrait, site_id: i64, day: NaiveDate, name: &str) -> Result<h::Model, DbErr> {
    h::ActiveModel { site_id: Set(site_id), day: Set(day), name: Set(name.into()) }.insert(conn).await
}

pub async fn delete(conn: &impl ConnectionTrait, site_id: i64, day: NaiveDate) -> Result<(), DbErr> {
    h::Entity::delete_by_id((site_id, day)).exec(conn).await?;
    Ok(())
}

/// Every site's holidays, by site (the PM planner's run over all sites).
pub async fn days_by_site(conn: &impl ConnectionTrait) -> Result<HashMap<i64, Vec<NaiveDate>>, DbErr> {
    let mut out: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    for row in h::Entity::find().all(conn).await? {
        out.entry(row.site_id).or_default().push(row.day);
    }
    Ok(out)
}
