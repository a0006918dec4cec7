use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "osha_establishment")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub site_id: i64,
    pub name: String,
    pub ein: String,
    pub company_name: String,
    pub street_address: String,
    pub city: String,
    pub state: String,
    pub zip: String,
    pub naics_code: String,
    pub industry_description: String,
    pub establishment_type: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
