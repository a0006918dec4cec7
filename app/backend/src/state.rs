//! Everything a request handler needs, cloned cheaply into each request.
use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;

use super::auth::password::PasswordHasher;
use super::auth::recent::RecentSessions;
use super::clock::Clock;
use super::config::Config;
use super::mail::Mailer;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock>,
    pub hasher: PasswordHasher,
    pub mailer: Mailer,
    /// Sessions read in the last moment ([`super::auth::recent`]).
    pub sessions: Arc<RecentSessions>,
}

impl AppState {
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.now().date_naive()
    }
}
