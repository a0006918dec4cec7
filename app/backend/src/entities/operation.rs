use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "operation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: Option<i64>,
    pub endpoint: String,
    pub tapped_at: Option<DateTimeUtc>,
    pub received_at: DateTimeUtc,
    pub status: Option<i32>,
    pub location: Option<String>,
    pub content_type: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub body: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
