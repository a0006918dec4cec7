//! Background jobs: each a single step `run_once(state, now)`; the server's loop only sleeps and
//! calls them, so tests can drive them with any clock.
pub mod housekeeping;
pub mod inspections;
pub mod pm;
pub mod reminders;
