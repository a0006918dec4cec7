//! What a person's phone keeps for work without a connection ("Make available offline", and on
//! every visit while online): the pages of their day and every open work order assigned to them
//! on the current site (all of them, no cap), each with its asset's page and problem-report form,
//! the audits they lead that are not done, and the incident form. Only pages the person may open
//! are listed.
use std::collections::BTreeSet;

use crate::auth::CurrentUser;
use crate::repo::work_orders as repo;
use crate::services::records::inspections;
use crate::state::AppState;
use contract::error::AppError;
use domain::authz::{Permission, Target};

/// The My work list's page size: the `my_work` server function pages by it, and the phone keeps
/// each of those pages.
pub const MY_WORK_PAGE: u64 = 25;
/// Work orders read per query while listing them.
const BATCH: u64 = 500;

pub async fn pages(state: &AppState, user: &CurrentUser) -> Result<Vec<String>, AppError> {
    let site = crate::services::access::current_site_id(state, user).await?;
    let today = state.today();
    let can = |p| user.can(Target::Site(site), p, today);
    let mut pages: Vec<String> = ["/", "/work", "/rounds", "/tags", "/inspections", "/safety", "/changes"]
        .into_iter()
        .filter(|p| user.may_open(p, today))
        .map(str::to_string)
        .collect();
    // tomorrow's round too, for a shift that starts before the phone is online again
    if can(Permission::RunRounds) && user.may_open("/rounds", today) {
        pages.push("/rounds?day=tomorrow".into());
    }
    if can(Permission::WorkOnWorkOrder) && can(Permission::ViewMaintenance) {
        let mut assets = BTreeSet::new();
        let mut offset = 0;
        loop {
            let (lines, total) = repo::my_work(&state.db, user.id, Some(site), offset, BATCH).await?;
            if offset == 0 {
                pages.extend((2..=total.div_ceil(MY_WORK_PAGE)).map(|n| format!("/work?page={n}")));
            }
            for line in &lines {
                pages.push(format!("/work-orders/{}", line.id));
                assets.extend(line.asset_id);
            }
            offset += BATCH;
            if lines.len() < BATCH as usize || offset >= total {
                break;
            }
        }
        // each asset's page and its report-a-problem form
        pages.extend(assets.into_iter().flat_map(|a| [format!("/assets/{a}"), format!("/report/{a}")]));
    }
    if can(Permission::RunAudits) && can(Permission::ViewAudits) {
        let led = inspections::led_by(state, user, site, 500).await?;
        pages.extend(led.into_iter().map(|i| format!("/inspections/{}", i.id)));
    }
    pages.retain(|p| user.may_open(p, today));
    Ok(pages)
}
