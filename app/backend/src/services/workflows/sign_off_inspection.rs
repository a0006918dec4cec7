//! Signing off an inspection (lead and auditee signatures, score) and filing it as evidence
//! where it is mapped to requirements.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::records::inspections;
use crate::state::AppState;
use contract::dto::inspections::*;
use contract::error::AppError;
use domain::authz::Permission;
use domain::inspection::score;
use domain::validation::FieldErrors;
use serde_json::json;

/// Signs an audit off: every scored item answered (N.A. counts), the password again; the score
/// and pass/fail are fixed then (a failed critical item fails it whatever the score).
pub async fn complete(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    password: &str,
    auditee_name: &str,
    auditee: Option<(&str, &str)>,
) -> Result<InspectionDto, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    if r.status == "done" {
        return Err(AppError::Conflict("This audit is already signed off.".into()));
    }
    let v = crate::repo::inspections::version_by_id(&state.db, r.version_id).await?.ok_or(AppError::NotFound)?;
    let items = inspections::items_of(&v);
    let answers = inspections::answers_of(&state.db, &[r.id]).await?;
    let list = inspections::answer_list(&items, &answers);
    let mut e = FieldErrors::new();
    let missing: Vec<String> = items
        .iter()
        .zip(&list)
        .enumerate()
        .filter(|(_, (i, a))| i.kind.scored() && a.is_none())
        .map(|(n, (i, _))| format!("{}. {}", n + 1, i.text))
        .collect();
    if !missing.is_empty() {
        e.add("items", format!("Answer these first (N.A. where they do not apply): {}", missing.join("; ")));
    }
    if auditee_name.chars().count() > 120 {
        e.add("auditee_name", "Use at most 120 characters.");
    }
    crate::services::esign::confirm(state, user, password, "inspection.complete", "password", &mut e).await?;
    // the auditee signs with their own account and password, when present
    let mut auditee_id = None;
    let mut auditee_name = auditee_name.trim().to_string();
    if let Some((email, pw)) = auditee.filter(|(e, _)| !e.trim().is_empty()) {
        let signed = crate::services::esign::confirm_other(
            state,
            user,
            email,
            pw,
            "inspection.auditee",
            "auditee_password",
            &mut e,
        );
        if let Some(a) = signed.await? {
            auditee_id = Some(a.id);
            auditee_name = a.display_name;
        }
    }
    e.into_result()?;
    let s = score(&items, &list, v.pass_mark);
    let txn = begin_write(&state.db).await?;
    let signed = crate::repo::inspections::SignOff {
        score: s.percent,
        passed: s.passed,
        signed_by: Some(user.id),
        auditee_name,
        auditee_signed_by: auditee_id,
    };
    let saved = crate::repo::inspections::sign_off(&txn, r.clone(), signed, now).await?;
    crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::Audit, saved.id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.complete", "inspection", r.id).site(Some(r.site_id)).after(json!({
            "score": s.percent, "passed": s.passed, "critical_failed": s.critical_failed, "auditee": saved.auditee_name,
            "auditee_signed": auditee_id.is_some()})),
    )
    .await?;
    // a template mapped to compliance requirements files the signed-off audit as evidence
    let tz = crate::repo::sites::by_id(&txn, r.site_id).await?.map(|s| s.timezone).unwrap_or_default();
    let title = format!("Audit #{}: {} ({})", r.id, r.title, if s.passed { "passed" } else { "failed" });
    let work = crate::services::records::evidence::WorkDone {
        site_id: r.site_id,
        source: ("inspection_template", v.template_id),
        record: (domain::evidence::RecordType::Inspection, r.id),
        title: &title,
        done_on: crate::services::calendar::local_today(&tz, now),
    };
    crate::services::records::evidence::from_work(&txn, &user.actor(), work, now).await?;
    txn.commit().await?;
    crate::services::one(inspections::dtos(state, vec![saved]).await?)
}
