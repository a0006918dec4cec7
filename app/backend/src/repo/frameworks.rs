//! Framework and requirement queries, and a requirement row's wire form.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

use crate::entities::{framework as fw, requirement as rq, requirement_map as rm, site_framework as sf};
use contract::dto::compliance::RequirementDto;

/// The requirements a source record (a PM schedule, an audit template, a certification type) is
/// mapped to.
pub async fn mapped(conn: &impl ConnectionTrait, source_type: &str, source_id: i64) -> Result<Vec<rq::Model>, DbErr> {
    let ids: Vec<i64> = rm::Entity::find()
        .filter(rm::Column::SourceType.eq(source_type))
        .filter(rm::Column::SourceId.eq(source_id))
        .all(conn)
        .await?
        .iter()
        .map(|m| m.requirement_id)
        .collect();
    if ids.is_empty() {
        return Ok(vec![]);
    }
    rq::Entity::find().filter(rq::Column::Id.is_in(ids)).all(conn).await
}

/// How many shipped (builtin) frameworks the database has.
pub async fn count_builtin(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    fw::Entity::find().filter(fw::Column::Builtin.eq(true)).count(conn).await
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<fw::Model>, DbErr> {
    fw::Entity::find_by_id(id).one(conn).await
}

pub async fn by_code(conn: &impl ConnectionTrait, code: &str) -> Result<Option<fw::Model>, DbErr> {
    fw::Entity::find().filter(fw::Column::Code.eq(code)).one(conn).await
}

/// Every framework, oldest first.
pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<fw::Model>, DbErr> {
    fw::Entity::find().order_by_asc(fw::Column::Id).all(conn).await
}

/// A framework row to insert.
pub struct NewFramework<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub edition: &'a str,
    pub builtin: bool,
    pub created_by: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, f: NewFramework<'_>, now: DateTime<Utc>) -> Result<fw::Model, DbErr> {
    fw::ActiveModel {
        code: Set(f.code.into()),
        name: Set(f.name.into()),
        edition: Set(f.edition.into()),
        builtin: Set(f.builtin),
        created_by: Set(f.created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The ids of the frameworks that apply to a site.
pub async fn applying_to_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<i64>, DbErr> {
    Ok(sf::Entity::find()
        .filter(sf::Column::SiteId.eq(site_id))
        .all(conn)
        .await?
        .iter()
        .map(|s| s.framework_id)
        .collect())
}

/// The row saying a framework applies to a site, if it does.
pub async fn site_link(
    conn: &impl ConnectionTrait,
    site_id: i64,
    framework_id: i64,
) -> Result<Option<sf::Model>, DbErr> {
    sf::Entity::find()
        .filter(sf::Column::SiteId.eq(site_id))
        .filter(sf::Column::FrameworkId.eq(framework_id))
        .one(conn)
        .await
}

pub async fn insert_site_link(
    conn: &impl ConnectionTrait,
    site_id: i64,
    framework_id: i64,
    now: DateTime<Utc>,
) -> Result<sf::Model, DbErr> {
    sf::ActiveModel {
        site_id: Set(site_id),
        framework_id: Set(framework_id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn delete_site_link(conn: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    sf::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

/// The number of requirements of every framework, by framework id.
pub async fn requirement_counts(conn: &impl ConnectionTrait) -> Result<HashMap<i64, i64>, DbErr> {
    let mut counts: HashMap<i64, i64> = HashMap::new();
    for r in rq::Entity::find().all(conn).await? {
        *counts.entry(r.framework_id).or_default() += 1;
    }
    Ok(counts)
}

pub async fn requirement_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<rq::Model>, DbErr> {
    rq::Entity::find_by_id(id).one(conn).await
}

/// The requirements with these ids (one query, even for no ids).
pub async fn requirements_by_ids(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<rq::Model>, DbErr> {
    rq::Entity::find().filter(rq::Column::Id.is_in(ids)).all(conn).await
}

/// The requirements of a framework, unordered.
pub async fn requirements_of(conn: &impl ConnectionTrait, framework_id: i64) -> Result<Vec<rq::Model>, DbErr> {
    rq::Entity::find().filter(rq::Column::FrameworkId.eq(framework_id)).all(conn).await
}

pub async fn requirement_by_reference(
    conn: &impl ConnectionTrait,
    framework_id: i64,
    reference: &str,
) -> Result<Option<rq::Model>, DbErr> {
    rq::Entity::find()
        .filter(rq::Column::FrameworkId.eq(framework_id))
        .filter(rq::Column::Reference.eq(reference))
        .one(conn)
        .await
}

pub async fn count_requirements(conn: &impl ConnectionTrait, framework_id: i64) -> Result<u64, DbErr> {
    rq::Entity::find().filter(rq::Column::FrameworkId.eq(framework_id)).count(conn).await
}

/// A requirement row to insert.
pub struct NewRequirement<'a> {
    pub reference: &'a str,
    pub title: &'a str,
    pub group: &'a str,
    pub every_months: Option<i32>,
    pub position: i32,
}

impl NewRequirement<'_> {
    fn active(&self, framework_id: i64) -> rq::ActiveModel {
        rq::ActiveModel {
            framework_id: Set(framework_id),
            reference: Set(self.reference.into()),
            title: Set(self.title.into()),
            grp: Set(self.group.into()),
            every_months: Set(self.every_months),
            position: Set(self.position),
            ..Default::default()
        }
    }
}

pub async fn insert_requirement(
    conn: &impl ConnectionTrait,
    framework_id: i64,
    r: &NewRequirement<'_>,
) -> Result<rq::Model, DbErr> {
    r.active(framework_id).insert(conn).await
}

/// Inserts many requirements of a framework in one statement.
pub async fn insert_requirements(
    conn: &impl ConnectionTrait,
    framework_id: i64,
    rows: &[NewRequirement<'_>],
) -> Result<(), DbErr> {
    rq::Entity::insert_many(rows.iter().map(|r| r.active(framework_id))).exec(conn).await?;
    Ok(())
}

/// The mapping of a source record to a requirement, if there is one.
pub async fn mapping(
    conn: &impl ConnectionTrait,
    requirement_id: i64,
    source_type: &str,
    source_id: i64,
) -> Result<Option<rm::Model>, DbErr> {
    rm::Entity::find()
        .filter(rm::Column::RequirementId.eq(requirement_id))
        .filter(rm::Column::SourceType.eq(source_type))
        .filter(rm::Column::SourceId.eq(source_id))
        .one(conn)
        .await
}

pub async fn insert_mapping(
    conn: &impl ConnectionTrait,
    requirement_id: i64,
    source_type: &str,
    source_id: i64,
    created_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<rm::Model, DbErr> {
    rm::ActiveModel {
        requirement_id: Set(requirement_id),
        source_type: Set(source_type.into()),
        source_id: Set(source_id),
        created_by: Set(created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The wire form of a requirement row.
pub fn requirement_dto(r: rq::Model) -> RequirementDto {
    RequirementDto {
        id: r.id,
        framework_id: r.framework_id,
        reference: r.reference,
        title: r.title,
        group: r.grp,
        every_months: r.every_months,
    }
}
