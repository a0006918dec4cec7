//! Asset downtime: started and ended from a work order or the asset page.
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::{assets, downtime as repo, production};
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::maintenance::DowntimeDto;
use contract::error::AppError;

pub fn to_dto(d: &repo::Downtime) -> DowntimeDto {
    DowntimeDto {
        id: d.id,
        asset_id: d.asset_id,
        work_order_id: d.work_order_id,
        started_at: d.started_at,
        ended_at: d.ended_at,
        reason: d.reason.clone(),
        reason_id: d.reason_id,
    }
}

/// Starts downtime on the work order's asset (the asset goes "down"), or ends the open one (back
/// to "running"). The reason is one of the site's list (`reason_id`), with optional words; without
/// one the stop is a breakdown for OEE (an unplanned stop).
pub async fn toggle(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    reason: &str,
    reason_id: Option<i64>,
) -> Result<Option<DowntimeDto>, AppError> {
    let now = state.now();
    // when the machine stopped or ran again: the tap (also when sent later from offline)
    let at = crate::operation::tapped_or(now);
    let wo = crate::services::access::workable_work_order(state, user, wo_id).await?;
    crate::services::access::not_reassigned(state, user, &wo).await?;
    let asset_id = wo.asset_id.ok_or_else(|| AppError::validation("asset", "This work order has no asset."))?;
    let txn = begin_write(&state.db).await?;
    let out = match repo::open_for_asset(&txn, asset_id).await? {
        Some(open) => {
            repo::end(&txn, open.id, at.max(open.started_at)).await?;
            assets::set_status(&txn, asset_id, "running", now).await?;
            audit::record(
                &txn,
                &user.actor(),
                now,
                Change::new("downtime.end", "asset", asset_id)
                    .site(Some(wo.site_id))
                    .after(json!({"downtime_id": open.id, "work_order_id": wo_id})),
            )
            .await?;
            None
        }
        None => {
            let listed = match reason_id {
                Some(rid) => match production::reason(&txn, rid).await? {
                    Some(r) if r.site_id == wo.site_id && r.active => Some(r),
                    _ => return Err(AppError::validation("reason_id", "Choose a reason from the site's list.")),
                },
                None => None,
            };
            let words = match (&listed, reason.trim()) {
                (Some(r), "") => r.name.clone(),
                (_, w) => w.to_string(),
            };
            let d = repo::insert(
                &txn,
                repo::NewStop {
                    asset_id,
                    work_order_id: Some(wo_id),
                    started_at: at,
                    ended_at: None,
                    reason: &words,
                    reason_id: listed.as_ref().map(|r| r.id),
                },
            )
            .await?;
            assets::set_status(&txn, asset_id, "down", now).await?;
            audit::record(
                &txn,
                &user.actor(),
                now,
                Change::new("downtime.start", "asset", asset_id).site(Some(wo.site_id)).after(
                    json!({"downtime_id": d.id, "work_order_id": wo_id, "reason": words, "reason_id": d.reason_id}),
                ),
            )
            .await?;
            Some(to_dto(&d))
        }
    };
    txn.commit().await?;
    Ok(out)
}
