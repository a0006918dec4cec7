//! CAPA actions, shared by investigations (and later audit findings): created against a source
//! record, worked by their owner, checked for effectiveness by someone else; one can open a
//! maintenance work order linked both ways.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::DatabaseTransaction;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::capa_action as ca;
use crate::repo::{capa as capa_repo, grants, safety as safety_repo, users};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::safety::CapaDto;
use contract::error::AppError;
use domain::authz::{Permission, Role, Target};
use domain::capa::{CapaKind, CapaStatus};
use domain::dates;
use domain::validation::{FieldErrors, required_text};

pub async fn to_dtos(state: &AppState, user: &CurrentUser, rows: Vec<ca::Model>) -> Result<Vec<CapaDto>, AppError> {
    let mut ids: Vec<i64> = rows.iter().flat_map(|r| [Some(r.owner_id), r.verified_by]).flatten().collect();
    ids.sort();
    ids.dedup();
    let names: HashMap<i64, String> =
        users::by_ids(&state.db, &ids).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    let todays = crate::services::calendar::todays_for(state, user).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let status = CapaStatus::parse(&r.status).unwrap_or(CapaStatus::Open);
            let today = todays.get(&r.site_id).copied().unwrap_or_else(|| state.today());
            CapaDto {
                id: r.id,
                site_id: r.site_id,
                source_type: r.source_type,
                source_id: r.source_id,
                kind: r.kind,
                title: r.title,
                description: r.description,
                owner_id: r.owner_id,
                owner_name: names.get(&r.owner_id).cloned().unwrap_or_default(),
                due_date: r.due_date,
                status: r.status,
                evidence: r.evidence,
                completed_at: r.completed_at,
                verified_by_name: r.verified_by.and_then(|v| names.get(&v).cloned()).unwrap_or_default(),
                verified_at: r.verified_at,
                effectiveness_note: r.effectiveness_note,
                work_order_id: r.work_order_id,
                overdue: status.is_open() && r.due_date < today,
            }
        })
        .collect())
}

/// The actions raised by one source record, oldest first.
pub async fn for_source(
    state: &AppState,
    user: &CurrentUser,
    source_type: &str,
    source_id: i64,
) -> Result<Vec<CapaDto>, AppError> {
    let rows = capa_repo::for_source(&state.db, source_type, source_id).await?;
    to_dtos(state, user, rows).await
}

/// A site's actions (open ones only, or all), by due date; someone without `ManageCapa` sees
/// the actions they own.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    open_only: bool,
) -> Result<Vec<CapaDto>, AppError> {
    let today = state.today();
    Caller::User(user).require(Target::Site(site_id), Permission::ViewSite, today)?;
    let owner = (!user.can(Target::Site(site_id), Permission::ManageCapa, today)).then_some(user.id);
    let rows = capa_repo::for_site_by_due(&state.db, site_id, owner, open_only, 500).await?;
    to_dtos(state, user, rows).await
}

pub async fn get(state: &AppState, user: &CurrentUser, id: i64) -> Result<CapaDto, AppError> {
    let r = capa_repo::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if r.owner_id != user.id {
        Caller::User(user).require(Target::Site(r.site_id), Permission::ManageCapa, state.today())?;
    }
    one_dto(state, user, r).await
}

#[derive(Debug, Clone, Default)]
pub struct NewCapa {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub owner_id: Option<i64>,
    pub due_date: String,
}

/// The site and the record an action is raised against, checked to exist.
async fn source_site(state: &AppState, source_type: &str, source_id: i64) -> Result<i64, AppError> {
    match source_type {
        "investigation" => {
            Ok(safety_repo::investigation_by_id(&state.db, source_id).await?.ok_or(AppError::NotFound)?.site_id)
        }
        "finding" => crate::services::access::site_of_finding(state, source_id).await,
        _ => Err(AppError::validation("source_type", "Actions are raised from an investigation or a finding.")),
    }
}

/// An action checked and ready to be written.
pub struct ValidCapa {
    site_id: i64,
    source_type: &'static str,
    source_id: i64,
    kind: CapaKind,
    title: String,
    description: String,
    owner_id: i64,
    due_date: NaiveDate,
}

/// Checks an action raised against a source record, adding its field messages to `e` (which
/// may already hold the caller's): the action, or every message for the form.
pub async fn check(
    state: &AppState,
    user: &CurrentUser,
    (source_type, source_id): (&'static str, i64),
    input: NewCapa,
    mut e: FieldErrors,
) -> Result<ValidCapa, AppError> {
    let site_id = source_site(state, source_type, source_id).await?;
    let today = state.today();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCapa, today)?;
    let kind = e.check("kind", CapaKind::parse(&input.kind).ok_or("Choose immediate, corrective or preventive."));
    let title = e.check("title", required_text(&input.title, 200));
    if input.description.chars().count() > 10_000 {
        e.add("description", "Use at most 10000 characters.");
    }
    let site_today = crate::services::calendar::today_on(state, site_id).await?;
    let due = e.check("due_date", dates::new_due(&input.due_date, site_today, "Give a due date (YYYY-MM-DD)."));
    let owner = match input.owner_id {
        None => e.check("owner_id", Err::<i64, _>("Choose who owns the action.")),
        Some(o) => {
            let held = grants::for_user(&state.db, o).await?;
            let ok = held
                .iter()
                .filter_map(grants::to_domain)
                .any(|g| g.active_on(today) && g.covers(site_id) && g.role != Role::Auditor);
            e.check("owner_id", if ok { Ok(o) } else { Err("That person does not work on this site.") })
        }
    };
    match (kind, title, due, owner) {
        (Some(kind), Some(title), Some(due_date), Some(owner_id)) if e.is_empty() => Ok(ValidCapa {
            site_id,
            source_type,
            source_id,
            kind,
            title,
            description: input.description.trim().into(),
            owner_id,
            due_date,
        }),
        _ => Err(e.into()),
    }
}

/// Writes a checked action and its audit event inside the caller's transaction.
pub async fn insert_in(
    txn: &DatabaseTransaction,
    user: &CurrentUser,
    v: ValidCapa,
    now: DateTime<Utc>,
) -> Result<ca::Model, AppError> {
    let row = capa_repo::insert(
        txn,
        capa_repo::NewAction {
            site_id: v.site_id,
            source_type: v.source_type.into(),
            source_id: v.source_id,
            kind: v.kind.as_str().into(),
            title: v.title,
            description: v.description,
            owner_id: v.owner_id,
            due_date: v.due_date,
            created_by: Some(user.id),
        },
        now,
    )
    .await?;
    audit::record(
        txn,
        &user.actor(),
        now,
        Change::new("capa.create", "capa_action", row.id).site(Some(v.site_id)).after(json!({
            "source": format!("{}:{}", v.source_type, v.source_id), "kind": row.kind, "title": row.title,
            "owner_id": row.owner_id, "due_date": row.due_date})),
    )
    .await?;
    Ok(row)
}

/// Raises an action against a source record.
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    source: (&'static str, i64),
    input: NewCapa,
) -> Result<CapaDto, AppError> {
    let valid = check(state, user, source, input, FieldErrors::new()).await?;
    let txn = begin_write(&state.db).await?;
    let row = insert_in(&txn, user, valid, state.now()).await?;
    txn.commit().await?;
    one_dto(state, user, row).await
}

async fn one_dto(state: &AppState, user: &CurrentUser, row: ca::Model) -> Result<CapaDto, AppError> {
    to_dtos(state, user, vec![row]).await?.into_iter().next().ok_or(AppError::NotFound)
}

/// The action a work order was raised for, to link back from the work order page.
pub async fn for_work_order(state: &AppState, wo_id: i64) -> Result<Option<i64>, AppError> {
    Ok(capa_repo::id_for_work_order(&state.db, wo_id).await?)
}

/// People who can own an action on a site (everyone working there; not auditors).
pub async fn owners(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
) -> Result<Vec<contract::dto::maintenance::PersonDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCapa, state.today())?;
    crate::services::access::permitted_people(state, site_id, Permission::ReportSafetyEvent).await
}
