//! Safety and OSHA data on the wire. Medical details (injury descriptions, names, 301 fields)
//! are only ever filled in for someone who may see them; for everyone else the fields are blank
//! and `details_hidden` says so.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventDto {
    pub id: i64,
    pub site_id: i64,
    /// injury_illness, near_miss, hazard, property_damage or environmental_release
    pub kind: String,
    pub title: String,
    /// Blank when `details_hidden`.
    pub description: String,
    pub area: String,
    pub asset_id: Option<i64>,
    pub asset_tag: String,
    pub occurred_at: DateTime<Utc>,
    /// The site's time zone (IANA, e.g. America/Chicago): `occurred_at` is entered and shown on
    /// its clock, and stored and sent as the UTC instant.
    pub site_timezone: String,
    /// Blank when `details_hidden`.
    pub people_involved: String,
    pub immediate_actions: String,
    /// The reporter's name, or "Anonymous".
    pub reporter: String,
    /// The caller reported it.
    pub mine: bool,
    /// reported, investigating or closed
    pub status: String,
    /// Medical details withheld from this caller.
    pub details_hidden: bool,
    pub photo_ids: Vec<i64>,
    /// The OSHA case opened from it, for those who may see cases.
    pub case_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPage {
    pub events: Vec<EventDto>,
    pub total: u64,
    pub page: i64,
    pub per_page: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CapaDto {
    pub id: i64,
    pub site_id: i64,
    /// What raised it: "investigation" (or an audit finding)
    pub source_type: String,
    pub source_id: i64,
    /// immediate, corrective or preventive
    pub kind: String,
    pub title: String,
    pub description: String,
    pub owner_id: i64,
    pub owner_name: String,
    pub due_date: NaiveDate,
    /// open, in_progress, done, verified_effective or reopened
    pub status: String,
    pub evidence: String,
    pub completed_at: Option<DateTime<Utc>>,
    pub verified_by_name: String,
    pub verified_at: Option<DateTime<Utc>>,
    pub effectiveness_note: String,
    pub work_order_id: Option<i64>,
    /// Open and past its due date (in the site's time zone).
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvestigationDto {
    pub id: i64,
    pub event_id: i64,
    pub lead_name: String,
    pub people: String,
    pub witnesses: String,
    pub timeline: String,
    /// The answers to "why?", in order (at most five).
    pub whys: Vec<String>,
    pub root_cause: String,
    /// people, method, machine, material, environment or management (blank until chosen)
    pub cause_category: String,
    pub contributing_factors: String,
    /// open or closed
    pub status: String,
    pub actions: Vec<CapaDto>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventDetail {
    pub event: EventDto,
    pub investigation: Option<InvestigationDto>,
    pub can_investigate: bool,
    pub can_open_case: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EstablishmentDto {
    pub site_id: i64,
    pub name: String,
    /// 9 digits
    pub ein: String,
    pub company_name: String,
    pub street_address: String,
    pub city: String,
    /// Two-letter state code
    pub state: String,
    pub zip: String,
    /// 6-digit NAICS code
    pub naics_code: String,
    pub industry_description: String,
    /// private, state_government or local_government (blank until chosen)
    pub establishment_type: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CertificationDto {
    pub name: String,
    pub title: String,
    pub phone: String,
    pub date: NaiveDate,
    pub signed_by: String,
    pub signed_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YearDataDto {
    pub site_id: i64,
    pub year: i32,
    pub annual_average_employees: i32,
    pub total_hours_worked: i64,
    pub change_reason: String,
    pub certification: Option<CertificationDto>,
}

/// An OSHA case in full: only for those who may see medical details.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseDto {
    pub id: i64,
    pub site_id: i64,
    pub event_id: Option<i64>,
    pub year: i32,
    pub case_number: String,
    pub employee_name: String,
    pub job_title: String,
    pub injury_date: NaiveDate,
    pub learned_on: NaiveDate,
    pub location: String,
    pub injury_description: String,
    /// 1..6 for M1..M6
    pub case_type: i32,
    /// The guided form's answers as name/value pairs.
    pub facts: Vec<FormAnswer>,
    /// What OSHA-1..3 decided (None until the form is answered) and the rule that decided it.
    pub decided_recordable: Option<bool>,
    pub decision_rule: String,
    pub decision_text: String,
    /// pending, confirmed or overridden
    pub decision_status: String,
    /// The recordability that counts: the decision, or its override.
    pub recordable: bool,
    pub override_reason: String,
    pub death: bool,
    pub date_of_death: Option<NaiveDate>,
    /// One period per line, "YYYY-MM-DD to YYYY-MM-DD" (no end: still going on).
    pub away_periods: String,
    pub restricted_periods: String,
    pub recommended_away: Option<i32>,
    pub recommended_restricted: Option<i32>,
    /// G, H, I or J
    pub outcome: String,
    /// Column K
    pub days_away: i32,
    /// Column L
    pub days_restricted: i32,
    /// The 180-day cap cut the counts.
    pub capped: bool,
    /// Blank, or the OSHA-7 privacy reason.
    pub privacy_reason: String,
    pub employee_street: String,
    pub employee_city: String,
    pub employee_state: String,
    pub employee_zip: String,
    pub date_of_birth: Option<NaiveDate>,
    pub date_hired: Option<NaiveDate>,
    /// M, F or blank
    pub sex: String,
    pub physician: String,
    pub facility: String,
    pub emergency_room: Option<bool>,
    pub hospitalized: Option<bool>,
    /// HH:MM or blank
    pub time_began_work: String,
    pub time_of_event: String,
    pub before_incident: String,
    pub what_happened: String,
    pub object_substance: String,
    /// OSHA-8: record within 7 days of learning of it.
    pub record_by: NaiveDate,
    /// The day the case was entered, on the site's calendar
    pub recorded_on: NaiveDate,
    /// Entered after its 7-day limit (`record_by`)
    pub recorded_late: bool,
    /// How many days after the limit it was entered (0 when in time)
    pub recorded_late_days: i32,
    /// OSHA-8: kept until the end of year + 5; deletable from this day.
    pub deletable_from: NaiveDate,
}

/// A case in a list: what the 300 log shows (column B already masked for privacy cases).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LogRowDto {
    pub case_id: i64,
    /// Column A
    pub case_number: String,
    /// Column B: the name, or "Privacy Case"
    pub employee_name: String,
    /// Column C
    pub job_title: String,
    /// Column D
    pub injury_date: NaiveDate,
    /// Column E
    pub location: String,
    /// Column F
    pub description: String,
    /// G, H, I or J
    pub outcome: String,
    /// Column K
    pub days_away: i32,
    /// Column L
    pub days_restricted: i32,
    /// M1..M6
    pub case_type: String,
    pub recordable: bool,
    /// pending, confirmed or overridden
    pub decision_status: String,
    pub record_by: NaiveDate,
    /// The day the case was entered, on the site's calendar
    pub recorded_on: NaiveDate,
    /// Entered after its 7-day limit (`record_by`)
    pub recorded_late: bool,
    /// How many days after the limit it was entered (0 when in time)
    pub recorded_late_days: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TotalsDto {
    /// Column G
    pub deaths: i32,
    /// Column H
    pub days_away_cases: i32,
    /// Column I
    pub restricted_cases: i32,
    /// Column J
    pub other_cases: i32,
    /// Column K
    pub days_away: i32,
    /// Column L
    pub days_restricted: i32,
    /// M1..M6: injuries, skin disorders, respiratory conditions, poisonings, hearing loss, all other illnesses
    pub by_type: Vec<i32>,
    /// G+H+I+J equals M1+..+M6 (OSHA-9)
    pub reconciles: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Log300Dto {
    pub site_id: i64,
    pub site_name: String,
    pub year: i32,
    pub establishment: EstablishmentDto,
    /// Recordable cases (confirmed or overridden to recordable), in date order.
    pub rows: Vec<LogRowDto>,
    /// Cases whose recordability is still to be confirmed.
    pub pending: Vec<LogRowDto>,
    /// The year's totals (every row, not only this page's).
    pub totals: TotalsDto,
    /// Which page of the log `rows` are (from 1; the API answers every row on page 1).
    #[serde(default)]
    pub page: u32,
    #[serde(default)]
    pub per_page: u32,
    /// How many rows the year's log has.
    #[serde(default)]
    pub rows_in_all: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RatesDto {
    /// Total recordable cases (columns G+H+I+J) x 200,000 / hours worked
    pub trc: Option<f64>,
    /// Days away, restricted or transferred (H+I) x 200,000 / hours
    pub dart: Option<f64>,
    /// Days away from work (H) x 200,000 / hours
    pub dafw: Option<f64>,
    /// Lost-time incidence rate: lost-time cases (deaths G and days-away cases H; restricted work
    /// is not lost time) x 200,000 / hours
    pub ltir: Option<f64>,
    /// Lost-time injury frequency rate: lost-time cases that are injuries (M1) x 1,000,000 / hours
    pub ltifr: Option<f64>,
    /// Severity: lost workdays, days away (K) plus days restricted (L), each case capped at 180,
    /// x 200,000 / hours
    pub severity: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SummaryDto {
    pub site_id: i64,
    pub site_name: String,
    pub year: i32,
    pub establishment: EstablishmentDto,
    pub annual_average_employees: i32,
    pub total_hours_worked: i64,
    pub totals: TotalsDto,
    pub rates: RatesDto,
    pub certification: Option<CertificationDto>,
    /// OSHA-8: posted from Feb 1 to Apr 30 of the next year.
    pub posting_from: NaiveDate,
    pub posting_until: NaiveDate,
    /// OSHA-8: electronic submission due.
    pub ita_due: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteRatesDto {
    /// None: all the sites together.
    pub site_id: Option<i64>,
    pub site_name: String,
    pub hours: i64,
    pub recordable: i32,
    pub totals: TotalsDto,
    pub rates: RatesDto,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrendPointDto {
    pub month: i32,
    pub recordable: i32,
    /// Year-to-date TRC (hours prorated by month)
    pub trc_ytd: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RatesReportDto {
    pub year: i32,
    pub sites: Vec<SiteRatesDto>,
    pub all_sites: SiteRatesDto,
    /// For the current site.
    pub trend: Vec<TrendPointDto>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrivacyRowDto {
    pub case_number: String,
    pub employee_name: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldProblemDto {
    pub case_number: Option<String>,
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItaCheckDto {
    pub year: i32,
    pub summary_problems: Vec<FieldProblemDto>,
    pub case_problems: Vec<FieldProblemDto>,
    pub cases: i32,
    /// March 2 of the next year (OSHA-8).
    pub due: NaiveDate,
    /// When the submission was recorded as made.
    pub submitted_on: Option<NaiveDate>,
    /// May record the submission (OSHA recordkeepers).
    pub can_record: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OshaOverviewDto {
    pub site_id: i64,
    pub year: i32,
    pub establishment: EstablishmentDto,
    pub year_data: YearDataDto,
    pub can_manage: bool,
    pub can_see_medical: bool,
    pub can_certify: bool,
    /// One page of the year's cases, by date.
    pub cases: Vec<LogRowDto>,
    /// Which page (from 1), how many a page, how many cases the year has.
    #[serde(default)]
    pub page: u32,
    #[serde(default)]
    pub per_page: u32,
    #[serde(default)]
    pub cases_in_all: u32,
}

/// One answer of the guided recordability form (a ticked box has the value "on").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormAnswer {
    pub name: String,
    pub value: String,
}
