//! Removes expired sessions and sign-in failures too old to matter.
use chrono::{DateTime, Duration, Utc};

use crate::api::error::AppError;
use crate::backend::repo::{login_failures, sessions};
use crate::backend::state::AppState;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub sessions_removed: u64,
    pub failures_removed: u64,
}

pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<Report, AppError> {
    Ok(Report {
        sessions_removed: sessions::prune_expired(&state.db, now).await?,
        failures_removed: login_failures::prune(&state.db, now - Duration::days(1)).await?,
    })
}
