use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "asset")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub parent_id: Option<i64>,
    pub path: String,
    pub tag: String,
    pub name: String,
    pub category: String,
    pub criticality: String,
    pub manufacturer: String,
    pub model: String,
    pub serial: String,
    pub install_date: Option<Date>,
    pub status: String,
    pub notes: String,
    #[sea_orm(column_type = "Text")]
    pub energy_control: String,
    #[sea_orm(column_type = "Text")]
    pub safety_notes: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
