//! An asset's page: the asset, its work, meters, downtime, PM schedules and CIL points.
use crate::auth::CurrentUser;
use crate::repo::assets::{self as repo, path_ids};
use crate::services::access;
use crate::services::records::{assets, meters, pm, production, tpm, work_orders};
use crate::state::AppState;
use contract::dto::maintenance::{AssetDetail, Crumb};
use contract::error::AppError;
use domain::authz::{Permission, Target};

pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<AssetDetail, AppError> {
    // the asset and everything its page shows in one statement, then whether the person may see it
    let (a, read) = repo::page(&state.db, id).await?.ok_or(AppError::NotFound)?;
    access::may_see_asset(state, user, &a, Permission::ViewMaintenance)?;
    let path = path_ids(&a.path)
        .iter()
        .filter_map(|pid| read.path.iter().find(|x| x.id == *pid))
        .map(|x| Crumb { id: x.id, tag: x.tag.clone(), name: x.name.clone() })
        .collect();
    let children = read.children.iter().map(assets::to_dto).collect();
    let open_work = work_orders::summaries_for(state, user, &read.open_work).await?;
    let recent_work = work_orders::summaries_for(state, user, &read.recent_work).await?;
    let (meters, readings) = meters::dtos(&read.meters, &read.readings);
    let downtime = read.downtime.iter().map(work_orders::downtime::to_dto).collect();
    let can_manage = user.can(Target::Site(a.site_id), Permission::ManageAssets, state.today());
    let schedules = read.schedules.iter().map(|s| pm::to_dto(s, &a.tag)).collect();
    let cil_points = tpm::points_of_asset(&a, &read.cil_points);
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
        cycle_times: read.cycle_times.iter().map(production::cycle_dto).collect(),
        can_manage,
    })
}
