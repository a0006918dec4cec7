//! Compliance frameworks: the shipped catalogues (seeded once), the plant's own frameworks and
//! requirements, which apply per site, what an auditor's grant lets them see, mappings from the
//! work to requirements, and readiness per framework and site.
use std::collections::HashMap;

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{
    capa_action as ca, finding as fi, framework as fw, requirement as rq, requirement_map as rm, site_framework as sf,
};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::compliance::{FrameworkDto, RequirementDto};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::capa::CapaStatus;
use domain::frameworks::{CATALOGUES, reference_key};
use domain::validation::{FieldErrors, required_text};

/// What work can be mapped to requirements.
pub const MAP_SOURCES: &[&str] = &["pm_schedule", "inspection_template", "cert_type"];

/// Seeds the shipped catalogues that are not in the database yet (idempotent; safe when two
/// requests race: the unique code decides).
pub async fn ensure_catalogues(state: &AppState) -> Result<(), AppError> {
    let have = fw::Entity::find().filter(fw::Column::Builtin.eq(true)).count(&state.db).await?;
    if have as usize >= CATALOGUES.len() {
        return Ok(());
    }
    let now = state.now();
    for cat in CATALOGUES {
        let txn = begin_write(&state.db).await?;
        if fw::Entity::find().filter(fw::Column::Code.eq(cat.code)).one(&txn).await?.is_some() {
            continue;
        }
        let inserted = fw::ActiveModel {
            code: Set(cat.code.into()),
            name: Set(cat.name.into()),
            edition: Set(cat.edition.into()),
            builtin: Set(true),
            created_by: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await;
        let f = match inserted {
            Ok(f) => f,
            // another request seeded it meanwhile (the first people to open the frameworks at
            // once: found by the API fuzz on PostgreSQL); its transaction wrote the requirements
            Err(e) if crate::error::is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        };
        let rows: Vec<rq::ActiveModel> = cat
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| rq::ActiveModel {
                framework_id: Set(f.id),
                reference: Set(it.reference.into()),
                title: Set(it.title.into()),
                grp: Set(it.group.into()),
                every_months: Set(it.every_months.map(|m| m as i32)),
                position: Set(i as i32),
                ..Default::default()
            })
            .collect();
        rq::Entity::insert_many(rows).exec(&txn).await?;
        audit::record(
            &txn,
            &Actor::system(),
            now,
            Change::new("framework.seed", "framework", f.id).after(json!({"code": cat.code, "items": cat.items.len()})),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

pub fn framework_dto(f: fw::Model, applies: bool, requirements: i64) -> FrameworkDto {
    FrameworkDto { id: f.id, code: f.code, name: f.name, edition: f.edition, builtin: f.builtin, applies, requirements }
}

/// Every framework the user may see on the site, with whether it applies there.
pub async fn list(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<FrameworkDto>, AppError> {
    let allowed = access::framework_scope(state, user, site_id).await?;
    ensure_catalogues(state).await?;
    let all = fw::Entity::find().order_by_asc(fw::Column::Id).all(&state.db).await?;
    let applies: Vec<i64> = sf::Entity::find()
        .filter(sf::Column::SiteId.eq(site_id))
        .all(&state.db)
        .await?
        .iter()
        .map(|s| s.framework_id)
        .collect();
    let mut counts: HashMap<i64, i64> = HashMap::new();
    for r in rq::Entity::find().all(&state.db).await? {
        *counts.entry(r.framework_id).or_default() += 1;
    }
    Ok(all
        .into_iter()
        .filter(|f| allowed.as_ref().is_none_or(|ids| ids.contains(&f.id)))
        .map(|f| {
            let (a, n) = (applies.contains(&f.id), counts.get(&f.id).copied().unwrap_or(0));
            framework_dto(f, a, n)
        })
        .collect())
}

/// Chooses whether a framework applies to a site.
pub async fn set_applies(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    framework_id: i64,
    applies: bool,
) -> Result<(), AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCompliance, state.today())?;
    fw::Entity::find_by_id(framework_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let existing = sf::Entity::find()
        .filter(sf::Column::SiteId.eq(site_id))
        .filter(sf::Column::FrameworkId.eq(framework_id))
        .one(&txn)
        .await?;
    match (existing, applies) {
        (None, true) => {
            sf::ActiveModel {
                site_id: Set(site_id),
                framework_id: Set(framework_id),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        (Some(row), false) => {
            sf::Entity::delete_by_id(row.id).exec(&txn).await?;
        }
        _ => return Ok(()),
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("framework.applies", "framework", framework_id)
            .site(Some(site_id))
            .after(json!({"applies": applies})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A plant's own framework.
pub async fn create(state: &AppState, user: &CurrentUser, name: &str, edition: &str) -> Result<FrameworkDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::AnySite, Permission::ManageCompliance, state.today())?;
    let mut e = FieldErrors::new();
    let name = e.check("name", required_text(name, 120));
    let edition = edition.trim();
    if edition.chars().count() > 60 {
        e.add("edition", "Use at most 60 characters.");
    }
    let name = e.finish(name)?;
    let code = format!("own-{}", crate::token::random_hex(6));
    let txn = begin_write(&state.db).await?;
    let f = fw::ActiveModel {
        code: Set(code),
        name: Set(name),
        edition: Set(edition.into()),
        builtin: Set(false),
        created_by: Set(Some(user.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("framework.create", "framework", f.id).after(json!({"name": f.name})),
    )
    .await?;
    txn.commit().await?;
    Ok(framework_dto(f, false, 0))
}

/// Adds a requirement to a framework (the shipped catalogues can be extended too).
pub async fn add_requirement(
    state: &AppState,
    user: &CurrentUser,
    framework_id: i64,
    reference: &str,
    title: &str,
    every_months: Option<i32>,
) -> Result<RequirementDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::AnySite, Permission::ManageCompliance, state.today())?;
    fw::Entity::find_by_id(framework_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let reference = e.check("reference", required_text(reference, 40));
    let title = e.check("title", required_text(title, 200));
    if every_months.is_some_and(|m| !(1..=120).contains(&m)) {
        e.add("every_months", "Give a number of months from 1 to 120, or leave it empty.");
    }
    let (reference, title) = e.finish((reference, title))?;
    let txn = begin_write(&state.db).await?;
    let clash = rq::Entity::find()
        .filter(rq::Column::FrameworkId.eq(framework_id))
        .filter(rq::Column::Reference.eq(reference.clone()))
        .one(&txn)
        .await?;
    if clash.is_some() {
        return Err(AppError::validation("reference", "This framework already has a requirement with this reference."));
    }
    let position = rq::Entity::find().filter(rq::Column::FrameworkId.eq(framework_id)).count(&txn).await? as i32;
    let r = rq::ActiveModel {
        framework_id: Set(framework_id),
        reference: Set(reference),
        title: Set(title),
        grp: Set(String::new()),
        every_months: Set(every_months),
        position: Set(position),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("requirement.create", "requirement", r.id)
            .after(json!({"framework_id": framework_id, "reference": r.reference, "every_months": every_months})),
    )
    .await?;
    txn.commit().await?;
    Ok(crate::repo::frameworks::requirement_dto(r))
}

/// Requirements of a framework in clause order.
pub async fn requirements(state: &AppState, framework_id: i64) -> Result<Vec<rq::Model>, AppError> {
    let mut rows = rq::Entity::find().filter(rq::Column::FrameworkId.eq(framework_id)).all(&state.db).await?;
    rows.sort_by_key(|r| (reference_key(&r.reference), r.id));
    Ok(rows)
}

/// Maps a PM schedule, an audit template or a certification type to a requirement: each of its
/// completions then files approved evidence for it.
pub async fn map_work(
    state: &AppState,
    user: &CurrentUser,
    requirement_id: i64,
    source_type: &str,
    source_id: i64,
) -> Result<RequirementDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::AnySite, Permission::ManageCompliance, state.today())?;
    let req = rq::Entity::find_by_id(requirement_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    let Some(source_type) = MAP_SOURCES.iter().find(|s| **s == source_type) else {
        return Err(AppError::validation(
            "source_type",
            "Choose a PM schedule, an audit template or a certification type.",
        ));
    };
    let site = source_site(state, source_type, source_id).await?;
    if let Some(site) = site {
        Caller::User(user).require(Target::Site(site), Permission::ManageCompliance, state.today())?;
    }
    let txn = begin_write(&state.db).await?;
    let exists = rm::Entity::find()
        .filter(rm::Column::RequirementId.eq(requirement_id))
        .filter(rm::Column::SourceType.eq(*source_type))
        .filter(rm::Column::SourceId.eq(source_id))
        .one(&txn)
        .await?;
    if exists.is_some() {
        return Ok(crate::repo::frameworks::requirement_dto(req));
    }
    let row = rm::ActiveModel {
        requirement_id: Set(requirement_id),
        source_type: Set((*source_type).into()),
        source_id: Set(source_id),
        created_by: Set(Some(user.id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("requirement.map", "requirement_map", row.id)
            .site(site)
            .after(json!({"requirement_id": requirement_id, "source": format!("{source_type}:{source_id}")})),
    )
    .await?;
    txn.commit().await?;
    Ok(crate::repo::frameworks::requirement_dto(req))
}

/// The site a mapped source belongs to (templates and certification types are organisation-wide).
async fn source_site(state: &AppState, source_type: &str, source_id: i64) -> Result<Option<i64>, AppError> {
    use crate::entities::{cert_type as ct, inspection_template as it, pm_schedule as pm};
    Ok(match source_type {
        "pm_schedule" => {
            Some(pm::Entity::find_by_id(source_id).one(&state.db).await?.ok_or(AppError::NotFound)?.site_id)
        }
        "inspection_template" => {
            it::Entity::find_by_id(source_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
            None
        }
        _ => {
            ct::Entity::find_by_id(source_id).one(&state.db).await?.ok_or(AppError::NotFound)?;
            None
        }
    })
}

/// Open CAPA actions per clause reference (lower case), from the findings they were raised for.
pub async fn open_capa_by_clause(state: &AppState, site_id: i64) -> Result<HashMap<String, i64>, AppError> {
    let findings = fi::Entity::find()
        .filter(fi::Column::SiteId.eq(site_id))
        .filter(fi::Column::CapaId.is_not_null())
        .filter(fi::Column::Status.eq("open"))
        .all(&state.db)
        .await?;
    let capas: HashMap<i64, String> = ca::Entity::find()
        .filter(ca::Column::Id.is_in(findings.iter().filter_map(|f| f.capa_id)))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.status))
        .collect();
    let mut out: HashMap<String, i64> = HashMap::new();
    for f in findings {
        let open =
            f.capa_id.and_then(|c| capas.get(&c)).and_then(|s| CapaStatus::parse(s)).is_some_and(|s| s.is_open());
        if !open {
            continue;
        }
        for clause in f.clauses.split([',', ';']).map(|c| c.trim().to_lowercase()).filter(|c| !c.is_empty()) {
            // "ISO 9001 7.1.5" and "7.1.5" both count for 7.1.5
            let key = clause.rsplit(' ').next().unwrap_or(&clause).to_string();
            *out.entry(key).or_default() += 1;
        }
    }
    Ok(out)
}
