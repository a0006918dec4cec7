use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "inspection")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub version_id: i64,
    pub title: String,
    pub status: String,
    pub due_date: Date,
    pub lead_id: Option<i64>,
    pub team: String,
    pub asset_id: Option<i64>,
    pub area: String,
    pub score: Option<f64>,
    #[serde(deserialize_with = "crate::entities::flag_opt")]
    pub passed: Option<bool>,
    pub signed_by: Option<i64>,
    pub signed_at: Option<DateTimeUtc>,
    pub auditee_name: String,
    pub auditee_signed_by: Option<i64>,
    pub started_at: Option<DateTimeUtc>,
    pub completed_at: Option<DateTimeUtc>,
    pub schedule_id: Option<i64>,
    pub nominal_due: Option<Date>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
