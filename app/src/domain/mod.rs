//! Pure domain rules: no I/O, no clock (`now` is a parameter), no generated ids.
pub mod audit;
pub mod authz;
pub mod email;
pub mod password;
pub mod site;
pub mod throttle;
pub mod validation;
