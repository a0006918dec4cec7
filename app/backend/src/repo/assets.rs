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

/// Every asset of a site in hierarchy order (export), a page at a time by path.
pub async fn all_for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<Asset>, DbErr> {
    a::Entity::find().filter(a::Column::SiteId.eq(site_id)).order_by_asc(a::Column::Path).all(conn).await
}

/// What an asset's page shows besides the asset, each list in its page's order.
#[derive(Debug, Clone, Default)]
pub struct PageRead {
    /// The assets of its path (itself included), in no order.
    pub path: Vec<Asset>,
    pub children: Vec<Asset>,
    pub open_work: Vec<super::work_orders::Line>,
    pub recent_work: Vec<super::work_orders::Line>,
    pub meters: Vec<super::meters::Meter>,
    /// The 20 latest readings of each meter, by meter then oldest first.
    pub readings: Vec<super::meters::Reading>,
    /// Its 10 latest stops.
    pub downtime: Vec<super::downtime::Downtime>,
    pub schedules: Vec<super::pm::Schedule>,
    /// Its active CIL points, oldest first.
    pub cil_points: Vec<super::tpm::CilPoint>,
    /// Its ideal cycle times, the latest first.
    pub cycle_times: Vec<super::production::CycleTime>,
}

/// An asset and everything its page shows, in one statement (one packed list per section,
/// [`super::packed_sections`]); `None` when there is no such asset. The caller decides who may see it.
pub async fn page(conn: &impl ConnectionTrait, id: i64) -> Result<Option<(Asset, PageRead)>, DbErr> {
    use super::Section;
    use crate::entities::{asset_cycle_time, asset_downtime, cil_point, meter, meter_reading, pm_schedule};
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    // the asset and its ancestors, up its parents (as many as its path has; bounded all the same)
    let path = format!(
        "FROM asset WHERE id IN (WITH RECURSIVE up(id, depth) AS (SELECT id, 0 FROM asset WHERE id = $1 \
         UNION ALL SELECT a.parent_id, up.depth + 1 FROM asset a JOIN up ON a.id = up.id \
         WHERE a.parent_id IS NOT NULL AND up.depth < {most}) SELECT id FROM up)",
        most = domain::asset::MAX_DEPTH
    );
    let (open, recent) = super::work_orders::for_asset_from();
    let readings = super::meters::latest_from("SELECT id FROM meter WHERE asset_id = $1", 20);
    let cycles = super::columns_of::<asset_cycle_time::Entity>("");
    let (assets, meters, read, stops, schedules, points) = (
        super::columns_of::<a::Entity>(""),
        super::columns_of::<meter::Entity>(""),
        super::columns_of::<meter_reading::Entity>("r."),
        super::columns_of::<asset_downtime::Entity>(""),
        super::columns_of::<pm_schedule::Entity>(""),
        super::columns_of::<cil_point::Entity>(""),
    );
    let packed = super::packed_sections(
        conn,
        &[
            Some(Section { exprs: &refs(&assets), from: &path }),
            Some(Section { exprs: &refs(&assets), from: "FROM asset WHERE parent_id = $1 ORDER BY tag" }),
            Some(Section { exprs: &super::work_orders::LINE_EXPRS, from: &open }),
            Some(Section { exprs: &super::work_orders::LINE_EXPRS, from: &recent }),
            Some(Section { exprs: &refs(&meters), from: "FROM meter WHERE asset_id = $1 ORDER BY name, id" }),
            Some(Section { exprs: &refs(&read), from: &readings }),
            Some(Section {
                exprs: &refs(&stops),
                from: "FROM asset_downtime WHERE asset_id = $1 ORDER BY started_at DESC LIMIT 10",
            }),
            Some(Section { exprs: &refs(&schedules), from: "FROM pm_schedule WHERE asset_id = $1 ORDER BY title" }),
            Some(Section { exprs: &refs(&points), from: "FROM cil_point WHERE asset_id = $1 AND active ORDER BY id" }),
            Some(Section {
                exprs: &refs(&cycles),
                from: "FROM asset_cycle_time WHERE asset_id = $1 ORDER BY effective_from DESC, id DESC",
            }),
        ],
        vec![id.into()],
    )
    .await?;
    let path: Vec<Asset> = super::unpack(&packed[0])?;
    let Some(asset) = path.iter().find(|a| a.id == id).cloned() else { return Ok(None) };
    Ok(Some((
        asset,
        PageRead {
            path,
            children: super::unpack(&packed[1])?,
            open_work: super::unpack(&packed[2])?,
            recent_work: super::unpack(&packed[3])?,
            meters: super::unpack(&packed[4])?,
            readings: super::unpack(&packed[5])?,
            downtime: super::unpack(&packed[6])?,
            schedules: super::unpack(&packed[7])?,
            cil_points: super::unpack(&packed[8])?,
            cycle_times: super::unpack(&packed[9])?,
        },
    )))
}
