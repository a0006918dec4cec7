//! OSHA injury and illness recordkeeping (29 CFR 1904), as domain.md's OSHA-1..OSHA-10 and the
//! rates section state them. Pure: dates and inputs in, decisions and figures out.
pub mod classification;
pub mod days;
pub mod deadlines;
pub mod establishment;
pub mod forms;
pub mod input;
pub mod ita;
pub mod log;
pub mod privacy;
pub mod rates;
pub mod recordability;
