//! Maintenance KPIs (domain.md, "Rates and KPIs"): computed from unrounded inputs; rounded half up
//! to two decimals only for display, and "n/a" when a denominator is zero.
use serde::{Deserialize, Serialize};

/// Rounds half up (away from zero) to two decimals. The small epsilon absorbs binary
/// representation (2.675 is stored as 2.67499999...).
pub fn round2(x: f64) -> f64 {
    ((x * 100.0).abs() + 0.5 + 1e-9).floor().copysign(x) / 100.0
}

/// A ratio for display: two decimals, or "n/a" without a denominator.
pub fn show(x: Option<f64>) -> String {
    match x {
        Some(v) => format!("{:.2}", round2(v)),
        None => "n/a".to_string(),
    }
}

fn ratio(num: f64, den: f64) -> Option<f64> {
    (den != 0.0).then(|| num / den)
}

/// PM work orders due in a period and how many were completed inside their window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct PmCompliance {
    pub due: u32,
    pub on_time: u32,
}

impl PmCompliance {
    pub fn add(&mut self, on_time: bool) {
        self.due += 1;
        self.on_time += on_time as u32;
    }

    /// Percentage, None when nothing was due.
    pub fn percent(&self) -> Option<f64> {
        ratio(self.on_time as f64 * 100.0, self.due as f64)
    }
}

/// Reliability of one asset over a period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reliability {
    /// Mean time between failures, hours; None without failures.
    pub mtbf_hours: Option<f64>,
    /// Mean time to repair, hours; None without repairs.
    pub mttr_hours: Option<f64>,
    /// Inherent availability MTBF / (MTBF + MTTR), percent; 100 with no failures.
    pub availability_pct: f64,
}

/// MTBF = operating time / failures; MTTR = repair time / repairs.
pub fn reliability(operating_hours: f64, failures: u32, repair_hours: f64, repairs: u32) -> Reliability {
    let mtbf = ratio(operating_hours, failures as f64);
    let mttr = ratio(repair_hours, repairs as f64);
    let availability_pct = match (mtbf, mttr) {
        (None, _) => 100.0,
        (Some(b), None) => {
            if b > 0.0 {
                100.0
            } else {
                0.0
            }
        }
        (Some(b), Some(r)) => ratio(b * 100.0, b + r).unwrap_or(0.0),
    };
    Reliability { mtbf_hours: mtbf, mttr_hours: mttr, availability_pct }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Oee {
    pub availability: f64,
    pub performance: f64,
    pub quality: f64,
    pub oee: f64,
}

/// OEE = A x P x Q from unrounded factors. None when planned time, run time or count is zero.
pub fn oee(
    planned_minutes: f64,
    run_minutes: f64,
    ideal_cycle_minutes: f64,
    total_count: f64,
    good_count: f64,
) -> Option<Oee> {
    let a = ratio(run_minutes, planned_minutes)?;
    let p = ratio(ideal_cycle_minutes * total_count, run_minutes)?;
    let q = ratio(good_count, total_count)?;
    Some(Oee { availability: a, performance: p, quality: q, oee: a * p * q })
}

/// Planned maintenance % = planned hours / total maintenance hours.
pub fn planned_percent(planned_hours: f64, total_hours: f64) -> Option<f64> {
    ratio(planned_hours * 100.0, total_hours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_up_to_two_decimals() {
        assert_eq!(round2(2.675), 2.68);
        assert_eq!(round2(1.005), 1.01);
        assert_eq!(round2(2.674), 2.67);
        assert_eq!(round2(-1.005), -1.01);
        assert_eq!(show(Some(1.0 / 3.0)), "0.33");
        assert_eq!(show(None), "n/a");
    }

    #[test]
    fn pm_compliance_percent() {
        let mut c = PmCompliance::default();
        assert_eq!(c.percent(), None);
        for on_time in [true, true, false, true] {
            c.add(on_time);
        }
        assert_eq!(c.percent(), Some(75.0));
    }

    #[test]
    fn mtbf_mttr_with_and_without_failures() {
        let none = reliability(720.0, 0, 0.0, 0);
        assert_eq!(none.mtbf_hours, None);
        assert_eq!(none.mttr_hours, None);
        assert_eq!(none.availability_pct, 100.0, "100 % with no failures");
        let r = reliability(700.0, 2, 6.0, 2);
        assert_eq!(r.mtbf_hours, Some(350.0));
        assert_eq!(r.mttr_hours, Some(3.0));
        assert_eq!(show(Some(r.availability_pct)), "99.15");
    }

    #[test]
    fn oee_from_unrounded_factors() {
        // 480 min planned, 400 run, 0.5 min ideal cycle, 700 made, 665 good
        let o = oee(480.0, 400.0, 0.5, 700.0, 665.0).unwrap();
        assert_eq!(show(Some(o.availability * 100.0)), "83.33");
        assert_eq!(show(Some(o.performance * 100.0)), "87.50");
        assert_eq!(show(Some(o.quality * 100.0)), "95.00");
        // the product of the unrounded factors, not of the rounded ones (0.8333*0.875*0.95)
        assert_eq!(show(Some(o.oee * 100.0)), "69.27");
        assert_eq!(oee(0.0, 0.0, 1.0, 0.0, 0.0), None);
    }

    #[test]
    fn planned_share() {
        assert_eq!(planned_percent(30.0, 40.0), Some(75.0));
        assert_eq!(planned_percent(0.0, 0.0), None);
    }
}
