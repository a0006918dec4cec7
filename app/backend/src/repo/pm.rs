use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::{asset, pm_occurrence as o, pm_schedule as s};

pub use o::Model as Occurrence;
pub use s::Model as Schedule;

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Schedule>, DbErr> {
    s::Entity::find_by_id(id).one(conn).await
}

pub async fn for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<Schedule>, DbErr> {
    s::Entity::find().filter(s::Column::SiteId.eq(site_id)).order_by_asc(s::Column::Title).all(conn).await
}

/// One page of a site's schedules by title, and how many the site has.
/// One page of a site's schedules by title, each with its asset's tag (in the same statement),
/// and the site's count of schedules.
pub async fn page_for_site(
    conn: &impl ConnectionTrait,
    site_id: i64,
    page: u64,
    per_page: u64,
) -> Result<(Vec<(Schedule, String)>, u64), DbErr> {
    let q = s::Entity::find()
        .filter(s::Column::SiteId.eq(site_id))
        .order_by_asc(s::Column::Title)
        .order_by_asc(s::Column::Id);
    let per_page = Ord::max(per_page, 1);
    let offset = page.saturating_sub(1) * per_page;
    let on_asset = s::Entity::belongs_to(asset::Entity).from(s::Column::AssetId).to(asset::Column::Id).into();
    // the page with its assets' tags and the number of all its rows in one statement (a window
    // over the whole list)
    let stmt = q
        .clone()
        .join(JoinType::LeftJoin, on_asset)
        .column_as(asset::Column::Tag, "asset_tag")
        .column_as(sea_orm::sea_query::Expr::cust("COUNT(*) OVER ()"), "total_rows")
        .offset(offset)
        .limit(per_page)
        .into_query();
    let rows = conn.query_all(&stmt).await?;
    let total = rows.first().map(|r| r.try_get::<i64>("", "total_rows")).transpose()?;
    let items = rows
        .iter()
        .map(|r| {
            Ok((Schedule::from_query_result(r, "")?, r.try_get::<Option<String>>("", "asset_tag")?.unwrap_or_default()))
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    let total = match total {
        Some(n) => n as u64,
        // a page past the end has no row to carry the number: counted on its own
        None if offset > 0 => q.count(conn).await?,
        None => 0,
    };
    Ok((items, total))
}

/// Active schedules with an id above `after`, a batch at a time.
pub async fn active_batch(conn: &impl ConnectionTrait, after: i64, limit: u64) -> Result<Vec<Schedule>, DbErr> {
    s::Entity::find()
        .filter(s::Column::Active.eq(true))
        .filter(s::Column::Id.gt(after))
        .order_by_asc(s::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

pub async fn insert(conn: &impl ConnectionTrait, am: s::ActiveModel) -> Result<Schedule, DbErr> {
    am.insert(conn).await
}

pub async fn save(conn: &impl ConnectionTrait, am: s::ActiveModel) -> Result<Schedule, DbErr> {
    am.update(conn).await
}

pub async fn occurrences(conn: &impl ConnectionTrait, schedule_id: i64, limit: u64) -> Result<Vec<Occurrence>, DbErr> {
    o::Entity::find()
        .filter(o::Column::ScheduleId.eq(schedule_id))
        .order_by_desc(o::Column::NominalDue)
        .limit(limit)
        .all(conn)
        .await
}

/// Records an occurrence unless it already is (the unique key makes the job idempotent, also
/// across instances); returns its id when this call recorded it.
#[allow(clippy::too_many_arguments)]
pub async fn record(
    conn: &impl ConnectionTrait,
    schedule_id: i64,
    nominal: NaiveDate,
    due: NaiveDate,
    interval_days: i32,
    missed: bool,
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    let backend = conn.get_database_backend();
    let res = conn
        .execute_raw(Statement::from_sql_and_values(
            backend,
            "INSERT INTO pm_occurrence (schedule_id, nominal_due, due, interval_days, missed, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (schedule_id, nominal_due) DO NOTHING",
            [schedule_id.into(), nominal.into(), due.into(), interval_days.into(), missed.into(), now.into()],
        ))
        .await?;
    if res.rows_affected() == 0 {
        return Ok(None);
    }
    let row = o::Entity::find()
        .filter(o::Column::ScheduleId.eq(schedule_id))
        .filter(o::Column::NominalDue.eq(nominal))
        .one(conn)
        .await?;
    Ok(row.map(|r| r.id))
}

pub async fn link_work_order(conn: &impl ConnectionTrait, occurrence_id: i64, wo_id: i64) -> Result<(), DbErr> {
    o::Entity::update_many()
        .col_expr(o::Column::WorkOrderId, Some(wo_id).into())
        .filter(o::Column::Id.eq(occurrence_id))
        .exec(conn)
        .await?;
    Ok(())
}

#[derive(Debug, FromQueryResult)]
struct KeyDate {
    k: i64,
    d: Option<NaiveDate>,
}

#[derive(Debug, FromQueryResult)]
struct KeyTime {
    k: i64,
    t: Option<DateTime<Utc>>,
}

/// Per schedule: the last nominal date on the books.
pub async fn last_nominal(conn: &impl ConnectionTrait) -> Result<HashMap<i64, NaiveDate>, DbErr> {
    let rows = KeyDate::find_by_statement(Statement::from_string(
        conn.get_database_backend(),
        "SELECT schedule_id AS k, MAX(nominal_due) AS d FROM pm_occurrence GROUP BY schedule_id",
    ))
    .all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(|r| r.d.map(|d| (r.k, d))).collect())
}

/// Per schedule: the due date of its open work order (the earliest, if several).
pub async fn open_due(conn: &impl ConnectionTrait) -> Result<HashMap<i64, NaiveDate>, DbErr> {
    let rows = KeyDate::find_by_statement(Statement::from_string(
        conn.get_database_backend(),
        "SELECT schedule_id AS k, MIN(COALESCE(due_date, '9999-12-31')) AS d FROM work_order \
         WHERE schedule_id IS NOT NULL AND status IN ('requested','open','in_progress','on_hold') GROUP BY schedule_id",
    ))
    .all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(|r| r.d.map(|d| (r.k, d))).collect())
}

/// Per schedule: when its last work order was completed.
pub async fn last_completed(conn: &impl ConnectionTrait) -> Result<HashMap<i64, DateTime<Utc>>, DbErr> {
    let rows = KeyTime::find_by_statement(Statement::from_string(
        conn.get_database_backend(),
        "SELECT schedule_id AS k, MAX(completed_at) AS t FROM work_order \
         WHERE schedule_id IS NOT NULL AND status = 'done' GROUP BY schedule_id",
    ))
    .all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(|r| r.t.map(|t| (r.k, t))).collect())
}

/// The books of some schedules (a page of the list), per schedule: its last nominal date, the
/// due date of its open work order (the earliest; one without a due date counts as due last),
/// when its last work order was completed and, for a meter schedule, its meter's reading then and
/// its latest reading.
#[derive(Debug, Default)]
pub struct Books {
    pub last_nominal: HashMap<i64, NaiveDate>,
    pub open_due: HashMap<i64, NaiveDate>,
    pub last_completed: HashMap<i64, DateTime<Utc>>,
    /// The reading when the last work order was completed (the last at or before that moment).
    pub reading_then: HashMap<i64, f64>,
    /// The meter's latest reading and when it was taken.
    pub latest_reading: HashMap<i64, (f64, DateTime<Utc>)>,
}

/// A row of [`books_of`]: kind 0 a completion time, 1 a last nominal date, 2 an open due date,
/// 3 the reading at the last completion, 4 the latest reading and its time.
#[derive(Debug, FromQueryResult)]
struct BookRow {
    kind: i32,
    k: i64,
    d: Option<NaiveDate>,
    t: Option<DateTime<Utc>>,
    v: Option<f64>,
}

/// The books of the schedules `ids`, in one statement (the branch with the time comes first and
/// types the reading: a PostgreSQL UNION types each column from its first typed branch). A meter
/// schedule's readings are scalar subqueries, each an index probe of its meter's readings.
pub async fn books_of(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Books, DbErr> {
    let mut books = Books::default();
    if ids.is_empty() {
        return Ok(books);
    }
    let list = (1..=ids.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
    let latest = "FROM meter_reading r WHERE r.meter_id = s.meter_id ORDER BY r.read_at DESC, r.id DESC LIMIT 1";
    let sql = format!(
        "SELECT 0 AS kind, schedule_id AS k, NULL AS d, MAX(completed_at) AS t, CAST(NULL AS DOUBLE PRECISION) AS v \
         FROM work_order WHERE schedule_id IN ({list}) AND status = 'done' GROUP BY schedule_id \
         UNION ALL \
         SELECT 1, schedule_id, MAX(nominal_due), NULL, NULL FROM pm_occurrence \
         WHERE schedule_id IN ({list}) GROUP BY schedule_id \
         UNION ALL \
         SELECT 2, schedule_id, MIN(COALESCE(due_date, '9999-12-31')), NULL, NULL FROM work_order \
         WHERE schedule_id IN ({list}) AND status IN ('requested','open','in_progress','on_hold') GROUP BY schedule_id \
         UNION ALL \
         SELECT 3, s.id, NULL, NULL, (SELECT r.value FROM meter_reading r WHERE r.meter_id = s.meter_id AND r.read_at <= \
           (SELECT MAX(w.completed_at) FROM work_order w WHERE w.schedule_id = s.id AND w.status = 'done') \
           ORDER BY r.read_at DESC, r.id DESC LIMIT 1) \
         FROM pm_schedule s WHERE s.id IN ({list}) AND s.meter_id IS NOT NULL \
         UNION ALL \
         SELECT 4, s.id, NULL, (SELECT r.read_at {latest}), (SELECT r.value {latest}) \
         FROM pm_schedule s WHERE s.id IN ({list}) AND s.meter_id IS NOT NULL"
    );
    let values = ids.iter().map(|id| (*id).into());
    let stmt = Statement::from_sql_and_values(conn.get_database_backend(), sql, values);
    for r in BookRow::find_by_statement(stmt).all(conn).await? {
        match (r.kind, r.d, r.t) {
            (0, _, Some(t)) => {
                books.last_completed.insert(r.k, t);
            }
            (1, Some(d), _) => {
                books.last_nominal.insert(r.k, d);
            }
            (2, Some(d), _) => {
                books.open_due.insert(r.k, d);
            }
            (3, _, _) => {
                if let Some(v) = r.v {
                    books.reading_then.insert(r.k, v);
                }
            }
            (4, _, Some(t)) => {
                if let Some(v) = r.v {
                    books.latest_reading.insert(r.k, (v, t));
                }
            }
            _ => {}
        }
    }
    Ok(books)
}
