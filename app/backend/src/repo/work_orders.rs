use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement, entity::*, query::*};

use crate::entities::{
    wo_note, wo_part, wo_signoff, wo_step, wo_time_entry, work_order as w, work_order_assignee as wa,
};

use contract::dto::maintenance::{NoteDto, PartUseDto, PersonDto, TimeEntryDto};
pub use w::Model as WorkOrder;

pub const OPEN_STATUSES: [&str; 4] = ["requested", "open", "in_progress", "on_hold"];

/// A list line: the work order with its asset's tag and name.
#[derive(Debug, Clone, FromQueryResult)]
pub struct Line {
    pub id: i64,
    pub site_id: i64,
    pub title: String,
    pub wo_type: String,
    pub priority: String,
    pub status: String,
    pub due_date: Option<NaiveDate>,
    pub asset_id: Option<i64>,
    pub asset_tag: Option<String>,
    pub asset_name: Option<String>,
}

const LINE_COLUMNS: &str = "w.id, w.site_id, w.title, w.wo_type, w.priority, w.status, w.due_date, w.asset_id, \
     a.tag AS asset_tag, a.name AS asset_name";

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<WorkOrder>, DbErr> {
    w::Entity::find_by_id(id).one(conn).await
}

/// The work orders with these ids (one query, even for no ids).
pub async fn by_ids(conn: &impl ConnectionTrait, ids: impl IntoIterator<Item = i64>) -> Result<Vec<WorkOrder>, DbErr> {
    w::Entity::find().filter(w::Column::Id.is_in(ids)).all(conn).await
}

pub struct NewWorkOrder {
    pub site_id: i64,
    pub asset_id: Option<i64>,
    pub wo_type: String,
    pub priority: String,
    pub status: String,
    pub title: String,
    pub description: String,
    pub due_date: Option<NaiveDate>,
    pub assigned_role: Option<String>,
    pub schedule_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub requested_by: Option<i64>,
    pub reporter_name: String,
    pub estimated_minutes: i32,
    pub created_by: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, n: NewWorkOrder, now: DateTime<Utc>) -> Result<WorkOrder, DbErr> {
    w::ActiveModel {
        site_id: Set(n.site_id),
        asset_id: Set(n.asset_id),
        wo_type: Set(n.wo_type),
        priority: Set(n.priority),
        status: Set(n.status),
        title: Set(n.title),
        description: Set(n.description),
        due_date: Set(n.due_date),
        assigned_role: Set(n.assigned_role),
        schedule_id: Set(n.schedule_id),
        parent_id: Set(n.parent_id),
        requested_by: Set(n.requested_by),
        reporter_name: Set(n.reporter_name),
        failure_problem: Set(String::new()),
        failure_cause: Set(String::new()),
        failure_remedy: Set(String::new()),
        estimated_minutes: Set(n.estimated_minutes),
        status_reason: Set(String::new()),
        created_by: Set(n.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        started_at: Set(None),
        completed_at: Set(None),
        completed_by: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn save(conn: &impl ConnectionTrait, am: w::ActiveModel) -> Result<WorkOrder, DbErr> {
    let wo = am.update(conn).await?;
    // keep the copy in the assignee rows in step ("my work" reads it)
    wa::Entity::update_many()
        .col_expr(wa::Column::Status, wo.status.clone().into())
        .col_expr(wa::Column::DueDate, wo.due_date.into())
        .filter(wa::Column::WorkOrderId.eq(wo.id))
        .exec(conn)
        .await?;
    Ok(wo)
}

pub async fn set_assignees(conn: &impl ConnectionTrait, wo: &WorkOrder, user_ids: &[i64]) -> Result<(), DbErr> {
    wa::Entity::delete_many().filter(wa::Column::WorkOrderId.eq(wo.id)).exec(conn).await?;
    if user_ids.is_empty() {
        return Ok(());
    }
    let rows = user_ids.iter().map(|u| wa::ActiveModel {
        work_order_id: Set(wo.id),
        user_id: Set(*u),
        status: Set(wo.status.clone()),
        due_date: Set(wo.due_date),
    });
    wa::Entity::insert_many(rows).exec_without_returning(conn).await?;
    Ok(())
}

pub async fn assignee_ids(conn: &impl ConnectionTrait, wo_id: i64) -> Result<Vec<i64>, DbErr> {
    wa::Entity::find()
        .select_only()
        .column(wa::Column::UserId)
        .filter(wa::Column::WorkOrderId.eq(wo_id))
        .into_tuple()
        .all(conn)
        .await
}

/// A row of [`people_and_log`]: kind 0 an assignee, 1 a time entry, 2 a note.
#[derive(FromQueryResult)]
struct LogRow {
    kind: i32,
    id: i64,
    name: Option<String>,
    minutes: Option<i32>,
    body: Option<String>,
    created_at: Option<DateTime<Utc>>,
}

/// A work order's people and log: its assignees (by user id), time entries and notes (oldest
/// first), each with the person's name, in one statement.
pub async fn people_and_log(
    conn: &impl ConnectionTrait,
    wo_id: i64,
) -> Result<(Vec<PersonDto>, Vec<TimeEntryDto>, Vec<NoteDto>), DbErr> {
    let stmt = Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT 0 AS kind, wa.user_id AS id, u.display_name AS name, NULL AS minutes, NULL AS body, NULL AS created_at \
         FROM work_order_assignee wa LEFT JOIN app_user u ON u.id = wa.user_id WHERE wa.work_order_id = $1 \
         UNION ALL \
         SELECT 1, t.id, u.display_name, t.minutes, t.note, t.created_at \
         FROM wo_time_entry t LEFT JOIN app_user u ON u.id = t.user_id WHERE t.work_order_id = $1 \
         UNION ALL \
         SELECT 2, n.id, u.display_name, NULL, n.body, n.created_at \
         FROM wo_note n LEFT JOIN app_user u ON u.id = n.user_id WHERE n.work_order_id = $1 \
         ORDER BY 1, 2",
        [wo_id.into()],
    );
    let (mut people, mut time, mut notes) = (Vec::new(), Vec::new(), Vec::new());
    for r in LogRow::find_by_statement(stmt).all(conn).await? {
        let user_name = r.name.unwrap_or_default();
        match (r.kind, r.created_at) {
            (0, _) => people.push(PersonDto { id: r.id, name: user_name }),
            (1, Some(created_at)) => time.push(TimeEntryDto {
                id: r.id,
                user_name,
                minutes: r.minutes.unwrap_or(0),
                note: r.body.unwrap_or_default(),
                created_at,
            }),
            (2, Some(created_at)) => {
                notes.push(NoteDto { id: r.id, user_name, body: r.body.unwrap_or_default(), created_at })
            }
            _ => {}
        }
    }
    Ok((people, time, notes))
}

fn status_list(statuses: &[&str]) -> String {
    statuses.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(",")
}

/// "My work": open work assigned to the user, overdue first, then due today, then the rest by due
/// date (undated last); one query over the (user, status, due) index.
pub async fn my_work(
    conn: &impl ConnectionTrait,
    user_id: i64,
    site_id: Option<i64>,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Line>, u64), DbErr> {
    let backend = conn.get_database_backend();
    let site_clause = if site_id.is_some() { "AND w.site_id = $2" } else { "AND $2 = $2" };
    let statuses = status_list(&OPEN_STATUSES);
    // the page and the number of all its rows in one statement (a window over the whole list)
    let sql = format!(
        "SELECT {LINE_COLUMNS}, COUNT(*) OVER () AS total_rows \
         FROM work_order_assignee wa JOIN work_order w ON w.id = wa.work_order_id \
         LEFT JOIN asset a ON a.id = w.asset_id \
         WHERE wa.user_id = $1 AND wa.status IN ({statuses}) {site_clause} \
         ORDER BY wa.due_date IS NULL, wa.due_date, w.id LIMIT $3 OFFSET $4"
    );
    let site = site_id.unwrap_or(0);
    let rows = conn
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            &sql,
            [user_id.into(), site.into(), (limit as i64).into(), (offset as i64).into()],
        ))
        .await?;
    let total = rows.first().map(|r| r.try_get::<i64>("", "total_rows")).transpose()?;
    let lines = rows.iter().map(|r| Line::from_query_result(r, "")).collect::<Result<Vec<_>, _>>()?;
    let total = match total {
        Some(n) => n as u64,
        // a page past the end has no row to carry the number: counted on its own
        None if offset > 0 => {
            let count_sql = format!(
                "SELECT COUNT(*) AS n FROM work_order_assignee wa JOIN work_order w ON w.id = wa.work_order_id \
                 WHERE wa.user_id = $1 AND wa.status IN ({statuses}) {site_clause}"
            );
            count(conn, &count_sql, vec![user_id.into(), site.into()]).await?
        }
        None => 0,
    };
    Ok((lines, total))
}

async fn count(conn: &impl ConnectionTrait, sql: &str, values: Vec<sea_orm::Value>) -> Result<u64, DbErr> {
    let row = conn.query_one_raw(Statement::from_sql_and_values(conn.get_database_backend(), sql, values)).await?;
    Ok(row.map(|r| r.try_get::<i64>("", "n")).transpose()?.unwrap_or(0) as u64)
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Empty: open ones.
    pub statuses: Vec<String>,
    pub asset_id: Option<i64>,
    pub wo_type: Option<String>,
    pub q: String,
}

/// A site's work orders, by due date.
pub async fn list(
    conn: &impl ConnectionTrait,
    site_id: i64,
    f: &Filter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Line>, u64), DbErr> {
    let backend = conn.get_database_backend();
    let mut values: Vec<sea_orm::Value> = vec![site_id.into()];
    let mut clauses = vec!["w.site_id = $1".to_string()];
    let statuses: Vec<&str> = if f.statuses.is_empty() {
        OPEN_STATUSES.to_vec()
    } else {
        f.statuses
            .iter()
            .map(String::as_str)
            .filter(|s| domain::work_order::WorkOrderStatus::parse(s).is_some())
            .collect()
    };
    clauses.push(format!("w.status IN ({})", status_list(&statuses)));
    if let Some(a) = f.asset_id {
        values.push(a.into());
        clauses.push(format!("w.asset_id = ${}", values.len()));
    }
    if let Some(t) = &f.wo_type {
        values.push(t.clone().into());
        clauses.push(format!("w.wo_type = ${}", values.len()));
    }
    if let Some(pattern) = super::contains_pattern(&f.q) {
        values.push(pattern.into());
        clauses.push(format!("lower(w.title) LIKE ${}", values.len()));
    }
    let filter = clauses.join(" AND ");
    let total = count(conn, &format!("SELECT COUNT(*) AS n FROM work_order w WHERE {filter}"), values.clone()).await?;
    values.push((limit as i64).into());
    values.push((offset as i64).into());
    let n = values.len();
    let sql = format!(
        "SELECT {LINE_COLUMNS} FROM work_order w LEFT JOIN asset a ON a.id = w.asset_id WHERE {filter} \
         ORDER BY w.due_date IS NULL, w.due_date, w.id LIMIT ${} OFFSET ${}",
        n - 1,
        n
    );
    let lines = Line::find_by_statement(Statement::from_sql_and_values(backend, &sql, values)).all(conn).await?;
    Ok((lines, total))
}

/// Open and recent (last 10 closed) work of an asset.
pub async fn for_asset(conn: &impl ConnectionTrait, asset_id: i64) -> Result<(Vec<Line>, Vec<Line>), DbErr> {
    let backend = conn.get_database_backend();
    let statuses = status_list(&OPEN_STATUSES);
    let open = Line::find_by_statement(Statement::from_sql_and_values(
        backend,
        format!(
            "SELECT {LINE_COLUMNS} FROM work_order w LEFT JOIN asset a ON a.id = w.asset_id \
             WHERE w.asset_id = $1 AND w.status IN ({statuses}) ORDER BY w.due_date IS NULL, w.due_date, w.id LIMIT 50"
        ),
        [asset_id.into()],
    ))
    .all(conn)
    .await?;
    let recent = Line::find_by_statement(Statement::from_sql_and_values(
        backend,
        format!(
            "SELECT {LINE_COLUMNS} FROM work_order w LEFT JOIN asset a ON a.id = w.asset_id \
             WHERE w.asset_id = $1 AND w.status NOT IN ({statuses}) ORDER BY w.updated_at DESC, w.id DESC LIMIT 10"
        ),
        [asset_id.into()],
    ))
    .all(conn)
    .await?;
    Ok((open, recent))
}

pub async fn steps(conn: &impl ConnectionTrait, wo_id: i64) -> Result<Vec<wo_step::Model>, DbErr> {
    wo_step::Entity::find()
        .filter(wo_step::Column::WorkOrderId.eq(wo_id))
        .order_by_asc(wo_step::Column::Position)
        .all(conn)
        .await
}

pub async fn step(conn: &impl ConnectionTrait, step_id: i64) -> Result<Option<wo_step::Model>, DbErr> {
    wo_step::Entity::find_by_id(step_id).one(conn).await
}

pub async fn insert_steps(
    conn: &impl ConnectionTrait,
    wo_id: i64,
    steps: &[domain::checklist::StepDef],
) -> Result<(), DbErr> {
    let rows = steps.iter().enumerate().map(|(i, s)| wo_step::ActiveModel {
        work_order_id: Set(wo_id),
        position: Set(i as i32 + 1),
        title: Set(s.title.clone()),
        kind_json: Set(serde_json::to_string(&s.kind).unwrap_or_default()),
        required: Set(s.required),
        answer_json: Set(None),
        note: Set(String::new()),
        passed: Set(None),
        answered_by: Set(None),
        answered_at: Set(None),
        ..Default::default()
    });
    wo_step::Entity::insert_many(rows).exec_without_returning(conn).await?;
    Ok(())
}

pub async fn save_step(conn: &impl ConnectionTrait, am: wo_step::ActiveModel) -> Result<wo_step::Model, DbErr> {
    am.update(conn).await
}

pub async fn add_time(
    conn: &impl ConnectionTrait,
    wo_id: i64,
    user_id: i64,
    minutes: i32,
    note: &str,
    now: DateTime<Utc>,
) -> Result<wo_time_entry::Model, DbErr> {
    wo_time_entry::ActiveModel {
        work_order_id: Set(wo_id),
        user_id: Set(user_id),
        minutes: Set(minutes),
        note: Set(note.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn add_note(
    conn: &impl ConnectionTrait,
    wo_id: i64,
    user_id: i64,
    body: &str,
    now: DateTime<Utc>,
) -> Result<wo_note::Model, DbErr> {
    wo_note::ActiveModel {
        work_order_id: Set(wo_id),
        user_id: Set(user_id),
        body: Set(body.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

#[derive(FromQueryResult)]
struct PartUseRow {
    id: i64,
    part_id: i64,
    part_code: Option<String>,
    part_name: Option<String>,
    quantity: f64,
    unit: Option<String>,
    consumed: bool,
}

/// The parts used on a work order with their code, name and unit, oldest first.
pub async fn parts_used(conn: &impl ConnectionTrait, wo_id: i64) -> Result<Vec<PartUseDto>, DbErr> {
    let stmt = Statement::from_sql_and_values(
        conn.get_database_backend(),
        "SELECT wp.id, wp.part_id, p.code AS part_code, p.name AS part_name, wp.quantity, p.unit, wp.consumed \
         FROM wo_part wp LEFT JOIN part p ON p.id = wp.part_id WHERE wp.work_order_id = $1 ORDER BY wp.id",
        [wo_id.into()],
    );
    Ok(PartUseRow::find_by_statement(stmt)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| PartUseDto {
            id: r.id,
            part_id: r.part_id,
            part_code: r.part_code.unwrap_or_default(),
            part_name: r.part_name.unwrap_or_default(),
            quantity: r.quantity,
            unit: r.unit.unwrap_or_default(),
            consumed: r.consumed,
        })
        .collect())
}

pub async fn parts(conn: &impl ConnectionTrait, wo_id: i64) -> Result<Vec<wo_part::Model>, DbErr> {
    wo_part::Entity::find()
        .filter(wo_part::Column::WorkOrderId.eq(wo_id))
        .order_by_asc(wo_part::Column::Id)
        .all(conn)
        .await
}

pub async fn add_part(
    conn: &impl ConnectionTrait,
    wo_id: i64,
    part_id: i64,
    qty: f64,
    now: DateTime<Utc>,
) -> Result<wo_part::Model, DbErr> {
    wo_part::ActiveModel {
        work_order_id: Set(wo_id),
        part_id: Set(part_id),
        quantity: Set(qty),
        consumed: Set(false),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn mark_parts_consumed(conn: &impl ConnectionTrait, wo_id: i64) -> Result<(), DbErr> {
    wo_part::Entity::update_many()
        .col_expr(wo_part::Column::Consumed, true.into())
        .filter(wo_part::Column::WorkOrderId.eq(wo_id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn signoffs(conn: &impl ConnectionTrait, wo_id: i64) -> Result<Vec<wo_signoff::Model>, DbErr> {
    wo_signoff::Entity::find()
        .filter(wo_signoff::Column::WorkOrderId.eq(wo_id))
        .order_by_asc(wo_signoff::Column::Id)
        .all(conn)
        .await
}

pub async fn add_signoff(
    conn: &impl ConnectionTrait,
    wo_id: i64,
    user_id: i64,
    name: &str,
    meaning: &str,
    now: DateTime<Utc>,
) -> Result<wo_signoff::Model, DbErr> {
    wo_signoff::ActiveModel {
        work_order_id: Set(wo_id),
        user_id: Set(user_id),
        printed_name: Set(name.to_string()),
        meaning: Set(meaning.to_string()),
        signed_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}
