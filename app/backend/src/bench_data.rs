//! Synthetic data at the size of the performance budget (20k assets, 200k work orders), for
//! benchmarks only (`gemba dev bench-data`). Bulk inserts in large transactions; not audited,
//! because these are not compliance records.
use chrono::{Duration, NaiveDate};
use sea_orm::{ConnectionTrait, Statement};

use crate::db::begin_write;
use crate::repo::{sites, users};
use crate::state::AppState;
use contract::error::AppError;

#[derive(Debug, Default)]
pub struct Created {
    pub assets: u64,
    pub work_orders: u64,
    pub assigned_to_user: u64,
}

/// How many other technicians share the rest of the assigned work (as in a plant of that size,
/// where no one person holds most of the site's assignments).
const OTHER_TECHNICIANS: u64 = 40;

/// Adds `assets` assets (areas > lines > machines) and `work_orders` work orders to the site;
/// `per_user_open` open ones are assigned to `email`, and one in 53 of the others to one of
/// `OTHER_TECHNICIANS` inactive accounts made for the purpose (no password: they cannot sign in).
pub async fn generate(
    state: &AppState,
    site_code: &str,
    assets: u64,
    work_orders: u64,
    email: &str,
    per_user_open: u64,
) -> Result<Created, AppError> {
    let db = &state.db;
    let backend = db.get_database_backend();
    let site = sites::by_code(db, site_code).await?.ok_or_else(|| AppError::validation("site", "No such site."))?;
    let user = users::by_email(db, email).await?.ok_or_else(|| AppError::validation("email", "No such user."))?;
    let now = state.now();
    let today = state.today();
    let mut created = Created::default();
    // ids: we insert explicit ids above the current maximum, so paths can be written at once
    let max = |table: &str| format!("SELECT COALESCE(MAX(id), 0) AS n FROM {table}");
    let first_asset: i64 =
        db.query_one_raw(Statement::from_string(backend, max("asset"))).await?.map_or(Ok(0), |r| r.try_get("", "n"))?
            + 1;
    let first_wo: i64 = db
        .query_one_raw(Statement::from_string(backend, max("work_order")))
        .await?
        .map_or(Ok(0), |r| r.try_get("", "n"))?
        + 1;
    let mut others = Vec::with_capacity(OTHER_TECHNICIANS as usize);
    for k in 1..=OTHER_TECHNICIANS {
        let email = format!("bench-tech-{k}@bench.gemba.local");
        let id = match users::by_email(db, &email).await? {
            Some(u) => u.id,
            None => {
                // "!" is no password hash: nothing verifies against it
                let u = users::insert(db, &email, &format!("Bench technician {k}"), "!", now).await?;
                users::set_active(db, u.id, false).await?;
                u.id
            }
        };
        others.push(id);
    }
    let batch = 1000u64;
    let mut asset_ids = Vec::with_capacity(assets as usize);
    let mut i = 0u64;
    while i < assets {
        let txn = begin_write(db).await?;
        let n = batch.min(assets - i);
        let mut sql = String::from(
            "INSERT INTO asset (id, site_id, parent_id, path, tag, name, category, criticality, manufacturer, model, serial, \
             install_date, status, notes, created_at, updated_at) VALUES ",
        );
        let mut values: Vec<sea_orm::Value> = Vec::new();
        for k in 0..n {
            let idx = i + k;
            let id = first_asset + idx as i64;
            // every 100th is an area, every 10th a line under the latest area, the rest machines
            let (parent, path) = if idx.is_multiple_of(100) {
                (None, format!("/{id}/"))
            } else if idx.is_multiple_of(10) {
                let area = first_asset + (idx - idx % 100) as i64;
                (Some(area), format!("/{area}/{id}/"))
            } else {
                let area = first_asset + (idx - idx % 100) as i64;
                let line = first_asset + (idx - idx % 10) as i64;
                (Some(line), format!("/{area}/{line}/{id}/"))
            };
            if k > 0 {
                sql.push(',');
            }
            let b = values.len();
            sql.push_str(&format!(
                "(${},${},${},${},${},${},'bench','C','','','',NULL,'running','',${},${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8
            ));
            values.extend([
                id.into(),
                site.id.into(),
                parent.into(),
                path.into(),
                format!("B{id:07}").into(),
                format!("Bench asset {id}").into(),
                now.into(),
                now.into(),
            ]);
            asset_ids.push(id);
        }
        txn.execute_raw(Statement::from_sql_and_values(backend, &sql, values)).await?;
        txn.commit().await?;
        i += n;
        created.assets += n;
    }
    let statuses = ["done", "done", "done", "done", "done", "done", "cancelled", "open", "in_progress", "on_hold"];
    let mut j = 0u64;
    let mut assigned = 0u64;
    while j < work_orders {
        let txn = begin_write(db).await?;
        let n = batch.min(work_orders - j);
        let mut sql = String::from(
            "INSERT INTO work_order (id, site_id, asset_id, wo_type, priority, status, title, description, due_date, \
             reporter_name, failure_problem, failure_cause, failure_remedy, estimated_minutes, status_reason, \
             created_at, updated_at) VALUES ",
        );
        let mut values: Vec<sea_orm::Value> = Vec::new();
        let mut mine: Vec<(i64, String, NaiveDate)> = Vec::new();
        for k in 0..n {
            let idx = j + k;
            let id = first_wo + idx as i64;
            let status =
                if assigned < per_user_open && idx.is_multiple_of(37) { "open" } else { statuses[(idx % 10) as usize] };
            let due = today + Duration::days((idx % 120) as i64 - 60);
            let asset =
                if asset_ids.is_empty() { None } else { Some(asset_ids[(idx % asset_ids.len() as u64) as usize]) };
            if k > 0 {
                sql.push(',');
            }
            let b = values.len();
            sql.push_str(&format!(
                "(${},${},${},'corrective','medium',${},${},'',${},'','','','',30,'',${},${})",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8
            ));
            values.extend([
                id.into(),
                site.id.into(),
                asset.into(),
                status.into(),
                format!("Bench work order {id}").into(),
                due.into(),
                now.into(),
                now.into(),
            ]);
            if status == "open" && assigned < per_user_open && idx.is_multiple_of(37) {
                mine.push((id, status.to_string(), due));
                assigned += 1;
            } else if idx.is_multiple_of(53) {
                // other people's work elsewhere in the assignee table
                mine.push((-id, status.to_string(), due));
            }
        }
        txn.execute_raw(Statement::from_sql_and_values(backend, &sql, values)).await?;
        let rows: Vec<(i64, i64, String, NaiveDate)> = mine
            .into_iter()
            .map(|(id, st, due)| {
                if id > 0 {
                    (id, user.id, st, due)
                } else {
                    (-id, others[((-id / 53) as u64 % OTHER_TECHNICIANS) as usize], st, due)
                }
            })
            .collect();
        if !rows.is_empty() {
            let mut sql =
                String::from("INSERT INTO work_order_assignee (work_order_id, user_id, status, due_date) VALUES ");
            let mut values: Vec<sea_orm::Value> = Vec::new();
            for (k, (wo, u, st, due)) in rows.iter().enumerate() {
                if k > 0 {
                    sql.push(',');
                }
                let b = values.len();
                sql.push_str(&format!("(${},${},${},${})", b + 1, b + 2, b + 3, b + 4));
                values.extend([(*wo).into(), (*u).into(), st.clone().into(), (*due).into()]);
            }
            txn.execute_raw(Statement::from_sql_and_values(backend, &sql, values)).await?;
        }
        txn.commit().await?;
        j += n;
        created.work_orders += n;
    }
    created.assigned_to_user = assigned;
    if backend == sea_orm::DbBackend::Postgres {
        for t in ["asset", "work_order"] {
            db.execute_unprepared(&format!(
                "SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT MAX(id) FROM {t}))"
            ))
            .await?;
        }
        // what autovacuum does to a live table: the visibility map lets the planner read the
        // indexes alone (a freshly loaded table is read row by row until then)
        db.execute_unprepared("VACUUM ANALYZE").await?;
    } else {
        db.execute_unprepared("ANALYZE").await?;
    }
    Ok(created)
}

/// Adds `n` OSHA cases to the site's current year (injury dates from January 1 to today): all
/// recordable and confirmed but one in a hundred still pending; a quarter with days away, a quarter
/// with restricted days, one in a thousand a death; types M1 to M6.
pub async fn osha_cases(state: &AppState, site_code: &str, n: u64) -> Result<u64, AppError> {
    use chrono::Datelike;
    let db = &state.db;
    let backend = db.get_database_backend();
    let site = sites::by_code(db, site_code).await?.ok_or_else(|| AppError::validation("site", "No such site."))?;
    let now = state.now();
    let today = state.today();
    let year = today.year();
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let span = (today - first).num_days().max(1) as u64;
    let base: i64 = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            "SELECT COALESCE(MAX(last_seq), 0) AS n FROM osha_case_seq WHERE site_id = $1 AND year = $2",
            [site.id.into(), year.into()],
        ))
        .await?
        .map_or(Ok(0), |r| r.try_get("", "n"))?;
    let mut i = 0u64;
    while i < n {
        let txn = begin_write(db).await?;
        let count = 500u64.min(n - i);
        let mut sql = String::from(
            "INSERT INTO osha_case (site_id, event_id, year, case_number, employee_name, job_title, injury_date, \
             learned_on, location, injury_description, case_type, facts, decided_recordable, decision_rule, \
             decision_text, decision_status, recordable, override_reason, decided_by, decided_at, death, \
             date_of_death, away_periods, restricted_periods, recommended_away, recommended_restricted, outcome, \
             days_away, days_restricted, privacy_reason, employee_street, employee_city, employee_state, \
             employee_zip, date_of_birth, date_hired, sex, physician, facility, emergency_room, hospitalized, \
             time_began_work, time_of_event, before_incident, what_happened, object_substance, created_by, \
             created_at, updated_at) VALUES ",
        );
        let mut values: Vec<sea_orm::Value> = Vec::new();
        for k in 0..count {
            let idx = i + k;
            let seq = base + idx as i64 + 1;
            let injury = first + Duration::days((idx % span) as i64);
            let death = idx % 1000 == 999;
            let (away, restricted, outcome) = match idx % 4 {
                _ if death => (String::new(), String::new(), "G"),
                0 => (format!("{} to {}", injury + Duration::days(1), injury + Duration::days(6)), String::new(), "H"),
                1 => (String::new(), format!("{} to {}", injury + Duration::days(1), injury + Duration::days(10)), "I"),
                _ => (String::new(), String::new(), "J"),
            };
            let status = if idx % 100 == 50 { "pending" } else { "confirmed" };
            if k > 0 {
                sql.push(',');
            }
            let b = values.len();
            let p = |o: usize| format!("${}", b + o);
            sql.push_str(&format!(
                "({},NULL,{},{},{},'Operator','{injury}','{injury}','Press shop',{},'{}','{{}}',TRUE,'bench','',{},TRUE,'',NULL,{},{},{},{},{},NULL,NULL,'{outcome}',0,0,'','','','','',NULL,NULL,'','','',NULL,NULL,'','','','','',NULL,{},{})",
                p(1), p(2), p(3), p(4), p(5), 1 + idx % 6, p(6), p(7), p(8), p(9), p(10), p(11), p(12), p(13),
            ));
            values.extend([
                site.id.into(),
                year.into(),
                domain::osha::input::case_number(year, seq as u32).into(),
                format!("Bench employee {idx}").into(),
                format!("Bench case {idx}: a cut to the left hand while clearing a jam on the press").into(),
                status.into(),
                now.into(),
                death.into(),
                (if death { Some(injury) } else { None }).into(),
                away.into(),
                restricted.into(),
                now.into(),
                now.into(),
            ]);
        }
        txn.execute_raw(Statement::from_sql_and_values(backend, &sql, values)).await?;
        txn.commit().await?;
        i += count;
    }
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        "INSERT INTO osha_case_seq (site_id, year, last_seq) VALUES ($1, $2, $3) \
         ON CONFLICT (site_id, year) DO UPDATE SET last_seq = $3",
        [site.id.into(), year.into(), (base + n as i64).into()],
    ))
    .await?;
    db.execute_unprepared(if backend == sea_orm::DbBackend::Postgres { "VACUUM ANALYZE osha_case" } else { "ANALYZE" })
        .await?;
    Ok(n)
}
