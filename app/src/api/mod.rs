//! Server functions, one file per feature, thin: who is asking -> service -> DTO or AppError.
//! Every one is pinned to `/sfn/<endpoint>` so a redeploy never changes its URL.
pub mod admin;
pub mod assets;
pub mod audit;
pub mod auth;
pub mod compliance;
pub mod inspections;
pub mod offline;
pub mod osha;
pub mod pm;
pub mod production;
pub mod reminders;
pub mod safety;
pub mod tokens;
pub mod tpm;
pub mod work_orders;

#[cfg(feature = "ssr")]
pub(crate) mod ctx;
