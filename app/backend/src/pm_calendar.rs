//! PM-5: calendar rules as RFC 5545 RRULEs (the `rrule` crate), expanded to dates for
//! `domain::pm`. Only day-level rules are accepted (DAILY to YEARLY, no BYHOUR/BYMINUTE/BYSECOND),
//! and expansion is bounded, so a user's rule cannot make the server work forever. Impossible
//! dates (BYMONTHDAY=30 in February) produce no occurrence: skipped, never clamped.
use chrono::{Datelike, NaiveDate, TimeZone};
use rrule::{RRuleSet, Tz};

/// At most this many occurrences are expanded per call.
const LIMIT: u16 = 2000;

/// A rule is checked from this date over [`CHECKED_YEARS`] years: long enough for every leap-year
/// rule (29 February) to occur, so a rule with no date in it never produces one.
const CHECKED_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("2000-01-01 is a date"),
};
const CHECKED_YEARS: i32 = 200;

/// Normalises and checks a rule typed by a user ("FREQ=MONTHLY;BYMONTHDAY=-1", with or without
/// a leading "RRULE:"); the message names what is wrong, including a rule that can never occur
/// (30 February).
pub fn validate(raw: &str) -> Result<String, String> {
    let upper = raw.trim().to_uppercase();
    let rule = upper.trim_start_matches("RRULE:").trim().to_string();
    if rule.is_empty() {
        return Err("Enter a rule such as FREQ=MONTHLY;BYMONTHDAY=1.".into());
    }
    if rule.contains('\n') || rule.contains("DTSTART") {
        return Err("Enter only the RRULE part; the first due date is the start.".into());
    }
    let parts: Vec<(&str, &str)> =
        rule.split(';').filter(|p| !p.is_empty()).filter_map(|p| p.split_once('=')).collect();
    match parts.iter().find(|(k, _)| *k == "FREQ").map(|(_, v)| *v) {
        Some("DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY") => {}
        Some(other) => return Err(format!("FREQ={other} is not supported; use DAILY, WEEKLY, MONTHLY or YEARLY.")),
        None => return Err("The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).".into()),
    }
    if let Some((k, _)) = parts.iter().find(|(k, _)| matches!(*k, "BYHOUR" | "BYMINUTE" | "BYSECOND")) {
        return Err(format!("{k} is not supported: schedules are by day."));
    }
    parse(&rule, CHECKED_FROM).map_err(|e| format!("Invalid rule: {e}"))?;
    let until = CHECKED_FROM.with_year(CHECKED_FROM.year() + CHECKED_YEARS).unwrap_or(NaiveDate::MAX);
    if expand(&rule, CHECKED_FROM, None, until).is_empty() {
        return Err(
            "This rule never produces a date (for example, there is no 30 February): check its days and months.".into(),
        );
    }
    Ok(rule)
}

fn parse(rule: &str, start: NaiveDate) -> Result<RRuleSet, rrule::RRuleError> {
    format!("DTSTART:{}T000000Z\nRRULE:{rule}", start.format("%Y%m%d")).parse::<RRuleSet>()
}

/// The rule's dates in (after, until], starting at `start`. An invalid rule expands to nothing
/// (rules are validated when saved).
pub fn expand(rule: &str, start: NaiveDate, after: Option<NaiveDate>, until: NaiveDate) -> Vec<NaiveDate> {
    let Ok(set) = parse(rule, start) else { return vec![] };
    let from = after.unwrap_or(start.pred_opt().unwrap_or(start));
    let utc = |d: NaiveDate| Tz::UTC.from_utc_datetime(&d.and_time(chrono::NaiveTime::MIN));
    let end = until.succ_opt().unwrap_or(until);
    set.after(utc(from))
        .before(utc(end))
        .all(LIMIT)
        .dates
        .into_iter()
        .map(|dt| dt.date_naive())
        .filter(|d| *d > from && *d <= until && *d >= start)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn dates(rule: &str, start: &str, until: &str) -> Vec<String> {
        expand(rule, d(start), None, d(until)).iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn impossible_dates_are_skipped_not_clamped() {
        assert_eq!(
            dates("FREQ=MONTHLY;BYMONTHDAY=30", "2026-01-30", "2026-04-30"),
            vec!["2026-01-30", "2026-03-30", "2026-04-30"],
            "no February 30, and not moved to Feb 28"
        );
    }

    #[test]
    fn last_day_and_last_weekday_of_the_month() {
        assert_eq!(
            dates("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-01", "2026-04-30"),
            vec!["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]
        );
        assert_eq!(
            dates("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-01-01", "2026-03-31"),
            vec!["2026-01-30", "2026-02-27", "2026-03-31"]
        );
    }

    #[test]
    fn expansion_continues_after_a_date() {
        let next: Vec<_> = expand("FREQ=WEEKLY;BYDAY=MO", d("2026-11-02"), Some(d("2026-11-09")), d("2026-11-30"))
            .iter()
            .map(|x| x.to_string())
            .collect();
        assert_eq!(next, vec!["2026-11-16", "2026-11-23", "2026-11-30"]);
    }

    #[test]
    fn rules_are_checked_when_saved() {
        assert_eq!(validate("rrule:freq=monthly;bymonthday=1").unwrap(), "FREQ=MONTHLY;BYMONTHDAY=1");
        assert!(validate("FREQ=SECONDLY").unwrap_err().contains("not supported"));
        assert!(validate("FREQ=DAILY;BYHOUR=3").unwrap_err().contains("BYHOUR"));
        assert!(validate("BYMONTHDAY=1").unwrap_err().contains("FREQ"));
        assert!(validate("FREQ=MONTHLY;BYMONTHDAY=40").unwrap_err().starts_with("Invalid rule"));
        assert!(validate("").is_err());
        // a rule whose days never exist is refused; 29 February is a date every four years
        for never in ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31"] {
            assert!(validate(never).unwrap_err().contains("never produces a date"), "{never}");
        }
        assert!(validate("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29").is_ok());
    }
}
