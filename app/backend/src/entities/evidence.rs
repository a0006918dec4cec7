use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub title: String,
    pub kind: String,
    pub url: String,
    pub record_type: String,
    pub record_id: Option<i64>,
    pub effective_date: Date,
    pub valid_until: Option<Date>,
    pub owner_id: i64,
    pub status: String,
    pub origin: String,
    pub origin_key: Option<String>,
    pub revision: i32,
    pub approved_by: Option<i64>,
    pub approved_at: Option<DateTimeUtc>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
