//! OSHA-9: a year's 300 log entries summed into the 300A totals (which must reconcile:
//! G+H+I+J = M1+...+M6) and into the rate inputs.
use serde::{Deserialize, Serialize};

use super::classification::{CaseType, Outcome};
use super::rates::LogTotals;

/// What one recordable case contributes to the log's totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub outcome: Outcome,
    pub case_type: CaseType,
    /// Column K.
    pub days_away: u32,
    /// Column L.
    pub days_restricted: u32,
}

/// The 300A columns G..M totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// G, H, I, J case counts.
    pub outcomes: [u32; 4],
    /// K and L day totals.
    pub days_away: u32,
    pub days_restricted: u32,
    /// M1..M6.
    pub by_type: [u32; 6],
}

impl Totals {
    pub fn cases(&self) -> u32 {
        self.outcomes.iter().sum()
    }

    /// OSHA-9: the outcome boxes and the type columns count the same cases.
    pub fn reconciles(&self) -> bool {
        self.cases() == self.by_type.iter().sum::<u32>()
    }
}

pub fn totals(entries: &[LogEntry]) -> Totals {
    let mut t = Totals::default();
    for e in entries {
        t.outcomes[e.outcome.ita_code() as usize - 1] += 1;
        t.by_type[e.case_type.number() as usize - 1] += 1;
        t.days_away += e.days_away;
        t.days_restricted += e.days_restricted;
    }
    t
}

/// The rate inputs of a year's entries.
pub fn rate_inputs(entries: &[LogEntry]) -> LogTotals {
    let t = totals(entries);
    LogTotals {
        deaths: t.outcomes[0],
        days_away_cases: t.outcomes[1],
        restricted_cases: t.outcomes[2],
        other_cases: t.outcomes[3],
        lost_time_injuries: entries
            .iter()
            .filter(|e| e.case_type == CaseType::Injury && matches!(e.outcome, Outcome::Death | Outcome::DaysAway))
            .count() as u32,
        days_away: t.days_away,
        days_restricted: t.days_restricted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(outcome: Outcome, case_type: CaseType, k: u32, l: u32) -> LogEntry {
        LogEntry { outcome, case_type, days_away: k, days_restricted: l }
    }

    #[test]
    fn the_300a_totals_add_up_and_reconcile() {
        let entries = [
            e(Outcome::DaysAway, CaseType::Injury, 12, 3),
            e(Outcome::JobTransferOrRestriction, CaseType::SkinDisorder, 0, 5),
            e(Outcome::OtherRecordable, CaseType::Injury, 0, 0),
            e(Outcome::Death, CaseType::Injury, 0, 0),
            e(Outcome::DaysAway, CaseType::HearingLoss, 4, 0),
        ];
        let t = totals(&entries);
        assert_eq!(t.outcomes, [1, 2, 1, 1]);
        assert_eq!(t.by_type, [3, 1, 0, 0, 1, 0]);
        assert_eq!((t.days_away, t.days_restricted), (16, 8));
        assert!(t.reconciles());
        let r = rate_inputs(&entries);
        assert_eq!((r.recordable(), r.lost_time_cases(), r.lost_time_injuries), (5, 3, 2));
        assert_eq!(totals(&[]), Totals::default());
    }
}
