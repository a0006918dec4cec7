//! Gemba's database migrations. History: never edit a landed migration, add a new one.
pub use sea_orm_migration::prelude::*;

mod m20261122_000001_foundation;
mod m20261122_000002_maintenance;
mod m20261122_000003_safety;
mod m20261122_000004_inspections;
mod m20261122_000005_compliance;
mod m20261128_000006_reminders;
mod m20261203_000007_form_drafts;
mod m20261203_000008_known_devices;
mod m20261204_000009_operations;
mod m20261204_000010_work_order_notes;
mod m20261206_000011_languages;
mod m20261206_000012_pm_window;
mod m20261206_000013_production;
mod m20261206_000014_asset_safety;
mod m20261207_000015_kpi_indexes;
mod m20261207_000016_osha_case_seq;
mod m20261207_000017_reminder_queue;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_foundation::Migration),
            Box::new(m20261122_000002_maintenance::Migration),
            Box::new(m20261122_000003_safety::Migration),
            Box::new(m20261122_000004_inspections::Migration),
            Box::new(m20261122_000005_compliance::Migration),
            Box::new(m20261128_000006_reminders::Migration),
            Box::new(m20261203_000007_form_drafts::Migration),
            Box::new(m20261203_000008_known_devices::Migration),
            Box::new(m20261204_000009_operations::Migration),
            Box::new(m20261204_000010_work_order_notes::Migration),
            Box::new(m20261206_000011_languages::Migration),
            Box::new(m20261206_000012_pm_window::Migration),
            Box::new(m20261206_000013_production::Migration),
            Box::new(m20261206_000014_asset_safety::Migration),
            Box::new(m20261207_000015_kpi_indexes::Migration),
            Box::new(m20261207_000016_osha_case_seq::Migration),
            Box::new(m20261207_000017_reminder_queue::Migration),
        ]
    }
}
