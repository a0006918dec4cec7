use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reminder")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub user_id: i64,
    pub item_type: String,
    pub item_id: i64,
    pub due_on: Date,
    pub kind: String,
    pub required: bool,
    pub title: String,
    pub link: String,
    pub planned_on: Date,
    pub email_state: String,
    pub outbox_id: Option<i64>,
    pub read_at: Option<DateTimeUtc>,
    pub done_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
