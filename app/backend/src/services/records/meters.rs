//! Meters and readings (domain rule: a cumulative reading lower than the last one is refused
//! unless marked as a meter reset).
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::meters as repo;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::maintenance::{MeterDto, ReadingDto};
use contract::error::AppError;
use domain::authz::Permission;
use domain::meter::{MeterKind, MeterReading};
use domain::validation::{FieldErrors, required_text};

pub fn reading_dto(r: &repo::Reading) -> ReadingDto {
    ReadingDto { id: r.id, meter_id: r.meter_id, value: r.value, is_reset: r.is_reset, read_at: r.read_at }
}

pub async fn for_asset(state: &AppState, asset_id: i64) -> Result<(Vec<MeterDto>, Vec<ReadingDto>), AppError> {
    let meters = repo::for_asset(&state.db, asset_id).await?;
    let ids: Vec<i64> = meters.iter().map(|m| m.id).collect();
    let readings = repo::recent(&state.db, &ids, 20).await?;
    Ok(dtos(&meters, &readings))
}

/// Meters with their last reading, and their readings (each meter's latest, oldest first).
pub fn dtos(meters: &[repo::Meter], readings: &[repo::Reading]) -> (Vec<MeterDto>, Vec<ReadingDto>) {
    let dtos = meters
        .iter()
        .map(|m| {
            let last = readings.iter().rfind(|r| r.meter_id == m.id);
            MeterDto {
                id: m.id,
                asset_id: m.asset_id,
                name: m.name.clone(),
                unit: m.unit.clone(),
                kind: m.kind.clone(),
                last_value: last.map(|r| r.value),
                last_read_at: last.map(|r| r.read_at),
            }
        })
        .collect();
    (dtos, readings.iter().map(reading_dto).collect())
}

pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    asset_id: i64,
    name: &str,
    unit: &str,
    kind: &str,
) -> Result<MeterDto, AppError> {
    let now = state.now();
    let asset = crate::services::access::asset(state, user, asset_id, Permission::ManageAssets).await?;
    let mut e = FieldErrors::new();
    let name = e.check("name", required_text(name, 80));
    let unit = e.check("unit", required_text(unit, 20));
    let kind = e.check("kind", MeterKind::parse(kind).ok_or("Choose cumulative or gauge."));
    let (name, unit, kind) = e.finish((name, unit, kind))?;
    let (name, unit, kind) = (name, unit, kind);
    let txn = begin_write(&state.db).await?;
    let m = repo::insert(&txn, asset.site_id, asset.id, &name, &unit, kind.as_str(), now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("meter.create", "meter", m.id)
            .site(Some(asset.site_id))
            .after(json!({"asset_id": asset.id, "name": name, "unit": unit, "kind": kind.as_str()})),
    )
    .await?;
    txn.commit().await?;
    Ok(MeterDto {
        id: m.id,
        asset_id: m.asset_id,
        name: m.name,
        unit: m.unit,
        kind: m.kind,
        last_value: None,
        last_read_at: None,
    })
}

/// Records a reading (from the asset page, the API, or a meter step of a work order).
pub async fn record(
    state: &AppState,
    user: &CurrentUser,
    meter_id: i64,
    raw_value: &str,
    is_reset: bool,
    work_order_id: Option<i64>,
) -> Result<ReadingDto, AppError> {
    let now = state.now();
    let meter = repo::by_id(&state.db, meter_id).await?.ok_or(AppError::NotFound)?;
    crate::services::Caller::User(user).require(
        domain::authz::Target::Site(meter.site_id),
        if work_order_id.is_some() { Permission::WorkOnWorkOrder } else { Permission::RunRounds },
        now.date_naive(),
    )?;
    let txn = begin_write(&state.db).await?;
    let r = record_in(&txn, user, &meter, raw_value, is_reset, work_order_id, now).await?;
    txn.commit().await?;
    Ok(reading_dto(&r))
}

/// Validates and stores a reading inside a transaction, with its audit event.
pub async fn record_in(
    txn: &sea_orm::DatabaseTransaction,
    user: &CurrentUser,
    meter: &repo::Meter,
    raw_value: &str,
    is_reset: bool,
    work_order_id: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<repo::Reading, AppError> {
    let kind = MeterKind::parse(&meter.kind).unwrap_or(MeterKind::Gauge);
    let last = repo::last_reading(txn, meter.id).await?.map(|r| r.value);
    let reading = MeterReading::parse(kind, raw_value, last, is_reset)
        .map_err(|e| AppError::validation("value", e.to_string()))?;
    // read when the person tapped (a reading made offline keeps its time); audited now
    let taken = crate::operation::tapped_or(now);
    let r = repo::add_reading(txn, meter.id, reading.value(), reading.is_reset(), taken, Some(user.id), work_order_id)
        .await?;
    audit::record(
        txn,
        &user.actor(),
        now,
        Change::new("meter.reading", "meter", meter.id)
            .site(Some(meter.site_id))
            .after(json!({"value": r.value, "reset": r.is_reset, "work_order_id": work_order_id})),
    )
    .await?;
    Ok(r)
}

/// The last `limit` readings of a meter, newest first.
pub async fn readings(
    state: &AppState,
    user: &CurrentUser,
    meter_id: i64,
    limit: u64,
) -> Result<Vec<ReadingDto>, AppError> {
    let meter = repo::by_id(&state.db, meter_id).await?.ok_or(AppError::NotFound)?;
    crate::services::Caller::User(user).require(
        domain::authz::Target::Site(meter.site_id),
        Permission::ViewMaintenance,
        state.today(),
    )?;
    let mut rows = repo::recent(&state.db, &[meter.id], limit.clamp(1, 1000)).await?;
    rows.reverse();
    Ok(rows.iter().map(reading_dto).collect())
}
