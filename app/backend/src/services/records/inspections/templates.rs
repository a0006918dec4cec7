//! The template library: starter templates, drafts, immutable published versions.
use super::*;

/// Adds the starter templates that are not in the library yet (the first time the library is
/// read; idempotent). A failure is logged and the library shown as it is.
pub(super) async fn ensure_starters(state: &AppState) {
    if let Err(e) = seed_starters(state).await {
        tracing::warn!(error = ?e, "starter templates not added");
    }
}

pub async fn seed_starters(state: &AppState) -> Result<(), AppError> {
    let now = state.now();
    let have: Vec<String> = inspections::template_codes(&state.db).await?;
    for s in STARTERS.iter().filter(|s| !have.iter().any(|h| h == s.code)) {
        let txn = begin_write(&state.db).await?;
        if inspections::template_by_code(&txn, s.code).await?.is_some() {
            continue;
        }
        let t = inspections::insert_template(&txn, s.code, s.name, s.category, now).await?;
        let items = serde_json::to_string(&s.items()).map_err(AppError::internal)?;
        let v = inspections::NewVersion {
            template_id: t.id,
            version: 1,
            state: VersionState::Published,
            pass_mark: s.pass_mark,
            items,
            created_by: None,
            published_at: Some(now),
        };
        inspections::insert_version(&txn, v, now).await?;
        audit::record(
            &txn,
            &Actor::system(),
            now,
            Change::new("template.seed", "inspection_template", t.id).after(json!({"code": s.code, "version": 1})),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

pub(super) fn item_dto(i: usize, item: &Item) -> ItemDto {
    let (min, max, unit) = match &item.kind {
        ItemKind::Number { min, max, unit } => (*min, *max, unit.clone()),
        _ => (None, None, String::new()),
    };
    ItemDto {
        index: i as i32,
        section: item.section.clone(),
        text: item.text.clone(),
        kind: item.kind.code().into(),
        min,
        max,
        unit,
        weight: item.weight as i32,
        critical: item.critical,
        guidance: item.guidance.clone(),
        clauses: item.clauses.clone(),
        translations: item.translations.iter().map(|(l, t)| (l.clone(), t.into())).collect(),
    }
}

/// The library: every template with its versions, filtered by a search on the name.
pub async fn library(state: &AppState, user: &CurrentUser, q: &str) -> Result<Vec<TemplateDto>, AppError> {
    need(state, user, Target::AnySite, Permission::ViewAudits)?;
    ensure_starters(state).await;
    let templates = inspections::templates_by_name(&state.db, crate::repo::contains_pattern(q)).await?;
    let ids: Vec<i64> = templates.iter().map(|t| t.id).collect();
    let versions = inspections::versions_of_templates(&state.db, ids).await?;
    Ok(templates
        .into_iter()
        .map(|t| TemplateDto {
            id: t.id,
            code: t.code,
            name: t.name,
            category: t.category,
            versions: versions
                .iter()
                .filter(|v| v.template_id == t.id)
                .map(|v| VersionSummary {
                    id: v.id,
                    version: v.version,
                    state: v.state.clone(),
                    published_at: v.published_at,
                })
                .collect(),
        })
        .collect())
}

pub(super) async fn version_dto(state: &AppState, v: iv::Model) -> Result<VersionDto, AppError> {
    let t = inspections::template_by_id(&state.db, v.template_id).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    Ok(VersionDto {
        id: v.id,
        template_id: t.id,
        template_name: t.name,
        category: t.category,
        version: v.version,
        state: v.state,
        pass_mark: v.pass_mark,
        items_text: items_text(&items),
        items: items.iter().enumerate().map(|(i, it)| item_dto(i, it)).collect(),
    })
}

pub async fn version(state: &AppState, user: &CurrentUser, id: i64) -> Result<VersionDto, AppError> {
    need(state, user, Target::AnySite, Permission::ViewAudits)?;
    let v = inspections::version_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    version_dto(state, v).await
}

pub(super) fn check_content(pass_mark: &str, text: &str, e: &mut FieldErrors) -> (Option<f64>, Option<Vec<Item>>) {
    let mark = e.check(
        "pass_mark",
        pass_mark.trim().parse::<f64>().ok().filter(|m| (0.0..=100.0).contains(m)).ok_or("A percentage from 0 to 100."),
    );
    let items = e.check("items", parse_items(text));
    (mark, items)
}

/// A new template with its first draft.
pub async fn create_template(
    state: &AppState,
    user: &CurrentUser,
    name: &str,
    category: &str,
    pass_mark: &str,
    text: &str,
) -> Result<VersionDto, AppError> {
    let now = state.now();
    need(state, user, Target::AnySite, Permission::ManageAudits)?;
    let mut e = FieldErrors::new();
    let name = e.check("name", required_text(name, 200));
    let category = match category.trim() {
        c @ ("inspection" | "audit") => c.to_string(),
        _ => {
            e.add("category", "Choose inspection or audit.");
            String::new()
        }
    };
    let (mark, items) = check_content(pass_mark, text, &mut e);
    let (name, mark, items) = e.finish((name, mark, items))?;
    let code = format!("{}-{}", slug(&name), now.timestamp_millis() % 100_000);
    let txn = begin_write(&state.db).await?;
    let t = inspections::insert_template(&txn, &code, &name, &category, now).await?;
    let v = insert_version(&txn, t.id, 1, mark, &items, user.id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("template.create", "inspection_template", t.id).after(json!({"name": t.name, "version_id": v.id})),
    )
    .await?;
    txn.commit().await?;
    version_dto(state, v).await
}

pub(super) fn slug(s: &str) -> String {
    let mut out: String = s.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    while out.contains("--") {
        out = out.replace("--", "-");
    }
    out.trim_matches('-').chars().take(40).collect()
}

pub(super) async fn insert_version(
    conn: &impl ConnectionTrait,
    template_id: i64,
    version: i32,
    pass_mark: f64,
    items: &[Item],
    by: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<iv::Model, AppError> {
    let v = inspections::NewVersion {
        template_id,
        version,
        state: VersionState::Draft,
        pass_mark,
        items: serde_json::to_string(items).map_err(AppError::internal)?,
        created_by: Some(by),
        published_at: None,
    };
    Ok(inspections::insert_version(conn, v, now).await?)
}

/// Saves a draft in place. A published (or retired) version is never changed: the edit becomes a
/// new draft version (refused while another draft exists: edit that one).
pub async fn edit_version(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    pass_mark: &str,
    text: &str,
) -> Result<VersionDto, AppError> {
    let now = state.now();
    need(state, user, Target::AnySite, Permission::ManageAudits)?;
    let v = inspections::version_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let (mark, items) = check_content(pass_mark, text, &mut e);
    let (mark, items) = e.finish((mark, items))?;
    let state_now = VersionState::parse(&v.state).unwrap_or(VersionState::Published);
    let txn = begin_write(&state.db).await?;
    let saved = match editable(state_now) {
        Ok(()) => {
            let json = serde_json::to_string(&items).map_err(AppError::internal)?;
            inspections::set_content(&txn, v.clone(), mark, json).await?
        }
        Err(VersionError::Immutable) => {
            let siblings = inspections::versions_of(&txn, v.template_id).await?;
            if let Some(d) = siblings.iter().find(|s| s.state == VersionState::Draft.as_str()) {
                return Err(AppError::Conflict(format!("Version {} is already a draft: edit that one.", d.version)));
            }
            let next = siblings.iter().map(|s| s.version).max().unwrap_or(0) + 1;
            insert_version(&txn, v.template_id, next, mark, &items, user.id, now).await?
        }
        Err(other) => return Err(AppError::validation("items", other.to_string())),
    };
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("template.edit", "inspection_version", saved.id)
            .after(json!({"template_id": saved.template_id, "version": saved.version, "items": items.len()})),
    )
    .await?;
    txn.commit().await?;
    version_dto(state, saved).await
}

/// Publishes a draft; the version published before it is retired (audits keep using theirs).
pub async fn publish(state: &AppState, user: &CurrentUser, id: i64) -> Result<VersionDto, AppError> {
    let now = state.now();
    need(state, user, Target::AnySite, Permission::ManageAudits)?;
    let v = inspections::version_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if v.state != VersionState::Draft.as_str() {
        return Err(AppError::Conflict("Only a draft can be published.".into()));
    }
    if items_of(&v).is_empty() {
        return Err(AppError::validation("items", VersionError::Empty.to_string()));
    }
    let txn = begin_write(&state.db).await?;
    for old in inspections::published_versions(&txn, v.template_id).await? {
        inspections::set_version_state(&txn, old, VersionState::Retired, None).await?;
    }
    let saved = inspections::set_version_state(&txn, v.clone(), VersionState::Published, Some(now)).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("template.publish", "inspection_version", saved.id)
            .after(json!({"template_id": saved.template_id, "version": saved.version})),
    )
    .await?;
    txn.commit().await?;
    version_dto(state, saved).await
}
