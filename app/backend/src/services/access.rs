//! Who may see or work on each kind of record: the guards every use case calls, in one place.
//! Each loads the record (404 when there is none) and answers 403 when the person may not; the
//! `may_see_*` ones check a record its caller read with the rest of its page.
//! Below the records and workflows; calls only repo, domain and the permission table.
use std::collections::HashMap;

use sea_orm::DatabaseConnection;

use crate::auth::CurrentUser;
use crate::entities::{evidence as evidence_row, inspection as inspection_row, safety_event as event_row};
use crate::repo::assets::Asset;
use crate::repo::work_orders::WorkOrder;
use crate::repo::{self, grants};
use crate::services::Caller;
use crate::state::AppState;
use contract::dto::maintenance::PersonDto;
use contract::dto::{MySite, SiteDto};
use contract::error::AppError;
use domain::authz::{Grant, Permission, Role, Target, permits};
use domain::reminder::ItemType;
use domain::safety::EventKind;
use domain::work_order::WorkOrderStatus;

/// The sites `user` may see, each with the roles held there, by name.
pub async fn sites(
    db: &DatabaseConnection,
    user: &CurrentUser,
    today: chrono::NaiveDate,
) -> Result<Vec<MySite>, AppError> {
    let all = user.sites(db).await?;
    Ok(all
        .iter()
        .filter(|s| permits(&user.grants, Target::Site(s.id), Permission::ViewSite, today))
        .cloned()
        .map(|s| {
            let mut roles: Vec<Role> =
                user.grants.iter().filter(|g| g.active_on(today) && g.covers(s.id)).map(|g| g.role).collect();
            roles.sort();
            roles.dedup();
            MySite { site: site_dto(s), roles }
        })
        .collect())
}

/// The site the user is working on: the session's current site if still visible, else the first.
pub async fn current_site_id(state: &AppState, user: &CurrentUser) -> Result<i64, AppError> {
    let today = state.today();
    let all: Vec<i64> = user.sites(&state.db).await?.iter().map(|s| s.id).collect();
    let visible = domain::authz::visible_sites(&user.grants, &all, today);
    user.current_site_id
        .filter(|s| visible.contains(s))
        .or_else(|| visible.iter().min().copied())
        .ok_or(AppError::Forbidden)
}

/// The asset, if the user may see its site (404 for an unknown id, 403 for another site's).
pub async fn asset(state: &AppState, user: &CurrentUser, id: i64, permission: Permission) -> Result<Asset, AppError> {
    let a = repo::assets::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    may_see_asset(state, user, &a, permission)?;
    Ok(a)
}

/// 403 unless the user holds `permission` on this asset's site (the asset read by the caller with
/// what its page shows).
pub fn may_see_asset(state: &AppState, user: &CurrentUser, a: &Asset, permission: Permission) -> Result<(), AppError> {
    Caller::User(user).require(Target::Site(a.site_id), permission, state.today())
}

/// The work order if the user may see it.
pub async fn work_order(state: &AppState, user: &CurrentUser, id: i64) -> Result<WorkOrder, AppError> {
    let wo = repo::work_orders::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    may_see_work_order(state, user, &wo)?;
    Ok(wo)
}

/// 403 unless the user may see this work order, read by the caller with what its page shows.
pub fn may_see_work_order(state: &AppState, user: &CurrentUser, wo: &WorkOrder) -> Result<(), AppError> {
    Caller::User(user).require(Target::Site(wo.site_id), Permission::ViewMaintenance, state.today())
}

/// The work order if the user may work on it.
pub async fn workable_work_order(state: &AppState, user: &CurrentUser, id: i64) -> Result<WorkOrder, AppError> {
    let wo = repo::work_orders::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(wo.site_id), Permission::WorkOnWorkOrder, state.today())?;
    Ok(wo)
}

/// A work order that may still take work (time, parts, answers, photos); one closed meanwhile
/// says what happened to it, so a change sent late can be decided on.
pub fn taking_work(wo: &WorkOrder) -> Result<(), AppError> {
    let status = WorkOrderStatus::parse(&wo.status).unwrap_or(WorkOrderStatus::Open);
    if status.takes_work() {
        return Ok(());
    }
    let why =
        if wo.status_reason.trim().is_empty() { String::new() } else { format!(" ({})", wo.status_reason.trim()) };
    let what = if status == WorkOrderStatus::Cancelled { "cancelled" } else { "completed" };
    Err(AppError::Conflict(format!(
        "Work order #{} was {what} meanwhile{why}: nothing more can be recorded on it.",
        wo.id
    )))
}

/// [`taking_work`], and for a change made earlier on the person's phone (sent later from its
/// queue): the work order was not given to other people since the tap. A person who was never
/// assigned may still help (as online); one whose work order was reassigned away meanwhile is told
/// so, and decides what becomes of the change (a note, a follow-up, discard).
pub async fn taking_work_of(state: &AppState, user: &CurrentUser, wo: &WorkOrder) -> Result<(), AppError> {
    taking_work(wo)?;
    not_reassigned(state, user, wo).await
}

/// A change made on the phone before its work order was given to other people is refused with
/// who has it now (see [`taking_work_of`]).
pub async fn not_reassigned(state: &AppState, user: &CurrentUser, wo: &WorkOrder) -> Result<(), AppError> {
    let Some(tapped) = crate::operation::tapped_at() else { return Ok(()) };
    let assignees = repo::work_orders::assignee_ids(&state.db, wo.id).await?;
    if assignees.is_empty() || assignees.contains(&user.id) {
        return Ok(());
    }
    if repo::audit::last_after(&state.db, "work_order", wo.id, "work_order.assign", tapped).await?.is_none() {
        return Ok(());
    }
    let mut names: Vec<String> =
        repo::users::by_ids(&state.db, &assignees).await?.into_iter().map(|u| u.display_name).collect();
    names.sort();
    Err(AppError::Conflict(format!(
        "Work order #{} was reassigned to {} meanwhile: nothing was recorded on it.",
        wo.id,
        names.join(", ")
    )))
}

/// Active people holding `permission` on a site today, by name.
pub async fn permitted_people(
    state: &AppState,
    site_id: i64,
    permission: Permission,
) -> Result<Vec<PersonDto>, AppError> {
    let today = state.today();
    let ids = grants::user_ids_on_site(&state.db, site_id).await?;
    let people = repo::users::by_ids(&state.db, &ids).await?;
    let grants = grants::for_users(&state.db, &ids).await?;
    let mut out: Vec<PersonDto> = people
        .into_iter()
        .filter(|p| p.active)
        .filter(|p| {
            let g: Vec<_> = grants.iter().filter(|g| g.user_id == p.id).filter_map(grants::to_domain).collect();
            domain::authz::permits(&g, Target::Site(site_id), permission, today)
        })
        .map(|p| PersonDto { id: p.id, name: p.display_name })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// A person's grants (roles on sites, with their expiry).
pub async fn grant_list(db: &DatabaseConnection, user_id: i64) -> Result<Vec<Grant>, AppError> {
    Ok(grants::for_user(db, user_id).await?.iter().filter_map(grants::to_domain).collect())
}

/// Ids of the people holding the technician role on a site today (grants read in one query).
pub async fn technicians_of(state: &AppState, site_id: i64) -> Result<Vec<i64>, AppError> {
    let today = state.today();
    let ids = grants::user_ids_on_site(&state.db, site_id).await?;
    let rows = grants::for_users(&state.db, &ids).await?;
    Ok(ids
        .into_iter()
        .filter(|uid| {
            rows.iter()
                .filter(|g| g.user_id == *uid)
                .filter_map(grants::to_domain)
                .any(|g| g.role == Role::Technician && g.active_on(today) && g.covers(site_id))
        })
        .collect())
}

/// The frameworks `user` may see on `site_id`: everything with a regular role there; only the
/// granted framework for an auditor whose grant names one. None means all.
pub async fn framework_scope(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Option<Vec<i64>>, AppError> {
    let today = state.today();
    Caller::User(user).require(Target::Site(site_id), Permission::ViewCompliance, today)?;
    let regular = user.grants.iter().any(|g| {
        g.active_on(today) && g.covers(site_id) && g.role != Role::Auditor && {
            domain::authz::role_allows(g.role, Permission::ViewCompliance)
        }
    });
    if regular {
        return Ok(None);
    }
    let rows = grants::auditor_grants(&state.db, user.id).await?;
    let live: Vec<&grants::GrantRow> = rows
        .iter()
        .filter(|g| g.expires_on.is_none_or(|e| today <= e) && g.site_id.is_none_or(|s| s == site_id))
        .collect();
    if live.iter().any(|g| g.framework_id.is_none()) {
        return Ok(None);
    }
    Ok(Some(live.iter().filter_map(|g| g.framework_id).collect()))
}

/// Fails with 403 unless the framework is within the user's scope on the site.
pub async fn need_framework(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    framework_id: i64,
) -> Result<(), AppError> {
    match framework_scope(state, user, site_id).await? {
        Some(ids) if !ids.contains(&framework_id) => Err(AppError::Forbidden),
        _ => Ok(()),
    }
}

/// The evidence row if the user may see it: compliance on its site, and for an auditor limited
/// to one framework, evidence for a requirement of that framework.
pub async fn evidence(state: &AppState, user: &CurrentUser, id: i64) -> Result<evidence_row::Model, AppError> {
    let r = repo::evidence::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if let Some(allowed) = framework_scope(state, user, r.site_id).await? {
        let fws: HashMap<i64, Vec<i64>> = repo::evidence::frameworks_of(&state.db, &[r.id]).await?;
        if !fws.get(&r.id).is_some_and(|f| f.iter().any(|x| allowed.contains(x))) {
            return Err(AppError::Forbidden);
        }
    }
    Ok(r)
}

/// May this user see the event at all (its reporter, or safety events on its site)?
pub fn may_see_event(user: &CurrentUser, e: &event_row::Model, today: chrono::NaiveDate) -> bool {
    e.reported_by == Some(user.id) || user.can(Target::Site(e.site_id), Permission::ViewSafetyEvents, today)
}

/// May this user read the event's medical details?
pub fn sees_event_details(user: &CurrentUser, e: &event_row::Model, today: chrono::NaiveDate) -> bool {
    let kind = EventKind::parse(&e.kind).unwrap_or(EventKind::InjuryIllness);
    !kind.is_medical()
        || e.reported_by == Some(user.id)
        || user.can(Target::Site(e.site_id), Permission::ViewMedical, today)
}

/// The safety event if the user may see it.
pub async fn safety_event(state: &AppState, user: &CurrentUser, id: i64) -> Result<event_row::Model, AppError> {
    let e = repo::safety::event_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if !may_see_event(user, &e, state.today()) {
        Caller::User(user).require(Target::Site(e.site_id), Permission::ViewSafetyEvents, state.today())?;
    }
    Ok(e)
}

/// May this user see the photos of an event (the reporter, or someone who may see its details)?
pub async fn may_see_event_photos(state: &AppState, user: &CurrentUser, event_id: i64) -> Result<bool, AppError> {
    let today = state.today();
    Ok(repo::safety::event_by_id(&state.db, event_id)
        .await?
        .is_some_and(|e| may_see_event(user, &e, today) && sees_event_details(user, &e, today)))
}

/// The inspection if the user may see audits on its site and holds `p` there.
pub async fn inspection(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    p: Permission,
) -> Result<inspection_row::Model, AppError> {
    let r = repo::inspections::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let today = state.today();
    Caller::User(user).require(Target::Site(r.site_id), Permission::ViewAudits, today)?;
    Caller::User(user).require(Target::Site(r.site_id), p, today)?;
    Ok(r)
}

/// The finding an action or work order came from, for the link back.
pub async fn site_of_finding(state: &AppState, id: i64) -> Result<i64, AppError> {
    Ok(repo::findings::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?.site_id)
}

/// Fails with 403 unless the user holds `p` (an OSHA permission) on the site.
pub fn osha(state: &AppState, user: &CurrentUser, site: i64, p: Permission) -> Result<(), AppError> {
    Caller::User(user).require(Target::Site(site), p, state.today())
}

/// Who may look at an item of this type on a site.
pub fn reminder_item(user: &CurrentUser, t: ItemType, site_id: i64, today: chrono::NaiveDate) -> Result<(), AppError> {
    let permission = match t {
        ItemType::WorkOrder | ItemType::Pm | ItemType::CilRound | ItemType::Tag => Permission::ViewMaintenance,
        ItemType::Capa => Permission::ManageCapa,
        ItemType::Audit => Permission::ViewAudits,
        ItemType::Evidence | ItemType::Certificate | ItemType::PersonCert => Permission::ViewCompliance,
        ItemType::OshaRecording => Permission::ManageOsha,
        ItemType::Osha300a | ItemType::OshaIta => Permission::ViewOshaSummary,
    };
    Caller::User(user).require(Target::Site(site_id), permission, today)
}

/// The wire form of a site (the visible-site list here, the site records).
pub fn site_dto(s: repo::sites::Site) -> SiteDto {
    SiteDto {
        id: s.id,
        code: s.code,
        name: s.name,
        address: s.address,
        timezone: s.timezone,
        allow_anonymous_reports: s.allow_anonymous_reports,
        pm_window_pct: s.pm_window_pct,
        pm_window_mode: s.pm_window_mode,
        pm_window_min_days: s.pm_window_min_days,
        language: s.language,
    }
}
