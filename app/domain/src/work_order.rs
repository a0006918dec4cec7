//! Work orders: types, priorities and the status machine.
//!
//! requested -> open (approved) | cancelled (rejected, with a reason)
//! open -> in_progress | cancelled
//! in_progress <-> on_hold;  in_progress -> done;  on_hold -> cancelled
//! done | cancelled -> open: reopen, by a manager only, with a reason.
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
pub enum WorkOrderStatus {
    #[strum(serialize = "requested", message = "Requested")]
    Requested,
    #[strum(serialize = "open", message = "Open")]
    Open,
    #[strum(serialize = "in_progress", message = "In progress")]
    InProgress,
    #[strum(serialize = "on_hold", message = "On hold")]
    OnHold,
    #[strum(serialize = "done", message = "Done")]
    Done,
    #[strum(serialize = "cancelled", message = "Cancelled")]
    Cancelled,
}

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
pub enum WorkOrderType {
    #[strum(serialize = "corrective", message = "Corrective")]
    Corrective,
    #[strum(serialize = "preventive", message = "Preventive")]
    Preventive,
    #[strum(serialize = "tpm", message = "TPM")]
    Tpm,
    #[strum(serialize = "request", message = "Request")]
    Request,
    #[strum(serialize = "follow_up", message = "Follow-up")]
    FollowUp,
}

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
pub enum Priority {
    #[strum(serialize = "low", message = "Low")]
    Low,
    #[strum(serialize = "medium", message = "Medium")]
    Medium,
    #[strum(serialize = "high", message = "High")]
    High,
    #[strum(serialize = "urgent", message = "Urgent")]
    Urgent,
}

codes!(WorkOrderStatus);

codes!(WorkOrderType);

codes!(Priority);

impl WorkOrderStatus {
    /// Still to be done (counts as backlog, can be overdue).
    pub fn is_open(self) -> bool {
        matches!(self, Self::Requested | Self::Open | Self::InProgress | Self::OnHold)
    }

    /// May work still be recorded on it (time, parts, step answers, photos)? Not once it is done
    /// or cancelled: a change sent late (from a phone that was offline) is refused, not added to
    /// a closed record.
    pub fn takes_work(self) -> bool {
        !matches!(self, Self::Done | Self::Cancelled)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("A work order cannot go from {from} to {to}.")]
    Illegal { from: WorkOrderStatus, to: WorkOrderStatus },
    #[error("Only a manager can reopen a work order.")]
    ReopenNeedsManager,
    #[error("Give a reason.")]
    ReasonRequired,
    #[error("The work order is already {0}.")]
    Unchanged(WorkOrderStatus),
}

/// Who asks for a transition, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Asker {
    pub is_manager: bool,
}

/// Checks a status change. `reason` is required to reject a request, to cancel, and to reopen.
pub fn transition(
    from: WorkOrderStatus,
    to: WorkOrderStatus,
    asker: Asker,
    reason: Option<&str>,
) -> Result<(), TransitionError> {
    use WorkOrderStatus::*;
    if from == to {
        return Err(TransitionError::Unchanged(from));
    }
    let has_reason = reason.is_some_and(|r| !r.trim().is_empty());
    let legal = matches!(
        (from, to),
        (Requested, Open)
            | (Requested, Cancelled)
            | (Open, InProgress)
            | (Open, Cancelled)
            | (InProgress, OnHold)
            | (OnHold, InProgress)
            | (InProgress, Done)
            | (OnHold, Cancelled)
            | (InProgress, Cancelled)
            | (Done, Open)
            | (Cancelled, Open)
    );
    if !legal {
        return Err(TransitionError::Illegal { from, to });
    }
    if matches!(from, Done | Cancelled) {
        if !asker.is_manager {
            return Err(TransitionError::ReopenNeedsManager);
        }
        if !has_reason {
            return Err(TransitionError::ReasonRequired);
        }
    }
    if to == Cancelled && !has_reason {
        return Err(TransitionError::ReasonRequired);
    }
    Ok(())
}

/// The transitions offered from a status (for buttons), given who asks.
pub fn next_statuses(from: WorkOrderStatus, asker: Asker) -> Vec<WorkOrderStatus> {
    WorkOrderStatus::ALL.iter().copied().filter(|to| transition(from, *to, asker, Some("reason")).is_ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::WorkOrderStatus::*;
    use super::*;

    const TECH: Asker = Asker { is_manager: false };
    const MANAGER: Asker = Asker { is_manager: true };

    #[test]
    fn the_normal_path() {
        for (a, b) in
            [(Requested, Open), (Open, InProgress), (InProgress, OnHold), (OnHold, InProgress), (InProgress, Done)]
        {
            assert_eq!(transition(a, b, TECH, None), Ok(()), "{a:?} -> {b:?}");
        }
    }

    #[test]
    fn illegal_transitions_are_refused_with_a_message() {
        for (a, b) in
            [(Requested, Done), (Open, Done), (Open, OnHold), (OnHold, Done), (Done, InProgress), (Cancelled, Done)]
        {
            let err = transition(a, b, MANAGER, Some("because")).unwrap_err();
            assert_eq!(err, TransitionError::Illegal { from: a, to: b });
            assert!(err.to_string().starts_with("A work order cannot go from"), "{err}");
        }
        assert_eq!(transition(Open, Open, TECH, None), Err(TransitionError::Unchanged(Open)));
    }

    #[test]
    fn reopening_needs_a_manager_and_a_reason() {
        assert_eq!(transition(Done, Open, TECH, Some("leak again")), Err(TransitionError::ReopenNeedsManager));
        assert_eq!(transition(Done, Open, MANAGER, None), Err(TransitionError::ReasonRequired));
        assert_eq!(transition(Done, Open, MANAGER, Some("  ")), Err(TransitionError::ReasonRequired));
        assert_eq!(transition(Done, Open, MANAGER, Some("leak again")), Ok(()));
        assert_eq!(transition(Cancelled, Open, MANAGER, Some("needed after all")), Ok(()));
    }

    #[test]
    fn cancelling_and_rejecting_need_a_reason() {
        assert_eq!(transition(Requested, Cancelled, MANAGER, None), Err(TransitionError::ReasonRequired));
        assert_eq!(transition(Open, Cancelled, TECH, Some("duplicate of WO-12")), Ok(()));
    }

    #[test]
    fn offered_next_statuses() {
        assert_eq!(next_statuses(InProgress, TECH), vec![OnHold, Done, Cancelled]);
        assert_eq!(next_statuses(Done, TECH), vec![]);
        assert_eq!(next_statuses(Done, MANAGER), vec![Open]);
    }

    #[test]
    fn names_round_trip() {
        for s in WorkOrderStatus::ALL {
            assert_eq!(WorkOrderStatus::parse(s.as_str()), Some(*s));
        }
        assert_eq!(WorkOrderType::parse("follow_up"), Some(WorkOrderType::FollowUp));
        assert!(Priority::Urgent > Priority::High);
    }
}
