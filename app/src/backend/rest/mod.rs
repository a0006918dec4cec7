//! The JSON API for integrations at `/api/v1`, authenticated by personal API tokens
//! (`Authorization: Bearer gemba_...`), with the same permissions as the pages. The OpenAPI
//! document is generated from these handlers.
pub mod audit;
pub mod error;
pub mod extract;
pub mod openapi;
pub mod people;

use axum::Router;
use axum::routing::get;

use crate::backend::state::AppState;

pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi::document))
        .route("/me", get(people::me))
        .route("/users", get(people::list_users))
        .route("/users/{id}", get(people::get_user))
        .route("/sites", get(people::list_sites))
        .route("/sites/{id}", get(people::get_site))
        .route("/grants", get(people::list_grants))
        .route("/audit-events", get(audit::list))
        .route("/audit-events/{seq}", get(audit::get))
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(state, error::render))
}
