use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "abnormality_tag")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub asset_id: i64,
    pub kind: String,
    pub category: String,
    pub description: String,
    pub am_step: String,
    pub priority: String,
    pub countermeasure: String,
    pub found_by: Option<i64>,
    pub found_at: DateTimeUtc,
    pub closed_by: Option<i64>,
    pub closed_at: Option<DateTimeUtc>,
    pub work_order_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
