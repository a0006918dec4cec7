//! Organisation certificates (ISO 9001, 14001, 45001): the 3-year cycle, when surveillance audits
//! are due, and the certificate's status on a given day (domain.md, ISO management systems).
//!
//! Conventions: the first surveillance audit is due no later than 12 months after the certification
//! decision; after that, every calendar year of the cycle needs one, except the recertification
//! year (the calendar year in which the certificate expires). An audit counts for the calendar year
//! it was held in (the first one also by its own 12-month deadline: held later in that calendar
//! year, it still counts, as held late, and the certificate is no longer overdue). A recertification decided
//! before expiry keeps the expiry anniversary (new expiry = old expiry + 3 years); decided after
//! expiry, a new cycle starts at the decision. The printed expiry is stored as printed.
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::code::codes;

/// Days before a surveillance deadline from which the certificate shows "surveillance due".
pub const DUE_WINDOW_DAYS: i64 = 90;

#[derive(
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    strum::EnumMessage,
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CertificateStatus {
    #[strum(serialize = "valid", message = "Valid")]
    Valid,
    #[strum(serialize = "surveillance_due", message = "Surveillance due")]
    SurveillanceDue,
    #[strum(serialize = "surveillance_overdue", message = "Surveillance overdue")]
    SurveillanceOverdue,
    #[strum(serialize = "expired", message = "Expired")]
    Expired,
}

codes!(CertificateStatus);

/// One cycle of a certificate: the decision that started it and the expiry printed on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub decision: NaiveDate,
    pub expiry: NaiveDate,
}

/// A surveillance audit the cycle needs: for which calendar year, by when, and the audit that
/// satisfied it (if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Surveillance {
    pub year: i32,
    pub due: NaiveDate,
    pub held_on: Option<NaiveDate>,
    /// Days the audit was held after its deadline (only the first one of a cycle can be late: the
    /// others are due by the end of their calendar year)
    #[serde(default)]
    pub late_days: Option<i64>,
}

/// The expiry a 3-year certificate would print when first issued on `decision`.
pub fn initial_expiry(decision: NaiveDate) -> NaiveDate {
    add_months(decision, 36).pred_opt().unwrap_or(decision)
}

/// The expiry after a recertification decided on `decision`: before the old expiry it keeps the
/// anniversary; after it, a new cycle starts.
pub fn recertified_expiry(old_expiry: NaiveDate, decision: NaiveDate) -> NaiveDate {
    if decision <= old_expiry { add_months(old_expiry, 36) } else { initial_expiry(decision) }
}

fn add_months(d: NaiveDate, months: u32) -> NaiveDate {
    d.checked_add_months(Months::new(months)).unwrap_or(d)
}

/// The surveillance audits a cycle needs, matched with the audits held (`held`, any order).
pub fn surveillance_plan(cycle: Cycle, held: &[NaiveDate]) -> Vec<Surveillance> {
    let mut held: Vec<NaiveDate> =
        held.iter().copied().filter(|d| *d >= cycle.decision && *d <= cycle.expiry).collect();
    held.sort();
    let recert_year = cycle.expiry.year();
    let first_due = add_months(cycle.decision, 12);
    let mut plan = Vec::new();
    for year in cycle.decision.year() + 1..recert_year {
        let year_end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(cycle.expiry);
        let due = if plan.is_empty() { first_due.min(year_end) } else { year_end };
        let from = if plan.is_empty() { cycle.decision } else { NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(due) };
        let used: Vec<NaiveDate> = plan.iter().filter_map(|s: &Surveillance| s.held_on).collect();
        // the first one, held after its 12-month deadline but in its calendar year, counts as late
        let held_on = held.iter().copied().find(|d| *d >= from && *d <= year_end && !used.contains(d));
        let late_days = held_on.map(|h| (h - due).num_days()).filter(|days| *days > 0);
        plan.push(Surveillance { year, due, held_on, late_days });
    }
    plan
}

/// The certificate's status on `today`.
pub fn status(cycle: Cycle, held: &[NaiveDate], today: NaiveDate) -> CertificateStatus {
    if today > cycle.expiry {
        return CertificateStatus::Expired;
    }
    let plan = surveillance_plan(cycle, held);
    if plan.iter().any(|s| s.held_on.is_none() && s.due < today) {
        return CertificateStatus::SurveillanceOverdue;
    }
    match next_due(cycle, held) {
        Some(due) if (due - today).num_days() <= DUE_WINDOW_DAYS => CertificateStatus::SurveillanceDue,
        _ => CertificateStatus::Valid,
    }
}

/// The next surveillance deadline not yet met, if the cycle has one left.
pub fn next_due(cycle: Cycle, held: &[NaiveDate]) -> Option<NaiveDate> {
    surveillance_plan(cycle, held).into_iter().find(|s| s.held_on.is_none()).map(|s| s.due)
}

#[cfg(test)]
mod tests {
    use super::*;
    use CertificateStatus::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_first_surveillance_is_due_within_12_months_then_once_per_calendar_year() {
        let c = Cycle { decision: d("2026-03-15"), expiry: initial_expiry(d("2026-03-15")) };
        assert_eq!(c.expiry, d("2029-03-14"));
        let plan = surveillance_plan(c, &[]);
        assert_eq!(
            plan.iter().map(|s| (s.year, s.due)).collect::<Vec<_>>(),
            vec![(2027, d("2027-03-15")), (2028, d("2028-12-31"))],
            "none in 2029, the recertification year"
        );
        // a decision late in the year: the 12-month limit falls in the next calendar year
        let late = Cycle { decision: d("2026-11-20"), expiry: d("2029-11-19") };
        assert_eq!(surveillance_plan(late, &[])[0].due, d("2027-11-20"));
    }

    #[test]
    fn status_through_a_three_year_cycle_with_an_early_recertification() {
        let c = Cycle { decision: d("2026-03-15"), expiry: d("2029-03-14") };
        let mut held = vec![];
        assert_eq!(status(c, &held, d("2026-06-01")), Valid);
        assert_eq!(status(c, &held, d("2026-12-20")), SurveillanceDue, "within 90 days of 2027-03-15");
        assert_eq!(status(c, &held, d("2027-03-16")), SurveillanceOverdue);
        held.push(d("2027-03-20")); // late: the first one was due by 03-15
        assert_eq!(status(c, &held, d("2027-04-01")), Valid, "a late first audit is held, late");
        let first = surveillance_plan(c, &held)[0];
        assert_eq!((first.held_on, first.late_days), (Some(d("2027-03-20")), Some(5)), "5 days late");
        assert_eq!(status(c, &held, d("2028-10-15")), SurveillanceDue, "and 2028's is still to come");
        let mut held = vec![d("2027-02-10")];
        assert_eq!(status(c, &held, d("2027-04-01")), Valid);
        assert_eq!(surveillance_plan(c, &held)[0].late_days, None, "on time");
        assert_eq!(status(c, &held, d("2028-10-15")), SurveillanceDue, "2028's audit due by 12-31");
        assert_eq!(status(c, &held, d("2029-01-01")), SurveillanceOverdue);
        held.push(d("2028-09-01"));
        assert_eq!(status(c, &held, d("2029-01-01")), Valid, "nothing due in the recertification year");
        assert_eq!(status(c, &held, d("2029-03-15")), Expired, "the day after the printed expiry");
        // recertified early (2028-12-01): the anniversary is kept
        let next = recertified_expiry(c.expiry, d("2028-12-01"));
        assert_eq!(next, d("2032-03-14"));
        let c2 = Cycle { decision: d("2028-12-01"), expiry: next };
        let plan = surveillance_plan(c2, &[]);
        assert_eq!(plan.iter().map(|s| s.year).collect::<Vec<_>>(), vec![2029, 2030, 2031]);
        assert_eq!(plan[0].due, d("2029-12-01"));
        assert_eq!(status(c2, &[d("2029-10-01"), d("2030-05-05"), d("2031-06-06")], d("2032-01-10")), Valid);
        assert_eq!(
            status(c2, &[d("2029-10-01"), d("2031-06-06")], d("2031-07-01")),
            SurveillanceOverdue,
            "2030 missed"
        );
        // recertified only after expiry: a new cycle from the decision
        assert_eq!(recertified_expiry(d("2029-03-14"), d("2029-05-01")), d("2032-04-30"));
    }

    #[test]
    fn a_first_surveillance_held_only_the_year_after_its_deadline_leaves_that_year_missed() {
        let c = Cycle { decision: d("2026-03-15"), expiry: d("2029-03-14") };
        let held = [d("2028-02-01")];
        let plan = surveillance_plan(c, &held);
        assert_eq!((plan[0].held_on, plan[1].held_on), (None, Some(d("2028-02-01"))), "it is 2028's");
        assert_eq!(status(c, &held, d("2028-03-01")), SurveillanceOverdue, "2027 was missed");
    }
}
