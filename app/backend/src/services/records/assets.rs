//! Assets: list, detail, create, edit, move (with the subtree), CSV import and export, QR labels.
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::error::is_unique_violation;
use crate::repo::assets::{self as repo, Asset, path_ids};
use crate::repo::sites;
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::maintenance::{AssetChoice, AssetDto, AssetPage, ImportError, ImportReport, ScanAnswer};
use contract::error::AppError;
use domain::asset::{AssetFields, AssetInput, AssetStatus, Criticality, check_depth, check_move};
use domain::authz::{Permission, Target};
use domain::csv_file::{CsvFile, restored};
use domain::validation::FieldErrors;

pub fn to_dto(a: &Asset) -> AssetDto {
    AssetDto {
        id: a.id,
        site_id: a.site_id,
        parent_id: a.parent_id,
        tag: a.tag.clone(),
        name: a.name.clone(),
        category: a.category.clone(),
        criticality: Criticality::parse(&a.criticality).unwrap_or(Criticality::C),
        manufacturer: a.manufacturer.clone(),
        model: a.model.clone(),
        serial: a.serial.clone(),
        install_date: a.install_date,
        status: AssetStatus::parse(&a.status).unwrap_or(AssetStatus::Running),
        notes: a.notes.clone(),
        energy_control: a.energy_control.clone(),
        safety_notes: a.safety_notes.clone(),
        depth: path_ids(&a.path).len().saturating_sub(1) as i32,
    }
}

fn audit_json(a: &Asset) -> serde_json::Value {
    json!({
        "tag": a.tag, "name": a.name, "category": a.category, "criticality": a.criticality,
        "manufacturer": a.manufacturer, "model": a.model, "serial": a.serial,
        "install_date": a.install_date, "status": a.status, "notes": a.notes, "parent_id": a.parent_id,
        "energy_control": a.energy_control, "safety_notes": a.safety_notes,
    })
}

pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    filter: repo::Filter,
    page: i64,
    per_page: i64,
) -> Result<AssetPage, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let found = repo::search(&state.db, site_id, &filter, page, per_page).await?;
    Ok(AssetPage {
        assets: found.items.iter().map(to_dto).collect(),
        total: found.total,
        page: page.max(1),
        per_page: per_page.clamp(1, 100),
    })
}

/// How many assets a picker offers for one search.
pub const PICK_LIMIT: u64 = 20;

/// The asset picker: assets of the site whose tag or name holds `q`, then those inside them (a
/// search by location: "Line 2" offers what is on line 2), each with where it is.
pub async fn pick(state: &AppState, user: &CurrentUser, site_id: i64, q: &str) -> Result<Vec<AssetChoice>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let filter = repo::Filter { q: q.to_string(), ..Default::default() };
    let mut found = repo::search(&state.db, site_id, &filter, 1, PICK_LIMIT as i64).await?.items;
    if !q.trim().is_empty() && (found.len() as u64) < PICK_LIMIT {
        let paths: Vec<String> = found.iter().map(|a| a.path.clone()).collect();
        let inside = repo::within(&state.db, site_id, &paths, PICK_LIMIT - found.len() as u64).await?;
        found.extend(inside.into_iter().filter(|a| !paths.contains(&a.path)));
        found.dedup_by_key(|a| a.id);
    }
    choices(state, found).await
}

/// What a scan or a typed code finds on the current site (`domain::asset::scanned`): a label's
/// asset or a tag's exact match is opened (`go_to`), anything else is searched like the picker.
/// A label of an asset the person may not open is refused like its page.
pub async fn scan(state: &AppState, user: &CurrentUser, site_id: i64, code: &str) -> Result<ScanAnswer, AppError> {
    use domain::asset::Scanned;
    let opened = |id: i64| ScanAnswer { go_to: Some(format!("/assets/{id}")), choices: vec![] };
    let words = match domain::asset::scanned(code) {
        Scanned::Label(id) => {
            return access::asset(state, user, id, Permission::ViewMaintenance).await.map(|a| opened(a.id));
        }
        Scanned::Tag(tag) => {
            Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
            if let Some(a) = repo::by_tag(&state.db, site_id, &tag).await? {
                return Ok(opened(a.id));
            }
            tag
        }
        Scanned::Words(words) => words,
    };
    Ok(ScanAnswer { go_to: None, choices: pick(state, user, site_id, &words).await? })
}

/// The asset a form was given (`?asset=12`), as the picker shows it.
pub async fn choice(state: &AppState, user: &CurrentUser, id: i64) -> Result<AssetChoice, AppError> {
    let a = access::asset(state, user, id, Permission::ViewMaintenance).await?;
    choices(state, vec![a]).await?.pop().ok_or(AppError::NotFound)
}

/// Assets with where each is, from one read of all their ancestors.
async fn choices(state: &AppState, found: Vec<repo::Asset>) -> Result<Vec<AssetChoice>, AppError> {
    let above = |a: &repo::Asset| repo::path_ids(&a.path).into_iter().filter(|id| *id != a.id).collect::<Vec<_>>();
    let ancestor_ids: Vec<i64> =
        found.iter().flat_map(above).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
    let names: std::collections::HashMap<i64, String> =
        repo::by_ids(&state.db, &ancestor_ids).await?.into_iter().map(|a| (a.id, a.name)).collect();
    Ok(found
        .into_iter()
        .map(|a| AssetChoice {
            id: a.id,
            location: above(&a).into_iter().filter_map(|id| names.get(&id).cloned()).collect::<Vec<_>>().join(" › "),
            tag: a.tag,
            name: a.name,
        })
        .collect())
}

pub async fn get(state: &AppState, user: &CurrentUser, id: i64) -> Result<AssetDto, AppError> {
    Ok(to_dto(&access::asset(state, user, id, Permission::ViewMaintenance).await?))
}

async fn parent_in_site(state: &AppState, site_id: i64, parent_id: Option<i64>) -> Result<Option<Asset>, AppError> {
    match parent_id {
        None => Ok(None),
        Some(pid) => {
            let p = repo::by_id(&state.db, pid).await?.filter(|p| p.site_id == site_id);
            p.map(Some).ok_or_else(|| AppError::validation("parent_id", "No such asset on this site."))
        }
    }
}

fn tag_taken() -> AppError {
    AppError::validation("tag", "Another asset of this site already has this tag.")
}

pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    parent_id: Option<i64>,
    input: AssetInput,
) -> Result<AssetDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageAssets, now.date_naive())?;
    sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let fields = input.validate()?;
    let parent = parent_in_site(state, site_id, parent_id).await?;
    let depth = parent.as_ref().map_or(0, |p| path_ids(&p.path).len()) + 1;
    check_depth(depth).map_err(|m| AppError::validation("parent_id", m))?;
    if repo::by_tag(&state.db, site_id, &fields.tag).await?.is_some() {
        return Err(tag_taken());
    }
    let txn = begin_write(&state.db).await?;
    let a = repo::insert(&txn, site_id, parent.as_ref(), &fields, now)
        .await
        .map_err(|e| if is_unique_violation(&e) { tag_taken() } else { e.into() })?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("asset.create", "asset", a.id).site(Some(site_id)).after(audit_json(&a)),
    )
    .await?;
    txn.commit().await?;
    Ok(to_dto(&a))
}

pub async fn update(state: &AppState, user: &CurrentUser, id: i64, input: AssetInput) -> Result<AssetDto, AppError> {
    let now = state.now();
    let before = access::asset(state, user, id, Permission::ManageAssets).await?;
    let fields: AssetFields = input.validate()?;
    if fields.tag != before.tag && repo::by_tag(&state.db, before.site_id, &fields.tag).await?.is_some() {
        return Err(tag_taken());
    }
    let txn = begin_write(&state.db).await?;
    let after = repo::update_fields(&txn, before.clone(), &fields, now)
        .await
        .map_err(|e| if is_unique_violation(&e) { tag_taken() } else { e.into() })?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("asset.update", "asset", id)
            .site(Some(after.site_id))
            .before(audit_json(&before))
            .after(audit_json(&after)),
    )
    .await?;
    txn.commit().await?;
    Ok(to_dto(&after))
}

/// Moves an asset (and everything under it) under another parent of the same site, or to the top.
/// Work orders, readings and history stay attached to the assets themselves.
pub async fn move_to(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    new_parent_id: Option<i64>,
) -> Result<AssetDto, AppError> {
    let now = state.now();
    let a = access::asset(state, user, id, Permission::ManageAssets).await?;
    let parent = match new_parent_id {
        None => None,
        Some(pid) => Some(
            repo::by_id(&state.db, pid).await?.ok_or_else(|| AppError::validation("parent_id", "No such asset."))?,
        ),
    };
    let chain = parent.as_ref().map(|p| path_ids(&p.path)).unwrap_or_default();
    let same_site = parent.as_ref().is_none_or(|p| p.site_id == a.site_id);
    check_move(a.id, &chain, same_site).map_err(|e| AppError::validation("parent_id", e.to_string()))?;
    // the deepest asset under it moves by as many levels as it does
    let below = repo::subtree_height(&state.db, &a).await?;
    check_depth(chain.len() + below).map_err(|m| AppError::validation("parent_id", m))?;
    let txn = begin_write(&state.db).await?;
    repo::move_subtree(&txn, &a, parent.as_ref(), now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("asset.move", "asset", id)
            .site(Some(a.site_id))
            .before(json!({"parent_id": a.parent_id}))
            .after(json!({"parent_id": new_parent_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(to_dto(&repo::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?))
}

/// CSV columns, in order (export writes them, import expects them by name).
pub const CSV_COLUMNS: [&str; 11] = [
    "tag",
    "name",
    "parent_tag",
    "category",
    "criticality",
    "manufacturer",
    "model",
    "serial",
    "install_date",
    "status",
    "notes",
];

pub async fn export_csv(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<String, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    let all = repo::all_for_site(&state.db, site_id).await?;
    let tags: std::collections::HashMap<i64, &str> = all.iter().map(|a| (a.id, a.tag.as_str())).collect();
    let mut w = CsvFile::for_spreadsheets();
    w.row(CSV_COLUMNS);
    for a in &all {
        let install = a.install_date.map(|d| d.to_string()).unwrap_or_default();
        let parent = a.parent_id.and_then(|p| tags.get(&p).copied()).unwrap_or("");
        w.row([
            a.tag.as_str(),
            &a.name,
            parent,
            &a.category,
            &a.criticality,
            &a.manufacturer,
            &a.model,
            &a.serial,
            &install,
            &a.status,
            &a.notes,
        ]);
    }
    w.finish().map_err(AppError::internal)
}

/// Imports assets from CSV (header row with the names of [`CSV_COLUMNS`]; `tag` and `name`
/// required). Every row is checked first; with any error nothing is imported and the report names
/// each bad row and field. Parents may be existing assets or rows earlier in the file.
pub async fn import_csv(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    text: &str,
) -> Result<ImportReport, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageAssets, now.date_naive())?;
    let mut errors: Vec<(u32, String, String)> = Vec::new();
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
        Err(e) => return Ok(rejected(vec![(1, "header".into(), e.to_string())])),
    };
    for required in ["tag", "name"] {
        if !headers.iter().any(|h| h == required) {
            errors.push((1, required.into(), format!("The header row has no \"{required}\" column.")));
        }
    }
    if let Some(unknown) = headers.iter().find(|h| !CSV_COLUMNS.contains(&h.as_str())) {
        errors.push((1, unknown.clone(), format!("Unknown column; use {}.", CSV_COLUMNS.join(", "))));
    }
    if !errors.is_empty() {
        return Ok(rejected(errors));
    }
    let col = |rec: &csv::StringRecord, name: &str| -> String {
        headers.iter().position(|h| h == name).and_then(|i| rec.get(i)).map(restored).unwrap_or("").to_string()
    };
    let existing = repo::all_for_site(&state.db, site_id).await?;
    let mut rows: Vec<(u32, AssetFields, String)> = Vec::new();
    // tag -> level, of the site's assets and of the rows read so far
    let mut depth_of: std::collections::HashMap<String, usize> =
        existing.iter().map(|a| (a.tag.clone(), path_ids(&a.path).len())).collect();
    for (i, rec) in reader.records().enumerate() {
        let line = i as u32 + 2;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors.push((line, "row".into(), e.to_string()));
                continue;
            }
        };
        let input = AssetInput {
            tag: col(&rec, "tag"),
            name: col(&rec, "name"),
            category: col(&rec, "category"),
            criticality: col(&rec, "criticality"),
            manufacturer: col(&rec, "manufacturer"),
            model: col(&rec, "model"),
            serial: col(&rec, "serial"),
            install_date: col(&rec, "install_date"),
            status: col(&rec, "status"),
            notes: col(&rec, "notes"),
            ..Default::default()
        };
        match input.validate() {
            Err(FieldErrors(f)) => errors.extend(f.into_iter().map(|(k, v)| (line, k, v))),
            Ok(fields) => {
                if depth_of.contains_key(&fields.tag) {
                    errors.push((line, "tag".into(), format!("{} is already used on this site.", fields.tag)));
                }
                let parent = col(&rec, "parent_tag").trim().to_uppercase();
                let depth = if parent.is_empty() {
                    Some(1)
                } else {
                    match depth_of.get(&parent) {
                        Some(d) => Some(d + 1),
                        None => {
                            errors.push((
                                line,
                                "parent_tag".into(),
                                format!("No asset {parent} on this site or earlier in the file."),
                            ));
                            None
                        }
                    }
                };
                if let Some(Err(m)) = depth.map(check_depth) {
                    errors.push((line, "parent_tag".into(), m));
                }
                depth_of.entry(fields.tag.clone()).or_insert(depth.unwrap_or(1));
                rows.push((line, fields, parent));
            }
        }
    }
    if !errors.is_empty() {
        return Ok(rejected(errors));
    }
    let txn = begin_write(&state.db).await?;
    let mut by_tag: std::collections::HashMap<String, Asset> =
        existing.into_iter().map(|a| (a.tag.clone(), a)).collect();
    for (_, fields, parent) in &rows {
        let p = if parent.is_empty() { None } else { by_tag.get(parent).cloned() };
        let a = repo::insert(&txn, site_id, p.as_ref(), fields, now).await?;
        audit::record(
            &txn,
            &user.actor(),
            now,
            Change::new("asset.create", "asset", a.id)
                .site(Some(site_id))
                .after(audit_json(&a))
                .reason(Some("CSV import".into())),
        )
        .await?;
        by_tag.insert(a.tag.clone(), a);
    }
    txn.commit().await?;
    Ok(ImportReport { imported: rows.len() as u32, errors: vec![] })
}

fn rejected(errors: Vec<(u32, String, String)>) -> ImportReport {
    ImportReport {
        imported: 0,
        errors: errors.into_iter().map(|(row, field, message)| ImportError { row, field, message }).collect(),
    }
}

/// A QR code (SVG) of the URL that opens the asset: its page when signed in, otherwise the
/// sign-in page, or the site's "report a problem" form when anonymous reports are allowed.
pub fn qr_svg(url: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(url.as_bytes()).map_err(AppError::internal)?;
    let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(160, 160).quiet_zone(true).build();
    // without the XML declaration, for inlining in HTML
    Ok(svg.split_once("?>").map(|(_, s)| s.trim_start().to_string()).unwrap_or(svg))
}

/// Labels for assets of one site: (asset, url, svg).
pub async fn labels(
    state: &AppState,
    user: &CurrentUser,
    ids: &[i64],
) -> Result<Vec<(AssetDto, String, String)>, AppError> {
    let mut out = Vec::new();
    let found = repo::by_ids(&state.db, ids).await?;
    for a in found {
        Caller::User(user).require(Target::Site(a.site_id), Permission::ViewMaintenance, state.today())?;
        let url = format!("{}/a/{}", state.config.base_url, a.id);
        let svg = qr_svg(&url)?;
        out.push((to_dto(&a), url, svg));
    }
    out.sort_by(|x, y| x.0.tag.cmp(&y.0.tag));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_labels_are_inline_svg() {
        let svg = qr_svg("https://gemba.plant.example/a/42").unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.contains("</svg>"));
        assert!(!svg.contains("<script"));
    }
}
