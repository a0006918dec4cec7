use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence_revision")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub evidence_id: i64,
    pub number: i32,
    pub attachment_id: Option<i64>,
    pub url: String,
    pub sha256: String,
    pub effective_date: Date,
    pub valid_until: Option<Date>,
    pub note: String,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
