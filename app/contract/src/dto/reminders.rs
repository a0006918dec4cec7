//! Reminders on the wire: the inbox, policies, preferences, an item's pending plan, the outbox.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// One reminder in a user's inbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReminderDto {
    pub id: i64,
    pub site_id: i64,
    pub site_name: String,
    /// work_order, pm, cil_round, tag, capa, audit, evidence, certificate, person_cert,
    /// osha_recording, osha_300a, osha_ita
    pub item_type: String,
    pub item_type_label: String,
    pub item_id: i64,
    /// The item's due or expiry date.
    pub due_on: NaiveDate,
    /// before-N, due, overdue-N, escalation-N
    pub kind: String,
    /// e.g. "due in 7 days", "3 days overdue"
    pub says: String,
    /// escalated, overdue, due_today, this_week, later
    pub urgency: String,
    /// An escalation: cannot be switched off.
    pub required: bool,
    pub title: String,
    /// Path of the item in the app.
    pub link: String,
    /// The site's day it was planned for.
    pub planned_on: NaiveDate,
    pub read: bool,
    /// pending (in the next digest), queued (in the outbox), skipped (no e-mail)
    pub email_state: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InboxPage {
    pub items: Vec<ReminderDto>,
    pub total: i64,
    pub unread: i64,
    pub page: i64,
    pub per_page: i64,
}

/// How one item type is reminded on a site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PolicyDto {
    pub site_id: i64,
    pub item_type: String,
    pub label: String,
    /// Days before the date on which a reminder goes out, largest first.
    pub days_before: Vec<u32>,
    /// Reminded every day once overdue (otherwise once, the day after).
    pub daily_overdue: bool,
    /// Escalated to the site's managers from this many days overdue; None: never.
    pub escalate_after_days: Option<u32>,
    /// Changed for this site (otherwise the default).
    pub customised: bool,
}

/// One item type in a user's preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TypeChoice {
    pub item_type: String,
    pub label: String,
    /// Reminders of this type come by e-mail (the inbox shows them either way).
    pub email: bool,
}

/// A site whose time zone a user may choose for the digest hour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ZoneChoice {
    pub site_id: i64,
    pub label: String,
    pub timezone: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreferencesDto {
    pub types: Vec<TypeChoice>,
    /// Local hour (0-23) from which the day's digest goes out.
    pub digest_hour: i32,
    /// The site whose time zone the hour is in.
    pub tz_site_id: Option<i64>,
    pub timezone: String,
    pub zones: Vec<ZoneChoice>,
    /// Escalations to the user as a manager always come by e-mail.
    pub note: String,
}

/// A reminder still to go out for an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlannedDto {
    /// The site's day it goes out.
    pub on: NaiveDate,
    pub kind: String,
    pub says: String,
    pub required: bool,
    /// Who gets it (names).
    pub to: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemPlanDto {
    pub item_type: String,
    pub item_id: i64,
    pub site_id: i64,
    /// Open and dated; false once completed or renewed (nothing is pending then).
    pub open: bool,
    pub due: Option<NaiveDate>,
    pub title: String,
    pub policy: PolicyDto,
    pub planned: Vec<PlannedDto>,
}

/// One message in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxDto {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub message_id: String,
    /// pending, sending, sent, failed
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    /// The SMTP server's last reply (or why it could not be reached).
    pub last_reply: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OutboxPage {
    pub items: Vec<OutboxDto>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    /// Whether an SMTP server is configured; without one messages stay here.
    pub smtp_configured: bool,
    /// The server, password hidden.
    pub smtp_server: Option<String>,
    pub pending: i64,
    pub sent: i64,
    pub failed: i64,
}

/// A site's reminder policies as its page shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoliciesPage {
    pub site_id: i64,
    pub site_name: String,
    pub can_manage: bool,
    pub policies: Vec<PolicyDto>,
}
