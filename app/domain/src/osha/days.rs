//! OSHA-4: days away (column K) and days of restricted work or job transfer (column L).
use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The combined cap of K + L.
pub const CAP: u32 = 180;

/// A period away or restricted, both ends inclusive; `end: None` means it is still going on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayInput {
    pub injury_date: NaiveDate,
    pub away: Vec<Period>,
    pub restricted: Vec<Period>,
    /// Days a physician or licensed health care professional recommended (recorded even when
    /// the employee came back sooner).
    pub recommended_away: Option<u32>,
    pub recommended_restricted: Option<u32>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    /// Column K.
    pub away: u32,
    /// Column L.
    pub restricted: u32,
    /// The 180-day cap cut the counts.
    pub capped: bool,
}

/// Calendar days (weekends and holidays included), starting the day AFTER the injury, counted up
/// to `as_of` for a period still open. A day both away and restricted counts as away. A
/// recommended number of days is recorded when it is larger than what was taken. K is filled
/// first, then L, K + L at most 180. Days in the following year stay on the injury year's case.
pub fn count(input: &DayInput, as_of: NaiveDate) -> DayCounts {
    let first = input.injury_date.checked_add_days(Days::new(1)).unwrap_or(input.injury_date);
    let days = |periods: &[Period]| -> BTreeSet<NaiveDate> {
        let mut set = BTreeSet::new();
        for p in periods {
            let start = p.start.max(first);
            let end = p.end.unwrap_or(as_of);
            let mut d = start;
            // a period longer than the cap adds nothing past it: stop after CAP + 1 days
            while d <= end && set.len() <= CAP as usize * 2 {
                set.insert(d);
                d = match d.succ_opt() {
                    Some(n) => n,
                    None => break,
                };
            }
        }
        set
    };
    let away = days(&input.away);
    let restricted: BTreeSet<NaiveDate> = days(&input.restricted).difference(&away).copied().collect();
    let k = (away.len() as u32).max(input.recommended_away.unwrap_or(0));
    let l = (restricted.len() as u32).max(input.recommended_restricted.unwrap_or(0));
    let k_capped = k.min(CAP);
    let l_capped = l.min(CAP - k_capped);
    DayCounts { away: k_capped, restricted: l_capped, capped: k_capped + l_capped < k + l }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn p(a: &str, b: &str) -> Period {
        Period { start: d(a), end: Some(d(b)) }
    }

    #[test]
    fn counting_starts_the_day_after_the_injury_in_calendar_days() {
        // injured Friday, away Friday to the next Monday: Sat, Sun, Mon = 3 (the weekend counts)
        let input =
            DayInput { injury_date: d("2026-03-06"), away: vec![p("2026-03-06", "2026-03-09")], ..Default::default() };
        assert_eq!(count(&input, d("2026-12-31")), DayCounts { away: 3, restricted: 0, capped: false });
    }

    #[test]
    fn restricted_days_overlapping_days_away_count_as_away_and_recommended_days_are_recorded() {
        let input = DayInput {
            injury_date: d("2026-05-01"),
            away: vec![p("2026-05-02", "2026-05-05")],
            restricted: vec![p("2026-05-04", "2026-05-10")],
            recommended_away: Some(6),
            ..Default::default()
        };
        // away 4 actual (2..5) but 6 recommended; restricted 6..10 = 5
        assert_eq!(count(&input, d("2026-12-31")), DayCounts { away: 6, restricted: 5, capped: false });
    }

    #[test]
    fn an_open_period_counts_to_today_and_the_cap_fills_k_first() {
        let input = DayInput {
            injury_date: d("2026-01-10"),
            away: vec![Period { start: d("2026-01-11"), end: None }],
            ..Default::default()
        };
        assert_eq!(count(&input, d("2026-01-20")).away, 10);
        let input = DayInput {
            injury_date: d("2026-01-10"),
            away: vec![p("2026-01-11", "2026-05-10")],       // 120 days
            restricted: vec![p("2026-05-11", "2026-08-31")], // 113 days
            ..Default::default()
        };
        assert_eq!(count(&input, d("2026-12-31")), DayCounts { away: 120, restricted: 60, capped: true });
        let input =
            DayInput { injury_date: d("2025-01-01"), away: vec![p("2025-01-02", "2025-12-31")], ..Default::default() };
        assert_eq!(count(&input, d("2026-01-01")), DayCounts { away: 180, restricted: 0, capped: true });
    }

    #[test]
    fn a_case_running_into_the_next_year_keeps_counting_on_the_injury_years_case() {
        let input =
            DayInput { injury_date: d("2026-12-20"), away: vec![p("2026-12-21", "2027-01-09")], ..Default::default() };
        assert_eq!(count(&input, d("2027-02-01")).away, 20);
    }
}
