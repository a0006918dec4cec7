use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "safety_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub area: String,
    pub asset_id: Option<i64>,
    pub occurred_at: DateTimeUtc,
    pub people_involved: String,
    pub immediate_actions: String,
    pub reported_by: Option<i64>,
    pub anonymous: bool,
    pub status: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
