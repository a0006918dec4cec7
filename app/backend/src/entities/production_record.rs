use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "production_record")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub asset_id: i64,
    pub shift_start: DateTimeUtc,
    pub shift_end: DateTimeUtc,
    pub planned_minutes: f64,
    pub ideal_cycle_seconds: f64,
    pub total_count: i64,
    pub reject_count: i64,
    pub startup_reject_count: i64,
    pub entered_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
