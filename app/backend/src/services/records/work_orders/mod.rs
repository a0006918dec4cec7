//! Work orders: create, report a problem, list, "my work", detail, status changes, checklist
//! answers, time, parts, failure codes, completion with an e-signature, follow-ups.
pub mod downtime;

use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::wo_step;
use crate::repo::work_orders::{self as repo, Line, NewWorkOrder, WorkOrder};
use crate::repo::{assets, paging, parts, users};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::todays_for;
use crate::state::AppState;
use contract::dto::maintenance::{
    DowntimeReasonDto, PartDto, PersonDto, SignoffDto, StepDto, WorkOrderDetail, WorkOrderPage, WorkOrderSummary,
};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::checklist::{Answer, StepDef, StepKind};
use domain::dates;
use domain::stock;
use domain::validation::{FieldErrors, required_lines, required_text};
use domain::work_order::{Asker, Priority, WorkOrderStatus, WorkOrderType, next_statuses, transition};

fn summary(l: &Line, today: Option<NaiveDate>) -> WorkOrderSummary {
    let status = WorkOrderStatus::parse(&l.status).unwrap_or(WorkOrderStatus::Open);
    WorkOrderSummary {
        id: l.id,
        site_id: l.site_id,
        title: l.title.clone(),
        wo_type: WorkOrderType::parse(&l.wo_type).unwrap_or(WorkOrderType::Corrective),
        priority: Priority::parse(&l.priority).unwrap_or(Priority::Medium),
        status,
        due_date: l.due_date,
        asset_id: l.asset_id,
        asset_tag: l.asset_tag.clone(),
        asset_name: l.asset_name.clone(),
        overdue: status.is_open() && matches!((l.due_date, today), (Some(d), Some(t)) if d < t),
    }
}

fn summaries(lines: &[Line], today: &HashMap<i64, NaiveDate>) -> Vec<WorkOrderSummary> {
    lines.iter().map(|l| summary(l, today.get(&l.site_id).copied())).collect()
}

pub fn status_of(wo: &WorkOrder) -> WorkOrderStatus {
    WorkOrderStatus::parse(&wo.status).unwrap_or(WorkOrderStatus::Open)
}

pub fn audit_json(wo: &WorkOrder) -> serde_json::Value {
    json!({
        "title": wo.title, "type": wo.wo_type, "priority": wo.priority, "status": wo.status,
        "due_date": wo.due_date, "asset_id": wo.asset_id, "status_reason": wo.status_reason,
    })
}

pub struct NewWorkOrderInput {
    pub site_id: i64,
    pub asset_id: Option<i64>,
    pub wo_type: String,
    pub priority: String,
    pub title: String,
    pub description: String,
    pub due_date: Option<String>,
    pub assignee_ids: Vec<i64>,
    pub estimated_minutes: Option<String>,
    pub steps: Vec<StepDef>,
    pub parent_id: Option<i64>,
}

/// An optional due date for a new work order: today on the site's calendar or later.
fn parse_due(raw: Option<&str>, site_today: NaiveDate, e: &mut FieldErrors) -> Option<NaiveDate> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s) => e.check("due_date", dates::new_due(s, site_today, "Use a date like 2026-12-31.")),
    }
}

/// Creates a work order (technicians, managers, administrators of the site).
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    input: NewWorkOrderInput,
) -> Result<WorkOrderDetail, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(input.site_id), Permission::CreateWorkOrder, now.date_naive())?;
    let mut e = FieldErrors::new();
    let title = e.check("title", required_text(&input.title, 200));
    let wo_type = e.check("wo_type", WorkOrderType::parse(&input.wo_type).ok_or("Choose a type."));
    let priority = e.check("priority", Priority::parse(&input.priority).ok_or("Choose a priority."));
    let site_today = crate::services::calendar::today_on(state, input.site_id).await?;
    let due = parse_due(input.due_date.as_deref(), site_today, &mut e);
    let minutes = match input.estimated_minutes.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Some(0),
        Some(m) => e.check(
            "estimated_minutes",
            m.parse::<i32>().ok().filter(|m| (0..=100_000).contains(m)).ok_or("Enter minutes as a whole number."),
        ),
    };
    if input.description.chars().count() > 10_000 {
        e.add("description", "Use at most 10000 characters.");
    }
    if let Some(aid) = input.asset_id {
        match assets::by_id(&state.db, aid).await? {
            Some(a) if a.site_id == input.site_id => {}
            _ => e.add("asset_id", "No such asset on this site."),
        }
    }
    let people = users::by_ids(&state.db, &input.assignee_ids).await?;
    let today = now.date_naive();
    for id in &input.assignee_ids {
        let ok = people.iter().find(|p| p.id == *id).is_some_and(|p| p.active);
        let grants = crate::services::access::grant_list(&state.db, *id).await?;
        if !ok || !domain::authz::permits(&grants, Target::Site(input.site_id), Permission::WorkOnWorkOrder, today) {
            e.add("assignees", "Assign people who can work on this site's work orders.");
        }
    }
    let (wo_type, priority, title) = e.finish((wo_type, priority, title))?;
    let txn = begin_write(&state.db).await?;
    let wo = repo::insert(
        &txn,
        NewWorkOrder {
            site_id: input.site_id,
            asset_id: input.asset_id,
            wo_type: wo_type.as_str().into(),
            priority: priority.as_str().into(),
            status: WorkOrderStatus::Open.as_str().into(),
            title,
            description: input.description.trim().to_string(),
            due_date: due,
            assigned_role: None,
            schedule_id: None,
            parent_id: input.parent_id,
            requested_by: None,
            reporter_name: String::new(),
            estimated_minutes: minutes.unwrap_or(0),
            created_by: Some(user.id),
        },
        now,
    )
    .await?;
    repo::set_assignees(&txn, &wo, &input.assignee_ids).await?;
    repo::insert_steps(&txn, wo.id, &input.steps).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.create", "work_order", wo.id)
            .site(Some(wo.site_id))
            .after(json!({"work_order": audit_json(&wo), "assignees": input.assignee_ids})),
    )
    .await?;
    txn.commit().await?;
    detail(state, user, wo.id).await
}

/// "My work": open work assigned to the user on their sites, overdue first, then due today,
/// then the rest.
pub async fn my_work(
    state: &AppState,
    user: &CurrentUser,
    site_id: Option<i64>,
    page: i64,
    per_page: i64,
) -> Result<WorkOrderPage, AppError> {
    if let Some(s) = site_id {
        Caller::User(user).require(Target::Site(s), Permission::ViewMaintenance, state.today())?;
    }
    let (offset, limit) = paging(page, per_page);
    let (lines, total) = repo::my_work(&state.db, user.id, site_id, offset, limit).await?;
    let today = todays_for(state, user).await?;
    // a grant that ended hides that site's work
    let lines: Vec<Line> = lines
        .into_iter()
        .filter(|l| user.can(Target::Site(l.site_id), Permission::ViewMaintenance, state.today()))
        .collect();
    Ok(WorkOrderPage { items: summaries(&lines, &today), total, page: page.max(1), per_page: limit as i64 })
}

pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    filter: repo::Filter,
    page: i64,
    per_page: i64,
) -> Result<WorkOrderPage, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let (offset, limit) = paging(page, per_page);
    let (lines, total) = repo::list(&state.db, site_id, &filter, offset, limit).await?;
    let today = todays_for(state, user).await?;
    Ok(WorkOrderPage { items: summaries(&lines, &today), total, page: page.max(1), per_page: limit as i64 })
}

/// Work order lines read elsewhere (an asset's page), as the user's list shows them.
pub async fn summaries_for(
    state: &AppState,
    user: &CurrentUser,
    lines: &[Line],
) -> Result<Vec<WorkOrderSummary>, AppError> {
    Ok(summaries(lines, &todays_for(state, user).await?))
}

pub fn step_dto(s: &wo_step::Model) -> StepDto {
    StepDto {
        id: s.id,
        position: s.position,
        title: s.title.clone(),
        kind: serde_json::from_str(&s.kind_json).unwrap_or(StepKind::Checkbox),
        required: s.required,
        answer: s.answer_json.as_deref().and_then(|a| serde_json::from_str(a).ok()),
        note: s.note.clone(),
        passed: s.passed,
        answered_at: s.answered_at,
    }
}

pub fn step_def(s: &wo_step::Model) -> StepDef {
    StepDef {
        title: s.title.clone(),
        kind: serde_json::from_str(&s.kind_json).unwrap_or(StepKind::Checkbox),
        required: s.required,
    }
}

pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<WorkOrderDetail, AppError> {
    read(state, user, id, None).await
}

/// How many of its site's parts a work order's page offers at most; beyond, the person searches.
pub const PART_CHOICES: usize = 50;

/// The work order as its page shows it: [`detail`] and the parts of its site to choose from (where
/// the person may add parts to it), read with the rest: the first [`PART_CHOICES`] by code whose
/// code or name contains `part_search` (blank: any).
pub async fn page(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    part_search: &str,
) -> Result<WorkOrderDetail, AppError> {
    read(state, user, id, Some(part_search)).await
}

async fn read(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    part_search: Option<&str>,
) -> Result<WorkOrderDetail, AppError> {
    let pattern = part_search.map(|q| crate::repo::contains_pattern(q).unwrap_or_default());
    // one more part than shown, to know there are more
    let choices = pattern.as_deref().map(|p| (p, PART_CHOICES as u64 + 1));
    let (wo, mut s) = repo::with_sections(&state.db, id, choices).await?.ok_or(AppError::NotFound)?;
    access::may_see_work_order(state, user, &wo)?;
    let site = Target::Site(wo.site_id);
    let asker = Asker { is_manager: user.can(site, Permission::SuperviseWork, state.today()) };
    let can_work = user.can(site, Permission::WorkOnWorkOrder, state.today());
    let status = status_of(&wo);
    // the stop reasons and the parts to add are offered only to those who may work on it
    if !can_work {
        s.reasons.clear();
        s.part_choices.clear();
    }
    let more_parts = s.part_choices.len() > PART_CHOICES;
    s.part_choices.truncate(PART_CHOICES);
    let today = todays_for(state, user).await?;
    let asset = s.asset.as_ref();
    let line = Line {
        id: wo.id,
        site_id: wo.site_id,
        title: wo.title.clone(),
        wo_type: wo.wo_type.clone(),
        priority: wo.priority.clone(),
        status: wo.status.clone(),
        due_date: wo.due_date,
        asset_id: wo.asset_id,
        asset_tag: asset.map(|a| a.0.clone()),
        asset_name: asset.map(|a| a.1.clone()),
    };
    let next = if can_work || asker.is_manager {
        next_statuses(status, asker)
            .into_iter()
            .filter(|s| *s != WorkOrderStatus::Done) // done only through completion with sign-off
            .filter(|_| asker.is_manager || status != WorkOrderStatus::Requested)
            .collect()
    } else {
        vec![]
    };
    Ok(WorkOrderDetail {
        summary: summary(&line, today.get(&wo.site_id).copied()),
        description: wo.description.clone(),
        asset_energy_control: asset.map(|a| a.2.clone()).unwrap_or_default(),
        asset_safety_notes: asset.map(|a| a.3.clone()).unwrap_or_default(),
        assignees: s.people,
        assigned_role: wo.assigned_role.clone(),
        schedule_id: wo.schedule_id,
        parent_id: wo.parent_id,
        reporter: wo.reporter_name.clone(),
        failure_problem: wo.failure_problem.clone(),
        failure_cause: wo.failure_cause.clone(),
        failure_remedy: wo.failure_remedy.clone(),
        estimated_minutes: wo.estimated_minutes,
        status_reason: wo.status_reason.clone(),
        created_at: wo.created_at,
        started_at: wo.started_at,
        completed_at: wo.completed_at,
        steps: s.steps.iter().map(step_dto).collect(),
        time: s.time,
        notes: s.notes,
        parts: s.parts_used,
        signoffs: s
            .signoffs
            .into_iter()
            .map(|(printed_name, meaning, signed_at)| SignoffDto { printed_name, meaning, signed_at })
            .collect(),
        downtime: s.downtime.iter().map(downtime::to_dto).collect(),
        photo_ids: s.photo_ids,
        downtime_reasons: s
            .reasons
            .into_iter()
            .map(|r| DowntimeReasonDto { id: r.id, code: r.code, name: r.name, kind: r.kind, active: r.active })
            .collect(),
        part_choices: s
            .part_choices
            .into_iter()
            .map(|p| PartDto { id: p.id, code: p.code, name: p.name, unit: p.unit, on_hand: p.on_hand })
            .collect(),
        more_part_choices: more_parts,
        next_statuses: next,
        can_work,
        can_assign: asker.is_manager && status.takes_work(),
    })
}

/// Moves a work order through its status machine (all but completion, which needs a sign-off).
pub async fn change_status(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    to: &str,
    reason: Option<String>,
) -> Result<WorkOrderDetail, AppError> {
    let now = state.now();
    let wo = access::work_order(state, user, id).await?;
    let site = Target::Site(wo.site_id);
    let to = WorkOrderStatus::parse(to).ok_or_else(|| AppError::validation("status", "Unknown status."))?;
    let from = status_of(&wo);
    let asker = Asker { is_manager: user.can(site, Permission::SuperviseWork, now.date_naive()) };
    let needed =
        if from == WorkOrderStatus::Requested || matches!(from, WorkOrderStatus::Done | WorkOrderStatus::Cancelled) {
            Permission::SuperviseWork
        } else {
            Permission::WorkOnWorkOrder
        };
    Caller::User(user).require(site, needed, now.date_naive())?;
    if to == WorkOrderStatus::Done {
        return Err(AppError::validation("status", "Complete the work order with its sign-off."));
    }
    transition(from, to, asker, reason.as_deref()).map_err(|e| AppError::validation("status", e.to_string()))?;
    let before = audit_json(&wo);
    let mut am: crate::entities::work_order::ActiveModel = wo.clone().into();
    use sea_orm::ActiveValue::Set;
    am.status = Set(to.as_str().into());
    am.updated_at = Set(now);
    am.status_reason = Set(reason.clone().unwrap_or_default().trim().to_string());
    if to == WorkOrderStatus::InProgress && wo.started_at.is_none() {
        am.started_at = Set(Some(now));
    }
    if to == WorkOrderStatus::Open && matches!(from, WorkOrderStatus::Done | WorkOrderStatus::Cancelled) {
        am.completed_at = Set(None);
        am.completed_by = Set(None);
    }
    let txn = begin_write(&state.db).await?;
    let after = repo::save(&txn, am).await?;
    if to == WorkOrderStatus::Cancelled {
        crate::repo::reminders::settle_work_order(&txn, id, now).await?;
    }
    let action = match (from, to) {
        (WorkOrderStatus::Requested, WorkOrderStatus::Open) => "work_order.approve",
        (WorkOrderStatus::Requested, WorkOrderStatus::Cancelled) => "work_order.reject",
        (WorkOrderStatus::Done | WorkOrderStatus::Cancelled, WorkOrderStatus::Open) => "work_order.reopen",
        _ => "work_order.status",
    };
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new(action, "work_order", id)
            .site(Some(after.site_id))
            .before(before)
            .after(audit_json(&after))
            .reason(reason),
    )
    .await?;
    txn.commit().await?;
    detail(state, user, id).await
}

/// Parses a form answer for a step of the given kind.
pub fn parse_answer(kind: &StepKind, raw: &str) -> Result<Answer, String> {
    let v = raw.trim();
    let number = || v.replace(',', ".").parse::<f64>().map_err(|_| "Enter a number.".to_string());
    Ok(match kind {
        StepKind::Checkbox => Answer::Checked(matches!(v, "on" | "true" | "yes" | "1" | "done")),
        StepKind::PassFail => match v {
            "pass" => Answer::Pass(true),
            "fail" => Answer::Pass(false),
            _ => return Err("Choose pass or fail.".into()),
        },
        StepKind::Number { .. } => Answer::Number(number()?),
        StepKind::Meter { .. } => Answer::Meter(number()?),
        StepKind::Text => Answer::Text(v.to_string()),
        StepKind::Photo => Answer::Photo(v.parse().map_err(|_| "Upload a photo first.".to_string())?),
        StepKind::Signature => Answer::Signature(v.to_string()),
    })
}

/// Adds a note to a work order the person works on, whatever its status: a note is what someone
/// wants on the record, also after the work order was done or cancelled (a change made offline
/// on a work order closed meanwhile, kept this way by its author).
pub async fn add_note(state: &AppState, user: &CurrentUser, wo_id: i64, body: &str) -> Result<(), AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, wo_id).await?;
    let body = required_lines(body, 4000).map_err(|m| AppError::validation("note", m))?;
    let txn = begin_write(&state.db).await?;
    let n = repo::add_note(&txn, wo.id, user.id, &body, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.note", "work_order", wo.id)
            .site(Some(wo.site_id))
            .after(json!({"note": n.id, "body": n.body})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn add_time(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    minutes: &str,
    note: &str,
) -> Result<(), AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, wo_id).await?;
    access::taking_work_of(state, user, &wo).await?;
    let minutes: i32 = minutes
        .trim()
        .parse()
        .ok()
        .filter(|m| (1..=24 * 60).contains(m))
        .ok_or_else(|| AppError::validation("minutes", "Enter minutes from 1 to 1440."))?;
    let txn = begin_write(&state.db).await?;
    let t = repo::add_time(&txn, wo.id, user.id, minutes, note.trim(), crate::operation::tapped_or(now)).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.time", "work_order", wo.id)
            .site(Some(wo.site_id))
            .after(json!({"entry": t.id, "minutes": minutes, "note": t.note})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Records a part to be taken from stock when the work order is completed.
pub async fn add_part(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    part_id: i64,
    qty: &str,
) -> Result<(), AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, wo_id).await?;
    access::taking_work_of(state, user, &wo).await?;
    let part = parts::by_id(&state.db, part_id)
        .await?
        .filter(|p| p.site_id == wo.site_id)
        .ok_or_else(|| AppError::validation("part_id", "No such part on this site."))?;
    let qty: f64 =
        qty.trim().replace(',', ".").parse().map_err(|_| AppError::validation("quantity", "Enter a quantity."))?;
    let already: f64 = repo::parts(&state.db, wo.id)
        .await?
        .iter()
        .filter(|p| p.part_id == part.id && !p.consumed)
        .map(|p| p.quantity)
        .sum();
    stock::check_quantity(qty).map_err(|e| AppError::validation("quantity", e.to_string()))?;
    stock::consume(&part.name, part.on_hand, already + qty)
        .map_err(|e| AppError::validation("quantity", e.to_string()))?;
    let txn = begin_write(&state.db).await?;
    let u = repo::add_part(&txn, wo.id, part.id, qty, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.part", "work_order", wo.id)
            .site(Some(wo.site_id))
            .after(json!({"use": u.id, "part": part.code, "quantity": qty})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn set_failure(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    problem: &str,
    cause: &str,
    remedy: &str,
) -> Result<(), AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, wo_id).await?;
    let mut e = FieldErrors::new();
    for (field, v) in [("failure_problem", problem), ("failure_cause", cause), ("failure_remedy", remedy)] {
        if v.chars().count() > 200 {
            e.add(field, "Use at most 200 characters.");
        }
    }
    e.into_result()?;
    use sea_orm::ActiveValue::Set;
    let before = json!({"problem": wo.failure_problem, "cause": wo.failure_cause, "remedy": wo.failure_remedy});
    let mut am: crate::entities::work_order::ActiveModel = wo.clone().into();
    am.failure_problem = Set(problem.trim().into());
    am.failure_cause = Set(cause.trim().into());
    am.failure_remedy = Set(remedy.trim().into());
    am.updated_at = Set(now);
    let txn = begin_write(&state.db).await?;
    repo::save(&txn, am).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.failure_codes", "work_order", wo.id)
            .site(Some(wo.site_id))
            .before(before)
            .after(json!({"problem": problem.trim(), "cause": cause.trim(), "remedy": remedy.trim()})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A further signature on a completed work order (a supervisor's "verified").
pub async fn verify(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    password: &str,
    printed_name: &str,
) -> Result<WorkOrderDetail, AppError> {
    let now = state.now();
    let wo = access::work_order(state, user, wo_id).await?;
    Caller::User(user).require(Target::Site(wo.site_id), Permission::SuperviseWork, now.date_naive())?;
    if status_of(&wo) != WorkOrderStatus::Done {
        return Err(AppError::Conflict("Only a completed work order can be verified.".into()));
    }
    let mut e = FieldErrors::new();
    let name = e.check("printed_name", required_text(printed_name, 120));
    crate::services::esign::confirm(state, user, password, "work_order.verify", "password", &mut e).await?;
    let name = e.finish(name)?;
    let txn = begin_write(&state.db).await?;
    repo::add_signoff(&txn, wo.id, user.id, &name, "verified", now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.verify", "work_order", wo.id)
            .site(Some(wo.site_id))
            .after(json!({"signature": {"printed_name": name, "meaning": "verified", "signed_at": domain::audit::canonical_time(now)}})),
    )
    .await?;
    txn.commit().await?;
    detail(state, user, wo.id).await
}

/// Opens a follow-up of a work order for something that could not be recorded on it (a change
/// made offline on a work order closed meanwhile): same site, asset and priority, assigned to
/// the person, the change in its description.
pub async fn follow_up_for(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    what: &str,
) -> Result<WorkOrderDetail, AppError> {
    let wo = access::workable_work_order(state, user, wo_id).await?;
    let what = required_lines(what, 4000).map_err(|m| AppError::validation("note", m))?;
    let first: String = what.lines().next().unwrap_or_default().chars().take(80).collect();
    let title = format!("Follow-up of #{}: {first}", wo.id);
    let description = format!("From work order #{} ({}):\n\n{what}", wo.id, wo.title);
    open_follow_up(state, user, &wo, title, description).await
}

/// A follow-up of `wo`: same site, asset and priority, assigned to the person opening it.
async fn open_follow_up(
    state: &AppState,
    user: &CurrentUser,
    wo: &WorkOrder,
    title: String,
    description: String,
) -> Result<WorkOrderDetail, AppError> {
    create(
        state,
        user,
        NewWorkOrderInput {
            site_id: wo.site_id,
            asset_id: wo.asset_id,
            wo_type: WorkOrderType::FollowUp.as_str().into(),
            priority: wo.priority.clone(),
            title,
            description,
            due_date: None,
            assignee_ids: vec![user.id],
            estimated_minutes: None,
            steps: vec![],
            parent_id: Some(wo.id),
        },
    )
    .await
}

/// A follow-up work order from a failed or out-of-limit step, linked to its parent.
pub async fn follow_up(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    step_id: i64,
) -> Result<WorkOrderDetail, AppError> {
    let wo = access::workable_work_order(state, user, wo_id).await?;
    let step = repo::step(&state.db, step_id).await?.filter(|s| s.work_order_id == wo.id).ok_or(AppError::NotFound)?;
    if step.passed != Some(false) {
        return Err(AppError::Conflict("Only a failed or out-of-limit step gets a follow-up.".into()));
    }
    let title = format!("Follow-up: {}", step.title);
    let description = format!("From work order #{} step {}: {}\n\n{}", wo.id, step.position, step.title, step.note);
    open_follow_up(state, user, &wo, title, description).await
}

/// Gives a work order to other people, or to nobody (supervisors), while it still takes work. A
/// change made offline by someone it was taken from is then refused with who has it
/// (`access::not_reassigned`).
pub async fn assign(state: &AppState, user: &CurrentUser, wo_id: i64, user_ids: Vec<i64>) -> Result<(), AppError> {
    let now = state.now();
    let wo = access::work_order(state, user, wo_id).await?;
    Caller::User(user).require(Target::Site(wo.site_id), Permission::SuperviseWork, now.date_naive())?;
    access::taking_work(&wo)?;
    let mut user_ids = user_ids;
    user_ids.sort();
    user_ids.dedup();
    for id in &user_ids {
        let grants = crate::services::access::grant_list(&state.db, *id).await?;
        if !domain::authz::permits(&grants, Target::Site(wo.site_id), Permission::WorkOnWorkOrder, now.date_naive()) {
            return Err(AppError::validation("assignees", "Assign people who can work on this site's work orders."));
        }
    }
    let before = repo::assignee_ids(&state.db, wo.id).await?;
    let txn = begin_write(&state.db).await?;
    repo::set_assignees(&txn, &wo, &user_ids).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.assign", "work_order", wo.id)
            .site(Some(wo.site_id))
            .before(json!({"assignees": before}))
            .after(json!({"assignees": user_ids})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A problem report: a work request for a manager to approve or reject. `user` is None for an
/// anonymous report through an asset's QR code (only where the site allows it).
pub async fn report_problem(
    state: &AppState,
    user: Option<&CurrentUser>,
    asset_id: i64,
    title: &str,
    description: &str,
    reporter_name: &str,
) -> Result<i64, AppError> {
    let now = state.now();
    let asset = assets::by_id(&state.db, asset_id).await?.ok_or(AppError::NotFound)?;
    let site = crate::repo::sites::by_id(&state.db, asset.site_id).await?.ok_or(AppError::NotFound)?;
    match user {
        Some(u) => Caller::User(u).require(Target::Site(asset.site_id), Permission::ReportProblem, now.date_naive())?,
        None if site.allow_anonymous_reports => {}
        None => return Err(AppError::Unauthorized),
    }
    let mut e = FieldErrors::new();
    let title = e.check("title", required_text(title, 200));
    if description.chars().count() > 4000 {
        e.add("description", "Use at most 4000 characters.");
    }
    let reporter = match user {
        Some(u) => u.display_name.clone(),
        None => e.check("reporter_name", required_text(reporter_name, 120)).unwrap_or_default(),
    };
    let title = e.finish(title)?;
    let txn = begin_write(&state.db).await?;
    let wo = repo::insert(
        &txn,
        NewWorkOrder {
            site_id: asset.site_id,
            asset_id: Some(asset.id),
            wo_type: WorkOrderType::Request.as_str().into(),
            priority: Priority::Medium.as_str().into(),
            status: WorkOrderStatus::Requested.as_str().into(),
            title,
            description: description.trim().to_string(),
            due_date: None,
            assigned_role: None,
            schedule_id: None,
            parent_id: None,
            requested_by: user.map(|u| u.id),
            reporter_name: reporter,
            estimated_minutes: 0,
            created_by: user.map(|u| u.id),
        },
        now,
    )
    .await?;
    let actor = user
        .map(|u| u.actor())
        .unwrap_or(crate::auth::Actor { user_id: None, label: format!("anonymous: {}", wo.reporter_name) });
    audit::record(
        &txn,
        &actor,
        now,
        Change::new("work_order.request", "work_order", wo.id).site(Some(wo.site_id)).after(audit_json(&wo)),
    )
    .await?;
    txn.commit().await?;
    Ok(wo.id)
}

/// Changes a work order's title, priority, due date or description (supervisors, or anyone who
/// works on it while it is not closed).
pub async fn update(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    title: Option<&str>,
    priority: Option<&str>,
    due_date: Option<&str>,
    description: Option<&str>,
) -> Result<WorkOrderDetail, AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, id).await?;
    if !status_of(&wo).is_open() {
        return Err(AppError::Conflict("A closed work order cannot be changed; reopen it first.".into()));
    }
    let mut e = FieldErrors::new();
    let title = title.and_then(|t| e.check("title", required_text(t, 200)));
    let priority =
        priority.and_then(|p| e.check("priority", Priority::parse(p).ok_or("Use low, medium, high or urgent.")));
    let due = match due_date {
        None => None,
        Some("") => Some(None),
        Some(d) => e.check("due_date", dates::PLANNED.parse(d, "Use a date like 2026-12-31.").map(Some)),
    };
    if description.is_some_and(|d| d.chars().count() > 10_000) {
        e.add("description", "Use at most 10000 characters.");
    }
    e.into_result()?;
    use sea_orm::ActiveValue::Set;
    let before = audit_json(&wo);
    let mut am: crate::entities::work_order::ActiveModel = wo.clone().into();
    if let Some(t) = title {
        am.title = Set(t);
    }
    if let Some(p) = priority {
        am.priority = Set(p.as_str().into());
    }
    if let Some(d) = due {
        am.due_date = Set(d);
    }
    if let Some(d) = description {
        am.description = Set(d.trim().to_string());
    }
    am.updated_at = Set(now);
    let txn = begin_write(&state.db).await?;
    let after = repo::save(&txn, am).await?;
    if after.due_date != wo.due_date {
        // rescheduled: reminders about the old date are settled, the new date gets its own
        crate::repo::reminders::settle_work_order(&txn, id, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.update", "work_order", id)
            .site(Some(after.site_id))
            .before(before)
            .after(audit_json(&after)),
    )
    .await?;
    txn.commit().await?;
    detail(state, user, id).await
}

/// People who can work on the site's work orders (for assignment lists).
pub async fn workers(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<PersonDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    access::permitted_people(state, site_id, Permission::WorkOnWorkOrder).await
}
