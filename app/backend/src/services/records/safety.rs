//! Safety events and their investigations. Anyone on a site reports (hazard observations also
//! anonymously where the site allows it); reporters see their own reports; injury details are
//! shown only to the reporter and to those who may see medical details.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use sea_orm::ActiveValue::Set;
use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{investigation as inv, safety_event as ev};
use crate::repo::{assets, paging, safety, sites, users};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::site_time;
use crate::state::AppState;
use contract::dto::safety::{EventDto, EventPage};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::safety::{CauseCategory, EventKind, EventStatus, five_whys, ready_to_close};
use domain::validation::{FieldErrors, required_text};

/// What the report form sends.
#[derive(Debug, Clone, Default)]
pub struct EventInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub area: String,
    pub asset_id: Option<i64>,
    /// Or the asset's tag (from its label), on the same site.
    pub asset_tag: String,
    /// `YYYY-MM-DDTHH:MM` in the site's time zone (what a datetime-local input sends); blank: now.
    pub occurred_at: String,
    pub people_involved: String,
    pub immediate_actions: String,
    /// Asked for by an anonymous hazard report only.
    pub anonymous: bool,
}

/// Records a report; `user` is None for an anonymous hazard observation from someone not
/// signed in. Returns the event id.
pub async fn report(
    state: &AppState,
    user: Option<&CurrentUser>,
    site_id: i64,
    input: EventInput,
) -> Result<i64, AppError> {
    let now = state.now();
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let kind = e.check("kind", EventKind::parse(&input.kind).ok_or("Choose what happened."));
    let anonymous = input.anonymous || user.is_none();
    match user {
        Some(u) => Caller::User(u).require(Target::Site(site_id), Permission::ReportSafetyEvent, state.today())?,
        None if !site.allow_anonymous_reports => return Err(AppError::Unauthorized),
        None => {}
    }
    if anonymous && kind.is_some_and(|k| !k.may_be_anonymous()) {
        e.add("kind", "Only hazard observations can be sent without your name.");
    } else if anonymous && !site.allow_anonymous_reports {
        e.add("anonymous", "This site does not take anonymous reports.");
    }
    let title = e.check("title", required_text(&input.title, 200));
    for (field, text, max) in [
        ("description", &input.description, 10_000),
        ("area", &input.area, 200),
        ("people_involved", &input.people_involved, 2_000),
        ("immediate_actions", &input.immediate_actions, 2_000),
    ] {
        if text.chars().count() > max {
            e.add(field, format!("Use at most {max} characters."));
        }
    }
    let occurred_at = match input.occurred_at.trim() {
        "" => Some(now),
        s => {
            let parsed = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
                .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M"))
                .ok()
                .and_then(|l| site_time(&site.timezone, l));
            match parsed {
                None => {
                    e.check("occurred_at", Err::<DateTime<Utc>, _>("Give the date and time, e.g. 2026-11-22 14:30."))
                }
                Some(t) if t > now + chrono::Duration::minutes(5) => {
                    e.check("occurred_at", Err::<DateTime<Utc>, _>("That is in the future."))
                }
                Some(t) => Some(t),
            }
        }
    };
    let mut asset_id = input.asset_id;
    if let Some(aid) = input.asset_id {
        match assets::by_id(&state.db, aid).await? {
            Some(a) if a.site_id == site_id => {}
            _ => e.add("asset_id", "No such asset on this site."),
        }
    } else if !input.asset_tag.trim().is_empty() {
        match assets::by_tag(&state.db, site_id, input.asset_tag.trim()).await? {
            Some(a) => asset_id = Some(a.id),
            None => e.add("asset_tag", "No asset with this tag on this site."),
        }
    }
    let (kind, title, occurred_at) = e.finish((kind, title, occurred_at))?;
    let txn = begin_write(&state.db).await?;
    let new = safety::NewEvent {
        site_id,
        kind: kind.as_str(),
        title,
        description: input.description.trim().to_string(),
        area: input.area.trim().to_string(),
        asset_id,
        occurred_at,
        people_involved: input.people_involved.trim().to_string(),
        immediate_actions: input.immediate_actions.trim().to_string(),
        reported_by: if anonymous { None } else { user.map(|u| u.id) },
        anonymous,
    };
    let row = safety::insert_event(&txn, new, now).await?;
    let actor = if anonymous { Actor { user_id: None, label: "anonymous report".into() } } else { actor_of(user) };
    // the audit trail keeps what kind of event and when; injury details stay in the record only
    audit::record(
        &txn,
        &actor,
        now,
        Change::new("safety_event.report", "safety_event", row.id)
            .site(Some(site_id))
            .after(json!({"kind": row.kind, "title": if kind.is_medical() { "(injury/illness)".to_string() } else { row.title.clone() },
                          "occurred_at": row.occurred_at, "anonymous": anonymous})),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

fn actor_of(user: Option<&CurrentUser>) -> Actor {
    user.map(|u| u.actor()).unwrap_or(Actor { user_id: None, label: "anonymous report".into() })
}

pub async fn to_dtos(state: &AppState, user: &CurrentUser, rows: Vec<ev::Model>) -> Result<Vec<EventDto>, AppError> {
    let today = state.today();
    let mut people: Vec<i64> = rows.iter().filter_map(|r| r.reported_by).collect();
    people.sort();
    people.dedup();
    let names: HashMap<i64, String> =
        users::by_ids(&state.db, &people).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    let asset_ids: Vec<i64> = rows.iter().filter_map(|r| r.asset_id).collect();
    let tags: HashMap<i64, String> =
        assets::by_ids(&state.db, &asset_ids).await?.into_iter().map(|a| (a.id, a.tag)).collect();
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let visible_details: Vec<i64> =
        rows.iter().filter(|r| access::sees_event_details(user, r, today)).map(|r| r.id).collect();
    let photos = crate::services::files::ids_for_owners(state, "safety_event", &visible_details).await?;
    let medical_sites: Vec<i64> =
        rows.iter().map(|r| r.site_id).filter(|s| user.can(Target::Site(*s), Permission::ViewMedical, today)).collect();
    let cases: HashMap<i64, i64> = if medical_sites.is_empty() {
        HashMap::new()
    } else {
        crate::repo::osha::cases_of_events(&state.db, ids, medical_sites).await?
    };
    let zones: HashMap<i64, String> =
        crate::repo::sites::all(&state.db).await?.into_iter().map(|s| (s.id, s.timezone)).collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let show = access::sees_event_details(user, &r, today);
            EventDto {
                site_timezone: zones.get(&r.site_id).cloned().unwrap_or_default(),
                id: r.id,
                site_id: r.site_id,
                kind: r.kind.clone(),
                title: if show { r.title.clone() } else { "Injury or illness (details for EHS only)".into() },
                description: if show { r.description.clone() } else { String::new() },
                area: r.area.clone(),
                asset_id: r.asset_id,
                asset_tag: r.asset_id.and_then(|a| tags.get(&a).cloned()).unwrap_or_default(),
                occurred_at: r.occurred_at,
                people_involved: if show { r.people_involved.clone() } else { String::new() },
                immediate_actions: if show { r.immediate_actions.clone() } else { String::new() },
                reporter: match r.reported_by {
                    _ if r.anonymous => "Anonymous".into(),
                    Some(id) => names.get(&id).cloned().unwrap_or_default(),
                    None => String::new(),
                },
                mine: r.reported_by == Some(user.id),
                status: r.status.clone(),
                details_hidden: !show,
                photo_ids: photos.get(&r.id).cloned().unwrap_or_default(),
                case_id: cases.get(&r.id).copied(),
            }
        })
        .collect())
}

/// Events of a site, newest first: all of them for those who may see them, else the caller's own.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    mine_only: bool,
    page: i64,
    per_page: i64,
) -> Result<EventPage, AppError> {
    let today = state.today();
    Caller::User(user).require(Target::Site(site_id), Permission::ViewSite, today)?;
    let all = !mine_only && user.can(Target::Site(site_id), Permission::ViewSafetyEvents, today);
    let (offset, limit) = paging(page, per_page);
    let rows = safety::page_for_site(&state.db, site_id, (!all).then_some(user.id), offset, limit).await?;
    let total = rows.total;
    Ok(EventPage { events: to_dtos(state, user, rows.items).await?, total, page: page.max(1), per_page: limit as i64 })
}

pub async fn get(state: &AppState, user: &CurrentUser, id: i64) -> Result<EventDto, AppError> {
    let e = access::safety_event(state, user, id).await?;
    crate::services::one(to_dtos(state, user, vec![e]).await?)
}

#[derive(Debug, Clone, Default)]
pub struct InvestigationInput {
    pub people: String,
    pub witnesses: String,
    pub timeline: String,
    pub whys: Vec<String>,
    pub root_cause: String,
    pub cause_category: String,
    pub contributing_factors: String,
}

/// Starts or updates the investigation of an event (the event is then "under investigation").
pub async fn save_investigation(
    state: &AppState,
    user: &CurrentUser,
    event_id: i64,
    input: InvestigationInput,
) -> Result<inv::Model, AppError> {
    let now = state.now();
    let e = safety::event_by_id(&state.db, event_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(e.site_id), Permission::Investigate, state.today())?;
    let mut errs = FieldErrors::new();
    let whys = errs.check("whys", five_whys(&input.whys));
    let category = match input.cause_category.trim() {
        "" => None,
        c => errs.check("cause_category", CauseCategory::parse(c).ok_or("Choose a category from the list.")),
    };
    for (field, text) in [
        ("people", &input.people),
        ("witnesses", &input.witnesses),
        ("timeline", &input.timeline),
        ("root_cause", &input.root_cause),
        ("contributing_factors", &input.contributing_factors),
    ] {
        if text.chars().count() > 10_000 {
            errs.add(field, "Use at most 10000 characters.");
        }
    }
    let whys = errs.finish(whys)?;
    let txn = begin_write(&state.db).await?;
    let existing = safety::investigation_of(&txn, e.id).await?;
    if existing.as_ref().is_some_and(|i| i.status == "closed") {
        return Err(AppError::Conflict("The investigation is closed.".into()));
    }
    let before = existing.as_ref().map(|i| json!({"root_cause": i.root_cause, "cause_category": i.cause_category}));
    let mut am: inv::ActiveModel = match existing {
        Some(i) => i.into(),
        None => safety::new_investigation(&e, Some(user.id), now),
    };
    am.people = Set(input.people.trim().into());
    am.witnesses = Set(input.witnesses.trim().into());
    am.timeline = Set(input.timeline.trim().into());
    am.whys = Set(serde_json::to_string(&whys).map_err(AppError::internal)?);
    am.root_cause = Set(input.root_cause.trim().into());
    am.cause_category = Set(category.map(|c| c.as_str().to_string()).unwrap_or_default());
    am.contributing_factors = Set(input.contributing_factors.trim().into());
    am.updated_at = Set(now);
    let saved = safety::save_investigation(&txn, am).await?;
    let saved: inv::Model = saved.try_into().map_err(AppError::internal)?;
    if e.status == EventStatus::Reported.as_str() {
        safety::set_event_status(&txn, e.clone(), EventStatus::Investigating, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("investigation.save", "investigation", saved.id)
            .site(Some(e.site_id))
            .before(before)
            .after(json!({"event_id": e.id, "whys": whys.len(), "root_cause": saved.root_cause, "cause_category": saved.cause_category})),
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

/// Closes an investigation that names its root cause; the event is closed with it.
pub async fn close_investigation(state: &AppState, user: &CurrentUser, event_id: i64) -> Result<(), AppError> {
    let now = state.now();
    let e = safety::event_by_id(&state.db, event_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(e.site_id), Permission::Investigate, state.today())?;
    let i = safety::investigation_of(&state.db, e.id)
        .await?
        .ok_or_else(|| AppError::validation("root_cause", "Write the investigation first."))?;
    if i.status == "closed" {
        return Err(AppError::Conflict("The investigation is already closed.".into()));
    }
    let whys: Vec<String> = serde_json::from_str(&i.whys).unwrap_or_default();
    ready_to_close(&whys, &i.root_cause, CauseCategory::parse(&i.cause_category))
        .map_err(|m| AppError::validation("root_cause", m))?;
    let txn = begin_write(&state.db).await?;
    safety::set_investigation_status(&txn, i.clone(), "closed", now).await?;
    safety::set_event_status(&txn, e.clone(), EventStatus::Closed, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("investigation.close", "investigation", i.id)
            .site(Some(e.site_id))
            .after(json!({"event_id": e.id})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
