//! axum middleware and plain routes around the Leptos app and the JSON API.
pub mod assets;
pub mod compliance;
pub mod context;
pub mod files;
pub mod health;
pub mod osha;
pub mod request;
pub mod security;
pub mod session;
pub mod sfn_status;
pub mod unsubscribe;
