//! Home: what a person's day on a site holds — their open work (the head of "My work" and how
//! many), the marks of the day's round, their open actions and the audits they lead — read in
//! one statement, each part only when asked for (the person's role does that work).
use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DbErr};

use super::Section;
use super::work_orders::{LINE_EXPRS, Line, MINE_ORDER, mine_from};
use crate::entities::{capa_action as ca, inspection as ins};

/// The parts of [`home`] to read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ask {
    /// The first so many of the person's open work on the site, with how many there are.
    pub work: Option<u64>,
    /// The round of this day.
    pub round: Option<NaiveDate>,
    /// The first so many of their open actions.
    pub actions: Option<u64>,
    /// The first so many of the open audits they lead.
    pub audits: Option<u64>,
}

/// What [`home`] read (empty where not asked for).
#[derive(Debug, Clone, Default)]
pub struct Day {
    /// Overdue first, then by due date, undated last.
    pub work: Vec<Line>,
    pub open_work: u64,
    /// Each active point of the site: (its frequency, whether it was checked on the day).
    pub round_marks: Vec<(String, bool)>,
    /// Soonest due first.
    pub actions: Vec<ca::Model>,
    /// Soonest due first.
    pub led: Vec<ins::Model>,
}

/// Home's day for person `user_id` on site `site_id`, in one statement (one packed list per
/// part, [`super::packed_sections`]).
pub async fn home(conn: &impl ConnectionTrait, site_id: i64, user_id: i64, ask: Ask) -> Result<Day, DbErr> {
    // $1 the person, $2 the site, $3 the round's day, $4 how many of the work. The work's limit is
    // a parameter, not written in the statement: PostgreSQL then keeps one generic plan for it (a
    // written limit made it plan the statement again on every call, measured 0.8–1.2 ms of
    // planning for 0.5 ms of execution with the benchmark's data; 0.7 ms in all with the parameter).
    let mine = mine_from("AND w.site_id = $2");
    let work = ask.work.map(|_| {
        format!(
            "FROM (SELECT wa.work_order_id AS wo_id, wa.due_date AS due {mine} ORDER BY {MINE_ORDER} LIMIT $4) p \
             JOIN work_order w ON w.id = p.wo_id LEFT JOIN asset a ON a.id = w.asset_id \
             ORDER BY p.due IS NULL, p.due, w.id"
        )
    });
    let (marks, round) = super::tpm::round_marks_from("$2", "$3");
    let marks: Vec<&str> = marks.iter().map(String::as_str).collect();
    let actions = ask.actions.map(|most| {
        format!(
            "FROM capa_action WHERE {} ORDER BY due_date, id LIMIT {most}",
            super::capa::open_owned_where("$2", "$1")
        )
    });
    let audits = ask.audits.map(|most| {
        format!(
            "FROM inspection WHERE {} ORDER BY due_date, id LIMIT {most}",
            super::inspections::open_led_by_where("$2", "$1")
        )
    });
    let action_cols = super::columns_of::<ca::Entity>("");
    let audit_cols = super::columns_of::<ins::Entity>("");
    fn refs(v: &[String]) -> Vec<&str> {
        v.iter().map(String::as_str).collect()
    }
    let (action_cols, audit_cols) = (refs(&action_cols), refs(&audit_cols));
    let packed = super::packed_sections(
        conn,
        &[
            work.as_deref().map(|from| Section { exprs: &LINE_EXPRS, from }),
            ask.work.map(|_| Section { exprs: &["COUNT(*)"], from: &mine }),
            ask.round.map(|_| Section { exprs: &marks, from: &round }),
            actions.as_deref().map(|from| Section { exprs: &action_cols, from }),
            audits.as_deref().map(|from| Section { exprs: &audit_cols, from }),
        ],
        vec![
            user_id.into(),
            site_id.into(),
            ask.round.unwrap_or_default().into(),
            (ask.work.unwrap_or(0) as i64).into(),
        ],
    )
    .await?;
    Ok(Day {
        work: super::unpack(&packed[0])?,
        open_work: super::unpack::<(i64,)>(&packed[1])?.first().map_or(0, |(n,)| *n as u64),
        round_marks: super::unpack::<(String, i64)>(&packed[2])?.into_iter().map(|(f, c)| (f, c != 0)).collect(),
        actions: super::unpack(&packed[3])?,
        led: super::unpack(&packed[4])?,
    })
}
