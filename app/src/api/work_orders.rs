//! Work orders: lists, detail, creation and every action a technician or supervisor takes.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::maintenance::{PartDto, StepDto, WorkOrderDetail, WorkOrderPage};
use contract::error::AppError;

/// Open work assigned to me on the current site, overdue first.
#[server(prefix = "/sfn", endpoint = "my_work", input = GetUrl)]
pub async fn my_work(page: Option<i64>) -> Result<WorkOrderPage, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let per_page = backend::services::workflows::offline::MY_WORK_PAGE as i64;
            work_orders::my_work(&state, &user, Some(site), page.unwrap_or(1), per_page).await
        }
        .await,
    )
}

/// The current site's work orders: `status` = open (default), done, cancelled, requested, all.
#[server(prefix = "/sfn", endpoint = "list_work_orders", input = GetUrl)]
pub async fn list_work_orders(
    status: Option<String>,
    q: Option<String>,
    asset_id: Option<i64>,
    page: Option<i64>,
) -> Result<WorkOrderPage, AppError> {
    use crate::api::ctx;
    use backend::repo::work_orders::Filter;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let statuses = match status.as_deref().unwrap_or("open") {
                "open" | "" => vec![],
                "all" => domain::work_order::WorkOrderStatus::ALL.iter().map(|s| s.as_str().to_string()).collect(),
                s => match domain::work_order::WorkOrderStatus::parse(s) {
                    Some(known) => vec![known.as_str().to_string()],
                    None => return Err(AppError::validation("status", "Choose a status from the list.")),
                },
            };
            let filter = Filter { statuses, asset_id, wo_type: None, q: q.unwrap_or_default() };
            work_orders::list(&state, &user, site, filter, page.unwrap_or(1), 25).await
        }
        .await,
    )
}

/// A work order as its page shows it, with the parts of its site to choose from (those whose code
/// or name contains `part_q`, if given).
#[server(prefix = "/sfn", endpoint = "work_order", input = GetUrl)]
pub async fn work_order(id: i64, part_q: Option<String>) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    let search = part_q.unwrap_or_default();
    ctx::finish(async { work_orders::page(&ctx::state()?, &ctx::user()?, id, &search).await }.await)
}

/// Creates a work order on the current site, assigned to `assignee` (a user id) if given.
#[server(prefix = "/sfn", endpoint = "create_work_order")]
pub async fn create_work_order(
    title: String,
    wo_type: String,
    priority: String,
    asset_id: Option<String>,
    description: Option<String>,
    due_date: Option<String>,
    assignee: Option<String>,
    estimated_minutes: Option<String>,
) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site_id = backend::services::access::current_site_id(&state, &user).await?;
            let id = |field: &str, raw: Option<String>| -> Result<Option<i64>, AppError> {
                match raw.as_deref().map(str::trim) {
                    None | Some("") => Ok(None),
                    Some(s) => s.parse().map(Some).map_err(|_| AppError::validation(field, "Choose from the list.")),
                }
            };
            let input = work_orders::NewWorkOrderInput {
                site_id,
                asset_id: id("asset_id", asset_id)?,
                wo_type,
                priority,
                title,
                description: description.unwrap_or_default(),
                due_date,
                assignee_ids: id("assignee", assignee)?.into_iter().collect(),
                estimated_minutes,
                steps: vec![],
                parent_id: None,
            };
            let created = work_orders::create(&state, &user, input).await?;
            leptos_axum::redirect(&format!("/work-orders/{}", created.summary.id));
            Ok(created)
        }
        .await,
    )
}

/// Start, hold, resume, cancel (reason), approve or reject a request (reason), reopen (manager,
/// reason).
#[server(prefix = "/sfn", endpoint = "change_work_order_status")]
pub async fn change_work_order_status(
    id: i64,
    status: String,
    reason: Option<String>,
) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(async { work_orders::change_status(&ctx::state()?, &ctx::user()?, id, &status, reason).await }.await)
}

/// Answers one checklist step (`value`: on, pass/fail, a number, text, a name, a photo id).
#[server(prefix = "/sfn", endpoint = "answer_step")]
pub async fn answer_step(
    work_order_id: i64,
    step_id: i64,
    value: String,
    note: Option<String>,
    password: Option<String>,
) -> Result<(StepDto, bool), AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let note = note.unwrap_or_default();
            let (step, follow) = backend::services::workflows::answer_step::answer_step(
                &state,
                &user,
                work_order_id,
                step_id,
                &value,
                &note,
                password.as_deref().unwrap_or_default(),
            )
            .await?;
            // a form post goes straight on to the next step
            if ctx::is_form_post() {
                let steps = backend::repo::work_orders::steps(&state.db, work_order_id).await?;
                let anchor = if step.position as usize >= steps.len() || follow {
                    if follow { format!("step-{}", step.position) } else { "complete".into() }
                } else {
                    format!("step-{}", step.position + 1)
                };
                leptos_axum::redirect(&format!("/work-orders/{work_order_id}#{anchor}"));
            }
            Ok((step, follow))
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "add_time")]
pub async fn add_time(work_order_id: i64, minutes: String, note: Option<String>) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            work_orders::add_time(&ctx::state()?, &ctx::user()?, work_order_id, &minutes, &note.unwrap_or_default())
                .await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "add_part")]
pub async fn add_part(work_order_id: i64, part_id: i64, quantity: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async { work_orders::add_part(&ctx::state()?, &ctx::user()?, work_order_id, part_id, &quantity).await }.await,
    )
}

#[server(prefix = "/sfn", endpoint = "set_failure_codes")]
pub async fn set_failure_codes(
    work_order_id: i64,
    problem: String,
    cause: String,
    remedy: String,
) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            work_orders::set_failure(&ctx::state()?, &ctx::user()?, work_order_id, &problem, &cause, &remedy).await
        }
        .await,
    )
}

/// Starts downtime on the work order's asset, or ends the open one.
#[server(prefix = "/sfn", endpoint = "toggle_downtime")]
pub async fn toggle_downtime(
    work_order_id: i64,
    reason: Option<String>,
    reason_id: Option<String>,
) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders::downtime;
    ctx::finish(
        async {
            let reason_id = ctx::optional_id("reason_id", reason_id.as_deref(), "Choose one from the list.")?;
            downtime::toggle(&ctx::state()?, &ctx::user()?, work_order_id, &reason.unwrap_or_default(), reason_id)
                .await
                .map(|_| ())
        }
        .await,
    )
}

/// Gives a work order to someone else of the site (supervisors), or to nobody (blank).
#[server(prefix = "/sfn", endpoint = "assign_work_order")]
pub async fn assign_work_order(id: i64, assignee: Option<String>) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let to = ctx::optional_id("assignee", assignee.as_deref(), "Choose one from the list.")?;
            work_orders::assign(&ctx::state()?, &ctx::user()?, id, to.into_iter().collect()).await
        }
        .await,
    )
}

/// Completes a work order with an e-signature: the password again, and the printed name.
#[server(prefix = "/sfn", endpoint = "complete_work_order")]
pub async fn complete_work_order(
    work_order_id: i64,
    password: String,
    printed_name: String,
) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            backend::services::workflows::complete_work_order::complete(
                &ctx::state()?,
                &ctx::user()?,
                work_order_id,
                &password,
                &printed_name,
            )
            .await
        }
        .await,
    )
}

/// A supervisor's "verified" signature on a completed work order.
#[server(prefix = "/sfn", endpoint = "verify_work_order")]
pub async fn verify_work_order(
    work_order_id: i64,
    password: String,
    printed_name: String,
) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async { work_orders::verify(&ctx::state()?, &ctx::user()?, work_order_id, &password, &printed_name).await }
            .await,
    )
}

/// Adds a note to a work order (also once it is done or cancelled).
#[server(prefix = "/sfn", endpoint = "add_work_order_note")]
pub async fn add_work_order_note(work_order_id: i64, note: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(async { work_orders::add_note(&ctx::state()?, &ctx::user()?, work_order_id, &note).await }.await)
}

/// Opens a follow-up of a work order for a change that could not be recorded on it.
#[server(prefix = "/sfn", endpoint = "follow_up_for_change")]
pub async fn follow_up_for_change(work_order_id: i64, note: String) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(async { work_orders::follow_up_for(&ctx::state()?, &ctx::user()?, work_order_id, &note).await }.await)
}

/// Opens a follow-up work order from a failed step.
#[server(prefix = "/sfn", endpoint = "follow_up")]
pub async fn follow_up(work_order_id: i64, step_id: i64) -> Result<WorkOrderDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let created = work_orders::follow_up(&ctx::state()?, &ctx::user()?, work_order_id, step_id).await?;
            leptos_axum::redirect(&format!("/work-orders/{}", created.summary.id));
            Ok(created)
        }
        .await,
    )
}

/// Spare parts of the current site.
#[server(prefix = "/sfn", endpoint = "list_parts", input = GetUrl)]
pub async fn list_parts() -> Result<Vec<PartDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::parts;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            parts::list(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "create_part")]
pub async fn create_part(code: String, name: String, unit: String, on_hand: String) -> Result<PartDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::parts;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            parts::create(&state, &user, site, &code, &name, &unit, &on_hand).await
        }
        .await,
    )
}

/// Ids of the photos of a work order (shown as thumbnails).
#[server(prefix = "/sfn", endpoint = "work_order_photos", input = GetUrl)]
pub async fn work_order_photos(id: i64) -> Result<Vec<i64>, AppError> {
    use crate::api::ctx;
    use backend::services::files;
    ctx::finish(
        async {
            let state = ctx::state()?;
            let wo = backend::services::access::work_order(&state, &ctx::user()?, id).await?;
            Ok(files::for_owner(&state, "work_order", wo.id).await?.into_iter().map(|a| a.id).collect())
        }
        .await,
    )
}

/// The maintenance dashboard of the current site; the period defaults to this month so far.
#[server(prefix = "/sfn", endpoint = "maintenance_kpis", input = GetUrl)]
pub async fn maintenance_kpis(
    from: Option<String>,
    to: Option<String>,
) -> Result<contract::dto::maintenance::KpiDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::kpi;
    use chrono::Datelike;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let today = state.today();
            let parse =
                |field: &str, raw: Option<String>, default: chrono::NaiveDate| match raw.as_deref().map(str::trim) {
                    None | Some("") => Ok(default),
                    Some(s) => s.parse().map_err(|_| AppError::validation(field, "Use a date like 2026-11-01.")),
                };
            let from = parse("from", from, today.with_day(1).unwrap_or(today))?;
            let to = parse("to", to, today)?;
            kpi::dashboard(&state, &user, site, from, to).await
        }
        .await,
    )
}

/// People who can be assigned work on the current site.
#[server(prefix = "/sfn", endpoint = "site_workers", input = GetUrl)]
pub async fn site_workers() -> Result<Vec<contract::dto::maintenance::PersonDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            work_orders::workers(&state, &user, site).await
        }
        .await,
    )
}
