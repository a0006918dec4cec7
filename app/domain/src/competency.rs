//! People's certifications and training: when a record expires, its status on a given day, and the
//! competency matrix cell (valid / expiring in 30 days / expired / missing).
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::code::codes;

/// Days before expiry from which a record shows as "expiring".
pub const EXPIRING_DAYS: i64 = 30;

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
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Competency {
    #[strum(serialize = "valid", message = "Valid")]
    Valid,
    #[strum(serialize = "expiring", message = "Expiring in 30 days")]
    Expiring,
    #[strum(serialize = "expired", message = "Expired")]
    Expired,
    #[strum(serialize = "missing", message = "Missing")]
    Missing,
}

codes!(Competency);

/// When a record expires: the date printed on it when there is one, else the issue date plus the
/// type's validity (None: valid without end).
pub fn expires_on(issued: NaiveDate, validity_months: Option<u32>, printed: Option<NaiveDate>) -> Option<NaiveDate> {
    printed.or_else(|| validity_months.and_then(|m| issued.checked_add_months(Months::new(m))?.pred_opt()))
}

/// The status of one record on `today` (valid through its expiry day).
pub fn status_of(issued: NaiveDate, expires: Option<NaiveDate>, today: NaiveDate) -> Competency {
    match expires {
        _ if issued > today => Competency::Missing,
        Some(e) if e < today => Competency::Expired,
        Some(e) if (e - today).num_days() <= EXPIRING_DAYS => Competency::Expiring,
        _ => Competency::Valid,
    }
}

/// A matrix cell: the best of a person's records of one type on `today` (a renewal beats the old
/// expired record), or Missing when there is none.
pub fn cell(records: &[(NaiveDate, Option<NaiveDate>)], today: NaiveDate) -> Competency {
    records.iter().map(|(issued, expires)| status_of(*issued, *expires, today)).min().unwrap_or(Competency::Missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn competency_status_at_a_given_date() {
        // forklift operator evaluation: 36 months
        let e = expires_on(d("2024-01-10"), Some(36), None);
        assert_eq!(e, Some(d("2027-01-09")));
        assert_eq!(status_of(d("2024-01-10"), e, d("2026-11-22")), Competency::Valid);
        assert_eq!(status_of(d("2024-01-10"), e, d("2026-12-10")), Competency::Expiring);
        assert_eq!(status_of(d("2024-01-10"), e, d("2027-01-09")), Competency::Expiring, "valid on its last day");
        assert_eq!(status_of(d("2024-01-10"), e, d("2027-01-10")), Competency::Expired);
        assert_eq!(expires_on(d("2024-01-10"), Some(36), Some(d("2026-06-30"))), Some(d("2026-06-30")), "printed wins");
        assert_eq!(
            status_of(d("2020-01-01"), expires_on(d("2020-01-01"), None, None), d("2026-11-22")),
            Competency::Valid
        );
        assert_eq!(status_of(d("2027-01-01"), None, d("2026-11-22")), Competency::Missing, "not held yet");
        assert_eq!(cell(&[], d("2026-11-22")), Competency::Missing);
        let old = (d("2023-01-01"), Some(d("2025-12-31")));
        let renewed = (d("2026-11-01"), Some(d("2027-10-31")));
        assert_eq!(cell(&[old], d("2026-11-22")), Competency::Expired);
        assert_eq!(cell(&[old, renewed], d("2026-11-22")), Competency::Valid);
    }
}
