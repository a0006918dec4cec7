//! Who is asking, and may they: the signed-in user (from the session cookie or an API token),
//! and `require`, the one place the permission table is enforced.
pub mod cookie;
pub mod password;
pub mod recent;
pub mod throttle;

use chrono::NaiveDate;

use contract::error::AppError;
use domain::authz::{Grant, Needs, Permission, Target, permits};

/// Something a request reads at most once, shared by every clone of the request's user (the
/// page's server functions run with clones of it, concurrently).
#[derive(Clone)]
pub struct ReadOnce<T>(std::sync::Arc<tokio::sync::OnceCell<T>>);

impl<T> Default for ReadOnce<T> {
    fn default() -> Self {
        Self(Default::default())
    }
}

impl<T> ReadOnce<T> {
    /// Already read (the sites, with the session, in the same statement).
    pub fn read(value: T) -> Self {
        Self(std::sync::Arc::new(tokio::sync::OnceCell::new_with(Some(value))))
    }

    async fn get_or_read<F: Future<Output = Result<T, sea_orm::DbErr>>>(
        &self,
        read: impl FnOnce() -> F,
    ) -> Result<&T, sea_orm::DbErr> {
        self.0.get_or_try_init(read).await
    }
}

impl<T> std::fmt::Debug for ReadOnce<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.initialized() { "ReadOnce(read)" } else { "ReadOnce(not read)" })
    }
}

/// The organisation's sites: the layout's site list, the current site and each site's today all
/// need them.
pub type SitesOnce = ReadOnce<Vec<crate::repo::sites::Site>>;

/// The user behind a request, resolved once per request by the auth middleware.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub grants: Vec<Grant>,
    /// The session (cookie sign-in) or None (API token).
    pub session_id: Option<i64>,
    pub current_site_id: Option<i64>,
    /// The language the person chose (None: not chosen), and their current site's default.
    pub language: Option<String>,
    pub site_language: Option<String>,
    /// Unread reminders (the bell), when read with the session; None: not read yet.
    pub unread_reminders: Option<i64>,
    /// The sites as this request read them (see [`CurrentUser::sites`]).
    pub sites: SitesOnce,
    /// A site's holidays as this request read them (see [`CurrentUser::holidays`]).
    pub holidays: ReadOnce<(i64, Vec<crate::repo::holidays::Holiday>)>,
}

impl CurrentUser {
    /// Every site of the organisation, read once for the whole request.
    pub async fn sites(&self, db: &sea_orm::DatabaseConnection) -> Result<&[crate::repo::sites::Site], sea_orm::DbErr> {
        self.sites.get_or_read(|| crate::repo::sites::all(db)).await.map(Vec::as_slice)
    }

    /// A site's holidays by day, read once for the whole request (the PM list's dates and its
    /// holiday panel both need them); another site's are read each time.
    pub async fn holidays(
        &self,
        db: &sea_orm::DatabaseConnection,
        site_id: i64,
    ) -> Result<Vec<crate::repo::holidays::Holiday>, sea_orm::DbErr> {
        let read = self
            .holidays
            .get_or_read(|| async move { Ok((site_id, crate::repo::holidays::for_site(db, site_id).await?)) });
        match read.await? {
            (site, days) if *site == site_id => Ok(days.clone()),
            _ => crate::repo::holidays::for_site(db, site_id).await,
        }
    }

    /// One site, from the sites the request read.
    pub async fn site(
        &self,
        db: &sea_orm::DatabaseConnection,
        id: i64,
    ) -> Result<Option<crate::repo::sites::Site>, sea_orm::DbErr> {
        Ok(self.sites(db).await?.iter().find(|s| s.id == id).cloned())
    }

    pub fn actor(&self) -> Actor {
        Actor { user_id: Some(self.id), label: self.email.clone() }
    }

    pub fn can(&self, target: Target, permission: Permission, today: NaiveDate) -> bool {
        permits(&self.grants, target, permission, today)
    }

    /// May this person open the page at `path` (the page table, `domain::authz::PAGES`), on some
    /// site for a site's page, organisation-wide for an organisation's page?
    pub fn may_open(&self, path: &str, today: NaiveDate) -> bool {
        let may = |p: Permission| self.can(if p.org_wide() { Target::Org } else { Target::AnySite }, p, today);
        match domain::authz::page(path).map(|(_, needs)| needs) {
            Some(Needs::Nobody | Needs::SignedIn) => true,
            Some(Needs::Permission(p)) => may(p),
            Some(Needs::AnyOf(ps)) => ps.iter().any(|p| may(*p)),
            None => false,
        }
    }
}

/// Who a change is attributed to in the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub label: String,
}

impl Actor {
    pub fn cli() -> Actor {
        Actor { user_id: None, label: "cli".into() }
    }

    pub fn system() -> Actor {
        Actor { user_id: None, label: "system".into() }
    }
}

/// Refuses with 403 unless one of the user's active grants allows `permission` on `target`.
pub fn require(user: &CurrentUser, target: Target, permission: Permission, today: NaiveDate) -> Result<(), AppError> {
    if user.can(target, permission, today) { Ok(()) } else { Err(AppError::Forbidden) }
}
