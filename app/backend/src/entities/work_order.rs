use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "work_order")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub asset_id: Option<i64>,
    pub wo_type: String,
    pub priority: String,
    pub status: String,
    pub title: String,
    pub description: String,
    pub due_date: Option<Date>,
    pub assigned_role: Option<String>,
    pub schedule_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub requested_by: Option<i64>,
    pub reporter_name: String,
    pub failure_problem: String,
    pub failure_cause: String,
    pub failure_remedy: String,
    pub estimated_minutes: i32,
    pub status_reason: String,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub completed_at: Option<DateTimeUtc>,
    pub completed_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
