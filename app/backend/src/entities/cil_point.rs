use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "cil_point")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub asset_id: i64,
    pub position: i32,
    pub title: String,
    pub method: String,
    pub acceptance: String,
    pub tool: String,
    pub minutes: i32,
    pub frequency: String,
    pub role: String,
    #[serde(deserialize_with = "crate::entities::flag")]
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
