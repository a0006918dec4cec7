//! TPM: CIL standards per asset, the operator's rounds, abnormality tags and the tag board.
use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::tags::{self as tag_repo, Tag};
use crate::repo::tpm::{self, CilPoint};
use crate::repo::{assets, users, work_orders};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::maintenance::{CilPointDto, RoundItem, TagBoardDto, TagCategoryCount, TagDto};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::tpm::{CilFrequency, TagBoard, TagCategory, TagKind, parse_am_step};
use domain::validation::{FieldErrors, required_text};
use domain::work_order::Priority;

fn point_dto(p: &CilPoint, tags: &HashMap<i64, String>) -> CilPointDto {
    CilPointDto {
        id: p.id,
        asset_id: p.asset_id,
        asset_tag: tags.get(&p.asset_id).cloned().unwrap_or_default(),
        title: p.title.clone(),
        method: p.method.clone(),
        acceptance: p.acceptance.clone(),
        tool: p.tool.clone(),
        minutes: p.minutes,
        frequency: p.frequency.clone(),
        role: p.role.clone(),
    }
}

async fn asset_tags(state: &AppState, ids: &[i64]) -> Result<HashMap<i64, String>, AppError> {
    Ok(assets::by_ids(&state.db, ids).await?.into_iter().map(|a| (a.id, a.tag)).collect())
}

pub struct PointInput {
    pub asset_id: i64,
    pub title: String,
    pub method: String,
    pub acceptance: String,
    pub tool: String,
    pub minutes: String,
    pub frequency: String,
    pub role: String,
}

pub async fn create_point(state: &AppState, user: &CurrentUser, input: PointInput) -> Result<CilPointDto, AppError> {
    let now = state.now();
    let asset = crate::services::access::asset(state, user, input.asset_id, Permission::ManageSchedules).await?;
    let mut e = FieldErrors::new();
    let title = e.check("title", required_text(&input.title, 200));
    let method = e.check("method", required_text(&input.method, 1000));
    let acceptance = e.check("acceptance", required_text(&input.acceptance, 1000));
    let minutes = e.check(
        "minutes",
        input.minutes.trim().parse::<i32>().ok().filter(|m| (1..=240).contains(m)).ok_or("Enter 1 to 240 minutes."),
    );
    let freq =
        e.check("frequency", CilFrequency::parse(&input.frequency).ok_or("Use daily, weekly:1-7 or monthly:1-31."));
    let role = match input.role.trim() {
        "" => "operator".to_string(),
        r => e
            .check("role", domain::authz::Role::parse(r).map(|r| r.as_str().to_string()).ok_or("Choose a role."))
            .unwrap_or_default(),
    };
    let (title, method, acceptance, minutes, freq) = e.finish((title, method, acceptance, minutes, freq))?;
    let txn = begin_write(&state.db).await?;
    let p = tpm::insert_point(
        &txn,
        tpm::NewPoint {
            site_id: asset.site_id,
            asset_id: asset.id,
            title,
            method,
            acceptance,
            tool: input.tool.trim().to_string(),
            minutes,
            frequency: freq.code(),
            role,
        },
        now,
    )
    .await?;
    let dto = point_dto(&p, &HashMap::from([(asset.id, asset.tag.clone())]));
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("cil_point.create", "cil_point", p.id).site(Some(asset.site_id)).after(&dto),
    )
    .await?;
    txn.commit().await?;
    Ok(dto)
}

/// Every active CIL point of a site.
pub async fn list_points(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<CilPointDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let points = tpm::active_points_of_site(&state.db, site_id).await?;
    let tags = asset_tags(state, &points.iter().map(|p| p.asset_id).collect::<Vec<_>>()).await?;
    Ok(points.iter().map(|p| point_dto(p, &tags)).collect())
}

/// An asset's CIL points (read with its page) as its page shows them.
pub fn points_of_asset(a: &assets::Asset, points: &[CilPoint]) -> Vec<CilPointDto> {
    let tags = HashMap::from([(a.id, a.tag.clone())]);
    points.iter().map(|p| point_dto(p, &tags)).collect()
}

/// Today's round on a site: the CIL points due today (optionally under one asset, e.g. a line),
/// with what was found so far.
pub async fn round(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    under_asset: Option<i64>,
) -> Result<(NaiveDate, Vec<RoundItem>), AppError> {
    round_on(state, user, site_id, under_asset, 0).await
}

/// A day's round on Home from the marks of the site's active points (their frequency, whether
/// checked that day: `repo::day::home`): (points due that day, points not checked yet), None when
/// none is due.
pub fn round_count(day: NaiveDate, marks: &[(String, bool)]) -> Option<(usize, usize)> {
    let due: Vec<bool> = marks
        .iter()
        .filter(|(f, _)| CilFrequency::parse(f).is_some_and(|f| f.due_on(day)))
        .map(|(_, checked)| *checked)
        .collect();
    (!due.is_empty()).then(|| (due.len(), due.iter().filter(|c| !**c).count()))
}

/// The round `days_ahead` days from today (0 or 1: tomorrow's is kept on the operator's phone for
/// a shift that starts in a dead zone).
pub async fn round_on(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    under_asset: Option<i64>,
    days_ahead: u8,
) -> Result<(NaiveDate, Vec<RoundItem>), AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let site = user.site(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let day = local_today(&site.timezone, state.now()) + chrono::Duration::days(i64::from(days_ahead.min(1)));
    let mut points = tpm::round_points_of_site(&state.db, site_id).await?;
    points.retain(|p| CilFrequency::parse(&p.frequency).is_some_and(|f| f.due_on(day)));
    if let Some(root) = under_asset {
        // the assets of the day's points only (not every asset of the site), kept when under the root
        let root = assets::by_id(&state.db, root).await?.ok_or(AppError::NotFound)?;
        let on_round: Vec<i64> = points.iter().map(|p| p.asset_id).collect();
        let under: std::collections::HashSet<i64> = assets::by_ids(&state.db, &on_round)
            .await?
            .into_iter()
            .filter(|a| a.path.starts_with(&root.path))
            .map(|a| a.id)
            .collect();
        points.retain(|p| under.contains(&p.asset_id));
    }
    if points.is_empty() {
        return Ok((day, Vec::new()));
    }
    let ids: Vec<i64> = points.iter().map(|p| p.id).collect();
    let checks = tpm::checks_on(&state.db, ids, day).await?;
    let tags = asset_tags(state, &points.iter().map(|p| p.asset_id).collect::<Vec<_>>()).await?;
    Ok((
        day,
        points
            .iter()
            .map(|p| {
                let c = checks.iter().find(|c| c.point_id == p.id);
                RoundItem {
                    point: point_dto(p, &tags),
                    checked: c.map(|c| c.ok),
                    note: c.map(|c| c.note.clone()).unwrap_or_default(),
                    tag_id: c.and_then(|c| c.tag_id),
                }
            })
            .collect(),
    ))
}

/// What a tag shows besides its own row: asset tags, finders' names and photo ids, each fetched
/// once for a whole page of tags.
struct TagContext {
    assets: HashMap<i64, String>,
    people: HashMap<i64, String>,
    photos: HashMap<i64, Vec<i64>>,
}

impl TagContext {
    async fn load(state: &AppState, tags: &[&Tag]) -> Result<TagContext, AppError> {
        let assets = asset_tags(state, &tags.iter().map(|t| t.asset_id).collect::<Vec<_>>()).await?;
        let people = users::by_ids(&state.db, &tags.iter().filter_map(|t| t.found_by).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
        let photos =
            crate::services::files::ids_for_owners(state, "tag", &tags.iter().map(|t| t.id).collect::<Vec<_>>())
                .await?;
        Ok(TagContext { assets, people, photos })
    }

    fn dto(&self, t: &Tag) -> TagDto {
        TagDto {
            id: t.id,
            site_id: t.site_id,
            asset_id: t.asset_id,
            asset_tag: self.assets.get(&t.asset_id).cloned().unwrap_or_default(),
            kind: t.kind.clone(),
            category: TagCategory::parse(&t.category)
                .map(|c| c.label().to_string())
                .unwrap_or_else(|| t.category.clone()),
            description: t.description.clone(),
            am_step: t.am_step.clone(),
            priority: t.priority.clone(),
            countermeasure: t.countermeasure.clone(),
            found_by: t.found_by.and_then(|u| self.people.get(&u).cloned()).unwrap_or_default(),
            found_at: t.found_at,
            closed_at: t.closed_at,
            work_order_id: t.work_order_id,
            photo_ids: self.photos.get(&t.id).cloned().unwrap_or_default(),
        }
    }
}

/// The site's tag board: counts by category and kind (one grouped query), the F:M ratio, and the
/// 100 most recent open tags with their photos.
pub async fn board(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<TagBoardDto, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let mut total = TagBoard::default();
    let mut by_cat = vec![TagBoard::default(); TagCategory::ALL.len()];
    for (kind, category, closed, n) in tag_repo::counts(&state.db, site_id).await? {
        let kind = TagKind::parse(&kind).unwrap_or(TagKind::F);
        total.add_n(kind, closed, n);
        if let Some(i) = TagCategory::ALL.iter().position(|c| c.as_str() == category) {
            by_cat[i].add_n(kind, closed, n);
        }
    }
    let by_cat: Vec<TagCategoryCount> = TagCategory::ALL
        .iter()
        .zip(by_cat)
        .map(|(c, b)| TagCategoryCount {
            category: c.label().to_string(),
            f_open: b.f_open,
            f_closed: b.f_closed,
            m_open: b.m_open,
            m_closed: b.m_closed,
        })
        .collect();
    let open = tag_repo::open_recent(&state.db, site_id, 100).await?;
    let ctx = TagContext::load(state, &open.iter().collect::<Vec<_>>()).await?;
    Ok(TagBoardDto { by_category: by_cat, f_to_m: total.f_to_m(), open: open.iter().map(|t| ctx.dto(t)).collect() })
}

/// Sets what a tag's finder (or anyone running rounds on its site) may refine after the fact:
/// the autonomous-maintenance step and the priority.
pub async fn update_tag(
    state: &AppState,
    user: &CurrentUser,
    tag_id: i64,
    am_step: &str,
    priority: &str,
) -> Result<TagDto, AppError> {
    let now = state.now();
    let t = tag_repo::by_id(&state.db, tag_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(t.site_id), Permission::RunRounds, now.date_naive())?;
    if t.closed_at.is_some() {
        return Err(AppError::Conflict("This tag is closed.".into()));
    }
    let mut e = FieldErrors::new();
    let step = e.check("am_step", parse_am_step(am_step));
    let prio = e.check("priority", Priority::parse(priority.trim()).ok_or("Choose a priority."));
    e.into_result()?;
    let (step, prio) = (step.flatten().map(|n| n.to_string()).unwrap_or_default(), prio.unwrap_or(Priority::Medium));
    let txn = begin_write(&state.db).await?;
    let before = json!({"am_step": t.am_step, "priority": t.priority});
    let saved = tag_repo::set_step_and_priority(&txn, t.clone(), step.clone(), prio.as_str().into()).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("tag.update", "tag", t.id)
            .site(Some(t.site_id))
            .before(before)
            .after(json!({"am_step": step, "priority": prio.as_str()})),
    )
    .await?;
    txn.commit().await?;
    Ok(TagContext::load(state, &[&saved]).await?.dto(&saved))
}

/// Closes a tag with its countermeasure (an M-tag closes when its work order is done).
pub async fn close_tag(
    state: &AppState,
    user: &CurrentUser,
    tag_id: i64,
    countermeasure: &str,
) -> Result<(), AppError> {
    let now = state.now();
    let t = tag_repo::by_id(&state.db, tag_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(t.site_id), Permission::RunRounds, now.date_naive())?;
    if t.closed_at.is_some() {
        return Err(AppError::Conflict("This tag is already closed.".into()));
    }
    let cm = required_text(countermeasure, 2000).map_err(|m| AppError::validation("countermeasure", m))?;
    if let Some(w) = t.work_order_id
        && work_orders::by_id(&state.db, w).await?.is_some_and(|w| w.status != "done")
    {
        return Err(AppError::Conflict("Complete its work order first.".into()));
    }
    let txn = begin_write(&state.db).await?;
    tag_repo::close(&txn, t.clone(), cm.clone(), user.id, now).await?;
    crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::Tag, t.id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("tag.close", "tag", t.id).site(Some(t.site_id)).after(json!({"countermeasure": cm})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn get_tag(state: &AppState, user: &CurrentUser, id: i64) -> Result<TagDto, AppError> {
    let t = tag_repo::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(t.site_id), Permission::ViewMaintenance, state.today())?;
    Ok(TagContext::load(state, &[&t]).await?.dto(&t))
}

pub async fn tag_site(state: &AppState, tag_id: i64) -> Result<i64, AppError> {
    Ok(tag_repo::by_id(&state.db, tag_id).await?.ok_or(AppError::NotFound)?.site_id)
}
