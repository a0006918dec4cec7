//! Answering a checklist step of a work order; a meter step records the reading on the meter in the
//! same transaction.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::wo_step;
use crate::repo::meters;
use crate::repo::work_orders::{self as repo};
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::records::work_orders;
use crate::state::AppState;
use contract::dto::maintenance::StepDto;
use contract::error::AppError;
use domain::checklist::{self, Answer, StepKind};
use domain::validation::FieldErrors;
use domain::work_order::WorkOrderStatus;
use serde_json::json;

/// Saves the answer to one step; returns the step and whether to offer a follow-up work order. A
/// signature step is an e-signature: the signer's printed name (`raw_value`) and their password
/// again (`password`, throttled like sign-in), recorded with its meaning, signer and time.
pub async fn answer_step(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    step_id: i64,
    raw_value: &str,
    note: &str,
    password: &str,
) -> Result<(StepDto, bool), AppError> {
    let now = state.now();
    let wo = access::workable_work_order(state, user, wo_id).await?;
    access::taking_work_of(state, user, &wo).await?;
    if !matches!(work_orders::status_of(&wo), WorkOrderStatus::InProgress) {
        return Err(AppError::Conflict("Start the work order before answering its steps.".into()));
    }
    let step = repo::step(&state.db, step_id).await?.filter(|s| s.work_order_id == wo.id).ok_or(AppError::NotFound)?;
    let def = work_orders::step_def(&step);
    let answer = work_orders::parse_answer(&def.kind, raw_value).map_err(|m| AppError::validation("value", m))?;
    if note.chars().count() > 2000 {
        return Err(AppError::validation("note", "Use at most 2000 characters."));
    }
    let outcome = checklist::check(&def, &answer, Some(note)).map_err(|e| {
        let field =
            if matches!(e, checklist::StepError::FailNeedsNote | checklist::StepError::OutOfLimitsNeedsNote { .. }) {
                "note"
            } else {
                "value"
            };
        AppError::validation(field, e.to_string())
    })?;
    let signed = matches!(def.kind, StepKind::Signature);
    if signed {
        let mut e = FieldErrors::new();
        crate::services::esign::confirm(state, user, password, "work_order.step.sign", "password", &mut e).await?;
        e.into_result()?;
    }
    if let (StepKind::Photo, Answer::Photo(att)) = (&def.kind, &answer)
        && !crate::services::files::belongs_to(state, *att, "work_order", wo.id).await?
    {
        return Err(AppError::validation("value", "Upload the photo to this work order first."));
    }
    let txn = begin_write(&state.db).await?;
    if let (StepKind::Meter { meter_id }, Answer::Meter(_)) = (&def.kind, &answer) {
        let meter =
            meters::by_id(&txn, *meter_id).await?.filter(|m| m.site_id == wo.site_id).ok_or(AppError::NotFound)?;
        crate::services::records::meters::record_in(&txn, user, &meter, raw_value, false, Some(wo.id), now).await?;
    }
    use sea_orm::ActiveValue::Set;
    let mut am: wo_step::ActiveModel = step.clone().into();
    am.answer_json = Set(Some(serde_json::to_string(&answer).map_err(AppError::internal)?));
    am.note = Set(note.trim().to_string());
    am.passed = Set(Some(outcome.passed));
    am.answered_by = Set(Some(user.id));
    am.answered_at = Set(Some(crate::operation::tapped_or(now)));
    let saved = repo::save_step(&txn, am).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("work_order.step", "work_order", wo.id)
            .site(Some(wo.site_id))
            .before(json!({"step": step.position, "answer": step.answer_json, "note": step.note}))
            .after(json!({"step": saved.position, "answer": saved.answer_json, "note": saved.note, "passed": outcome.passed,
                "meaning": signed.then_some("signed with the signer's password")})),
    )
    .await?;
    txn.commit().await?;
    Ok((work_orders::step_dto(&saved), outcome.offer_follow_up))
}
