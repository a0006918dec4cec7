//! OSHA recordkeeping records: establishment data per site, hours and employees per site and
//! year, and the cases (guided recordability decision, confirm or override, classification,
//! privacy, form 301). Only `ViewMedical` roles read a case; the audit trail keeps the case's
//! classification but never the name or medical details (auditors read the trail).
pub mod reports;

use chrono::{Datelike, NaiveDate};
use sea_orm::ActiveValue::Set;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::{osha_case as oc, osha_establishment as oe, osha_year as oy};
use crate::repo::{osha, sites, users};
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::safety::{CaseDto, CertificationDto, EstablishmentDto, FormAnswer, YearDataDto};
use contract::error::AppError;
use domain::authz::Permission;
use domain::osha::classification::{CaseType, Outcome, classify};
use domain::osha::days::{DayCounts, DayInput, count};
use domain::osha::deadlines::{days_late, deletable_from, may_delete, record_by};
use domain::osha::establishment;
use domain::osha::input::{
    CaseHeaderFacts, HeaderForm, case_header, case_number, facts_from_form, form_from_facts, parse_periods, parse_time,
};
use domain::osha::privacy::{self, PrivacyReason};
use domain::osha::recordability::{Facts, decide};
use domain::validation::{FieldErrors, required_text};

// ---- establishment and year data ------------------------------------------------------------

pub(crate) fn establishment_dto(site_id: i64, e: Option<oe::Model>) -> EstablishmentDto {
    match e {
        None => EstablishmentDto { site_id, ..Default::default() },
        Some(e) => EstablishmentDto {
            site_id,
            name: e.name,
            ein: e.ein,
            company_name: e.company_name,
            street_address: e.street_address,
            city: e.city,
            state: e.state,
            zip: e.zip,
            naics_code: e.naics_code,
            industry_description: e.industry_description,
            establishment_type: e.establishment_type,
        },
    }
}

pub(crate) async fn load_establishment(state: &AppState, site_id: i64) -> Result<EstablishmentDto, AppError> {
    Ok(establishment_dto(site_id, osha::establishment(&state.db, site_id).await?))
}

pub async fn establishment(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<EstablishmentDto, AppError> {
    access::osha(state, user, site_id, Permission::ViewOshaSummary)?;
    load_establishment(state, site_id).await
}

/// Saves a site's establishment data. Digits-only fields are checked here; the ITA export names
/// whatever is still missing.
pub async fn save_establishment(
    state: &AppState,
    user: &CurrentUser,
    input: EstablishmentDto,
) -> Result<EstablishmentDto, AppError> {
    let now = state.now();
    let site_id = input.site_id;
    sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    access::osha(state, user, site_id, Permission::ManageOsha)?;
    let mut e = FieldErrors::new();
    let t = |s: &str| s.trim().to_string();
    // empty is allowed while the data is gathered; the ITA export names what is still missing
    let mut ident = |field: &str, raw: &str, rule: fn(&str) -> Result<String, &'static str>| -> String {
        if raw.trim().is_empty() { String::new() } else { e.check(field, rule(raw)).unwrap_or_default() }
    };
    let ein = ident("ein", &input.ein, establishment::ein);
    let naics = ident("naics_code", &input.naics_code, establishment::naics);
    let st = ident("state", &input.state, establishment::state);
    let zip = ident("zip", &input.zip, establishment::zip);
    let et = t(&input.establishment_type);
    if !et.is_empty() && !["private", "state_government", "local_government"].contains(&et.as_str()) {
        e.add("establishment_type", "Choose private, state government or local government.");
    }
    let name = e.check("name", required_text(&input.name, 200));
    for (f, v) in
        [("company_name", &input.company_name), ("street_address", &input.street_address), ("city", &input.city)]
    {
        if v.chars().count() > 200 {
            e.add(f, "Use at most 200 characters.");
        }
    }
    if input.industry_description.chars().count() > 300 {
        e.add("industry_description", "Use at most 300 characters.");
    }
    let name = e.finish(name)?;
    let txn = begin_write(&state.db).await?;
    let before = osha::establishment(&txn, site_id).await?;
    let am = oe::ActiveModel {
        site_id: Set(site_id),
        name: Set(name),
        ein: Set(ein),
        company_name: Set(t(&input.company_name)),
        street_address: Set(t(&input.street_address)),
        city: Set(t(&input.city)),
        state: Set(st),
        zip: Set(zip),
        naics_code: Set(naics),
        industry_description: Set(t(&input.industry_description)),
        establishment_type: Set(et),
        updated_at: Set(now),
    };
    let saved = osha::save_establishment(&txn, am, before.is_some()).await?;
    let dto = establishment_dto(site_id, Some(saved));
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("osha.establishment", "site", site_id)
            .site(Some(site_id))
            .before(before.map(|b| establishment_dto(site_id, Some(b))))
            .after(&dto),
    )
    .await?;
    txn.commit().await?;
    Ok(dto)
}

pub(crate) async fn year_row(
    conn: &impl sea_orm::ConnectionTrait,
    site_id: i64,
    year: i32,
) -> Result<Option<oy::Model>, AppError> {
    Ok(osha::year(conn, site_id, year).await?)
}

pub(crate) async fn year_dto(state: &AppState, site_id: i64, year: i32) -> Result<YearDataDto, AppError> {
    known_year(state, year)?;
    let row = year_row(&state.db, site_id, year).await?;
    let signer = match row.as_ref().and_then(|r| r.certified_by) {
        Some(id) => users::by_id(&state.db, id).await?.map(|u| u.display_name).unwrap_or_default(),
        None => String::new(),
    };
    Ok(match row {
        None => YearDataDto {
            site_id,
            year,
            annual_average_employees: 0,
            total_hours_worked: 0,
            change_reason: String::new(),
            certification: None,
        },
        Some(r) => YearDataDto {
            site_id,
            year,
            annual_average_employees: r.annual_average_employees,
            total_hours_worked: r.total_hours_worked,
            change_reason: r.change_reason.clone(),
            certification: match (r.cert_date, r.certified_at) {
                (Some(date), Some(at)) => Some(CertificationDto {
                    name: r.cert_name,
                    title: r.cert_title,
                    phone: r.cert_phone,
                    date,
                    signed_by: signer,
                    signed_at: at,
                }),
                _ => None,
            },
        },
    })
}

pub async fn year_data(state: &AppState, user: &CurrentUser, site_id: i64, year: i32) -> Result<YearDataDto, AppError> {
    access::osha(state, user, site_id, Permission::ViewOshaSummary)?;
    year_dto(state, site_id, year).await
}

fn check_year(state: &AppState, year: i32, e: &mut FieldErrors) {
    if let Err(m) = domain::osha::deadlines::recordkeeping_year(year, state.today()) {
        e.add("year", m);
    }
}

/// Refuses (422) a year outside OSHA recordkeeping, for every report of a site and year.
pub(crate) fn known_year(state: &AppState, year: i32) -> Result<(), AppError> {
    let mut e = FieldErrors::new();
    check_year(state, year, &mut e);
    Ok(e.into_result()?)
}

/// Annual average employees and total hours worked for a site and year. A change after the
/// 300A was certified removes the certification (it must be signed again).
pub async fn save_year_data(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
    employees: &str,
    hours: &str,
    change_reason: &str,
) -> Result<YearDataDto, AppError> {
    let now = state.now();
    sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    access::osha(state, user, site_id, Permission::ManageOsha)?;
    let mut e = FieldErrors::new();
    check_year(state, year, &mut e);
    let emp = e.check(
        "annual_average_employees",
        employees
            .trim()
            .replace(',', "")
            .parse::<i32>()
            .ok()
            .filter(|n| (0..=1_000_000).contains(n))
            .ok_or("Enter the annual average number of employees as a whole number."),
    );
    let hrs = e.check(
        "total_hours_worked",
        hours
            .trim()
            .replace(',', "")
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=10_000_000_000).contains(n))
            .ok_or("Enter the total hours worked by all employees as a whole number."),
    );
    if change_reason.chars().count() > 1000 {
        e.add("change_reason", "Use at most 1000 characters.");
    }
    let (emp, hrs) = e.finish((emp, hrs))?;
    let (emp, hrs) = (emp, hrs);
    let txn = begin_write(&state.db).await?;
    let before = year_row(&txn, site_id, year).await?;
    let mut am: oy::ActiveModel = match before.clone() {
        Some(r) => r.into(),
        None => osha::new_year(site_id, year),
    };
    let changed = before.as_ref().is_none_or(|b| b.annual_average_employees != emp || b.total_hours_worked != hrs);
    am.annual_average_employees = Set(emp);
    am.total_hours_worked = Set(hrs);
    am.change_reason = Set(change_reason.trim().into());
    if changed {
        am.cert_date = Set(None);
        am.certified_by = Set(None);
        am.certified_at = Set(None);
    }
    am.updated_at = Set(now);
    let saved: oy::Model = osha::save_year(&txn, am).await?.try_into().map_err(AppError::internal)?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("osha.year_data", "osha_year", saved.id)
            .site(Some(site_id))
            .before(before.map(|b| json!({"employees": b.annual_average_employees, "hours": b.total_hours_worked})))
            .after(json!({"year": year, "employees": emp, "hours": hrs, "change_reason": saved.change_reason})),
    )
    .await?;
    txn.commit().await?;
    year_dto(state, site_id, year).await
}

/// The 300A executive certification, signed with the password again. Needs the year's hours.
pub async fn certify(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
    (name, title, phone): (&str, &str, &str),
    password: &str,
) -> Result<YearDataDto, AppError> {
    let now = state.now();
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    access::osha(state, user, site_id, Permission::CertifyOsha)?;
    let mut e = FieldErrors::new();
    let name = e.check("cert_name", required_text(name, 120));
    let title = e.check("cert_title", required_text(title, 120));
    let phone = e.check("cert_phone", required_text(phone, 40));
    let row = year_row(&state.db, site_id, year).await?;
    if row.as_ref().is_none_or(|r| r.total_hours_worked <= 0) {
        e.add("total_hours_worked", "Enter the year's employees and hours worked before certifying.");
    }
    let today = local_today(&site.timezone, now);
    if today.year() <= year {
        e.add("year", format!("The {year} summary is certified after the year ends."));
    }
    crate::services::esign::confirm(state, user, password, "osha.certify", "password", &mut e).await?;
    let (name, title, phone) = e.finish((name, title, phone))?;
    let row = row.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let mut am: oy::ActiveModel = row.clone().into();
    am.cert_name = Set(name);
    am.cert_title = Set(title);
    am.cert_phone = Set(phone);
    am.cert_date = Set(Some(today));
    am.certified_by = Set(Some(user.id));
    am.certified_at = Set(Some(now));
    am.updated_at = Set(now);
    let saved = osha::update_year(&txn, am).await?;
    crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::Osha300a, site_id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("osha.certify_300a", "osha_year", saved.id).site(Some(site_id)).after(json!({
            "year": year, "name": saved.cert_name, "title": saved.cert_title, "date": today,
            "employees": saved.annual_average_employees, "hours": saved.total_hours_worked})),
    )
    .await?;
    txn.commit().await?;
    year_dto(state, site_id, year).await
}

/// Records that the ITA electronic submission for `year` was made (OSHA-8: due March 2 of the
/// next year); its reminders are settled.
pub async fn mark_ita_submitted(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
    submitted_on: &str,
) -> Result<(), AppError> {
    let now = state.now();
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    access::osha(state, user, site_id, Permission::ManageOsha)?;
    let today = local_today(&site.timezone, now);
    let mut e = FieldErrors::new();
    let on = e.date("submitted_on", submitted_on);
    if let Some(d) = on {
        if d > today {
            e.add("submitted_on", "The submission date cannot be in the future.");
        } else if d.year() <= year {
            e.add("submitted_on", format!("The {year} data is submitted after the year ends."));
        }
    }
    let row = year_row(&state.db, site_id, year).await?;
    if row.is_none() {
        e.add("year", "Enter the year's employees and hours worked first.");
    }
    e.into_result()?;
    let (row, on) = (row.ok_or(AppError::NotFound)?, on.ok_or(AppError::NotFound)?);
    let txn = begin_write(&state.db).await?;
    let before = json!({"ita_submitted_on": row.ita_submitted_on});
    let mut am: oy::ActiveModel = row.into();
    am.ita_submitted_on = Set(Some(on));
    am.ita_submitted_by = Set(Some(user.id));
    am.updated_at = Set(now);
    let saved = osha::update_year(&txn, am).await?;
    crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::OshaIta, site_id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("osha.ita_submitted", "osha_year", saved.id)
            .site(Some(site_id))
            .before(before)
            .after(json!({"year": year, "ita_submitted_on": on})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

// ---- cases --------------------------------------------------------------------------------

/// A case's day counts and outcome now: open periods run to today on the site's calendar.
pub(crate) fn classification(c: &osha::CaseCounts, today: NaiveDate) -> (Outcome, DayCounts) {
    let input = DayInput {
        injury_date: c.injury_date,
        away: parse_periods(&c.away_periods).unwrap_or_default(),
        restricted: parse_periods(&c.restricted_periods).unwrap_or_default(),
        recommended_away: c.recommended_away.map(|d| d.max(0) as u32),
        recommended_restricted: c.recommended_restricted.map(|d| d.max(0) as u32),
    };
    let days = count(&input, today);
    let (outcome, k, l) = classify(c.death, days);
    (outcome, DayCounts { away: k, restricted: l, capped: days.capped })
}

/// [`classification`] of a whole case.
pub(crate) fn classification_of(c: &oc::Model, today: NaiveDate) -> (Outcome, DayCounts) {
    classification(&osha::CaseCounts::of(c), today)
}

pub(crate) fn case_type_of(c: &oc::Model) -> CaseType {
    type_of(&c.case_type)
}

/// A case's type (column M) from its stored number.
pub(crate) fn type_of(number: &str) -> CaseType {
    number.parse::<u8>().ok().and_then(CaseType::from_number).unwrap_or(CaseType::Injury)
}

/// What the audit trail keeps of a case: its classification, never the name or medical details.
fn audit_view(c: &oc::Model) -> serde_json::Value {
    json!({
        "case_number": c.case_number, "year": c.year, "recordable": c.recordable,
        "decision_status": c.decision_status, "decision_rule": c.decision_rule,
        "outcome": c.outcome, "days_away": c.days_away, "days_restricted": c.days_restricted,
        "case_type": format!("M{}", c.case_type), "privacy_case": !c.privacy_reason.is_empty(),
    })
}

fn to_dto(c: oc::Model, today: NaiveDate, recorded_on: NaiveDate) -> CaseDto {
    let (_, days) = classification_of(&c, today);
    let late = days_late(c.learned_on, recorded_on);
    let facts: Facts = serde_json::from_str(&c.facts).unwrap_or_default();
    CaseDto {
        id: c.id,
        site_id: c.site_id,
        event_id: c.event_id,
        year: c.year,
        case_number: c.case_number.clone(),
        employee_name: c.employee_name.clone(),
        job_title: c.job_title.clone(),
        injury_date: c.injury_date,
        learned_on: c.learned_on,
        location: c.location.clone(),
        injury_description: c.injury_description.clone(),
        case_type: case_type_of(&c).number() as i32,
        facts: if c.facts.is_empty() {
            vec![]
        } else {
            form_from_facts(&facts).into_iter().map(|(name, value)| FormAnswer { name, value }).collect()
        },
        decided_recordable: c.decided_recordable,
        decision_rule: c.decision_rule.clone(),
        decision_text: c.decision_text.clone(),
        decision_status: c.decision_status.clone(),
        recordable: c.recordable,
        override_reason: c.override_reason.clone(),
        death: c.death,
        date_of_death: c.date_of_death,
        away_periods: c.away_periods.clone(),
        restricted_periods: c.restricted_periods.clone(),
        recommended_away: c.recommended_away,
        recommended_restricted: c.recommended_restricted,
        outcome: c.outcome.clone(),
        days_away: c.days_away,
        days_restricted: c.days_restricted,
        capped: days.capped,
        privacy_reason: c.privacy_reason.clone(),
        employee_street: c.employee_street.clone(),
        employee_city: c.employee_city.clone(),
        employee_state: c.employee_state.clone(),
        employee_zip: c.employee_zip.clone(),
        date_of_birth: c.date_of_birth,
        date_hired: c.date_hired,
        sex: c.sex.clone(),
        physician: c.physician.clone(),
        facility: c.facility.clone(),
        emergency_room: c.emergency_room,
        hospitalized: c.hospitalized,
        time_began_work: c.time_began_work.clone(),
        time_of_event: c.time_of_event.clone(),
        before_incident: c.before_incident.clone(),
        what_happened: c.what_happened.clone(),
        object_substance: c.object_substance.clone(),
        record_by: record_by(c.learned_on),
        recorded_on,
        recorded_late: late.is_some(),
        recorded_late_days: late.unwrap_or(0) as i32,
        deletable_from: deletable_from(c.year),
    }
}

/// A case for someone who may see medical details, with `permission` on its site.
async fn case_for(state: &AppState, user: &CurrentUser, id: i64, p: Permission) -> Result<oc::Model, AppError> {
    let c = osha::case_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    access::osha(state, user, c.site_id, Permission::ViewMedical)?;
    access::osha(state, user, c.site_id, p)?;
    Ok(c)
}

pub async fn get_case(state: &AppState, user: &CurrentUser, id: i64) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ViewMedical).await?;
    let today = crate::services::calendar::today_on(state, c.site_id).await?;
    let recorded_on = crate::services::calendar::date_on(state, c.site_id, c.created_at).await?;
    Ok(to_dto(c, today, recorded_on))
}

/// Columns A-F of the log as typed: who, what job, when, where, what.
#[derive(Debug, Clone, Default)]
pub struct CaseHeader {
    pub employee_name: String,
    pub job_title: String,
    pub injury_date: String,
    pub learned_on: String,
    pub location: String,
    pub injury_description: String,
    /// 1..6 for M1..M6
    pub case_type: String,
}

fn parse_header(h: &CaseHeader, today: NaiveDate) -> Result<CaseHeaderFacts, AppError> {
    Ok(case_header(
        HeaderForm {
            employee_name: &h.employee_name,
            job_title: &h.job_title,
            injury_date: &h.injury_date,
            learned_on: &h.learned_on,
            location: &h.location,
            injury_description: &h.injury_description,
            case_type: &h.case_type,
        },
        today,
    )?)
}

/// Opens a case on a site (optionally from a reported injury event), numbered per site and year.
pub async fn open_case(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    event_id: Option<i64>,
    h: CaseHeader,
) -> Result<CaseDto, AppError> {
    let now = state.now();
    access::osha(state, user, site_id, Permission::ManageOsha)?;
    access::osha(state, user, site_id, Permission::ViewMedical)?;
    let today = crate::services::calendar::today_on(state, site_id).await?;
    if let Some(eid) = event_id {
        let e = crate::repo::safety::event_by_id(&state.db, eid).await?;
        if e.is_none_or(|e| e.site_id != site_id) {
            return Err(AppError::validation("event_id", "No such event on this site."));
        }
        if osha::case_of_event(&state.db, eid).await?.is_some() {
            return Err(AppError::Conflict("This event already has an OSHA case.".into()));
        }
    }
    let p = parse_header(&h, today)?;
    let year = p.injury_date.year();
    let txn = begin_write(&state.db).await?;
    let seq = osha::next_case_seq(&txn, site_id, year).await?;
    let new = osha::NewCase {
        site_id,
        event_id,
        year,
        case_number: case_number(year, seq),
        header: p,
        created_by: Some(user.id),
    };
    let row = osha::insert_case(&txn, new, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("osha_case.open", "osha_case", row.id).site(Some(site_id)).after(audit_view(&row)),
    )
    .await?;
    txn.commit().await?;
    let recorded_on = crate::services::calendar::date_on(state, row.site_id, row.created_at).await?;
    Ok(to_dto(row, today, recorded_on))
}

/// Writes a changed case and its audit entry (before and after) in one transaction.
async fn save(
    state: &AppState,
    user: &CurrentUser,
    before: &oc::Model,
    am: oc::ActiveModel,
    action: &'static str,
    reason: Option<String>,
) -> Result<CaseDto, AppError> {
    let now = state.now();
    let today = crate::services::calendar::today_on(state, before.site_id).await?;
    let txn = begin_write(&state.db).await?;
    let current = osha::case_by_id(&txn, before.id).await?.ok_or(AppError::NotFound)?;
    if current.updated_at != before.updated_at {
        return Err(AppError::Conflict("Someone changed this case meanwhile; reload it.".into()));
    }
    let saved = osha::update_case(&txn, am, now).await?;
    if saved.decided_at.is_some() {
        // OSHA-8: recorded, so the 7-day reminders are settled
        crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::OshaRecording, saved.id, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new(action, "osha_case", saved.id)
            .site(Some(saved.site_id))
            .before(audit_view(before))
            .after(audit_view(&saved))
            .reason(reason),
    )
    .await?;
    txn.commit().await?;
    let recorded_on = crate::services::calendar::date_on(state, saved.site_id, saved.created_at).await?;
    Ok(to_dto(saved, today, recorded_on))
}

pub async fn update_header(state: &AppState, user: &CurrentUser, id: i64, h: CaseHeader) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let today = crate::services::calendar::today_on(state, c.site_id).await?;
    let p = parse_header(&h, today)?;
    if p.injury_date.year() != c.year {
        return Err(AppError::validation(
            "injury_date",
            format!("The case is on the {} log; a date in another year needs a new case.", c.year),
        ));
    }
    if let Some(r) = PrivacyReason::parse(&c.privacy_reason) {
        privacy::check(r, p.case_type).map_err(|m| AppError::validation("case_type", m))?;
    }
    let mut am: oc::ActiveModel = c.clone().into();
    am.employee_name = Set(p.employee_name);
    am.job_title = Set(p.job_title);
    am.injury_date = Set(p.injury_date);
    am.learned_on = Set(p.learned_on);
    am.location = Set(p.location);
    am.injury_description = Set(p.injury_description);
    am.case_type = Set(p.case_type.number().to_string());
    save(state, user, &c, am, "osha_case.update", None).await
}

/// Applies OSHA-1..3 to the guided form's answers. The result waits for the EHS officer to
/// confirm or override it.
pub async fn decide_case(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    answers: &[(String, String)],
) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let facts = facts_from_form(answers).map_err(|(f, m)| AppError::validation(f, m))?;
    let d = decide(&facts);
    let mut am: oc::ActiveModel = c.clone().into();
    // what the special criteria say about how the case is recorded (1904.10: column M(5);
    // 1904.29(b)(7)(vi): a contaminated sharp is a privacy case), in the same audited change
    if d.recordable && facts.hearing_loss() {
        am.case_type = Set(domain::osha::classification::CaseType::HearingLoss.number().to_string());
    }
    if d.recordable && facts.privacy_case() && c.privacy_reason.is_empty() {
        am.privacy_reason = Set(PrivacyReason::ContaminatedNeedlestickOrSharps.code().to_string());
    }
    am.facts = Set(serde_json::to_string(&facts).map_err(AppError::internal)?);
    am.decided_recordable = Set(Some(d.recordable));
    am.decision_rule = Set(format!("{:?}", d.rule));
    am.decision_text = Set(d.explanation);
    am.decision_status = Set("pending".into());
    am.recordable = Set(d.recordable);
    am.override_reason = Set(String::new());
    am.decided_by = Set(None);
    am.decided_at = Set(None);
    save(state, user, &c, am, "osha_case.decide", None).await
}

/// The EHS officer confirms the decision, or overrides it with a reason (both audited).
pub async fn confirm_decision(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    overrule: bool,
    reason: &str,
) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let Some(decided) = c.decided_recordable else {
        return Err(AppError::validation("decision", "Answer the recordability questions first."));
    };
    let reason = reason.trim();
    if overrule && reason.is_empty() {
        return Err(AppError::validation("override_reason", "Give the reason for overriding the decision."));
    }
    if reason.chars().count() > 2000 {
        return Err(AppError::validation("override_reason", "Use at most 2000 characters."));
    }
    let mut am: oc::ActiveModel = c.clone().into();
    am.decision_status = Set(if overrule { "overridden" } else { "confirmed" }.into());
    am.recordable = Set(if overrule { !decided } else { decided });
    am.override_reason = Set(if overrule { reason.to_string() } else { String::new() });
    am.decided_by = Set(Some(user.id));
    am.decided_at = Set(Some(state.now()));
    let action = if overrule { "osha_case.override" } else { "osha_case.confirm" };
    save(state, user, &c, am, action, overrule.then(|| reason.to_string())).await
}

#[derive(Debug, Clone, Default)]
pub struct ClassifyInput {
    pub death: bool,
    pub date_of_death: String,
    pub away_periods: String,
    pub restricted_periods: String,
    pub recommended_away: String,
    pub recommended_restricted: String,
}

/// OSHA-4/5: day counts from the date ranges (and recommended days), the outcome box from them.
/// A change of outcome keeps the earlier entry in the audit trail (before/after).
pub async fn classify_case(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    i: ClassifyInput,
) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let today = crate::services::calendar::today_on(state, c.site_id).await?;
    let mut e = FieldErrors::new();
    let away = e.check("away_periods", parse_periods(&i.away_periods));
    let restricted = e.check("restricted_periods", parse_periods(&i.restricted_periods));
    let rec = |field: &str, s: &str, e: &mut FieldErrors| -> Option<i32> {
        match s.trim() {
            "" => None,
            v => e.check(
                field,
                v.parse::<i32>().ok().filter(|n| (0..=10_000).contains(n)).ok_or("Enter a number of days."),
            ),
        }
    };
    let rec_away = rec("recommended_away", &i.recommended_away, &mut e);
    let rec_restricted = rec("recommended_restricted", &i.recommended_restricted, &mut e);
    let death_date = match (i.death, i.date_of_death.trim()) {
        (true, "") => {
            // found here, not only at the ITA export, which cannot be sent without it
            e.add("date_of_death", "Enter the date of death: a death is recorded with it (the ITA file needs it).");
            None
        }
        (true, raw) => e.optional_date("date_of_death", raw),
        (false, _) => None,
    };
    if i.death && death_date.is_some_and(|d| d < c.injury_date) {
        e.add("date_of_death", "The date of death is before the injury.");
    }
    for (f, p) in [("away_periods", &away), ("restricted_periods", &restricted)] {
        if p.iter().flatten().any(|p| p.start <= c.injury_date) {
            e.add(f, "Days are counted from the day after the injury (OSHA-4): start after the injury date.");
        }
        if p.iter().flatten().any(|p| p.start > today) {
            e.add(f, "A period cannot start in the future.");
        }
    }
    let (away, restricted) = e.finish((away, restricted))?;
    let mut am: oc::ActiveModel = c.clone().into();
    am.death = Set(i.death);
    am.date_of_death = Set(death_date);
    let (away, restricted) = (domain::osha::input::periods_text(&away), domain::osha::input::periods_text(&restricted));
    am.away_periods = Set(away.clone());
    am.restricted_periods = Set(restricted.clone());
    am.recommended_away = Set(rec_away);
    am.recommended_restricted = Set(rec_restricted);
    let mut probe = c.clone();
    probe.death = i.death;
    probe.away_periods = away;
    probe.restricted_periods = restricted;
    probe.recommended_away = rec_away;
    probe.recommended_restricted = rec_restricted;
    let (outcome, days) = classification_of(&probe, today);
    am.outcome = Set(outcome.column().to_string());
    am.days_away = Set(days.away as i32);
    am.days_restricted = Set(days.restricted as i32);
    save(state, user, &c, am, "osha_case.classify", None).await
}

/// OSHA-7: marks a privacy case (blank reason: not one).
pub async fn set_privacy(state: &AppState, user: &CurrentUser, id: i64, reason: &str) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let r = match reason.trim() {
        "" => None,
        code => {
            Some(PrivacyReason::parse(code).ok_or_else(|| AppError::validation("privacy_reason", "Choose a reason."))?)
        }
    };
    if let Some(r) = r {
        privacy::check(r, case_type_of(&c)).map_err(|m| AppError::validation("privacy_reason", m))?;
    }
    let mut am: oc::ActiveModel = c.clone().into();
    am.privacy_reason = Set(r.map(|r| r.code().to_string()).unwrap_or_default());
    save(state, user, &c, am, "osha_case.privacy", None).await
}

#[derive(Debug, Clone, Default)]
pub struct Form301 {
    pub employee_street: String,
    pub employee_city: String,
    pub employee_state: String,
    pub employee_zip: String,
    pub date_of_birth: String,
    pub date_hired: String,
    pub sex: String,
    pub physician: String,
    pub facility: String,
    /// "yes", "no" or blank
    pub emergency_room: String,
    pub hospitalized: String,
    pub time_began_work: String,
    pub time_of_event: String,
    pub before_incident: String,
    pub what_happened: String,
    pub object_substance: String,
}

fn yes_no(field: &str, s: &str, e: &mut FieldErrors) -> Option<bool> {
    match s.trim() {
        "yes" | "true" | "on" => Some(true),
        "no" | "false" => Some(false),
        "" => None,
        _ => {
            e.add(field, "Answer yes or no.");
            None
        }
    }
}

/// Form 301's remaining fields.
pub async fn save_301(state: &AppState, user: &CurrentUser, id: i64, f: Form301) -> Result<CaseDto, AppError> {
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let mut e = FieldErrors::new();
    let dob = e.optional_date("date_of_birth", &f.date_of_birth);
    let hired = e.optional_date("date_hired", &f.date_hired);
    if dob.is_some_and(|d| d >= c.injury_date) {
        e.add("date_of_birth", "The date of birth must be before the injury.");
    }
    if hired.is_some_and(|d| d > c.injury_date) {
        e.add("date_hired", "The hire date is after the injury.");
    }
    let sex = f.sex.trim().to_uppercase();
    if !["", "M", "F"].contains(&sex.as_str()) {
        e.add("sex", "Choose M or F, or leave it blank (the ITA case file takes M, F or blank).");
    }
    let er = yes_no("emergency_room", &f.emergency_room, &mut e);
    let hosp = yes_no("hospitalized", &f.hospitalized, &mut e);
    let began = e.check("time_began_work", parse_time(&f.time_began_work));
    let event_time = e.check("time_of_event", parse_time(&f.time_of_event));
    for (field, v, max) in [
        ("employee_street", &f.employee_street, 200),
        ("employee_city", &f.employee_city, 100),
        ("employee_state", &f.employee_state, 2),
        ("employee_zip", &f.employee_zip, 10),
        ("physician", &f.physician, 200),
        ("facility", &f.facility, 400),
        ("before_incident", &f.before_incident, 5000),
        ("what_happened", &f.what_happened, 5000),
        ("object_substance", &f.object_substance, 5000),
    ] {
        if v.trim().chars().count() > max {
            e.add(field, format!("Use at most {max} characters."));
        }
    }
    e.into_result()?;
    let hm =
        |t: Option<Option<chrono::NaiveTime>>| t.flatten().map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
    let mut am: oc::ActiveModel = c.clone().into();
    am.employee_street = Set(f.employee_street.trim().into());
    am.employee_city = Set(f.employee_city.trim().into());
    am.employee_state = Set(f.employee_state.trim().to_uppercase());
    am.employee_zip = Set(f.employee_zip.trim().into());
    am.date_of_birth = Set(dob);
    am.date_hired = Set(hired);
    am.sex = Set(sex);
    am.physician = Set(f.physician.trim().into());
    am.facility = Set(f.facility.trim().into());
    am.emergency_room = Set(er);
    am.hospitalized = Set(hosp);
    am.time_began_work = Set(hm(began));
    am.time_of_event = Set(hm(event_time));
    am.before_incident = Set(f.before_incident.trim().into());
    am.what_happened = Set(f.what_happened.trim().into());
    am.object_substance = Set(f.object_substance.trim().into());
    save(state, user, &c, am, "osha_case.form_301", None).await
}

/// OSHA-8: a case can be deleted only after its 5-year retention (from Jan 1 of year + 6).
pub async fn delete_case(state: &AppState, user: &CurrentUser, id: i64) -> Result<(), AppError> {
    let now = state.now();
    let c = case_for(state, user, id, Permission::ManageOsha).await?;
    let today = crate::services::calendar::today_on(state, c.site_id).await?;
    if !may_delete(c.year, today) {
        let until = deletable_from(c.year).pred_opt().unwrap_or(deletable_from(c.year));
        return Err(AppError::Conflict(format!(
            "OSHA records for {} are kept until {until} (5 years after the end of the year); this case cannot be deleted before {}.",
            c.year,
            deletable_from(c.year)
        )));
    }
    let txn = begin_write(&state.db).await?;
    osha::delete_case(&txn, c.id).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("osha_case.delete", "osha_case", c.id).site(Some(c.site_id)).before(audit_view(&c)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A site's cases of a year (all of them: recordable, pending and not recordable), by date.
pub(crate) async fn cases_of(state: &AppState, site_id: i64, year: i32) -> Result<Vec<oc::Model>, AppError> {
    Ok(osha::cases_of_year(&state.db, site_id, year).await?)
}
