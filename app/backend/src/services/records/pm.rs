//! Preventive maintenance schedules: create, list, detail (next five due dates or meter
//! thresholds, history with compliance), activate/deactivate (never silently).
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::ActiveValue::Set;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::pm_schedule;
use crate::pm_calendar;
use crate::repo::{assets, meters, pm as repo, sites, work_orders};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::maintenance::{ForecastDto, OccurrenceDto, ScheduleDetail, ScheduleDto, SchedulePage};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::checklist::{StepDef, parse_template, template_text};
use domain::dates;
use domain::pm::{self, Completion, History, HolidayRule, Reading, Schedule, Trigger};
use domain::validation::{FieldErrors, required_text};
use domain::work_order::Priority;

pub fn steps_of(s: &repo::Schedule) -> Vec<StepDef> {
    serde_json::from_str(&s.steps_json).unwrap_or_default()
}

pub fn to_dto(s: &repo::Schedule, asset_tag: &str) -> ScheduleDto {
    ScheduleDto {
        id: s.id,
        site_id: s.site_id,
        asset_id: s.asset_id,
        asset_tag: asset_tag.to_string(),
        title: s.title.clone(),
        description: s.description.clone(),
        trigger_kind: s.trigger_kind.clone(),
        every_days: s.every_days,
        meter_id: s.meter_id,
        meter_every: s.meter_every,
        rrule: s.rrule.clone(),
        first_due: s.first_due,
        lead_days: s.lead_days,
        holiday_rule: s.holiday_rule.clone(),
        estimated_minutes: s.estimated_minutes,
        assigned_user_id: s.assigned_user_id,
        priority: s.priority.clone(),
        steps: template_text(&steps_of(s)),
        active: s.active,
    }
}

/// The domain view of a stored schedule.
pub fn rule(s: &repo::Schedule) -> Schedule {
    let every_days = s.every_days.unwrap_or(1).max(1) as u32;
    let every = s.meter_every.unwrap_or(1.0);
    let trigger = match s.trigger_kind.as_str() {
        "floating" => Trigger::Floating { every_days },
        "meter" => Trigger::Meter { every },
        "time_or_meter" => Trigger::TimeOrMeter { every_days, every },
        "calendar" => Trigger::Calendar,
        _ => Trigger::Fixed { every_days },
    };
    let holidays = match s.holiday_rule.as_str() {
        "shift" => HolidayRule::Shift,
        "skip" => HolidayRule::Skip,
        _ => HolidayRule::Ignore,
    };
    Schedule { trigger, first_due: s.first_due, lead_days: s.lead_days.max(0) as u32, holidays }
}

/// The rule's calendar as a function for `domain::pm` (empty unless it is an RRULE schedule).
pub fn calendar_of(s: &repo::Schedule) -> impl Fn(Option<NaiveDate>, NaiveDate) -> Vec<NaiveDate> + '_ {
    move |after, until| match (&s.rrule, s.trigger_kind.as_str()) {
        (Some(r), "calendar") => pm_calendar::expand(r, s.first_due, after, until),
        _ => vec![],
    }
}

pub struct ScheduleInput {
    pub asset_id: i64,
    pub title: String,
    pub description: String,
    pub trigger_kind: String,
    pub every_days: String,
    pub meter_id: String,
    pub meter_every: String,
    pub rrule: String,
    pub first_due: String,
    pub lead_days: String,
    pub holiday_rule: String,
    pub estimated_minutes: String,
    pub assigned_user_id: String,
    pub priority: String,
    pub steps: String,
}

fn opt_num<T: std::str::FromStr>(e: &mut FieldErrors, field: &str, raw: &str, msg: &str) -> Option<T> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    e.check(field, s.replace(',', ".").parse::<T>().map_err(|_| msg.to_string()))
}

pub async fn create(state: &AppState, user: &CurrentUser, input: ScheduleInput) -> Result<ScheduleDto, AppError> {
    let now = state.now();
    let asset = crate::services::access::asset(state, user, input.asset_id, Permission::ManageSchedules).await?;
    let mut e = FieldErrors::new();
    let title = e.check("title", required_text(&input.title, 200));
    let kind = input.trigger_kind.trim().to_string();
    if !["fixed", "floating", "meter", "time_or_meter", "calendar"].contains(&kind.as_str()) {
        e.add("trigger_kind", "Choose how the schedule falls due.");
    }
    let every_days: Option<i32> = opt_num(&mut e, "every_days", &input.every_days, "Enter a number of days.");
    let meter_every: Option<f64> = opt_num(&mut e, "meter_every", &input.meter_every, "Enter a number.");
    let meter_id: Option<i64> = opt_num(&mut e, "meter_id", &input.meter_id, "Choose a meter.");
    let lead: i32 = opt_num(&mut e, "lead_days", &input.lead_days, "Enter a number of days.").unwrap_or(0);
    let minutes: i32 = opt_num(&mut e, "estimated_minutes", &input.estimated_minutes, "Enter minutes.").unwrap_or(0);
    let assignee: Option<i64> = opt_num(&mut e, "assigned_user_id", &input.assigned_user_id, "Choose a person.");
    let first_due = e.check("first_due", dates::PLANNED.parse(&input.first_due, "Use a date like 2026-12-01."));
    let priority = Priority::parse(input.priority.trim()).unwrap_or(Priority::Medium);
    let holiday = match input.holiday_rule.trim() {
        "" | "ignore" => "ignore",
        "shift" => "shift",
        "skip" => "skip",
        _ => {
            e.add("holiday_rule", "Choose ignore, shift or skip.");
            "ignore"
        }
    };
    if matches!(kind.as_str(), "fixed" | "floating" | "time_or_meter")
        && !every_days.is_some_and(|d| (1..=3660).contains(&d))
    {
        e.add("every_days", "Enter the interval in days (1 to 3660).");
    }
    if matches!(kind.as_str(), "meter" | "time_or_meter") {
        if !meter_every.is_some_and(|m| m > 0.0 && m.is_finite()) {
            e.add("meter_every", "Enter the meter interval (greater than 0).");
        }
        match meter_id {
            Some(m) if meters::by_id(&state.db, m).await?.is_some_and(|x| x.asset_id == asset.id) => {}
            _ => e.add("meter_id", "Choose one of this asset's meters."),
        }
    }
    let rrule = if kind == "calendar" { e.check("rrule", pm_calendar::validate(&input.rrule)) } else { None };
    if !(0..=365).contains(&lead) {
        e.add("lead_days", "Use 0 to 365 days.");
    }
    let steps = e.check("steps", parse_template(&input.steps, meter_id)).unwrap_or_default();
    if let Some(u) = assignee {
        let grants = crate::services::access::grant_list(&state.db, u).await?;
        if !domain::authz::permits(&grants, Target::Site(asset.site_id), Permission::WorkOnWorkOrder, now.date_naive())
        {
            e.add("assigned_user_id", "Choose someone who can work on this site's work orders.");
        }
    }
    let (title, first_due) = e.finish((title, first_due))?;
    let baseline = match meter_id {
        Some(m) if matches!(kind.as_str(), "meter" | "time_or_meter") => {
            meters::last_reading(&state.db, m).await?.map(|r| r.value)
        }
        _ => None,
    };
    let txn = begin_write(&state.db).await?;
    let s = repo::insert(
        &txn,
        pm_schedule::ActiveModel {
            site_id: Set(asset.site_id),
            asset_id: Set(asset.id),
            title: Set(title),
            description: Set(input.description.trim().to_string()),
            trigger_kind: Set(kind),
            every_days: Set(every_days),
            meter_id: Set(meter_id),
            meter_every: Set(meter_every),
            baseline_reading: Set(baseline),
            rrule: Set(rrule),
            first_due: Set(first_due),
            lead_days: Set(lead),
            holiday_rule: Set(holiday.into()),
            estimated_minutes: Set(minutes),
            assigned_role: Set(None),
            assigned_user_id: Set(assignee),
            priority: Set(priority.as_str().into()),
            steps_json: Set(serde_json::to_string(&steps).map_err(AppError::internal)?),
            active: Set(true),
            created_at: Set(now),
            ..Default::default()
        },
    )
    .await?;
    let dto = to_dto(&s, &asset.tag);
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("pm_schedule.create", "pm_schedule", s.id).site(Some(s.site_id)).after(&dto),
    )
    .await?;
    txn.commit().await?;
    Ok(dto)
}

/// Switches a schedule off or on again: an explicit, audited act with a reason (PM-6).
pub async fn set_active(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    active: bool,
    reason: &str,
) -> Result<ScheduleDto, AppError> {
    let now = state.now();
    let s = repo::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(s.site_id), Permission::ManageSchedules, now.date_naive())?;
    let reason = required_text(reason, 500).map_err(|m| AppError::validation("reason", m))?;
    let asset = assets::by_id(&state.db, s.asset_id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let mut am: pm_schedule::ActiveModel = s.clone().into();
    am.active = Set(active);
    let after = repo::save(&txn, am).await?;
    let action = if active { "pm_schedule.activate" } else { "pm_schedule.deactivate" };
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new(action, "pm_schedule", id)
            .site(Some(s.site_id))
            .before(json!({"active": s.active}))
            .after(json!({"active": active}))
            .reason(Some(reason)),
    )
    .await?;
    txn.commit().await?;
    Ok(to_dto(&after, &asset.tag))
}

/// Schedules shown per page of the list.
pub const PER_PAGE: i64 = 50;

/// Every schedule of a site (the API's list), without forecasts.
pub async fn all(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<ScheduleDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let all = repo::for_site(&state.db, site_id).await?;
    let tags = asset_tags(state, &all).await?;
    Ok(all.iter().map(|s| to_dto(s, tags.get(&s.asset_id).map(String::as_str).unwrap_or(""))).collect())
}

async fn asset_tags(state: &AppState, schedules: &[repo::Schedule]) -> Result<HashMap<i64, String>, AppError> {
    let ids: Vec<i64> = schedules.iter().map(|s| s.asset_id).collect();
    Ok(assets::by_ids(&state.db, &ids).await?.into_iter().map(|a| (a.id, a.tag)).collect())
}

/// One page of a site's schedules (by title), each with its next due date.
pub async fn list(state: &AppState, user: &CurrentUser, site_id: i64, page: i64) -> Result<SchedulePage, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let page = page.max(1);
    let (all, total) = repo::page_for_site(&state.db, site_id, page as u64, PER_PAGE as u64).await?;
    // the site, its holidays and the books of the page's schedules (their meters' readings
    // included) once, whatever the number of schedules
    let site = user.site(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let holidays: Vec<NaiveDate> = user.holidays(&state.db, site_id).await?.into_iter().map(|h| h.day).collect();
    let is_holiday = |d: NaiveDate| holidays.contains(&d);
    let books = repo::books_of(&state.db, &all.iter().map(|(s, _)| s.id).collect::<Vec<_>>()).await?;
    let mut out = Vec::new();
    for (s, tag) in &all {
        let h = history_from(&books, s, &site.timezone);
        let cal = calendar_of(s);
        let next = pm::forecast(&rule(s), &h, 1, &cal, &is_holiday).into_iter().next().map(forecast_dto);
        out.push((to_dto(s, tag), next));
    }
    Ok(SchedulePage { items: out, total, page, per_page: PER_PAGE })
}

fn forecast_dto(f: pm::Forecast) -> ForecastDto {
    ForecastDto { due: f.due, at_reading: f.at_reading, after_open_work: f.after_open }
}

/// The books of one schedule as `domain::pm` needs them (one statement: `repo::books_of`, as the
/// list reads them for a page).
pub async fn history(state: &AppState, s: &repo::Schedule, tz: &str) -> Result<History, AppError> {
    Ok(history_from(&repo::books_of(&state.db, &[s.id]).await?, s, tz))
}

/// A schedule's history from the books read for it: completions and readings on the site's
/// calendar (`tz`).
fn history_from(books: &repo::Books, s: &repo::Schedule, tz: &str) -> History {
    let local = |at| crate::services::calendar::local_today(tz, at);
    History {
        last_nominal_due: books.last_nominal.get(&s.id).copied(),
        last_completion: books
            .last_completed
            .get(&s.id)
            .map(|at| Completion { date: local(*at), reading: books.reading_then.get(&s.id).copied() }),
        open_due: books.open_due.get(&s.id).copied(),
        baseline_reading: s.baseline_reading,
        latest_reading: books.latest_reading.get(&s.id).map(|(value, at)| Reading { value: *value, date: local(*at) }),
    }
}

/// A schedule's next `n` dates, around the site's holidays (read once per request, see
/// `CurrentUser::holidays`).
async fn forecast(
    state: &AppState,
    user: &CurrentUser,
    s: &repo::Schedule,
    tz: &str,
    n: usize,
) -> Result<Vec<ForecastDto>, AppError> {
    let h = history(state, s, tz).await?;
    let holidays: Vec<NaiveDate> = user.holidays(&state.db, s.site_id).await?.into_iter().map(|h| h.day).collect();
    let cal = calendar_of(s);
    let is_holiday = |d: NaiveDate| holidays.contains(&d);
    Ok(pm::forecast(&rule(s), &h, n, &cal, &is_holiday).into_iter().map(forecast_dto).collect())
}

pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<ScheduleDetail, AppError> {
    let s = repo::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(s.site_id), Permission::ViewMaintenance, state.today())?;
    let site = user.site(&state.db, s.site_id).await?.ok_or(AppError::NotFound)?;
    let asset = assets::by_id(&state.db, s.asset_id).await?.ok_or(AppError::NotFound)?;
    let next = forecast(state, user, &s, &site.timezone, 5).await?;
    let occ = repo::occurrences(&state.db, s.id, 50).await?;
    // the history's work orders in one read, not one per occurrence
    let wos: HashMap<i64, work_orders::WorkOrder> =
        work_orders::by_ids(&state.db, occ.iter().filter_map(|o| o.work_order_id))
            .await?
            .into_iter()
            .map(|w| (w.id, w))
            .collect();
    let pct = sites::tolerance(&site);
    let mut history = Vec::new();
    for o in occ {
        let wo = o.work_order_id.and_then(|w| wos.get(&w));
        let completed_on =
            wo.and_then(|w| w.completed_at).map(|t| crate::services::calendar::local_today(&site.timezone, t));
        history.push(OccurrenceDto {
            nominal_due: o.nominal_due,
            due: o.due,
            missed: o.missed,
            work_order_id: o.work_order_id,
            work_order_status: wo.map(|w| w.status.clone()),
            completed_on,
            on_time: !o.missed && pm::on_time(o.due, o.interval_days.max(0) as u32, pct, completed_on),
            window_start: pm::window(o.due, o.interval_days.max(0) as u32, pct).0,
            window_end: pm::window(o.due, o.interval_days.max(0) as u32, pct).1,
        });
    }
    let can_manage = user.can(Target::Site(s.site_id), Permission::ManageSchedules, state.today());
    Ok(ScheduleDetail { schedule: to_dto(&s, &asset.tag), next, history, can_manage })
}
