use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "osha_year")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub year: i32,
    pub annual_average_employees: i32,
    pub total_hours_worked: i64,
    pub change_reason: String,
    pub cert_name: String,
    pub cert_title: String,
    pub cert_phone: String,
    pub cert_date: Option<Date>,
    pub certified_by: Option<i64>,
    pub certified_at: Option<DateTimeUtc>,
    /// When the ITA electronic submission for this year was made (OSHA-8: due March 2 of Y+1)
    pub ita_submitted_on: Option<Date>,
    pub ita_submitted_by: Option<i64>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
