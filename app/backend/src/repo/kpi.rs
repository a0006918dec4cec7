//! The maintenance dashboard's queries (services::records::kpi): counts and sums over a site's work
//! orders, time entries and PM occurrences, each one statement.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement};

/// A PM occurrence due in a period, with its work order's completion.
#[derive(Debug, FromQueryResult)]
pub struct OccRow {
    pub due: NaiveDate,
    pub interval_days: i32,
    pub missed: bool,
    pub completed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, FromQueryResult)]
struct AssetCount {
    asset_id: i64,
    n: i64,
}

/// The PM occurrences of a site's schedules due in [from, to].
pub async fn occurrences_due(
    conn: &impl ConnectionTrait,
    site_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<OccRow>, DbErr> {
    OccRow::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT o.due, o.interval_days, o.missed, w.completed_at FROM pm_occurrence o \
         JOIN pm_schedule s ON s.id = o.schedule_id LEFT JOIN work_order w ON w.id = o.work_order_id \
         WHERE s.site_id = $1 AND o.due >= $2 AND o.due <= $3",
        [site_id.into(), from.into(), to.into()],
    ))
    .all(conn)
    .await
}

/// A site's open work: work orders open, in progress or on hold.
#[derive(Debug, Default, FromQueryResult)]
pub struct Workload {
    /// those due before the day asked
    pub overdue: i64,
    /// their estimated minutes, all of them
    pub estimated_minutes: Option<f64>,
}

/// How many of a site's open work orders are due before `today`, and the estimated minutes of
/// all of them: one pass over the index on (site, status, due date, estimated minutes).
pub async fn workload(conn: &impl ConnectionTrait, site_id: i64, today: NaiveDate) -> Result<Workload, DbErr> {
    Ok(Workload::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT COUNT(CASE WHEN due_date < $2 THEN 1 END) AS overdue, \
         CAST(SUM(estimated_minutes) AS DOUBLE PRECISION) AS estimated_minutes \
         FROM work_order WHERE site_id = $1 AND status IN ('open','in_progress','on_hold')",
        [site_id.into(), today.into()],
    ))
    .one(conn)
    .await?
    .unwrap_or_default())
}

/// Minutes logged on a site's work orders in [start, end).
#[derive(Debug, Default, FromQueryResult)]
pub struct Logged {
    /// on every kind of work order
    pub all_minutes: Option<f64>,
    /// on planned work only (preventive and TPM)
    pub planned_minutes: Option<f64>,
}

pub async fn minutes_logged(
    conn: &impl ConnectionTrait,
    site_id: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Result<Logged, DbErr> {
    Ok(Logged::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT CAST(SUM(t.minutes) AS DOUBLE PRECISION) AS all_minutes, \
         CAST(SUM(CASE WHEN w.wo_type IN ('preventive','tpm') THEN t.minutes END) AS DOUBLE PRECISION) AS planned_minutes \
         FROM wo_time_entry t JOIN work_order w ON w.id = t.work_order_id \
         WHERE w.site_id = $1 AND t.created_at >= $2 AND t.created_at < $3",
        [site_id.into(), start.into(), end.into()],
    ))
    .one(conn)
    .await?
    .unwrap_or_default())
}

/// Failures (corrective work orders opened in [start, end)) per asset of a site: the `top` assets
/// with the most (fewest ids first among equals), and those of the assets in `also` whatever their
/// rank. The counting reads the index on (site, type, asset, opened) in asset order; only the
/// ranked few come back.
pub async fn failures_per_asset(
    conn: &impl ConnectionTrait,
    site_id: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    top: u64,
    also: &[i64],
) -> Result<HashMap<i64, u32>, DbErr> {
    const FAILURES: &str = "SELECT asset_id, COUNT(*) AS n FROM work_order WHERE site_id = $1 AND wo_type = 'corrective' \
         AND asset_id IS NOT NULL AND created_at >= $2 AND created_at < $3";
    let backend = conn.get_database_backend();
    let values = || -> Vec<sea_orm::Value> { vec![site_id.into(), start.into(), end.into()] };
    let mut rows = AssetCount::find_by_statement(Statement::from_sql_and_values(
        backend,
        format!("{FAILURES} GROUP BY asset_id ORDER BY n DESC, asset_id LIMIT {top}"),
        values(),
    ))
    .all(conn)
    .await?;
    // a statement per thousand (databases bound the number of parameters)
    for chunk in also.chunks(1000) {
        let mut v = values();
        let marks: Vec<String> = chunk
            .iter()
            .enumerate()
            .map(|(k, id)| {
                v.push((*id).into());
                format!("${}", k + 4)
            })
            .collect();
        rows.extend(
            AssetCount::find_by_statement(Statement::from_sql_and_values(
                backend,
                format!("{FAILURES} AND asset_id IN ({}) GROUP BY asset_id", marks.join(",")),
                v,
            ))
            .all(conn)
            .await?,
        );
    }
    Ok(rows.into_iter().map(|r| (r.asset_id, r.n as u32)).collect())
}
