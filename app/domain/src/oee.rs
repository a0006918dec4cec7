//! OEE from production counts (domain.md, "Rates and KPIs": OEE = A x P x Q from unrounded
//! factors) and the six big losses.
//!
//! A production record is one asset's shift: its planned production time (the shift less breaks
//! and other time nothing was planned to run), the ideal cycle time the asset had then, how many
//! units were made and how many were rejected (of which at start-up). Stop time comes from the
//! asset's downtime inside the shift, by the kind of its reason:
//! - unplanned (breakdown, no material, no operator...): lost availability; a stop shorter than
//!   [`SMALL_STOP_MINUTES`] counts as a small stop, a performance loss, and stays in run time;
//! - planned (changeover, setup, cleaning...): lost availability, inside planned production time;
//! - not scheduled (break, planned shutdown, no orders): outside planned production time, so it is
//!   not an OEE loss; shown, never counted.
//!
//! Run time = planned production time - unplanned stops (small ones excepted) - planned stops.
//! Availability = run / planned; performance = ideal cycle x total / run; quality = good / total.
//! Over several shifts or assets the sums are divided, never the factors averaged.
use chrono::{Duration, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::code::codes;
use crate::validation::FieldErrors;

/// An unplanned stop shorter than this is a small stop (a performance loss), in minutes.
pub const SMALL_STOP_MINUTES: f64 = 5.0;

/// The most units a shift record may count.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// What kind of stop a downtime reason is.
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
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum StopKind {
    #[strum(serialize = "unplanned", message = "Unplanned stop")]
    Unplanned,
    #[strum(serialize = "planned", message = "Planned stop")]
    Planned,
    #[strum(serialize = "not_scheduled", message = "Not scheduled")]
    NotScheduled,
}

codes!(StopKind);

/// The reasons every new site starts with: (code, name, kind).
pub const DEFAULT_REASONS: &[(&str, &str, StopKind)] = &[
    ("BREAKDOWN", "Breakdown", StopKind::Unplanned),
    ("NO-MATERIAL", "No material", StopKind::Unplanned),
    ("NO-OPERATOR", "No operator", StopKind::Unplanned),
    ("QUALITY", "Quality problem", StopKind::Unplanned),
    ("CHANGEOVER", "Changeover", StopKind::Planned),
    ("CLEANING", "Cleaning", StopKind::Planned),
    ("BREAK", "Break", StopKind::NotScheduled),
    ("PLANNED-MAINT", "Planned maintenance", StopKind::NotScheduled),
    ("NO-ORDERS", "No orders", StopKind::NotScheduled),
];

/// A stop inside a shift: its kind and its minutes inside the shift.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stop {
    pub kind: StopKind,
    pub minutes: f64,
}

/// A shift's counts as recorded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShiftCounts {
    pub planned_minutes: f64,
    pub ideal_cycle_minutes: f64,
    pub total: f64,
    pub rejects: f64,
    pub startup_rejects: f64,
}

/// The six big losses, in minutes of planned production time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Losses {
    /// Availability: breakdowns and other unplanned stops.
    pub unplanned_stops: f64,
    /// Availability: changeovers, setup, cleaning.
    pub planned_stops: f64,
    /// Performance: unplanned stops shorter than five minutes.
    pub small_stops: f64,
    /// Performance: the rest of the time run slower than the ideal cycle.
    pub slow_cycles: f64,
    /// Quality: rejects in steady production, at the ideal cycle time.
    pub production_rejects: f64,
    /// Quality: rejects at start-up, at the ideal cycle time.
    pub startup_rejects: f64,
}

/// Sums over shifts, from which the factors are computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct OeeSum {
    pub planned_minutes: f64,
    pub run_minutes: f64,
    /// Ideal cycle time x total count.
    pub ideal_minutes: f64,
    pub total: f64,
    pub good: f64,
    /// Stops outside planned production time (not a loss).
    pub not_scheduled_minutes: f64,
    pub losses: Losses,
    pub shifts: u32,
}

/// Availability, performance, quality and OEE as fractions (1.0 = 100 %); None where the
/// denominator is zero. OEE is 0 when nothing ran in planned time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Factors {
    pub availability: Option<f64>,
    pub performance: Option<f64>,
    pub quality: Option<f64>,
    pub oee: Option<f64>,
}

fn ratio(num: f64, den: f64) -> Option<f64> {
    (den > 0.0).then(|| num / den)
}

impl OeeSum {
    /// One shift with the stops inside it.
    pub fn shift(c: ShiftCounts, stops: &[Stop]) -> Self {
        let mut l = Losses::default();
        let mut small = 0.0;
        let mut not_scheduled = 0.0;
        for s in stops {
            let m = s.minutes.max(0.0);
            match s.kind {
                StopKind::Unplanned if m < SMALL_STOP_MINUTES => small += m,
                StopKind::Unplanned => l.unplanned_stops += m,
                StopKind::Planned => l.planned_stops += m,
                StopKind::NotScheduled => not_scheduled += m,
            }
        }
        let run = (c.planned_minutes - l.unplanned_stops - l.planned_stops).max(0.0);
        let ideal = c.ideal_cycle_minutes * c.total;
        let performance_loss = (run - ideal).max(0.0);
        l.small_stops = small.min(performance_loss);
        l.slow_cycles = performance_loss - l.small_stops;
        let startup = c.startup_rejects.min(c.rejects);
        l.startup_rejects = c.ideal_cycle_minutes * startup;
        l.production_rejects = c.ideal_cycle_minutes * (c.rejects - startup).max(0.0);
        OeeSum {
            planned_minutes: c.planned_minutes,
            run_minutes: run,
            ideal_minutes: ideal,
            total: c.total,
            good: (c.total - c.rejects).max(0.0),
            not_scheduled_minutes: not_scheduled,
            losses: l,
            shifts: 1,
        }
    }

    pub fn add(&mut self, o: &OeeSum) {
        self.planned_minutes += o.planned_minutes;
        self.run_minutes += o.run_minutes;
        self.ideal_minutes += o.ideal_minutes;
        self.total += o.total;
        self.good += o.good;
        self.not_scheduled_minutes += o.not_scheduled_minutes;
        self.losses.unplanned_stops += o.losses.unplanned_stops;
        self.losses.planned_stops += o.losses.planned_stops;
        self.losses.small_stops += o.losses.small_stops;
        self.losses.slow_cycles += o.losses.slow_cycles;
        self.losses.production_rejects += o.losses.production_rejects;
        self.losses.startup_rejects += o.losses.startup_rejects;
        self.shifts += o.shifts;
    }

    /// The factors of the sums (unrounded).
    pub fn factors(&self) -> Factors {
        let availability = ratio(self.run_minutes, self.planned_minutes);
        let performance = ratio(self.ideal_minutes, self.run_minutes);
        let quality = ratio(self.good, self.total);
        let oee = match (availability, performance, quality) {
            (Some(a), Some(p), Some(q)) => Some(a * p * q),
            (Some(a), None, _) if a <= 0.0 => Some(0.0),
            _ => None,
        };
        Factors { availability, performance, quality, oee }
    }
}

/// A shift's production as typed on the form or in a CSV row.
#[derive(Debug, Clone, Default)]
pub struct ProductionInput<'a> {
    /// The day the shift starts (YYYY-MM-DD).
    pub date: &'a str,
    /// Its start and end as HH:MM; an end at or before the start is the next day.
    pub start: &'a str,
    pub end: &'a str,
    /// Planned production time in minutes; blank: the whole shift.
    pub planned_minutes: &'a str,
    pub total: &'a str,
    pub rejects: &'a str,
    /// Blank: none.
    pub startup_rejects: &'a str,
}

/// A valid shift record (site-local times).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Production {
    pub date: NaiveDate,
    pub start: NaiveTime,
    /// The shift's length in minutes (1 to 24 hours).
    pub length_minutes: i64,
    pub planned_minutes: f64,
    pub total: u64,
    pub rejects: u64,
    pub startup_rejects: u64,
}

fn count(e: &mut FieldErrors, field: &str, raw: &str, blank: Option<u64>) -> Option<u64> {
    let raw = raw.trim();
    if raw.is_empty() {
        if blank.is_none() {
            e.add(field, "Enter a number.");
        }
        return blank;
    }
    match raw.parse::<u64>() {
        Ok(n) if n <= MAX_COUNT => Some(n),
        Ok(_) => {
            e.add(field, format!("At most {MAX_COUNT}."));
            None
        }
        Err(_) => {
            e.add(field, "Enter a whole number of units, 0 or more.");
            None
        }
    }
}

fn time(e: &mut FieldErrors, field: &str, raw: &str) -> Option<NaiveTime> {
    let t =
        NaiveTime::parse_from_str(raw.trim(), "%H:%M").or_else(|_| NaiveTime::parse_from_str(raw.trim(), "%H:%M:%S"));
    match t {
        Ok(t) => Some(t),
        Err(_) => {
            e.add(field, "Enter a time as HH:MM.");
            None
        }
    }
}

impl ProductionInput<'_> {
    /// Checks the record; `today` is the site's date (a shift cannot start after it).
    pub fn validate(&self, today: NaiveDate) -> Result<Production, FieldErrors> {
        let mut e = FieldErrors::new();
        let date = match NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d") {
            Ok(d) if d > today => {
                e.add("date", "The shift has not started yet: record it once it has.");
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                e.add("date", "Enter a date as YYYY-MM-DD.");
                None
            }
        };
        let start = time(&mut e, "start", self.start);
        let end = time(&mut e, "end", self.end);
        let length = match (start, end) {
            (Some(s), Some(t)) => {
                let d = t - s;
                Some(if d <= Duration::zero() { d + Duration::days(1) } else { d }.num_minutes())
            }
            _ => None,
        };
        let planned = match (self.planned_minutes.trim(), length) {
            ("", l) => l.map(|l| l as f64),
            (raw, l) => match raw.replace(',', ".").parse::<f64>() {
                Ok(p) if p.is_finite() && p > 0.0 => match l {
                    Some(l) if p > l as f64 => {
                        e.add("planned_minutes", format!("At most the shift's {l} minutes."));
                        None
                    }
                    _ => Some(p),
                },
                _ => {
                    e.add("planned_minutes", "Enter the minutes planned to run, more than 0.");
                    None
                }
            },
        };
        let total = count(&mut e, "total", self.total, None);
        let rejects = count(&mut e, "rejects", self.rejects, Some(0));
        let startup = count(&mut e, "startup_rejects", self.startup_rejects, Some(0));
        if let (Some(t), Some(r)) = (total, rejects)
            && r > t
        {
            e.add("rejects", format!("More rejects than the {t} units made."));
        }
        if let (Some(r), Some(s)) = (rejects, startup)
            && s > r
        {
            e.add("startup_rejects", format!("Start-up rejects are part of the rejects: at most {r}."));
        }
        match (date, start, length, planned, total, rejects, startup) {
            (
                Some(date),
                Some(start),
                Some(length_minutes),
                Some(planned_minutes),
                Some(total),
                Some(rejects),
                Some(s),
            ) if e.0.is_empty() => {
                Ok(Production { date, start, length_minutes, planned_minutes, total, rejects, startup_rejects: s })
            }
            _ => Err(e),
        }
    }
}

/// An ideal cycle time as typed, in seconds per unit (decimal point or comma).
pub fn parse_cycle_seconds(raw: &str) -> Result<f64, String> {
    match raw.trim().replace(',', ".").parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 86_400.0 => Ok(s),
        _ => Err("Enter the seconds one unit takes at the ideal rate, more than 0 and at most 86400.".into()),
    }
}

/// A stop as recorded: when it started and ended (an ongoing one: now) and its kind.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimedStop {
    pub start: chrono::DateTime<chrono::Utc>,
    pub end: chrono::DateTime<chrono::Utc>,
    pub kind: StopKind,
}

/// The parts of `stops` inside a shift [from, to).
pub fn stops_within(
    stops: &[TimedStop],
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> Vec<Stop> {
    stops
        .iter()
        .map(|s| Stop { kind: s.kind, minutes: overlap_minutes(s.start, s.end, from, to) })
        .filter(|s| s.minutes > 0.0)
        .collect()
}

/// Minutes of [start, end) inside [from, to), as a stop's share of a shift.
pub fn overlap_minutes<T: Ord + Copy + std::ops::Sub<Output = Duration>>(start: T, end: T, from: T, to: T) -> f64 {
    let s = start.max(from);
    let e = end.min(to);
    if e <= s { 0.0 } else { (e - s).num_seconds() as f64 / 60.0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi::show;

    fn pct(x: Option<f64>) -> String {
        show(x.map(|v| v * 100.0))
    }

    fn counts(planned: f64, ideal: f64, total: f64, rejects: f64, startup: f64) -> ShiftCounts {
        ShiftCounts { planned_minutes: planned, ideal_cycle_minutes: ideal, total, rejects, startup_rejects: startup }
    }

    #[test]
    fn a_shift_gives_the_textbook_factors_and_its_losses_add_up_to_planned_time() {
        // 480 min planned; a 60 min breakdown, a 20 min changeover, a 30 min break (not
        // scheduled), two 2 min jams; 1 min ideal cycle; 350 made, 14 rejected (4 at start-up)
        let stops = [
            Stop { kind: StopKind::Unplanned, minutes: 60.0 },
            Stop { kind: StopKind::Planned, minutes: 20.0 },
            Stop { kind: StopKind::NotScheduled, minutes: 30.0 },
            Stop { kind: StopKind::Unplanned, minutes: 2.0 },
            Stop { kind: StopKind::Unplanned, minutes: 2.0 },
        ];
        let s = OeeSum::shift(counts(480.0, 1.0, 350.0, 14.0, 4.0), &stops);
        assert_eq!(s.run_minutes, 400.0, "small stops stay in run time");
        let f = s.factors();
        assert_eq!(pct(f.availability), "83.33");
        assert_eq!(pct(f.performance), "87.50");
        assert_eq!(pct(f.quality), "96.00");
        // the product of unrounded factors: 0.8333.. x 0.875 x 0.96 = 0.7
        assert_eq!(pct(f.oee), "70.00");
        let l = s.losses;
        assert_eq!((l.unplanned_stops, l.planned_stops), (60.0, 20.0));
        assert_eq!((l.small_stops, l.slow_cycles), (4.0, 46.0));
        assert_eq!((l.production_rejects, l.startup_rejects), (10.0, 4.0));
        assert_eq!(s.not_scheduled_minutes, 30.0, "a break is shown, not lost");
        let fully_productive = s.good * 1.0;
        let lost = l.unplanned_stops
            + l.planned_stops
            + l.small_stops
            + l.slow_cycles
            + l.production_rejects
            + l.startup_rejects;
        assert_eq!(lost + fully_productive, 480.0, "the six losses and good time make the planned time");
    }

    #[test]
    fn several_shifts_divide_the_sums_not_average_the_factors() {
        let mut sum = OeeSum::default();
        sum.add(&OeeSum::shift(counts(480.0, 0.5, 800.0, 0.0, 0.0), &[]));
        sum.add(&OeeSum::shift(
            counts(240.0, 0.5, 100.0, 50.0, 0.0),
            &[Stop { kind: StopKind::Unplanned, minutes: 120.0 }],
        ));
        let f = sum.factors();
        // A = (480 + 120) / 720; P = (400 + 50) / 600; Q = 850 / 900
        assert_eq!(pct(f.availability), "83.33");
        assert_eq!(pct(f.performance), "75.00");
        assert_eq!(pct(f.quality), "94.44");
        assert_eq!(pct(f.oee), "59.03");
        assert_eq!(sum.shifts, 2);
    }

    #[test]
    fn a_shift_that_never_ran_has_zero_oee_and_an_empty_sum_has_none() {
        let s = OeeSum::shift(counts(60.0, 1.0, 0.0, 0.0, 0.0), &[Stop { kind: StopKind::Unplanned, minutes: 90.0 }]);
        let f = s.factors();
        assert_eq!(f.availability, Some(0.0));
        assert_eq!(f.performance, None);
        assert_eq!(f.oee, Some(0.0));
        assert_eq!(OeeSum::default().factors(), Factors::default());
    }

    #[test]
    fn a_production_entry_is_checked_field_by_field() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let ok = ProductionInput {
            date: "2026-12-05",
            start: "22:00",
            end: "06:00",
            planned_minutes: "",
            total: "700",
            rejects: "35",
            startup_rejects: "",
        }
        .validate(today)
        .unwrap();
        assert_eq!(ok.length_minutes, 480, "a night shift ends the next day");
        assert_eq!(ok.planned_minutes, 480.0, "blank planned time is the whole shift");
        assert_eq!(ok.startup_rejects, 0);
        let bad = ProductionInput {
            date: "2026-12-07",
            start: "06:00",
            end: "14:00",
            planned_minutes: "500",
            total: "10",
            rejects: "11",
            startup_rejects: "12",
        }
        .validate(today)
        .unwrap_err();
        for field in ["date", "planned_minutes", "rejects", "startup_rejects"] {
            assert!(bad.0.contains_key(field), "{field}: {bad:?}");
        }
        let typo = ProductionInput { date: "x", start: "6", end: "14:00", total: "-1", ..Default::default() }
            .validate(today)
            .unwrap_err();
        for field in ["date", "start", "total"] {
            assert!(typo.0.contains_key(field), "{field}: {typo:?}");
        }
        assert!(parse_cycle_seconds("0").is_err());
        assert_eq!(parse_cycle_seconds("1,5"), Ok(1.5));
    }

    #[test]
    fn a_stop_counts_only_inside_the_shift() {
        let h = |x: i64| chrono::DateTime::<chrono::Utc>::from_timestamp(x * 3600, 0).unwrap();
        assert_eq!(overlap_minutes(h(5), h(7), h(6), h(14)), 60.0);
        assert_eq!(overlap_minutes(h(1), h(2), h(6), h(14)), 0.0);
        assert_eq!(overlap_minutes(h(7), h(8), h(6), h(14)), 60.0);
    }
}
