//! Audits and inspections: the template library (starter templates, immutable published
//! versions), audits run on one version with every answer saved as it is given, the score and
//! sign-off, and findings that become a CAPA action or a work order and close with them.
mod findings;
mod runs;
mod schedules;
mod templates;

pub use findings::*;
pub use runs::*;
pub use schedules::*;
pub use templates::*;

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{
    capa_action as ca, inspection as ins, inspection_answer as ia, inspection_version as iv, work_order as wo,
};
use crate::repo::{assets, findings as finding_rows, inspections, sites, users};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::inspections::*;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::dates;
use domain::inspection::{
    Answer, Grade, Item, ItemKind, VersionError, VersionState, answer_code, editable, failed, items_text, parse_answer,
    parse_items, score,
};
use domain::inspection_library::STARTERS;
use domain::validation::{FieldErrors, required_text};

pub fn need(state: &AppState, user: &CurrentUser, target: Target, p: Permission) -> Result<(), AppError> {
    Caller::User(user).require(target, p, state.today())
}

pub fn items_of(v: &iv::Model) -> Vec<Item> {
    serde_json::from_str(&v.items).unwrap_or_default()
}
