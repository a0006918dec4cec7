//! Recurring audits and inspections: one step of the generation job. Each active schedule is
//! planned with the preventive-maintenance rules (`domain::pm::plan`: fixed from the previous due
//! date, or floating from the last completion, with lead days); every occurrence becomes one audit,
//! made at most once (unique schedule + nominal date), so two instances never duplicate it.
use chrono::{DateTime, Utc};
use serde_json::json;

use crate::auth::Actor;
use crate::db::begin_write;
use crate::repo::{inspections, sites};
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::error::AppError;
use domain::pm::{self, Completion, History, HolidayRule, Schedule, Trigger};

/// How many audits this run created.
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<u32, AppError> {
    run_within(state, now, &mut super::Budget::standard()).await
}

/// One run within `budget` ([`super::Budget`]): schedules left over wait for the next run.
pub async fn run_within(state: &AppState, now: DateTime<Utc>, budget: &mut super::Budget) -> Result<u32, AppError> {
    let mut made = 0;
    let site_list = sites::all(&state.db).await?;
    for s in inspections::active_schedules(&state.db).await? {
        let Some(site) = site_list.iter().find(|x| x.id == s.site_id) else { continue };
        if !budget.allows(s.site_id) {
            tracing::warn!(schedule = s.id, "audit generation: time budget used, the schedule waits for the next run");
            continue;
        }
        let started = std::time::Instant::now();
        let Ok(trigger) = serde_json::from_str::<Trigger>(&s.rule) else { continue };
        let today = local_today(&site.timezone, now);
        let runs = inspections::of_schedule(&state.db, s.id).await?;
        let h = History {
            last_nominal_due: s.last_nominal_due,
            last_completion: runs
                .iter()
                .filter_map(|r| r.completed_at)
                .max()
                .map(|t| Completion { date: local_today(&site.timezone, t), reading: None }),
            open_due: runs.iter().filter(|r| r.status != "done").map(|r| r.due_date).min(),
            baseline_reading: None,
            latest_reading: None,
        };
        let rule = Schedule {
            trigger,
            first_due: s.first_due,
            lead_days: s.lead_days.max(0) as u32,
            holidays: HolidayRule::Ignore,
        };
        let planned = pm::plan(&rule, &h, today, crate::repo::sites::tolerance(site), &|_, _| vec![], &|_| false);
        if planned.is_empty() {
            continue;
        }
        let Some(v) = inspections::published_version(&state.db, s.template_id).await? else {
            continue;
        };
        let txn = begin_write(&state.db).await?;
        let mut last = s.last_nominal_due;
        for occ in planned {
            let exists = inspections::of_schedule_on(&txn, s.id, occ.nominal).await?.is_some();
            last = Some(last.map_or(occ.nominal, |l| l.max(occ.nominal)));
            if exists {
                continue;
            }
            let new = inspections::NewInspection {
                site_id: s.site_id,
                version_id: v.id,
                title: s.title.clone(),
                due_date: occ.due,
                lead_id: s.lead_id,
                team: s.team.clone(),
                asset_id: s.asset_id,
                area: s.area.clone(),
                schedule_id: Some(s.id),
                nominal_due: Some(occ.nominal),
                created_by: None,
            };
            let row = inspections::insert(&txn, new, now).await?;
            audit::record(
                &txn,
                &Actor::system(),
                now,
                Change::new("inspection.generate", "inspection", row.id)
                    .site(Some(s.site_id))
                    .after(json!({"schedule_id": s.id, "due_date": occ.due, "version_id": v.id})),
            )
            .await?;
            made += 1;
        }
        inspections::set_last_nominal_due(&txn, s.clone(), last).await?;
        txn.commit().await?;
        budget.spend(s.site_id, started);
    }
    Ok(made)
}
