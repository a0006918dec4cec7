use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, serde::Deserialize)]
#[sea_orm(table_name = "meter_reading")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub meter_id: i64,
    pub value: f64,
    #[serde(deserialize_with = "crate::entities::flag")]
    pub is_reset: bool,
    pub read_at: DateTimeUtc,
    pub recorded_by: Option<i64>,
    pub work_order_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
