use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "cil_check")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub point_id: i64,
    pub day: Date,
    pub ok: bool,
    pub note: String,
    pub reading: Option<f64>,
    pub checked_by: Option<i64>,
    pub checked_at: DateTimeUtc,
    pub tag_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
