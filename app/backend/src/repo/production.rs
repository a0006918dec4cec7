//! Production counts for OEE: a site's downtime reasons, assets' ideal cycle times with their
//! history, production records per asset and shift, and the stops inside shifts.
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::{asset_cycle_time as ct, downtime_reason as dr, production_record as pr};

pub use ct::Model as CycleTime;
pub use dr::Model as Reason;
pub use pr::Model as Record;

/// A site's reasons, the active ones first, by kind and name.
pub async fn reasons(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<Reason>, DbErr> {
    dr::Entity::find()
        .filter(dr::Column::SiteId.eq(site_id))
        .order_by_desc(dr::Column::Active)
        .order_by_asc(dr::Column::Kind)
        .order_by_asc(dr::Column::Name)
        .all(conn)
        .await
}

pub async fn reason(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Reason>, DbErr> {
    dr::Entity::find_by_id(id).one(conn).await
}

pub async fn insert_reason(
    conn: &impl ConnectionTrait,
    site_id: i64,
    code: &str,
    name: &str,
    kind: &str,
) -> Result<Reason, DbErr> {
    dr::ActiveModel {
        site_id: Set(site_id),
        code: Set(code.to_string()),
        name: Set(name.to_string()),
        kind: Set(kind.to_string()),
        active: Set(true),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn set_reason_active(conn: &impl ConnectionTrait, id: i64, active: bool) -> Result<(), DbErr> {
    dr::Entity::update_many()
        .col_expr(dr::Column::Active, active.into())
        .filter(dr::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The default reasons of a new site, in one statement.
pub async fn insert_default_reasons(conn: &impl ConnectionTrait, site_id: i64) -> Result<(), DbErr> {
    let rows = domain::oee::DEFAULT_REASONS.iter().map(|(code, name, kind)| dr::ActiveModel {
        site_id: Set(site_id),
        code: Set(code.to_string()),
        name: Set(name.to_string()),
        kind: Set(kind.as_str().to_string()),
        active: Set(true),
        ..Default::default()
    });
    dr::Entity::insert_many(rows).exec(conn).await?;
    Ok(())
}

/// An asset's ideal cycle times, newest first.
pub async fn cycle_history(conn: &impl ConnectionTrait, asset_id: i64) -> Result<Vec<ct::Model>, DbErr> {
    ct::Entity::find()
        .filter(ct::Column::AssetId.eq(asset_id))
        .order_by_desc(ct::Column::EffectiveFrom)
        .order_by_desc(ct::Column::Id)
        .all(conn)
        .await
}

/// The ideal cycle time (seconds) an asset had at an instant.
pub async fn cycle_at(conn: &impl ConnectionTrait, asset_id: i64, at: DateTime<Utc>) -> Result<Option<f64>, DbErr> {
    Ok(ct::Entity::find()
        .filter(ct::Column::AssetId.eq(asset_id))
        .filter(ct::Column::EffectiveFrom.lte(at))
        .order_by_desc(ct::Column::EffectiveFrom)
        .order_by_desc(ct::Column::Id)
        .one(conn)
        .await?
        .map(|c| c.ideal_cycle_seconds))
}

pub async fn insert_cycle(
    conn: &impl ConnectionTrait,
    asset_id: i64,
    seconds: f64,
    from: DateTime<Utc>,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<ct::Model, DbErr> {
    ct::ActiveModel {
        asset_id: Set(asset_id),
        ideal_cycle_seconds: Set(seconds),
        effective_from: Set(from),
        set_by: Set(by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// An asset of a site that has an ideal cycle time (it makes units).
#[derive(Debug, Clone, FromQueryResult)]
pub struct ProducingAsset {
    pub id: i64,
    pub tag: String,
    pub name: String,
}

/// The site's assets with an ideal cycle time, by tag.
pub async fn producing_assets(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<ProducingAsset>, DbErr> {
    ProducingAsset::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT a.id, a.tag, a.name FROM asset a WHERE a.site_id = $1 \
         AND EXISTS (SELECT 1 FROM asset_cycle_time c WHERE c.asset_id = a.id) ORDER BY a.tag",
        [site_id.into()],
    ))
    .all(conn)
    .await
}

pub struct NewRecord {
    pub site_id: i64,
    pub asset_id: i64,
    pub shift_start: DateTime<Utc>,
    pub shift_end: DateTime<Utc>,
    pub planned_minutes: f64,
    pub ideal_cycle_seconds: f64,
    pub total: i64,
    pub rejects: i64,
    pub startup_rejects: i64,
    pub entered_by: Option<i64>,
}

fn active(r: &NewRecord, now: DateTime<Utc>) -> pr::ActiveModel {
    pr::ActiveModel {
        site_id: Set(r.site_id),
        asset_id: Set(r.asset_id),
        shift_start: Set(r.shift_start),
        shift_end: Set(r.shift_end),
        planned_minutes: Set(r.planned_minutes),
        ideal_cycle_seconds: Set(r.ideal_cycle_seconds),
        total_count: Set(r.total),
        reject_count: Set(r.rejects),
        startup_reject_count: Set(r.startup_rejects),
        entered_by: Set(r.entered_by),
        created_at: Set(now),
        ..Default::default()
    }
}

pub async fn insert_record(conn: &impl ConnectionTrait, r: &NewRecord, now: DateTime<Utc>) -> Result<Record, DbErr> {
    active(r, now).insert(conn).await
}

/// Many records, 500 to a statement.
pub async fn insert_records(conn: &impl ConnectionTrait, rows: &[&NewRecord], now: DateTime<Utc>) -> Result<(), DbErr> {
    for chunk in rows.chunks(500) {
        pr::Entity::insert_many(chunk.iter().map(|r| active(r, now))).exec(conn).await?;
    }
    Ok(())
}

pub async fn record(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Record>, DbErr> {
    pr::Entity::find_by_id(id).one(conn).await
}

/// A record of an asset overlapping [start, end), if any (one shift's counts are recorded once).
pub async fn overlapping_record(
    conn: &impl ConnectionTrait,
    asset_id: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Result<Option<Record>, DbErr> {
    pr::Entity::find()
        .filter(pr::Column::AssetId.eq(asset_id))
        .filter(pr::Column::ShiftStart.lt(end))
        .filter(pr::Column::ShiftEnd.gt(start))
        .one(conn)
        .await
}

/// A site's records whose shift starts in [from, to), oldest first; `asset` narrows to one asset.
pub async fn records_in(
    conn: &impl ConnectionTrait,
    site_id: i64,
    asset: Option<i64>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Record>, DbErr> {
    let mut q = pr::Entity::find()
        .filter(pr::Column::SiteId.eq(site_id))
        .filter(pr::Column::ShiftStart.gte(from))
        .filter(pr::Column::ShiftStart.lt(to));
    if let Some(a) = asset {
        q = q.filter(pr::Column::AssetId.eq(a));
    }
    q.order_by_asc(pr::Column::ShiftStart).order_by_asc(pr::Column::Id).all(conn).await
}

/// The latest records of a site, a page at a time, with the total.
pub async fn records_page(
    conn: &impl ConnectionTrait,
    site_id: i64,
    page: i64,
    per_page: i64,
) -> Result<super::Page<Record>, DbErr> {
    let (offset, limit) = super::paging(page, per_page);
    let q = pr::Entity::find()
        .filter(pr::Column::SiteId.eq(site_id))
        .order_by_desc(pr::Column::ShiftStart)
        .order_by_desc(pr::Column::Id);
    let total = q.clone().count(conn).await?;
    let items = q.offset(offset).limit(limit).all(conn).await?;
    Ok(super::Page { items, total })
}

/// A stop of a site's asset overlapping a period, with its reason's kind (None: no reason).
#[derive(Debug, Clone, FromQueryResult)]
pub struct StopRow {
    pub asset_id: i64,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub kind: Option<String>,
}

/// The stops of a site's assets overlapping [from, to), in one statement.
pub async fn stops_in(
    conn: &impl ConnectionTrait,
    site_id: i64,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<StopRow>, DbErr> {
    StopRow::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT d.asset_id, d.started_at, d.ended_at, r.kind FROM asset_downtime d \
         JOIN asset a ON a.id = d.asset_id LEFT JOIN downtime_reason r ON r.id = d.reason_id \
         WHERE a.site_id = $1 AND d.started_at < $2 AND (d.ended_at IS NULL OR d.ended_at > $3)",
        [site_id.into(), to.into(), from.into()],
    ))
    .all(conn)
    .await
}

impl StopRow {
    /// The stop for OEE: an ongoing one ends now; one without a reason is unplanned.
    pub fn timed(&self, now: DateTime<Utc>) -> domain::oee::TimedStop {
        use domain::oee::StopKind;
        domain::oee::TimedStop {
            start: self.started_at,
            end: Ord::max(self.ended_at.unwrap_or(now), self.started_at),
            kind: self.kind.as_deref().and_then(StopKind::parse).unwrap_or(StopKind::Unplanned),
        }
    }
}

/// A record's counts for OEE.
pub fn counts(r: &Record) -> domain::oee::ShiftCounts {
    domain::oee::ShiftCounts {
        planned_minutes: r.planned_minutes,
        ideal_cycle_minutes: r.ideal_cycle_seconds / 60.0,
        total: r.total_count as f64,
        rejects: r.reject_count as f64,
        startup_rejects: r.startup_reject_count as f64,
    }
}

/// Each record with its shift's sums, from the stops of the site (one pass, no query).
pub fn sums(records: &[Record], stops: &[StopRow], now: DateTime<Utc>) -> Vec<domain::oee::OeeSum> {
    let mut by_asset: std::collections::HashMap<i64, Vec<domain::oee::TimedStop>> = Default::default();
    for s in stops {
        by_asset.entry(s.asset_id).or_default().push(s.timed(now));
    }
    records
        .iter()
        .map(|r| {
            let inside = by_asset
                .get(&r.asset_id)
                .map(|st| domain::oee::stops_within(st, r.shift_start, r.shift_end))
                .unwrap_or_default();
            domain::oee::OeeSum::shift(counts(r), &inside)
        })
        .collect()
}

/// Every cycle time of the site's assets, oldest first per asset (for imports).
pub async fn cycles_for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<ct::Model>, DbErr> {
    ct::Entity::find()
        .filter(
            ct::Column::AssetId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(crate::entities::asset::Column::Id)
                    .from(crate::entities::asset::Entity)
                    .and_where(crate::entities::asset::Column::SiteId.eq(site_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(ct::Column::AssetId)
        .order_by_asc(ct::Column::EffectiveFrom)
        .order_by_asc(ct::Column::Id)
        .all(conn)
        .await
}
