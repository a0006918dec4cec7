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
struct Num {
    n: Option<f64>,
}

#[derive(Debug, FromQueryResult)]
struct Count {
    n: i64,
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

/// Work orders of a site open, in progress or on hold and due before `today`.
pub async fn overdue(conn: &impl ConnectionTrait, site_id: i64, today: NaiveDate) -> Result<u64, DbErr> {
    Ok(Count::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT COUNT(*) AS n FROM work_order WHERE site_id = $1 AND status IN ('open','in_progress','on_hold') AND due_date < $2",
        [site_id.into(), today.into()],
    ))
    .one(conn)
    .await?
    .map_or(0, |c| c.n as u64))
}

/// The estimated minutes of a site's work orders open, in progress or on hold.
pub async fn backlog_minutes(conn: &impl ConnectionTrait, site_id: i64) -> Result<f64, DbErr> {
    Ok(Num::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT CAST(SUM(estimated_minutes) AS DOUBLE PRECISION) AS n FROM work_order WHERE site_id = $1 AND status IN ('open','in_progress','on_hold')",
        [site_id.into()],
    ))
    .one(conn)
    .await?
    .and_then(|n| n.n)
    .unwrap_or(0.0))
}

/// Minutes logged on a site's work orders in [start, end): all of them, or only on planned work
/// (preventive and TPM).
pub async fn minutes_logged(
    conn: &impl ConnectionTrait,
    site_id: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    planned_only: bool,
) -> Result<f64, DbErr> {
    let types = if planned_only { "AND w.wo_type IN ('preventive','tpm')" } else { "" };
    let sql = format!(
        "SELECT CAST(SUM(t.minutes) AS DOUBLE PRECISION) AS n FROM wo_time_entry t JOIN work_order w ON w.id = t.work_order_id \
         WHERE w.site_id = $1 AND t.created_at >= $2 AND t.created_at < $3 {types}"
    );
    Ok(Num::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        &sql,
        [site_id.into(), start.into(), end.into()],
    ))
    .one(conn)
    .await?
    .and_then(|n| n.n)
    .unwrap_or(0.0))
}

/// Corrective work orders opened in [start, end) per asset of a site (its failures).
pub async fn failures_per_asset(
    conn: &impl ConnectionTrait,
    site_id: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> Result<HashMap<i64, u32>, DbErr> {
    Ok(AssetCount::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT asset_id, COUNT(*) AS n FROM work_order WHERE site_id = $1 AND wo_type = 'corrective' AND asset_id IS NOT NULL \
         AND created_at >= $2 AND created_at < $3 GROUP BY asset_id",
        [site_id.into(), start.into(), end.into()],
    ))
    .all(conn)
    .await?
    .into_iter()
    .map(|r| (r.asset_id, r.n as u32))
    .collect())
}
