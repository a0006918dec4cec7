//! Completing a work order: its steps, the signature, stock taken, the asset's downtime ended,
//! reminders settled, the audit findings it fixes closed and the evidence it files, in one transaction.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::work_orders::{self as repo};
use crate::repo::{assets, downtime, parts};
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::records::work_orders;
use crate::state::AppState;
use contract::dto::maintenance::WorkOrderDetail;
use contract::error::AppError;
use domain::checklist::{self, Answer, StepDef};
use domain::stock;
use domain::validation::{FieldErrors, required_text};
use domain::work_order::{Asker, WorkOrderStatus, transition};
use serde_json::json;

/// Completes a work order: every required step answered, the password asked again, parts taken
/// from stock (refused, with nothing changed, if any is short), the sign-off (printed name,
/// meaning "completed", time) stored and audited.
pub async fn complete(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    password: &str,
    printed_name: &str,
) -> Result<WorkOrderDetail, AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, wo_id).await?;
    access::not_reassigned(state, user, &wo).await?;
    transition(work_orders::status_of(&wo), WorkOrderStatus::Done, Asker { is_manager: false }, None)
        .map_err(|e| AppError::validation("status", e.to_string()))?;
    let steps = repo::steps(&state.db, wo.id).await?;
    let defs: Vec<(StepDef, Option<Answer>)> = steps
        .iter()
        .map(|s| (work_orders::step_def(s), s.answer_json.as_deref().and_then(|a| serde_json::from_str(a).ok())))
        .collect();
    let missing = checklist::missing_required(defs.iter().map(|(d, a)| (d, a.as_ref())));
    let mut e = FieldErrors::new();
    if !missing.is_empty() {
        e.add("steps", format!("Answer these required steps first: {}.", missing.join(", ")));
    }
    let name = e.check("printed_name", required_text(printed_name, 120));
    crate::services::esign::confirm(state, user, password, "work_order.complete", "password", &mut e).await?;
    let name = e.finish(name)?;
    // done when the person tapped (a completion made offline and signed later keeps its time);
    // the signature is dated when it is given
    let done_at = crate::operation::tapped_or(now);
    let used = repo::parts(&state.db, wo.id).await?;
    let txn = begin_write(&state.db).await?;
    for u in used.iter().filter(|u| !u.consumed) {
        if !parts::take(&txn, u.part_id, u.quantity).await? {
            let p = parts::by_id(&txn, u.part_id).await?.ok_or(AppError::NotFound)?;
            let msg = stock::consume(&p.name, p.on_hand, u.quantity).err().map(|e| e.to_string()).unwrap_or_default();
            return Err(AppError::validation("parts", msg));
        }
    }
    repo::mark_parts_consumed(&txn, wo.id).await?;
    if let Some(aid) = wo.asset_id
        && let Some(open) = downtime::open_for_asset(&txn, aid).await?
        && open.work_order_id == Some(wo.id)
    {
        downtime::end(&txn, open.id, done_at.max(open.started_at)).await?;
        assets::set_status(&txn, aid, "running", now).await?;
    }
    use sea_orm::ActiveValue::Set;
    let before = work_orders::audit_json(&wo);
    let mut am: crate::entities::work_order::ActiveModel = wo.clone().into();
    am.status = Set(WorkOrderStatus::Done.as_str().into());
    am.completed_at = Set(Some(done_at));
    am.completed_by = Set(Some(user.id));
    am.updated_at = Set(now);
    let after = repo::save(&txn, am).await?;
    repo::add_signoff(&txn, wo.id, user.id, &name, "completed", now).await?;
    crate::repo::reminders::settle_work_order(&txn, wo.id, now).await?;
    // an audit finding fixed by this work order closes with it
    crate::services::workflows::act_on_finding::close_for_work_order(&txn, &user.actor(), wo.id, now).await?;
    // a PM schedule mapped to compliance requirements files its completion as evidence
    if let Some(schedule) = wo.schedule_id {
        let tz = crate::repo::sites::by_id(&txn, wo.site_id).await?.map(|s| s.timezone).unwrap_or_default();
        let done_on = crate::services::calendar::local_today(&tz, done_at);
        let title = format!("PM work order #{}: {}", wo.id, wo.title);
        let work = crate::services::records::evidence::WorkDone {
            site_id: wo.site_id,
            source: ("pm_schedule", schedule),
            record: (domain::evidence::RecordType::WorkOrder, wo.id),
            title: &title,
            done_on,
        };
        crate::services::records::evidence::from_work(&txn, &user.actor(), work, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.complete", "work_order", wo.id)
            .site(Some(wo.site_id))
            .before(before)
            .after(json!({"work_order": work_orders::audit_json(&after), "signature": {"printed_name": name, "meaning": "completed", "signed_at": domain::audit::canonical_time(now)}})),
    )
    .await?;
    txn.commit().await?;
    work_orders::detail(state, user, wo.id).await
}
