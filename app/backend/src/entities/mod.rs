//! sea-orm entities, one per table, in the form `sea-orm-cli generate entity` writes them.
//! They stay inside the backend: pages and the API get DTOs, never these models.
pub mod abnormality_tag;
pub mod api_token;
pub mod app_user;
pub mod asset;
pub mod asset_cycle_time;
pub mod asset_downtime;
pub mod attachment;
pub mod audit_event;
pub mod audit_pack;
pub mod capa_action;
pub mod cert_requirement;
pub mod cert_type;
pub mod certificate_audit;
pub mod cil_check;
pub mod cil_point;
pub mod downtime_reason;
pub mod evidence;
pub mod evidence_requirement;
pub mod evidence_revision;
pub mod finding;
pub mod form_draft;
pub mod framework;
pub mod inspection;
pub mod inspection_answer;
pub mod inspection_photo;
pub mod inspection_schedule;
pub mod inspection_template;
pub mod inspection_version;
pub mod investigation;
pub mod known_device;
pub mod login_failure;
pub mod meter;
pub mod meter_reading;
pub mod operation;
pub mod org_certificate;
pub mod organisation;
pub mod osha_case;
pub mod osha_establishment;
pub mod osha_year;
pub mod outbox;
pub mod part;
pub mod person_cert;
pub mod pm_occurrence;
pub mod pm_schedule;
pub mod production_record;
pub mod reminder;
pub mod reminder_policy;
pub mod reminder_pref;
pub mod reminder_run;
pub mod requirement;
pub mod requirement_map;
pub mod role_grant;
pub mod safety_event;
pub mod session;
pub mod site;
pub mod site_framework;
pub mod site_holiday;
pub mod wo_note;
pub mod wo_part;
pub mod wo_signoff;
pub mod wo_step;
pub mod wo_time_entry;
pub mod work_order;
pub mod work_order_assignee;

/// A boolean packed by `repo::packed_sections`: `true`/`false` (PostgreSQL) or 1/0 (SQLite).
pub fn flag<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Flag {
        Bool(bool),
        Int(i64),
    }
    Ok(match serde::Deserialize::deserialize(d)? {
        Flag::Bool(b) => b,
        Flag::Int(i) => i != 0,
    })
}

/// An optional boolean packed by `repo::packed_sections` ([`flag`], or `null`).
pub fn flag_opt<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    #[derive(serde::Deserialize)]
    struct Flag(#[serde(deserialize_with = "flag")] bool);
    Ok(<Option<Flag> as serde::Deserialize>::deserialize(d)?.map(|Flag(b)| b))
}
