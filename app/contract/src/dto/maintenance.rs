//! Maintenance data on the wire: assets, meters, work orders, schedules, rounds and tags.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use domain::asset::{AssetStatus, Criticality};
use domain::checklist::{Answer, StepKind};
use domain::work_order::{Priority, WorkOrderStatus, WorkOrderType};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssetDto {
    pub id: i64,
    pub site_id: i64,
    pub parent_id: Option<i64>,
    pub tag: String,
    pub name: String,
    pub category: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "A"))]
    pub criticality: Criticality,
    pub manufacturer: String,
    pub model: String,
    pub serial: String,
    pub install_date: Option<NaiveDate>,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "running"))]
    pub status: AssetStatus,
    pub notes: String,
    /// The energy-control (lockout/tagout) procedure
    #[serde(default)]
    pub energy_control: String,
    /// Hazards and PPE to know before working on it
    #[serde(default)]
    pub safety_notes: String,
    /// Depth in the hierarchy (0 = top level).
    pub depth: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssetPage {
    pub assets: Vec<AssetDto>,
    pub total: u64,
    pub page: i64,
    pub per_page: i64,
}

/// An asset as a picker offers it: what a person recognises it by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetChoice {
    pub id: i64,
    pub tag: String,
    pub name: String,
    /// Where it is: the names of the assets it sits in, top first ("Press shop › Line 1").
    pub location: String,
}

/// What a scanned or typed code found: the page to open, or the assets it may mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanAnswer {
    pub go_to: Option<String>,
    pub choices: Vec<AssetChoice>,
}

/// A step of the way from the top of the hierarchy to an asset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Crumb {
    pub id: i64,
    pub tag: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeterDto {
    pub id: i64,
    pub asset_id: i64,
    pub name: String,
    pub unit: String,
    /// cumulative or gauge
    pub kind: String,
    pub last_value: Option<f64>,
    pub last_read_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReadingDto {
    pub id: i64,
    pub meter_id: i64,
    pub value: f64,
    pub is_reset: bool,
    pub read_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DowntimeDto {
    pub id: i64,
    pub asset_id: i64,
    pub work_order_id: Option<i64>,
    pub started_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub reason: String,
    /// The reason from the site's list (None: recorded before the list, counts as unplanned)
    #[serde(default)]
    pub reason_id: Option<i64>,
}

/// One line of a work-order list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkOrderSummary {
    pub id: i64,
    pub site_id: i64,
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "corrective"))]
    pub wo_type: WorkOrderType,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "high"))]
    pub priority: Priority,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "open"))]
    pub status: WorkOrderStatus,
    pub due_date: Option<NaiveDate>,
    pub asset_id: Option<i64>,
    pub asset_tag: Option<String>,
    pub asset_name: Option<String>,
    /// Overdue on the site's calendar today.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkOrderPage {
    pub items: Vec<WorkOrderSummary>,
    pub total: u64,
    pub page: i64,
    pub per_page: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StepDto {
    pub id: i64,
    pub position: i32,
    pub title: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub kind: StepKind,
    pub required: bool,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub answer: Option<Answer>,
    pub note: String,
    pub passed: Option<bool>,
    pub answered_at: Option<DateTime<Utc>>,
}

/// A note on a work order (anyone who works on it; also once it is done or cancelled).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoteDto {
    pub id: i64,
    pub user_name: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeEntryDto {
    pub id: i64,
    pub user_name: String,
    pub minutes: i32,
    pub note: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartUseDto {
    pub id: i64,
    pub part_id: i64,
    pub part_code: String,
    pub part_name: String,
    pub quantity: f64,
    pub unit: String,
    pub consumed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignoffDto {
    pub printed_name: String,
    pub meaning: String,
    pub signed_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonDto {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WorkOrderDetail {
    pub summary: WorkOrderSummary,
    pub description: String,
    /// The asset's energy-control (lockout/tagout) procedure, shown before the work
    #[serde(default)]
    pub asset_energy_control: String,
    /// The asset's safety notes (hazards, PPE)
    #[serde(default)]
    pub asset_safety_notes: String,
    pub assignees: Vec<PersonDto>,
    pub assigned_role: Option<String>,
    pub schedule_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub reporter: String,
    pub failure_problem: String,
    pub failure_cause: String,
    pub failure_remedy: String,
    pub estimated_minutes: i32,
    pub status_reason: String,
    pub created_at: DateTime<Utc>,
    pub started_at: Option<DateTime<Utc>>,
    pub completed_at: Option<DateTime<Utc>>,
    pub steps: Vec<StepDto>,
    pub time: Vec<TimeEntryDto>,
    pub notes: Vec<NoteDto>,
    pub parts: Vec<PartUseDto>,
    pub signoffs: Vec<SignoffDto>,
    pub downtime: Vec<DowntimeDto>,
    /// The photos taken on it (attachment ids, oldest first)
    #[serde(default)]
    pub photo_ids: Vec<i64>,
    /// The site's active stop reasons (empty when the person cannot take the asset down here)
    #[serde(default)]
    pub downtime_reasons: Vec<DowntimeReasonDto>,
    /// The parts of the work order's site to choose from (the first by code, or those matching
    /// the page's search), in the page's read only (the person may work on it and it still takes
    /// work); not part of the REST document
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    pub part_choices: Vec<PartDto>,
    /// The site has more parts than offered (or matching the search): search to find another
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    pub more_part_choices: bool,
    /// Statuses the viewer may move it to.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<String>))]
    pub next_statuses: Vec<WorkOrderStatus>,
    pub can_work: bool,
    /// May give the work order to other people (supervisors, while it still takes work)
    #[serde(default)]
    pub can_assign: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartDto {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
    pub on_hand: f64,
}

/// An asset page: the asset, where it sits, what is under it, and its maintenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssetDetail {
    pub asset: AssetDto,
    pub path: Vec<Crumb>,
    pub children: Vec<AssetDto>,
    pub open_work: Vec<WorkOrderSummary>,
    pub recent_work: Vec<WorkOrderSummary>,
    pub meters: Vec<MeterDto>,
    /// Last readings per meter, oldest first (for the chart).
    pub readings: Vec<ReadingDto>,
    pub downtime: Vec<DowntimeDto>,
    pub schedules: Vec<ScheduleDto>,
    pub cil_points: Vec<CilPointDto>,
    /// Its ideal cycle times, the latest first (an asset that makes units)
    #[serde(default)]
    pub cycle_times: Vec<CycleTimeDto>,
    pub can_manage: bool,
}

/// The outcome of a CSV import: nothing is imported when any row fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    pub imported: u32,
    pub errors: Vec<ImportError>,
}

/// One bad cell of an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportError {
    /// Row number as a spreadsheet shows it (the header is row 1).
    pub row: u32,
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduleDto {
    pub id: i64,
    pub site_id: i64,
    pub asset_id: i64,
    pub asset_tag: String,
    pub title: String,
    pub description: String,
    /// fixed, floating, meter, time_or_meter or calendar
    pub trigger_kind: String,
    pub every_days: Option<i32>,
    pub meter_id: Option<i64>,
    pub meter_every: Option<f64>,
    pub rrule: Option<String>,
    pub first_due: NaiveDate,
    pub lead_days: i32,
    /// ignore, shift or skip
    pub holiday_rule: String,
    pub estimated_minutes: i32,
    pub assigned_user_id: Option<i64>,
    pub priority: String,
    /// The checklist template, one step per line.
    pub steps: String,
    pub active: bool,
}

/// A coming due date (or meter value) of a schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ForecastDto {
    pub due: Option<NaiveDate>,
    pub at_reading: Option<f64>,
    /// Due a set time after the open work order is completed (floating schedules): no date yet
    pub after_open_work: bool,
}

/// One page of a site's PM schedules, each with its next due date (or meter threshold).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchedulePage {
    pub items: Vec<(ScheduleDto, Option<ForecastDto>)>,
    pub total: u64,
    pub page: i64,
    pub per_page: i64,
}

/// One occurrence on the books: generated (with its work order) or missed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OccurrenceDto {
    pub nominal_due: NaiveDate,
    pub due: NaiveDate,
    pub missed: bool,
    pub work_order_id: Option<i64>,
    pub work_order_status: Option<String>,
    pub completed_on: Option<NaiveDate>,
    /// Completed inside its window (PM compliance).
    pub on_time: bool,
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduleDetail {
    pub schedule: ScheduleDto,
    pub next: Vec<ForecastDto>,
    pub history: Vec<OccurrenceDto>,
    pub can_manage: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CilPointDto {
    pub id: i64,
    pub asset_id: i64,
    pub asset_tag: String,
    pub title: String,
    pub method: String,
    pub acceptance: String,
    pub tool: String,
    pub minutes: i32,
    /// daily, weekly:N (1 = Monday) or monthly:N
    pub frequency: String,
    pub role: String,
}

/// A point of today's round and what was found, if it was checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoundItem {
    pub point: CilPointDto,
    pub checked: Option<bool>,
    pub note: String,
    pub tag_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TagDto {
    pub id: i64,
    pub site_id: i64,
    pub asset_id: i64,
    pub asset_tag: String,
    /// f or m
    pub kind: String,
    pub category: String,
    pub description: String,
    pub am_step: String,
    pub priority: String,
    pub countermeasure: String,
    pub found_by: String,
    pub found_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub work_order_id: Option<i64>,
    /// Photos taken when the tag was raised (`/files/{id}`, thumbnail `/files/{id}/thumb`).
    pub photo_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TagCategoryCount {
    pub category: String,
    pub f_open: u32,
    pub f_closed: u32,
    pub m_open: u32,
    pub m_closed: u32,
}

/// Open and closed tags by category and kind, and the F:M ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TagBoardDto {
    pub by_category: Vec<TagCategoryCount>,
    pub f_to_m: Option<f64>,
    pub open: Vec<TagDto>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssetReliabilityDto {
    pub asset_id: i64,
    pub asset_tag: String,
    pub failures: u32,
    pub downtime_hours: f64,
    pub mtbf_hours: Option<f64>,
    pub mttr_hours: Option<f64>,
    pub availability_pct: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthValue {
    /// "2026-11"
    pub month: String,
    /// None when nothing was due.
    pub value: Option<f64>,
}

/// A site's PM compliance window (domain::pm::Tolerance).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PmToleranceDto {
    /// floor(this % of the interval) days
    pub pct: u32,
    /// `symmetric` (before or after the due date) or `late_only` (any day of the interval before
    /// it, the tolerance after it)
    pub mode: String,
    /// At least this many days
    pub min_days: u32,
}

/// The window of the PMs of one interval: on time from `days_before` the due date to `days_after` it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PmWindowDto {
    pub interval_days: u32,
    /// PM occurrences of this interval due in the period
    pub due: u32,
    pub days_before: u32,
    pub days_after: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KpiDto {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub pm_due: u32,
    pub pm_on_time: u32,
    pub pm_compliance_pct: Option<f64>,
    /// The site's rule for "completed on time"
    pub pm_tolerance: PmToleranceDto,
    /// The window of the PMs due in the period, one line per interval
    pub pm_windows: Vec<PmWindowDto>,
    pub overdue: u64,
    pub backlog_hours: f64,
    pub planned_pct: Option<f64>,
    pub monthly_compliance: Vec<MonthValue>,
    pub assets: Vec<AssetReliabilityDto>,
    /// OEE from the production records of the period
    #[serde(default)]
    pub oee: OeeDto,
}

/// A reason an asset stops (a site's list): unplanned and planned stops are OEE losses, a stop
/// not scheduled is outside planned production time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DowntimeReasonDto {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// `unplanned`, `planned` or `not_scheduled`
    pub kind: String,
    pub active: bool,
}

/// An asset's ideal cycle time from an instant on (its history is every change).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CycleTimeDto {
    pub asset_id: i64,
    /// Seconds per unit at the ideal rate
    pub ideal_cycle_seconds: f64,
    pub effective_from: DateTime<Utc>,
    pub set_by: Option<i64>,
}

/// An asset that makes units (it has an ideal cycle time).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProducingAssetDto {
    pub id: i64,
    pub tag: String,
    pub name: String,
}

/// Availability, performance, quality and OEE in percent, unrounded; None where undefined.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OeeFactorsDto {
    pub availability_pct: Option<f64>,
    pub performance_pct: Option<f64>,
    pub quality_pct: Option<f64>,
    pub oee_pct: Option<f64>,
}

/// The six big losses in minutes of planned production time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LossesDto {
    pub unplanned_stops_min: f64,
    pub planned_stops_min: f64,
    pub small_stops_min: f64,
    pub slow_cycles_min: f64,
    pub production_rejects_min: f64,
    pub startup_rejects_min: f64,
}

/// One asset's shift as recorded, with its stops and factors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductionRecordDto {
    pub id: i64,
    pub asset_id: i64,
    pub asset_tag: String,
    pub shift_start: DateTime<Utc>,
    pub shift_end: DateTime<Utc>,
    pub planned_minutes: f64,
    /// The asset's ideal cycle time when the shift started
    pub ideal_cycle_seconds: f64,
    pub total_count: i64,
    pub reject_count: i64,
    pub startup_reject_count: i64,
    /// Planned time less the stops inside the shift
    pub run_minutes: f64,
    pub factors: OeeFactorsDto,
}

/// The production page: the latest records, the assets that make units, the stop reasons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductionPage {
    pub site_id: i64,
    pub items: Vec<ProductionRecordDto>,
    pub total: u64,
    pub page: i64,
    pub per_page: i64,
    pub assets: Vec<ProducingAssetDto>,
    pub reasons: Vec<DowntimeReasonDto>,
    /// Today on the site's calendar
    pub today: NaiveDate,
    /// May set cycle times and the reason list
    pub may_manage: bool,
    /// The shift just saved (`?saved=<id>` after a form post), with its factors
    #[serde(default)]
    pub saved: Option<ProductionRecordDto>,
}

/// One asset's OEE over the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssetOeeDto {
    pub asset_id: i64,
    pub asset_tag: String,
    pub shifts: u32,
    pub planned_minutes: f64,
    pub run_minutes: f64,
    pub total_count: f64,
    pub good_count: f64,
    pub factors: OeeFactorsDto,
}

/// OEE over a part of the period (a day, or a month for periods over 62 days).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OeePoint {
    /// `2026-12-05` or `2026-12`
    pub period: String,
    pub factors: OeeFactorsDto,
}

/// OEE of a site's production records whose shift started in the period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OeeDto {
    pub shifts: u32,
    pub factors: OeeFactorsDto,
    pub planned_minutes: f64,
    /// Stops outside planned production time (breaks, no orders): shown, not a loss
    pub not_scheduled_minutes: f64,
    pub losses: LossesDto,
    pub assets: Vec<AssetOeeDto>,
    pub trend: Vec<OeePoint>,
}

impl From<domain::oee::Factors> for OeeFactorsDto {
    fn from(f: domain::oee::Factors) -> Self {
        let pct = |x: Option<f64>| x.map(|v| v * 100.0);
        OeeFactorsDto {
            availability_pct: pct(f.availability),
            performance_pct: pct(f.performance),
            quality_pct: pct(f.quality),
            oee_pct: pct(f.oee),
        }
    }
}

impl From<domain::oee::Losses> for LossesDto {
    fn from(l: domain::oee::Losses) -> Self {
        LossesDto {
            unplanned_stops_min: l.unplanned_stops,
            planned_stops_min: l.planned_stops,
            small_stops_min: l.small_stops,
            slow_cycles_min: l.slow_cycles,
            production_rejects_min: l.production_rejects,
            startup_rejects_min: l.startup_rejects,
        }
    }
}
