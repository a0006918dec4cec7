//! Preventive maintenance schedules.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::maintenance::{ScheduleDetail, ScheduleDto, SchedulePage};
use contract::error::AppError;

/// The current site's schedules with their next due date.
#[server(prefix = "/sfn", endpoint = "list_schedules", input = GetUrl)]
pub async fn list_schedules(page: Option<i64>) -> Result<SchedulePage, AppError> {
    use crate::api::ctx;
    use backend::services::records::pm;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            pm::list(&state, &user, site, page.unwrap_or(1)).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "get_schedule_detail", input = GetUrl)]
pub async fn get_schedule_detail(id: i64) -> Result<ScheduleDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::pm;
    ctx::finish(async { pm::detail(&ctx::state()?, &ctx::user()?, id).await }.await)
}

#[server(prefix = "/sfn", endpoint = "create_schedule")]
pub async fn create_schedule(
    asset_id: i64,
    title: String,
    trigger_kind: String,
    first_due: String,
    every_days: Option<String>,
    meter_id: Option<String>,
    meter_every: Option<String>,
    rrule: Option<String>,
    lead_days: Option<String>,
    holiday_rule: Option<String>,
    estimated_minutes: Option<String>,
    assigned_user_id: Option<String>,
    priority: Option<String>,
    steps: Option<String>,
    description: Option<String>,
) -> Result<ScheduleDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::pm;
    ctx::finish(
        async {
            let input = pm::ScheduleInput {
                asset_id,
                title,
                description: description.unwrap_or_default(),
                trigger_kind,
                every_days: every_days.unwrap_or_default(),
                meter_id: meter_id.unwrap_or_default(),
                meter_every: meter_every.unwrap_or_default(),
                rrule: rrule.unwrap_or_default(),
                first_due,
                lead_days: lead_days.unwrap_or_default(),
                holiday_rule: holiday_rule.unwrap_or_default(),
                estimated_minutes: estimated_minutes.unwrap_or_default(),
                assigned_user_id: assigned_user_id.unwrap_or_default(),
                priority: priority.unwrap_or_default(),
                steps: steps.unwrap_or_default(),
            };
            let s = pm::create(&ctx::state()?, &ctx::user()?, input).await?;
            leptos_axum::redirect(&format!("/pm/{}", s.id));
            Ok(s)
        }
        .await,
    )
}

/// Switches a schedule off (or on again), with a reason: never silently.
#[server(prefix = "/sfn", endpoint = "set_schedule_active")]
pub async fn set_schedule_active(id: i64, active: bool, reason: String) -> Result<ScheduleDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::pm;
    ctx::finish(async { pm::set_active(&ctx::state()?, &ctx::user()?, id, active, &reason).await }.await)
}

/// Runs the generation job now (supervisors): what is due within lead time appears at once.
#[server(prefix = "/sfn", endpoint = "generate_pm_now")]
pub async fn generate_pm_now() -> Result<(u32, u32), AppError> {
    use crate::api::ctx;

    use domain::authz::{Permission, Target};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            backend::auth::require(&user, Target::Site(site), Permission::ManageSchedules, state.today())?;
            let r = backend::jobs::pm::run_once(&state, state.now()).await?;
            // a form posted without the WebAssembly lands on the list, which says what was done
            leptos_axum::redirect(&format!("/pm?generated={}&missed={}", r.generated, r.missed));
            Ok((r.generated, r.missed))
        }
        .await,
    )
}

/// The current site's holidays.
#[server(prefix = "/sfn", endpoint = "list_holidays", input = GetUrl)]
pub async fn list_holidays() -> Result<Vec<(chrono::NaiveDate, String)>, AppError> {
    use crate::api::ctx;
    use backend::services::records::holidays;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            holidays::list(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "add_holiday")]
pub async fn add_holiday(day: String, name: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::holidays;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            holidays::add(&state, &user, site, &day, &name).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "remove_holiday")]
pub async fn remove_holiday(day: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::holidays;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let day = day.trim().parse().map_err(|_| AppError::validation("day", "Use a date like 2026-12-25."))?;
            holidays::remove(&state, &user, site, day).await
        }
        .await,
    )
}
