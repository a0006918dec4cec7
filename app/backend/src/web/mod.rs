//! axum middleware and plain routes around the Leptos app and the JSON API.

/// Largest request body accepted (uploads get their own, larger, limit on their routes).
pub const BODY_LIMIT: usize = 1024 * 1024;

pub mod assets;
pub mod compliance;
pub mod context;
pub mod files;
pub mod health;
pub mod in_place;
pub mod install;
pub mod kept_input;
pub mod operations;
pub mod osha;
pub mod request;
pub mod security;
pub mod session;
pub mod sfn_status;
pub mod unsubscribe;
