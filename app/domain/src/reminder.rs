//! Reminder rules (domain.md, Reminders): when an item with a due or expiry date is reminded,
//! when it escalates, and the deterministic identity of each reminder occurrence. Pure: the
//! caller passes the policy, the item's dates and `today` (on the item's site calendar).
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::validation::FieldErrors;

/// What Gemba reminds about: every dated item of the maintenance, safety, audit and compliance
/// records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemType {
    WorkOrder,
    Pm,
    CilRound,
    Tag,
    Capa,
    Audit,
    Evidence,
    Certificate,
    PersonCert,
    OshaRecording,
    Osha300a,
    OshaIta,
}

impl ItemType {
    pub const ALL: [ItemType; 12] = [
        ItemType::WorkOrder,
        ItemType::Pm,
        ItemType::CilRound,
        ItemType::Tag,
        ItemType::Capa,
        ItemType::Audit,
        ItemType::Evidence,
        ItemType::Certificate,
        ItemType::PersonCert,
        ItemType::OshaRecording,
        ItemType::Osha300a,
        ItemType::OshaIta,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ItemType::WorkOrder => "work_order",
            ItemType::Pm => "pm",
            ItemType::CilRound => "cil_round",
            ItemType::Tag => "tag",
            ItemType::Capa => "capa",
            ItemType::Audit => "audit",
            ItemType::Evidence => "evidence",
            ItemType::Certificate => "certificate",
            ItemType::PersonCert => "person_cert",
            ItemType::OshaRecording => "osha_recording",
            ItemType::Osha300a => "osha_300a",
            ItemType::OshaIta => "osha_ita",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ItemType::WorkOrder => "Work orders",
            ItemType::Pm => "Preventive maintenance",
            ItemType::CilRound => "CIL rounds not done",
            ItemType::Tag => "Abnormality tags open too long",
            ItemType::Capa => "CAPA actions",
            ItemType::Audit => "Audits and inspections",
            ItemType::Evidence => "Evidence expiring",
            ItemType::Certificate => "Organisation certificates expiring",
            ItemType::PersonCert => "People's certifications expiring",
            ItemType::OshaRecording => "OSHA: record a case within 7 days",
            ItemType::Osha300a => "OSHA: 300A certified and posted by February 1",
            ItemType::OshaIta => "OSHA: ITA submission by March 2",
        }
    }

    pub fn parse(s: &str) -> Option<ItemType> {
        ItemType::ALL.into_iter().find(|t| t.code() == s.trim())
    }

    /// Its date is an expiry ("expires in 7 days") rather than a due date ("due in 7 days").
    pub fn is_expiry(self) -> bool {
        matches!(self, ItemType::Evidence | ItemType::Certificate | ItemType::PersonCert)
    }

    /// The policy a site has until someone changes it: domain.md's defaults, except where the
    /// item makes "30 days before" meaningless. A CIL round is due the day it is for and can only
    /// be done that day: reminded that morning and once the day after if it was not done. A tag
    /// is due when it has been open too long ([`tag_due`]): reminded once then, escalated to the
    /// manager from a week later.
    pub fn default_policy(self) -> Policy {
        match self {
            ItemType::CilRound => Policy { days_before: vec![], daily_overdue: false, escalate_after_days: None },
            ItemType::Tag => Policy { days_before: vec![], daily_overdue: false, escalate_after_days: Some(7) },
            _ => Policy::default(),
        }
    }
}

impl std::fmt::Display for ItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

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

impl Policy {
    /// From a form: days before as "30, 14, 7, 1" (blank: none), and the escalation threshold in
    /// days overdue (blank: never). Each bad field is named.
    pub fn parse(days_before: &str, daily_overdue: bool, escalate_after_days: &str) -> Result<Policy, FieldErrors> {
        let mut e = FieldErrors::new();
        let mut days = Vec::new();
        for part in days_before.split([',', ' ', ';']).map(str::trim).filter(|p| !p.is_empty()) {
            match part.parse::<u32>() {
                Ok(n) if (1..=365).contains(&n) => days.push(n),
                _ => {
                    e.add("days_before", format!("'{part}' is not a number of days from 1 to 365."));
                    break;
                }
            }
        }
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        if days.len() > 10 {
            e.add("days_before", "Use at most 10 reminders before the date.");
        }
        let escalate = match escalate_after_days.trim() {
            "" => None,
            t => match t.parse::<u32>() {
                Ok(n) if (1..=365).contains(&n) => Some(n),
                _ => {
                    e.add(
                        "escalate_after_days",
                        "Use a number of days overdue from 1 to 365, or leave it blank for never.",
                    );
                    None
                }
            },
        };
        e.into_result()?;
        Ok(Policy { days_before: days, daily_overdue, escalate_after_days: escalate })
    }

    /// "30, 14, 7, 1" (as stored and shown in forms).
    pub fn days_before_text(&self) -> String {
        self.days_before.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
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

impl Kind {
    /// Parses [`Kind::code`].
    pub fn parse(code: &str) -> Option<Kind> {
        let num = |p: &str| code.strip_prefix(p).and_then(|n| n.parse::<u32>().ok());
        if code == "due" {
            Some(Kind::DueToday)
        } else if let Some(n) = num("before-") {
            Some(Kind::Upcoming(n))
        } else if let Some(n) = num("overdue-") {
            Some(Kind::Overdue(n))
        } else {
            num("escalation-").map(Kind::Escalation)
        }
    }

    pub fn urgency(self) -> Urgency {
        match self {
            Kind::Escalation(_) => Urgency::Escalated,
            Kind::Overdue(_) => Urgency::Overdue,
            Kind::DueToday => Urgency::DueToday,
            Kind::Upcoming(n) if n <= 7 => Urgency::ThisWeek,
            Kind::Upcoming(_) => Urgency::Later,
        }
    }

    /// What the reminder says about the date, e.g. "due in 7 days", "expired 3 days ago",
    /// "9 days overdue: escalated to you as the site's manager".
    pub fn describe(self, item_type: ItemType) -> String {
        self.describe_in(i18n::Lang::En, item_type)
    }

    /// What the reminder says, in `lang`.
    pub fn describe_in(self, lang: i18n::Lang, item_type: ItemType) -> String {
        use i18n::t;
        let days = |n: u32| t!(lang, "count-days", count = n);
        match (self, item_type.is_expiry()) {
            (Kind::Upcoming(n), false) => t!(lang, "remind-due-in", days = days(n)),
            (Kind::Upcoming(n), true) => t!(lang, "remind-expires-in", days = days(n)),
            (Kind::DueToday, false) => t!(lang, "remind-due-today"),
            (Kind::DueToday, true) => t!(lang, "remind-expires-today"),
            (Kind::Overdue(n), false) => t!(lang, "remind-overdue", days = days(n)),
            (Kind::Overdue(n), true) => t!(lang, "remind-expired-ago", days = days(n)),
            (Kind::Escalation(n), false) => t!(lang, "remind-escalated-overdue", days = days(n)),
            (Kind::Escalation(n), true) => t!(lang, "remind-escalated-expired", days = days(n)),
        }
    }
}

/// How urgent a reminder is, most urgent first: the digest groups by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Escalated,
    Overdue,
    DueToday,
    ThisWeek,
    Later,
}

impl Urgency {
    /// Its heading in a digest, in `lang`.
    pub fn heading(self, lang: i18n::Lang) -> String {
        use i18n::t;
        match self {
            Urgency::Escalated => t!(lang, "urgency-escalated"),
            Urgency::Overdue => t!(lang, "urgency-overdue"),
            Urgency::DueToday => t!(lang, "urgency-due-today"),
            Urgency::ThisWeek => t!(lang, "urgency-this-week"),
            Urgency::Later => t!(lang, "urgency-later"),
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

/// The Message-ID of one digest: derived from the reminder occurrences it carries (their
/// [`message_id`]s, in any order), its recipient and the day, so the same digest re-sent after a
/// crash carries the same id and a receiving server or client recognises it.
pub fn digest_message_id(recipient_id: i64, day: NaiveDate, occurrence_ids: &[String], domain: &str) -> String {
    let mut ids: Vec<&str> = occurrence_ids.iter().map(String::as_str).collect();
    ids.sort_unstable();
    let mut h = Sha256::new();
    for id in ids {
        h.update(id.as_bytes());
        h.update(b"\n");
    }
    let hex: String = h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("<reminder.digest.{day}.u{recipient_id}.{hex}@{domain}>")
}

/// The local hour a digest goes out when the user has not chosen one.
pub const DEFAULT_DIGEST_HOUR: u8 = 7;

/// A user's reminder preferences: the item types they get no e-mail for (the inbox still shows
/// them) and the local hour from which the day's digest goes out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub email_off: Vec<ItemType>,
    pub digest_hour: u8,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences { email_off: vec![], digest_hour: DEFAULT_DIGEST_HOUR }
    }
}

impl Preferences {
    /// Whether a reminder of this type and kind goes out by e-mail. A required escalation always
    /// does: its recipient cannot switch it off.
    pub fn emails(&self, item_type: ItemType, kind: Kind) -> bool {
        kind.required() || !self.email_off.contains(&item_type)
    }

    /// The stored list of switched-off types ("capa,tag"); unknown codes are ignored.
    pub fn email_off_text(&self) -> String {
        self.email_off.iter().map(|t| t.code()).collect::<Vec<_>>().join(",")
    }

    pub fn parse_email_off(stored: &str) -> Vec<ItemType> {
        let mut v: Vec<ItemType> = stored.split(',').filter_map(ItemType::parse).collect();
        v.sort();
        v.dedup();
        v
    }

    /// Every optional e-mail switched off (List-Unsubscribe); escalations still come.
    pub fn unsubscribed() -> Vec<ItemType> {
        ItemType::ALL.to_vec()
    }
}

/// A digest hour from a form: 0 to 23.
pub fn parse_digest_hour(raw: &str) -> Result<u8, &'static str> {
    match raw.trim().parse::<u8>() {
        Ok(h) if h < 24 => Ok(h),
        _ => Err("Choose an hour from 0 to 23."),
    }
}

/// Whether the digest carrying a reminder planned for `planned_on` may go out at the
/// recipient's local time `local_now`: from their digest hour on that day (or any later time).
pub fn digest_due(local_now: NaiveDateTime, planned_on: NaiveDate, digest_hour: u8) -> bool {
    planned_on <= digest_through(local_now, digest_hour)
}

/// The last day whose reminders a digest may carry at `local_now`: today from the digest hour
/// on, else yesterday (the queue takes every waiting reminder planned up to it).
pub fn digest_through(local_now: NaiveDateTime, digest_hour: u8) -> NaiveDate {
    let today = local_now.date();
    if local_now.hour() >= u32::from(digest_hour.min(23)) { today } else { today - Duration::days(1) }
}

/// TPM: how long an abnormality tag may stay open before it is "open too long", by priority
/// (Gemba's convention): urgent 1 day, high 7, medium 14, low 30. Its due date for reminders.
pub fn tag_due(found_on: NaiveDate, priority: &str) -> NaiveDate {
    let days = match priority {
        "urgent" => 1,
        "high" => 7,
        "low" => 30,
        _ => 14,
    };
    found_on + Duration::days(days)
}

/// The year whose 300A and ITA deadlines fall in `today`'s year.
pub fn osha_deadline_year(today: NaiveDate) -> i32 {
    today.year() - 1
}

/// A message is tried at most this many times before it is marked failed.
pub const MAX_SEND_ATTEMPTS: u32 = 10;

/// After a temporary failure (an SMTP 4xx reply, a timeout, a connection refused), how long until
/// the next attempt: 1, 2, 4 ... minutes, at most 4 hours apart; None once `attempts` (made so
/// far) reaches [`MAX_SEND_ATTEMPTS`] and the message is marked failed.
pub fn retry_delay(attempts: u32) -> Option<Duration> {
    if attempts >= MAX_SEND_ATTEMPTS {
        return None;
    }
    let minutes = 1i64 << attempts.saturating_sub(1).min(8);
    Some(Duration::minutes(minutes.min(240)))
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

    #[test]
    fn policies_from_forms_name_bad_fields() {
        let p = Policy::parse("7, 30,14 ,1,7", true, "").unwrap();
        assert_eq!(p.days_before, vec![30, 14, 7, 1]);
        assert_eq!(p.escalate_after_days, None);
        assert_eq!(p.days_before_text(), "30, 14, 7, 1");
        assert_eq!(
            Policy::parse("", false, "3").unwrap(),
            Policy { days_before: vec![], daily_overdue: false, escalate_after_days: Some(3) }
        );
        let e = Policy::parse("30, soon", true, "0").unwrap_err();
        assert!(e.get("days_before").unwrap().contains("'soon'"));
        assert!(e.get("escalate_after_days").is_some());
        assert!(Policy::parse("0", true, "").is_err(), "0 days before is the due date itself");
    }

    #[test]
    fn kinds_round_trip_and_read_well() {
        for k in [Kind::Upcoming(30), Kind::DueToday, Kind::Overdue(3), Kind::Escalation(9)] {
            assert_eq!(Kind::parse(&k.code()), Some(k));
        }
        assert_eq!(Kind::parse("later"), None);
        assert_eq!(Kind::Upcoming(1).describe(ItemType::WorkOrder), "due in 1 day");
        assert_eq!(Kind::Overdue(3).describe(ItemType::Evidence), "expired 3 days ago");
        assert!(Kind::Escalation(9).describe(ItemType::Capa).contains("escalated"));
        assert!(Kind::Escalation(1).urgency() < Kind::Overdue(1).urgency());
        assert!(Kind::Overdue(1).urgency() < Kind::DueToday.urgency());
        assert_eq!(Kind::Upcoming(7).urgency(), Urgency::ThisWeek);
        assert_eq!(Kind::Upcoming(14).urgency(), Urgency::Later);
    }

    #[test]
    fn item_types_round_trip_and_defaults_fit_the_item() {
        for t in ItemType::ALL {
            assert_eq!(ItemType::parse(t.code()), Some(t));
        }
        assert_eq!(ItemType::Capa.default_policy(), Policy::default());
        // a CIL round: reminded the morning it is due, once the day after, never escalated
        let round = ItemType::CilRound.default_policy();
        let day = d("2026-12-01");
        assert_eq!(
            plan(&round, day, false, d("2026-11-01"), 30).iter().map(|p| (p.on, p.kind)).collect::<Vec<_>>(),
            vec![(day, Kind::DueToday), (d("2026-12-02"), Kind::Overdue(1))]
        );
    }

    #[test]
    fn preferences_never_silence_an_escalation() {
        let p = Preferences { email_off: vec![ItemType::Capa], digest_hour: 6 };
        assert!(!p.emails(ItemType::Capa, Kind::Overdue(8)));
        assert!(p.emails(ItemType::Capa, Kind::Escalation(8)), "required: cannot be switched off");
        assert!(p.emails(ItemType::WorkOrder, Kind::Upcoming(7)));
        let all = Preferences { email_off: Preferences::unsubscribed(), digest_hour: 7 };
        assert!(ItemType::ALL.iter().all(|t| !all.emails(*t, Kind::DueToday) && all.emails(*t, Kind::Escalation(7))));
        assert_eq!(Preferences::parse_email_off("tag,capa,bogus,capa"), vec![ItemType::Tag, ItemType::Capa]);
        assert_eq!(p.email_off_text(), "capa");
        assert_eq!(parse_digest_hour("23"), Ok(23));
        assert!(parse_digest_hour("24").is_err() && parse_digest_hour("seven").is_err());
    }

    #[test]
    fn the_digest_waits_for_the_digest_hour_on_its_day() {
        let planned = d("2026-12-01");
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        assert!(!digest_due(at("2026-12-01 06:59"), planned, 7));
        assert!(digest_due(at("2026-12-01 07:00"), planned, 7));
        assert!(digest_due(at("2026-12-02 01:00"), planned, 7), "a later day: overdue digest goes at once");
        assert!(!digest_due(at("2026-11-30 23:00"), planned, 0), "not before its day");
        // the queue's bound: the same answer as a day
        assert_eq!(digest_through(at("2026-12-01 06:59"), 7), d("2026-11-30"));
        assert_eq!(digest_through(at("2026-12-01 07:00"), 7), d("2026-12-01"));
        assert_eq!(digest_through(at("2026-12-01 00:00"), 0), d("2026-12-01"));
        assert_eq!(digest_through(at("2026-12-01 23:59"), 30), d("2026-12-01"), "an hour past 23 counts as 23");
    }

    #[test]
    fn digest_ids_depend_on_the_occurrences_not_their_order() {
        let a = message_id("capa", 1, d("2026-12-01"), Kind::DueToday, 7, "x.example");
        let b = message_id("work_order", 2, d("2026-12-03"), Kind::Upcoming(2), 7, "x.example");
        let one = digest_message_id(7, d("2026-12-01"), &[a.clone(), b.clone()], "x.example");
        assert_eq!(one, digest_message_id(7, d("2026-12-01"), &[b.clone(), a.clone()], "x.example"));
        assert_ne!(one, digest_message_id(7, d("2026-12-01"), &[a], "x.example"));
        assert!(one.starts_with("<reminder.digest.2026-12-01.u7.") && one.ends_with("@x.example>"));
    }

    #[test]
    fn osha_deadline_year_and_tag_targets() {
        assert_eq!(osha_deadline_year(d("2027-01-15")), 2026);
        assert_eq!(tag_due(d("2026-11-01"), "urgent"), d("2026-11-02"));
        assert_eq!(tag_due(d("2026-11-01"), "medium"), d("2026-11-15"));
        assert_eq!(tag_due(d("2026-11-01"), "low"), d("2026-12-01"));
    }

    #[test]
    fn retries_back_off_then_give_up() {
        assert_eq!(retry_delay(1), Some(Duration::minutes(1)));
        assert_eq!(retry_delay(2), Some(Duration::minutes(2)));
        assert_eq!(retry_delay(5), Some(Duration::minutes(16)));
        assert_eq!(retry_delay(9), Some(Duration::minutes(240)));
        assert_eq!(retry_delay(MAX_SEND_ATTEMPTS), None);
    }
}
