use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "site")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub organisation_id: i64,
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
    pub address: String,
    pub timezone: String,
    pub created_at: DateTimeUtc,
    pub allow_anonymous_reports: bool,
    pub pm_window_pct: i32,
    /// `symmetric` or `late_only` (domain::pm::WindowMode)
    pub pm_window_mode: String,
    /// Days of tolerance at least, whatever the percentage gives
    pub pm_window_min_days: i32,
    /// BCP 47 tag (`es`); None: not chosen.
    pub language: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
