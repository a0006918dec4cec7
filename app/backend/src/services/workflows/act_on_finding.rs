//! Acting on an audit finding (a CAPA action or a work order, linked in one transaction) and
//! closing it when that action is verified effective or that work order is done.
use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::finding as fi;
use crate::repo::{findings, sites};
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::services::records::inspections;
use crate::state::AppState;
use contract::dto::inspections::*;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::inspection::Grade;
use domain::validation::FieldErrors;
use domain::work_order::{Priority, WorkOrderType};
use serde_json::json;

/// The one action a finding gets: a CAPA action (a nonconformity needs its root cause) or a
/// maintenance work order, linked both ways.
pub async fn finding_action(
    state: &AppState,
    user: &CurrentUser,
    finding_id: i64,
    kind: &str,
    root_cause: &str,
    capa: crate::services::records::capa::NewCapa,
) -> Result<FindingDto, AppError> {
    let now = state.now();
    let f = findings::by_id(&state.db, finding_id).await?.ok_or(AppError::NotFound)?;
    inspections::need(state, user, Target::Site(f.site_id), Permission::ManageAudits)?;
    if f.capa_id.is_some() || f.work_order_id.is_some() {
        return Err(AppError::Conflict("This finding already has its action.".into()));
    }
    if f.status != "open" {
        return Err(AppError::Conflict("This finding is closed.".into()));
    }
    let grade = Grade::parse(&f.grade).unwrap_or(Grade::Observation);
    match kind {
        "capa" => {
            let mut e = FieldErrors::new();
            if grade.is_nonconformity() && root_cause.trim().is_empty() {
                e.add("root_cause", "A nonconformity's CAPA needs its root cause.");
            }
            let valid = crate::services::records::capa::check(state, user, ("finding", f.id), capa, e).await?;
            // the action and the finding's link to it are one change: both or neither
            let txn = begin_write(&state.db).await?;
            let created = crate::services::records::capa::insert_in(&txn, user, valid, now).await?;
            inspections::link_action(&txn, f.id, findings::Action::Capa(created.id), Some(root_cause.trim())).await?;
            audit::record(
                &txn,
                &user.actor(),
                now,
                Change::new("finding.capa", "finding", f.id)
                    .site(Some(f.site_id))
                    .after(json!({"capa_id": created.id, "root_cause": root_cause.trim()})),
            )
            .await?;
            txn.commit().await?;
        }
        "work_order" => {
            let r = crate::repo::inspections::by_id(&state.db, f.inspection_id).await?.ok_or(AppError::NotFound)?;
            let site = sites::by_id(&state.db, f.site_id).await?.ok_or(AppError::NotFound)?;
            let txn = begin_write(&state.db).await?;
            let w = crate::services::workflows::raise_work_order::raise_from(
                state,
                &txn,
                user,
                crate::services::workflows::raise_work_order::RaisedFrom {
                    site_id: f.site_id,
                    asset_id: r.asset_id,
                    wo_type: WorkOrderType::Corrective,
                    priority: if grade == Grade::MajorNonconformity { Priority::High } else { Priority::Medium },
                    title: format!("Finding #{}: {}", f.id, f.title),
                    description: format!("{}\n\nFrom {} ({}).", f.description, r.title, grade.label()),
                    due_date: Some(local_today(&site.timezone, now)),
                    source: json!({"from_finding": f.id}),
                },
            )
            .await?;
            inspections::link_action(&txn, f.id, findings::Action::WorkOrder(w.id), None).await?;
            txn.commit().await?;
        }
        _ => return Err(AppError::validation("kind", "Choose a CAPA action or a work order.")),
    }
    inspections::findings_of(state, &[f.inspection_id])
        .await?
        .into_iter()
        .find(|x| x.id == f.id)
        .ok_or(AppError::NotFound)
}

/// Closes the findings whose work order just got done (inside the work order's transaction).
pub async fn close_for_work_order(
    conn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    wo_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    for f in findings::open_for(conn, findings::Action::WorkOrder(wo_id)).await? {
        close(conn, actor, f, now, json!({"work_order_id": wo_id, "work_order_status": "done"})).await?;
    }
    Ok(())
}

/// Closes the finding whose CAPA action was just verified effective (inside that transaction).
pub async fn close_for_capa(
    conn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    capa_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), AppError> {
    for f in findings::open_for(conn, findings::Action::Capa(capa_id)).await? {
        close(conn, actor, f, now, json!({"capa_id": capa_id, "capa_status": "verified_effective"})).await?;
    }
    Ok(())
}

async fn close(
    conn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    f: fi::Model,
    now: chrono::DateTime<chrono::Utc>,
    why: serde_json::Value,
) -> Result<(), AppError> {
    let (id, site) = (f.id, f.site_id);
    findings::close(conn, f, now).await?;
    audit::record(conn, actor, now, Change::new("finding.close", "finding", id).site(Some(site)).after(why)).await?;
    Ok(())
}
