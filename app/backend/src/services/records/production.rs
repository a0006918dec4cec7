//! Production counts for OEE (domain::oee): one record per asset and shift, entered on a phone or
//! imported from CSV; the ideal cycle time of an asset with its history; the site's stop reasons
//! and stops recorded after the fact. Every change writes the audit trail in its transaction.
use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::repo::{assets, downtime, production as repo, sites};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::{local_today, site_time};
use crate::state::AppState;
use contract::dto::maintenance::{
    CycleTimeDto, DowntimeDto, DowntimeReasonDto, ImportError, ImportReport, ProducingAssetDto, ProductionPage,
    ProductionRecordDto,
};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::oee::{Production, ProductionInput, StopKind, parse_cycle_seconds};
use domain::validation::{FieldErrors, required_text};

/// Records per page on the production page.
pub const PER_PAGE: i64 = 20;

/// The CSV columns of a production import, in the export's order.
pub const CSV_COLUMNS: &[&str] =
    &["asset_tag", "date", "start", "end", "planned_minutes", "total", "rejects", "startup_rejects"];

fn reason_dto(r: repo::Reason) -> DowntimeReasonDto {
    DowntimeReasonDto { id: r.id, code: r.code, name: r.name, kind: r.kind, active: r.active }
}

fn record_dto(r: &repo::Record, tag: String, sum: &domain::oee::OeeSum) -> ProductionRecordDto {
    ProductionRecordDto {
        id: r.id,
        asset_id: r.asset_id,
        asset_tag: tag,
        shift_start: r.shift_start,
        shift_end: r.shift_end,
        planned_minutes: r.planned_minutes,
        ideal_cycle_seconds: r.ideal_cycle_seconds,
        total_count: r.total_count,
        reject_count: r.reject_count,
        startup_reject_count: r.startup_reject_count,
        run_minutes: sum.run_minutes,
        factors: sum.factors().into(),
    }
}

/// Records with their factors and asset tags: three statements whatever their number.
async fn with_factors(
    state: &AppState,
    site_id: i64,
    records: Vec<repo::Record>,
) -> Result<Vec<ProductionRecordDto>, AppError> {
    let (Some(from), Some(to)) =
        (records.iter().map(|r| r.shift_start).min(), records.iter().map(|r| r.shift_end).max())
    else {
        return Ok(vec![]);
    };
    let now = state.now();
    let stops = repo::stops_in(&state.db, site_id, from, to).await?;
    let sums = repo::sums(&records, &stops, now);
    let mut ids: Vec<i64> = records.iter().map(|r| r.asset_id).collect();
    ids.sort();
    ids.dedup();
    let tags: HashMap<i64, String> =
        assets::by_ids(&state.db, &ids).await?.into_iter().map(|a| (a.id, a.tag)).collect();
    Ok(records
        .iter()
        .zip(sums.iter())
        .map(|(r, s)| record_dto(r, tags.get(&r.asset_id).cloned().unwrap_or_default(), s))
        .collect())
}

/// The production page: the latest records (newest first), the assets that make units and the
/// site's stop reasons.
pub async fn page(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    page: i64,
    saved: Option<i64>,
) -> Result<ProductionPage, AppError> {
    let today = state.today();
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, today)?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let p = repo::records_page(&state.db, site_id, page, PER_PAGE).await?;
    let items = with_factors(state, site_id, p.items).await?;
    let assets = repo::producing_assets(&state.db, site_id)
        .await?
        .into_iter()
        .map(|a| ProducingAssetDto { id: a.id, tag: a.tag, name: a.name })
        .collect();
    let reasons = repo::reasons(&state.db, site_id).await?.into_iter().map(reason_dto).collect();
    let saved = match saved {
        Some(id) => match repo::record(&state.db, id).await?.filter(|r| r.site_id == site_id) {
            Some(r) => with_factors(state, site_id, vec![r]).await?.into_iter().next(),
            None => None,
        },
        None => None,
    };
    Ok(ProductionPage {
        site_id,
        items,
        total: p.total,
        page: page.clamp(1, crate::repo::MAX_PAGE),
        per_page: PER_PAGE,
        assets,
        reasons,
        today: local_today(&site.timezone, state.now()),
        may_manage: Caller::User(user).require(Target::Site(site_id), Permission::ManageAssets, today).is_ok(),
        saved,
    })
}

/// Records whose shift starts in [from, to) on a site's calendar dates (the API's list).
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    asset_id: Option<i64>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Vec<ProductionRecordDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    if from > to || (to - from).num_days() > 366 {
        return Err(AppError::validation("to", "Choose an end after the start, at most a year later."));
    }
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let midnight = |d: chrono::NaiveDate| site_time(&site.timezone, d.and_time(chrono::NaiveTime::MIN));
    let (Some(start), Some(end)) = (midnight(from), midnight(to + Duration::days(1))) else {
        return Err(AppError::validation("from", "No such date on the site's calendar."));
    };
    let rows = repo::records_in(&state.db, site_id, asset_id, start, end).await?;
    with_factors(state, site_id, rows).await
}

/// The instants of a valid shift on the site's calendar.
fn shift_instants(tz: &str, p: &Production) -> Result<(DateTime<Utc>, DateTime<Utc>), FieldErrors> {
    let start = site_time(tz, NaiveDateTime::new(p.date, p.start))
        .ok_or_else(|| FieldErrors::single("start", "The clocks skip this time on the site's calendar."))?;
    Ok((start, start + Duration::minutes(p.length_minutes)))
}

/// The row of a valid shift of (site, asset) between its instants, with the cycle time it ran at.
fn new_record(
    (site_id, asset_id): (i64, i64),
    (shift_start, shift_end): (DateTime<Utc>, DateTime<Utc>),
    p: &Production,
    ideal_cycle_seconds: f64,
    by: i64,
) -> repo::NewRecord {
    repo::NewRecord {
        site_id,
        asset_id,
        shift_start,
        shift_end,
        planned_minutes: p.planned_minutes,
        ideal_cycle_seconds,
        total: p.total as i64,
        rejects: p.rejects as i64,
        startup_rejects: p.startup_rejects as i64,
        entered_by: Some(by),
    }
}

/// The form's fields of one shift.
pub struct ShiftForm<'a> {
    pub asset_id: i64,
    pub input: ProductionInput<'a>,
}

/// Records one asset's shift (operators and anyone who runs rounds on its site).
pub async fn record(
    state: &AppState,
    user: &CurrentUser,
    form: ShiftForm<'_>,
) -> Result<ProductionRecordDto, AppError> {
    let now = state.now();
    let asset = access::asset(state, user, form.asset_id, Permission::RunRounds).await?;
    let site = sites::by_id(&state.db, asset.site_id).await?.ok_or(AppError::NotFound)?;
    let p = form.input.validate(local_today(&site.timezone, now))?;
    let (start, end) = shift_instants(&site.timezone, &p)?;
    if start > now {
        return Err(AppError::validation("start", "The shift has not started yet: record it once it has."));
    }
    let Some(cycle) = repo::cycle_at(&state.db, asset.id, start).await? else {
        return Err(AppError::validation(
            "asset_id",
            format!("{} has no ideal cycle time for this shift: set it on the asset's page first.", asset.tag),
        ));
    };
    let txn = begin_write(&state.db).await?;
    if let Some(other) = repo::overlapping_record(&txn, asset.id, start, end).await? {
        return Err(overlap_error(&asset.tag, &site.timezone, &other));
    }
    let new = new_record((site.id, asset.id), (start, end), &p, cycle, user.id);
    let row = repo::insert_record(&txn, &new, now).await.map_err(|e| {
        if is_unique_violation(&e) {
            AppError::validation("start", format!("Production of {} is already recorded for this shift.", asset.tag))
        } else {
            e.into()
        }
    })?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("production.record", "production_record", row.id).site(Some(site.id)).after(json!({
            "asset_id": asset.id, "shift_start": start, "shift_end": end, "planned_minutes": p.planned_minutes,
            "ideal_cycle_seconds": cycle, "total": p.total, "rejects": p.rejects, "startup_rejects": p.startup_rejects,
        })),
    )
    .await?;
    txn.commit().await?;
    with_factors(state, site.id, vec![row])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::internal("a recorded shift is missing"))
}

fn overlap_error(tag: &str, tz: &str, other: &repo::Record) -> AppError {
    let tz: chrono_tz::Tz = tz.parse().unwrap_or(chrono_tz::UTC);
    let (s, e) = (other.shift_start.with_timezone(&tz), other.shift_end.with_timezone(&tz));
    AppError::validation(
        "start",
        format!(
            "Production of {tag} is already recorded for a shift overlapping this one ({} {}-{}).",
            s.format("%Y-%m-%d"),
            s.format("%H:%M"),
            e.format("%H:%M")
        ),
    )
}

/// A stop recorded after the fact: the asset, a reason of the site's list, from and to as the
/// site's local date and time (`2026-12-05T08:10`). It may not overlap another stop of the asset.
pub async fn record_stop(
    state: &AppState,
    user: &CurrentUser,
    asset_id: i64,
    reason_id: Option<i64>,
    from: &str,
    to: &str,
    note: &str,
) -> Result<DowntimeDto, AppError> {
    let now = state.now();
    let asset = access::asset(state, user, asset_id, Permission::RunRounds).await?;
    let site = sites::by_id(&state.db, asset.site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let reason = match reason_id {
        Some(id) => repo::reason(&state.db, id).await?.filter(|r| r.site_id == site.id && r.active),
        None => None,
    };
    if reason.is_none() {
        e.add("reason_id", "Choose a reason from the site's list.");
    }
    let local = |field: &str, raw: &str, e: &mut FieldErrors| {
        let t = NaiveDateTime::parse_from_str(raw.trim(), "%Y-%m-%dT%H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(raw.trim(), "%Y-%m-%d %H:%M"))
            .ok()
            .and_then(|l| site_time(&site.timezone, l));
        if t.is_none() {
            e.add(field, "Enter a date and time like 2026-12-05 08:10.");
        }
        t
    };
    let start = local("from", from, &mut e);
    let end = local("to", to, &mut e);
    if let (Some(s), Some(t)) = (start, end) {
        if t <= s {
            e.add("to", "The end is not after the start.");
        } else if t > now {
            e.add("to", "This is still to come: record a stop once it has ended.");
        } else if t - s > Duration::days(31) {
            e.add("to", "A stop of more than 31 days: check the dates.");
        }
    }
    let note = e.check("note", domain::validation::optional_text(note, 500));
    let (start, end, reason, note) = e.finish((start, end, reason, note))?;
    let txn = begin_write(&state.db).await?;
    if downtime::asset_stop_overlapping(&txn, asset.id, start, end).await? {
        return Err(AppError::validation("from", format!("{} has another stop recorded in this time.", asset.tag)));
    }
    let words = if note.is_empty() { reason.name.clone() } else { format!("{}: {note}", reason.name) };
    let d = downtime::insert(
        &txn,
        downtime::NewStop {
            asset_id: asset.id,
            work_order_id: None,
            started_at: start,
            ended_at: Some(end),
            reason: &words,
            reason_id: Some(reason.id),
        },
    )
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("downtime.record", "asset", asset.id).site(Some(site.id)).after(json!({
            "downtime_id": d.id, "started_at": start, "ended_at": end, "reason_id": reason.id, "reason": words,
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(DowntimeDto {
        id: d.id,
        asset_id: d.asset_id,
        work_order_id: None,
        started_at: d.started_at,
        ended_at: d.ended_at,
        reason: d.reason,
        reason_id: d.reason_id,
    })
}

/// An asset's ideal cycle time history, newest first.
pub async fn cycle_history(state: &AppState, user: &CurrentUser, asset_id: i64) -> Result<Vec<CycleTimeDto>, AppError> {
    access::asset(state, user, asset_id, Permission::ViewMaintenance).await?;
    Ok(repo::cycle_history(&state.db, asset_id).await?.iter().map(cycle_dto).collect())
}

pub fn cycle_dto(c: &repo::CycleTime) -> CycleTimeDto {
    CycleTimeDto {
        asset_id: c.asset_id,
        ideal_cycle_seconds: c.ideal_cycle_seconds,
        effective_from: c.effective_from,
        set_by: c.set_by,
    }
}

/// Sets an asset's ideal cycle time from a site-local date on (blank: from now). Earlier shifts
/// keep the time they were recorded with; the history keeps every change.
pub async fn set_cycle_time(
    state: &AppState,
    user: &CurrentUser,
    asset_id: i64,
    seconds: &str,
    from: &str,
) -> Result<CycleTimeDto, AppError> {
    let now = state.now();
    let asset = access::asset(state, user, asset_id, Permission::ManageAssets).await?;
    let site = sites::by_id(&state.db, asset.site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let secs = e.check("seconds", parse_cycle_seconds(seconds));
    let effective = match from.trim() {
        "" => Some(now),
        raw => match chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Ok(d) => site_time(&site.timezone, d.and_time(chrono::NaiveTime::MIN)).or_else(|| {
                e.add("from", "No such date on the site's calendar.");
                None
            }),
            Err(_) => {
                e.add("from", "Enter a date as YYYY-MM-DD, or leave it blank for now.");
                None
            }
        },
    };
    let (secs, effective) = e.finish((secs, effective))?;
    let txn = begin_write(&state.db).await?;
    let before = repo::cycle_at(&txn, asset.id, effective).await?;
    let row = repo::insert_cycle(&txn, asset.id, secs, effective, Some(user.id), now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("asset.cycle_time", "asset", asset.id)
            .site(Some(site.id))
            .before(json!({"ideal_cycle_seconds": before}))
            .after(json!({"ideal_cycle_seconds": secs, "effective_from": effective})),
    )
    .await?;
    txn.commit().await?;
    Ok(CycleTimeDto {
        asset_id: row.asset_id,
        ideal_cycle_seconds: row.ideal_cycle_seconds,
        effective_from: row.effective_from,
        set_by: row.set_by,
    })
}

/// The site's stop reasons.
pub async fn reasons(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<DowntimeReasonDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    Ok(repo::reasons(&state.db, site_id).await?.into_iter().map(reason_dto).collect())
}

/// Adds a reason to the site's list.
pub async fn add_reason(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    code: &str,
    name: &str,
    kind: &str,
) -> Result<DowntimeReasonDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageAssets, now.date_naive())?;
    let mut e = FieldErrors::new();
    let code = e.check("code", required_text(code, 32)).map(|c| c.to_uppercase());
    if let Some(c) = &code
        && !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
    {
        e.add("code", "Use letters, digits, - and _ only.");
    }
    let name = e.check("name", required_text(name, 120));
    let kind = e.check("kind", StopKind::parse(kind).ok_or("Choose unplanned, planned or not scheduled."));
    let (code, name, kind) = e.finish((code, name, kind))?;
    sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let r = repo::insert_reason(&txn, site_id, &code, &name, kind.as_str()).await.map_err(|e| {
        if is_unique_violation(&e) {
            AppError::validation("code", "The site already has a reason with this code.")
        } else {
            e.into()
        }
    })?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("downtime_reason.create", "downtime_reason", r.id)
            .site(Some(site_id))
            .after(json!({"code": code, "name": name, "kind": kind.as_str()})),
    )
    .await?;
    txn.commit().await?;
    Ok(reason_dto(r))
}

/// Switches a reason off (no longer offered; past stops keep it) or on again.
pub async fn set_reason_active(
    state: &AppState,
    user: &CurrentUser,
    reason_id: i64,
    active: bool,
) -> Result<DowntimeReasonDto, AppError> {
    let now = state.now();
    let r = repo::reason(&state.db, reason_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(r.site_id), Permission::ManageAssets, now.date_naive())?;
    let txn = begin_write(&state.db).await?;
    repo::set_reason_active(&txn, r.id, active).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("downtime_reason.active", "downtime_reason", r.id)
            .site(Some(r.site_id))
            .before(json!({"active": r.active}))
            .after(json!({"active": active})),
    )
    .await?;
    txn.commit().await?;
    Ok(reason_dto(repo::Reason { active, ..r }))
}

/// Imports production counts from CSV: all rows or none, every bad cell named by row and column.
pub async fn import_csv(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    text: &str,
) -> Result<ImportReport, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::RunRounds, now.date_naive())?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let today = local_today(&site.timezone, now);
    let rejected = |errors: Vec<ImportError>| Ok(ImportReport { imported: 0, errors });
    let err = |row: u32, field: &str, message: String| ImportError { row, field: field.into(), message };
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
        Err(e) => return rejected(vec![err(1, "header", e.to_string())]),
    };
    let mut errors: Vec<ImportError> = Vec::new();
    for required in ["asset_tag", "date", "start", "end", "total"] {
        if !headers.iter().any(|h| h == required) {
            errors.push(err(1, required, format!("The header row has no \"{required}\" column.")));
        }
    }
    if let Some(unknown) = headers.iter().find(|h| !CSV_COLUMNS.contains(&h.as_str())) {
        errors.push(err(1, unknown, format!("Unknown column; use {}.", CSV_COLUMNS.join(", "))));
    }
    if !errors.is_empty() {
        return rejected(errors);
    }
    // every asset of the site by tag, and the cycle times of those that have one
    let by_tag: HashMap<String, (i64, String)> = assets::all_for_site(&state.db, site_id)
        .await?
        .into_iter()
        .map(|a| (a.tag.to_uppercase(), (a.id, a.tag)))
        .collect();
    let mut cycles: HashMap<i64, Vec<(DateTime<Utc>, f64)>> = HashMap::new();
    for c in repo::cycles_for_site(&state.db, site_id).await? {
        cycles.entry(c.asset_id).or_default().push((c.effective_from, c.ideal_cycle_seconds));
    }
    let mut rows: Vec<(u32, repo::NewRecord, String)> = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i as u32 + 2;
        if line > 10_001 {
            return rejected(vec![err(line, "row", "At most 10,000 rows per file.".into())]);
        }
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push(err(line, "row", e.to_string()));
                continue;
            }
        };
        let col = |name: &str| -> String {
            headers.iter().position(|h| h == name).and_then(|i| rec.get(i)).unwrap_or("").to_string()
        };
        let (tag, date, start, end, planned, total, rejects, startup) = (
            col("asset_tag"),
            col("date"),
            col("start"),
            col("end"),
            col("planned_minutes"),
            col("total"),
            col("rejects"),
            col("startup_rejects"),
        );
        let asset = by_tag.get(&tag.trim().to_uppercase());
        if asset.is_none() {
            errors.push(err(line, "asset_tag", format!("No asset \"{}\" on this site.", tag.trim())));
        }
        let input = ProductionInput {
            date: &date,
            start: &start,
            end: &end,
            planned_minutes: &planned,
            total: &total,
            rejects: &rejects,
            startup_rejects: &startup,
        };
        let p = match input.validate(today) {
            Ok(p) => p,
            Err(FieldErrors(f)) => {
                errors.extend(f.into_iter().map(|(k, v)| err(line, &k, v)));
                continue;
            }
        };
        let (s, t) = match shift_instants(&site.timezone, &p) {
            Ok(x) => x,
            Err(FieldErrors(f)) => {
                errors.extend(f.into_iter().map(|(k, v)| err(line, &k, v)));
                continue;
            }
        };
        if s > now {
            errors.push(err(line, "start", "The shift has not started yet.".into()));
            continue;
        }
        let Some((asset_id, asset_tag)) = asset.cloned() else { continue };
        let cycle = cycles.get(&asset_id).and_then(|h| h.iter().rev().find(|(from, _)| *from <= s)).map(|(_, c)| *c);
        let Some(cycle) = cycle else {
            errors.push(err(line, "asset_tag", format!("{asset_tag} has no ideal cycle time for this shift.")));
            continue;
        };
        if let Some((other, ..)) =
            rows.iter().find(|(_, r, _)| r.asset_id == asset_id && r.shift_start < t && r.shift_end > s)
        {
            errors.push(err(line, "start", format!("Overlaps row {other}, a shift of the same asset.")));
            continue;
        }
        rows.push((line, new_record((site_id, asset_id), (s, t), &p, cycle, user.id), asset_tag));
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(err(2, "row", "The file has no rows under its header.".into()));
    }
    // shifts already recorded: one query over the file's span
    if let (Some(from), Some(to)) =
        (rows.iter().map(|(_, r, _)| r.shift_start).min(), rows.iter().map(|(_, r, _)| r.shift_end).max())
    {
        let existing = repo::records_in(&state.db, site_id, None, from - Duration::days(1), to).await?;
        for (line, r, tag) in &rows {
            if let Some(o) = existing
                .iter()
                .find(|o| o.asset_id == r.asset_id && o.shift_start < r.shift_end && o.shift_end > r.shift_start)
                && let AppError::Validation(FieldErrors(f)) = overlap_error(tag, &site.timezone, o)
            {
                errors.extend(f.into_iter().map(|(k, v)| err(*line, &k, v)));
            }
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.row);
        return rejected(errors);
    }
    let txn = begin_write(&state.db).await?;
    let new: Vec<&repo::NewRecord> = rows.iter().map(|(_, r, _)| r).collect();
    repo::insert_records(&txn, &new, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("production.import", "site", site_id).site(Some(site_id)).after(json!({"records": rows.len()})),
    )
    .await?;
    txn.commit().await?;
    Ok(ImportReport { imported: rows.len() as u32, errors: vec![] })
}
