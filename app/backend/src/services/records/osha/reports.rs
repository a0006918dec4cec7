//! OSHA outputs per site and year: the 300 log (page and CSV), the 300A summary, the
//! confidential privacy list, the two ITA CSV files (validated, every failing field named), and
//! rates per site, across sites and by month.
use chrono::{Datelike, NaiveDate};

use super::{cases_of, classification, load_establishment, type_of, year_dto};
use crate::auth::CurrentUser;
use crate::entities::osha_case as oc;
use crate::repo::{osha, sites};
use crate::services::access;
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::safety::{
    EstablishmentDto, FieldProblemDto, ItaCheckDto, Log300Dto, LogRowDto, OshaOverviewDto, PrivacyRowDto, RatesDto,
    RatesReportDto, SiteRatesDto, SummaryDto, TotalsDto, TrendPointDto,
};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::kpi::round2;
use domain::osha::classification::{CaseType, Outcome};
use domain::osha::deadlines::{days_late, ita_due, posting_window, record_by};
use domain::osha::ita::{self, CaseRecord, Establishment, EstablishmentType, FieldProblem, Summary};
use domain::osha::log::{LogEntry, rate_inputs, totals};
use domain::osha::privacy::{PrivacyReason, name_on_log};
use domain::osha::rates::{self, monthly_trend};

/// A case as the log counts it, on the site's calendar today: its outcome, days and type.
struct Tally {
    injury_date: NaiveDate,
    outcome: Outcome,
    away: u32,
    restricted: u32,
    case_type: CaseType,
}

fn tally(c: &osha::CaseCounts, today: NaiveDate) -> Tally {
    let (outcome, days) = classification(c, today);
    Tally {
        injury_date: c.injury_date,
        outcome,
        away: days.away,
        restricted: days.restricted,
        case_type: type_of(&c.case_type),
    }
}

/// A case on the log (or pending) with what its row shows.
struct Counted {
    case: oc::Model,
    /// the day it was entered, on the site's calendar
    recorded_on: NaiveDate,
    tally: Tally,
}

/// The site's calendar: its time zone and today there.
async fn site_calendar(state: &AppState, site_id: i64) -> Result<(String, NaiveDate), AppError> {
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let today = local_today(&site.timezone, state.now());
    Ok((site.timezone, today))
}

fn counted_case(c: oc::Model, tz: &str, today: NaiveDate) -> Counted {
    Counted { tally: tally(&osha::CaseCounts::of(&c), today), recorded_on: local_today(tz, c.created_at), case: c }
}

/// Every case of a site's year on the log and pending, whole (the exports).
async fn counted(state: &AppState, site_id: i64, year: i32) -> Result<(Vec<Counted>, Vec<Counted>), AppError> {
    super::known_year(state, year)?;
    let (tz, today) = site_calendar(state, site_id).await?;
    let read = |listed| osha::cases_listed(&state.db, site_id, year, listed);
    let counted = |cases: Vec<oc::Model>| cases.into_iter().map(|c| counted_case(c, &tz, today)).collect::<Vec<_>>();
    let log = counted(read(osha::Listed::OnLog).await?);
    let pending = counted(read(osha::Listed::Pending).await?);
    Ok((log, pending))
}

/// Every case on a site's log of a year, counted from the few columns counting needs (the 300A,
/// the log's totals, the rates: no names or narratives read).
async fn tallies(state: &AppState, site_id: i64, year: i32) -> Result<Vec<Tally>, AppError> {
    super::known_year(state, year)?;
    let (_, today) = site_calendar(state, site_id).await?;
    Ok(osha::log_counts(&state.db, site_id, year).await?.iter().map(|c| tally(c, today)).collect())
}

fn entries<'a>(cases: impl IntoIterator<Item = &'a Tally>) -> Vec<LogEntry> {
    cases
        .into_iter()
        .map(|c| LogEntry {
            outcome: c.outcome,
            case_type: c.case_type,
            days_away: c.away,
            days_restricted: c.restricted,
        })
        .collect()
}

fn totals_dto<'a>(cases: impl IntoIterator<Item = &'a Tally>) -> TotalsDto {
    let t = totals(&entries(cases));
    TotalsDto {
        deaths: t.outcomes[0] as i32,
        days_away_cases: t.outcomes[1] as i32,
        restricted_cases: t.outcomes[2] as i32,
        other_cases: t.outcomes[3] as i32,
        days_away: t.days_away as i32,
        days_restricted: t.days_restricted as i32,
        by_type: t.by_type.iter().map(|n| *n as i32).collect(),
        reconciles: t.reconciles(),
    }
}

fn row(c: &Counted) -> LogRowDto {
    let privacy = !c.case.privacy_reason.is_empty();
    let late = days_late(c.case.learned_on, c.recorded_on);
    LogRowDto {
        case_id: c.case.id,
        case_number: c.case.case_number.clone(),
        employee_name: name_on_log(&c.case.employee_name, privacy).to_string(),
        job_title: c.case.job_title.clone(),
        injury_date: c.case.injury_date,
        location: c.case.location.clone(),
        description: c.case.injury_description.clone(),
        outcome: c.tally.outcome.column().to_string(),
        days_away: c.tally.away as i32,
        days_restricted: c.tally.restricted as i32,
        case_type: c.tally.case_type.column(),
        recordable: c.case.recordable,
        decision_status: c.case.decision_status.clone(),
        record_by: record_by(c.case.learned_on),
        recorded_on: c.recorded_on,
        recorded_late: late.is_some(),
        recorded_late_days: late.unwrap_or(0) as i32,
    }
}

async fn site_name(state: &AppState, site_id: i64) -> Result<String, AppError> {
    Ok(sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?.name)
}

/// The OSHA 300 log of a site and year, every row (the API and the CSV; column B reads "Privacy
/// Case" for privacy cases).
pub async fn log(state: &AppState, user: &CurrentUser, site_id: i64, year: i32) -> Result<Log300Dto, AppError> {
    access::osha(state, user, site_id, Permission::ViewMedical)?;
    let (log, pending) = counted(state, site_id, year).await?;
    let rows = log.len() as u32;
    Ok(Log300Dto {
        site_id,
        site_name: site_name(state, site_id).await?,
        year,
        establishment: load_establishment(state, site_id).await?,
        rows: log.iter().map(row).collect(),
        pending: pending.iter().map(row).collect(),
        totals: totals_dto(log.iter().map(|c| &c.tally)),
        page: 1,
        per_page: rows.max(1),
        rows_in_all: rows,
    })
}

/// Rows of the 300 log page.
pub const LOG_PAGE_ROWS: u64 = 100;

/// One page of the 300 log (`page` from 1, [`LOG_PAGE_ROWS`] rows) with the year's totals and
/// the cases still pending: the page reads its own rows only and counts the others from the few
/// columns counting needs, so a year of thousands of cases costs the same as a year of a hundred.
pub async fn log_page(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
    page: u32,
) -> Result<Log300Dto, AppError> {
    access::osha(state, user, site_id, Permission::ViewMedical)?;
    let counts = tallies(state, site_id, year).await?;
    let (tz, today) = site_calendar(state, site_id).await?;
    let last = (counts.len() as u64).div_ceil(LOG_PAGE_ROWS).max(1);
    let page = u64::from(page).clamp(1, last);
    let (cases, _) = osha::cases_page(&state.db, site_id, year, osha::Listed::OnLog, page - 1, LOG_PAGE_ROWS).await?;
    let pending = osha::cases_listed(&state.db, site_id, year, osha::Listed::Pending).await?;
    Ok(Log300Dto {
        site_id,
        site_name: site_name(state, site_id).await?,
        year,
        establishment: load_establishment(state, site_id).await?,
        rows: cases.into_iter().map(|c| row(&counted_case(c, &tz, today))).collect(),
        pending: pending.into_iter().map(|c| row(&counted_case(c, &tz, today))).collect(),
        totals: totals_dto(&counts),
        page: page as u32,
        per_page: LOG_PAGE_ROWS as u32,
        rows_in_all: counts.len() as u32,
    })
}

/// Cases a page of the OSHA home lists.
pub const OVERVIEW_PAGE_CASES: u64 = 50;

/// What the OSHA page shows first: establishment, the year's data, and one page (from 1) of the
/// year's cases for those who may see them.
pub async fn overview(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
    page: u32,
) -> Result<OshaOverviewDto, AppError> {
    let today = state.today();
    access::osha(state, user, site_id, Permission::ViewOshaSummary)?;
    let can_see_medical = user.can(Target::Site(site_id), Permission::ViewMedical, today);
    let (cases, in_all, page) = if can_see_medical {
        super::known_year(state, year)?;
        let (tz, local) = site_calendar(state, site_id).await?;
        let page = u64::from(page.max(1));
        let (mut cases, mut in_all) =
            osha::cases_page(&state.db, site_id, year, osha::Listed::All, page - 1, OVERVIEW_PAGE_CASES).await?;
        let last = in_all.div_ceil(OVERVIEW_PAGE_CASES).max(1);
        let page = if page > last {
            // past the last page: the last one
            (cases, in_all) =
                osha::cases_page(&state.db, site_id, year, osha::Listed::All, last - 1, OVERVIEW_PAGE_CASES).await?;
            last
        } else {
            page
        };
        (cases.into_iter().map(|c| row(&counted_case(c, &tz, local))).collect(), in_all, page)
    } else {
        (vec![], 0, 1)
    };
    Ok(OshaOverviewDto {
        site_id,
        year,
        establishment: load_establishment(state, site_id).await?,
        year_data: year_dto(state, site_id, year).await?,
        can_manage: user.can(Target::Site(site_id), Permission::ManageOsha, today),
        can_see_medical,
        can_certify: user.can(Target::Site(site_id), Permission::CertifyOsha, today),
        cases,
        page: page as u32,
        per_page: OVERVIEW_PAGE_CASES as u32,
        cases_in_all: in_all as u32,
    })
}

/// Every case of a site's year as log rows (recordable, pending and not recordable), for the
/// medical roles (the API's case list).
pub async fn all_cases(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
) -> Result<Vec<LogRowDto>, AppError> {
    access::osha(state, user, site_id, Permission::ViewOshaSummary)?;
    if !user.can(Target::Site(site_id), Permission::ViewMedical, state.today()) {
        return Err(AppError::Forbidden);
    }
    super::known_year(state, year)?;
    let (tz, local) = site_calendar(state, site_id).await?;
    Ok(cases_of(state, site_id, year).await?.into_iter().map(|c| row(&counted_case(c, &tz, local))).collect())
}

/// The 300 log as CSV for people (columns A-M headed as OSHA's form words them in `form`'s language,
/// one row per recordable case; names masked for privacy cases).
pub async fn log_csv(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
    form: domain::osha::forms::FormLanguage,
) -> Result<String, AppError> {
    let l = log(state, user, site_id, year).await?;
    let mut out = domain::csv_file::CsvFile::for_spreadsheets();
    out.row(domain::osha::forms::log(form).columns);
    for r in &l.rows {
        let mark = |col: &str| if r.outcome == col { "X" } else { "" };
        let ty = |m: &str| if r.case_type == m { "X" } else { "" };
        let fields = [
            r.case_number.clone(),
            r.employee_name.clone(),
            r.job_title.clone(),
            r.injury_date.format("%m/%d/%Y").to_string(),
            r.location.clone(),
            r.description.clone(),
            mark("G").into(),
            mark("H").into(),
            mark("I").into(),
            mark("J").into(),
            r.days_away.to_string(),
            r.days_restricted.to_string(),
            ty("M1").into(),
            ty("M2").into(),
            ty("M3").into(),
            ty("M4").into(),
            ty("M5").into(),
            ty("M6").into(),
        ];
        out.row(&fields);
    }
    out.finish().map_err(AppError::internal)
}

fn rates_dto(t: &domain::osha::rates::LogTotals, hours: f64) -> RatesDto {
    let r = rates::rates(t, hours);
    let f = |x: Option<f64>| x.map(round2);
    RatesDto {
        trc: f(r.trc),
        dart: f(r.dart),
        dafw: f(r.dafw),
        ltir: f(r.ltir),
        ltifr: f(r.ltifr),
        severity: f(r.severity),
    }
}

/// The 300A summary of a site and year: totals from the log (no names), rates, certification.
pub async fn summary(state: &AppState, user: &CurrentUser, site_id: i64, year: i32) -> Result<SummaryDto, AppError> {
    access::osha(state, user, site_id, Permission::ViewOshaSummary)?;
    let log = tallies(state, site_id, year).await?;
    let yd = year_dto(state, site_id, year).await?;
    let (from, until) = posting_window(year);
    Ok(SummaryDto {
        site_id,
        site_name: site_name(state, site_id).await?,
        year,
        establishment: load_establishment(state, site_id).await?,
        annual_average_employees: yd.annual_average_employees,
        total_hours_worked: yd.total_hours_worked,
        totals: totals_dto(&log),
        rates: rates_dto(&rate_inputs(&entries(&log)), yd.total_hours_worked as f64),
        certification: yd.certification,
        posting_from: from,
        posting_until: until,
        ita_due: ita_due(year),
    })
}

/// The confidential list: case number -> name, for privacy cases only.
pub async fn privacy_list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
) -> Result<Vec<PrivacyRowDto>, AppError> {
    access::osha(state, user, site_id, Permission::ViewMedical)?;
    Ok(cases_of(state, site_id, year)
        .await?
        .into_iter()
        .filter_map(|c| {
            let reason = PrivacyReason::parse(&c.privacy_reason)?;
            Some(PrivacyRowDto {
                case_number: c.case_number,
                employee_name: c.employee_name,
                reason: reason.label().into(),
            })
        })
        .collect())
}

fn establishment(e: &EstablishmentDto) -> Establishment {
    Establishment {
        name: e.name.clone(),
        ein: e.ein.clone(),
        company_name: e.company_name.clone(),
        street_address: e.street_address.clone(),
        city: e.city.clone(),
        state: e.state.clone(),
        zip: e.zip.clone(),
        naics_code: e.naics_code.clone(),
        industry_description: e.industry_description.clone(),
        establishment_type: match e.establishment_type.as_str() {
            "private" => Some(EstablishmentType::Private),
            "state_government" => Some(EstablishmentType::StateGovernment),
            "local_government" => Some(EstablishmentType::LocalGovernment),
            _ => None,
        },
    }
}

fn record(c: &Counted) -> CaseRecord {
    let k = &c.case;
    let time = |s: &str| chrono::NaiveTime::parse_from_str(s, "%H:%M").ok();
    CaseRecord {
        case_number: k.case_number.clone(),
        job_title: k.job_title.clone(),
        date_of_incident: k.injury_date,
        incident_location: k.location.clone(),
        incident_description: k.injury_description.clone(),
        outcome: c.tally.outcome,
        dafw_num_away: c.tally.away,
        djtr_num_tr: c.tally.restricted,
        case_type: c.tally.case_type,
        date_of_birth: k.date_of_birth,
        date_of_hire: k.date_hired,
        sex: k.sex.clone(),
        treated_in_emergency_room: k.emergency_room,
        hospitalized_overnight: k.hospitalized,
        time_started_work: time(&k.time_began_work),
        time_of_incident: time(&k.time_of_event),
        nar_before_incident: k.before_incident.clone(),
        nar_what_happened: k.what_happened.clone(),
        nar_injury_illness: k.injury_description.clone(),
        nar_object_substance: k.object_substance.clone(),
        date_of_death: k.date_of_death,
    }
}

struct ItaInputs {
    establishment: Establishment,
    summary: Summary,
    cases: Vec<CaseRecord>,
}

async fn ita_inputs(state: &AppState, site_id: i64, year: i32) -> Result<ItaInputs, AppError> {
    let (log, _) = counted(state, site_id, year).await?;
    let yd = year_dto(state, site_id, year).await?;
    let t = totals(&entries(log.iter().map(|c| &c.tally)));
    Ok(ItaInputs {
        establishment: establishment(&load_establishment(state, site_id).await?),
        summary: Summary {
            year,
            annual_average_employees: yd.annual_average_employees.max(0) as u32,
            total_hours_worked: yd.total_hours_worked.max(0) as u64,
            deaths: t.outcomes[0],
            dafw_cases: t.outcomes[1],
            djtr_cases: t.outcomes[2],
            other_cases: t.outcomes[3],
            dafw_days: t.days_away,
            djtr_days: t.days_restricted,
            by_type: t.by_type,
            change_reason: yd.change_reason,
        },
        cases: log.iter().map(record).collect(),
    })
}

fn problems(p: Vec<FieldProblem>) -> Vec<FieldProblemDto> {
    p.into_iter().map(|p| FieldProblemDto { case_number: p.case_number, field: p.field, message: p.message }).collect()
}

/// Both ITA files checked: every failing field named (none: ready to download).
pub async fn ita_check(state: &AppState, user: &CurrentUser, site_id: i64, year: i32) -> Result<ItaCheckDto, AppError> {
    access::osha(state, user, site_id, Permission::ViewMedical)?;
    let i = ita_inputs(state, site_id, year).await?;
    let row = super::year_row(&state.db, site_id, year).await?;
    Ok(ItaCheckDto {
        year,
        summary_problems: ita::summary_csv(&i.establishment, &i.summary).err().map(problems).unwrap_or_default(),
        case_problems: ita::cases_csv(&i.establishment, year, &i.cases).err().map(problems).unwrap_or_default(),
        cases: i.cases.len() as i32,
        due: ita_due(year),
        submitted_on: row.and_then(|r| r.ita_submitted_on),
        can_record: user.can(Target::Site(site_id), Permission::ManageOsha, state.today()),
    })
}

/// Refused with every problem as a field error (field "case_number: column" for a case's).
fn refuse(p: Vec<FieldProblem>) -> AppError {
    let mut e = domain::validation::FieldErrors::new();
    for p in p {
        let key = match &p.case_number {
            Some(n) => format!("{n}: {}", p.field),
            None => p.field.clone(),
        };
        e.add(&key, p.message);
    }
    AppError::Validation(e)
}

/// The ITA 300A summary CSV (OSHA-10), or 422 naming each failing field.
pub async fn ita_summary_csv(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    year: i32,
) -> Result<String, AppError> {
    access::osha(state, user, site_id, Permission::ViewOshaSummary)?;
    let i = ita_inputs(state, site_id, year).await?;
    ita::summary_csv(&i.establishment, &i.summary).map_err(refuse)
}

/// The ITA case data CSV (OSHA-10), or 422 naming each failing field.
pub async fn ita_cases_csv(state: &AppState, user: &CurrentUser, site_id: i64, year: i32) -> Result<String, AppError> {
    access::osha(state, user, site_id, Permission::ViewMedical)?;
    let i = ita_inputs(state, site_id, year).await?;
    ita::cases_csv(&i.establishment, year, &i.cases).map_err(refuse)
}

/// Rates of a year for every site the user may see the summary of, the sites together, and the
/// current site's trend by month.
pub async fn rates_report(
    state: &AppState,
    user: &CurrentUser,
    current_site: i64,
    year: i32,
) -> Result<RatesReportDto, AppError> {
    let today = state.today();
    access::osha(state, user, current_site, Permission::ViewOshaSummary)?;
    // an unknown site is not found, as on every other report (not every site's rates)
    sites::by_id(&state.db, current_site).await?.ok_or(AppError::NotFound)?;
    super::known_year(state, year)?;
    let mut out = Vec::new();
    let mut all_t = domain::osha::rates::LogTotals::default();
    let mut all_entries = Vec::new();
    let mut all_hours = 0i64;
    let mut trend = vec![];
    for s in sites::all(&state.db).await? {
        if !user.can(Target::Site(s.id), Permission::ViewOshaSummary, today) {
            continue;
        }
        let log = tallies(state, s.id, year).await?;
        let e = entries(&log);
        let t = rate_inputs(&e);
        let hours = year_dto(state, s.id, year).await?.total_hours_worked;
        if s.id == current_site {
            let months: Vec<u32> = log.iter().map(|c| c.injury_date.month()).collect();
            trend = monthly_trend(&months, hours as f64)
                .into_iter()
                .map(|p| TrendPointDto {
                    month: p.month as i32,
                    recordable: p.recordable as i32,
                    trc_ytd: p.trc_ytd.map(round2),
                })
                .collect();
        }
        all_t.add(&t);
        all_hours += hours;
        all_entries.extend(log);
        out.push(SiteRatesDto {
            site_id: Some(s.id),
            site_name: s.name,
            hours,
            recordable: t.recordable() as i32,
            totals: totals_dto(&all_entries[all_entries.len() - e.len()..]),
            rates: rates_dto(&t, hours as f64),
        });
    }
    let all_sites = SiteRatesDto {
        site_id: None,
        site_name: "All sites".into(),
        hours: all_hours,
        recordable: all_t.recordable() as i32,
        totals: totals_dto(&all_entries),
        rates: rates_dto(&all_t, all_hours as f64),
    };
    Ok(RatesReportDto { year, sites: out, all_sites, trend })
}
