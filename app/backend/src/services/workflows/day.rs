//! Home: the person's day on the current site: their overdue and due-today work, today's round,
//! their open actions and the audits they lead. Each part comes from the service that owns it and
//! only for those whose role does that work.
use crate::auth::CurrentUser;
use crate::services::records::{capa, inspections, tpm, work_orders};
use crate::state::AppState;
use contract::dto::MyDay;
use contract::error::AppError;
use domain::authz::{Permission, Target};

/// How many of each kind Home lists (the rest are a tap away on their own page).
pub const SHOWN: usize = 5;

pub async fn my_day(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<MyDay, AppError> {
    let today = crate::services::calendar::today_for(state, user, site_id).await?;
    let can = |p| user.can(Target::Site(site_id), p, state.today());
    let mut day = MyDay { today: Some(today), ..Default::default() };
    if can(Permission::WorkOnWorkOrder) {
        // overdue first, then due today, then the rest: the head of the list is what Home needs
        let mine = work_orders::my_work(state, user, Some(site_id), 1, 25).await?;
        day.open_work = mine.total;
        for w in mine.items {
            match w.due_date {
                Some(d) if d < today && day.overdue.len() < SHOWN => day.overdue.push(w),
                Some(d) if d == today && day.due_today.len() < SHOWN => day.due_today.push(w),
                _ => {}
            }
        }
    }
    if can(Permission::RunRounds) {
        day.round = tpm::round_count(state, user, site_id).await?;
    }
    // their open actions and the audits they lead, read together (one statement)
    let audits = can(Permission::RunAudits) && can(Permission::ViewAudits);
    if can(Permission::ViewSite) {
        let (actions, led) = crate::repo::day::agenda(&state.db, site_id, user.id, SHOWN as u64, audits).await?;
        day.actions = capa::to_dtos(state, user, actions).await?;
        day.audits = inspections::dtos(state, led).await?;
    }
    Ok(day)
}
