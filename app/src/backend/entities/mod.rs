//! sea-orm entities, one per table, in the form `sea-orm-cli generate entity` writes them.
//! They stay inside the backend: pages and the API get DTOs, never these models.
pub mod abnormality_tag;
pub mod api_token;
pub mod app_user;
pub mod asset;
pub mod asset_downtime;
pub mod attachment;
pub mod audit_event;
pub mod cil_check;
pub mod cil_point;
pub mod login_failure;
pub mod meter;
pub mod meter_reading;
pub mod organisation;
pub mod part;
pub mod pm_occurrence;
pub mod pm_schedule;
pub mod role_grant;
pub mod session;
pub mod site;
pub mod site_holiday;
pub mod wo_part;
pub mod wo_signoff;
pub mod wo_step;
pub mod wo_time_entry;
pub mod work_order;
pub mod work_order_assignee;
