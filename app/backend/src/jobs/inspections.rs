//! Recurring audits and inspections: one step of the generation job. Each active schedule is
//! planned with the preventive-maintenance rules (`domain::pm::plan`: fixed from the previous due
//! date, or floating from the last completion, with lead days); every occurrence becomes one audit,
//! made at most once (unique schedule + nominal date), so two instances never duplicate it.
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::auth::Actor;
use crate::db::begin_write;
use crate::entities::{inspection as ins, inspection_schedule as sc, inspection_version as iv};
use crate::repo::sites;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::error::AppError;
use domain::inspection::VersionState;
use domain::pm::{self, Completion, History, HolidayRule, Schedule, Trigger};

/// How many audits this run created.
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<u32, AppError> {
    run_within(state, now, &mut super::Budget::standard()).await
}

/// One run within `budget` ([`super::Budget`]): schedules left over wait for the next run.
pub async fn run_within(state: &AppState, now: DateTime<Utc>, budget: &mut super::Budget) -> Result<u32, AppError> {
    let mut made = 0;
    let site_list = sites::all(&state.db).await?;
    for s in sc::Entity::find().filter(sc::Column::Active.eq(true)).order_by_asc(sc::Column::Id).all(&state.db).await? {
        let Some(site) = site_list.iter().find(|x| x.id == s.site_id) else { continue };
        if !budget.allows(s.site_id) {
            tracing::warn!(schedule = s.id, "audit generation: time budget used, the schedule waits for the next run");
            continue;
        }
        let started = std::time::Instant::now();
        let Ok(trigger) = serde_json::from_str::<Trigger>(&s.rule) else { continue };
        let today = local_today(&site.timezone, now);
        let runs = ins::Entity::find().filter(ins::Column::ScheduleId.eq(s.id)).all(&state.db).await?;
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
        let Some(v) = iv::Entity::find()
            .filter(iv::Column::TemplateId.eq(s.template_id))
            .filter(iv::Column::State.eq(VersionState::Published.as_str()))
            .one(&state.db)
            .await?
        else {
            continue;
        };
        let txn = begin_write(&state.db).await?;
        let mut last = s.last_nominal_due;
        for occ in planned {
            let exists = ins::Entity::find()
                .filter(ins::Column::ScheduleId.eq(s.id))
                .filter(ins::Column::NominalDue.eq(occ.nominal))
                .one(&txn)
                .await?
                .is_some();
            last = Some(last.map_or(occ.nominal, |l| l.max(occ.nominal)));
            if exists {
                continue;
            }
            let row = ins::ActiveModel {
                site_id: Set(s.site_id),
                version_id: Set(v.id),
                title: Set(s.title.clone()),
                status: Set("scheduled".into()),
                due_date: Set(occ.due),
                lead_id: Set(s.lead_id),
                team: Set(s.team.clone()),
                asset_id: Set(s.asset_id),
                area: Set(s.area.clone()),
                score: Set(None),
                passed: Set(None),
                signed_by: Set(None),
                signed_at: Set(None),
                auditee_name: Set(String::new()),
                auditee_signed_by: Set(None),
                started_at: Set(None),
                completed_at: Set(None),
                schedule_id: Set(Some(s.id)),
                nominal_due: Set(Some(occ.nominal)),
                created_by: Set(None),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
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
        let mut am: sc::ActiveModel = s.clone().into();
        am.last_nominal_due = Set(last);
        am.update(&txn).await?;
        txn.commit().await?;
        budget.spend(s.site_id, started);
    }
    Ok(made)
}
