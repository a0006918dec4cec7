//! Roles, permissions and the permission table: the one place that says who may do what.
//! The backend's `require(user, target, permission)` is a thin wrapper around [`permits`].
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Manager,
    EhsOfficer,
    Technician,
    Operator,
    /// Read-only, and only with an end date after which the grant no longer works.
    Auditor,
}

impl Role {
    pub const ALL: [Role; 6] =
        [Role::Admin, Role::Manager, Role::EhsOfficer, Role::Technician, Role::Operator, Role::Auditor];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::EhsOfficer => "ehs_officer",
            Role::Technician => "technician",
            Role::Operator => "operator",
            Role::Auditor => "auditor",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Manager => "Manager",
            Role::EhsOfficer => "EHS officer",
            Role::Technician => "Technician",
            Role::Operator => "Operator",
            Role::Auditor => "Auditor (read-only)",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a request wants to do. Later features add their own rows to [`POLICY`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Permission {
    /// See a site, its name and the people granted on it.
    ViewSite,
    /// Read the audit trail of a site (or of the organisation, with an organisation-wide grant).
    ViewAuditLog,
    /// Create users, deactivate them, reset their passwords. Organisation-wide only.
    ManageUsers,
    /// Grant and revoke roles on a site.
    ManageGrants,
    /// Create and edit sites. Organisation-wide only.
    ManageSites,
    /// See assets, work orders, schedules, rounds and tags of a site.
    ViewMaintenance,
    /// Create, edit, move and import assets, meters and parts.
    ManageAssets,
    /// Report a problem (a work request).
    ReportProblem,
    /// Create work orders directly.
    CreateWorkOrder,
    /// Work on a work order: start, hold, answer steps, log time and parts, complete and sign.
    WorkOnWorkOrder,
    /// Approve or reject requests, assign work, reopen done or cancelled work orders.
    SuperviseWork,
    /// Create and change PM schedules and CIL standards.
    ManageSchedules,
    /// Run CIL rounds, raise and close abnormality tags.
    RunRounds,
    /// The maintenance KPI dashboard.
    ViewKpis,
    /// Report a safety event (injury/illness, near miss, hazard, property damage, release).
    ReportSafetyEvent,
    /// See every safety event of a site (injury details still need `ViewMedical`).
    ViewSafetyEvents,
    /// Investigate events: people, timeline, 5-Why, root cause; close the investigation.
    Investigate,
    /// Create CAPA actions, assign owners, check effectiveness.
    ManageCapa,
    /// OSHA recordkeeping: cases, recordability decisions, classification, establishment data.
    ManageOsha,
    /// Medical details: OSHA cases, the 300 log, 301, the confidential privacy list, case CSVs.
    ViewMedical,
    /// The 300A summary totals, rates and the trend, without anything about a person.
    ViewOshaSummary,
    /// Certify the 300A as the company executive (password re-entry).
    CertifyOsha,
    /// See checklist templates, audits and inspections, their findings and reports.
    ViewAudits,
    /// Run an audit or inspection: answer items, add notes and photos, sign it off.
    RunAudits,
    /// Write and publish templates, schedule audits, grade findings and raise their actions.
    ManageAudits,
    /// See frameworks, evidence, certificates, the competency matrix, readiness and audit packs.
    ViewCompliance,
    /// Choose frameworks, file and approve evidence, record certificates and people's
    /// certifications, map work to requirements, build audit packs.
    ManageCompliance,
    /// Set a site's reminder policies (when each item type is reminded and escalated).
    ManageReminders,
    /// See the outbox of e-mails (every recipient's) and retry failed ones. Organisation-wide.
    ViewOutbox,
}

impl Permission {
    pub const ALL: [Permission; 29] = [
        Permission::ViewSite,
        Permission::ViewAuditLog,
        Permission::ManageUsers,
        Permission::ManageGrants,
        Permission::ManageSites,
        Permission::ViewMaintenance,
        Permission::ManageAssets,
        Permission::ReportProblem,
        Permission::CreateWorkOrder,
        Permission::WorkOnWorkOrder,
        Permission::SuperviseWork,
        Permission::ManageSchedules,
        Permission::RunRounds,
        Permission::ViewKpis,
        Permission::ReportSafetyEvent,
        Permission::ViewSafetyEvents,
        Permission::Investigate,
        Permission::ManageCapa,
        Permission::ManageOsha,
        Permission::ViewMedical,
        Permission::ViewOshaSummary,
        Permission::CertifyOsha,
        Permission::ViewAudits,
        Permission::RunAudits,
        Permission::ManageAudits,
        Permission::ViewCompliance,
        Permission::ManageCompliance,
        Permission::ManageReminders,
        Permission::ViewOutbox,
    ];

    /// Organisation-wide permissions need a grant on all sites.
    pub fn org_wide(self) -> bool {
        matches!(self, Permission::ManageUsers | Permission::ManageSites | Permission::ViewOutbox)
    }
}

use Role::*;

/// The permission table. A role not listed for a permission does not have it.
pub const POLICY: &[(Permission, &[Role])] = &[
    (Permission::ViewSite, &[Admin, Manager, EhsOfficer, Technician, Operator, Auditor]),
    (Permission::ViewAuditLog, &[Admin, Auditor]),
    (Permission::ManageUsers, &[Admin]),
    (Permission::ManageGrants, &[Admin]),
    (Permission::ManageSites, &[Admin]),
    (Permission::ViewMaintenance, &[Admin, Manager, EhsOfficer, Technician, Operator, Auditor]),
    (Permission::ManageAssets, &[Admin, Manager]),
    (Permission::ReportProblem, &[Admin, Manager, EhsOfficer, Technician, Operator]),
    (Permission::CreateWorkOrder, &[Admin, Manager, Technician]),
    (Permission::WorkOnWorkOrder, &[Admin, Manager, Technician]),
    (Permission::SuperviseWork, &[Admin, Manager]),
    (Permission::ManageSchedules, &[Admin, Manager]),
    (Permission::RunRounds, &[Admin, Manager, Technician, Operator]),
    (Permission::ViewKpis, &[Admin, Manager, Auditor]),
    (Permission::ReportSafetyEvent, &[Admin, Manager, EhsOfficer, Technician, Operator]),
    (Permission::ViewSafetyEvents, &[Admin, Manager, EhsOfficer, Auditor]),
    (Permission::Investigate, &[Admin, EhsOfficer]),
    (Permission::ManageCapa, &[Admin, Manager, EhsOfficer]),
    (Permission::ManageOsha, &[Admin, EhsOfficer]),
    (Permission::ViewMedical, &[Admin, EhsOfficer]),
    (Permission::ViewOshaSummary, &[Admin, Manager, EhsOfficer, Auditor]),
    (Permission::CertifyOsha, &[Admin, Manager]),
    (Permission::ViewAudits, &[Admin, Manager, EhsOfficer, Technician, Operator, Auditor]),
    (Permission::RunAudits, &[Admin, Manager, EhsOfficer, Technician, Operator]),
    (Permission::ManageAudits, &[Admin, Manager, EhsOfficer]),
    (Permission::ViewCompliance, &[Admin, Manager, EhsOfficer, Auditor]),
    (Permission::ManageCompliance, &[Admin, Manager, EhsOfficer]),
    (Permission::ManageReminders, &[Admin, Manager]),
    (Permission::ViewOutbox, &[Admin]),
];

pub fn role_allows(role: Role, permission: Permission) -> bool {
    POLICY.iter().any(|(p, roles)| *p == permission && roles.contains(&role))
}

/// A role held on one site, or on every site of the organisation (`site_id == None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub site_id: Option<i64>,
    pub role: Role,
    /// Last day (inclusive, UTC) on which the grant works.
    pub expires_on: Option<NaiveDate>,
}

impl Grant {
    pub fn active_on(&self, today: NaiveDate) -> bool {
        self.expires_on.is_none_or(|last| today <= last)
    }

    pub fn covers(&self, site_id: i64) -> bool {
        self.site_id.is_none_or(|s| s == site_id)
    }
}

/// What a permission is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The whole organisation: needs a grant on all sites.
    Org,
    Site(i64),
    /// Any one site will do (for example "may this user see some audit log at all").
    AnySite,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GrantError {
    #[error("An auditor grant needs an end date.")]
    AuditorNeedsEndDate,
    #[error("The end date is in the past.")]
    EndDateInPast,
}

/// Checks a new grant before it is stored.
pub fn validate_grant(role: Role, expires_on: Option<NaiveDate>, today: NaiveDate) -> Result<(), GrantError> {
    match (role, expires_on) {
        (Role::Auditor, None) => Err(GrantError::AuditorNeedsEndDate),
        (_, Some(d)) if d < today => Err(GrantError::EndDateInPast),
        _ => Ok(()),
    }
}

pub fn permits(grants: &[Grant], target: Target, permission: Permission, today: NaiveDate) -> bool {
    grants.iter().filter(|g| g.active_on(today) && role_allows(g.role, permission)).any(|g| match target {
        Target::Org => g.site_id.is_none(),
        Target::Site(_) if permission.org_wide() => g.site_id.is_none(),
        Target::Site(site) => g.covers(site),
        Target::AnySite => !permission.org_wide() || g.site_id.is_none(),
    })
}

/// The sites a user may see at all, from the full list of site ids.
pub fn visible_sites(grants: &[Grant], all_sites: &[i64], today: NaiveDate) -> Vec<i64> {
    all_sites.iter().copied().filter(|s| permits(grants, Target::Site(*s), Permission::ViewSite, today)).collect()
}

/// What opening a page needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Anyone, signed in or not (sign-in, the QR landing, the anonymous problem report).
    Nobody,
    /// Any signed-in person (their own home, profile, inbox, CAPA actions).
    SignedIn,
    /// This permission on the current site (or organisation-wide for organisation permissions).
    Permission(Permission),
    /// Any one of these (a safety event's page: whoever sees the site's events, or its reporter).
    AnyOf(&'static [Permission]),
}

/// Who may open which page, by route pattern. The server answers 403 to anyone else, the
/// navigation shows a page only to those who may open it, and a test walks the route list
/// against this table for every role.
pub const PAGES: &[(&str, Needs)] = {
    use Needs::{AnyOf, Nobody, Permission as P, SignedIn};
    use Permission::*;
    &[
        ("/login", Nobody),
        ("/a/:id", Nobody),
        ("/report/:id", Nobody),
        ("/", SignedIn),
        ("/profile", SignedIn),
        ("/inbox", SignedIn),
        ("/changes", SignedIn),
        ("/capa", SignedIn),
        ("/audit", P(ViewAuditLog)),
        ("/reminders", P(ManageReminders)),
        ("/admin/outbox", P(ViewOutbox)),
        ("/admin/users", P(ManageUsers)),
        ("/admin/users/:id", P(ManageUsers)),
        ("/admin/sites", P(ManageSites)),
        ("/work", P(WorkOnWorkOrder)),
        ("/work-orders", P(ViewMaintenance)),
        ("/work-orders/new", P(CreateWorkOrder)),
        ("/work-orders/:id", P(ViewMaintenance)),
        ("/scan", P(ViewMaintenance)),
        ("/assets", P(ViewMaintenance)),
        ("/assets/new", P(ManageAssets)),
        ("/assets/import", P(ManageAssets)),
        ("/assets/labels", P(ViewMaintenance)),
        ("/assets/:id", P(ViewMaintenance)),
        ("/pm", P(ViewMaintenance)),
        ("/pm/new", P(ManageSchedules)),
        ("/pm/:id", P(ViewMaintenance)),
        ("/rounds", P(ViewMaintenance)),
        ("/tags", P(ViewMaintenance)),
        ("/production", P(ViewMaintenance)),
        ("/kpi", P(ViewKpis)),
        ("/safety", P(ReportSafetyEvent)),
        ("/safety/mine", P(ReportSafetyEvent)),
        ("/safety/events", P(ViewSafetyEvents)),
        ("/safety/events/:id", AnyOf(&[ViewSafetyEvents, ReportSafetyEvent])),
        ("/templates", P(ViewAudits)),
        ("/templates/:id", P(ViewAudits)),
        ("/compliance", P(ViewCompliance)),
        ("/compliance/frameworks/:id", P(ViewCompliance)),
        ("/compliance/evidence/:id", P(ViewCompliance)),
        ("/compliance/certificates", P(ViewCompliance)),
        ("/compliance/people", P(ViewCompliance)),
        ("/compliance/packs", P(ViewCompliance)),
        ("/inspections", P(ViewAudits)),
        ("/inspections/:id", P(ViewAudits)),
        ("/inspections/:id/report", P(ViewAudits)),
        ("/osha", P(ViewOshaSummary)),
        ("/osha/cases/new", P(ManageOsha)),
        ("/osha/cases/:id", P(ViewMedical)),
        ("/osha/cases/:id/301", P(ViewMedical)),
        ("/osha/log", P(ViewMedical)),
        ("/osha/summary", P(ViewOshaSummary)),
        ("/osha/privacy", P(ViewMedical)),
        ("/osha/ita", P(ManageOsha)),
        ("/osha/rates", P(ViewOshaSummary)),
    ]
};

/// The role's four destinations on the phone's bottom bar, most used first (the rest of the pages
/// it may open are under "More").
pub fn bottom_bar(role: Option<Role>) -> [&'static str; 4] {
    match role {
        Some(Role::Admin) => ["/", "/work-orders", "/admin/users", "/admin/sites"],
        Some(Role::Manager) => ["/", "/work-orders", "/kpi", "/compliance"],
        Some(Role::EhsOfficer) => ["/", "/safety/events", "/osha", "/inspections"],
        Some(Role::Technician) => ["/work", "/scan", "/rounds", "/safety"],
        Some(Role::Operator) => ["/", "/rounds", "/tags", "/safety"],
        Some(Role::Auditor) | None => ["/", "/compliance", "/inspections", "/audit"],
    }
}

/// Where the installed app opens for someone whose leading role is `role`: the first stop of
/// their bottom bar (a technician's own work, everyone else's day on Home).
pub fn start_page(role: Option<Role>) -> &'static str {
    bottom_bar(role)[0]
}

/// The role that leads on a site: the first of [`Role::ALL`] held there (an admin who is also a
/// technician gets the admin's bar).
pub fn leading_role(held: &[Role]) -> Option<Role> {
    Role::ALL.into_iter().find(|r| held.contains(r))
}

/// The route pattern a concrete path belongs to (`/work-orders/12` -> `/work-orders/:id`), with
/// what opening it needs; query and fragment ignored. Literal segments win over `:id`.
pub fn page(path: &str) -> Option<(&'static str, Needs)> {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let path = path.trim_end_matches('/');
    // a path written as a pattern (every link of the menu) is that page: all its segments are literal
    static EXACT: std::sync::LazyLock<std::collections::HashMap<&'static str, (&'static str, Needs)>> =
        std::sync::LazyLock::new(|| {
            PAGES.iter().filter(|(p, _)| !p.contains(':')).map(|&(p, n)| (p.trim_end_matches('/'), (p, n))).collect()
        });
    if let Some(found) = EXACT.get(path) {
        return Some(*found);
    }
    let matches = |pattern: &str| {
        let (mut want, mut got) = (pattern.trim_end_matches('/').split('/'), path.split('/'));
        loop {
            match (want.next(), got.next()) {
                (None, None) => return true,
                (Some(w), Some(p)) if w.starts_with(':') || w == p => {}
                _ => return false,
            }
        }
    };
    let literal = |pattern: &str| pattern.split('/').filter(|w| !w.starts_with(':')).count();
    PAGES.iter().filter(|(pattern, _)| matches(pattern)).max_by_key(|(pattern, _)| literal(pattern)).copied()
}

/// May someone holding `held` (the permissions they have where they are) open the page at `path`?
/// Unknown paths are not pages: no.
pub fn may_open(path: &str, signed_in: bool, held: &[Permission]) -> bool {
    match page(path).map(|(_, needs)| needs) {
        Some(Needs::Nobody) => true,
        Some(Needs::SignedIn) => signed_in,
        Some(Needs::Permission(p)) => signed_in && held.contains(&p),
        Some(Needs::AnyOf(ps)) => signed_in && ps.iter().any(|p| held.contains(p)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_concrete_path_finds_its_page_and_literal_segments_win() {
        assert_eq!(page("/work-orders/12").map(|p| p.0), Some("/work-orders/:id"));
        assert_eq!(page("/work-orders/new?x=1").map(|p| p.0), Some("/work-orders/new"));
        assert_eq!(page("/osha/cases/7/301#top").map(|p| p.0), Some("/osha/cases/:id/301"));
        assert_eq!(page("/"), Some(("/", Needs::SignedIn)));
        assert_eq!(page("/nowhere"), None);
        assert_eq!(page("/work-orders/").map(|p| p.0), Some("/work-orders"));
        assert_eq!(page("/work-orders/12/x"), None);
    }

    #[test]
    fn every_page_of_the_table_is_found_by_its_own_path() {
        for (pattern, needs) in PAGES {
            let concrete = pattern.replace(":id", "7");
            assert_eq!(page(&concrete), Some((*pattern, *needs)), "{concrete}");
        }
    }

    #[test]
    fn a_page_opens_to_those_holding_what_it_needs() {
        assert!(may_open("/login", false, &[]));
        assert!(!may_open("/profile", false, &[]));
        assert!(may_open("/profile", true, &[]));
        assert!(!may_open("/osha/log", true, &[Permission::ViewOshaSummary]));
        assert!(may_open("/osha/log", true, &[Permission::ViewMedical]));
        assert!(!may_open("/nowhere", true, &Permission::ALL));
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// The whole matrix, written out so a change to POLICY shows up here as a deliberate edit.
    #[test]
    fn permission_matrix() {
        let (t, f) = (true, false);
        let expected: &[(Role, [bool; 29])] = &[
            // ViewSite ViewAudit MngUsers MngGrants MngSites | ViewMaint MngAssets Report CreateWO
            // WorkOnWO Supervise MngSched Rounds Kpis | ReportSafety ViewEvents Investigate MngCapa
            // MngOsha ViewMedical ViewOshaSummary Certify | ViewAudits RunAudits MngAudits | ViewCompl MngCompl
            // | MngReminders ViewOutbox
            (Admin, [t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t]),
            (Manager, [t, f, f, f, f, t, t, t, t, t, t, t, t, t, t, t, f, t, f, f, t, t, t, t, t, t, t, t, f]),
            (EhsOfficer, [t, f, f, f, f, t, f, t, f, f, f, f, f, f, t, t, t, t, t, t, t, f, t, t, t, t, t, f, f]),
            (Technician, [t, f, f, f, f, t, f, t, t, t, f, f, t, f, t, f, f, f, f, f, f, f, t, t, f, f, f, f, f]),
            (Operator, [t, f, f, f, f, t, f, t, f, f, f, f, t, f, t, f, f, f, f, f, f, f, t, t, f, f, f, f, f]),
            (Auditor, [t, t, f, f, f, t, f, f, f, f, f, f, f, t, f, t, f, f, f, f, t, f, t, f, f, t, f, f, f]),
        ];
        for (role, row) in expected {
            for (perm, want) in Permission::ALL.iter().zip(row) {
                assert_eq!(role_allows(*role, *perm), *want, "{role:?} {perm:?}");
            }
        }
    }

    #[test]
    fn site_grant_covers_only_its_site() {
        let g = [Grant { site_id: Some(1), role: Technician, expires_on: None }];
        let today = d("2026-11-22");
        assert!(permits(&g, Target::Site(1), Permission::ViewSite, today));
        assert!(!permits(&g, Target::Site(2), Permission::ViewSite, today));
        assert_eq!(visible_sites(&g, &[1, 2, 3], today), vec![1]);
    }

    #[test]
    fn org_wide_permissions_need_an_all_sites_grant() {
        let today = d("2026-11-22");
        let site_admin = [Grant { site_id: Some(1), role: Admin, expires_on: None }];
        assert!(permits(&site_admin, Target::Site(1), Permission::ManageGrants, today));
        assert!(!permits(&site_admin, Target::Site(2), Permission::ManageGrants, today));
        assert!(!permits(&site_admin, Target::Org, Permission::ManageUsers, today));
        assert!(!permits(&site_admin, Target::Site(1), Permission::ManageUsers, today));
        let org_admin = [Grant { site_id: None, role: Admin, expires_on: None }];
        assert!(permits(&org_admin, Target::Org, Permission::ManageUsers, today));
        assert!(permits(&org_admin, Target::Site(7), Permission::ManageGrants, today));
    }

    #[test]
    fn expired_grant_no_longer_works() {
        let g = [Grant { site_id: Some(1), role: Auditor, expires_on: Some(d("2026-11-30")) }];
        assert!(permits(&g, Target::Site(1), Permission::ViewAuditLog, d("2026-11-30")));
        assert!(!permits(&g, Target::Site(1), Permission::ViewAuditLog, d("2026-12-01")));
        assert!(!permits(&g, Target::Site(1), Permission::ViewSite, d("2026-12-01")));
    }

    #[test]
    fn auditor_grant_needs_end_date() {
        let today = d("2026-11-22");
        assert_eq!(validate_grant(Auditor, None, today), Err(GrantError::AuditorNeedsEndDate));
        assert_eq!(validate_grant(Auditor, Some(d("2026-11-21")), today), Err(GrantError::EndDateInPast));
        assert_eq!(validate_grant(Auditor, Some(d("2026-12-31")), today), Ok(()));
        assert_eq!(validate_grant(Technician, None, today), Ok(()));
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
