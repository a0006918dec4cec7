//! The spare parts list of a site, with stock on hand.
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::parts as repo;
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::maintenance::PartDto;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::validation::{FieldErrors, required_text};

fn to_dto(p: repo::Part) -> PartDto {
    PartDto { id: p.id, code: p.code, name: p.name, unit: p.unit, on_hand: p.on_hand }
}

pub async fn list(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<PartDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewMaintenance, state.today())?;
    Ok(repo::for_site(&state.db, site_id).await?.into_iter().map(to_dto).collect())
}

pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    code: &str,
    name: &str,
    unit: &str,
    on_hand: &str,
) -> Result<PartDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageAssets, now.date_naive())?;
    let mut e = FieldErrors::new();
    let code = e.check("code", required_text(&code.to_uppercase(), 40));
    let name = e.check("name", required_text(name, 120));
    let unit = e.check("unit", required_text(unit, 20));
    let qty = e.check(
        "on_hand",
        on_hand
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|q| q.is_finite() && *q >= 0.0)
            .ok_or("Enter a quantity of 0 or more."),
    );
    let (code, name, unit, qty) = e.finish((code, name, unit, qty))?;
    if repo::by_code(&state.db, site_id, &code).await?.is_some() {
        return Err(AppError::validation("code", "Another part of this site has this code."));
    }
    let txn = begin_write(&state.db).await?;
    let p = repo::insert(&txn, site_id, &code, &name, &unit, qty, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("part.create", "part", p.id)
            .site(Some(site_id))
            .after(json!({"code": p.code, "name": p.name, "on_hand": p.on_hand})),
    )
    .await?;
    txn.commit().await?;
    Ok(to_dto(p))
}
