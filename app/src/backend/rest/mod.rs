//! The JSON API for integrations at `/api/v1`, authenticated by personal API tokens
//! (`Authorization: Bearer gemba_...`), with the same permissions as the pages. The OpenAPI
//! document is generated from these handlers.
pub mod audit;
pub mod error;
pub mod extract;
pub mod maintenance;
pub mod openapi;
pub mod people;

use axum::Router;
use axum::routing::{get, post};

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
        .route("/assets", get(maintenance::list_assets).post(maintenance::create_asset))
        .route("/assets/{id}", get(maintenance::get_asset).put(maintenance::update_asset))
        .route("/assets/{id}/meters", get(maintenance::asset_meters).post(maintenance::create_meter))
        .route("/meters/{id}/readings", get(maintenance::list_readings).post(maintenance::add_reading))
        .route("/schedules", get(maintenance::list_schedules).post(maintenance::create_schedule))
        .route("/schedules/{id}", get(maintenance::get_schedule))
        .route("/work-orders", get(maintenance::list_work_orders).post(maintenance::create_work_order))
        .route("/work-orders/{id}", get(maintenance::get_work_order).patch(maintenance::update_work_order))
        .route("/work-orders/{id}/transitions", post(maintenance::transition))
        .route("/work-orders/{id}/steps/{step_id}", post(maintenance::answer_step))
        .route("/work-orders/{id}/time", post(maintenance::add_time))
        .route("/work-orders/{id}/parts", post(maintenance::add_part))
        .route("/cil-points", get(maintenance::list_cil_points).post(maintenance::create_cil_point))
        .route("/tags", get(maintenance::tag_board))
        .route("/tags/{id}", get(maintenance::get_tag).patch(maintenance::update_tag))
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(state, error::render))
}
