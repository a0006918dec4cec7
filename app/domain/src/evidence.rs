//! Compliance evidence: kinds, the review workflow (draft -> in review -> approved or rejected),
//! expiry, and whether an item counts as current evidence for readiness.
use chrono::NaiveDate;
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
pub enum EvidenceKind {
    /// An uploaded file, kept per revision with its SHA-256.
    #[strum(serialize = "file", message = "Uploaded file")]
    File,
    /// A link to a document kept elsewhere.
    #[strum(serialize = "link", message = "Link")]
    Link,
    /// A record inside Gemba: a completed work order, audit, training record or CAPA action.
    #[strum(serialize = "record", message = "Record in Gemba")]
    Record,
}

codes!(EvidenceKind);

/// The records inside Gemba that can be evidence.
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
pub enum RecordType {
    #[strum(serialize = "work_order", message = "Work order")]
    WorkOrder,
    #[strum(serialize = "inspection", message = "Audit or inspection")]
    Inspection,
    #[strum(serialize = "person_certification", message = "Training or certification record")]
    PersonCertification,
    #[strum(serialize = "capa", message = "CAPA action")]
    Capa,
}

codes!(RecordType);

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
pub enum EvidenceStatus {
    #[strum(serialize = "draft", message = "Draft")]
    Draft,
    #[strum(serialize = "in_review", message = "In review")]
    InReview,
    #[strum(serialize = "approved", message = "Approved")]
    Approved,
    #[strum(serialize = "rejected", message = "Rejected")]
    Rejected,
    #[strum(serialize = "expired", message = "Expired")]
    Expired,
}

codes!(EvidenceStatus);

/// What someone does to an evidence item.
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
pub enum EvidenceAction {
    #[strum(serialize = "submit", message = "Submit for review")]
    Submit,
    #[strum(serialize = "approve", message = "Approve")]
    Approve,
    #[strum(serialize = "reject", message = "Reject")]
    Reject,
    /// A new revision (file, link or dates): back to draft, to be reviewed again.
    #[strum(serialize = "revise", message = "New revision")]
    Revise,
}

codes!(EvidenceAction);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceError {
    #[error("Evidence that is {from} cannot be {action}.")]
    Transition { from: &'static str, action: &'static str },
    #[error("Expired evidence cannot be approved; add a revision with new dates.")]
    ApprovingExpired,
    #[error("'Valid until' must not be before the effective date.")]
    DatesReversed,
}

/// The status after `action`, or why it is not allowed. `valid_until` and `today` stop an item
/// already past its validity from being approved.
pub fn transition(
    from: EvidenceStatus,
    action: EvidenceAction,
    valid_until: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<EvidenceStatus, EvidenceError> {
    use EvidenceAction as A;
    use EvidenceStatus as S;
    let to = match (from, action) {
        (S::Draft | S::Rejected, A::Submit) => S::InReview,
        (S::InReview, A::Approve) => S::Approved,
        (S::InReview, A::Reject) => S::Rejected,
        (_, A::Revise) => S::Draft,
        _ => {
            let verb = match action {
                A::Submit => "submitted",
                A::Approve => "approved",
                A::Reject => "rejected",
                A::Revise => "revised",
            };
            return Err(EvidenceError::Transition { from: from.as_str(), action: verb });
        }
    };
    if to == S::Approved && valid_until.is_some_and(|v| v < today) {
        return Err(EvidenceError::ApprovingExpired);
    }
    Ok(to)
}

/// Effective and valid-until dates in order.
pub fn check_dates(effective: NaiveDate, valid_until: Option<NaiveDate>) -> Result<(), EvidenceError> {
    match valid_until {
        Some(v) if v < effective => Err(EvidenceError::DatesReversed),
        _ => Ok(()),
    }
}

/// The expiry job's rule: approved evidence whose validity ended before `today` expires.
pub fn expires(status: EvidenceStatus, valid_until: Option<NaiveDate>, today: NaiveDate) -> bool {
    status == EvidenceStatus::Approved && valid_until.is_some_and(|v| v < today)
}

/// Counts for readiness on `today`: approved, already effective, and not past its validity.
pub fn is_current(
    status: EvidenceStatus,
    effective: NaiveDate,
    valid_until: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    status == EvidenceStatus::Approved && effective <= today && valid_until.is_none_or(|v| v >= today)
}

/// Days until an item's validity ends (negative once past), when it has an end.
pub fn days_left(valid_until: Option<NaiveDate>, today: NaiveDate) -> Option<i64> {
    valid_until.map(|v| (v - today).num_days())
}

/// The readiness bucket of a validity end: expiring within 30, 60 or 90 days (None: later or never).
pub fn expiry_bucket(valid_until: Option<NaiveDate>, today: NaiveDate) -> Option<u32> {
    match days_left(valid_until, today)? {
        d if d < 0 => None,
        d if d <= 30 => Some(30),
        d if d <= 60 => Some(60),
        d if d <= 90 => Some(90),
        _ => None,
    }
}

/// Share of requirements with current evidence, in percent with one decimal (None when nothing
/// applies).
pub fn readiness(covered: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| ((covered as f64 / total as f64) * 1000.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use EvidenceAction as A;
    use EvidenceStatus as S;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn evidence_moves_through_review_and_expires() {
        let today = d("2026-11-22");
        assert_eq!(transition(S::Draft, A::Submit, None, today), Ok(S::InReview));
        assert_eq!(transition(S::InReview, A::Approve, Some(d("2027-11-21")), today), Ok(S::Approved));
        assert_eq!(transition(S::InReview, A::Reject, None, today), Ok(S::Rejected));
        assert_eq!(transition(S::Rejected, A::Submit, None, today), Ok(S::InReview));
        assert_eq!(transition(S::Expired, A::Revise, None, today), Ok(S::Draft), "renewal starts a new draft");
        assert_eq!(transition(S::Approved, A::Revise, None, today), Ok(S::Draft));
        assert!(matches!(transition(S::Draft, A::Approve, None, today), Err(EvidenceError::Transition { .. })));
        assert!(matches!(transition(S::Approved, A::Approve, None, today), Err(EvidenceError::Transition { .. })));
        assert!(matches!(transition(S::Expired, A::Submit, None, today), Err(EvidenceError::Transition { .. })));
        assert_eq!(
            transition(S::InReview, A::Approve, Some(d("2026-11-21")), today),
            Err(EvidenceError::ApprovingExpired)
        );
        // the job expires approved evidence the day after its validity ends, not before
        assert!(!expires(S::Approved, Some(d("2026-11-22")), today));
        assert!(expires(S::Approved, Some(d("2026-11-21")), today));
        assert!(!expires(S::Draft, Some(d("2026-01-01")), today), "only approved evidence expires");
        assert!(!expires(S::Approved, None, today));
        assert_eq!(check_dates(d("2026-05-01"), Some(d("2026-04-30"))), Err(EvidenceError::DatesReversed));
    }

    #[test]
    fn current_evidence_and_expiry_buckets() {
        let today = d("2026-11-22");
        assert!(is_current(S::Approved, d("2026-01-01"), Some(d("2026-11-22")), today));
        assert!(!is_current(S::Approved, d("2026-01-01"), Some(d("2026-11-21")), today));
        assert!(!is_current(S::Approved, d("2026-12-01"), None, today), "not effective yet");
        assert!(!is_current(S::InReview, d("2026-01-01"), None, today));
        assert_eq!(expiry_bucket(Some(d("2026-12-22")), today), Some(30));
        assert_eq!(expiry_bucket(Some(d("2026-12-23")), today), Some(60));
        assert_eq!(expiry_bucket(Some(d("2027-02-20")), today), Some(90));
        assert_eq!(expiry_bucket(Some(d("2027-02-21")), today), None);
        assert_eq!(expiry_bucket(Some(d("2026-11-01")), today), None);
        assert_eq!(readiness(1, 3), Some(33.3));
        assert_eq!(readiness(0, 0), None);
    }
}
