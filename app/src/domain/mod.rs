//! Pure domain rules: no I/O, no clock (`now` is a parameter), no generated ids.
pub mod asset;
pub mod audit;
pub mod authz;
pub mod checklist;
pub mod email;
pub mod kpi;
pub mod meter;
pub mod osha;
pub mod password;
pub mod pm;
pub mod site;
pub mod stock;
pub mod throttle;
pub mod tpm;
pub mod validation;
pub mod work_order;
