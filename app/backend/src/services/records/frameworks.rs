//! Compliance frameworks: the shipped catalogues (seeded once), the plant's own frameworks and
//! requirements, which apply per site, what an auditor's grant lets them see, mappings from the
//! work to requirements, and readiness per framework and site.
use std::collections::HashMap;

use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{framework as fw, requirement as rq};
use crate::repo::{
    self, frameworks,
    frameworks::{NewFramework, NewRequirement},
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
    let have = frameworks::count_builtin(&state.db).await?;
    if have as usize >= CATALOGUES.len() {
        return Ok(());
    }
    let now = state.now();
    for cat in CATALOGUES {
        let txn = begin_write(&state.db).await?;
        if frameworks::by_code(&txn, cat.code).await?.is_some() {
            continue;
        }
        let new =
            NewFramework { code: cat.code, name: cat.name, edition: cat.edition, builtin: true, created_by: None };
        let inserted = frameworks::insert(&txn, new, now).await;
        let f = match inserted {
            Ok(f) => f,
            // another request seeded it meanwhile (the first people to open the frameworks at
            // once: found by the API fuzz on PostgreSQL); its transaction wrote the requirements
            Err(e) if crate::error::is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        };
        let rows: Vec<NewRequirement> = cat
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| NewRequirement {
                reference: it.reference,
                title: it.title,
                group: it.group,
                every_months: it.every_months.map(|m| m as i32),
                position: i as i32,
            })
            .collect();
        frameworks::insert_requirements(&txn, f.id, &rows).await?;
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
    let all = frameworks::all(&state.db).await?;
    let applies = frameworks::applying_to_site(&state.db, site_id).await?;
    let counts = frameworks::requirement_counts(&state.db).await?;
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
    frameworks::by_id(&state.db, framework_id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let existing = frameworks::site_link(&txn, site_id, framework_id).await?;
    match (existing, applies) {
        (None, true) => {
            frameworks::insert_site_link(&txn, site_id, framework_id, now).await?;
        }
        (Some(row), false) => {
            frameworks::delete_site_link(&txn, row.id).await?;
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
    let new = NewFramework { code: &code, name: &name, edition, builtin: false, created_by: Some(user.id) };
    let f = frameworks::insert(&txn, new, now).await?;
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
    frameworks::by_id(&state.db, framework_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let reference = e.check("reference", required_text(reference, 40));
    let title = e.check("title", required_text(title, 200));
    if every_months.is_some_and(|m| !(1..=120).contains(&m)) {
        e.add("every_months", "Give a number of months from 1 to 120, or leave it empty.");
    }
    let (reference, title) = e.finish((reference, title))?;
    let txn = begin_write(&state.db).await?;
    let clash = frameworks::requirement_by_reference(&txn, framework_id, &reference).await?;
    if clash.is_some() {
        return Err(AppError::validation("reference", "This framework already has a requirement with this reference."));
    }
    let position = frameworks::count_requirements(&txn, framework_id).await? as i32;
    let new = NewRequirement { reference: &reference, title: &title, group: "", every_months, position };
    let r = frameworks::insert_requirement(&txn, framework_id, &new).await?;
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
    let mut rows = frameworks::requirements_of(&state.db, framework_id).await?;
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
    let req = frameworks::requirement_by_id(&state.db, requirement_id).await?.ok_or(AppError::NotFound)?;
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
    let exists = frameworks::mapping(&txn, requirement_id, source_type, source_id).await?;
    if exists.is_some() {
        return Ok(crate::repo::frameworks::requirement_dto(req));
    }
    let row = frameworks::insert_mapping(&txn, requirement_id, source_type, source_id, Some(user.id), now).await?;
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
    Ok(match source_type {
        "pm_schedule" => Some(repo::pm::by_id(&state.db, source_id).await?.ok_or(AppError::NotFound)?.site_id),
        "inspection_template" => {
            repo::inspections::template_by_id(&state.db, source_id).await?.ok_or(AppError::NotFound)?;
            None
        }
        _ => {
            repo::certifications::type_by_id(&state.db, source_id).await?.ok_or(AppError::NotFound)?;
            None
        }
    })
}

/// Open CAPA actions per clause reference (lower case), from the findings they were raised for.
pub async fn open_capa_by_clause(state: &AppState, site_id: i64) -> Result<HashMap<String, i64>, AppError> {
    let findings = repo::findings::open_with_capa(&state.db, site_id).await?;
    let capas: HashMap<i64, String> = repo::capa::by_ids(&state.db, findings.iter().filter_map(|f| f.capa_id))
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
