//! Home: the person's day on the current site: their overdue and due-today work, today's round,
//! their open actions and the audits they lead, each only for those whose role does that work,
//! all read in one statement (`repo::day::home`); the service that owns each kind turns its part
//! into what Home shows.
use crate::auth::CurrentUser;
use crate::repo::day as day_repo;
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
    let sees = can(Permission::ViewMaintenance);
    let ask = day_repo::Ask {
        // overdue first, then due today, then the rest: the head of the list is what Home needs
        work: (sees && can(Permission::WorkOnWorkOrder)).then_some(25),
        round: (sees && can(Permission::RunRounds)).then_some(today),
        actions: can(Permission::ViewSite).then_some(SHOWN as u64),
        audits: (can(Permission::ViewSite) && can(Permission::RunAudits) && can(Permission::ViewAudits))
            .then_some(SHOWN as u64),
    };
    // every part in one statement
    let read = day_repo::home(&state.db, site_id, user.id, ask).await?;
    let mut day = MyDay { today: Some(today), open_work: read.open_work, ..Default::default() };
    for w in work_orders::summaries_for(state, user, &read.work).await? {
        match w.due_date {
            Some(d) if d < today && day.overdue.len() < SHOWN => day.overdue.push(w),
            Some(d) if d == today && day.due_today.len() < SHOWN => day.due_today.push(w),
            _ => {}
        }
    }
    if ask.round.is_some() {
        day.round = tpm::round_count(today, &read.round_marks);
    }
    day.actions = capa::to_dtos(state, user, read.actions).await?;
    day.audits = inspections::dtos(state, read.led).await?;
    Ok(day)
}
