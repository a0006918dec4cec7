//! Use cases, in tiers that point one way (checked by `scripts/check-layers.py` in `make lint`):
//!
//! - support: `audit` (the trail), `esign` (every signature), `calendar` (dates on a site's
//!   calendar), `files` (stored uploads), `thumbnails`; below everything, calling only repo and domain.
//! - `access`: who may see or work on each kind of record, in one place.
//! - `records`: one record type each; call support, access, repo and domain, never a sibling.
//! - `workflows`: use cases spanning several records in one transaction (complete a work order,
//!   act on a finding, raise a work order from a tag, a finding or an action) and pages that read
//!   several records (asset detail, the person's day, what a phone keeps offline).
//!
//! Each use case checks the caller's permission, validates into domain types, and writes its
//! change and the audit event in one transaction.
pub mod access;
pub mod audit;
pub mod calendar;
pub mod esign;
pub mod files;
pub mod records;
pub mod thumbnails;
pub mod workflows;

use chrono::NaiveDate;

use crate::auth::{Actor, CurrentUser, require};
use contract::error::AppError;
use domain::authz::{Permission, Target};

/// The one row a list mapping was given one row for (a DTO built from a single saved record).
pub fn one<T>(rows: Vec<T>) -> Result<T, AppError> {
    rows.into_iter().next().ok_or_else(|| AppError::internal("a mapping of one row gave none"))
}

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
