//! Which dates Gemba accepts. A date outside its range is refused where it is typed, with a field
//! message, so no rule ever computes from year 1 or year 99999 (a daily PM schedule anchored in
//! year 1 would have 739,000 occurrences to catch up).
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub first_year: i32,
    pub last_year: i32,
}

/// What is planned in a plant's books: due dates, schedule anchors, expiries, holidays, access ends.
pub const PLANNED: Range = Range { first_year: 2000, last_year: 2100 };
/// Any other date a person types: a birth, a hire, an installation, an injury.
pub const ANY: Range = Range { first_year: 1900, last_year: 2100 };

impl Range {
    pub fn contains(self, d: NaiveDate) -> bool {
        (self.first_year..=self.last_year).contains(&d.year())
    }

    pub fn check(self, d: NaiveDate) -> Result<NaiveDate, String> {
        if self.contains(d) {
            Ok(d)
        } else {
            Err(format!("Give a date between {}-01-01 and {}-12-31.", self.first_year, self.last_year))
        }
    }

    /// Parses YYYY-MM-DD (`bad_format` is the message when it is not a date) and checks the range.
    pub fn parse(self, raw: &str, bad_format: &str) -> Result<NaiveDate, String> {
        let d = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| bad_format.to_string())?;
        self.check(d)
    }
}

/// A due date given to something new: a planned date, not before the site's today (moving the
/// dates of history is another, audited, action).
pub fn new_due(raw: &str, today: NaiveDate, bad_format: &str) -> Result<NaiveDate, String> {
    let d = PLANNED.parse(raw, bad_format)?;
    if d < today { Err(format!("A new due date cannot be in the past; today is {today}.")) } else { Ok(d) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_due_date_is_today_or_later() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(new_due("2026-12-03", today, "bad"), Ok(today));
        assert_eq!(new_due("2027-01-15", today, "bad").map(|d| d.year()), Ok(2027));
        assert_eq!(
            new_due("2020-01-01", today, "bad"),
            Err("A new due date cannot be in the past; today is 2026-12-03.".into())
        );
        assert!(new_due("2026-12-02", today, "bad").is_err());
        assert_eq!(new_due("someday", today, "bad"), Err("bad".into()));
        assert!(new_due("2101-01-01", today, "bad").is_err());
    }

    #[test]
    fn planned_dates_are_this_century_and_the_next() {
        let bad = "Use a date like 2026-12-01.";
        assert_eq!(PLANNED.parse(" 2026-12-01 ", bad), Ok(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()));
        assert_eq!(PLANNED.parse("2000-01-01", bad).map(|d| d.year()), Ok(2000));
        assert_eq!(PLANNED.parse("2100-12-31", bad).map(|d| d.year()), Ok(2100));
        for far in ["0001-01-01", "1999-12-31", "2101-01-01", "+99999-01-01"] {
            assert_eq!(PLANNED.parse(far, bad), Err("Give a date between 2000-01-01 and 2100-12-31.".into()), "{far}");
        }
        assert_eq!(PLANNED.parse("2026-02-30", bad), Err(bad.into()));
        assert_eq!(ANY.parse("1950-06-30", bad).map(|d| d.year()), Ok(1950));
        assert!(ANY.parse("1899-12-31", bad).is_err());
    }
}
