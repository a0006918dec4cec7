use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "inspection_schedule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub template_id: i64,
    pub title: String,
    pub rule: String,
    pub first_due: Date,
    pub lead_days: i32,
    pub lead_id: Option<i64>,
    pub team: String,
    pub area: String,
    pub asset_id: Option<i64>,
    pub active: bool,
    pub last_nominal_due: Option<Date>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
