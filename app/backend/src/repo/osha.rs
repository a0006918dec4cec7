//! OSHA recordkeeping queries: establishment data per site, hours and employees per site and
//! year, and the cases.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Select, Statement,
};

use crate::entities::{osha_case as oc, osha_establishment as oe, osha_year as oy};
use domain::osha::classification::Outcome;
use domain::osha::input::CaseHeaderFacts;

// ---- establishment and year data ------------------------------------------------------------

pub async fn establishment(conn: &impl ConnectionTrait, site_id: i64) -> Result<Option<oe::Model>, DbErr> {
    oe::Entity::find_by_id(site_id).one(conn).await
}

/// Writes a site's establishment data: an update when the site has a row already, else an insert.
pub async fn save_establishment(
    conn: &impl ConnectionTrait,
    am: oe::ActiveModel,
    exists: bool,
) -> Result<oe::Model, DbErr> {
    if exists { am.update(conn).await } else { am.insert(conn).await }
}

/// A site's data for a year.
pub async fn year(conn: &impl ConnectionTrait, site_id: i64, year: i32) -> Result<Option<oy::Model>, DbErr> {
    oy::Entity::find().filter(oy::Column::SiteId.eq(site_id)).filter(oy::Column::Year.eq(year)).one(conn).await
}

/// A year row not written yet: no certification.
pub fn new_year(site_id: i64, year: i32) -> oy::ActiveModel {
    oy::ActiveModel {
        site_id: Set(site_id),
        year: Set(year),
        cert_name: Set(String::new()),
        cert_title: Set(String::new()),
        cert_phone: Set(String::new()),
        cert_date: Set(None),
        certified_by: Set(None),
        certified_at: Set(None),
        ..Default::default()
    }
}

/// Inserts or updates a year row.
pub async fn save_year(conn: &impl ConnectionTrait, am: oy::ActiveModel) -> Result<oy::ActiveModel, DbErr> {
    am.save(conn).await
}

pub async fn update_year(conn: &impl ConnectionTrait, am: oy::ActiveModel) -> Result<oy::Model, DbErr> {
    am.update(conn).await
}

// ---- cases --------------------------------------------------------------------------------

pub async fn case_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<oc::Model>, DbErr> {
    oc::Entity::find_by_id(id).one(conn).await
}

/// The case opened from a safety event, if any.
pub async fn case_of_event(conn: &impl ConnectionTrait, event_id: i64) -> Result<Option<oc::Model>, DbErr> {
    oc::Entity::find().filter(oc::Column::EventId.eq(event_id)).one(conn).await
}

/// The next case number's sequence on a site in a year (1, 2, ...; a deleted case's number is not
/// given again): one counter row per site and year, counted up in the caller's transaction (O(1)
/// in the cases of the year; concurrent openings wait for each other on the row).
pub async fn next_case_seq(conn: &impl ConnectionTrait, site_id: i64, year: i32) -> Result<u32, DbErr> {
    #[derive(FromQueryResult)]
    struct Seq {
        last_seq: i64,
    }
    let seq = Seq::find_by_statement(Statement::from_sql_and_values(
        conn.get_database_backend(),
        "INSERT INTO osha_case_seq (site_id, year, last_seq) VALUES ($1, $2, 1) \
         ON CONFLICT (site_id, year) DO UPDATE SET last_seq = osha_case_seq.last_seq + 1 RETURNING last_seq",
        [site_id.into(), year.into()],
    ))
    .one(conn)
    .await?
    .ok_or_else(|| DbErr::RecordNotFound("osha_case_seq".into()))?;
    Ok(seq.last_seq.max(0) as u32)
}

/// A case to open: its number and header; everything else starts empty and pending.
pub struct NewCase {
    pub site_id: i64,
    pub event_id: Option<i64>,
    pub year: i32,
    pub case_number: String,
    pub header: CaseHeaderFacts,
    pub created_by: Option<i64>,
}

pub async fn insert_case(conn: &impl ConnectionTrait, c: NewCase, now: DateTime<Utc>) -> Result<oc::Model, DbErr> {
    let p = c.header;
    let empty = String::new;
    oc::ActiveModel {
        site_id: Set(c.site_id),
        event_id: Set(c.event_id),
        year: Set(c.year),
        case_number: Set(c.case_number),
        employee_name: Set(p.employee_name),
        job_title: Set(p.job_title),
        injury_date: Set(p.injury_date),
        learned_on: Set(p.learned_on),
        location: Set(p.location),
        injury_description: Set(p.injury_description),
        case_type: Set(p.case_type.number().to_string()),
        facts: Set(empty()),
        decided_recordable: Set(None),
        decision_rule: Set(empty()),
        decision_text: Set(empty()),
        decision_status: Set("pending".into()),
        recordable: Set(false),
        override_reason: Set(empty()),
        decided_by: Set(None),
        decided_at: Set(None),
        death: Set(false),
        date_of_death: Set(None),
        away_periods: Set(empty()),
        restricted_periods: Set(empty()),
        recommended_away: Set(None),
        recommended_restricted: Set(None),
        outcome: Set(Outcome::OtherRecordable.column().to_string()),
        days_away: Set(0),
        days_restricted: Set(0),
        privacy_reason: Set(empty()),
        employee_street: Set(empty()),
        employee_city: Set(empty()),
        employee_state: Set(empty()),
        employee_zip: Set(empty()),
        date_of_birth: Set(None),
        date_hired: Set(None),
        sex: Set(empty()),
        physician: Set(empty()),
        facility: Set(empty()),
        emergency_room: Set(None),
        hospitalized: Set(None),
        time_began_work: Set(empty()),
        time_of_event: Set(empty()),
        before_incident: Set(empty()),
        what_happened: Set(empty()),
        object_substance: Set(empty()),
        created_by: Set(c.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Writes the changes of a case, stamped `now`.
pub async fn update_case(
    conn: &impl ConnectionTrait,
    am: oc::ActiveModel,
    now: DateTime<Utc>,
) -> Result<oc::Model, DbErr> {
    let mut am = am;
    am.updated_at = Set(now);
    am.update(conn).await
}

pub async fn delete_case(conn: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    oc::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

/// A site's cases of a year, by date.
pub async fn cases_of_year(conn: &impl ConnectionTrait, site_id: i64, year: i32) -> Result<Vec<oc::Model>, DbErr> {
    of_year(site_id, year).all(conn).await
}

fn of_year(site_id: i64, year: i32) -> Select<oc::Entity> {
    oc::Entity::find()
        .filter(oc::Column::SiteId.eq(site_id))
        .filter(oc::Column::Year.eq(year))
        .order_by_asc(oc::Column::InjuryDate)
        .order_by_asc(oc::Column::Id)
}

/// What counting a case on the log needs (its outcome, days and type): no names, no narrative.
#[derive(Debug, Clone)]
pub struct CaseCounts {
    pub injury_date: NaiveDate,
    pub death: bool,
    pub away_periods: String,
    pub restricted_periods: String,
    pub recommended_away: Option<i32>,
    pub recommended_restricted: Option<i32>,
    pub case_type: String,
}

impl CaseCounts {
    pub fn of(c: &oc::Model) -> Self {
        CaseCounts {
            injury_date: c.injury_date,
            death: c.death,
            away_periods: c.away_periods.clone(),
            restricted_periods: c.restricted_periods.clone(),
            recommended_away: c.recommended_away,
            recommended_restricted: c.recommended_restricted,
            case_type: c.case_type.clone(),
        }
    }
}

/// The counting facts of every case on a site's log of a year, by date (the 300A, the log's
/// totals, the rates). Read packed ([`super::packed_rows`]): row by row cost most of a
/// 10,000-case 300A.
pub async fn log_counts(conn: &impl ConnectionTrait, site_id: i64, year: i32) -> Result<Vec<CaseCounts>, DbErr> {
    // the columns counting needs, in the order of `Row` below
    const FACTS: [oc::Column; 7] = [
        oc::Column::InjuryDate,
        oc::Column::Death,
        oc::Column::AwayPeriods,
        oc::Column::RestrictedPeriods,
        oc::Column::RecommendedAway,
        oc::Column::RecommendedRestricted,
        oc::Column::CaseType,
    ];
    // the cases on the log (the same selection as the log's pages), packed by the database
    // [date, death (true/false, or 1/0 in SQLite), away, restricted, recommended away, restricted, type]
    type Row = (NaiveDate, serde_json::Value, String, String, Option<i32>, Option<i32>, String);
    let rows: Vec<Row> = super::packed_rows(conn, cases(site_id, year, Listed::OnLog), &FACTS).await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                injury_date,
                death,
                away_periods,
                restricted_periods,
                recommended_away,
                recommended_restricted,
                case_type,
            )| {
                CaseCounts {
                    injury_date,
                    death: death.as_bool().unwrap_or_else(|| death.as_i64().is_some_and(|n| n != 0)),
                    away_periods,
                    restricted_periods,
                    recommended_away,
                    recommended_restricted,
                    case_type,
                }
            },
        )
        .collect())
}

/// Which of a year's cases are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    /// every case (the OSHA home)
    All,
    /// the cases on the 300 log: recordable and decided (confirmed or overridden)
    OnLog,
    /// the cases whose recordability is still to be decided
    Pending,
}

/// A site's cases of a year, by date, of one kind.
fn cases(site_id: i64, year: i32, listed: Listed) -> Select<oc::Entity> {
    let select = of_year(site_id, year);
    match listed {
        Listed::All => select,
        Listed::OnLog => select.filter(oc::Column::Recordable.eq(true)).filter(oc::Column::DecisionStatus.ne(PENDING)),
        Listed::Pending => select.filter(oc::Column::DecisionStatus.eq(PENDING)),
    }
}

const PENDING: &str = "pending";

/// A site's cases of a year of one kind, whole, by date (the exports).
pub async fn cases_listed(
    conn: &impl ConnectionTrait,
    site_id: i64,
    year: i32,
    listed: Listed,
) -> Result<Vec<oc::Model>, DbErr> {
    cases(site_id, year, listed).all(conn).await
}

/// One page (from 0) of a site's cases of a year, by date, and how many there are.
pub async fn cases_page(
    conn: &impl ConnectionTrait,
    site_id: i64,
    year: i32,
    listed: Listed,
    page: u64,
    per_page: u64,
) -> Result<(Vec<oc::Model>, u64), DbErr> {
    let pages = cases(site_id, year, listed).paginate(conn, per_page.max(1));
    Ok((pages.fetch_page(page).await?, pages.num_items().await?))
}

/// The case of each of these events that has one, on these sites: event id -> case id.
pub async fn cases_of_events(
    conn: &impl ConnectionTrait,
    event_ids: Vec<i64>,
    site_ids: Vec<i64>,
) -> Result<HashMap<i64, i64>, DbErr> {
    Ok(oc::Entity::find()
        .select_only()
        .column(oc::Column::EventId)
        .column(oc::Column::Id)
        .filter(oc::Column::EventId.is_in(event_ids))
        .filter(oc::Column::SiteId.is_in(site_ids))
        .into_tuple::<(Option<i64>, i64)>()
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|(e, c)| e.map(|e| (e, c)))
        .collect())
}
