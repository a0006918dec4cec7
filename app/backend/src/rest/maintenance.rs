//! Assets, meters and readings, PM schedules, work orders, CIL points and tags.
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::extract::{ApiJson, ApiPath, ApiQuery, ApiUser};
use crate::repo;
use crate::services::{records::assets, records::meters, records::pm, records::tpm, records::work_orders};
use crate::state::AppState;
use contract::dto::maintenance::*;
use contract::error::AppError;
use domain::asset::AssetInput;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AssetQuery {
    pub site_id: i64,
    /// Part of the tag or name.
    pub q: Option<String>,
    /// Children of this asset; `0` for the top level.
    pub parent_id: Option<i64>,
    /// running, down, standby or retired
    #[param(pattern = "^(running|down|standby|retired)$")]
    pub status: Option<String>,
    pub page: Option<i64>,
    /// 1 to 100 (default 50)
    pub per_page: Option<i64>,
}

/// Assets of a site, in hierarchy order.
#[utoipa::path(get, path = "/assets", tag = "maintenance", params(AssetQuery),
    responses((status = 200, body = AssetPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_assets(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<AssetQuery>,
) -> Result<Json<AssetPage>, AppError> {
    let filter = repo::assets::Filter {
        q: q.q.unwrap_or_default(),
        parent: q.parent_id.map(|p| if p == 0 { None } else { Some(p) }),
        status: q.status,
    };
    Ok(Json(assets::list(&state, &user, q.site_id, filter, q.page.unwrap_or(1), q.per_page.unwrap_or(50)).await?))
}

/// One asset.
#[utoipa::path(get, path = "/assets/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")),
    responses((status = 200, body = AssetDto), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get_asset(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<AssetDto>, AppError> {
    Ok(Json(assets::get(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AssetBody {
    pub tag: String,
    pub name: String,
    #[serde(default)]
    pub category: String,
    /// A, B or C (default C)
    #[serde(default)]
    pub criticality: String,
    #[serde(default)]
    pub manufacturer: String,
    #[serde(default)]
    pub model: String,
    #[serde(default)]
    pub serial: String,
    /// YYYY-MM-DD
    #[serde(default)]
    pub install_date: String,
    /// running (default), down, standby, retired
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub notes: String,
    /// The energy-control (lockout/tagout) procedure
    #[serde(default)]
    pub energy_control: String,
    /// Hazards and PPE to know before working on it
    #[serde(default)]
    pub safety_notes: String,
}

impl AssetBody {
    fn input(self) -> AssetInput {
        AssetInput {
            tag: self.tag,
            name: self.name,
            category: self.category,
            criticality: self.criticality,
            manufacturer: self.manufacturer,
            model: self.model,
            serial: self.serial,
            install_date: self.install_date,
            status: self.status,
            notes: self.notes,
            energy_control: self.energy_control,
            safety_notes: self.safety_notes,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewAssetBody {
    pub site_id: i64,
    pub parent_id: Option<i64>,
    #[serde(flatten)]
    pub fields: AssetBody,
}

/// Creates an asset.
#[utoipa::path(post, path = "/assets", tag = "maintenance", request_body = NewAssetBody,
    responses((status = 201, body = AssetDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_asset(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<NewAssetBody>,
) -> Result<(StatusCode, Json<AssetDto>), AppError> {
    Ok((StatusCode::CREATED, Json(assets::create(&state, &user, b.site_id, b.parent_id, b.fields.input()).await?)))
}

/// Replaces an asset's fields.
#[utoipa::path(put, path = "/assets/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")), request_body = AssetBody,
    responses((status = 200, body = AssetDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn update_asset(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<AssetBody>,
) -> Result<Json<AssetDto>, AppError> {
    Ok(Json(assets::update(&state, &user, id, b.input()).await?))
}

/// An asset's meters with their last value.
#[utoipa::path(get, path = "/assets/{id}/meters", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")),
    responses((status = 200, body = [MeterDto]), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn asset_meters(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<MeterDto>>, AppError> {
    let a = assets::get(&state, &user, id).await?;
    Ok(Json(meters::for_asset(&state, a.id).await?.0))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ReadingBody {
    pub value: f64,
    /// The counter was reset or replaced (a lower cumulative value is then accepted).
    #[serde(default)]
    pub reset: bool,
}

/// Records a meter reading.
#[utoipa::path(post, path = "/meters/{id}/readings", tag = "maintenance", params(("id" = i64, Path, description = "Meter id")), request_body = ReadingBody,
    responses((status = 201, body = ReadingDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn add_reading(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ReadingBody>,
) -> Result<(StatusCode, Json<ReadingDto>), AppError> {
    Ok((StatusCode::CREATED, Json(meters::record(&state, &user, id, &b.value.to_string(), b.reset, None).await?)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SiteQuery {
    pub site_id: i64,
}

/// PM schedules of a site with their next due date.
#[utoipa::path(get, path = "/schedules", tag = "maintenance", params(SiteQuery),
    responses((status = 200, body = [ScheduleDto]), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_schedules(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<ScheduleDto>>, AppError> {
    Ok(Json(pm::all(&state, &user, q.site_id).await?))
}

/// A schedule with its next five due dates (or meter thresholds) and its history.
#[utoipa::path(get, path = "/schedules/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Schedule id")),
    responses((status = 200, body = ScheduleDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get_schedule(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<ScheduleDetail>, AppError> {
    Ok(Json(pm::detail(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WorkOrderQuery {
    pub site_id: i64,
    /// open (default: requested, open, in progress, on hold), done, cancelled, requested, all
    #[param(pattern = "^(open|requested|in_progress|on_hold|done|cancelled|all)$")]
    pub status: Option<String>,
    pub asset_id: Option<i64>,
    /// corrective, preventive, tpm, request, follow_up
    pub wo_type: Option<String>,
    /// Part of the title.
    pub q: Option<String>,
    pub page: Option<i64>,
    /// 1 to 100 (default 25)
    pub per_page: Option<i64>,
}

/// Work orders of a site by due date.
#[utoipa::path(get, path = "/work-orders", tag = "maintenance", params(WorkOrderQuery),
    responses((status = 200, body = WorkOrderPage), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_work_orders(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<WorkOrderQuery>,
) -> Result<Json<WorkOrderPage>, AppError> {
    let statuses = match q.status.as_deref().unwrap_or("open") {
        "open" | "" => vec![],
        "all" => domain::work_order::WorkOrderStatus::ALL.iter().map(|s| s.as_str().to_string()).collect(),
        s if domain::work_order::WorkOrderStatus::parse(s).is_some() => vec![s.to_string()],
        _ => return Err(AppError::BadRequest("status: unknown status".into())),
    };
    let filter =
        repo::work_orders::Filter { statuses, asset_id: q.asset_id, wo_type: q.wo_type, q: q.q.unwrap_or_default() };
    Ok(Json(work_orders::list(&state, &user, q.site_id, filter, q.page.unwrap_or(1), q.per_page.unwrap_or(25)).await?))
}

/// A work order with its steps, time, parts, sign-offs and downtime.
#[utoipa::path(get, path = "/work-orders/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")),
    responses((status = 200, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get_work_order(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<WorkOrderDetail>, AppError> {
    Ok(Json(work_orders::detail(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewWorkOrderBody {
    pub site_id: i64,
    pub title: String,
    /// corrective, preventive, tpm, request, follow_up
    pub wo_type: String,
    /// low, medium, high, urgent
    pub priority: String,
    pub asset_id: Option<i64>,
    #[serde(default)]
    pub description: String,
    /// YYYY-MM-DD
    pub due_date: Option<String>,
    #[serde(default)]
    pub assignee_ids: Vec<i64>,
    pub estimated_minutes: Option<i32>,
}

/// Creates a work order.
#[utoipa::path(post, path = "/work-orders", tag = "maintenance", request_body = NewWorkOrderBody,
    responses((status = 201, body = WorkOrderDetail), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_work_order(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<NewWorkOrderBody>,
) -> Result<(StatusCode, Json<WorkOrderDetail>), AppError> {
    let input = work_orders::NewWorkOrderInput {
        site_id: b.site_id,
        asset_id: b.asset_id,
        wo_type: b.wo_type,
        priority: b.priority,
        title: b.title,
        description: b.description,
        due_date: b.due_date,
        assignee_ids: b.assignee_ids,
        estimated_minutes: b.estimated_minutes.map(|m| m.to_string()),
        steps: vec![],
        parent_id: None,
    };
    Ok((StatusCode::CREATED, Json(work_orders::create(&state, &user, input).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TransitionBody {
    /// open, in_progress, on_hold, cancelled (completion, with its signature: POST .../complete)
    pub status: String,
    pub reason: Option<String>,
}

/// Moves a work order through its status machine; illegal transitions get 422 with the reason.
#[utoipa::path(post, path = "/work-orders/{id}/transitions", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = TransitionBody,
    responses((status = 200, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn transition(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<TransitionBody>,
) -> Result<Json<WorkOrderDetail>, AppError> {
    Ok(Json(work_orders::change_status(&state, &user, id, &b.status, b.reason).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SignatureBody {
    /// The signer's own password, asked again (an e-signature: throttled like sign-in)
    pub password: String,
    /// The signer's name as printed on the sign-off
    pub printed_name: String,
}

/// Completes a work order with its e-signature (meaning "completed"): every required step
/// answered, parts taken from stock, the asset's downtime ended, in one transaction, as the
/// work-order page does. A wrong password or an unanswered step is 422 with the field.
#[utoipa::path(post, path = "/work-orders/{id}/complete", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = SignatureBody,
    responses((status = 200, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn complete(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<SignatureBody>,
) -> Result<Json<WorkOrderDetail>, AppError> {
    let done =
        crate::services::workflows::complete_work_order::complete(&state, &user, id, &b.password, &b.printed_name);
    Ok(Json(done.await?))
}

/// A supervisor's "verified" e-signature on a completed work order (409 before completion).
#[utoipa::path(post, path = "/work-orders/{id}/verify", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = SignatureBody,
    responses((status = 200, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn verify(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<SignatureBody>,
) -> Result<Json<WorkOrderDetail>, AppError> {
    Ok(Json(work_orders::verify(&state, &user, id, &b.password, &b.printed_name).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct StepBody {
    /// on, pass/fail, a number, text, a signer's printed name, or a photo id
    pub value: String,
    #[serde(default)]
    pub note: String,
    /// A signature step only: the signer's own password, asked again (an e-signature)
    #[serde(default)]
    pub password: String,
}

/// Answers a checklist step.
#[utoipa::path(post, path = "/work-orders/{id}/steps/{step_id}", tag = "maintenance",
    params(("id" = i64, Path, description = "Work order id"), ("step_id" = i64, Path, description = "Step id")), request_body = StepBody,
    responses((status = 200, body = StepDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn answer_step(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath((id, step)): ApiPath<(i64, i64)>,
    ApiJson(b): ApiJson<StepBody>,
) -> Result<Json<StepDto>, AppError> {
    let answered =
        crate::services::workflows::answer_step::answer_step(&state, &user, id, step, &b.value, &b.note, &b.password);
    Ok(Json(answered.await?.0))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TimeBody {
    pub minutes: i32,
    #[serde(default)]
    pub note: String,
}

/// Logs time on a work order.
#[utoipa::path(post, path = "/work-orders/{id}/time", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = TimeBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn add_time(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<TimeBody>,
) -> Result<StatusCode, AppError> {
    work_orders::add_time(&state, &user, id, &b.minutes.to_string(), &b.note).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PartBody {
    pub part_id: i64,
    pub quantity: f64,
}

/// Records a part used (taken from stock when the work order is completed).
#[utoipa::path(post, path = "/work-orders/{id}/parts", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = PartBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn add_part(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<PartBody>,
) -> Result<StatusCode, AppError> {
    work_orders::add_part(&state, &user, id, b.part_id, &b.quantity.to_string()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NoteBody {
    pub note: String,
}

/// Adds a note to a work order (also once it is done or cancelled).
#[utoipa::path(post, path = "/work-orders/{id}/notes", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = NoteBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn add_note(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<NoteBody>,
) -> Result<StatusCode, AppError> {
    work_orders::add_note(&state, &user, id, &b.note).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct FailureBody {
    /// Problem, cause and remedy codes of the site's failure-code lists (blank: none)
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub cause: String,
    #[serde(default)]
    pub remedy: String,
}

/// Sets a work order's failure codes.
#[utoipa::path(put, path = "/work-orders/{id}/failure-codes", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = FailureBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn set_failure_codes(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<FailureBody>,
) -> Result<StatusCode, AppError> {
    work_orders::set_failure(&state, &user, id, &b.problem, &b.cause, &b.remedy).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct DowntimeBody {
    /// Why the asset stops (when starting), in words
    #[serde(default)]
    pub reason: String,
    /// The reason from the site's list (`GET /downtime-reasons`); without one the stop counts as
    /// unplanned for OEE
    #[serde(default)]
    pub reason_id: Option<i64>,
}

/// Starts downtime on the work order's asset, or ends the one open: the downtime started (200
/// with it), or 204 when one was ended.
#[utoipa::path(post, path = "/work-orders/{id}/downtime", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = DowntimeBody,
    responses((status = 200, body = DowntimeDto), (status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn toggle_downtime(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<DowntimeBody>,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    Ok(match work_orders::downtime::toggle(&state, &user, id, &b.reason, b.reason_id).await? {
        Some(started) => Json(started).into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AssigneesBody {
    /// The people of the site who take the work order (empty: nobody)
    pub user_ids: Vec<i64>,
}

/// Gives a work order to other people of its site (supervisors) while it still takes work.
#[utoipa::path(put, path = "/work-orders/{id}/assignees", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = AssigneesBody,
    responses((status = 200, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn assign(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<AssigneesBody>,
) -> Result<Json<WorkOrderDetail>, AppError> {
    work_orders::assign(&state, &user, id, b.user_ids).await?;
    Ok(Json(work_orders::detail(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ActiveBody {
    pub active: bool,
    /// Why it is switched off or on again (kept in the audit trail)
    #[serde(default)]
    pub reason: String,
}

/// Switches a PM schedule off (no more work generated) or on again.
#[utoipa::path(put, path = "/schedules/{id}/active", tag = "maintenance", params(("id" = i64, Path, description = "Schedule id")), request_body = ActiveBody,
    responses((status = 200, body = ScheduleDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn set_schedule_active(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ActiveBody>,
) -> Result<Json<ScheduleDto>, AppError> {
    Ok(Json(pm::set_active(&state, &user, id, b.active, &b.reason).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct GenerateBody {
    /// A site the token's owner manages schedules of
    pub site_id: i64,
}

#[derive(Debug, serde::Serialize, ToSchema)]
pub struct GeneratedDto {
    /// Work orders generated
    pub generated: u32,
    /// Missed occurrences recorded
    pub missed: u32,
}

/// Runs the PM generation job now (as "Generate due work now"): what is due within lead time is
/// generated at once, missed occurrences are recorded; running it again generates nothing twice.
#[utoipa::path(post, path = "/pm-generation", tag = "maintenance", request_body = GenerateBody,
    responses((status = 200, body = GeneratedDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn generate_pm(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<GenerateBody>,
) -> Result<Json<GeneratedDto>, AppError> {
    use domain::authz::{Permission, Target};
    crate::services::Caller::User(&user).require(
        Target::Site(b.site_id),
        Permission::ManageSchedules,
        state.today(),
    )?;
    let r = crate::jobs::pm::run_once(&state, state.now()).await?;
    Ok(Json(GeneratedDto { generated: r.generated, missed: r.missed }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CilCheckBody {
    /// true: OK; false: not OK, with a note and a tag (kind f or m, its category)
    pub ok: bool,
    #[serde(default)]
    pub note: String,
    /// A reading, where the point takes one
    #[serde(default)]
    pub reading: String,
    /// f (the operator fixes it) or m (maintenance: opens a work order)
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub priority: String,
    #[serde(default)]
    pub am_step: String,
}

#[derive(Debug, serde::Serialize, ToSchema)]
pub struct CilCheckDto {
    /// The tag raised by a not-OK check
    pub tag_id: Option<i64>,
}

/// Records today's check of a CIL point: OK, or not OK raising an F- or M-tag (once a day).
#[utoipa::path(post, path = "/cil-points/{id}/checks", tag = "maintenance", params(("id" = i64, Path, description = "CIL point id")), request_body = CilCheckBody,
    responses((status = 201, body = CilCheckDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn check_cil_point(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CilCheckBody>,
) -> Result<(StatusCode, Json<CilCheckDto>), AppError> {
    use crate::services::workflows::check_cil_point::{NotOk, check};
    let not_ok = (!b.ok).then_some(NotOk {
        note: b.note,
        reading: b.reading,
        kind: b.kind,
        category: b.category,
        priority: b.priority,
        am_step: b.am_step,
    });
    let tag_id = check(&state, &user, id, b.ok, not_ok).await?;
    Ok((StatusCode::CREATED, Json(CilCheckDto { tag_id })))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CloseTagBody {
    /// What was done so it does not come back
    pub countermeasure: String,
}

/// Closes a tag with its countermeasure (an M-tag once its work order is done).
#[utoipa::path(post, path = "/tags/{id}/close", tag = "maintenance", params(("id" = i64, Path, description = "Tag id")), request_body = CloseTagBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn close_tag(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CloseTagBody>,
) -> Result<StatusCode, AppError> {
    tpm::close_tag(&state, &user, id, &b.countermeasure).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ParentBody {
    /// The new parent asset (of the same site), or null for the top of the hierarchy
    pub parent_id: Option<i64>,
}

/// Moves an asset, with its subtree, under another asset (a cycle is refused).
#[utoipa::path(put, path = "/assets/{id}/parent", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")), request_body = ParentBody,
    responses((status = 200, body = AssetDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn move_asset(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ParentBody>,
) -> Result<Json<AssetDto>, AppError> {
    Ok(Json(assets::move_to(&state, &user, id, b.parent_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ImportBody {
    pub site_id: i64,
    /// The CSV text, with the header row of the asset export
    pub csv: String,
}

/// Imports assets from CSV into a site: all or nothing, every bad row named.
#[utoipa::path(post, path = "/assets/import", tag = "maintenance", request_body = ImportBody,
    responses((status = 200, body = ImportReport), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn import_assets(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<ImportBody>,
) -> Result<Json<ImportReport>, AppError> {
    Ok(Json(assets::import_csv(&state, &user, b.site_id, &b.csv).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PartCreateBody {
    pub site_id: i64,
    pub code: String,
    pub name: String,
    pub unit: String,
    /// Quantity in stock
    pub on_hand: f64,
}

/// Adds a spare part to a site's stock list.
#[utoipa::path(post, path = "/parts", tag = "maintenance", request_body = PartCreateBody,
    responses((status = 201, body = PartDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_part(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<PartCreateBody>,
) -> Result<(StatusCode, Json<PartDto>), AppError> {
    let on_hand = b.on_hand.to_string();
    let made = crate::services::records::parts::create(&state, &user, b.site_id, &b.code, &b.name, &b.unit, &on_hand);
    Ok((StatusCode::CREATED, Json(made.await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct HolidayBody {
    pub site_id: i64,
    /// YYYY-MM-DD
    pub day: String,
    pub name: String,
}

/// Adds a day to a site's holiday calendar (calendar schedules shift or skip it).
#[utoipa::path(post, path = "/holidays", tag = "maintenance", request_body = HolidayBody,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn add_holiday(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<HolidayBody>,
) -> Result<StatusCode, AppError> {
    crate::services::records::holidays::add(&state, &user, b.site_id, &b.day, &b.name).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HolidayQuery {
    pub site_id: i64,
    /// YYYY-MM-DD
    pub day: chrono::NaiveDate,
}

/// Removes a day from a site's holiday calendar.
#[utoipa::path(delete, path = "/holidays", tag = "maintenance", params(HolidayQuery),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn remove_holiday(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<HolidayQuery>,
) -> Result<StatusCode, AppError> {
    crate::services::records::holidays::remove(&state, &user, q.site_id, q.day).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct FollowUpBody {
    /// A failed step of this work order to follow up
    pub step_id: Option<i64>,
    /// Or: a change that could not be recorded on this work order (it is done or cancelled)
    #[serde(default)]
    pub note: String,
}

/// Opens a follow-up work order: from a failed step, or for a change that could not be recorded
/// on a work order already done or cancelled.
#[utoipa::path(post, path = "/work-orders/{id}/follow-ups", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = FollowUpBody,
    responses((status = 201, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn follow_up(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<FollowUpBody>,
) -> Result<(StatusCode, Json<WorkOrderDetail>), AppError> {
    let made = match b.step_id {
        Some(step) => work_orders::follow_up(&state, &user, id, step).await?,
        None => work_orders::follow_up_for(&state, &user, id, &b.note).await?,
    };
    Ok((StatusCode::CREATED, Json(made)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ProblemBody {
    pub title: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, serde::Serialize, ToSchema)]
pub struct CreatedDto {
    pub id: i64,
}

/// Reports a problem on an asset: a requested work order for a manager to approve or reject
/// (`POST /work-orders/{id}/transitions` to open or rejected), as the QR label's form does.
#[utoipa::path(post, path = "/assets/{id}/problem-reports", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")), request_body = ProblemBody,
    responses((status = 201, body = CreatedDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn report_problem(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<ProblemBody>,
) -> Result<(StatusCode, Json<CreatedDto>), AppError> {
    let id = work_orders::report_problem(&state, Some(&user), id, &b.title, &b.description, "").await?;
    Ok((StatusCode::CREATED, Json(CreatedDto { id })))
}

/// CIL points of a site.
#[utoipa::path(get, path = "/cil-points", tag = "maintenance", params(SiteQuery),
    responses((status = 200, body = [CilPointDto]), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_cil_points(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<CilPointDto>>, AppError> {
    Ok(Json(tpm::list_points(&state, &user, q.site_id).await?))
}

/// Abnormality tags of a site: open ones, with counts by category and the F:M ratio.
#[utoipa::path(get, path = "/tags", tag = "maintenance", params(SiteQuery),
    responses((status = 200, body = TagBoardDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn tag_board(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<TagBoardDto>, AppError> {
    Ok(Json(tpm::board(&state, &user, q.site_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MeterBody {
    pub name: String,
    pub unit: String,
    /// cumulative or gauge
    pub kind: String,
}

/// Adds a meter to an asset.
#[utoipa::path(post, path = "/assets/{id}/meters", tag = "maintenance", params(("id" = i64, Path, description = "Asset id")), request_body = MeterBody,
    responses((status = 201, body = MeterDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_meter(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<MeterBody>,
) -> Result<(StatusCode, Json<MeterDto>), AppError> {
    Ok((StatusCode::CREATED, Json(meters::create(&state, &user, id, &b.name, &b.unit, &b.kind).await?)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LimitQuery {
    /// 1 to 1000 (default 100)
    pub limit: Option<u64>,
}

/// A meter's readings, newest first.
#[utoipa::path(get, path = "/meters/{id}/readings", tag = "maintenance", params(("id" = i64, Path, description = "Meter id"), LimitQuery),
    responses((status = 200, body = [ReadingDto]), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn list_readings(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<LimitQuery>,
) -> Result<Json<Vec<ReadingDto>>, AppError> {
    Ok(Json(meters::readings(&state, &user, id, q.limit.unwrap_or(100)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewScheduleBody {
    pub asset_id: i64,
    pub title: String,
    /// fixed, floating, meter, time_or_meter or calendar
    pub trigger_kind: String,
    /// YYYY-MM-DD
    pub first_due: String,
    pub every_days: Option<i32>,
    pub meter_id: Option<i64>,
    pub meter_every: Option<f64>,
    /// RFC 5545 RRULE for calendar schedules, e.g. FREQ=MONTHLY;BYMONTHDAY=-1
    pub rrule: Option<String>,
    #[serde(default)]
    pub lead_days: i32,
    /// ignore (default), shift or skip
    pub holiday_rule: Option<String>,
    #[serde(default)]
    pub estimated_minutes: i32,
    pub assigned_user_id: Option<i64>,
    pub priority: Option<String>,
    /// Checklist template, one step per line (see the schedule form).
    #[serde(default)]
    pub steps: String,
    #[serde(default)]
    pub description: String,
}

/// Creates a PM schedule.
#[utoipa::path(post, path = "/schedules", tag = "maintenance", request_body = NewScheduleBody,
    responses((status = 201, body = ScheduleDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_schedule(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<NewScheduleBody>,
) -> Result<(StatusCode, Json<ScheduleDto>), AppError> {
    let s = |v: Option<String>| v.unwrap_or_default();
    let input = pm::ScheduleInput {
        asset_id: b.asset_id,
        title: b.title,
        description: b.description,
        trigger_kind: b.trigger_kind,
        every_days: b.every_days.map(|d| d.to_string()).unwrap_or_default(),
        meter_id: b.meter_id.map(|d| d.to_string()).unwrap_or_default(),
        meter_every: b.meter_every.map(|d| d.to_string()).unwrap_or_default(),
        rrule: s(b.rrule),
        first_due: b.first_due,
        lead_days: b.lead_days.to_string(),
        holiday_rule: s(b.holiday_rule),
        estimated_minutes: b.estimated_minutes.to_string(),
        assigned_user_id: b.assigned_user_id.map(|d| d.to_string()).unwrap_or_default(),
        priority: s(b.priority),
        steps: b.steps,
    };
    Ok((StatusCode::CREATED, Json(pm::create(&state, &user, input).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct WorkOrderUpdateBody {
    pub title: Option<String>,
    /// low, medium, high, urgent
    pub priority: Option<String>,
    /// YYYY-MM-DD, or "" to clear
    pub due_date: Option<String>,
    pub description: Option<String>,
}

/// Changes a work order's title, priority, due date or description.
#[utoipa::path(patch, path = "/work-orders/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Work order id")), request_body = WorkOrderUpdateBody,
    responses((status = 200, body = WorkOrderDetail), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn update_work_order(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<WorkOrderUpdateBody>,
) -> Result<Json<WorkOrderDetail>, AppError> {
    let wo = work_orders::update(
        &state,
        &user,
        id,
        b.title.as_deref(),
        b.priority.as_deref(),
        b.due_date.as_deref(),
        b.description.as_deref(),
    );
    Ok(Json(wo.await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CilPointBody {
    pub asset_id: i64,
    pub title: String,
    pub method: String,
    pub acceptance: String,
    pub minutes: i32,
    /// daily, weekly:N (1 = Monday) or monthly:N
    pub frequency: String,
    #[serde(default)]
    pub tool: String,
    /// operator (default) or technician
    #[serde(default)]
    pub role: String,
}

/// Adds a CIL point to an asset's standard.
#[utoipa::path(post, path = "/cil-points", tag = "maintenance", request_body = CilPointBody,
    responses((status = 201, body = CilPointDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_cil_point(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<CilPointBody>,
) -> Result<(StatusCode, Json<CilPointDto>), AppError> {
    let input = tpm::PointInput {
        asset_id: b.asset_id,
        title: b.title,
        method: b.method,
        acceptance: b.acceptance,
        tool: b.tool,
        minutes: b.minutes.to_string(),
        frequency: b.frequency,
        role: b.role,
    };
    Ok((StatusCode::CREATED, Json(tpm::create_point(&state, &user, input).await?)))
}

/// One abnormality tag.
#[utoipa::path(get, path = "/tags/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Tag id")),
    responses((status = 200, body = TagDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn get_tag(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<TagDto>, AppError> {
    Ok(Json(tpm::get_tag(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TagBody {
    /// Autonomous-maintenance step 1-7, or blank
    #[serde(default)]
    pub am_step: String,
    /// low, medium, high or urgent
    pub priority: String,
}

/// Refines an open tag: its autonomous-maintenance step and priority.
#[utoipa::path(patch, path = "/tags/{id}", tag = "maintenance", params(("id" = i64, Path, description = "Tag id")), request_body = TagBody,
    responses((status = 200, body = TagDto), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn update_tag(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<TagBody>,
) -> Result<Json<TagDto>, AppError> {
    Ok(Json(tpm::update_tag(&state, &user, id, &b.am_step, &b.priority).await?))
}
