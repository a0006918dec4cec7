//! Incidence rates per site and year (domain.md "Rates and KPIs"): from unrounded figures, shown
//! half up to two decimals, None ("n/a") when hours worked are 0.
use serde::{Deserialize, Serialize};

/// The counts a year's log gives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct LogTotals {
    pub deaths: u32,
    pub days_away_cases: u32,
    pub restricted_cases: u32,
    pub other_cases: u32,
    /// Days-away and death cases that are injuries (M1): the LTIFR numerator.
    pub lost_time_injuries: u32,
    /// Column K total.
    pub days_away: u32,
    /// Column L total.
    pub days_restricted: u32,
}

impl LogTotals {
    pub fn recordable(&self) -> u32 {
        self.deaths + self.days_away_cases + self.restricted_cases + self.other_cases
    }

    /// Lost-time cases: Gemba counts deaths and days-away cases (G + H).
    pub fn lost_time_cases(&self) -> u32 {
        self.deaths + self.days_away_cases
    }

    pub fn add(&mut self, o: &LogTotals) {
        self.deaths += o.deaths;
        self.days_away_cases += o.days_away_cases;
        self.restricted_cases += o.restricted_cases;
        self.other_cases += o.other_cases;
        self.lost_time_injuries += o.lost_time_injuries;
        self.days_away += o.days_away;
        self.days_restricted += o.days_restricted;
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// Total recordable cases (G+H+I+J) x 200,000 / hours.
    pub trc: Option<f64>,
    /// (H+I) x 200,000 / hours.
    pub dart: Option<f64>,
    /// H x 200,000 / hours.
    pub dafw: Option<f64>,
    /// Lost-time cases (G+H) x 200,000 / hours.
    pub ltir: Option<f64>,
    /// Lost-time injuries x 1,000,000 / hours.
    pub ltifr: Option<f64>,
    /// Lost workdays (K + L) x 200,000 / hours.
    pub severity: Option<f64>,
}

fn per(n: u32, base: f64, hours: f64) -> Option<f64> {
    (hours > 0.0).then(|| n as f64 * base / hours)
}

pub fn rates(t: &LogTotals, hours: f64) -> Rates {
    Rates {
        trc: per(t.recordable(), 200_000.0, hours),
        dart: per(t.days_away_cases + t.restricted_cases, 200_000.0, hours),
        dafw: per(t.days_away_cases, 200_000.0, hours),
        ltir: per(t.lost_time_cases(), 200_000.0, hours),
        ltifr: per(t.lost_time_injuries, 1_000_000.0, hours),
        severity: per(t.days_away + t.days_restricted, 200_000.0, hours),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi::show;

    #[test]
    fn rates_per_200k_hours_and_na_without_hours() {
        let t = LogTotals {
            deaths: 0,
            days_away_cases: 2,
            restricted_cases: 1,
            other_cases: 3,
            lost_time_injuries: 2,
            days_away: 25,
            days_restricted: 10,
        };
        let r = rates(&t, 412_345.0);
        assert_eq!(show(r.trc), "2.91"); // 6 x 200,000 / 412,345 = 2.9102...
        assert_eq!(show(r.dart), "1.46"); // 3 -> 1.4551
        assert_eq!(show(r.dafw), "0.97"); // 2 -> 0.9701
        assert_eq!(show(r.ltir), "0.97");
        assert_eq!(show(r.ltifr), "4.85"); // 2 x 1,000,000 / 412,345 = 4.8503
        assert_eq!(show(r.severity), "16.98"); // 35 -> 16.9761
        let none = rates(&t, 0.0);
        assert_eq!(show(none.trc), "n/a");
        assert_eq!(show(none.severity), "n/a");
        // exactly half rounds up
        let half = rates(&LogTotals { other_cases: 1, ..Default::default() }, 80_000_000.0);
        assert_eq!(show(half.trc), "0.00"); // 0.0025
        let half = rates(&LogTotals { other_cases: 1, ..Default::default() }, 40_000_000.0);
        assert_eq!(show(half.trc), "0.01"); // 0.005 -> 0.01
    }
}

/// One month's point of the trend chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MonthPoint {
    pub month: u32,
    pub recordable: u32,
    /// TRC over the year so far: cases to the end of the month against the year's hours
    /// prorated by month (hours x month / 12); n/a without hours.
    pub trc_ytd: Option<f64>,
}

/// Year-to-date TRC by month, from the months (1-12) of the year's recordable cases.
pub fn monthly_trend(case_months: &[u32], year_hours: f64) -> Vec<MonthPoint> {
    let mut cumulative = 0;
    (1..=12)
        .map(|m| {
            let n = case_months.iter().filter(|c| **c == m).count() as u32;
            cumulative += n;
            MonthPoint { month: m, recordable: n, trc_ytd: per(cumulative, 200_000.0, year_hours * m as f64 / 12.0) }
        })
        .collect()
}

#[cfg(test)]
mod trend_tests {
    use super::*;
    use crate::kpi::show;

    #[test]
    fn year_to_date_trend_prorates_hours() {
        let t = monthly_trend(&[1, 3, 3], 1_200_000.0);
        assert_eq!(t.len(), 12);
        assert_eq!(t[0].recordable, 1);
        assert_eq!(show(t[0].trc_ytd), "2.00"); // 1 x 200,000 / 100,000
        assert_eq!(show(t[1].trc_ytd), "1.00"); // 1 / 200,000 h
        assert_eq!(show(t[2].trc_ytd), "2.00"); // 3 / 300,000 h
        assert_eq!(show(t[11].trc_ytd), "0.50"); // 3 / 1,200,000 h
        assert_eq!(show(monthly_trend(&[1], 0.0)[0].trc_ytd), "n/a");
    }
}
