//! OSHA-7: privacy concern cases. Column B shows "Privacy Case"; the name lives only on the
//! confidential list keyed by case number.
use serde::{Deserialize, Serialize};

use super::classification::CaseType;

/// What the 300 log, 301 and every export show instead of the name.
pub const PRIVACY_NAME: &str = "Privacy Case";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PrivacyReason {
    IntimateBodyPartOrReproductiveSystem,
    SexualAssault,
    MentalIllness,
    HivHepatitisTuberculosis,
    ContaminatedNeedlestickOrSharps,
    /// Only for illnesses, at the employee's request.
    EmployeeRequestForIllness,
}

impl PrivacyReason {
    pub const ALL: [PrivacyReason; 6] = [
        PrivacyReason::IntimateBodyPartOrReproductiveSystem,
        PrivacyReason::SexualAssault,
        PrivacyReason::MentalIllness,
        PrivacyReason::HivHepatitisTuberculosis,
        PrivacyReason::ContaminatedNeedlestickOrSharps,
        PrivacyReason::EmployeeRequestForIllness,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            PrivacyReason::IntimateBodyPartOrReproductiveSystem => "intimate",
            PrivacyReason::SexualAssault => "sexual_assault",
            PrivacyReason::MentalIllness => "mental_illness",
            PrivacyReason::HivHepatitisTuberculosis => "hiv_hepatitis_tb",
            PrivacyReason::ContaminatedNeedlestickOrSharps => "needlestick",
            PrivacyReason::EmployeeRequestForIllness => "employee_request",
        }
    }

    pub fn parse(code: &str) -> Option<PrivacyReason> {
        PrivacyReason::ALL.into_iter().find(|r| r.code() == code.trim())
    }

    pub fn label(self) -> &'static str {
        match self {
            PrivacyReason::IntimateBodyPartOrReproductiveSystem => "Intimate body part or reproductive system",
            PrivacyReason::SexualAssault => "Sexual assault",
            PrivacyReason::MentalIllness => "Mental illness",
            PrivacyReason::HivHepatitisTuberculosis => "HIV, hepatitis or tuberculosis",
            PrivacyReason::ContaminatedNeedlestickOrSharps => {
                "Needlestick or sharps contaminated with another person's blood or OPIM"
            }
            PrivacyReason::EmployeeRequestForIllness => "Illness; the employee asked for privacy",
        }
    }
}

/// A privacy reason must fit the case: an employee's request only makes an illness private.
pub fn check(reason: PrivacyReason, case_type: CaseType) -> Result<(), &'static str> {
    if reason == PrivacyReason::EmployeeRequestForIllness && !case_type.is_illness() {
        return Err("An employee's request makes only an illness a privacy case, not an injury.");
    }
    Ok(())
}

/// Column B as printed for someone who may not see the confidential list.
pub fn name_on_log(name: &str, privacy: bool) -> &str {
    if privacy { PRIVACY_NAME } else { name }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn privacy_cases_hide_the_name_and_requests_apply_to_illnesses_only() {
        assert_eq!(name_on_log("Dana Smith", true), "Privacy Case");
        assert_eq!(name_on_log("Dana Smith", false), "Dana Smith");
        assert!(check(PrivacyReason::EmployeeRequestForIllness, CaseType::Injury).is_err());
        assert!(check(PrivacyReason::EmployeeRequestForIllness, CaseType::SkinDisorder).is_ok());
        assert!(check(PrivacyReason::ContaminatedNeedlestickOrSharps, CaseType::Injury).is_ok());
    }
}
