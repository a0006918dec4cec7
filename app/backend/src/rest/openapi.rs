//! The OpenAPI 3 document, generated from the handlers' annotations.
use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Gemba API", version = "1",
         description = "Maintenance and safety compliance records. Authenticate with a personal API token \
                        (profile page) as `Authorization: Bearer <token>`; it carries its owner's permissions."),
    servers((url = "/api/v1")),
    paths(
        super::people::me, super::people::list_users, super::people::get_user,
        super::people::list_sites, super::people::get_site, super::people::list_grants,
        super::audit::list, super::audit::get,
        super::maintenance::list_assets, super::maintenance::get_asset, super::maintenance::create_asset,
        super::maintenance::update_asset, super::maintenance::asset_meters, super::maintenance::add_reading,
        super::maintenance::list_schedules, super::maintenance::get_schedule,
        super::maintenance::list_work_orders, super::maintenance::get_work_order, super::maintenance::create_work_order,
        super::maintenance::transition, super::maintenance::complete, super::maintenance::verify,
        super::maintenance::add_note, super::maintenance::set_failure_codes, super::maintenance::toggle_downtime, super::maintenance::assign,
        super::maintenance::set_schedule_active, super::maintenance::generate_pm, super::maintenance::check_cil_point,
        super::maintenance::close_tag, super::maintenance::follow_up, super::maintenance::move_asset,
        super::maintenance::import_assets, super::maintenance::create_part, super::maintenance::add_holiday,
        super::maintenance::remove_holiday, super::maintenance::report_problem,
        super::production::kpis, super::production::list, super::production::record, super::production::import,
        super::production::record_stop, super::production::reasons, super::production::add_reason,
        super::production::set_reason_active, super::production::cycle_times, super::production::set_cycle_time,
        super::people::create_user, super::people::set_user_active, super::people::grant_role,
        super::people::revoke_grant, super::people::create_site, super::people::update_site_settings,
        super::safety::complete_audit, super::safety::certify_300a, super::safety::mark_ita_submitted,
        super::compliance::create_cert_type, super::compliance::set_cert_requirement,
        super::maintenance::answer_step, super::maintenance::add_time,
        super::maintenance::add_part, super::maintenance::list_cil_points, super::maintenance::tag_board,
        super::maintenance::create_meter, super::maintenance::list_readings, super::maintenance::create_schedule,
        super::maintenance::update_work_order, super::maintenance::create_cil_point, super::maintenance::get_tag, super::maintenance::update_tag,
        super::safety::list_events, super::safety::create_event, super::safety::get_event,
        super::safety::save_investigation, super::safety::close_investigation, super::safety::list_capa,
        super::safety::create_capa, super::safety::get_capa, super::safety::capa_status, super::safety::capa_work_order,
        super::safety::get_establishment, super::safety::put_establishment, super::safety::get_year,
        super::safety::put_year, super::safety::list_cases, super::safety::create_case, super::safety::get_case,
        super::safety::delete_case, super::safety::decide_case, super::safety::confirm_case, super::safety::classify_case,
        super::safety::log, super::safety::summary, super::safety::rates, super::safety::ita_summary, super::safety::ita_cases,
        super::safety::update_case, super::safety::set_privacy, super::safety::save_301,
        super::safety::list_templates, super::safety::create_template, super::safety::get_version,
        super::safety::edit_version, super::safety::publish_version, super::safety::list_audits,
        super::safety::create_audit, super::safety::get_audit, super::safety::answer_audit_item,
        super::safety::create_finding, super::safety::finding_action,
        super::compliance::list_frameworks, super::compliance::create_framework, super::compliance::add_requirement,
        super::compliance::set_applies, super::compliance::readiness, super::compliance::map_work,
        super::compliance::list_evidence, super::compliance::create_evidence, super::compliance::get_evidence,
        super::compliance::evidence_action, super::compliance::list_certificates, super::compliance::create_certificate,
        super::compliance::certificate_audit, super::compliance::list_person_certs, super::compliance::create_person_cert,
        super::compliance::list_cert_types, super::compliance::competency_matrix, super::compliance::create_pack,
        super::compliance::list_packs, super::compliance::get_pack,
        super::reminders::list_policies, super::reminders::put_policy, super::reminders::get_preferences,
        super::reminders::put_preferences, super::reminders::plan, super::reminders::inbox, super::reminders::read,
        super::reminders::read_all, super::reminders::outbox, super::reminders::retry,
    ),
    components(schemas(super::error::ErrorBody)),
    modifiers(&BearerAuth, &ErrorResponses),
    tags((name = "people", description = "Users, sites and role grants"),
         (name = "audit", description = "The tamper-evident audit trail"),
         (name = "maintenance", description = "Assets, meters, PM schedules, work orders, CIL points and tags"),
         (name = "safety", description = "Safety events, investigations and CAPA actions"),
         (name = "osha", description = "OSHA recordkeeping: establishment, cases, 300 log, 300A, rates, ITA files"),
         (name = "audits", description = "Checklist templates and versions, audits and inspections, findings"),
         (name = "compliance", description = "Frameworks, evidence, readiness, certificates, competency, audit packs"),
         (name = "reminders", description = "Reminder policies, preferences, an item's pending plan, the inbox, the outbox")),
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer_auth",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("gemba_...").build()),
        );
    }
}

/// Every operation can answer with the API's JSON error: list those statuses on all of them.
struct ErrorResponses;

impl Modify for ErrorResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let statuses = [
            ("400", "Malformed request (path, query or body)"),
            ("401", "No valid API token"),
            ("403", "The token's owner may not do this, or not on this site"),
            ("404", "No such record"),
            ("409", "Conflicts with the record's state"),
            ("413", "Request body too large"),
            ("422", "Invalid input; `fields` names each bad field"),
            ("429", "Too many requests"),
            ("503", "Busy; try again"),
        ];
        for item in openapi.paths.paths.values_mut() {
            for op in
                [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete].into_iter().flatten()
            {
                for (code, text) in statuses {
                    op.responses.responses.entry(code.to_string()).or_insert_with(|| {
                        ResponseBuilder::new()
                            .description(text)
                            .content(
                                "application/json",
                                ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build(),
                            )
                            .build()
                            .into()
                    });
                }
            }
        }
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
