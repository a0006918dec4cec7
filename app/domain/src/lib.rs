//! Pure domain rules: no I/O, no clock (`now` is a parameter), no generated ids.
// no unwrap or expect outside tests: a refusal or an error, never a panic on data
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod asset;
pub mod audit;
pub mod authz;
pub mod capa;
pub mod certificate;
pub mod checklist;
mod code;
pub mod competency;
pub mod csv_file;
pub mod dates;
pub mod digest;
pub mod email;
pub mod evidence;
pub mod frameworks;
pub mod inspection;
pub mod inspection_library;
pub mod kpi;
pub mod meter;
pub mod oee;
pub mod offline;
pub mod osha;
pub mod password;
pub mod pm;
pub mod reminder;
pub mod safety;
pub mod site;
pub mod stock;
pub mod throttle;
pub mod tpm;
pub mod url;
pub mod validation;
pub mod work_order;
