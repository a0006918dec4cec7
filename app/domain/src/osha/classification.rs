//! OSHA-5 (one outcome box, the most serious) and OSHA-6 (case type column M1..M6).
use serde::{Deserialize, Serialize};

use super::days::DayCounts;

/// The 300 log's outcome boxes, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// G
    Death,
    /// H
    DaysAway,
    /// I
    JobTransferOrRestriction,
    /// J
    OtherRecordable,
}

impl Outcome {
    pub const ALL: [Outcome; 4] =
        [Outcome::Death, Outcome::DaysAway, Outcome::JobTransferOrRestriction, Outcome::OtherRecordable];

    pub fn column(self) -> char {
        match self {
            Outcome::Death => 'G',
            Outcome::DaysAway => 'H',
            Outcome::JobTransferOrRestriction => 'I',
            Outcome::OtherRecordable => 'J',
        }
    }

    pub fn from_column(c: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| c.trim().len() == 1 && c.trim().starts_with(o.column()))
    }

    /// The ITA case file's incident_outcome code (OSHA-10).
    pub fn ita_code(self) -> u8 {
        match self {
            Outcome::Death => 1,
            Outcome::DaysAway => 2,
            Outcome::JobTransferOrRestriction => 3,
            Outcome::OtherRecordable => 4,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Death => "Death",
            Outcome::DaysAway => "Days away from work",
            Outcome::JobTransferOrRestriction => "Job transfer or restriction",
            Outcome::OtherRecordable => "Other recordable case",
        }
    }
}

/// The outcome box and the K and L columns as they go on the log: a death records no day counts;
/// a days-away case with later restriction checks H and keeps both counts.
pub fn classify(death: bool, days: DayCounts) -> (Outcome, u32, u32) {
    if death {
        (Outcome::Death, 0, 0)
    } else if days.away > 0 {
        (Outcome::DaysAway, days.away, days.restricted)
    } else if days.restricted > 0 {
        (Outcome::JobTransferOrRestriction, 0, days.restricted)
    } else {
        (Outcome::OtherRecordable, 0, 0)
    }
}

/// Column M: exactly one type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CaseType {
    /// M1
    Injury,
    /// M2
    SkinDisorder,
    /// M3
    RespiratoryCondition,
    /// M4
    Poisoning,
    /// M5
    HearingLoss,
    /// M6
    OtherIllness,
}

impl CaseType {
    pub const ALL: [CaseType; 6] = [
        CaseType::Injury,
        CaseType::SkinDisorder,
        CaseType::RespiratoryCondition,
        CaseType::Poisoning,
        CaseType::HearingLoss,
        CaseType::OtherIllness,
    ];

    /// 1..6 for M1..M6 (also the ITA type_of_incident code).
    pub fn number(self) -> u8 {
        CaseType::ALL.iter().position(|t| *t == self).unwrap_or(0) as u8 + 1
    }

    pub fn column(self) -> String {
        format!("M{}", self.number())
    }

    pub fn from_number(n: u8) -> Option<CaseType> {
        CaseType::ALL.get((n as usize).wrapping_sub(1)).copied()
    }

    pub fn is_illness(self) -> bool {
        self != CaseType::Injury
    }

    pub fn label(self) -> &'static str {
        match self {
            CaseType::Injury => "Injury",
            CaseType::SkinDisorder => "Skin disorder",
            CaseType::RespiratoryCondition => "Respiratory condition",
            CaseType::Poisoning => "Poisoning",
            CaseType::HearingLoss => "Hearing loss",
            CaseType::OtherIllness => "All other illnesses",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(away: u32, restricted: u32) -> DayCounts {
        DayCounts { away, restricted, capped: false }
    }

    #[test]
    fn the_most_serious_outcome_wins() {
        assert_eq!(classify(true, days(5, 3)), (Outcome::Death, 0, 0), "a death records no day counts");
        assert_eq!(classify(false, days(5, 3)), (Outcome::DaysAway, 5, 3), "H with both K and L");
        assert_eq!(classify(false, days(0, 4)), (Outcome::JobTransferOrRestriction, 0, 4));
        assert_eq!(classify(false, days(0, 0)), (Outcome::OtherRecordable, 0, 0));
        assert!(Outcome::Death < Outcome::DaysAway && Outcome::DaysAway < Outcome::OtherRecordable);
        assert_eq!(Outcome::ALL.map(|o| (o.column(), o.ita_code())), [('G', 1), ('H', 2), ('I', 3), ('J', 4)]);
    }

    #[test]
    fn case_types_are_m1_to_m6() {
        assert_eq!(CaseType::ALL.map(|t| t.number()), [1, 2, 3, 4, 5, 6]);
        assert_eq!(CaseType::HearingLoss.column(), "M5");
        assert_eq!(CaseType::from_number(4), Some(CaseType::Poisoning));
        assert_eq!(CaseType::from_number(0), None);
        assert_eq!(CaseType::from_number(7), None);
        assert!(!CaseType::Injury.is_illness() && CaseType::SkinDisorder.is_illness());
    }
}
