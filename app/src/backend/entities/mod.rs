//! sea-orm entities, one per table, in the form `sea-orm-cli generate entity` writes them.
//! They stay inside the backend: pages and the API get DTOs, never these models.
pub mod api_token;
pub mod app_user;
pub mod audit_event;
pub mod login_failure;
pub mod organisation;
pub mod role_grant;
pub mod session;
pub mod site;
