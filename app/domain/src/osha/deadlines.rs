//! OSHA-8: recording, posting, submission, severe-event reporting and retention dates.
use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The first year of OSHA recordkeeping (the OSH Act took effect in 1971).
pub const FIRST_YEAR: i32 = 1971;

/// A recordkeeping year Gemba answers for: from 1971 to next year (a year's data may be entered
/// ahead, never further); anything else is refused, not answered with dates like "+100000-02-01".
pub fn recordkeeping_year(year: i32, today: NaiveDate) -> Result<i32, String> {
    use chrono::Datelike;
    let last = today.year() + 1;
    if (FIRST_YEAR..=last).contains(&year) {
        Ok(year)
    } else {
        Err(format!("Choose a year from {FIRST_YEAR} to {last}."))
    }
}

/// A recordable case goes on the log within 7 calendar days of learning of it.
pub fn record_by(learned_on: NaiveDate) -> NaiveDate {
    learned_on.checked_add_days(Days::new(7)).unwrap_or(learned_on)
}

/// How many days after its 7-day limit a case went on the log, when it went on late (OSHA 1904.29(b)(3)).
pub fn days_late(learned_on: NaiveDate, recorded_on: NaiveDate) -> Option<u32> {
    let by = record_by(learned_on);
    (recorded_on > by).then(|| (recorded_on - by).num_days().max(0) as u32)
}

/// The 300A for `year` is posted from Feb 1 to Apr 30 of the next year (both inclusive).
pub fn posting_window(year: i32) -> (NaiveDate, NaiveDate) {
    (ymd(year + 1, 2, 1), ymd(year + 1, 4, 30))
}

/// ITA electronic submission for `year` is due March 2 of the next year.
pub fn ita_due(year: i32) -> NaiveDate {
    ymd(year + 1, 3, 2)
}

/// The 300, 300A, 301 and privacy list for `year` are kept 5 years after its end: deletion is
/// possible from Jan 1 of year + 6.
pub fn deletable_from(year: i32) -> NaiveDate {
    ymd(year + 6, 1, 1)
}

pub fn may_delete(year: i32, today: NaiveDate) -> bool {
    today >= deletable_from(year)
}

/// Severe events reported to OSHA.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SevereEvent {
    Fatality,
    InPatientHospitalization,
    Amputation,
    LossOfAnEye,
}

/// When the report to OSHA is due: 8 hours for a fatality, 24 hours for the others.
pub fn severe_report_due(event: SevereEvent, learned_at: DateTime<Utc>) -> DateTime<Utc> {
    let hours = match event {
        SevereEvent::Fatality => 8,
        _ => 24,
    };
    learned_at + Duration::hours(hours)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_case_entered_after_its_seven_days_is_late_by_the_days_past_them() {
        let learned = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(days_late(learned, learned), None);
        assert_eq!(days_late(learned, NaiveDate::from_ymd_opt(2026, 11, 9).unwrap()), None, "the 7th day is in time");
        assert_eq!(days_late(learned, NaiveDate::from_ymd_opt(2026, 11, 10).unwrap()), Some(1));
        assert_eq!(days_late(learned, NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()), Some(23));
    }

    use super::*;

    #[test]
    fn years_from_1971_to_next_year() {
        let today = ymd(2026, 12, 4);
        assert_eq!(recordkeeping_year(1971, today), Ok(1971));
        assert_eq!(recordkeeping_year(2027, today), Ok(2027));
        assert_eq!(recordkeeping_year(2028, today), Err("Choose a year from 1971 to 2027.".into()));
        assert!(recordkeeping_year(1970, today).is_err());
        assert!(recordkeeping_year(99999, today).is_err());
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn osha_8_dates() {
        assert_eq!(record_by(d("2026-12-28")), d("2027-01-04"));
        assert_eq!(posting_window(2026), (d("2027-02-01"), d("2027-04-30")));
        assert_eq!(ita_due(2026), d("2027-03-02"));
        assert_eq!(deletable_from(2026), d("2032-01-01"));
        assert!(!may_delete(2026, d("2031-12-31")));
        assert!(may_delete(2026, d("2032-01-01")));
        let t: DateTime<Utc> = "2026-11-22T03:00:00Z".parse().unwrap();
        assert_eq!(
            severe_report_due(SevereEvent::Fatality, t),
            "2026-11-22T11:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert_eq!(
            severe_report_due(SevereEvent::Amputation, t),
            "2026-11-23T03:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }
}
