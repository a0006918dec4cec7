//! Audits and inspections: the template library (starter templates, immutable published
//! versions), audits run on one version with every answer saved as it is given, the score and
//! sign-off, and findings that become a CAPA action or a work order and close with them.
use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{
    capa_action as ca, finding as fi, inspection as ins, inspection_answer as ia, inspection_photo as ip,
    inspection_template as it, inspection_version as iv, work_order as wo,
};
use crate::repo::{assets, findings, sites, users};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::inspections::*;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::dates;
use domain::inspection::{
    Answer, Grade, Item, ItemKind, VersionError, VersionState, answer_code, editable, failed, items_text, parse_answer,
    parse_items, score,
};
use domain::inspection_library::STARTERS;
use domain::validation::{FieldErrors, required_text};

/// Links the finding to the action just written in `txn`. A finding that got its action
/// meanwhile (a second tap, another person) refuses, and the transaction with the action it
/// wrote is rolled back: never an orphan action.
pub async fn link_action(
    txn: &sea_orm::DatabaseTransaction,
    finding_id: i64,
    action: findings::Action,
    root_cause: Option<&str>,
) -> Result<(), AppError> {
    if !findings::link_action(txn, finding_id, action, root_cause).await? {
        return Err(AppError::Conflict("This finding already has its action.".into()));
    }
    Ok(())
}

pub fn need(state: &AppState, user: &CurrentUser, target: Target, p: Permission) -> Result<(), AppError> {
    Caller::User(user).require(target, p, state.today())
}

/// Adds the starter templates that are not in the library yet (the first time the library is
/// read; idempotent). A failure is logged and the library shown as it is.
async fn ensure_starters(state: &AppState) {
    if let Err(e) = seed_starters(state).await {
        tracing::warn!(error = ?e, "starter templates not added");
    }
}

pub async fn seed_starters(state: &AppState) -> Result<(), AppError> {
    let now = state.now();
    let have: Vec<String> =
        it::Entity::find().select_only().column(it::Column::Code).into_tuple().all(&state.db).await?;
    for s in STARTERS.iter().filter(|s| !have.iter().any(|h| h == s.code)) {
        let txn = begin_write(&state.db).await?;
        if it::Entity::find().filter(it::Column::Code.eq(s.code)).one(&txn).await?.is_some() {
            continue;
        }
        let t = it::ActiveModel {
            code: Set(s.code.into()),
            name: Set(s.name.into()),
            category: Set(s.category.into()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let items = serde_json::to_string(&s.items()).map_err(AppError::internal)?;
        iv::ActiveModel {
            template_id: Set(t.id),
            version: Set(1),
            state: Set(VersionState::Published.as_str().into()),
            pass_mark: Set(s.pass_mark),
            items: Set(items),
            created_by: Set(None),
            created_at: Set(now),
            published_at: Set(Some(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record(
            &txn,
            &Actor::system(),
            now,
            Change::new("template.seed", "inspection_template", t.id).after(json!({"code": s.code, "version": 1})),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

fn item_dto(i: usize, item: &Item) -> ItemDto {
    let (min, max, unit) = match &item.kind {
        ItemKind::Number { min, max, unit } => (*min, *max, unit.clone()),
        _ => (None, None, String::new()),
    };
    ItemDto {
        index: i as i32,
        section: item.section.clone(),
        text: item.text.clone(),
        kind: item.kind.code().into(),
        min,
        max,
        unit,
        weight: item.weight as i32,
        critical: item.critical,
        guidance: item.guidance.clone(),
        clauses: item.clauses.clone(),
    }
}

pub fn items_of(v: &iv::Model) -> Vec<Item> {
    serde_json::from_str(&v.items).unwrap_or_default()
}

/// The library: every template with its versions, filtered by a search on the name.
pub async fn library(state: &AppState, user: &CurrentUser, q: &str) -> Result<Vec<TemplateDto>, AppError> {
    need(state, user, Target::AnySite, Permission::ViewAudits)?;
    ensure_starters(state).await;
    let mut query = it::Entity::find().order_by_asc(it::Column::Name);
    // case-insensitive on both databases (PostgreSQL's LIKE is not)
    if let Some(pattern) = crate::repo::contains_pattern(q) {
        use sea_orm::sea_query::{Expr, ExprTrait, Func};
        query = query.filter(Expr::expr(Func::lower(Expr::col(it::Column::Name))).like(pattern));
    }
    let templates = query.limit(200).all(&state.db).await?;
    let ids: Vec<i64> = templates.iter().map(|t| t.id).collect();
    let versions = iv::Entity::find()
        .filter(iv::Column::TemplateId.is_in(ids))
        .order_by_asc(iv::Column::Version)
        .all(&state.db)
        .await?;
    Ok(templates
        .into_iter()
        .map(|t| TemplateDto {
            id: t.id,
            code: t.code,
            name: t.name,
            category: t.category,
            versions: versions
                .iter()
                .filter(|v| v.template_id == t.id)
                .map(|v| VersionSummary {
                    id: v.id,
                    version: v.version,
                    state: v.state.clone(),
                    published_at: v.published_at,
                })
                .collect(),
        })
        .collect())
}

async fn version_dto(state: &AppState, v: iv::Model) -> Result<VersionDto, AppError> {
    let t = it::Entity::find_by_id(v.template_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    Ok(VersionDto {
        id: v.id,
        template_id: t.id,
        template_name: t.name,
        category: t.category,
        version: v.version,
        state: v.state,
        pass_mark: v.pass_mark,
        items_text: items_text(&items),
        items: items.iter().enumerate().map(|(i, it)| item_dto(i, it)).collect(),
    })
}

pub async fn version(state: &AppState, user: &CurrentUser, id: i64) -> Result<VersionDto, AppError> {
    need(state, user, Target::AnySite, Permission::ViewAudits)?;
    let v = iv::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    version_dto(state, v).await
}

fn check_content(pass_mark: &str, text: &str, e: &mut FieldErrors) -> (Option<f64>, Option<Vec<Item>>) {
    let mark = e.check(
        "pass_mark",
        pass_mark.trim().parse::<f64>().ok().filter(|m| (0.0..=100.0).contains(m)).ok_or("A percentage from 0 to 100."),
    );
    let items = e.check("items", parse_items(text));
    (mark, items)
}

/// A new template with its first draft.
pub async fn create_template(
    state: &AppState,
    user: &CurrentUser,
    name: &str,
    category: &str,
    pass_mark: &str,
    text: &str,
) -> Result<VersionDto, AppError> {
    let now = state.now();
    need(state, user, Target::AnySite, Permission::ManageAudits)?;
    let mut e = FieldErrors::new();
    let name = e.check("name", required_text(name, 200));
    let category = match category.trim() {
        c @ ("inspection" | "audit") => c.to_string(),
        _ => {
            e.add("category", "Choose inspection or audit.");
            String::new()
        }
    };
    let (mark, items) = check_content(pass_mark, text, &mut e);
    e.into_result()?;
    let name = name.unwrap();
    let code = format!("{}-{}", slug(&name), now.timestamp_millis() % 100_000);
    let txn = begin_write(&state.db).await?;
    let t = it::ActiveModel {
        code: Set(code),
        name: Set(name),
        category: Set(category),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let v = insert_version(&txn, t.id, 1, mark.unwrap(), &items.unwrap(), user.id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("template.create", "inspection_template", t.id).after(json!({"name": t.name, "version_id": v.id})),
    )
    .await?;
    txn.commit().await?;
    version_dto(state, v).await
}

fn slug(s: &str) -> String {
    let mut out: String = s.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    out.trim_matches('-').chars().take(40).collect()
}

async fn insert_version(
    conn: &impl ConnectionTrait,
    template_id: i64,
    version: i32,
    pass_mark: f64,
    items: &[Item],
    by: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<iv::Model, AppError> {
    Ok(iv::ActiveModel {
        template_id: Set(template_id),
        version: Set(version),
        state: Set(VersionState::Draft.as_str().into()),
        pass_mark: Set(pass_mark),
        items: Set(serde_json::to_string(items).map_err(AppError::internal)?),
        created_by: Set(Some(by)),
        created_at: Set(now),
        published_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Saves a draft in place. A published (or retired) version is never changed: the edit becomes a
/// new draft version (refused while another draft exists: edit that one).
pub async fn edit_version(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    pass_mark: &str,
    text: &str,
) -> Result<VersionDto, AppError> {
    let now = state.now();
    need(state, user, Target::AnySite, Permission::ManageAudits)?;
    let v = iv::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let (mark, items) = check_content(pass_mark, text, &mut e);
    e.into_result()?;
    let (mark, items) = (mark.unwrap(), items.unwrap());
    let state_now = VersionState::parse(&v.state).unwrap_or(VersionState::Published);
    let txn = begin_write(&state.db).await?;
    let saved = match editable(state_now) {
        Ok(()) => {
            let mut am: iv::ActiveModel = v.clone().into();
            am.pass_mark = Set(mark);
            am.items = Set(serde_json::to_string(&items).map_err(AppError::internal)?);
            am.update(&txn).await?
        }
        Err(VersionError::Immutable) => {
            let siblings = iv::Entity::find().filter(iv::Column::TemplateId.eq(v.template_id)).all(&txn).await?;
            if let Some(d) = siblings.iter().find(|s| s.state == VersionState::Draft.as_str()) {
                return Err(AppError::Conflict(format!("Version {} is already a draft: edit that one.", d.version)));
            }
            let next = siblings.iter().map(|s| s.version).max().unwrap_or(0) + 1;
            insert_version(&txn, v.template_id, next, mark, &items, user.id, now).await?
        }
        Err(other) => return Err(AppError::validation("items", other.to_string())),
    };
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("template.edit", "inspection_version", saved.id)
            .after(json!({"template_id": saved.template_id, "version": saved.version, "items": items.len()})),
    )
    .await?;
    txn.commit().await?;
    version_dto(state, saved).await
}

/// Publishes a draft; the version published before it is retired (audits keep using theirs).
pub async fn publish(state: &AppState, user: &CurrentUser, id: i64) -> Result<VersionDto, AppError> {
    let now = state.now();
    need(state, user, Target::AnySite, Permission::ManageAudits)?;
    let v = iv::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    if v.state != VersionState::Draft.as_str() {
        return Err(AppError::Conflict("Only a draft can be published.".into()));
    }
    if items_of(&v).is_empty() {
        return Err(AppError::validation("items", VersionError::Empty.to_string()));
    }
    let txn = begin_write(&state.db).await?;
    for old in iv::Entity::find()
        .filter(iv::Column::TemplateId.eq(v.template_id))
        .filter(iv::Column::State.eq(VersionState::Published.as_str()))
        .all(&txn)
        .await?
    {
        let mut am: iv::ActiveModel = old.into();
        am.state = Set(VersionState::Retired.as_str().into());
        am.update(&txn).await?;
    }
    let mut am: iv::ActiveModel = v.clone().into();
    am.state = Set(VersionState::Published.as_str().into());
    am.published_at = Set(Some(now));
    let saved = am.update(&txn).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("template.publish", "inspection_version", saved.id)
            .after(json!({"template_id": saved.template_id, "version": saved.version})),
    )
    .await?;
    txn.commit().await?;
    version_dto(state, saved).await
}

#[derive(Debug, Clone, Default)]
pub struct Repeat {
    /// fixed (every N days from the previous due date) or floating (N days after the last one
    /// was done): the preventive-maintenance rules.
    pub kind: String,
    pub every_days: String,
    pub lead_days: String,
}

/// A recurring audit: stored as a schedule; the generation job creates each occurrence (the form
/// runs it at once, so one due within the lead days appears immediately).
pub async fn schedule_recurring(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    n: NewInspection,
    r: Repeat,
) -> Result<i64, AppError> {
    use crate::entities::inspection_schedule as sc;
    use domain::pm::Trigger;
    let now = state.now();
    need(state, user, Target::Site(site_id), Permission::ManageAudits)?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let every = e.check(
        "every_days",
        r.every_days.trim().parse::<u32>().ok().filter(|d| (1..=3660).contains(d)).ok_or("Every 1 to 3660 days."),
    );
    let lead = match r.lead_days.trim() {
        "" => Some(0),
        l => e.check("lead_days", l.parse::<i32>().ok().filter(|d| (0..=365).contains(d)).ok_or("0 to 365 days.")),
    };
    let trigger = match (r.kind.as_str(), every) {
        ("fixed", Some(d)) => Some(Trigger::Fixed { every_days: d }),
        ("floating", Some(d)) => Some(Trigger::Floating { every_days: d }),
        (_, Some(_)) => e.check("repeat", Err::<Trigger, _>("Choose fixed or floating.")),
        _ => None,
    };
    let first = match n.due_date.trim() {
        "" => Some(local_today(&site.timezone, now)),
        d => e.check("due_date", dates::PLANNED.parse(d, "Give a date (YYYY-MM-DD).")),
    };
    let t = it::Entity::find_by_id(n.template_id).one(&state.db).await?;
    if t.is_none() {
        e.add("template_id", "Choose a template.");
    }
    let asset_id = match n.asset_tag.trim() {
        "" => None,
        tag => match assets::by_tag(&state.db, site_id, tag).await? {
            Some(a) => Some(a.id),
            None => {
                e.add("asset_tag", "No asset with this tag on this site.");
                None
            }
        },
    };
    e.into_result()?;
    let title = match n.title.trim() {
        "" => t.map(|t| t.name).unwrap_or_default(),
        x => x.chars().take(200).collect(),
    };
    let txn = begin_write(&state.db).await?;
    let row = sc::ActiveModel {
        site_id: Set(site_id),
        template_id: Set(n.template_id),
        title: Set(title),
        rule: Set(serde_json::to_string(&trigger.unwrap()).map_err(AppError::internal)?),
        first_due: Set(first.unwrap()),
        lead_days: Set(lead.unwrap()),
        lead_id: Set(n.lead_id.or(Some(user.id))),
        team: Set(n.team.trim().chars().take(1000).collect()),
        area: Set(n.area.trim().chars().take(200).collect()),
        asset_id: Set(asset_id),
        active: Set(true),
        last_nominal_due: Set(None),
        created_by: Set(Some(user.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection_schedule.create", "inspection_schedule", row.id)
            .site(Some(site_id))
            .after(json!({"template_id": row.template_id, "rule": row.rule, "first_due": row.first_due, "lead_days": row.lead_days})),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

#[derive(Debug, Clone, Default)]
pub struct NewInspection {
    pub template_id: i64,
    pub title: String,
    pub due_date: String,
    pub lead_id: Option<i64>,
    pub team: String,
    pub area: String,
    pub asset_tag: String,
}

/// Schedules a one-off audit or inspection on a site with the template's published version.
pub async fn schedule(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    n: NewInspection,
) -> Result<InspectionDto, AppError> {
    let now = state.now();
    need(state, user, Target::Site(site_id), Permission::ManageAudits)?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let published = iv::Entity::find()
        .filter(iv::Column::TemplateId.eq(n.template_id))
        .filter(iv::Column::State.eq(VersionState::Published.as_str()))
        .one(&state.db)
        .await?;
    if published.is_none() {
        e.add("template_id", "Choose a template with a published version.");
    }
    let t = it::Entity::find_by_id(n.template_id).one(&state.db).await?;
    let title = match n.title.trim() {
        "" => t.as_ref().map(|t| t.name.clone()).unwrap_or_default(),
        x => x.chars().take(200).collect(),
    };
    let due = match n.due_date.trim() {
        "" => Some(local_today(&site.timezone, now)),
        d => e.check("due_date", dates::PLANNED.parse(d, "Give a date (YYYY-MM-DD).")),
    };
    let asset_id = match n.asset_tag.trim() {
        "" => None,
        tag => match assets::by_tag(&state.db, site_id, tag).await? {
            Some(a) => Some(a.id),
            None => {
                e.add("asset_tag", "No asset with this tag on this site.");
                None
            }
        },
    };
    if let Some(l) = n.lead_id
        && !crate::services::access::permitted_people(state, site_id, Permission::RunAudits)
            .await?
            .iter()
            .any(|p| p.id == l)
    {
        e.add("lead_id", "The lead auditor must be able to run audits on this site.");
    }
    e.into_result()?;
    let v = published.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let row = ins::ActiveModel {
        site_id: Set(site_id),
        version_id: Set(v.id),
        title: Set(title),
        status: Set("scheduled".into()),
        due_date: Set(due.unwrap()),
        lead_id: Set(n.lead_id.or(Some(user.id))),
        team: Set(n.team.trim().chars().take(1000).collect()),
        asset_id: Set(asset_id),
        area: Set(n.area.trim().chars().take(200).collect()),
        score: Set(None),
        passed: Set(None),
        signed_by: Set(None),
        signed_at: Set(None),
        auditee_name: Set(String::new()),
        auditee_signed_by: Set(None),
        started_at: Set(None),
        completed_at: Set(None),
        schedule_id: Set(None),
        nominal_due: Set(None),
        created_by: Set(Some(user.id)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.schedule", "inspection", row.id)
            .site(Some(site_id))
            .after(json!({"title": row.title, "version_id": v.id, "due_date": row.due_date})),
    )
    .await?;
    txn.commit().await?;
    Ok(dtos(state, vec![row]).await?.remove(0))
}

pub async fn answers_of(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<ia::Model>, AppError> {
    Ok(ia::Entity::find().filter(ia::Column::InspectionId.is_in(ids.iter().copied())).all(conn).await?)
}

pub fn answer_list(items: &[Item], answers: &[ia::Model]) -> Vec<Option<Answer>> {
    let mut out: Vec<Option<Answer>> = vec![None; items.len()];
    for a in answers {
        if let Some(slot) = out.get_mut(a.item_index as usize) {
            *slot = serde_json::from_str(&a.answer).ok();
        }
    }
    out
}

pub async fn dtos(state: &AppState, rows: Vec<ins::Model>) -> Result<Vec<InspectionDto>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let answers = answers_of(&state.db, &ids).await?;
    let vids: Vec<i64> = rows.iter().map(|r| r.version_id).collect();
    let versions: HashMap<i64, iv::Model> = iv::Entity::find()
        .filter(iv::Column::Id.is_in(vids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    let tids: Vec<i64> = versions.values().map(|v| v.template_id).collect();
    let names: HashMap<i64, String> = it::Entity::find()
        .filter(it::Column::Id.is_in(tids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let mut people: Vec<i64> = rows.iter().flat_map(|r| [r.lead_id, r.signed_by]).flatten().collect();
    people.sort();
    people.dedup();
    let who: HashMap<i64, String> =
        users::by_ids(&state.db, &people).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let v = versions.get(&r.version_id);
            let items = v.map(items_of).unwrap_or_default();
            let mine: Vec<ia::Model> = answers.iter().filter(|a| a.inspection_id == r.id).cloned().collect();
            let s = score(&items, &answer_list(&items, &mine), v.map(|v| v.pass_mark).unwrap_or(100.0));
            InspectionDto {
                id: r.id,
                site_id: r.site_id,
                title: r.title,
                status: r.status,
                due_date: r.due_date,
                lead_name: r.lead_id.and_then(|l| who.get(&l).cloned()).unwrap_or_default(),
                team: r.team,
                area: r.area,
                asset_id: r.asset_id,
                template_name: v.and_then(|v| names.get(&v.template_id).cloned()).unwrap_or_default(),
                version: v.map(|v| v.version).unwrap_or(0),
                score: s.percent.map(domain::kpi::round2),
                passed: r.passed,
                critical_failed: s.critical_failed,
                answered: s.answered as i32,
                total: s.total as i32,
                signed_by: r.signed_by.and_then(|l| who.get(&l).cloned()).unwrap_or_default(),
                signed_at: r.signed_at,
                auditee_name: r.auditee_name,
            }
        })
        .collect())
}

/// A site's audits and inspections: open ones by due date, or the done ones, newest first.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    done: bool,
) -> Result<Vec<InspectionDto>, AppError> {
    need(state, user, Target::Site(site_id), Permission::ViewAudits)?;
    let q = ins::Entity::find().filter(ins::Column::SiteId.eq(site_id));
    let rows = if done {
        q.filter(ins::Column::Status.eq("done"))
            .order_by_desc(ins::Column::CompletedAt)
            .limit(100)
            .all(&state.db)
            .await?
    } else {
        q.filter(ins::Column::Status.ne("done")).order_by_asc(ins::Column::DueDate).limit(100).all(&state.db).await?
    };
    dtos(state, rows).await
}

/// The audits and inspections `user` leads on the site that are not done, soonest due first.
pub async fn led_by(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    limit: u64,
) -> Result<Vec<InspectionDto>, AppError> {
    need(state, user, Target::Site(site_id), Permission::ViewAudits)?;
    let rows = ins::Entity::find()
        .filter(ins::Column::SiteId.eq(site_id))
        .filter(ins::Column::LeadId.eq(user.id))
        .filter(ins::Column::Status.ne("done"))
        .order_by_asc(ins::Column::DueDate)
        .limit(limit)
        .all(&state.db)
        .await?;
    dtos(state, rows).await
}

pub async fn findings_of(state: &AppState, inspection_ids: &[i64]) -> Result<Vec<FindingDto>, AppError> {
    let rows = fi::Entity::find()
        .filter(fi::Column::InspectionId.is_in(inspection_ids.iter().copied()))
        .order_by_asc(fi::Column::Id)
        .all(&state.db)
        .await?;
    let capas: HashMap<i64, ca::Model> = ca::Entity::find()
        .filter(ca::Column::Id.is_in(rows.iter().filter_map(|f| f.capa_id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let wos: HashMap<i64, wo::Model> = wo::Entity::find()
        .filter(wo::Column::Id.is_in(rows.iter().filter_map(|f| f.work_order_id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|w| (w.id, w))
        .collect();
    let owner_ids: Vec<i64> = capas.values().map(|c| c.owner_id).collect();
    let owners: HashMap<i64, String> =
        users::by_ids(&state.db, &owner_ids).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    Ok(rows
        .into_iter()
        .map(|f| {
            let capa = f.capa_id.and_then(|c| capas.get(&c));
            let wo = f.work_order_id.and_then(|w| wos.get(&w));
            FindingDto {
                id: f.id,
                inspection_id: f.inspection_id,
                item_index: f.item_index,
                capa_status: capa.map(|c| c.status.clone()).unwrap_or_default(),
                work_order_status: wo.map(|w| w.status.clone()).unwrap_or_default(),
                action_owner: capa.and_then(|c| owners.get(&c.owner_id).cloned()).unwrap_or_default(),
                action_due: capa.map(|c| c.due_date).or_else(|| wo.and_then(|w| w.due_date)),
                grade: f.grade,
                title: f.title,
                description: f.description,
                clauses: f.clauses,
                root_cause: f.root_cause,
                status: f.status,
                capa_id: f.capa_id,
                work_order_id: f.work_order_id,
            }
        })
        .collect())
}

/// An audit with its items, answers, score, findings and photos.
pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<InspectionDetail, AppError> {
    let today = state.today();
    let r = access::inspection(state, user, id, Permission::ViewAudits).await?;
    let v = iv::Entity::find_by_id(r.version_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let answers = answers_of(&state.db, &[r.id]).await?;
    let findings = findings_of(state, &[r.id]).await?;
    let photos = crate::services::files::ids_for_owners(state, "inspection", &[r.id]).await?;
    let item_photos = ip::Entity::find().filter(ip::Column::InspectionId.eq(r.id)).all(&state.db).await?;
    let site = r.site_id;
    let open = r.status != "done";
    Ok(InspectionDetail {
        items: items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let a = answers.iter().find(|a| a.item_index == i as i32);
                let parsed: Option<Answer> = a.and_then(|a| serde_json::from_str(&a.answer).ok());
                RunItemDto {
                    item: item_dto(i, item),
                    failed: parsed.as_ref().is_some_and(|p| failed(&item.kind, p)),
                    answer: parsed.as_ref().map(answer_code),
                    note: a.map(|a| a.note.clone()).unwrap_or_default(),
                    finding_id: findings.iter().find(|f| f.item_index == Some(i as i32)).map(|f| f.id),
                    photo_ids: item_photos
                        .iter()
                        .filter(|p| p.item_index == Some(i as i32))
                        .map(|p| p.attachment_id)
                        .collect(),
                }
            })
            .collect(),
        findings,
        photo_ids: photos.get(&r.id).cloned().unwrap_or_default(),
        can_run: open && user.can(Target::Site(site), Permission::RunAudits, today),
        can_manage: user.can(Target::Site(site), Permission::ManageAudits, today),
        inspection: dtos(state, vec![r]).await?.remove(0),
    })
}

/// Saves one answer (and its note) at once, so a dropped connection loses nothing; the audit
/// starts with its first answer.
pub async fn answer(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    item_index: i32,
    raw: &str,
    note: &str,
) -> Result<RunItemDto, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    if r.status == "done" {
        return Err(AppError::Conflict("This audit is signed off; its answers no longer change.".into()));
    }
    let v = iv::Entity::find_by_id(r.version_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let item = items.get(item_index as usize).ok_or(AppError::NotFound)?;
    let a = parse_answer(&item.kind, raw).map_err(|e| AppError::validation("value", e.to_string()))?;
    if note.chars().count() > 2000 {
        return Err(AppError::validation("note", "Use at most 2000 characters."));
    }
    let txn = begin_write(&state.db).await?;
    let existing = ia::Entity::find()
        .filter(ia::Column::InspectionId.eq(r.id))
        .filter(ia::Column::ItemIndex.eq(item_index))
        .one(&txn)
        .await?;
    let before = existing.as_ref().map(|e| e.answer.clone());
    let json_answer = serde_json::to_string(&a).map_err(AppError::internal)?;
    match existing {
        Some(e) => {
            let mut am: ia::ActiveModel = e.into();
            am.answer = Set(json_answer);
            am.note = Set(note.trim().into());
            am.answered_by = Set(Some(user.id));
            am.answered_at = Set(now);
            am.update(&txn).await?;
        }
        None => {
            ia::ActiveModel {
                inspection_id: Set(r.id),
                item_index: Set(item_index),
                answer: Set(json_answer),
                note: Set(note.trim().into()),
                answered_by: Set(Some(user.id)),
                answered_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    if r.status == "scheduled" {
        let mut am: ins::ActiveModel = r.clone().into();
        am.status = Set("in_progress".into());
        am.started_at = Set(Some(now));
        am.updated_at = Set(now);
        am.update(&txn).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.answer", "inspection", r.id)
            .site(Some(r.site_id))
            .before(before.map(|b| json!({"item": item_index, "answer": b})))
            .after(json!({"item": item_index, "answer": answer_code(&a)})),
    )
    .await?;
    txn.commit().await?;
    Ok(RunItemDto {
        item: item_dto(item_index as usize, item),
        failed: failed(&item.kind, &a),
        answer: Some(answer_code(&a)),
        note: note.trim().into(),
        finding_id: None,
        photo_ids: vec![],
    })
}

/// A photo taken during an audit, for one item (a photo item is answered by it) or the audit.
pub async fn add_photo(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    item_index: Option<i32>,
    photo: &crate::services::files::Photo,
) -> Result<i64, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    if r.status == "done" {
        return Err(AppError::Conflict("This audit is signed off.".into()));
    }
    let v = iv::Entity::find_by_id(r.version_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let item = match item_index {
        Some(i) => Some(items.get(i as usize).ok_or_else(|| AppError::validation("item_index", "No such item."))?),
        None => None,
    };
    let att = crate::services::files::store(state, &user.actor(), (r.site_id, "inspection", r.id), photo).await?;
    let txn = begin_write(&state.db).await?;
    ip::ActiveModel {
        inspection_id: Set(r.id),
        item_index: Set(item_index),
        attachment_id: Set(att.id),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.photo", "inspection", r.id)
            .site(Some(r.site_id))
            .after(json!({"item": item_index, "attachment_id": att.id})),
    )
    .await?;
    txn.commit().await?;
    if item.is_some_and(|i| i.kind == ItemKind::Photo) {
        answer(state, user, id, item_index.unwrap_or(0), &format!("photo:{}", att.id), "").await?;
    }
    Ok(att.id)
}

/// Raises a finding, from a failed item (pre-filled from it) or on its own.
pub async fn raise_finding(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    item_index: Option<i32>,
    grade: &str,
    title: &str,
    description: &str,
) -> Result<FindingDto, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    let v = iv::Entity::find_by_id(r.version_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let item = match item_index {
        Some(i) => Some(items.get(i as usize).ok_or(AppError::NotFound)?),
        None => None,
    };
    let mut e = FieldErrors::new();
    // grading a nonconformity is ManageAudits; whoever runs the audit may record the rest
    let may_grade = user.can(Target::Site(r.site_id), Permission::ManageAudits, now.date_naive());
    let grade = match grade.trim() {
        "" if !may_grade => Some(Grade::Observation),
        "" => Some(Grade::proposed(item.is_some_and(|i| i.critical))),
        g => e.check("grade", Grade::parse(g).ok_or("Choose a grade.")),
    };
    if grade.is_some_and(Grade::is_nonconformity) && !may_grade {
        return Err(AppError::Forbidden);
    }
    let title = match (title.trim(), item) {
        ("", Some(i)) => Some(i.text.chars().take(200).collect()),
        (t, _) => e.check("title", required_text(t, 200)),
    };
    if description.chars().count() > 5000 {
        e.add("description", "Use at most 5000 characters.");
    }
    e.into_result()?;
    let txn = begin_write(&state.db).await?;
    let f = fi::ActiveModel {
        site_id: Set(r.site_id),
        inspection_id: Set(r.id),
        item_index: Set(item_index),
        grade: Set(grade.unwrap().as_str().into()),
        title: Set(title.unwrap()),
        description: Set(description.trim().into()),
        clauses: Set(item.map(|i| i.clauses.join("; ")).unwrap_or_default()),
        root_cause: Set(String::new()),
        status: Set("open".into()),
        capa_id: Set(None),
        work_order_id: Set(None),
        created_by: Set(Some(user.id)),
        created_at: Set(now),
        closed_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("finding.raise", "finding", f.id)
            .site(Some(r.site_id))
            .after(json!({"inspection_id": r.id, "item": item_index, "grade": f.grade, "title": f.title})),
    )
    .await?;
    txn.commit().await?;
    findings_of(state, &[r.id]).await?.into_iter().find(|x| x.id == f.id).ok_or(AppError::NotFound)
}

/// People who can lead an audit on a site.
pub async fn leads(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
) -> Result<Vec<contract::dto::maintenance::PersonDto>, AppError> {
    need(state, user, Target::Site(site_id), Permission::ManageAudits)?;
    crate::services::access::permitted_people(state, site_id, Permission::RunAudits).await
}
