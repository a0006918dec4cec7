//! The maintenance dashboard of a site over a period (domain.md, "Rates and KPIs").
use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate, TimeZone};

use crate::auth::CurrentUser;
use crate::repo::{assets, downtime, kpi as kpi_repo, production, sites};
use crate::services::Caller;
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::maintenance::{
    AssetOeeDto, AssetReliabilityDto, KpiDto, MonthValue, OeeDto, OeePoint, PmToleranceDto, PmWindowDto,
};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::kpi::{PmCompliance, planned_percent, reliability};
use domain::oee::OeeSum;
use domain::pm;

/// PM compliance of occurrences due in [from, to] (the window rule, site-local dates). An
/// occurrence still open inside its window is not counted yet: it can still be on time.
pub(crate) async fn compliance(
    state: &AppState,
    site_id: i64,
    tz: &str,
    pct: pm::Tolerance,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<PmCompliance, AppError> {
    let rows = kpi_repo::occurrences_due(&state.db, site_id, from, to).await?;
    Ok(compliance_of(&rows, tz, pct, local_today(tz, state.now()), from, to).0)
}

/// [`compliance`] of the rows due in [from, to], and how many occurrences of each interval (days)
/// were due in the period.
fn compliance_of(
    rows: &[kpi_repo::OccRow],
    tz: &str,
    pct: pm::Tolerance,
    today: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> (PmCompliance, BTreeMap<u32, u32>) {
    let mut c = PmCompliance::default();
    let mut intervals = BTreeMap::new();
    for r in rows.iter().filter(|r| r.due >= from && r.due <= to) {
        let interval = r.interval_days.max(0) as u32;
        *intervals.entry(interval).or_insert(0) += 1;
        let done = r.completed_at.map(|t| local_today(tz, t));
        let (_, window_end) = pm::window(r.due, interval, pct);
        if !r.missed && done.is_none() && window_end >= today {
            continue;
        }
        c.add(!r.missed && pm::on_time(r.due, interval, pct, done));
    }
    (c, intervals)
}

/// The first day of the month before (`-1`) or after (`1`) the month of `m`.
fn month_step(m: NaiveDate, step: i32) -> Option<NaiveDate> {
    let index = m.year() * 12 + m.month0() as i32 + step;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
}

/// How many assets the reliability table shows.
const SHOWN: u64 = 20;

pub async fn dashboard(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<KpiDto, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewKpis, state.today())?;
    if from > to {
        return Err(AppError::validation("to", "The end is before the start."));
    }
    if (to - from).num_days() > 3660 {
        return Err(AppError::validation("from", "Choose at most ten years."));
    }
    let db = &state.db;
    let site = sites::by_id(db, site_id).await?.ok_or(AppError::NotFound)?;
    let pct = sites::tolerance(&site);
    let today = local_today(&site.timezone, state.now());
    // the period and the six months ending with its last one, from one read of the occurrences
    let last_month = NaiveDate::from_ymd_opt(to.year(), to.month(), 1).unwrap_or(to);
    let mut months = Vec::with_capacity(6);
    let mut m = last_month;
    for _ in 0..6 {
        let end = month_step(m, 1).and_then(|n| n.pred_opt()).unwrap_or(m);
        months.push((m, end));
        m = month_step(m, -1).unwrap_or(m);
    }
    months.reverse();
    let first = months.first().map_or(from, |(m, _)| *m).min(from);
    let last = months.last().map_or(to, |(_, e)| *e).max(to);
    let occurrences = kpi_repo::occurrences_due(db, site_id, first, last).await?;
    let (c, intervals) = compliance_of(&occurrences, &site.timezone, pct, today, from, to);
    // the window of every PM due in the period, by its interval
    let pm_windows = intervals
        .into_iter()
        .map(|(interval_days, due)| {
            let (start, end) = pm::window(from, interval_days, pct);
            PmWindowDto {
                interval_days,
                due,
                days_before: (from - start).num_days() as u32,
                days_after: (end - from).num_days() as u32,
            }
        })
        .collect();
    let monthly = months
        .iter()
        .map(|(m, end)| MonthValue {
            month: m.format("%Y-%m").to_string(),
            value: compliance_of(&occurrences, &site.timezone, pct, today, *m, *end).0.percent(),
        })
        .collect();
    let workload = kpi_repo::workload(db, site_id, today).await?;
    // the period in UTC instants, from the site's midnights
    let tz: chrono_tz::Tz = site.timezone.parse().unwrap_or(chrono_tz::UTC);
    let start = tz
        .from_local_datetime(&from.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.to_utc())
        .unwrap_or_default();
    let end = tz
        .from_local_datetime(&(to + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.to_utc())
        .unwrap_or_default();
    let logged = kpi_repo::minutes_logged(db, site_id, start, end).await?;
    // reliability per asset: failures = corrective work orders opened in the period; repair time =
    // downtime in the period (clipped to it)
    let down = downtime::in_period(db, site_id, start, end).await?;
    let mut per_asset: HashMap<i64, (f64, u32)> = HashMap::new();
    let now = state.now();
    for d in &down {
        let s = d.started_at.max(start);
        let e = d.ended_at.unwrap_or(now).min(end).min(now);
        let hours = (e - s).num_seconds().max(0) as f64 / 3600.0;
        let entry = per_asset.entry(d.asset_id).or_default();
        entry.0 += hours;
        entry.1 += 1;
    }
    // the assets shown are the 20 with the most downtime, then the most failures: those with
    // downtime and the 20 + that many with the most failures hold every one of them
    let stopped: Vec<i64> = per_asset.keys().copied().collect();
    let failures: HashMap<i64, u32> =
        kpi_repo::failures_per_asset(db, site_id, start, end, SHOWN + stopped.len() as u64, &stopped).await?;
    // operating time counts only hours that have happened: a period ending later stops at now
    let period_hours = (end.min(now) - start).num_seconds().max(0) as f64 / 3600.0;
    let mut ids: Vec<i64> = failures.keys().chain(per_asset.keys()).copied().collect();
    ids.sort();
    ids.dedup();
    let mut rel: Vec<AssetReliabilityDto> = ids
        .into_iter()
        .map(|id| {
            let (down_h, repairs) = per_asset.get(&id).copied().unwrap_or((0.0, 0));
            let f = failures.get(&id).copied().unwrap_or(0);
            let r = reliability((period_hours - down_h).max(0.0), f, down_h, repairs);
            AssetReliabilityDto {
                asset_id: id,
                asset_tag: String::new(),
                failures: f,
                downtime_hours: down_h,
                mtbf_hours: r.mtbf_hours,
                mttr_hours: r.mttr_hours,
                availability_pct: r.availability_pct,
            }
        })
        .collect();
    rel.sort_by(|a, b| b.downtime_hours.total_cmp(&a.downtime_hours).then(b.failures.cmp(&a.failures)));
    rel.truncate(SHOWN as usize);
    // the tags of the assets shown only
    let shown: Vec<i64> = rel.iter().map(|r| r.asset_id).collect();
    let tags: HashMap<i64, String> = assets::by_ids(db, &shown).await?.into_iter().map(|a| (a.id, a.tag)).collect();
    for r in &mut rel {
        r.asset_tag = tags.get(&r.asset_id).cloned().unwrap_or_default();
    }
    let oee = oee(state, site_id, &site.timezone, start, end, (to - from).num_days() > 62).await?;
    Ok(KpiDto {
        from,
        to,
        pm_due: c.due,
        pm_on_time: c.on_time,
        pm_compliance_pct: c.percent(),
        pm_tolerance: PmToleranceDto { pct: pct.pct, mode: pct.mode.as_str().into(), min_days: pct.min_days },
        pm_windows,
        overdue: workload.overdue.max(0) as u64,
        backlog_hours: workload.estimated_minutes.unwrap_or(0.0) / 60.0,
        planned_pct: planned_percent(logged.planned_minutes.unwrap_or(0.0), logged.all_minutes.unwrap_or(0.0)),
        monthly_compliance: monthly,
        assets: rel,
        oee,
    })
}

/// OEE of the production records whose shift starts in [start, end): the site's, each asset's,
/// the trend by day (by month when `monthly`) and the six big losses. Four statements.
async fn oee(
    state: &AppState,
    site_id: i64,
    tz: &str,
    start: chrono::DateTime<chrono::Utc>,
    end: chrono::DateTime<chrono::Utc>,
    monthly: bool,
) -> Result<OeeDto, AppError> {
    let db = &state.db;
    let records = production::records_in(db, site_id, None, start, end).await?;
    let Some(last_end) = records.iter().map(|r| r.shift_end).max() else {
        return Ok(OeeDto::default());
    };
    let stops = production::stops_in(db, site_id, start, last_end).await?;
    let sums = production::sums(&records, &stops, state.now());
    let mut site = OeeSum::default();
    let mut per_asset: BTreeMap<i64, OeeSum> = BTreeMap::new();
    let mut per_period: BTreeMap<String, OeeSum> = BTreeMap::new();
    for (r, s) in records.iter().zip(sums.iter()) {
        site.add(s);
        per_asset.entry(r.asset_id).or_default().add(s);
        let day = local_today(tz, r.shift_start);
        let key = if monthly { day.format("%Y-%m") } else { day.format("%Y-%m-%d") }.to_string();
        per_period.entry(key).or_default().add(s);
    }
    let ids: Vec<i64> = per_asset.keys().copied().collect();
    let tags: HashMap<i64, String> = assets::by_ids(db, &ids).await?.into_iter().map(|a| (a.id, a.tag)).collect();
    let mut assets: Vec<AssetOeeDto> = per_asset
        .into_iter()
        .map(|(id, s)| AssetOeeDto {
            asset_id: id,
            asset_tag: tags.get(&id).cloned().unwrap_or_default(),
            shifts: s.shifts,
            planned_minutes: s.planned_minutes,
            run_minutes: s.run_minutes,
            total_count: s.total,
            good_count: s.good,
            factors: s.factors().into(),
        })
        .collect();
    assets.sort_by(|a, b| a.asset_tag.cmp(&b.asset_tag));
    Ok(OeeDto {
        shifts: site.shifts,
        factors: site.factors().into(),
        planned_minutes: site.planned_minutes,
        not_scheduled_minutes: site.not_scheduled_minutes,
        losses: site.losses.into(),
        assets,
        trend: per_period.into_iter().map(|(period, s)| OeePoint { period, factors: s.factors().into() }).collect(),
    })
}
