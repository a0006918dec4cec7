use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use super::{Page, paging};
use crate::entities::asset as a;
use domain::asset::AssetFields;

pub use a::Model as Asset;

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Asset>, DbErr> {
    a::Entity::find_by_id(id).one(conn).await
}

pub async fn by_ids(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<Asset>, DbErr> {
    if ids.is_empty() {
        return Ok(vec![]);
    }
    a::Entity::find().filter(a::Column::Id.is_in(ids.iter().copied())).all(conn).await
}

pub async fn by_tag(conn: &impl ConnectionTrait, site_id: i64, tag: &str) -> Result<Option<Asset>, DbErr> {
    a::Entity::find().filter(a::Column::SiteId.eq(site_id)).filter(a::Column::Tag.eq(tag)).one(conn).await
}

/// The ids in a path "/1/5/9/", root first.
pub fn path_ids(path: &str) -> Vec<i64> {
    path.split('/').filter_map(|p| p.parse().ok()).collect()
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    site_id: i64,
    parent: Option<&Asset>,
    f: &AssetFields,
    now: DateTime<Utc>,
) -> Result<Asset, DbErr> {
    let row = a::ActiveModel {
        site_id: Set(site_id),
        parent_id: Set(parent.map(|p| p.id)),
        path: Set(String::new()),
        tag: Set(f.tag.clone()),
        name: Set(f.name.clone()),
        category: Set(f.category.clone()),
        criticality: Set(f.criticality.as_str().into()),
        manufacturer: Set(f.manufacturer.clone()),
        model: Set(f.model.clone()),
        serial: Set(f.serial.clone()),
        install_date: Set(f.install_date),
        status: Set(f.status.as_str().into()),
        notes: Set(f.notes.clone()),
        energy_control: Set(f.energy_control.clone()),
        safety_notes: Set(f.safety_notes.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    let path = format!("{}{}/", parent.map_or("/", |p| p.path.as_str()), row.id);
    let mut am: a::ActiveModel = row.into();
    am.path = Set(path);
    am.update(conn).await
}

pub async fn update_fields(
    conn: &impl ConnectionTrait,
    asset: Asset,
    f: &AssetFields,
    now: DateTime<Utc>,
) -> Result<Asset, DbErr> {
    let mut am: a::ActiveModel = asset.into();
    am.tag = Set(f.tag.clone());
    am.name = Set(f.name.clone());
    am.category = Set(f.category.clone());
    am.criticality = Set(f.criticality.as_str().into());
    am.manufacturer = Set(f.manufacturer.clone());
    am.model = Set(f.model.clone());
    am.serial = Set(f.serial.clone());
    am.install_date = Set(f.install_date);
    am.status = Set(f.status.as_str().into());
    am.notes = Set(f.notes.clone());
    am.energy_control = Set(f.energy_control.clone());
    am.safety_notes = Set(f.safety_notes.clone());
    am.updated_at = Set(now);
    am.update(conn).await
}

pub async fn set_status(conn: &impl ConnectionTrait, id: i64, status: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    a::Entity::update_many()
        .col_expr(a::Column::Status, status.into())
        .col_expr(a::Column::UpdatedAt, now.into())
        .filter(a::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// How many levels an asset and what is under it span (1 for an asset with nothing under it).
pub async fn subtree_height(conn: &impl ConnectionTrait, asset: &Asset) -> Result<usize, DbErr> {
    #[derive(FromQueryResult)]
    struct Deepest {
        slashes: Option<i64>,
    }
    let stmt = Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT CAST(MAX(LENGTH(path) - LENGTH(REPLACE(path, '/', ''))) AS BIGINT) AS slashes FROM asset \
         WHERE site_id = $1 AND substr(path, 1, CAST($2 AS INTEGER)) = $3",
        [asset.site_id.into(), (asset.path.len() as i64).into(), asset.path.clone().into()],
    );
    let deepest = Deepest::find_by_statement(stmt).one(conn).await?.and_then(|d| d.slashes).unwrap_or(0) as usize;
    // a path "/1/5/9/" has one slash more than its levels
    Ok(deepest.saturating_sub(1).saturating_sub(path_ids(&asset.path).len()) + 1)
}

/// Moves an asset and its whole subtree: one UPDATE rewrites every descendant's path prefix.
pub async fn move_subtree(
    conn: &impl ConnectionTrait,
    asset: &Asset,
    new_parent: Option<&Asset>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let new_path = format!("{}{}/", new_parent.map_or("/", |p| p.path.as_str()), asset.id);
    let backend = conn.get_database_backend();
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        "UPDATE asset SET path = $1 || substr(path, CAST($2 AS INTEGER)), updated_at = $3 \
         WHERE site_id = $4 AND substr(path, 1, CAST($5 AS INTEGER)) = $6",
        [
            new_path.clone().into(),
            (asset.path.len() as i64 + 1).into(),
            now.into(),
            asset.site_id.into(),
            (asset.path.len() as i64).into(),
            asset.path.clone().into(),
        ],
    ))
    .await?;
    a::Entity::update_many()
        .col_expr(a::Column::ParentId, new_parent.map(|p| p.id).into())
        .filter(a::Column::Id.eq(asset.id))
        .exec(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub q: String,
    /// Some(None): top level only; Some(Some(id)): children of id; None: all.
    pub parent: Option<Option<i64>>,
    pub status: Option<String>,
}

pub async fn search(
    conn: &impl ConnectionTrait,
    site_id: i64,
    f: &Filter,
    page: i64,
    per_page: i64,
) -> Result<Page<Asset>, DbErr> {
    let mut q = a::Entity::find().filter(a::Column::SiteId.eq(site_id));
    if let Some(pattern) = super::contains_pattern(&f.q) {
        use sea_orm::sea_query::{Expr, Func};
        q = q.filter(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(a::Column::Tag))).like(&pattern))
                .add(Expr::expr(Func::lower(Expr::col(a::Column::Name))).like(&pattern)),
        );
    }
    match f.parent {
        Some(None) => q = q.filter(a::Column::ParentId.is_null()),
        Some(Some(p)) => q = q.filter(a::Column::ParentId.eq(p)),
        None => {}
    }
    if let Some(s) = &f.status {
        q = q.filter(a::Column::Status.eq(s.as_str()));
    }
    let (offset, limit) = paging(page, per_page);
    let total = q.clone().count(conn).await?;
    let items = q.order_by_asc(a::Column::Path).offset(offset).limit(limit).all(conn).await?;
    Ok(Page { items, total })
}

/// Assets inside any of these (their `path`s), at most `limit`, in hierarchy order: what a
/// search by location finds.
pub async fn within(
    conn: &impl ConnectionTrait,
    site_id: i64,
    paths: &[String],
    limit: u64,
) -> Result<Vec<Asset>, DbErr> {
    if paths.is_empty() {
        return Ok(vec![]);
    }
    let mut inside = Condition::any();
    for p in paths {
        inside = inside.add(a::Column::Path.starts_with(p.as_str()).and(a::Column::Path.ne(p.as_str())));
    }
    a::Entity::find()
        .filter(a::Column::SiteId.eq(site_id))
        .filter(inside)
        .order_by_asc(a::Column::Path)
        .limit(limit)
        .all(conn)
        .await
}

pub async fn children(conn: &impl ConnectionTrait, id: i64) -> Result<Vec<Asset>, DbErr> {
    a::Entity::find().filter(a::Column::ParentId.eq(id)).order_by_asc(a::Column::Tag).all(conn).await
}

/// Every asset of a site in hierarchy order (export), a page at a time by path.
pub async fn all_for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<Asset>, DbErr> {
    a::Entity::find().filter(a::Column::SiteId.eq(site_id)).order_by_asc(a::Column::Path).all(conn).await
}
