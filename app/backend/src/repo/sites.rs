use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ConnectionTrait, DbErr, entity::*, query::*};

use crate::entities::{organisation as o, site as s};
use domain::site::NewSite;

pub use s::Model as Site;

/// The default language of the site an asset belongs to (a QR label's anonymous report form).
pub async fn language_of_asset(conn: &impl ConnectionTrait, asset_id: i64) -> Result<Option<String>, DbErr> {
    use crate::entities::asset as a;
    let Some(site_id) =
        a::Entity::find_by_id(asset_id).select_only().column(a::Column::SiteId).into_tuple::<i64>().one(conn).await?
    else {
        return Ok(None);
    };
    Ok(s::Entity::find_by_id(site_id).one(conn).await?.and_then(|site| site.language))
}

pub async fn all(conn: &impl ConnectionTrait) -> Result<Vec<Site>, DbErr> {
    s::Entity::find().order_by_asc(s::Column::Name).all(conn).await
}

pub async fn all_ids(conn: &impl ConnectionTrait) -> Result<Vec<i64>, DbErr> {
    s::Entity::find().select_only().column(s::Column::Id).into_tuple().all(conn).await
}

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<Site>, DbErr> {
    s::Entity::find_by_id(id).one(conn).await
}

pub async fn by_code(conn: &impl ConnectionTrait, code: &str) -> Result<Option<Site>, DbErr> {
    s::Entity::find().filter(s::Column::Code.eq(code.to_uppercase())).one(conn).await
}

/// Sets the site's default language (None: the browser's).
pub async fn set_language(conn: &impl ConnectionTrait, site_id: i64, language: Option<&str>) -> Result<(), DbErr> {
    s::Entity::update_many()
        .col_expr(s::Column::Language, Expr::value(language.map(str::to_string)))
        .filter(s::Column::Id.eq(site_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// What a site's administrators set: anonymous problem reports, the PM compliance window, the
/// default language.
pub struct Settings {
    pub allow_anonymous_reports: bool,
    pub pm_window_pct: i32,
    pub pm_window_mode: String,
    pub pm_window_min_days: i32,
    pub language: Option<String>,
}

/// Writes a site's settings.
pub async fn set_settings(conn: &impl ConnectionTrait, site: Site, s: Settings) -> Result<Site, DbErr> {
    let mut am: s::ActiveModel = site.into();
    am.allow_anonymous_reports = Set(s.allow_anonymous_reports);
    am.pm_window_pct = Set(s.pm_window_pct);
    am.pm_window_mode = Set(s.pm_window_mode);
    am.pm_window_min_days = Set(s.pm_window_min_days);
    am.language = Set(s.language);
    am.update(conn).await
}

pub async fn organisation(conn: &impl ConnectionTrait) -> Result<Option<o::Model>, DbErr> {
    o::Entity::find().order_by_asc(o::Column::Id).one(conn).await
}

pub async fn insert_organisation(
    conn: &impl ConnectionTrait,
    name: &str,
    now: DateTime<Utc>,
) -> Result<o::Model, DbErr> {
    o::ActiveModel { name: Set(name.to_string()), created_at: Set(now), ..Default::default() }.insert(conn).await
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    org_id: i64,
    site: &NewSite,
    now: DateTime<Utc>,
) -> Result<Site, DbErr> {
    s::ActiveModel {
        organisation_id: Set(org_id),
        code: Set(site.code.clone()),
        name: Set(site.name.clone()),
        address: Set(site.address.clone()),
        timezone: Set(site.timezone.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// A site's rule for "PM completed on time" (domain::pm::Tolerance).
pub fn tolerance(site: &Site) -> domain::pm::Tolerance {
    use domain::pm::{Tolerance, WindowMode};
    Tolerance {
        pct: Ord::max(site.pm_window_pct, 0) as u32,
        mode: WindowMode::parse(&site.pm_window_mode).unwrap_or(WindowMode::Symmetric),
        min_days: Ord::max(site.pm_window_min_days, 0) as u32,
    }
}
