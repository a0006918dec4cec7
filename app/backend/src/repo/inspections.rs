//! Inspection (audit) queries: the template library and its versions, audits with their answers
//! and photos, and recurring audit schedules.
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::{
    inspection as ins, inspection_answer as ia, inspection_photo as ip, inspection_schedule as sc,
    inspection_template as it, inspection_version as iv,
};
use domain::inspection::VersionState;

// ---- templates and versions -----------------------------------------------------------------

pub async fn template_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<it::Model>, DbErr> {
    it::Entity::find_by_id(id).one(conn).await
}

pub async fn template_by_code(conn: &impl ConnectionTrait, code: &str) -> Result<Option<it::Model>, DbErr> {
    it::Entity::find().filter(it::Column::Code.eq(code)).one(conn).await
}

/// The codes of every template in the library.
pub async fn template_codes(conn: &impl ConnectionTrait) -> Result<Vec<String>, DbErr> {
    it::Entity::find().select_only().column(it::Column::Code).into_tuple().all(conn).await
}

/// Templates by name (those whose name matches the LIKE `pattern`, lowercased, when given): the
/// first 200.
pub async fn templates_by_name(conn: &impl ConnectionTrait, pattern: Option<String>) -> Result<Vec<it::Model>, DbErr> {
    let mut query = it::Entity::find().order_by_asc(it::Column::Name);
    // case-insensitive on both databases (PostgreSQL's LIKE is not)
    if let Some(pattern) = pattern {
        query = query.filter(Expr::expr(Func::lower(Expr::col(it::Column::Name))).like(pattern));
    }
    query.limit(200).all(conn).await
}

pub async fn templates_by_ids(conn: &impl ConnectionTrait, ids: Vec<i64>) -> Result<Vec<it::Model>, DbErr> {
    it::Entity::find().filter(it::Column::Id.is_in(ids)).all(conn).await
}

pub async fn insert_template(
    conn: &impl ConnectionTrait,
    code: &str,
    name: &str,
    category: &str,
    now: DateTime<Utc>,
) -> Result<it::Model, DbErr> {
    it::ActiveModel {
        code: Set(code.into()),
        name: Set(name.into()),
        category: Set(category.into()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn version_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<iv::Model>, DbErr> {
    iv::Entity::find_by_id(id).one(conn).await
}

pub async fn versions_by_ids(conn: &impl ConnectionTrait, ids: Vec<i64>) -> Result<Vec<iv::Model>, DbErr> {
    iv::Entity::find().filter(iv::Column::Id.is_in(ids)).all(conn).await
}

/// The versions of these templates, oldest version first.
pub async fn versions_of_templates(
    conn: &impl ConnectionTrait,
    template_ids: Vec<i64>,
) -> Result<Vec<iv::Model>, DbErr> {
    iv::Entity::find()
        .filter(iv::Column::TemplateId.is_in(template_ids))
        .order_by_asc(iv::Column::Version)
        .all(conn)
        .await
}

/// Every version of a template.
pub async fn versions_of(conn: &impl ConnectionTrait, template_id: i64) -> Result<Vec<iv::Model>, DbErr> {
    iv::Entity::find().filter(iv::Column::TemplateId.eq(template_id)).all(conn).await
}

/// The published version of a template (at most one is).
pub async fn published_version(conn: &impl ConnectionTrait, template_id: i64) -> Result<Option<iv::Model>, DbErr> {
    published(template_id).one(conn).await
}

/// Every published version of a template.
pub async fn published_versions(conn: &impl ConnectionTrait, template_id: i64) -> Result<Vec<iv::Model>, DbErr> {
    published(template_id).all(conn).await
}

fn published(template_id: i64) -> sea_orm::Select<iv::Entity> {
    iv::Entity::find()
        .filter(iv::Column::TemplateId.eq(template_id))
        .filter(iv::Column::State.eq(VersionState::Published.as_str()))
}

/// A version to insert; `items` is the item list as JSON.
pub struct NewVersion {
    pub template_id: i64,
    pub version: i32,
    pub state: VersionState,
    pub pass_mark: f64,
    pub items: String,
    pub created_by: Option<i64>,
    pub published_at: Option<DateTime<Utc>>,
}

pub async fn insert_version(
    conn: &impl ConnectionTrait,
    v: NewVersion,
    now: DateTime<Utc>,
) -> Result<iv::Model, DbErr> {
    iv::ActiveModel {
        template_id: Set(v.template_id),
        version: Set(v.version),
        state: Set(v.state.as_str().into()),
        pass_mark: Set(v.pass_mark),
        items: Set(v.items),
        created_by: Set(v.created_by),
        created_at: Set(now),
        published_at: Set(v.published_at),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Writes a draft's pass mark and items (JSON).
pub async fn set_content(
    conn: &impl ConnectionTrait,
    v: iv::Model,
    pass_mark: f64,
    items: String,
) -> Result<iv::Model, DbErr> {
    let mut am: iv::ActiveModel = v.into();
    am.pass_mark = Set(pass_mark);
    am.items = Set(items);
    am.update(conn).await
}

/// Sets a version's state; `published_at` is written when given.
pub async fn set_version_state(
    conn: &impl ConnectionTrait,
    v: iv::Model,
    state: VersionState,
    published_at: Option<DateTime<Utc>>,
) -> Result<iv::Model, DbErr> {
    let mut am: iv::ActiveModel = v.into();
    am.state = Set(state.as_str().into());
    if let Some(at) = published_at {
        am.published_at = Set(Some(at));
    }
    am.update(conn).await
}

// ---- audits ---------------------------------------------------------------------------------

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ins::Model>, DbErr> {
    ins::Entity::find_by_id(id).one(conn).await
}

/// A site's audits: the done ones newest first, or the others by due date; the first 100.
pub async fn list_for_site(conn: &impl ConnectionTrait, site_id: i64, done: bool) -> Result<Vec<ins::Model>, DbErr> {
    let q = ins::Entity::find().filter(ins::Column::SiteId.eq(site_id));
    if done {
        q.filter(ins::Column::Status.eq("done")).order_by_desc(ins::Column::CompletedAt).limit(100).all(conn).await
    } else {
        q.filter(ins::Column::Status.ne("done")).order_by_asc(ins::Column::DueDate).limit(100).all(conn).await
    }
}

/// The audits a person leads on a site that are not done, soonest due first.
pub async fn open_led_by(
    conn: &impl ConnectionTrait,
    site_id: i64,
    lead_id: i64,
    limit: u64,
) -> Result<Vec<ins::Model>, DbErr> {
    open_led_by_query(site_id, lead_id).limit(limit).all(conn).await
}

/// [`open_led_by`]'s condition as SQL over `inspection`, with the site and the lead given as
/// placeholders (Home reads them with the rest of its day: `repo::day`).
pub fn open_led_by_where(site: &str, lead: &str) -> String {
    format!("site_id = {site} AND lead_id = {lead} AND status <> 'done'")
}

fn open_led_by_query(site_id: i64, lead_id: i64) -> sea_orm::Select<ins::Entity> {
    ins::Entity::find()
        .filter(ins::Column::SiteId.eq(site_id))
        .filter(ins::Column::LeadId.eq(lead_id))
        .filter(ins::Column::Status.ne("done"))
        .order_by_asc(ins::Column::DueDate)
        .order_by_asc(ins::Column::Id)
}

/// An audit to schedule (by hand, or generated from a schedule).
pub struct NewInspection {
    pub site_id: i64,
    pub version_id: i64,
    pub title: String,
    pub due_date: NaiveDate,
    pub lead_id: Option<i64>,
    pub team: String,
    pub asset_id: Option<i64>,
    pub area: String,
    pub schedule_id: Option<i64>,
    pub nominal_due: Option<NaiveDate>,
    pub created_by: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, n: NewInspection, now: DateTime<Utc>) -> Result<ins::Model, DbErr> {
    ins::ActiveModel {
        site_id: Set(n.site_id),
        version_id: Set(n.version_id),
        title: Set(n.title),
        status: Set("scheduled".into()),
        due_date: Set(n.due_date),
        lead_id: Set(n.lead_id),
        team: Set(n.team),
        asset_id: Set(n.asset_id),
        area: Set(n.area),
        score: Set(None),
        passed: Set(None),
        signed_by: Set(None),
        signed_at: Set(None),
        auditee_name: Set(String::new()),
        auditee_signed_by: Set(None),
        started_at: Set(None),
        completed_at: Set(None),
        schedule_id: Set(n.schedule_id),
        nominal_due: Set(n.nominal_due),
        created_by: Set(n.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The audit starts (with its first answer).
pub async fn mark_started(conn: &impl ConnectionTrait, r: ins::Model, now: DateTime<Utc>) -> Result<ins::Model, DbErr> {
    let mut am: ins::ActiveModel = r.into();
    am.status = Set("in_progress".into());
    am.started_at = Set(Some(now));
    am.updated_at = Set(now);
    am.update(conn).await
}

/// The score and signatures an audit is signed off with.
pub struct SignOff {
    pub score: Option<f64>,
    pub passed: bool,
    pub signed_by: Option<i64>,
    pub auditee_name: String,
    pub auditee_signed_by: Option<i64>,
}

/// Signs an audit off: done, with its score and signatures.
pub async fn sign_off(
    conn: &impl ConnectionTrait,
    r: ins::Model,
    s: SignOff,
    now: DateTime<Utc>,
) -> Result<ins::Model, DbErr> {
    let mut am: ins::ActiveModel = r.into();
    am.status = Set("done".into());
    am.score = Set(s.score);
    am.passed = Set(Some(s.passed));
    am.signed_by = Set(s.signed_by);
    am.signed_at = Set(Some(now));
    am.auditee_name = Set(s.auditee_name);
    am.auditee_signed_by = Set(s.auditee_signed_by);
    am.completed_at = Set(Some(now));
    am.updated_at = Set(now);
    am.update(conn).await
}

/// The answers of these audits.
pub async fn answers_of(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<ia::Model>, DbErr> {
    ia::Entity::find().filter(ia::Column::InspectionId.is_in(ids.iter().copied())).all(conn).await
}

/// The answer to one item of an audit, if given.
pub async fn answer(
    conn: &impl ConnectionTrait,
    inspection_id: i64,
    item_index: i32,
) -> Result<Option<ia::Model>, DbErr> {
    ia::Entity::find()
        .filter(ia::Column::InspectionId.eq(inspection_id))
        .filter(ia::Column::ItemIndex.eq(item_index))
        .one(conn)
        .await
}

/// What an answer says: the answer as JSON, the note and who gave it.
pub struct AnswerText<'a> {
    pub answer: String,
    pub note: &'a str,
    pub answered_by: Option<i64>,
}

pub async fn insert_answer(
    conn: &impl ConnectionTrait,
    inspection_id: i64,
    item_index: i32,
    a: AnswerText<'_>,
    now: DateTime<Utc>,
) -> Result<ia::Model, DbErr> {
    ia::ActiveModel {
        inspection_id: Set(inspection_id),
        item_index: Set(item_index),
        answer: Set(a.answer),
        note: Set(a.note.into()),
        answered_by: Set(a.answered_by),
        answered_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn update_answer(
    conn: &impl ConnectionTrait,
    existing: ia::Model,
    a: AnswerText<'_>,
    now: DateTime<Utc>,
) -> Result<ia::Model, DbErr> {
    let mut am: ia::ActiveModel = existing.into();
    am.answer = Set(a.answer);
    am.note = Set(a.note.into());
    am.answered_by = Set(a.answered_by);
    am.answered_at = Set(now);
    am.update(conn).await
}

/// The photos taken during an audit.
pub async fn photos(conn: &impl ConnectionTrait, inspection_id: i64) -> Result<Vec<ip::Model>, DbErr> {
    ip::Entity::find().filter(ip::Column::InspectionId.eq(inspection_id)).all(conn).await
}

pub async fn insert_photo(
    conn: &impl ConnectionTrait,
    inspection_id: i64,
    item_index: Option<i32>,
    attachment_id: i64,
) -> Result<ip::Model, DbErr> {
    ip::ActiveModel {
        inspection_id: Set(inspection_id),
        item_index: Set(item_index),
        attachment_id: Set(attachment_id),
        ..Default::default()
    }
    .insert(conn)
    .await
}

// ---- schedules ------------------------------------------------------------------------------

/// A recurring audit; `rule` is the trigger as JSON.
pub struct NewSchedule {
    pub site_id: i64,
    pub template_id: i64,
    pub title: String,
    pub rule: String,
    pub first_due: NaiveDate,
    pub lead_days: i32,
    pub lead_id: Option<i64>,
    pub team: String,
    pub area: String,
    pub asset_id: Option<i64>,
    pub created_by: Option<i64>,
}

pub async fn insert_schedule(
    conn: &impl ConnectionTrait,
    s: NewSchedule,
    now: DateTime<Utc>,
) -> Result<sc::Model, DbErr> {
    sc::ActiveModel {
        site_id: Set(s.site_id),
        template_id: Set(s.template_id),
        title: Set(s.title),
        rule: Set(s.rule),
        first_due: Set(s.first_due),
        lead_days: Set(s.lead_days),
        lead_id: Set(s.lead_id),
        team: Set(s.team),
        area: Set(s.area),
        asset_id: Set(s.asset_id),
        active: Set(true),
        last_nominal_due: Set(None),
        created_by: Set(s.created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The active schedules, oldest first.
pub async fn active_schedules(conn: &impl ConnectionTrait) -> Result<Vec<sc::Model>, DbErr> {
    sc::Entity::find().filter(sc::Column::Active.eq(true)).order_by_asc(sc::Column::Id).all(conn).await
}

/// The audits a schedule generated.
pub async fn of_schedule(conn: &impl ConnectionTrait, schedule_id: i64) -> Result<Vec<ins::Model>, DbErr> {
    ins::Entity::find().filter(ins::Column::ScheduleId.eq(schedule_id)).all(conn).await
}

/// The audit a schedule generated for a nominal due date, if any.
pub async fn of_schedule_on(
    conn: &impl ConnectionTrait,
    schedule_id: i64,
    nominal_due: NaiveDate,
) -> Result<Option<ins::Model>, DbErr> {
    ins::Entity::find()
        .filter(ins::Column::ScheduleId.eq(schedule_id))
        .filter(ins::Column::NominalDue.eq(nominal_due))
        .one(conn)
        .await
}

pub async fn set_last_nominal_due(
    conn: &impl ConnectionTrait,
    s: sc::Model,
    last: Option<NaiveDate>,
) -> Result<sc::Model, DbErr> {
    let mut am: sc::ActiveModel = s.into();
    am.last_nominal_due = Set(last);
    am.update(conn).await
}
