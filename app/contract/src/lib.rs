//! What crosses the wire: DTOs for pages and the JSON API, and the one boundary error. Entities
//! never do; a password hash or a token hash has no field here to end up in. Compiled for the
//! server (with `openapi`) and for the browser.
// no unwrap or expect outside tests: a refusal or an error, never a panic on data
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod dto;
pub mod error;
#[cfg(feature = "server")]
mod server;

pub use error::AppError;
