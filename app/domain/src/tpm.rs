//! TPM: clean-inspect-lubricate (CIL) standards run as rounds by operators, and abnormality tags
//! (F-tag: the operator fixes; M-tag: needs maintenance and opens a work order).
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::code::codes;

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
pub enum TagKind {
    #[strum(serialize = "f", message = "F-tag (operator fixes)")]
    F,
    #[strum(serialize = "m", message = "M-tag (maintenance)")]
    M,
}

codes!(TagKind);

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
pub enum TagCategory {
    #[strum(serialize = "minor_defect", message = "Minor defect")]
    MinorDefect,
    #[strum(serialize = "lubrication", message = "Lubrication")]
    Lubrication,
    #[strum(serialize = "contamination_source", message = "Contamination source")]
    ContaminationSource,
    #[strum(serialize = "hard_to_access", message = "Hard-to-access area")]
    HardToAccess,
    #[strum(serialize = "quality_defect", message = "Quality defect source")]
    QualityDefect,
    #[strum(serialize = "unnecessary_item", message = "Unnecessary item")]
    UnnecessaryItem,
    #[strum(serialize = "unsafe_condition", message = "Unsafe condition")]
    UnsafeCondition,
}

codes!(TagCategory);

/// The seven steps of autonomous maintenance.
pub const AM_STEPS: [&str; 7] = [
    "1. Initial cleaning",
    "2. Countermeasures for sources of contamination",
    "3. Cleaning and lubrication standards",
    "4. General inspection",
    "5. Autonomous inspection",
    "6. Standardisation",
    "7. Autonomous management",
];

/// Which of the seven autonomous-maintenance steps a tag was found in: blank (not said) or 1-7,
/// stored as that digit.
pub fn parse_am_step(input: &str) -> Result<Option<u8>, &'static str> {
    match input.trim() {
        "" => Ok(None),
        s => match s.parse::<u8>() {
            Ok(n @ 1..=7) => Ok(Some(n)),
            _ => Err("Choose an autonomous-maintenance step from 1 to 7."),
        },
    }
}

/// The step's name for a stored value ("4" -> "4. General inspection"); blank when not said.
pub fn am_step_label(stored: &str) -> &'static str {
    match parse_am_step(stored) {
        Ok(Some(n)) => AM_STEPS[n as usize - 1],
        _ => "",
    }
}

/// How often a CIL point is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CilFrequency {
    /// Every shift is treated as every day for rounds.
    Daily,
    /// On this weekday.
    Weekly(Weekday),
    /// On this day of the month (last day when the month is shorter).
    Monthly(u32),
}

impl CilFrequency {
    pub fn due_on(self, day: NaiveDate) -> bool {
        match self {
            CilFrequency::Daily => true,
            CilFrequency::Weekly(w) => day.weekday() == w,
            CilFrequency::Monthly(d) => {
                let last = last_day_of_month(day);
                day.day() == d.min(last)
            }
        }
    }

    pub fn code(self) -> String {
        match self {
            CilFrequency::Daily => "daily".into(),
            CilFrequency::Weekly(w) => format!("weekly:{}", w.num_days_from_monday() + 1),
            CilFrequency::Monthly(d) => format!("monthly:{d}"),
        }
    }

    /// Parses `daily`, `weekly:N` (1 = Monday) or `monthly:N` (1-31).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        if s == "daily" {
            return Some(CilFrequency::Daily);
        }
        let (kind, n) = s.split_once(':')?;
        let n: u32 = n.parse().ok()?;
        match kind {
            "weekly" if (1..=7).contains(&n) => Some(CilFrequency::Weekly(Weekday::try_from((n - 1) as u8).ok()?)),
            "monthly" if (1..=31).contains(&n) => Some(CilFrequency::Monthly(n)),
            _ => None,
        }
    }
}

fn last_day_of_month(d: NaiveDate) -> u32 {
    let (y, m) = (d.year(), d.month());
    let first_next = if m == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1) } else { NaiveDate::from_ymd_opt(y, m + 1, 1) };
    first_next.and_then(|f| f.pred_opt()).map_or(28, |l| l.day())
}

/// Open/closed counts per category and kind, and the F:M ratio, for a site's tag board.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TagBoard {
    pub f_open: u32,
    pub f_closed: u32,
    pub m_open: u32,
    pub m_closed: u32,
}

impl TagBoard {
    pub fn add(&mut self, kind: TagKind, closed: bool) {
        self.add_n(kind, closed, 1);
    }

    /// Counts `n` tags of a kind, open or closed.
    pub fn add_n(&mut self, kind: TagKind, closed: bool, n: u32) {
        *self.cell(kind, closed) += n;
    }

    fn cell(&mut self, kind: TagKind, closed: bool) -> &mut u32 {
        match (kind, closed) {
            (TagKind::F, false) => &mut self.f_open,
            (TagKind::F, true) => &mut self.f_closed,
            (TagKind::M, false) => &mut self.m_open,
            (TagKind::M, true) => &mut self.m_closed,
        }
    }

    /// F-tags per M-tag ("3.00 : 1"); None without M-tags.
    pub fn f_to_m(&self) -> Option<f64> {
        let m = self.m_open + self.m_closed;
        (m > 0).then(|| (self.f_open + self.f_closed) as f64 / m as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn am_steps_are_one_to_seven_or_not_said() {
        assert_eq!(parse_am_step(""), Ok(None));
        assert_eq!(parse_am_step(" 4 "), Ok(Some(4)));
        assert!(parse_am_step("0").is_err());
        assert!(parse_am_step("8").is_err());
        assert!(parse_am_step("four").is_err());
        assert_eq!(am_step_label("4"), "4. General inspection");
        assert_eq!(am_step_label("7"), "7. Autonomous management");
        assert_eq!(am_step_label(""), "");
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn cil_frequencies() {
        assert!(CilFrequency::Daily.due_on(d("2026-11-22")));
        let monday = CilFrequency::parse("weekly:1").unwrap();
        assert!(monday.due_on(d("2026-11-23")) && !monday.due_on(d("2026-11-22")));
        let end = CilFrequency::parse("monthly:31").unwrap();
        assert!(end.due_on(d("2026-02-28")), "the last day of a shorter month");
        assert!(!end.due_on(d("2026-03-30")) && end.due_on(d("2026-03-31")));
        for f in ["daily", "weekly:7", "monthly:15"] {
            assert_eq!(CilFrequency::parse(f).unwrap().code(), f);
        }
        assert_eq!(CilFrequency::parse("weekly:8"), None);
        assert_eq!(CilFrequency::parse("hourly"), None);
    }

    #[test]
    fn tag_board_ratio() {
        let mut b = TagBoard::default();
        assert_eq!(b.f_to_m(), None);
        for (k, closed) in [(TagKind::F, true), (TagKind::F, false), (TagKind::F, true), (TagKind::M, false)] {
            b.add(k, closed);
        }
        assert_eq!(b.f_to_m(), Some(3.0));
        assert_eq!((b.f_open, b.f_closed, b.m_open), (1, 2, 1));
    }
}
