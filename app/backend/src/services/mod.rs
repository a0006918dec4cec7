//! Use cases. Each checks the caller's permission (`Caller::require`), validates into domain
//! types, and writes its change and the audit event in one transaction.
pub mod assets;
pub mod attachments;
pub mod audit;
pub mod audit_packs;
pub mod auth;
pub mod capa;
pub mod certifications;
pub mod day;
pub mod demo;
pub mod downtime;
pub mod esign;
pub mod evidence;
pub mod frameworks;
pub mod holidays;
pub mod inspections;
pub mod kpi;
pub mod meters;
pub mod offline;
pub mod osha;
pub mod osha_reports;
pub mod parts;
pub mod pm;
pub mod reminders;
pub mod safety;
pub mod sites;
pub mod thumbnails;
pub mod tokens;
pub mod tpm;
pub mod users;
pub mod work_orders;

use chrono::NaiveDate;

use crate::auth::{Actor, CurrentUser, require};
use contract::error::AppError;
use domain::authz::{Permission, Target};

/// Who calls a use case: a signed-in user (checked against the permission table) or the
/// operator at the command line (`gemba user create`), who owns the installation.
#[derive(Clone, Copy)]
pub enum Caller<'a> {
    User(&'a CurrentUser),
    Cli,
}

impl Caller<'_> {
    pub fn require(&self, target: Target, permission: Permission, today: NaiveDate) -> Result<(), AppError> {
        match self {
            Caller::User(u) => require(u, target, permission, today),
            Caller::Cli => Ok(()),
        }
    }

    pub fn actor(&self) -> Actor {
        match self {
            Caller::User(u) => u.actor(),
            Caller::Cli => Actor::cli(),
        }
    }

    pub fn user_id(&self) -> Option<i64> {
        match self {
            Caller::User(u) => Some(u.id),
            Caller::Cli => None,
        }
    }
}
