//! The JSON API for integrations at `/api/v1`, authenticated by personal API tokens
//! (`Authorization: Bearer gemba_...`), with the same permissions as the pages. The OpenAPI
//! document is generated from these handlers.
pub mod audit;
pub mod compliance;
pub mod error;
pub mod extract;
pub mod maintenance;
pub mod openapi;
pub mod people;
pub mod reminders;
pub mod safety;

use axum::Router;
use axum::routing::{get, post, put};

use crate::state::AppState;

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
        .route("/work-orders/{id}/complete", post(maintenance::complete))
        .route("/work-orders/{id}/verify", post(maintenance::verify))
        .route("/work-orders/{id}/steps/{step_id}", post(maintenance::answer_step))
        .route("/work-orders/{id}/time", post(maintenance::add_time))
        .route("/work-orders/{id}/parts", post(maintenance::add_part))
        .route("/cil-points", get(maintenance::list_cil_points).post(maintenance::create_cil_point))
        .route("/tags", get(maintenance::tag_board))
        .route("/tags/{id}", get(maintenance::get_tag).patch(maintenance::update_tag))
        .route("/events", get(safety::list_events).post(safety::create_event))
        .route("/events/{id}", get(safety::get_event))
        .route("/events/{id}/investigation", put(safety::save_investigation))
        .route("/events/{id}/investigation/close", post(safety::close_investigation))
        .route("/investigations/{id}/capa", post(safety::create_capa))
        .route("/capa", get(safety::list_capa))
        .route("/capa/{id}", get(safety::get_capa))
        .route("/capa/{id}/status", post(safety::capa_status))
        .route("/capa/{id}/work-order", post(safety::capa_work_order))
        .route("/osha/establishment", get(safety::get_establishment).put(safety::put_establishment))
        .route("/osha/year", get(safety::get_year).put(safety::put_year))
        .route("/osha/cases", get(safety::list_cases).post(safety::create_case))
        .route("/osha/cases/{id}", get(safety::get_case).put(safety::update_case).delete(safety::delete_case))
        .route("/osha/cases/{id}/privacy", put(safety::set_privacy))
        .route("/osha/cases/{id}/form-301", put(safety::save_301))
        .route("/osha/cases/{id}/decision", post(safety::decide_case))
        .route("/osha/cases/{id}/confirmation", post(safety::confirm_case))
        .route("/osha/cases/{id}/classification", post(safety::classify_case))
        .route("/osha/log", get(safety::log))
        .route("/osha/summary", get(safety::summary))
        .route("/osha/rates", get(safety::rates))
        .route("/osha/ita/summary.csv", get(safety::ita_summary))
        .route("/osha/ita/cases.csv", get(safety::ita_cases))
        .route("/templates", get(safety::list_templates).post(safety::create_template))
        .route("/template-versions/{id}", get(safety::get_version).put(safety::edit_version))
        .route("/template-versions/{id}/publish", post(safety::publish_version))
        .route("/audits", get(safety::list_audits).post(safety::create_audit))
        .route("/audits/{id}", get(safety::get_audit))
        .route("/audits/{id}/answers/{item}", put(safety::answer_audit_item))
        .route("/audits/{id}/findings", post(safety::create_finding))
        .route("/findings/{id}/action", post(safety::finding_action))
        .route("/frameworks", get(compliance::list_frameworks).post(compliance::create_framework))
        .route("/frameworks/{id}/requirements", post(compliance::add_requirement))
        .route("/frameworks/{id}/applies", put(compliance::set_applies))
        .route("/frameworks/{id}/readiness", get(compliance::readiness))
        .route("/requirement-mappings", post(compliance::map_work))
        .route("/evidence", get(compliance::list_evidence).post(compliance::create_evidence))
        .route("/evidence/{id}", get(compliance::get_evidence))
        .route("/evidence/{id}/actions", post(compliance::evidence_action))
        .route("/certificates", get(compliance::list_certificates).post(compliance::create_certificate))
        .route("/certificates/{id}/audits", post(compliance::certificate_audit))
        .route("/person-certifications", get(compliance::list_person_certs).post(compliance::create_person_cert))
        .route("/certification-types", get(compliance::list_cert_types))
        .route("/competency-matrix", get(compliance::competency_matrix))
        .route("/audit-packs", get(compliance::list_packs).post(compliance::create_pack))
        .route("/audit-packs/{id}", get(compliance::get_pack))
        .route("/reminder-policies", get(reminders::list_policies))
        .route("/reminder-policies/{site_id}/{item_type}", put(reminders::put_policy))
        .route("/me/reminder-preferences", get(reminders::get_preferences).put(reminders::put_preferences))
        .route("/reminder-plan", get(reminders::plan))
        .route("/inbox", get(reminders::inbox))
        .route("/inbox/read-all", post(reminders::read_all))
        .route("/inbox/{id}/read", post(reminders::read))
        .route("/outbox", get(reminders::outbox))
        .route("/outbox/{id}/retry", post(reminders::retry))
        .fallback(error::not_found)
        .layer(axum::middleware::from_fn_with_state(state, error::render))
}
