use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "pm_schedule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub asset_id: i64,
    pub title: String,
    pub description: String,
    pub trigger_kind: String,
    pub every_days: Option<i32>,
    pub meter_id: Option<i64>,
    pub meter_every: Option<f64>,
    pub baseline_reading: Option<f64>,
    pub rrule: Option<String>,
    pub first_due: Date,
    pub lead_days: i32,
    pub holiday_rule: String,
    pub estimated_minutes: i32,
    pub assigned_role: Option<String>,
    pub assigned_user_id: Option<i64>,
    pub priority: String,
    pub steps_json: String,
    #[serde(deserialize_with = "crate::entities::flag")]
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
