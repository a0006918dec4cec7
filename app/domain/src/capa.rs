//! Corrective and preventive actions (CAPA), shared by investigations and audit findings: type,
//! owner, due date, status with its transitions, evidence, and an effectiveness check by someone
//! other than the owner.
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
pub enum CapaKind {
    #[strum(serialize = "immediate", message = "Immediate")]
    Immediate,
    #[strum(serialize = "corrective", message = "Corrective")]
    Corrective,
    #[strum(serialize = "preventive", message = "Preventive")]
    Preventive,
}

codes!(CapaKind);

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
pub enum CapaStatus {
    #[strum(serialize = "open", message = "Open")]
    Open,
    #[strum(serialize = "in_progress", message = "In progress")]
    InProgress,
    #[strum(serialize = "done", message = "Done, awaiting effectiveness check")]
    Done,
    #[strum(serialize = "verified_effective", message = "Verified effective")]
    VerifiedEffective,
    /// Checked and found not effective: the action is open again.
    #[strum(serialize = "reopened", message = "Not effective, reopened")]
    Reopened,
}

codes!(CapaStatus);

impl CapaStatus {
    /// Still someone's work to do (counts as open for reminders and readiness).
    pub fn is_open(self) -> bool {
        matches!(self, CapaStatus::Open | CapaStatus::InProgress | CapaStatus::Reopened)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CapaError {
    #[error("This action cannot go from {from} to {to}.")]
    Transition { from: &'static str, to: &'static str },
    #[error("Describe the evidence that the action was done.")]
    EvidenceRequired,
    #[error("The effectiveness check must be done by someone other than the action's owner.")]
    OwnerCannotVerify,
    #[error("Say why the action was or was not effective.")]
    NoteRequired,
}

/// Who asks for a change, as far as the rules care.
#[derive(Debug, Clone, Copy)]
pub struct CapaAsker {
    pub user_id: i64,
    pub is_owner: bool,
}

/// The owner starts and finishes the work (done needs evidence); someone else checks
/// effectiveness: effective closes it, not effective reopens it.
pub fn transition(
    from: CapaStatus,
    to: CapaStatus,
    asker: CapaAsker,
    evidence: &str,
    note: &str,
) -> Result<(), CapaError> {
    use CapaStatus::*;
    let bad = || CapaError::Transition { from: from.as_str(), to: to.as_str() };
    match (from, to) {
        (Open | Reopened, InProgress) => Ok(()),
        (Open | InProgress | Reopened, Done) => {
            if evidence.trim().is_empty() {
                Err(CapaError::EvidenceRequired)
            } else {
                Ok(())
            }
        }
        (Done, VerifiedEffective | Reopened) => {
            if asker.is_owner {
                Err(CapaError::OwnerCannotVerify)
            } else if note.trim().is_empty() {
                Err(CapaError::NoteRequired)
            } else {
                Ok(())
            }
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::CapaStatus::*;
    use super::*;

    const OWNER: CapaAsker = CapaAsker { user_id: 1, is_owner: true };
    const OTHER: CapaAsker = CapaAsker { user_id: 2, is_owner: false };

    #[test]
    fn done_needs_evidence() {
        assert_eq!(transition(Open, Done, OWNER, " ", ""), Err(CapaError::EvidenceRequired));
        assert_eq!(transition(InProgress, Done, OWNER, "guard refitted, photo", ""), Ok(()));
    }

    #[test]
    fn effectiveness_is_checked_by_someone_else() {
        assert_eq!(transition(Done, VerifiedEffective, OWNER, "", "ok"), Err(CapaError::OwnerCannotVerify));
        assert_eq!(transition(Done, VerifiedEffective, OTHER, "", ""), Err(CapaError::NoteRequired));
        assert_eq!(transition(Done, VerifiedEffective, OTHER, "", "no repeat in 30 days"), Ok(()));
        assert_eq!(transition(Done, Reopened, OTHER, "", "happened again"), Ok(()));
        assert!(Reopened.is_open());
        assert_eq!(transition(Reopened, InProgress, OWNER, "", ""), Ok(()));
    }

    #[test]
    fn no_skipping_or_going_back_from_verified() {
        assert!(transition(Open, VerifiedEffective, OTHER, "", "x").is_err());
        assert!(transition(VerifiedEffective, Open, OTHER, "", "").is_err());
        assert!(transition(VerifiedEffective, Reopened, OTHER, "", "x").is_err());
        assert!(!VerifiedEffective.is_open());
    }
}
