//! A work order raised from another record (an M-tag, a CAPA action, an audit finding), opened
//! inside that record's transaction for every technician of the site.
use chrono::NaiveDate;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::work_orders::{self as repo, NewWorkOrder, WorkOrder};
use crate::repo::{capa as capa_rows, sites};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::services::records::capa;
use crate::state::AppState;
use contract::dto::safety::CapaDto;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::capa::CapaStatus;
use domain::work_order::{Priority, WorkOrderStatus, WorkOrderType};

/// A work order raised from another record (an M-tag, a CAPA action, an audit finding).
pub struct RaisedFrom {
    pub site_id: i64,
    pub asset_id: Option<i64>,
    pub wo_type: WorkOrderType,
    pub priority: Priority,
    pub title: String,
    pub description: String,
    pub due_date: Option<NaiveDate>,
    /// Where it came from, for the audit trail, e.g. `{"from_tag": 7}`.
    pub source: serde_json::Value,
}

/// Opens the work order inside the source record's transaction, for every technician of the site
/// (it shows in their "my work" until someone takes it), audited with where it came from.
pub async fn raise_from(
    state: &AppState,
    txn: &sea_orm::DatabaseTransaction,
    user: &CurrentUser,
    r: RaisedFrom,
) -> Result<WorkOrder, AppError> {
    let now = state.now();
    let wo = repo::insert(
        txn,
        NewWorkOrder {
            site_id: r.site_id,
            asset_id: r.asset_id,
            wo_type: r.wo_type.as_str().into(),
            priority: r.priority.as_str().into(),
            status: WorkOrderStatus::Open.as_str().into(),
            title: r.title,
            description: r.description,
            due_date: r.due_date,
            assigned_role: Some("technician".into()),
            schedule_id: None,
            parent_id: None,
            requested_by: Some(user.id),
            reporter_name: user.display_name.clone(),
            estimated_minutes: 0,
            created_by: Some(user.id),
        },
        now,
    )
    .await?;
    let techs = crate::services::access::technicians_of(state, r.site_id).await?;
    repo::set_assignees(txn, &wo, &techs).await?;
    let mut after = r.source;
    if let Some(map) = after.as_object_mut() {
        map.insert("title".into(), json!(wo.title));
    }
    audit::record(
        txn,
        &user.actor(),
        now,
        Change::new("work_order.create", "work_order", wo.id).site(Some(r.site_id)).after(after),
    )
    .await?;
    Ok(wo)
}

/// Opens a maintenance work order for an action (once), linked both ways.
pub async fn for_capa(state: &AppState, user: &CurrentUser, id: i64) -> Result<CapaDto, AppError> {
    let now = state.now();
    let r = capa_rows::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(r.site_id), Permission::ManageCapa, state.today())?;
    if let Some(w) = r.work_order_id {
        return Err(AppError::Conflict(format!("Work order #{w} already exists for this action.")));
    }
    if !CapaStatus::parse(&r.status).is_some_and(|s| s.is_open()) {
        return Err(AppError::Conflict("The action is no longer open.".into()));
    }
    let site = sites::by_id(&state.db, r.site_id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let wo = raise_from(
        state,
        &txn,
        user,
        RaisedFrom {
            site_id: r.site_id,
            asset_id: None,
            wo_type: WorkOrderType::Corrective,
            priority: Priority::High,
            title: format!("CAPA #{}: {}", r.id, r.title),
            description: format!(
                "{}\n\nRaised from CAPA action #{} ({}), due {}.",
                r.description, r.id, r.kind, r.due_date
            ),
            due_date: Some(r.due_date.max(local_today(&site.timezone, now))),
            source: json!({"from_capa": r.id}),
        },
    )
    .await?;
    let saved = capa_rows::set_work_order(&txn, r.clone(), wo.id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("capa.work_order", "capa_action", r.id)
            .site(Some(r.site_id))
            .after(json!({"work_order_id": wo.id})),
    )
    .await?;
    txn.commit().await?;
    crate::services::one(capa::to_dtos(state, user, vec![saved]).await?)
}
