//! Reminder policies, preferences, reminders (the inbox and the digest's queue), the planned
//! days, and the outbox with its database claims.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Statement,
};

use super::{Page, paging};
use crate::entities::{outbox as ob, reminder as r, reminder_policy as rp, reminder_pref as pf, reminder_run as rrun};
use crate::token::random_hex;
use domain::reminder::{ItemType, Policy};

pub use ob::Model as OutboxRow;
pub use pf::Model as PrefRow;
pub use r::Model as ReminderRow;

// --- policies --------------------------------------------------------------------------------

fn policy_of(row: &rp::Model) -> Policy {
    Policy {
        days_before: Policy::parse(&row.days_before, true, "").map(|p| p.days_before).unwrap_or_default(),
        daily_overdue: row.daily_overdue,
        escalate_after_days: row.escalate_after_days.and_then(|d| u32::try_from(d).ok()),
    }
}

/// Every item type's policy on a site: what the site set, else the type's default.
pub async fn policies(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<(ItemType, Policy, bool)>, DbErr> {
    let rows = rp::Entity::find().filter(rp::Column::SiteId.eq(site_id)).all(conn).await?;
    Ok(ItemType::ALL
        .into_iter()
        .map(|t| match rows.iter().find(|r| r.item_type == t.code()) {
            Some(row) => (t, policy_of(row), true),
            None => (t, t.default_policy(), false),
        })
        .collect())
}

pub async fn save_policy(
    conn: &impl ConnectionTrait,
    site_id: i64,
    t: ItemType,
    p: &Policy,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let existing = rp::Entity::find()
        .filter(rp::Column::SiteId.eq(site_id))
        .filter(rp::Column::ItemType.eq(t.code()))
        .one(conn)
        .await?;
    let mut am: rp::ActiveModel = match existing {
        Some(row) => row.into(),
        None => rp::ActiveModel { site_id: Set(site_id), item_type: Set(t.code().into()), ..Default::default() },
    };
    am.days_before = Set(p.days_before_text());
    am.daily_overdue = Set(p.daily_overdue);
    am.escalate_after_days = Set(p.escalate_after_days.map(|d| d as i32));
    am.updated_by = Set(by);
    am.updated_at = Set(now);
    am.save(conn).await?;
    Ok(())
}

// --- preferences -----------------------------------------------------------------------------

/// Creates default preferences (with an unsubscribe token) for users who have none yet.
pub async fn ensure_prefs(conn: &impl ConnectionTrait, user_ids: &[i64], now: DateTime<Utc>) -> Result<(), DbErr> {
    let backend = conn.get_database_backend();
    for chunk in user_ids.chunks(200) {
        let have: Vec<i64> = pf::Entity::find()
            .select_only()
            .column(pf::Column::UserId)
            .filter(pf::Column::UserId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(conn)
            .await?;
        for id in chunk.iter().filter(|id| !have.contains(id)) {
            conn.execute_raw(Statement::from_sql_and_values(
                backend,
                "INSERT INTO reminder_pref (user_id, email_off, digest_hour, tz_site_id, unsubscribe_token, updated_at) \
                 VALUES ($1, '', $2, NULL, $3, $4) ON CONFLICT (user_id) DO NOTHING",
                [
                    (*id).into(),
                    i32::from(domain::reminder::DEFAULT_DIGEST_HOUR).into(),
                    random_hex(24).into(),
                    now.into(),
                ],
            ))
            .await?;
        }
    }
    Ok(())
}

pub async fn prefs(conn: &impl ConnectionTrait, user_ids: &[i64]) -> Result<HashMap<i64, PrefRow>, DbErr> {
    let mut out = HashMap::new();
    for chunk in user_ids.chunks(500) {
        for p in pf::Entity::find().filter(pf::Column::UserId.is_in(chunk.iter().copied())).all(conn).await? {
            out.insert(p.user_id, p);
        }
    }
    Ok(out)
}

pub async fn pref_by_token(conn: &impl ConnectionTrait, token: &str) -> Result<Option<PrefRow>, DbErr> {
    pf::Entity::find().filter(pf::Column::UnsubscribeToken.eq(token)).one(conn).await
}

pub async fn save_prefs(
    conn: &impl ConnectionTrait,
    user_id: i64,
    email_off: &str,
    digest_hour: u8,
    tz_site_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    ensure_prefs(conn, &[user_id], now).await?;
    pf::Entity::update_many()
        .col_expr(pf::Column::EmailOff, Expr::value(email_off))
        .col_expr(pf::Column::DigestHour, Expr::value(i32::from(digest_hour)))
        .col_expr(pf::Column::TzSiteId, Expr::value(tz_site_id))
        .col_expr(pf::Column::UpdatedAt, Expr::value(now))
        .filter(pf::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

// --- planning --------------------------------------------------------------------------------

/// Whether a site's day is planned already (a cheap check before the work; `start_run` decides).
pub async fn run_exists(conn: &impl ConnectionTrait, site_id: i64, day: NaiveDate) -> Result<bool, DbErr> {
    Ok(rrun::Entity::find()
        .filter(rrun::Column::SiteId.eq(site_id))
        .filter(rrun::Column::Day.eq(day))
        .count(conn)
        .await?
        > 0)
}

/// Marks a site's day as planned; false when someone already did (another instance, an earlier
/// run): the unique key makes planning happen once per site and day.
pub async fn start_run(
    conn: &impl ConnectionTrait,
    site_id: i64,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let res = conn
        .execute_raw(Statement::from_sql_and_values(
            conn.get_database_backend(),
            "INSERT INTO reminder_run (site_id, day, planned, created_at) VALUES ($1, $2, 0, $3) \
             ON CONFLICT (site_id, day) DO NOTHING",
            [site_id.into(), day.into(), now.into()],
        ))
        .await?;
    Ok(res.rows_affected() == 1)
}

pub async fn finish_run(conn: &impl ConnectionTrait, site_id: i64, day: NaiveDate, planned: u64) -> Result<(), DbErr> {
    conn.execute_raw(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "UPDATE reminder_run SET planned = $1 WHERE site_id = $2 AND day = $3",
        [(i32::try_from(planned).unwrap_or(i32::MAX)).into(), site_id.into(), day.into()],
    ))
    .await?;
    Ok(())
}

/// One reminder to plan.
#[derive(Debug, Clone)]
pub struct NewReminder {
    pub site_id: i64,
    pub user_id: i64,
    pub item_type: ItemType,
    pub item_id: i64,
    pub due_on: NaiveDate,
    pub kind: String,
    pub required: bool,
    pub title: String,
    pub link: String,
    pub planned_on: NaiveDate,
}

/// The kinds of reminder already made for one occurrence of an item (its due date): those steps
/// of its plan have gone out.
pub async fn kinds_made(
    conn: &impl ConnectionTrait,
    item_type: ItemType,
    item_id: i64,
    due_on: NaiveDate,
) -> Result<std::collections::HashSet<String>, DbErr> {
    let kinds: Vec<String> = r::Entity::find()
        .select_only()
        .column(r::Column::Kind)
        .filter(r::Column::ItemType.eq(item_type.code()))
        .filter(r::Column::ItemId.eq(item_id))
        .filter(r::Column::DueOn.eq(due_on))
        .distinct()
        .into_tuple()
        .all(conn)
        .await?;
    Ok(kinds.into_iter().collect())
}

/// Inserts reminders, skipping occurrences already planned; returns how many are new.
pub async fn insert_reminders(
    conn: &impl ConnectionTrait,
    rows: &[NewReminder],
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let backend = conn.get_database_backend();
    let mut added = 0;
    const COLS: usize = 12;
    for chunk in rows.chunks(2000) {
        let mut sql = String::from(
            "INSERT INTO reminder (site_id, user_id, item_type, item_id, due_on, kind, required, title, link, \
             planned_on, email_state, created_at) VALUES ",
        );
        let mut values: Vec<sea_orm::Value> = Vec::with_capacity(chunk.len() * COLS);
        for (i, row) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            let b = i * COLS;
            sql.push('(');
            // SQLite looks each named parameter ($1) up among the statement's names one by one:
            // thousands of them make a statement quadratic. Its anonymous `?` costs nothing.
            let marks: Vec<String> = (1..=COLS)
                .map(|c| if backend == DbBackend::Sqlite { "?".to_string() } else { format!("${}", b + c) })
                .collect();
            sql.push_str(&marks.join(", "));
            sql.push(')');
            values.extend([
                row.site_id.into(),
                row.user_id.into(),
                row.item_type.code().into(),
                row.item_id.into(),
                row.due_on.into(),
                row.kind.clone().into(),
                row.required.into(),
                truncate(&row.title, 250).into(),
                row.link.clone().into(),
                row.planned_on.into(),
                "pending".into(),
                now.into(),
            ]);
        }
        sql.push_str(" ON CONFLICT (item_type, item_id, due_on, kind, user_id) DO NOTHING");
        added += conn.execute_raw(Statement::from_sql_and_values(backend, &sql, values)).await?.rows_affected();
    }
    Ok(added)
}

/// After a large plan, PostgreSQL's statistics still describe the table as it was before it; with
/// them the planner claimed each batch of reminders by id through the scan of every pending one
/// (measured: 115 s instead of 9 s for 160,000 reminders). SQLite finds rows by rowid without
/// statistics.
pub async fn refresh_statistics(conn: &impl ConnectionTrait) -> Result<(), DbErr> {
    if conn.get_database_backend() == DbBackend::Postgres {
        conn.execute_unprepared("ANALYZE reminder").await?;
    }
    Ok(())
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_string() } else { format!("{}…", s.chars().take(max - 1).collect::<String>()) }
}

/// Reminders from earlier days about the items reminded today (same item, same recipient) leave
/// the inbox: it shows each item's latest state ("9 days overdue"), not one line per day.
pub async fn supersede(
    conn: &impl ConnectionTrait,
    site_id: i64,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let res = conn
        .execute_raw(Statement::from_sql_and_values(
            conn.get_database_backend(),
            "UPDATE reminder SET done_at = $1 WHERE site_id = $2 AND planned_on < $3 AND done_at IS NULL \
             AND EXISTS (SELECT 1 FROM reminder n WHERE n.item_type = reminder.item_type \
             AND n.item_id = reminder.item_id AND n.user_id = reminder.user_id AND n.planned_on = $3)",
            [now.into(), site_id.into(), today.into()],
        ))
        .await?;
    Ok(res.rows_affected())
}

/// Forgets what is old: reminders planned before `before` that wait for nothing (e-mailed,
/// skipped, or settled), planned days before it, and outbox messages sent or failed before it.
pub async fn prune(conn: &impl ConnectionTrait, before: NaiveDate, sent_before: DateTime<Utc>) -> Result<u64, DbErr> {
    let mut n = r::Entity::delete_many()
        .filter(r::Column::PlannedOn.lt(before))
        .filter(Condition::any().add(r::Column::EmailState.ne("pending")).add(r::Column::DoneAt.is_not_null()))
        .exec(conn)
        .await?
        .rows_affected;
    n += rrun::Entity::delete_many().filter(rrun::Column::Day.lt(before)).exec(conn).await?.rows_affected;
    n += ob::Entity::delete_many()
        .filter(ob::Column::State.is_in(["sent", "failed"]))
        .filter(ob::Column::CreatedAt.lt(sent_before))
        .exec(conn)
        .await?
        .rows_affected;
    Ok(n)
}

/// The item was completed or renewed: nothing pending for it goes out, and it leaves the inbox
/// count. Called in the transaction of the change.
pub async fn settle_item(
    conn: &impl ConnectionTrait,
    t: ItemType,
    item_id: i64,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    settle_occurrences(conn, t, item_id, None, now).await
}

/// Settles an item's reminders, or only those about one of its dates.
pub async fn settle_occurrences(
    conn: &impl ConnectionTrait,
    t: ItemType,
    item_id: i64,
    due_on: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let mut q = r::Entity::update_many()
        .col_expr(r::Column::DoneAt, Expr::value(now))
        .filter(r::Column::ItemType.eq(t.code()))
        .filter(r::Column::ItemId.eq(item_id))
        .filter(r::Column::DoneAt.is_null());
    if let Some(d) = due_on {
        q = q.filter(r::Column::DueOn.eq(d));
    }
    Ok(q.exec(conn).await?.rows_affected)
}

/// A work order done or cancelled (corrective or preventive alike).
pub async fn settle_work_order(conn: &impl ConnectionTrait, wo_id: i64, now: DateTime<Utc>) -> Result<(), DbErr> {
    settle_item(conn, ItemType::WorkOrder, wo_id, now).await?;
    settle_item(conn, ItemType::Pm, wo_id, now).await?;
    Ok(())
}

/// Waiting for a digest: the condition of the partial index `ix_reminder_waiting`, written out
/// (a bound 'pending' would not let the database prove that the index holds every row asked for).
fn waiting() -> Condition {
    Condition::all()
        .add(Expr::col((r::Entity, r::Column::EmailState)).eq(Expr::cust("'pending'")))
        .add(r::Column::DoneAt.is_null())
}

/// The recipients with reminders waiting for a digest, each with the earliest day planned.
pub async fn waiting_by_user(conn: &impl ConnectionTrait) -> Result<Vec<(i64, NaiveDate)>, DbErr> {
    r::Entity::find()
        .select_only()
        .column(r::Column::UserId)
        .column_as(r::Column::PlannedOn.min(), "first")
        .filter(waiting())
        .group_by(r::Column::UserId)
        .into_tuple()
        .all(conn)
        .await
}

/// A reminder waiting for a digest: what choosing, counting and checking it needs (its title and
/// link are read only for the few a digest lists, see [`titles`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub id: i64,
    pub user_id: i64,
    pub site_id: i64,
    pub item_type: String,
    pub item_id: i64,
    pub due_on: NaiveDate,
    pub kind: String,
    pub planned_on: NaiveDate,
}

/// These recipients' reminders waiting for a digest, oldest first. Read slim
/// ([`super::slim_rows`]): a plant with a hundred thousand overdue items holds their slim rows,
/// never the driver's rows of them all.
pub async fn pending_email(conn: &impl ConnectionTrait, user_ids: &[i64], limit: u64) -> Result<Vec<Waiting>, DbErr> {
    const COLS: [r::Column; 8] = [
        r::Column::Id,
        r::Column::UserId,
        r::Column::SiteId,
        r::Column::ItemType,
        r::Column::ItemId,
        r::Column::DueOn,
        r::Column::Kind,
        r::Column::PlannedOn,
    ];
    type Row = (i64, i64, i64, String, i64, NaiveDate, String, NaiveDate);
    let mut out = Vec::new();
    for chunk in user_ids.chunks(500) {
        let left = limit.saturating_sub(out.len() as u64);
        if left == 0 {
            break;
        }
        let select = r::Entity::find()
            .filter(waiting())
            .filter(r::Column::UserId.is_in(chunk.iter().copied()))
            .order_by_asc(r::Column::Id)
            .limit(left);
        let rows: Vec<Row> = super::slim_rows(conn, select, &COLS).await?;
        out.extend(rows.into_iter().map(|(id, user_id, site_id, item_type, item_id, due_on, kind, planned_on)| {
            Waiting { id, user_id, site_id, item_type, item_id, due_on, kind, planned_on }
        }));
    }
    Ok(out)
}

/// The title and link of these reminders (those a digest lists).
pub async fn titles(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<HashMap<i64, (String, String)>, DbErr> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, String, String)> = r::Entity::find()
            .select_only()
            .columns([r::Column::Id, r::Column::Title, r::Column::Link])
            .filter(r::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(conn)
            .await?;
        out.extend(rows.into_iter().map(|(id, title, link)| (id, (title, link))));
    }
    Ok(out)
}

/// Reminders whose item is no longer open (or no longer due that day): settled.
pub async fn settle_ids(conn: &impl ConnectionTrait, ids: &[i64], now: DateTime<Utc>) -> Result<(), DbErr> {
    for chunk in ids.chunks(5000) {
        r::Entity::update_many()
            .col_expr(r::Column::DoneAt, Expr::value(now))
            .filter(r::Column::Id.is_in(chunk.iter().copied()))
            .filter(r::Column::DoneAt.is_null())
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// No e-mail for these (switched off by their recipient, or nowhere to send it).
pub async fn skip_email(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<(), DbErr> {
    for chunk in ids.chunks(5000) {
        r::Entity::update_many()
            .col_expr(r::Column::EmailState, Expr::value("skipped"))
            .filter(r::Column::Id.is_in(chunk.iter().copied()))
            .filter(r::Column::EmailState.eq("pending"))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Puts a recipient's waiting reminders in an outbox message: those it lists (`listed`, linked
/// to the message) and every other one planned up to `planned_through` with an id up to
/// `through_id` (counted in it). Returns how many were taken: fewer or more than the digest
/// holds means another instance or a new plan changed them meanwhile (the caller rolls back).
/// Two statements, whatever the size of the digest: a plant with a hundred thousand overdue
/// items queues them without sending their ids back.
pub async fn queue(
    conn: &impl ConnectionTrait,
    user_id: i64,
    listed: &[i64],
    outbox_id: i64,
    through_id: i64,
    planned_through: NaiveDate,
) -> Result<u64, DbErr> {
    let mut n = r::Entity::update_many()
        .col_expr(r::Column::EmailState, Expr::value("queued"))
        .col_expr(r::Column::OutboxId, Expr::value(outbox_id))
        .filter(r::Column::Id.is_in(listed.iter().copied()))
        .filter(r::Column::UserId.eq(user_id))
        .filter(waiting())
        .exec(conn)
        .await?
        .rows_affected;
    n += r::Entity::update_many()
        .col_expr(r::Column::EmailState, Expr::value("queued"))
        .filter(r::Column::UserId.eq(user_id))
        .filter(waiting())
        .filter(r::Column::Id.lte(through_id))
        .filter(r::Column::PlannedOn.lte(planned_through))
        .exec(conn)
        .await?
        .rows_affected;
    Ok(n)
}

// --- inbox -----------------------------------------------------------------------------------

fn inbox_filter(user_id: i64, unread_only: bool) -> Condition {
    let mut c = Condition::all().add(r::Column::UserId.eq(user_id)).add(r::Column::DoneAt.is_null());
    if unread_only {
        c = c.add(r::Column::ReadAt.is_null());
    }
    c
}

/// A user's reminders, newest first, open items only.
pub async fn inbox(
    conn: &impl ConnectionTrait,
    user_id: i64,
    unread_only: bool,
    page: i64,
    per_page: i64,
) -> Result<Page<ReminderRow>, DbErr> {
    let (offset, limit) = paging(page, per_page);
    let q = r::Entity::find().filter(inbox_filter(user_id, unread_only));
    let total = q.clone().count(conn).await?;
    let items = q.order_by_desc(r::Column::Id).offset(offset).limit(limit).all(conn).await?;
    Ok(Page { items, total })
}

pub async fn unread_count(conn: &impl ConnectionTrait, user_id: i64) -> Result<u64, DbErr> {
    r::Entity::find().filter(inbox_filter(user_id, true)).count(conn).await
}

/// Marks one reminder (or, with None, all) of a user read; how many changed.
pub async fn mark_read(
    conn: &impl ConnectionTrait,
    user_id: i64,
    id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let mut q = r::Entity::update_many()
        .col_expr(r::Column::ReadAt, Expr::value(now))
        .filter(r::Column::UserId.eq(user_id))
        .filter(r::Column::ReadAt.is_null());
    if let Some(id) = id {
        q = q.filter(r::Column::Id.eq(id));
    }
    Ok(q.exec(conn).await?.rows_affected)
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ReminderRow>, DbErr> {
    r::Entity::find_by_id(id).one(conn).await
}

// --- outbox ----------------------------------------------------------------------------------

/// Adds a message to the outbox; None when a message with its Message-ID is already there.
pub async fn insert_outbox(
    conn: &impl ConnectionTrait,
    user_id: Option<i64>,
    out: &crate::mail::Outgoing,
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    let res = conn
        .execute_raw(Statement::from_sql_and_values(
            conn.get_database_backend(),
            "INSERT INTO outbox (user_id, to_addr, subject, message_id, raw, state, attempts, next_attempt_at, \
             claimed_by, claim_until, last_reply, created_at, sent_at) \
             VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, NULL, NULL, '', $6, NULL) \
             ON CONFLICT (message_id) DO NOTHING",
            [
                user_id.into(),
                out.to.clone().into(),
                truncate(&out.subject, 250).into(),
                out.message_id.clone().into(),
                out.raw.clone().into(),
                now.into(),
            ],
        ))
        .await?;
    if res.rows_affected() == 0 {
        return Ok(None);
    }
    ob::Entity::find()
        .select_only()
        .column(ob::Column::Id)
        .filter(ob::Column::MessageId.eq(&out.message_id))
        .into_tuple::<i64>()
        .one(conn)
        .await
}

fn claimable(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(Condition::all().add(ob::Column::State.eq("pending")).add(ob::Column::NextAttemptAt.lte(now)))
        // a claim left by a process that died mid-send: taken over once its lease is over
        .add(Condition::all().add(ob::Column::State.eq("sending")).add(ob::Column::ClaimUntil.lt(now)))
}

/// Messages ready to be tried, oldest first.
pub async fn due_messages(conn: &impl ConnectionTrait, now: DateTime<Utc>, limit: u64) -> Result<Vec<i64>, DbErr> {
    ob::Entity::find()
        .select_only()
        .column(ob::Column::Id)
        .filter(claimable(now))
        .order_by_asc(ob::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await
}

/// Claims a message for one sending attempt: true for exactly one claimant, also with several
/// instances (the update re-checks the state under the row lock).
pub async fn claim(
    conn: &impl ConnectionTrait,
    id: i64,
    claimant: &str,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let res = ob::Entity::update_many()
        .col_expr(ob::Column::State, Expr::value("sending"))
        .col_expr(ob::Column::ClaimedBy, Expr::value(claimant))
        .col_expr(ob::Column::ClaimUntil, Expr::value(until))
        .col_expr(ob::Column::Attempts, Expr::col(ob::Column::Attempts).add(1))
        .filter(ob::Column::Id.eq(id))
        .filter(claimable(now))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn outbox_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<OutboxRow>, DbErr> {
    ob::Entity::find_by_id(id).one(conn).await
}

/// The outcome of a claimed attempt (only the claimant's claim is settled).
pub async fn settle_attempt(
    conn: &impl ConnectionTrait,
    id: i64,
    claimant: &str,
    state: &str,
    reply: &str,
    next_attempt_at: Option<DateTime<Utc>>,
    sent_at: Option<DateTime<Utc>>,
) -> Result<bool, DbErr> {
    let mut q = ob::Entity::update_many()
        .col_expr(ob::Column::State, Expr::value(state))
        .col_expr(ob::Column::LastReply, Expr::value(truncate(reply, 2000)))
        .col_expr(ob::Column::ClaimUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(ob::Column::SentAt, Expr::value(sent_at));
    if let Some(next) = next_attempt_at {
        q = q.col_expr(ob::Column::NextAttemptAt, Expr::value(next));
    }
    let res = q
        .filter(ob::Column::Id.eq(id))
        .filter(ob::Column::State.eq("sending"))
        .filter(ob::Column::ClaimedBy.eq(claimant))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Sends a failed message again from now (an administrator's retry).
pub async fn retry(conn: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> Result<bool, DbErr> {
    let res = ob::Entity::update_many()
        .col_expr(ob::Column::State, Expr::value("pending"))
        .col_expr(ob::Column::Attempts, Expr::value(0))
        .col_expr(ob::Column::NextAttemptAt, Expr::value(now))
        .filter(ob::Column::Id.eq(id))
        .filter(ob::Column::State.eq("failed"))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// The outbox, newest first, optionally in one state.
pub async fn outbox(
    conn: &impl ConnectionTrait,
    state: Option<&str>,
    page: i64,
    per_page: i64,
) -> Result<Page<OutboxRow>, DbErr> {
    let (offset, limit) = paging(page, per_page);
    let mut q = ob::Entity::find();
    if let Some(s) = state {
        q = q.filter(ob::Column::State.eq(s));
    }
    let total = q.clone().count(conn).await?;
    let items = q.order_by_desc(ob::Column::Id).offset(offset).limit(limit).all(conn).await?;
    Ok(Page { items, total })
}

/// How many messages are in each state.
pub async fn outbox_counts(conn: &impl ConnectionTrait) -> Result<Vec<(String, i64)>, DbErr> {
    ob::Entity::find()
        .select_only()
        .column(ob::Column::State)
        .column_as(ob::Column::Id.count(), "n")
        .group_by(ob::Column::State)
        .into_tuple()
        .all(conn)
        .await
}

/// Deletes every reminder, planned day and outbox message (a developer's reset for benchmarks).
pub async fn forget_all(conn: &impl ConnectionTrait) -> Result<(), DbErr> {
    r::Entity::delete_many().exec(conn).await?;
    rrun::Entity::delete_many().exec(conn).await?;
    ob::Entity::delete_many().exec(conn).await?;
    Ok(())
}
