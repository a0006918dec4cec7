//! An asset's page: the asset, its work, meters, downtime, PM schedules and CIL points.
use crate::auth::CurrentUser;
use crate::repo::assets::{self as repo, path_ids};
use crate::services::access;
use crate::services::records::assets;
use crate::state::AppState;
use contract::dto::maintenance::{AssetDetail, Crumb};
use contract::error::AppError;
use domain::authz::{Permission, Target};

pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<AssetDetail, AppError> {
    let a = access::asset(state, user, id, Permission::ViewMaintenance).await?;
    let ancestors = repo::by_ids(&state.db, &path_ids(&a.path)).await?;
    let path = path_ids(&a.path)
        .iter()
        .filter_map(|pid| ancestors.iter().find(|x| x.id == *pid))
        .map(|x| Crumb { id: x.id, tag: x.tag.clone(), name: x.name.clone() })
        .collect();
    let children = repo::children(&state.db, a.id).await?.iter().map(assets::to_dto).collect();
    let (open_work, recent_work) = crate::services::records::work_orders::for_asset(state, &a).await?;
    let (meters, readings) = crate::services::records::meters::for_asset(state, a.id).await?;
    let downtime = crate::services::records::work_orders::downtime::for_asset(state, a.id, 10).await?;
    let can_manage = user.can(Target::Site(a.site_id), Permission::ManageAssets, state.today());
    let schedules = crate::repo::pm::for_asset(&state.db, a.id)
        .await?
        .iter()
        .map(|s| crate::services::records::pm::to_dto(s, &a.tag))
        .collect();
    let cil_points = crate::services::records::tpm::points_for_asset(state, &a).await?;
    Ok(AssetDetail {
        asset: assets::to_dto(&a),
        path,
        children,
        open_work,
        recent_work,
        meters,
        readings,
        downtime,
        schedules,
        cil_points,
        can_manage,
    })
}
