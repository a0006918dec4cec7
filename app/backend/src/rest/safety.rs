//! Safety events, investigations, CAPA and OSHA recordkeeping, with the same permissions and
//! privacy masking as the pages.
use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::extract::{ApiJson, ApiPath, ApiQuery, ApiUser};
use crate::services::{records::capa, records::osha, records::osha::reports, records::safety};
use crate::state::AppState;
use contract::dto::safety::*;
use contract::error::AppError;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventQuery {
    pub site_id: i64,
    /// Only the caller's own reports.
    pub mine: Option<bool>,
    pub page: Option<i64>,
    /// 1 to 100 (default 25)
    pub per_page: Option<i64>,
}

/// Safety events of a site, newest first (the caller's own without the right to see all).
#[utoipa::path(get, path = "/events", tag = "safety", params(EventQuery),
    responses((status = 200, body = EventPage)), security(("bearer_auth" = [])))]
pub async fn list_events(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<EventQuery>,
) -> Result<Json<EventPage>, AppError> {
    let (mine, page, per) = (q.mine.unwrap_or(false), q.page.unwrap_or(1), q.per_page.unwrap_or(25));
    Ok(Json(safety::list(&state, &user, q.site_id, mine, page, per).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct EventBody {
    pub site_id: i64,
    /// injury_illness, near_miss, hazard, property_damage or environmental_release
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub area: String,
    pub asset_id: Option<i64>,
    /// Or the asset's tag
    #[serde(default)]
    pub asset_tag: String,
    /// `YYYY-MM-DDTHH:MM` in the site's time zone; blank for now
    #[serde(default)]
    pub occurred_at: String,
    #[serde(default)]
    pub people_involved: String,
    #[serde(default)]
    pub immediate_actions: String,
    /// A hazard observation without the reporter's name (where the site allows it)
    #[serde(default)]
    pub anonymous: bool,
}

/// Reports a safety event.
#[utoipa::path(post, path = "/events", tag = "safety", request_body = EventBody,
    responses((status = 201, body = EventDto)), security(("bearer_auth" = [])))]
pub async fn create_event(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<EventBody>,
) -> Result<(StatusCode, Json<EventDto>), AppError> {
    let input = safety::EventInput {
        kind: b.kind,
        title: b.title,
        description: b.description,
        area: b.area,
        asset_id: b.asset_id,
        asset_tag: b.asset_tag,
        occurred_at: b.occurred_at,
        people_involved: b.people_involved,
        immediate_actions: b.immediate_actions,
        anonymous: b.anonymous,
    };
    let id = safety::report(&state, Some(&user), b.site_id, input).await?;
    // an anonymous report is not the caller's any more: answer with what EHS would see of it
    match safety::get(&state, &user, id).await {
        Ok(e) => Ok((StatusCode::CREATED, Json(e))),
        Err(AppError::Forbidden) => Err(AppError::Conflict(format!("Sent anonymously as event #{id}."))),
        Err(e) => Err(e),
    }
}

/// One event with its investigation and actions.
#[utoipa::path(get, path = "/events/{id}", tag = "safety", params(("id" = i64, Path, description = "Event id")),
    responses((status = 200, body = EventDetail)), security(("bearer_auth" = [])))]
pub async fn get_event(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EventDetail>, AppError> {
    Ok(Json(crate::services::workflows::investigations::detail(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct InvestigationBody {
    #[serde(default)]
    pub people: String,
    #[serde(default)]
    pub witnesses: String,
    #[serde(default)]
    pub timeline: String,
    /// Answers to "why?", in order (at most five)
    #[serde(default)]
    pub whys: Vec<String>,
    #[serde(default)]
    pub root_cause: String,
    /// people, method, machine, material, environment or management
    #[serde(default)]
    pub cause_category: String,
    #[serde(default)]
    pub contributing_factors: String,
}

/// Starts or updates an event's investigation.
#[utoipa::path(put, path = "/events/{id}/investigation", tag = "safety", params(("id" = i64, Path, description = "Event id")),
    request_body = InvestigationBody, responses((status = 200, body = InvestigationDto)), security(("bearer_auth" = [])))]
pub async fn save_investigation(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<InvestigationBody>,
) -> Result<Json<InvestigationDto>, AppError> {
    let input = safety::InvestigationInput {
        people: b.people,
        witnesses: b.witnesses,
        timeline: b.timeline,
        whys: b.whys,
        root_cause: b.root_cause,
        cause_category: b.cause_category,
        contributing_factors: b.contributing_factors,
    };
    Ok(Json(crate::services::workflows::investigations::save_investigation(&state, &user, id, input).await?))
}

/// Closes an event's investigation (it needs a why, a root cause and its category).
#[utoipa::path(post, path = "/events/{id}/investigation/close", tag = "safety", params(("id" = i64, Path, description = "Event id")),
    responses((status = 204)), security(("bearer_auth" = [])))]
pub async fn close_investigation(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, AppError> {
    safety::close_investigation(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CapaQuery {
    pub site_id: i64,
    /// Include done and verified actions.
    pub all: Option<bool>,
}

/// CAPA actions of a site by due date (all for a CAPA manager, else the caller's own).
#[utoipa::path(get, path = "/capa", tag = "safety", params(CapaQuery),
    responses((status = 200, body = [CapaDto])), security(("bearer_auth" = [])))]
pub async fn list_capa(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<CapaQuery>,
) -> Result<Json<Vec<CapaDto>>, AppError> {
    Ok(Json(capa::list(&state, &user, q.site_id, !q.all.unwrap_or(false)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CapaBody {
    /// immediate, corrective or preventive
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub owner_id: i64,
    /// YYYY-MM-DD
    pub due_date: String,
}

/// Raises a CAPA action from an investigation.
#[utoipa::path(post, path = "/investigations/{id}/capa", tag = "safety", params(("id" = i64, Path, description = "Investigation id")),
    request_body = CapaBody, responses((status = 201, body = CapaDto)), security(("bearer_auth" = [])))]
pub async fn create_capa(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CapaBody>,
) -> Result<(StatusCode, Json<CapaDto>), AppError> {
    let input = capa::NewCapa {
        kind: b.kind,
        title: b.title,
        description: b.description,
        owner_id: Some(b.owner_id),
        due_date: b.due_date,
    };
    Ok((StatusCode::CREATED, Json(capa::create(&state, &user, ("investigation", id), input).await?)))
}

/// One CAPA action (its owner, or a CAPA manager).
#[utoipa::path(get, path = "/capa/{id}", tag = "safety", params(("id" = i64, Path, description = "Action id")),
    responses((status = 200, body = CapaDto)), security(("bearer_auth" = [])))]
pub async fn get_capa(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<CapaDto>, AppError> {
    Ok(Json(capa::get(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CapaStatusBody {
    /// in_progress, done (with evidence), verified_effective or reopened (with a note; not by the owner)
    pub status: String,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub note: String,
}

/// Moves an action on.
#[utoipa::path(post, path = "/capa/{id}/status", tag = "safety", params(("id" = i64, Path, description = "Action id")),
    request_body = CapaStatusBody, responses((status = 200, body = CapaDto)), security(("bearer_auth" = [])))]
pub async fn capa_status(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CapaStatusBody>,
) -> Result<Json<CapaDto>, AppError> {
    Ok(Json(
        crate::services::workflows::advance_capa::advance(&state, &user, id, &b.status, &b.evidence, &b.note).await?,
    ))
}

/// Opens a maintenance work order for an action (linked both ways).
#[utoipa::path(post, path = "/capa/{id}/work-order", tag = "safety", params(("id" = i64, Path, description = "Action id")),
    responses((status = 200, body = CapaDto)), security(("bearer_auth" = [])))]
pub async fn capa_work_order(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<CapaDto>, AppError> {
    Ok(Json(crate::services::workflows::raise_work_order::for_capa(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SiteQuery {
    pub site_id: i64,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SiteYearQuery {
    pub site_id: i64,
    pub year: i32,
}

/// A site's OSHA establishment data.
#[utoipa::path(get, path = "/osha/establishment", tag = "osha", params(SiteQuery),
    responses((status = 200, body = EstablishmentDto)), security(("bearer_auth" = [])))]
pub async fn get_establishment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<EstablishmentDto>, AppError> {
    Ok(Json(osha::establishment(&state, &user, q.site_id).await?))
}

/// Saves a site's OSHA establishment data (`site_id` in the body).
#[utoipa::path(put, path = "/osha/establishment", tag = "osha", request_body = EstablishmentDto,
    responses((status = 200, body = EstablishmentDto)), security(("bearer_auth" = [])))]
pub async fn put_establishment(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<EstablishmentDto>,
) -> Result<Json<EstablishmentDto>, AppError> {
    Ok(Json(osha::save_establishment(&state, &user, b).await?))
}

/// Employees, hours and the 300A certification of a site and year.
#[utoipa::path(get, path = "/osha/year", tag = "osha", params(SiteYearQuery),
    responses((status = 200, body = YearDataDto)), security(("bearer_auth" = [])))]
pub async fn get_year(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Json<YearDataDto>, AppError> {
    Ok(Json(osha::year_data(&state, &user, q.site_id, q.year).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct YearBody {
    pub site_id: i64,
    pub year: i32,
    pub annual_average_employees: i64,
    pub total_hours_worked: i64,
    #[serde(default)]
    pub change_reason: String,
}

/// Saves employees and hours of a site and year (a change removes the 300A certification).
#[utoipa::path(put, path = "/osha/year", tag = "osha", request_body = YearBody,
    responses((status = 200, body = YearDataDto)), security(("bearer_auth" = [])))]
pub async fn put_year(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<YearBody>,
) -> Result<Json<YearDataDto>, AppError> {
    let (emp, hrs) = (b.annual_average_employees.to_string(), b.total_hours_worked.to_string());
    Ok(Json(osha::save_year_data(&state, &user, b.site_id, b.year, &emp, &hrs, &b.change_reason).await?))
}

/// A site's cases of a year, as log rows (recordable, pending and not recordable); names masked
/// for privacy cases. Medical roles only.
#[utoipa::path(get, path = "/osha/cases", tag = "osha", params(SiteYearQuery),
    responses((status = 200, body = [LogRowDto])), security(("bearer_auth" = [])))]
pub async fn list_cases(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Json<Vec<LogRowDto>>, AppError> {
    Ok(Json(reports::all_cases(&state, &user, q.site_id, q.year).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CaseBody {
    pub site_id: i64,
    pub event_id: Option<i64>,
    pub employee_name: String,
    pub job_title: String,
    /// YYYY-MM-DD
    pub injury_date: String,
    /// YYYY-MM-DD (default: the injury date)
    #[serde(default)]
    pub learned_on: String,
    pub location: String,
    pub injury_description: String,
    /// 1..6 for M1..M6
    pub case_type: i32,
}

/// Opens an OSHA case.
#[utoipa::path(post, path = "/osha/cases", tag = "osha", request_body = CaseBody,
    responses((status = 201, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn create_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<CaseBody>,
) -> Result<(StatusCode, Json<CaseDto>), AppError> {
    let h = osha::CaseHeader {
        employee_name: b.employee_name,
        job_title: b.job_title,
        injury_date: b.injury_date,
        learned_on: b.learned_on,
        location: b.location,
        injury_description: b.injury_description,
        case_type: b.case_type.to_string(),
    };
    Ok((StatusCode::CREATED, Json(osha::open_case(&state, &user, b.site_id, b.event_id, h).await?)))
}

/// One case in full, with its recordability decision and the rule that decided it.
#[utoipa::path(get, path = "/osha/cases/{id}", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn get_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<CaseDto>, AppError> {
    Ok(Json(osha::get_case(&state, &user, id).await?))
}

/// Deletes a case: refused (409) within the 5-year retention.
#[utoipa::path(delete, path = "/osha/cases/{id}", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    responses((status = 204)), security(("bearer_auth" = [])))]
pub async fn delete_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<StatusCode, AppError> {
    osha::delete_case(&state, &user, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct DecisionBody {
    /// The guided form's answers: work_related, new_case, death, days_away, restricted_after,
    /// restricted_injury_day, unconscious, declined, fa_A..fa_N, mt_otc_rx_strength,
    /// mt_wound_closure, mt_rigid_support, mt_therapy, mt_prescription, mt_other (+ mt_other_text),
    /// diagnosis (cancer, chronic, fracture, eardrum); the special criteria sharp (1904.8),
    /// medical_removal (1904.9), tuberculosis (1904.11) and the audiograms of 1904.10,
    /// hl_{left,right}_{b,c}{2000,3000,4000} (baseline b and current c thresholds in dB, all six
    /// for an ear tested). A ticked box has the value "on".
    pub answers: Vec<FormAnswer>,
}

/// Applies OSHA-1..3 to the answers; the decision then waits for confirmation.
#[utoipa::path(post, path = "/osha/cases/{id}/decision", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    request_body = DecisionBody, responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn decide_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<DecisionBody>,
) -> Result<Json<CaseDto>, AppError> {
    let pairs: Vec<(String, String)> = b.answers.into_iter().map(|a| (a.name, a.value)).collect();
    Ok(Json(osha::decide_case(&state, &user, id, &pairs).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ConfirmBody {
    /// false: confirm the decision; true: override it (a reason is required)
    #[serde(default)]
    pub overrule: bool,
    #[serde(default)]
    pub reason: String,
}

/// Confirms or overrides the recordability decision (audited).
#[utoipa::path(post, path = "/osha/cases/{id}/confirmation", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    request_body = ConfirmBody, responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn confirm_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ConfirmBody>,
) -> Result<Json<CaseDto>, AppError> {
    Ok(Json(osha::confirm_decision(&state, &user, id, b.overrule, &b.reason).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ClassifyBody {
    #[serde(default)]
    pub death: bool,
    #[serde(default)]
    pub date_of_death: String,
    /// One period per line: `YYYY-MM-DD to YYYY-MM-DD`, or a start date while it goes on
    #[serde(default)]
    pub away_periods: String,
    #[serde(default)]
    pub restricted_periods: String,
    pub recommended_away: Option<i32>,
    pub recommended_restricted: Option<i32>,
}

/// Classifies a case: day counts by OSHA-4, the outcome by OSHA-5.
#[utoipa::path(post, path = "/osha/cases/{id}/classification", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    request_body = ClassifyBody, responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn classify_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ClassifyBody>,
) -> Result<Json<CaseDto>, AppError> {
    let n = |v: Option<i32>| v.map(|d| d.to_string()).unwrap_or_default();
    let input = osha::ClassifyInput {
        death: b.death,
        date_of_death: b.date_of_death,
        away_periods: b.away_periods,
        restricted_periods: b.restricted_periods,
        recommended_away: n(b.recommended_away),
        recommended_restricted: n(b.recommended_restricted),
    };
    Ok(Json(osha::classify_case(&state, &user, id, input).await?))
}

/// The OSHA 300 log of a site and year (medical roles; "Privacy Case" in column B).
#[utoipa::path(get, path = "/osha/log", tag = "osha", params(SiteYearQuery),
    responses((status = 200, body = Log300Dto)), security(("bearer_auth" = [])))]
pub async fn log(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Json<Log300Dto>, AppError> {
    Ok(Json(reports::log(&state, &user, q.site_id, q.year).await?))
}

/// The 300A summary: totals (which reconcile with the log), rates, certification, deadlines.
#[utoipa::path(get, path = "/osha/summary", tag = "osha", params(SiteYearQuery),
    responses((status = 200, body = SummaryDto)), security(("bearer_auth" = [])))]
pub async fn summary(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Json<SummaryDto>, AppError> {
    Ok(Json(reports::summary(&state, &user, q.site_id, q.year).await?))
}

/// Rates of a year per site (those the caller may see), across them, and the site's monthly trend.
#[utoipa::path(get, path = "/osha/rates", tag = "osha", params(SiteYearQuery),
    responses((status = 200, body = RatesReportDto)), security(("bearer_auth" = [])))]
pub async fn rates(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Json<RatesReportDto>, AppError> {
    Ok(Json(reports::rates_report(&state, &user, q.site_id, q.year).await?))
}

fn csv(body: String) -> Response {
    let mut res = body.into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    res
}

/// The ITA 300A summary CSV (OSHA-10), or 422 naming each failing field.
#[utoipa::path(get, path = "/osha/ita/summary.csv", tag = "osha", params(SiteYearQuery),
    responses((status = 200, content_type = "text/csv", body = String)), security(("bearer_auth" = [])))]
pub async fn ita_summary(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Response, AppError> {
    Ok(csv(reports::ita_summary_csv(&state, &user, q.site_id, q.year).await?))
}

/// The ITA case data CSV (OSHA-10; no names or addresses), or 422 naming each failing field.
#[utoipa::path(get, path = "/osha/ita/cases.csv", tag = "osha", params(SiteYearQuery),
    responses((status = 200, content_type = "text/csv", body = String)), security(("bearer_auth" = [])))]
pub async fn ita_cases(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteYearQuery>,
) -> Result<Response, AppError> {
    Ok(csv(reports::ita_cases_csv(&state, &user, q.site_id, q.year).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CaseHeaderBody {
    pub employee_name: String,
    pub job_title: String,
    /// YYYY-MM-DD, in the case's year
    pub injury_date: String,
    #[serde(default)]
    pub learned_on: String,
    pub location: String,
    pub injury_description: String,
    /// 1..6 for M1..M6
    pub case_type: i32,
}

/// Corrects a case's columns A-F and its type.
#[utoipa::path(put, path = "/osha/cases/{id}", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    request_body = CaseHeaderBody, responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn update_case(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CaseHeaderBody>,
) -> Result<Json<CaseDto>, AppError> {
    let h = osha::CaseHeader {
        employee_name: b.employee_name,
        job_title: b.job_title,
        injury_date: b.injury_date,
        learned_on: b.learned_on,
        location: b.location,
        injury_description: b.injury_description,
        case_type: b.case_type.to_string(),
    };
    Ok(Json(osha::update_header(&state, &user, id, h).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PrivacyBody {
    /// Blank (not a privacy case), intimate, sexual_assault, mental_illness, hiv_hepatitis_tb,
    /// needlestick or employee_request (illnesses only)
    #[serde(default)]
    pub privacy_reason: String,
}

/// Marks or unmarks a privacy case (OSHA-7).
#[utoipa::path(put, path = "/osha/cases/{id}/privacy", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    request_body = PrivacyBody, responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn set_privacy(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<PrivacyBody>,
) -> Result<Json<CaseDto>, AppError> {
    Ok(Json(osha::set_privacy(&state, &user, id, &b.privacy_reason).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct Form301Body {
    pub employee_street: String,
    pub employee_city: String,
    pub employee_state: String,
    pub employee_zip: String,
    /// YYYY-MM-DD or blank
    pub date_of_birth: String,
    pub date_hired: String,
    /// M, F or blank
    pub sex: String,
    pub physician: String,
    pub facility: String,
    pub emergency_room: Option<bool>,
    pub hospitalized: Option<bool>,
    /// HH:MM or blank
    pub time_began_work: String,
    /// HH:MM, or blank when it cannot be determined
    pub time_of_event: String,
    pub before_incident: String,
    pub what_happened: String,
    pub object_substance: String,
}

/// Saves form 301's fields of a case.
#[utoipa::path(put, path = "/osha/cases/{id}/form-301", tag = "osha", params(("id" = i64, Path, description = "Case id")),
    request_body = Form301Body, responses((status = 200, body = CaseDto)), security(("bearer_auth" = [])))]
pub async fn save_301(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<Form301Body>,
) -> Result<Json<CaseDto>, AppError> {
    let yn = |v: Option<bool>| match v {
        Some(true) => "yes".to_string(),
        Some(false) => "no".to_string(),
        None => String::new(),
    };
    let f = osha::Form301 {
        employee_street: b.employee_street,
        employee_city: b.employee_city,
        employee_state: b.employee_state,
        employee_zip: b.employee_zip,
        date_of_birth: b.date_of_birth,
        date_hired: b.date_hired,
        sex: b.sex,
        physician: b.physician,
        facility: b.facility,
        emergency_room: yn(b.emergency_room),
        hospitalized: yn(b.hospitalized),
        time_began_work: b.time_began_work,
        time_of_event: b.time_of_event,
        before_incident: b.before_incident,
        what_happened: b.what_happened,
        object_substance: b.object_substance,
    };
    Ok(Json(osha::save_301(&state, &user, id, f).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CertifyBody {
    pub site_id: i64,
    pub year: i32,
    /// The certifying executive's name, title and phone, as printed on the 300A
    pub cert_name: String,
    pub cert_title: String,
    pub cert_phone: String,
    /// The caller's own password, asked again (an e-signature: throttled like sign-in)
    pub password: String,
}

/// Certifies a site's 300A summary of a year (after the year ends, with its employees and hours
/// entered) with the executive's name, title and phone and the caller's password.
#[utoipa::path(post, path = "/osha/summary/certification", tag = "osha", request_body = CertifyBody,
    responses((status = 200, body = YearDataDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn certify_300a(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<CertifyBody>,
) -> Result<Json<YearDataDto>, AppError> {
    let signer = (b.cert_name.as_str(), b.cert_title.as_str(), b.cert_phone.as_str());
    Ok(Json(osha::certify(&state, &user, b.site_id, b.year, signer, &b.password).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ItaSubmissionBody {
    pub site_id: i64,
    /// The year whose data was submitted
    pub year: i32,
    /// YYYY-MM-DD, after the year ends and not in the future
    pub submitted_on: String,
}

/// Records that a site's ITA electronic submission for a year was made (OSHA-8: due March 2).
#[utoipa::path(post, path = "/osha/ita/submission", tag = "osha", request_body = ItaSubmissionBody,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn mark_ita_submitted(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<ItaSubmissionBody>,
) -> Result<StatusCode, AppError> {
    osha::mark_ita_submitted(&state, &user, b.site_id, b.year, &b.submitted_on).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---- audits and inspections ------------------------------------------------------------------

use crate::services::records::inspections;
use contract::dto::inspections::{FindingDto, InspectionDetail, InspectionDto, RunItemDto, TemplateDto, VersionDto};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TemplateQuery {
    /// Part of the name.
    pub q: Option<String>,
}

/// The checklist template library with every template's versions.
#[utoipa::path(get, path = "/templates", tag = "audits", params(TemplateQuery),
    responses((status = 200, body = [TemplateDto])), security(("bearer_auth" = [])))]
pub async fn list_templates(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<TemplateQuery>,
) -> Result<Json<Vec<TemplateDto>>, AppError> {
    Ok(Json(inspections::library(&state, &user, &q.q.unwrap_or_default()).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TemplateBody {
    pub name: String,
    /// inspection or audit
    pub category: String,
    /// Percent
    pub pass_mark: f64,
    /// One item per line; `# Section`, then `[kind] question | weight=2 | critical | clause=... | guidance=...`
    pub items: String,
}

/// Creates a template with its first draft version.
#[utoipa::path(post, path = "/templates", tag = "audits", request_body = TemplateBody,
    responses((status = 201, body = VersionDto)), security(("bearer_auth" = [])))]
pub async fn create_template(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<TemplateBody>,
) -> Result<(StatusCode, Json<VersionDto>), AppError> {
    let mark = b.pass_mark.to_string();
    let v = inspections::create_template(&state, &user, &b.name, &b.category, &mark, &b.items).await?;
    Ok((StatusCode::CREATED, Json(v)))
}

/// One template version with its items.
#[utoipa::path(get, path = "/template-versions/{id}", tag = "audits", params(("id" = i64, Path, description = "Version id")),
    responses((status = 200, body = VersionDto)), security(("bearer_auth" = [])))]
pub async fn get_version(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<VersionDto>, AppError> {
    Ok(Json(inspections::version(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct VersionBody {
    pub pass_mark: f64,
    pub items: String,
}

/// Edits a version: a draft in place; a published one becomes a new draft version.
#[utoipa::path(put, path = "/template-versions/{id}", tag = "audits", params(("id" = i64, Path, description = "Version id")),
    request_body = VersionBody, responses((status = 200, body = VersionDto)), security(("bearer_auth" = [])))]
pub async fn edit_version(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<VersionBody>,
) -> Result<Json<VersionDto>, AppError> {
    Ok(Json(inspections::edit_version(&state, &user, id, &b.pass_mark.to_string(), &b.items).await?))
}

/// Publishes a draft (the previously published version retires).
#[utoipa::path(post, path = "/template-versions/{id}/publish", tag = "audits", params(("id" = i64, Path, description = "Version id")),
    responses((status = 200, body = VersionDto)), security(("bearer_auth" = [])))]
pub async fn publish_version(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<VersionDto>, AppError> {
    Ok(Json(inspections::publish(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InspectionQuery {
    pub site_id: i64,
    /// The signed-off ones instead of the open ones.
    pub done: Option<bool>,
}

/// A site's audits and inspections with their status and score.
#[utoipa::path(get, path = "/audits", tag = "audits", params(InspectionQuery),
    responses((status = 200, body = [InspectionDto])), security(("bearer_auth" = [])))]
pub async fn list_audits(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<InspectionQuery>,
) -> Result<Json<Vec<InspectionDto>>, AppError> {
    Ok(Json(inspections::list(&state, &user, q.site_id, q.done.unwrap_or(false)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AuditBody {
    pub site_id: i64,
    pub template_id: i64,
    #[serde(default)]
    pub title: String,
    /// YYYY-MM-DD (default today)
    #[serde(default)]
    pub due_date: String,
    pub lead_id: Option<i64>,
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub asset_tag: String,
}

/// Schedules an audit or inspection with the template's published version.
#[utoipa::path(post, path = "/audits", tag = "audits", request_body = AuditBody,
    responses((status = 201, body = InspectionDto)), security(("bearer_auth" = [])))]
pub async fn create_audit(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<AuditBody>,
) -> Result<(StatusCode, Json<InspectionDto>), AppError> {
    let n = inspections::NewInspection {
        template_id: b.template_id,
        title: b.title,
        due_date: b.due_date,
        lead_id: b.lead_id,
        team: b.team,
        area: b.area,
        asset_tag: b.asset_tag,
    };
    Ok((StatusCode::CREATED, Json(inspections::schedule(&state, &user, b.site_id, n).await?)))
}

/// An audit with its items, answers, score and findings.
#[utoipa::path(get, path = "/audits/{id}", tag = "audits", params(("id" = i64, Path, description = "Audit id")),
    responses((status = 200, body = InspectionDetail)), security(("bearer_auth" = [])))]
pub async fn get_audit(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<InspectionDetail>, AppError> {
    Ok(Json(inspections::detail(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AnswerBody {
    /// yes, no, na, pass, fail, 1..5, a number, text, or photo:<attachment id>
    pub value: String,
    #[serde(default)]
    pub note: String,
}

/// Answers one item (saved at once).
#[utoipa::path(put, path = "/audits/{id}/answers/{item}", tag = "audits",
    params(("id" = i64, Path, description = "Audit id"), ("item" = i32, Path, description = "Item index, from 0")),
    request_body = AnswerBody, responses((status = 200, body = RunItemDto)), security(("bearer_auth" = [])))]
pub async fn answer_audit_item(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath((id, item)): ApiPath<(i64, i32)>,
    ApiJson(b): ApiJson<AnswerBody>,
) -> Result<Json<RunItemDto>, AppError> {
    Ok(Json(inspections::answer(&state, &user, id, item, &b.value, &b.note).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct FindingBody {
    /// The failed item it comes from (its grade and title are proposed from it)
    pub item_index: Option<i32>,
    /// major_nc, minor_nc, observation, ofi or good_practice
    #[serde(default)]
    pub grade: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
}

/// Raises a finding on an audit.
#[utoipa::path(post, path = "/audits/{id}/findings", tag = "audits", params(("id" = i64, Path, description = "Audit id")),
    request_body = FindingBody, responses((status = 201, body = FindingDto)), security(("bearer_auth" = [])))]
pub async fn create_finding(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<FindingBody>,
) -> Result<(StatusCode, Json<FindingDto>), AppError> {
    let f = inspections::raise_finding(&state, &user, id, b.item_index, &b.grade, &b.title, &b.description).await?;
    Ok((StatusCode::CREATED, Json(f)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct FindingActionBody {
    /// capa or work_order
    pub kind: String,
    /// Required for a nonconformity's CAPA
    #[serde(default)]
    pub root_cause: String,
    /// For a CAPA: immediate, corrective or preventive (default corrective)
    #[serde(default)]
    pub capa_kind: String,
    #[serde(default)]
    pub capa_title: String,
    pub owner_id: Option<i64>,
    /// YYYY-MM-DD
    #[serde(default)]
    pub due_date: String,
}

/// Gives a finding its action: a CAPA action or a maintenance work order, linked both ways.
#[utoipa::path(post, path = "/findings/{id}/action", tag = "audits", params(("id" = i64, Path, description = "Finding id")),
    request_body = FindingActionBody, responses((status = 200, body = FindingDto)), security(("bearer_auth" = [])))]
pub async fn finding_action(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<FindingActionBody>,
) -> Result<Json<FindingDto>, AppError> {
    let c = capa::NewCapa {
        kind: if b.capa_kind.is_empty() { "corrective".into() } else { b.capa_kind },
        title: b.capa_title,
        description: String::new(),
        owner_id: b.owner_id,
        due_date: b.due_date,
    };
    Ok(Json(
        crate::services::workflows::act_on_finding::finding_action(&state, &user, id, &b.kind, &b.root_cause, c)
            .await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SignOffBody {
    /// The auditor's own password, asked again (an e-signature: throttled like sign-in)
    pub password: String,
    /// The auditee's name as printed on the sign-off
    #[serde(default)]
    pub auditee_name: String,
    /// The auditee's e-mail address, when they counter-sign with their own account
    #[serde(default)]
    pub auditee_email: String,
    /// The auditee's own password, with `auditee_email`
    #[serde(default)]
    pub auditee_password: String,
}

/// Signs an audit off with the auditor's password (and the auditee's counter-signature when
/// given): every scored item must be answered; the score and pass/fail are fixed then.
#[utoipa::path(post, path = "/audits/{id}/complete", tag = "audits", params(("id" = i64, Path, description = "Audit id")), request_body = SignOffBody,
    responses((status = 200, body = InspectionDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn complete_audit(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<SignOffBody>,
) -> Result<Json<InspectionDto>, AppError> {
    let auditee = Some((b.auditee_email.as_str(), b.auditee_password.as_str()));
    let done = crate::services::workflows::sign_off_inspection::complete(
        &state,
        &user,
        id,
        &b.password,
        &b.auditee_name,
        auditee,
    );
    Ok(Json(done.await?))
}
