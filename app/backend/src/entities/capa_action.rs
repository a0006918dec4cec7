use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "capa_action")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub source_type: String,
    pub source_id: i64,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub owner_id: i64,
    pub due_date: Date,
    pub status: String,
    pub evidence: String,
    pub completed_at: Option<DateTimeUtc>,
    pub verified_by: Option<i64>,
    pub verified_at: Option<DateTimeUtc>,
    pub effectiveness_note: String,
    pub work_order_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
