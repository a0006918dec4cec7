//! What crosses the wire: plain data for pages and the JSON API. Entities never do; a password
//! hash or a token hash has no field here to end up in.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use domain::authz::{Permission, Role};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SiteDto {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub address: String,
    pub timezone: String,
    /// Problem reports through QR labels from people without an account.
    pub allow_anonymous_reports: bool,
    /// PM compliance window: due date +- this % of the interval (domain.md, default 10).
    pub pm_window_pct: i32,
    /// `symmetric` (the default) or `late_only`: any day of the interval before the due date is on
    /// time, and the tolerance after it
    #[serde(default = "symmetric")]
    pub pm_window_mode: String,
    /// The tolerance is at least this many days (0: the percentage alone)
    #[serde(default)]
    pub pm_window_min_days: i32,
    /// The language of the site's people who chose none, and of its anonymous problem reports
    /// (`es`; None: their browser's).
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GrantDto {
    pub id: i64,
    pub user_id: i64,
    /// None: every site of the organisation.
    pub site_id: Option<i64>,
    /// "All sites" or the site's name.
    pub site_name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "technician"))]
    pub role: Role,
    pub expires_on: Option<NaiveDate>,
    /// False once the end date has passed.
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserDto {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub grants: Vec<GrantDto>,
}

/// A site the signed-in user can see, with the roles they hold there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySite {
    pub site: SiteDto,
    pub roles: Vec<Role>,
}

/// The signed-in user, as the app shell shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub sites: Vec<MySite>,
    pub current_site_id: Option<i64>,
    /// Roles held on every site.
    pub org_roles: Vec<Role>,
    pub can_manage_users: bool,
    pub can_view_audit: bool,
    pub can_view_compliance: bool,
    /// May change the current site's reminder policies.
    pub can_manage_reminders: bool,
    /// May see the outbox (organisation administrators).
    pub can_view_outbox: bool,
    /// Unread reminders: the count on the bell.
    pub unread_reminders: i64,
    /// What those roles permit on the current site (organisation-wide permissions only with an
    /// organisation-wide grant): the navigation shows only pages these open.
    pub permissions: Vec<Permission>,
    /// The language the person chose on their profile (None: not chosen).
    pub language: Option<String>,
}

/// Home: the person's day on the current site. A part the person's role does not do is empty
/// (no round for an auditor, no work orders for an operator).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct MyDay {
    /// Today on the site's calendar.
    pub today: Option<NaiveDate>,
    /// Work orders assigned to the person, past their due date (oldest first).
    pub overdue: Vec<maintenance::WorkOrderSummary>,
    pub due_today: Vec<maintenance::WorkOrderSummary>,
    /// All their open work orders, these included.
    pub open_work: u64,
    /// Today's CIL round: (points, points not checked yet); None for those who do not run rounds.
    pub round: Option<(usize, usize)>,
    /// Their open corrective and preventive actions, soonest due first.
    pub actions: Vec<safety::CapaDto>,
    /// Audits and inspections they lead that are not done, soonest due first.
    pub audits: Vec<inspections::InspectionDto>,
}

impl Me {
    /// May this person open the page at `path` (the page table, `domain::authz::PAGES`)?
    pub fn may_open(&self, path: &str) -> bool {
        domain::authz::may_open(path, true, &self.permissions)
    }

    pub fn current_site(&self) -> Option<&MySite> {
        self.sites.iter().find(|s| Some(s.site.id) == self.current_site_id)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEventDto {
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<i64>,
    pub actor: String,
    pub site_id: Option<i64>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    /// JSON text of the record before the change.
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: Option<String>,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub events: Vec<AuditEventDto>,
    /// Pass as `before` to get the next (older) page; None on the last page.
    pub next_before: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiTokenDto {
    pub id: i64,
    pub name: String,
    /// The first characters, to recognise the token; the rest is never stored.
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// A token just created: the secret is shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApiToken {
    pub token: ApiTokenDto,
    pub secret: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserPage {
    pub users: Vec<UserDto>,
    pub total: u64,
    pub page: i64,
    pub per_page: i64,
}

pub mod compliance;
pub mod inspections;
pub mod maintenance;
pub mod reminders;
pub mod safety;

fn symmetric() -> String {
    "symmetric".into()
}
