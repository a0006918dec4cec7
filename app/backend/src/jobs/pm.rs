//! The PM generation job: records every occurrence that has come within lead time, creating its
//! work order, or as missed when its window had already closed (PM-6). Running it twice, or on
//! two instances at once, records nothing twice: each occurrence has a unique key.
use chrono::{DateTime, Utc};
use serde_json::json;

use crate::auth::Actor;
use crate::db::begin_write;
use crate::repo::{pm as repo, sites, work_orders};
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::services::records::pm::{calendar_of, history, rule, steps_of};
use crate::state::AppState;
use contract::error::AppError;
use domain::pm;
use domain::work_order::{WorkOrderStatus, WorkOrderType};

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub schedules: u32,
    pub generated: u32,
    pub missed: u32,
    /// Schedules left for the next run because the run or their site had used its time budget.
    pub deferred: u32,
}

pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<Report, AppError> {
    run_within(state, now, &mut super::Budget::standard()).await
}

/// One run, within `budget` ([`super::Budget`]): what is left waits for the next run.
pub async fn run_within(state: &AppState, now: DateTime<Utc>, budget: &mut super::Budget) -> Result<Report, AppError> {
    let mut report = Report::default();
    let site_list = sites::all(&state.db).await?;
    let holidays = crate::repo::holidays::days_by_site(&state.db).await?;
    let mut after = 0;
    loop {
        let batch = repo::active_batch(&state.db, after, 500).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for s in &batch {
            report.schedules += 1;
            let Some(site) = site_list.iter().find(|x| x.id == s.site_id) else { continue };
            if !budget.allows(s.site_id) {
                report.deferred += 1;
                continue;
            }
            let started = std::time::Instant::now();
            let today = local_today(&site.timezone, now);
            let h = history(state, s, &site.timezone).await?;
            let cal = calendar_of(s);
            let days = holidays.get(&s.site_id).cloned().unwrap_or_default();
            let is_holiday = |d: chrono::NaiveDate| days.contains(&d);
            let planned = pm::plan(&rule(s), &h, today, crate::repo::sites::tolerance(site), &cal, &is_holiday);
            if planned.is_empty() {
                budget.spend(s.site_id, started);
                continue;
            }
            let txn = begin_write(&state.db).await?;
            for occ in planned {
                let interval = occ.interval_days as i32;
                let Some(occ_id) = repo::record(&txn, s.id, occ.nominal, occ.due, interval, occ.missed, now).await?
                else {
                    continue; // already on the books
                };
                if occ.missed {
                    report.missed += 1 + occ.older_missed;
                    let mut after = json!({"due": occ.due, "nominal": occ.nominal});
                    if occ.older_missed > 0 {
                        // a gap longer than pm::CATCH_UP_DAYS: this one stands for the older ones
                        after["older_missed"] = json!(occ.older_missed);
                    }
                    audit::record(
                        &txn,
                        &Actor::system(),
                        now,
                        Change::new("pm.missed", "pm_schedule", s.id).site(Some(s.site_id)).after(after),
                    )
                    .await?;
                    continue;
                }
                let wo = work_orders::insert(
                    &txn,
                    work_orders::NewWorkOrder {
                        site_id: s.site_id,
                        asset_id: Some(s.asset_id),
                        wo_type: WorkOrderType::Preventive.as_str().into(),
                        priority: s.priority.clone(),
                        status: WorkOrderStatus::Open.as_str().into(),
                        title: s.title.clone(),
                        description: s.description.clone(),
                        due_date: Some(occ.due),
                        assigned_role: s.assigned_role.clone(),
                        schedule_id: Some(s.id),
                        parent_id: None,
                        requested_by: None,
                        reporter_name: String::new(),
                        estimated_minutes: s.estimated_minutes,
                        created_by: None,
                    },
                    now,
                )
                .await?;
                work_orders::insert_steps(&txn, wo.id, &steps_of(s)).await?;
                if let Some(u) = s.assigned_user_id {
                    work_orders::set_assignees(&txn, &wo, &[u]).await?;
                }
                repo::link_work_order(&txn, occ_id, wo.id).await?;
                audit::record(
                    &txn,
                    &Actor::system(),
                    now,
                    Change::new("pm.generate", "work_order", wo.id)
                        .site(Some(s.site_id))
                        .after(json!({"schedule": s.id, "due": occ.due, "nominal": occ.nominal})),
                )
                .await?;
                report.generated += 1;
            }
            txn.commit().await?;
            budget.spend(s.site_id, started);
        }
    }
    if report.deferred > 0 {
        tracing::warn!(deferred = report.deferred, "pm generation: time budget used, the rest waits for the next run");
    }
    Ok(report)
}
