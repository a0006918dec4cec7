use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "osha_case")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub site_id: i64,
    pub event_id: Option<i64>,
    pub year: i32,
    pub case_number: String,
    pub employee_name: String,
    pub job_title: String,
    pub injury_date: Date,
    pub learned_on: Date,
    pub location: String,
    pub injury_description: String,
    pub case_type: String,
    pub facts: String,
    pub decided_recordable: Option<bool>,
    pub decision_rule: String,
    pub decision_text: String,
    pub decision_status: String,
    pub recordable: bool,
    pub override_reason: String,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub death: bool,
    pub date_of_death: Option<Date>,
    pub away_periods: String,
    pub restricted_periods: String,
    pub recommended_away: Option<i32>,
    pub recommended_restricted: Option<i32>,
    pub outcome: String,
    pub days_away: i32,
    pub days_restricted: i32,
    pub privacy_reason: String,
    pub employee_street: String,
    pub employee_city: String,
    pub employee_state: String,
    pub employee_zip: String,
    pub date_of_birth: Option<Date>,
    pub date_hired: Option<Date>,
    pub sex: String,
    pub physician: String,
    pub facility: String,
    pub emergency_room: Option<bool>,
    pub hospitalized: Option<bool>,
    pub time_began_work: String,
    pub time_of_event: String,
    pub before_incident: String,
    pub what_happened: String,
    pub object_substance: String,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
