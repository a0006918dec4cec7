//! Reminder rules (domain.md, Reminders): when an item with a due or expiry date is reminded,
//! when it escalates, and the deterministic identity of each reminder occurrence. Pure: the
//! caller passes the policy, the item's dates and `today` (on the item's site calendar).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How an item type is reminded on a site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    /// Days before the date on which a reminder goes out (largest first is not required).
    pub days_before: Vec<u32>,
    /// Remind every day once overdue.
    pub daily_overdue: bool,
    /// Escalate to the responsible manager from this many days overdue (None: never).
    pub escalate_after_days: Option<u32>,
}

impl Default for Policy {
    /// 30, 14, 7 and 1 days before; daily once overdue; escalation at 7 days overdue.
    fn default() -> Self {
        Policy { days_before: vec![30, 14, 7, 1], daily_overdue: true, escalate_after_days: Some(7) }
    }
}

/// What a reminder says about its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// `n` days before the date.
    Upcoming(u32),
    /// The date is today.
    DueToday,
    /// `n` days past the date.
    Overdue(u32),
    /// `n` days past the date, sent to the responsible manager (cannot be switched off).
    Escalation(u32),
}

impl Kind {
    /// A required notice that its recipient cannot unsubscribe from.
    pub fn required(self) -> bool {
        matches!(self, Kind::Escalation(_))
    }

    /// A stable short code, part of the Message-ID.
    pub fn code(self) -> String {
        match self {
            Kind::Upcoming(n) => format!("before-{n}"),
            Kind::DueToday => "due".into(),
            Kind::Overdue(n) => format!("overdue-{n}"),
            Kind::Escalation(n) => format!("escalation-{n}"),
        }
    }
}

/// One planned reminder: the day it is due to go out and what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planned {
    pub on: NaiveDate,
    pub kind: Kind,
}

/// The reminders of an item on `today`: what goes out today (`due` is the item's due or expiry
/// date; `done` means completed or renewed, which cancels everything pending).
pub fn due_today(policy: &Policy, due: NaiveDate, done: bool, today: NaiveDate) -> Vec<Kind> {
    if done {
        return vec![];
    }
    let days = (due - today).num_days();
    let mut out = Vec::new();
    if days > 0 {
        if policy.days_before.iter().any(|d| i64::from(*d) == days) {
            out.push(Kind::Upcoming(days as u32));
        }
    } else if days == 0 {
        out.push(Kind::DueToday);
    } else {
        let late = (-days) as u32;
        if policy.daily_overdue || late == 1 {
            out.push(Kind::Overdue(late));
        }
        if policy.escalate_after_days.is_some_and(|e| late >= e) {
            out.push(Kind::Escalation(late));
        }
    }
    out
}

/// The pending plan of an item from `today` up to `horizon` days after its date (for the API's
/// "pending reminder plan" and the tests): every reminder still to go out, in order.
pub fn plan(policy: &Policy, due: NaiveDate, done: bool, today: NaiveDate, horizon: u32) -> Vec<Planned> {
    if done {
        return vec![];
    }
    let last = due + chrono::Duration::days(i64::from(horizon));
    let mut out = Vec::new();
    let mut day = today;
    while day <= last {
        for kind in due_today(policy, due, false, day) {
            out.push(Planned { on: day, kind });
        }
        day = day.succ_opt().unwrap_or(last + chrono::Duration::days(1));
    }
    out
}

/// The Message-ID of one reminder occurrence: the same item, date and reminder always give the
/// same id, so a message re-sent after a crash is recognised as the same message.
pub fn message_id(
    item_type: &str,
    item_id: i64,
    due: NaiveDate,
    kind: Kind,
    recipient_id: i64,
    domain: &str,
) -> String {
    format!("<reminder.{item_type}.{item_id}.{due}.{}.u{recipient_id}@{domain}>", kind.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn reminder_plan_before_on_and_after_the_date_and_renewal() {
        let p = Policy::default();
        let due = d("2026-12-31");
        assert_eq!(due_today(&p, due, false, d("2026-12-01")), vec![Kind::Upcoming(30)]);
        assert_eq!(due_today(&p, due, false, d("2026-12-02")), vec![], "29 days before: nothing");
        assert_eq!(due_today(&p, due, false, d("2026-12-17")), vec![Kind::Upcoming(14)]);
        assert_eq!(due_today(&p, due, false, d("2026-12-24")), vec![Kind::Upcoming(7)]);
        assert_eq!(due_today(&p, due, false, d("2026-12-30")), vec![Kind::Upcoming(1)]);
        assert_eq!(due_today(&p, due, false, due), vec![Kind::DueToday]);
        assert_eq!(due_today(&p, due, false, d("2027-01-01")), vec![Kind::Overdue(1)]);
        assert_eq!(due_today(&p, due, false, d("2027-01-06")), vec![Kind::Overdue(6)]);
        assert_eq!(due_today(&p, due, false, d("2027-01-07")), vec![Kind::Overdue(7), Kind::Escalation(7)]);
        assert_eq!(due_today(&p, due, true, d("2027-01-07")), vec![], "completed or renewed: nothing pending");
        let plan = plan(&p, due, false, d("2026-11-22"), 8);
        let kinds: Vec<(String, Kind)> = plan.iter().map(|x| (x.on.to_string(), x.kind)).collect();
        assert_eq!(kinds[0], ("2026-12-01".into(), Kind::Upcoming(30)));
        assert_eq!(kinds.iter().filter(|k| matches!(k.1, Kind::Overdue(_))).count(), 8);
        assert_eq!(kinds.last().unwrap(), &("2027-01-08".into(), Kind::Escalation(8)));
        assert!(Kind::Escalation(7).required() && !Kind::Overdue(7).required());
        // a site that wants only one notice a week before, no daily repeats and no escalation
        let quiet = Policy { days_before: vec![7], daily_overdue: false, escalate_after_days: None };
        assert_eq!(due_today(&quiet, due, false, d("2027-01-01")), vec![Kind::Overdue(1)], "still told once");
        assert_eq!(due_today(&quiet, due, false, d("2027-01-09")), vec![]);
    }

    #[test]
    fn message_ids_are_deterministic_per_occurrence() {
        let a = message_id("work_order", 42, d("2026-12-31"), Kind::Overdue(3), 7, "gemba.plant.example");
        assert_eq!(a, "<reminder.work_order.42.2026-12-31.overdue-3.u7@gemba.plant.example>");
        assert_eq!(a, message_id("work_order", 42, d("2026-12-31"), Kind::Overdue(3), 7, "gemba.plant.example"));
        assert_ne!(a, message_id("work_order", 42, d("2027-01-31"), Kind::Overdue(3), 7, "gemba.plant.example"));
    }
}
