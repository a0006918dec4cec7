//! Preventive-maintenance scheduling (domain.md PM-1..PM-6).
//!
//! Dates are the site's local calendar dates. The generation job asks [`plan`] what is due by
//! `today`; the schedule page asks [`forecast`] for the next due dates or meter thresholds.
//! Calendar rules (PM-5, RFC 5545) are expanded by the caller (`pm_rrule` with the rrule crate)
//! and passed in as a function, so this module stays pure.
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Trigger {
    /// PM-1: every `every_days` from the previous DUE date, whatever happened to it.
    Fixed { every_days: u32 },
    /// PM-2: `every_days` after the previous COMPLETION; nothing new while one is open.
    Floating { every_days: u32 },
    /// PM-3: when the meter reaches the last completion reading + `every`.
    Meter { every: f64 },
    /// PM-3: time or meter, whichever is reached first; completion re-arms both.
    TimeOrMeter { every_days: u32, every: f64 },
    /// PM-5: an RFC 5545 RRULE, expanded by the caller.
    Calendar,
}

/// PM-5: what to do when a calendar due date falls on a site holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayRule {
    Ignore,
    /// Move to the next working day.
    Shift,
    /// Drop that occurrence.
    Skip,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub trigger: Trigger,
    /// First due date (anchor of fixed and calendar schedules, first due of floating ones).
    pub first_due: NaiveDate,
    /// PM-4: the work order appears this many days before its due date.
    pub lead_days: u32,
    pub holidays: HolidayRule,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Completion {
    pub date: NaiveDate,
    /// Meter reading at completion (meter and whichever-first schedules).
    pub reading: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub value: f64,
    pub date: NaiveDate,
}

/// What the books say about a schedule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// Nominal due date of the last occurrence already recorded (generated or missed).
    pub last_nominal_due: Option<NaiveDate>,
    pub last_completion: Option<Completion>,
    /// Due date of the schedule's work order still open, if any.
    pub open_due: Option<NaiveDate>,
    /// Meter reading when the schedule was set up (meter schedules count from it).
    pub baseline_reading: Option<f64>,
    pub latest_reading: Option<Reading>,
}

/// One occurrence the generation job must record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// The date the rule produced (the idempotency key with the schedule).
    pub nominal: NaiveDate,
    /// The date the work is due (after holiday shifting).
    pub due: NaiveDate,
    /// PM-6: its compliance window had already closed when it was recorded: it is on the books as
    /// missed, with no work order to do.
    pub missed: bool,
    /// The interval (days) its compliance window is measured on.
    pub interval_days: u32,
    /// How many older missed occurrences this one stands for (see [`CATCH_UP_DAYS`]); 0 for all
    /// but the one recorded for a long gap.
    pub older_missed: u32,
}

/// Missed occurrences dated more than this many days before today are not recorded one by one:
/// the newest of them is recorded as missed and stands for the older ones
/// ([`Occurrence::older_missed`]), so a schedule anchored years back costs one row, not thousands,
/// and planning costs what the last year holds.
pub const CATCH_UP_DAYS: u64 = 366;

/// Expands a calendar rule: the rule's dates in `(after, until]` (after = None: from the start).
pub type CalendarFn<'a> = &'a dyn Fn(Option<NaiveDate>, NaiveDate) -> Vec<NaiveDate>;

/// Which side of the due date a site's PM window covers.
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
pub enum WindowMode {
    /// From the tolerance before the due date to the tolerance after it (the default)
    #[strum(serialize = "symmetric", message = "Before or after the due date")]
    Symmetric,
    /// Any day of the interval up to the due date, and the tolerance after it: early is on time
    #[strum(serialize = "late_only", message = "Early is always on time; late within the tolerance")]
    LateOnly,
}

crate::code::codes!(WindowMode);

/// A site's rule for "completed on time" (domain.md, PM compliance): floor(pct % of the interval)
/// days, at least `min_days`, on the side(s) of the due date its mode says; both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tolerance {
    pub pct: u32,
    pub mode: WindowMode,
    pub min_days: u32,
}

impl Tolerance {
    /// The default: symmetric, floor(10 % of the interval), no minimum.
    pub const DEFAULT: Tolerance = Tolerance { pct: 10, mode: WindowMode::Symmetric, min_days: 0 };

    /// Symmetric, pct % of the interval, no minimum.
    pub const fn percent(pct: u32) -> Self {
        Tolerance { pct, mode: WindowMode::Symmetric, min_days: 0 }
    }

    /// Days a work order may be late (and, symmetric, early) and still count as on time.
    pub fn days(self, interval_days: u32) -> u32 {
        tolerance_days(interval_days, self.pct).max(self.min_days)
    }
}

/// floor(pct % of the interval).
pub fn tolerance_days(interval_days: u32, pct: u32) -> u32 {
    interval_days * pct / 100
}

/// The first and last day on which a work order due on `due` counts as on time.
pub fn window(due: NaiveDate, interval_days: u32, tolerance: Tolerance) -> (NaiveDate, NaiveDate) {
    let t = Days::new(tolerance.days(interval_days) as u64);
    let early = match tolerance.mode {
        WindowMode::Symmetric => t,
        WindowMode::LateOnly => Days::new(interval_days.max(1) as u64),
    };
    (due - early, due + t)
}

/// Completed inside the window of its due date?
pub fn on_time(due: NaiveDate, interval_days: u32, tolerance: Tolerance, completed: Option<NaiveDate>) -> bool {
    let (start, end) = window(due, interval_days, tolerance);
    completed.is_some_and(|c| start <= c && c <= end)
}

fn add_days(d: NaiveDate, n: u32) -> NaiveDate {
    d + Days::new(n as u64)
}

fn sub_days(d: NaiveDate, n: u32) -> NaiveDate {
    d - Days::new(n as u64)
}

/// Applies the holiday rule; None when the occurrence is skipped.
pub fn apply_holidays(
    nominal: NaiveDate,
    rule: HolidayRule,
    is_holiday: &dyn Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Ignore => Some(nominal),
        HolidayRule::Skip => (!is_holiday(nominal)).then_some(nominal),
        HolidayRule::Shift => {
            let mut d = nominal;
            for _ in 0..366 {
                if !is_holiday(d) {
                    return Some(d);
                }
                d = d.succ_opt()?;
            }
            None
        }
    }
}

/// Nominal dates of a fixed or calendar schedule in (after, until].
fn nominal_dates(s: &Schedule, after: Option<NaiveDate>, until: NaiveDate, calendar: CalendarFn) -> Vec<NaiveDate> {
    match s.trigger {
        Trigger::Fixed { every_days } => {
            let every = every_days.max(1);
            let mut d = match after {
                None => s.first_due,
                Some(a) if a < s.first_due => s.first_due,
                Some(a) => {
                    // the next date of the series first_due + k * every after `a`
                    let k = (a - s.first_due).num_days() as u32 / every + 1;
                    add_days(s.first_due, k * every)
                }
            };
            let mut out = Vec::new();
            while d <= until {
                out.push(d);
                d = add_days(d, every);
            }
            out
        }
        Trigger::Calendar => calendar(after, until).into_iter().filter(|d| after.is_none_or(|a| *d > a)).collect(),
        _ => Vec::new(),
    }
}

/// The interval a calendar date's window is measured on: the gap to the previous date of the rule
/// (or to the next one for the first date). `all` is the rule's expansion from its start.
fn interval_in(all: &[NaiveDate], nominal: NaiveDate) -> u32 {
    match all.binary_search(&nominal) {
        Ok(i) if i > 0 => (nominal - all[i - 1]).num_days() as u32,
        Ok(i) if i + 1 < all.len() => (all[i + 1] - nominal).num_days() as u32,
        _ => 0,
    }
}

fn calendar_interval(s: &Schedule, nominal: NaiveDate, calendar: CalendarFn) -> u32 {
    match s.trigger {
        Trigger::Fixed { every_days } => every_days,
        Trigger::Floating { every_days } | Trigger::TimeOrMeter { every_days, .. } => every_days,
        Trigger::Meter { .. } => 0,
        Trigger::Calendar => interval_in(&calendar(None, add_days(nominal, 400)), nominal),
    }
}

/// The newest of the series dates before `cutoff`, how many there are, and its window interval.
type OldDates = Option<(NaiveDate, u32, u32)>;

/// Nominal dates of a fixed or calendar schedule after `after`, up to `until`, with their window
/// interval: those before `cutoff` only counted (the newest kept), the others listed. Costs what
/// the dates from `cutoff` on hold for a fixed schedule, one expansion for a calendar one.
fn dates_to_plan(
    s: &Schedule,
    after: Option<NaiveDate>,
    cutoff: NaiveDate,
    until: NaiveDate,
    calendar: CalendarFn,
) -> (OldDates, Vec<(NaiveDate, u32)>) {
    match s.trigger {
        Trigger::Fixed { every_days } => {
            let every = every_days.max(1);
            let first = match after {
                Some(a) if a >= s.first_due => {
                    add_days(s.first_due, ((a - s.first_due).num_days() as u32 / every + 1) * every)
                }
                _ => s.first_due,
            };
            let mut old = None;
            let mut d = first;
            if first < cutoff {
                let count = ((cutoff - first).num_days() as u32).div_ceil(every);
                let newest = add_days(first, (count - 1) * every);
                old = Some((newest, count, every_days));
                d = add_days(newest, every);
            }
            let mut recent = Vec::new();
            while d <= until {
                recent.push((d, every_days));
                d = add_days(d, every);
            }
            (old, recent)
        }
        Trigger::Calendar => {
            let all = calendar(None, add_days(until, 400));
            let mut old: OldDates = None;
            let mut recent = Vec::new();
            for &d in all.iter().filter(|d| after.is_none_or(|a| **d > a) && **d <= until) {
                if d < cutoff {
                    old = Some((d, old.map_or(1, |(_, n, _)| n + 1), interval_in(&all, d)));
                } else {
                    recent.push((d, interval_in(&all, d)));
                }
            }
            (old, recent)
        }
        _ => (None, Vec::new()),
    }
}

/// The interval (days) on which the compliance window of an occurrence is measured.
pub fn interval_days(s: &Schedule, nominal: NaiveDate, calendar: CalendarFn) -> u32 {
    calendar_interval(s, nominal, calendar)
}

/// What is due by `today`: the occurrences to record now (PM-1..PM-6).
pub fn plan(
    s: &Schedule,
    h: &History,
    today: NaiveDate,
    tolerance: Tolerance,
    calendar: CalendarFn,
    is_holiday: &dyn Fn(NaiveDate) -> bool,
) -> Vec<Occurrence> {
    match s.trigger {
        Trigger::Fixed { .. } | Trigger::Calendar => {
            // PM-1: regardless of open work orders; PM-6: every date is recorded, late ones as missed
            // (those over CATCH_UP_DAYS old as one)
            let horizon = add_days(today, s.lead_days);
            let cutoff = today - Days::new(CATCH_UP_DAYS);
            let (old, recent) = dates_to_plan(s, h.last_nominal_due, cutoff, horizon, calendar);
            let old = old.map(|(nominal, count, interval_days)| Occurrence {
                nominal,
                due: nominal,
                missed: true,
                interval_days,
                older_missed: count - 1,
            });
            old.into_iter()
                .chain(recent.iter().filter_map(|&(nominal, interval_days)| {
                    let due = apply_holidays(nominal, s.holidays, is_holiday)?;
                    if sub_days(due, s.lead_days) > today {
                        return None; // shifted beyond the lead horizon: next run
                    }
                    let (_, end) = window(due, interval_days, tolerance);
                    Some(Occurrence { nominal, due, missed: end < today, interval_days, older_missed: 0 })
                }))
                .collect()
        }
        Trigger::Floating { every_days } => {
            if h.open_due.is_some() {
                return vec![];
            }
            let due = h.last_completion.map_or(s.first_due, |c| add_days(c.date, every_days));
            if h.last_nominal_due.is_some_and(|d| d >= due) {
                return vec![];
            }
            (sub_days(due, s.lead_days) <= today)
                .then_some(Occurrence { nominal: due, due, missed: false, interval_days: every_days, older_missed: 0 })
                .into_iter()
                .collect()
        }
        Trigger::Meter { every } => {
            if h.open_due.is_some() {
                return vec![];
            }
            let threshold = meter_base(h) + every;
            match h.latest_reading {
                Some(r) if r.value >= threshold && h.last_nominal_due.is_none_or(|d| d < r.date) => {
                    vec![Occurrence { nominal: r.date, due: r.date, missed: false, interval_days: 0, older_missed: 0 }]
                }
                _ => vec![],
            }
        }
        Trigger::TimeOrMeter { every_days, every } => {
            if h.open_due.is_some() {
                return vec![];
            }
            let time_due = h.last_completion.map_or(s.first_due, |c| add_days(c.date, every_days));
            let threshold = meter_base(h) + every;
            let due = match h.latest_reading {
                Some(r) if r.value >= threshold => Some(r.date.min(time_due)),
                _ => (sub_days(time_due, s.lead_days) <= today).then_some(time_due),
            };
            due.filter(|d| h.last_nominal_due.is_none_or(|last| last < *d))
                .map(|d| Occurrence { nominal: d, due: d, missed: false, interval_days: every_days, older_missed: 0 })
                .into_iter()
                .collect()
        }
    }
}

fn meter_base(h: &History) -> f64 {
    h.last_completion.and_then(|c| c.reading).or(h.baseline_reading).unwrap_or(0.0)
}

/// One forecast line of a schedule page.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    pub due: Option<NaiveDate>,
    /// Meter value at which it falls due.
    pub at_reading: Option<f64>,
    /// Due a set time after the open work order is completed (a floating schedule with one open:
    /// no date can be told yet)
    #[serde(default)]
    pub after_open: bool,
}

/// The next `n` due dates (or meter thresholds) after what is already on the books, assuming
/// each is completed on its due date.
pub fn forecast(
    s: &Schedule,
    h: &History,
    n: usize,
    calendar: CalendarFn,
    is_holiday: &dyn Fn(NaiveDate) -> bool,
) -> Vec<Forecast> {
    let date = |d: NaiveDate| Forecast { due: Some(d), at_reading: None, after_open: false };
    match s.trigger {
        Trigger::Fixed { every_days } => {
            let mut out = Vec::new();
            let mut after = h.last_nominal_due;
            let mut horizon = add_days(after.unwrap_or(s.first_due), every_days.max(1) * (n as u32 + 1));
            for _ in 0..4 {
                for nominal in nominal_dates(s, after, horizon, calendar) {
                    if let Some(d) = apply_holidays(nominal, s.holidays, is_holiday) {
                        out.push(date(d));
                    }
                    after = Some(nominal);
                    if out.len() == n {
                        return out;
                    }
                }
                horizon = add_days(horizon, every_days.max(1) * n as u32);
            }
            out
        }
        Trigger::Calendar => {
            let mut out = Vec::new();
            let start = h.last_nominal_due.unwrap_or(s.first_due);
            for years in [1u32, 3, 10] {
                out.clear();
                for nominal in nominal_dates(s, h.last_nominal_due, add_days(start, 366 * years), calendar) {
                    if let Some(d) = apply_holidays(nominal, s.holidays, is_holiday) {
                        out.push(date(d));
                    }
                    if out.len() == n {
                        return out;
                    }
                }
            }
            out
        }
        Trigger::Floating { every_days } => {
            if h.open_due.is_some() {
                // counted from a completion that has not happened: not a date (its due date may be past)
                return vec![Forecast { due: None, at_reading: None, after_open: true }];
            }
            let first = h.last_completion.map_or(s.first_due, |c| add_days(c.date, every_days));
            (0..n as u32).map(|k| date(add_days(first, k * every_days))).collect()
        }
        Trigger::Meter { every } => {
            let base = meter_base(h) + if h.open_due.is_some() { every } else { 0.0 };
            (1..=n)
                .map(|k| Forecast { due: None, at_reading: Some(base + every * k as f64), after_open: false })
                .collect()
        }
        Trigger::TimeOrMeter { every_days, every } => {
            let (first, base) = match (h.open_due, h.last_completion) {
                (Some(open), _) => (add_days(open, every_days), meter_base(h) + every),
                (None, Some(c)) => (add_days(c.date, every_days), meter_base(h)),
                (None, None) => (s.first_due, meter_base(h)),
            };
            (0..n)
                .map(|k| Forecast {
                    due: Some(add_days(first, k as u32 * every_days)),
                    at_reading: Some(base + every * (k + 1) as f64),
                    after_open: false,
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }
    fn no_cal(_: Option<NaiveDate>, _: NaiveDate) -> Vec<NaiveDate> {
        vec![]
    }
    fn no_holidays(_: NaiveDate) -> bool {
        false
    }
    fn sched(trigger: Trigger, first: &str, lead: u32) -> Schedule {
        Schedule { trigger, first_due: d(first), lead_days: lead, holidays: HolidayRule::Ignore }
    }
    fn plan_on(s: &Schedule, h: &History, today: &str) -> Vec<Occurrence> {
        plan(s, h, d(today), Tolerance::DEFAULT, &no_cal, &no_holidays)
    }

    #[test]
    fn fixed_generates_lead_days_before_and_keeps_its_rhythm_after_a_late_completion() {
        let s = sched(Trigger::Fixed { every_days: 30 }, "2026-01-01", 7);
        assert_eq!(plan_on(&s, &History::default(), "2025-12-24"), vec![]);
        let first = plan_on(&s, &History::default(), "2025-12-25");
        assert_eq!(
            first,
            vec![Occurrence {
                nominal: d("2026-01-01"),
                due: d("2026-01-01"),
                missed: false,
                interval_days: 30,
                older_missed: 0
            }]
        );
        // completed late on Jan 10, and still open work does not matter either (PM-1)
        let h = History {
            last_nominal_due: Some(d("2026-01-01")),
            last_completion: Some(Completion { date: d("2026-01-10"), reading: None }),
            open_due: Some(d("2026-01-01")),
            ..Default::default()
        };
        assert_eq!(plan_on(&s, &h, "2026-01-23"), vec![]);
        let next = plan_on(&s, &h, "2026-01-24");
        assert_eq!(next[0].due, d("2026-01-31"), "previous due + 30, not completion + 30");
        let f = forecast(&s, &h, 5, &no_cal, &no_holidays);
        let dates: Vec<_> = f.iter().map(|f| f.due.unwrap()).collect();
        assert_eq!(dates, vec![d("2026-01-31"), d("2026-03-02"), d("2026-04-01"), d("2026-05-01"), d("2026-05-31")]);
    }

    #[test]
    fn floating_counts_from_the_completion_and_waits_for_the_open_one() {
        let s = sched(Trigger::Floating { every_days: 30 }, "2026-01-01", 7);
        let open =
            History { last_nominal_due: Some(d("2026-01-01")), open_due: Some(d("2026-01-01")), ..Default::default() };
        assert_eq!(plan_on(&s, &open, "2026-03-01"), vec![], "PM-2: nothing new while one is open");
        let done = History {
            last_nominal_due: Some(d("2026-01-01")),
            last_completion: Some(Completion { date: d("2026-01-10"), reading: None }),
            ..Default::default()
        };
        assert_eq!(plan_on(&s, &done, "2026-02-01"), vec![]);
        let next = plan_on(&s, &done, "2026-02-02");
        assert_eq!(
            next,
            vec![Occurrence {
                nominal: d("2026-02-09"),
                due: d("2026-02-09"),
                missed: false,
                interval_days: 30,
                older_missed: 0
            }]
        );
        let f = forecast(&s, &done, 3, &no_cal, &no_holidays);
        assert_eq!(f[0].due, Some(d("2026-02-09")));
        assert_eq!(f[2].due, Some(d("2026-04-10")));
        // open since 2026-01-01 (overdue): the next one is counted from its completion, not a past date
        let f = forecast(&s, &open, 3, &no_cal, &no_holidays);
        assert_eq!(f, vec![Forecast { due: None, at_reading: None, after_open: true }]);
    }

    #[test]
    fn meter_schedules_fire_at_the_threshold_from_the_last_completion() {
        let s = sched(Trigger::Meter { every: 250.0 }, "2026-01-01", 0);
        let mut h = History { baseline_reading: Some(1000.0), ..Default::default() };
        h.latest_reading = Some(Reading { value: 1249.9, date: d("2026-02-01") });
        assert_eq!(plan_on(&s, &h, "2026-02-01"), vec![]);
        h.latest_reading = Some(Reading { value: 1250.0, date: d("2026-02-03") });
        assert_eq!(plan_on(&s, &h, "2026-02-03")[0].due, d("2026-02-03"));
        // completed at 1262 hours: re-armed for 1512
        h.last_nominal_due = Some(d("2026-02-03"));
        h.last_completion = Some(Completion { date: d("2026-02-04"), reading: Some(1262.0) });
        h.latest_reading = Some(Reading { value: 1400.0, date: d("2026-02-20") });
        assert_eq!(plan_on(&s, &h, "2026-02-20"), vec![]);
        let f = forecast(&s, &h, 2, &no_cal, &no_holidays);
        assert_eq!(f[0].at_reading, Some(1512.0));
        assert_eq!(f[1].at_reading, Some(1762.0));
    }

    #[test]
    fn whichever_first_fires_on_time_or_meter_and_completion_rearms_both() {
        let s = sched(Trigger::TimeOrMeter { every_days: 90, every: 500.0 }, "2026-04-01", 5);
        let mut h = History {
            last_nominal_due: Some(d("2026-01-01")),
            last_completion: Some(Completion { date: d("2026-01-02"), reading: Some(2000.0) }),
            latest_reading: Some(Reading { value: 2300.0, date: d("2026-02-15") }),
            ..Default::default()
        };
        // time: due 2026-04-02, generated from 2026-03-28
        assert_eq!(plan_on(&s, &h, "2026-03-27"), vec![]);
        assert_eq!(plan_on(&s, &h, "2026-03-28")[0].due, d("2026-04-02"));
        // meter first: 2500 reached on Feb 20, long before April
        h.latest_reading = Some(Reading { value: 2510.0, date: d("2026-02-20") });
        assert_eq!(plan_on(&s, &h, "2026-02-20")[0].due, d("2026-02-20"));
        // completed Feb 21 at 2520: time re-armed to May 22, meter to 3020
        h.last_nominal_due = Some(d("2026-02-20"));
        h.last_completion = Some(Completion { date: d("2026-02-21"), reading: Some(2520.0) });
        h.latest_reading = Some(Reading { value: 3000.0, date: d("2026-05-01") });
        assert_eq!(plan_on(&s, &h, "2026-05-01"), vec![]);
        assert_eq!(plan_on(&s, &h, "2026-05-17")[0].due, d("2026-05-22"));
    }

    #[test]
    fn missed_occurrences_stay_on_the_books() {
        // weekly fixed schedule, generation did not run for three weeks (PM-6)
        let s = sched(Trigger::Fixed { every_days: 7 }, "2026-03-02", 0);
        let occ = plan_on(&s, &History::default(), "2026-03-23");
        let summary: Vec<_> = occ.iter().map(|o| (o.due.to_string(), o.missed)).collect();
        assert_eq!(
            summary,
            vec![
                ("2026-03-02".into(), true),
                ("2026-03-09".into(), true),
                ("2026-03-16".into(), true),
                ("2026-03-23".into(), false)
            ]
        );
        // a monthly one whose window (+-3 days) is still open is generated, not missed
        let m = sched(Trigger::Fixed { every_days: 30 }, "2026-03-20", 0);
        assert!(!plan_on(&m, &History::default(), "2026-03-23")[0].missed);
        assert!(plan_on(&m, &History::default(), "2026-03-24")[0].missed);
    }

    #[test]
    fn a_gap_of_years_is_one_missed_occurrence_standing_for_the_older_ones() {
        // daily from 2000-01-01, never generated: only the last CATCH_UP_DAYS are listed
        let s = sched(Trigger::Fixed { every_days: 1 }, "2000-01-01", 0);
        let occ = plan_on(&s, &History::default(), "2026-11-22");
        let cutoff = d("2026-11-22") - Days::new(CATCH_UP_DAYS);
        let total = (d("2026-11-22") - d("2000-01-01")).num_days() as u32 + 1;
        assert_eq!(occ.len() as u64, CATCH_UP_DAYS + 2, "the summary, then one per day from the cutoff on");
        assert_eq!((occ[0].nominal, occ[0].missed), (cutoff.pred_opt().unwrap(), true));
        assert_eq!(occ.iter().map(|o| o.older_missed + 1).sum::<u32>(), total, "every date counted once");
        assert!(occ[1..].iter().all(|o| o.older_missed == 0 && o.nominal >= cutoff));
        assert!(!occ.last().unwrap().missed, "today's is to do");
        // a weekly one: the summary keeps the series' rhythm and the next date follows it
        let w = sched(Trigger::Fixed { every_days: 7 }, "2020-01-06", 0);
        let occ = plan_on(&w, &History::default(), "2026-11-22");
        assert_eq!((occ[1].nominal - occ[0].nominal).num_days(), 7);
        assert_eq!((occ[0].nominal - d("2020-01-06")).num_days() % 7, 0);
        // recorded once, the next run lists only what is new
        let h = History { last_nominal_due: Some(occ.last().unwrap().nominal), ..Default::default() };
        assert_eq!(plan_on(&w, &h, "2026-11-22"), vec![]);
        // a calendar rule (every day of the month here) is summarised the same way
        let c = sched(Trigger::Calendar, "2024-01-01", 0);
        let every_day = |after: Option<NaiveDate>, until: NaiveDate| -> Vec<NaiveDate> {
            d("2024-01-01").iter_days().take_while(|x| *x <= until).filter(|x| after.is_none_or(|a| *x > a)).collect()
        };
        let occ = plan(&c, &History::default(), d("2026-11-22"), Tolerance::DEFAULT, &every_day, &no_holidays);
        assert_eq!(occ.len() as u64, CATCH_UP_DAYS + 2);
        assert_eq!(occ[0].older_missed + 1, (cutoff - d("2024-01-01")).num_days() as u32);
        assert_eq!(occ[5].interval_days, 1);
    }

    #[test]
    fn compliance_window_is_floor_ten_percent_both_ends_inclusive() {
        let due = d("2026-03-10");
        let ten = Tolerance::DEFAULT;
        assert_eq!(tolerance_days(30, 10), 3);
        assert_eq!(tolerance_days(7, 10), 0);
        assert_eq!(tolerance_days(365, 10), 36);
        assert!(on_time(due, 30, ten, Some(d("2026-03-07"))));
        assert!(!on_time(due, 30, ten, Some(d("2026-03-06"))), "early is non-compliant");
        assert!(on_time(due, 30, ten, Some(d("2026-03-13"))));
        assert!(!on_time(due, 30, ten, Some(d("2026-03-14"))), "late is non-compliant");
        assert!(!on_time(due, 30, ten, None), "not completed is non-compliant");
        assert!(on_time(due, 7, ten, Some(due)) && !on_time(due, 7, ten, Some(d("2026-03-11"))));
    }

    #[test]
    fn a_site_may_count_early_work_as_on_time_or_give_every_pm_a_minimum_of_days() {
        let due = d("2026-03-10");
        // a weekly PM done a day early: off by default (floor(0.7) = 0 days)
        assert!(!on_time(due, 7, Tolerance::DEFAULT, Some(d("2026-03-09"))));
        // at least one day either side
        let one_day = Tolerance { min_days: 1, ..Tolerance::DEFAULT };
        assert_eq!(window(due, 7, one_day), (d("2026-03-09"), d("2026-03-11")));
        assert!(on_time(due, 7, one_day, Some(d("2026-03-09"))));
        assert!(!on_time(due, 7, one_day, Some(d("2026-03-08"))));
        assert_eq!(window(due, 30, one_day), (d("2026-03-07"), d("2026-03-13")), "10 % is more than the minimum");
        // late only: any day of the interval before the due date, then the tolerance after it
        let late = Tolerance { mode: WindowMode::LateOnly, ..Tolerance::DEFAULT };
        assert_eq!(window(due, 30, late), (d("2026-02-08"), d("2026-03-13")));
        assert!(on_time(due, 7, late, Some(d("2026-03-04"))), "six days early");
        assert!(!on_time(due, 7, late, Some(d("2026-03-11"))), "a day late, no tolerance for a week");
        let late_one = Tolerance { mode: WindowMode::LateOnly, pct: 10, min_days: 1 };
        assert!(on_time(due, 7, late_one, Some(d("2026-03-11"))));
        assert_eq!(WindowMode::parse("late_only"), Some(WindowMode::LateOnly));
    }

    #[test]
    fn holidays_shift_or_skip() {
        let holiday = |x: NaiveDate| x == d("2026-12-25") || x == d("2026-12-26");
        assert_eq!(apply_holidays(d("2026-12-25"), HolidayRule::Shift, &holiday), Some(d("2026-12-27")));
        assert_eq!(apply_holidays(d("2026-12-25"), HolidayRule::Skip, &holiday), None);
        assert_eq!(apply_holidays(d("2026-12-25"), HolidayRule::Ignore, &holiday), Some(d("2026-12-25")));
        let mut s = sched(Trigger::Fixed { every_days: 7 }, "2026-12-18", 0);
        s.holidays = HolidayRule::Skip;
        let occ = plan(&s, &History::default(), d("2027-01-01"), Tolerance::DEFAULT, &no_cal, &holiday);
        let dues: Vec<_> = occ.iter().map(|o| o.due.to_string()).collect();
        assert_eq!(dues, vec!["2026-12-18", "2027-01-01"], "Dec 25 skipped");
    }

    #[test]
    fn calendar_rules_use_the_expanded_dates() {
        // the 31st of each month where it exists (what BYMONTHDAY=31 expands to)
        let cal = |after: Option<NaiveDate>, until: NaiveDate| -> Vec<NaiveDate> {
            ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"]
                .iter()
                .map(|s| s.parse::<NaiveDate>().unwrap())
                .filter(|x| after.is_none_or(|a| *x > a) && *x <= until)
                .collect()
        };
        let s = sched(Trigger::Calendar, "2026-01-31", 0);
        let occ = plan(&s, &History::default(), d("2026-04-01"), Tolerance::DEFAULT, &cal, &no_holidays);
        assert_eq!(occ.iter().map(|o| o.due.to_string()).collect::<Vec<_>>(), vec!["2026-01-31", "2026-03-31"]);
        assert_eq!(interval_days(&s, d("2026-03-31"), &cal), 59);
    }
}
