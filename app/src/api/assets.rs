//! Assets, meters and readings, problem reports.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::maintenance::{AssetChoice, AssetDetail, AssetDto, AssetPage, ImportReport, MeterDto, ReadingDto};
use contract::error::AppError;

/// Assets of the current site: `q` searches tag and name; `parent` = asset id, or "top".
#[server(prefix = "/sfn", endpoint = "list_assets", input = GetUrl)]
pub async fn list_assets(q: Option<String>, parent: Option<String>, page: Option<i64>) -> Result<AssetPage, AppError> {
    use crate::api::ctx;
    use backend::repo::assets::Filter;
    use backend::services::records::assets;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let parent = match parent.as_deref().map(str::trim) {
                Some("top") => Some(None),
                raw => ctx::optional_id("parent", raw, "Unknown parent.")?.map(Some),
            };
            let filter = Filter { q: q.unwrap_or_default(), parent, status: None };
            assets::list(&state, &user, site, filter, page.unwrap_or(1), 50).await
        }
        .await,
    )
}

/// The asset picker: assets of the current site by tag, name or location.
#[server(prefix = "/sfn", endpoint = "pick_asset", input = GetUrl)]
pub async fn pick_asset(q: String) -> Result<Vec<AssetChoice>, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            assets::pick(&state, &user, site, &q).await
        }
        .await,
    )
}

/// What a scanned label or a typed tag finds on the current site (the Scan page).
#[server(prefix = "/sfn", endpoint = "scan_code", input = GetUrl)]
pub async fn scan_code(code: String) -> Result<contract::dto::maintenance::ScanAnswer, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            assets::scan(&state, &user, site, &code).await
        }
        .await,
    )
}

/// The asset a form was given, as the picker shows it.
#[server(prefix = "/sfn", endpoint = "chosen_asset", input = GetUrl)]
pub async fn chosen_asset(id: i64) -> Result<AssetChoice, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    ctx::finish(async { assets::choice(&ctx::state()?, &ctx::user()?, id).await }.await)
}

#[server(prefix = "/sfn", endpoint = "get_asset_detail", input = GetUrl)]
pub async fn get_asset_detail(id: i64) -> Result<AssetDetail, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async { backend::services::workflows::asset_detail::detail(&ctx::state()?, &ctx::user()?, id).await }.await,
    )
}

#[cfg(feature = "ssr")]
fn parse_parent(raw: &Option<String>) -> Result<Option<i64>, AppError> {
    match raw.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| AppError::validation("parent_id", "Unknown parent.")),
    }
}

/// Creates an asset on the current site (under `parent_id` when given).
#[server(prefix = "/sfn", endpoint = "create_asset")]
pub async fn create_asset(
    parent_id: Option<String>,
    tag: String,
    name: String,
    category: Option<String>,
    criticality: Option<String>,
    manufacturer: Option<String>,
    model: Option<String>,
    serial: Option<String>,
    install_date: Option<String>,
    status: Option<String>,
    notes: Option<String>,
    energy_control: Option<String>,
    safety_notes: Option<String>,
) -> Result<AssetDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    use domain::asset::AssetInput;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let parent = parse_parent(&parent_id)?;
            let site = match parent {
                Some(p) => backend::repo::assets::by_id(&state.db, p).await?.ok_or(AppError::NotFound)?.site_id,
                None => backend::services::access::current_site_id(&state, &user).await?,
            };
            let input = AssetInput {
                tag,
                name,
                category: category.unwrap_or_default(),
                criticality: criticality.unwrap_or_default(),
                manufacturer: manufacturer.unwrap_or_default(),
                model: model.unwrap_or_default(),
                serial: serial.unwrap_or_default(),
                install_date: install_date.unwrap_or_default(),
                status: status.unwrap_or_default(),
                notes: notes.unwrap_or_default(),
                energy_control: energy_control.unwrap_or_default(),
                safety_notes: safety_notes.unwrap_or_default(),
            };
            let created = assets::create(&state, &user, site, parent, input).await?;
            leptos_axum::redirect(&format!("/assets/{}", created.id));
            Ok(created)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "update_asset")]
pub async fn update_asset(
    id: i64,
    tag: String,
    name: String,
    category: Option<String>,
    criticality: Option<String>,
    manufacturer: Option<String>,
    model: Option<String>,
    serial: Option<String>,
    install_date: Option<String>,
    status: Option<String>,
    notes: Option<String>,
    energy_control: Option<String>,
    safety_notes: Option<String>,
) -> Result<AssetDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    use domain::asset::AssetInput;
    ctx::finish(
        async {
            let input = AssetInput {
                tag,
                name,
                category: category.unwrap_or_default(),
                criticality: criticality.unwrap_or_default(),
                manufacturer: manufacturer.unwrap_or_default(),
                model: model.unwrap_or_default(),
                serial: serial.unwrap_or_default(),
                install_date: install_date.unwrap_or_default(),
                status: status.unwrap_or_default(),
                notes: notes.unwrap_or_default(),
                energy_control: energy_control.unwrap_or_default(),
                safety_notes: safety_notes.unwrap_or_default(),
            };
            assets::update(&ctx::state()?, &ctx::user()?, id, input).await
        }
        .await,
    )
}

/// Moves an asset (with everything under it) under the asset tagged `parent_tag`, or to the top
/// level when it is empty.
#[server(prefix = "/sfn", endpoint = "move_asset")]
pub async fn move_asset(id: i64, parent_tag: Option<String>) -> Result<AssetDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let a = assets::get(&state, &user, id).await?;
            let tag = parent_tag.unwrap_or_default().trim().to_uppercase();
            let parent = if tag.is_empty() {
                None
            } else {
                let p = backend::repo::assets::by_tag(&state.db, a.site_id, &tag).await?;
                Some(p.ok_or_else(|| AppError::validation("parent_tag", "No asset with this tag on this site."))?.id)
            };
            assets::move_to(&state, &user, id, parent).await
        }
        .await,
    )
}

/// Imports assets from CSV text into the current site; all or nothing.
#[server(prefix = "/sfn", endpoint = "import_assets")]
pub async fn import_assets(csv: String) -> Result<ImportReport, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            assets::import_csv(&state, &user, site, &csv).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "create_meter")]
pub async fn create_meter(asset_id: i64, name: String, unit: String, kind: String) -> Result<MeterDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::meters;
    ctx::finish(async { meters::create(&ctx::state()?, &ctx::user()?, asset_id, &name, &unit, &kind).await }.await)
}

/// Records a meter reading; `reset` (checkbox) marks a counter reset or replacement.
#[server(prefix = "/sfn", endpoint = "record_reading")]
pub async fn record_reading(meter_id: i64, value: String, reset: Option<String>) -> Result<ReadingDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::meters;
    ctx::finish(
        async { meters::record(&ctx::state()?, &ctx::user()?, meter_id, &value, reset.is_some(), None).await }.await,
    )
}

/// Reports a problem with an asset: a request for a manager to approve. Signed in, or anonymous
/// (with a name) where the site allows reports from people without an account.
#[server(prefix = "/sfn", endpoint = "report_problem")]
pub async fn report_problem(
    asset_id: i64,
    title: String,
    description: Option<String>,
    reporter_name: Option<String>,
) -> Result<i64, AppError> {
    use crate::api::ctx;
    use backend::services::records::work_orders;
    ctx::finish(
        async {
            let state = ctx::state()?;
            let user = ctx::user().ok();
            let id = work_orders::report_problem(
                &state,
                user.as_ref(),
                asset_id,
                &title,
                &description.unwrap_or_default(),
                &reporter_name.unwrap_or_default(),
            )
            .await?;
            leptos_axum::redirect(&format!("/report/{asset_id}?sent={id}"));
            Ok(id)
        }
        .await,
    )
}

/// QR labels (tag, name, SVG) for comma-separated asset ids.
#[server(prefix = "/sfn", endpoint = "asset_labels", input = GetUrl)]
pub async fn asset_labels(ids: String) -> Result<Vec<(String, String, String)>, AppError> {
    use crate::api::ctx;
    use backend::services::records::assets;
    ctx::finish(
        async {
            let ids: Vec<i64> = ids.split(',').filter_map(|s| s.trim().parse().ok()).take(200).collect();
            let labels = assets::labels(&ctx::state()?, &ctx::user()?, &ids).await?;
            Ok(labels.into_iter().map(|(a, _, svg)| (a.tag, a.name, svg)).collect())
        }
        .await,
    )
}

/// What the report form shows about an asset: enough for the reporter to know they scanned the
/// right machine; nothing for anonymous visitors unless the site takes anonymous reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ReportTarget {
    pub asset_id: i64,
    pub tag: String,
    pub name: String,
    pub site_name: String,
    pub signed_in: bool,
}

#[server(prefix = "/sfn", endpoint = "get_report_target", input = GetUrl)]
pub async fn get_report_target(asset_id: i64) -> Result<ReportTarget, AppError> {
    use crate::api::ctx;
    use domain::authz::{Permission, Target};
    ctx::finish(
        async {
            let state = ctx::state()?;
            let a = backend::repo::assets::by_id(&state.db, asset_id).await?.ok_or(AppError::NotFound)?;
            let site = backend::repo::sites::by_id(&state.db, a.site_id).await?.ok_or(AppError::NotFound)?;
            let user = ctx::user().ok();
            match &user {
                Some(u) if !u.can(Target::Site(a.site_id), Permission::ReportProblem, state.today()) => {
                    return Err(AppError::Forbidden);
                }
                None if !site.allow_anonymous_reports => return Err(AppError::Unauthorized),
                _ => {}
            }
            Ok(ReportTarget { asset_id, tag: a.tag, name: a.name, site_name: site.name, signed_in: user.is_some() })
        }
        .await,
    )
}

/// Where an asset's QR code leads: its page when signed in, else its report form.
#[server(prefix = "/sfn", endpoint = "qr_landing", input = GetUrl)]
pub async fn qr_landing(asset_id: i64) -> Result<String, AppError> {
    use crate::api::ctx;
    ctx::finish(
        async { Ok(if ctx::user().is_ok() { format!("/assets/{asset_id}") } else { format!("/report/{asset_id}") }) }
            .await,
    )
}
