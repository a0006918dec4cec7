//! Removes expired sessions, sign-in failures too old to matter, devices unseen for longer than a
//! device stays known, refused form input past its quarter of an hour, and reminders and outbox
//! messages past their use (reminders planned 60 days ago that wait for nothing, messages sent or
//! failed 90 days ago), and operation ids older than a queued action may wait.
use chrono::{DateTime, Duration, Utc};

use crate::repo::{form_drafts, known_devices, login_failures, operations, reminders, sessions};
use crate::state::AppState;
use contract::error::AppError;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub sessions_removed: u64,
    pub failures_removed: u64,
    pub reminders_removed: u64,
    pub form_drafts_removed: u64,
    pub devices_removed: u64,
    pub operations_removed: u64,
}

pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<Report, AppError> {
    Ok(Report {
        sessions_removed: sessions::prune_expired(&state.db, now).await?,
        failures_removed: login_failures::prune(&state.db, now - Duration::days(1)).await?,
        reminders_removed: reminders::prune(&state.db, now.date_naive() - Duration::days(60), now - Duration::days(90))
            .await?,
        form_drafts_removed: form_drafts::prune(
            &state.db,
            now - Duration::minutes(crate::web::kept_input::KEEP_MINUTES),
        )
        .await?,
        devices_removed: known_devices::prune(&state.db, now - Duration::days(domain::throttle::KNOWN_DEVICE_DAYS))
            .await?,
        operations_removed: operations::prune(&state.db, now - Duration::days(domain::offline::KEEP_OPERATION_DAYS))
            .await?,
    })
}
