//! Use cases spanning several records, each in one transaction, and pages that read several
//! records. They call records, access, support, repo and domain; a workflow may use another, without cycles.
pub mod act_on_finding;
pub mod advance_capa;
pub mod answer_step;
pub mod asset_detail;
pub mod audit_packs;
pub mod check_cil_point;
pub mod complete_work_order;
pub mod day;
pub mod demo;
pub mod investigations;
pub mod offline;
pub mod raise_work_order;
pub mod readiness;
pub mod record_training;
pub mod sign_off_inspection;
