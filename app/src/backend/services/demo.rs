//! Demo data for `make run`: one organisation, two plants in different time zones, one user per
//! role with a random password printed once. Only runs on an empty database.
use super::users::{NewUserInput, SiteChoice};
use super::{Caller, sites, users};
use crate::api::error::AppError;
use crate::backend::auth::token::random_hex;
use crate::backend::db::begin_write;
use crate::backend::repo::{sites as site_repo, users as user_repo};
use crate::backend::state::AppState;
use crate::domain::authz::Role;

pub struct DemoAccount {
    pub email: String,
    pub role: Role,
    pub site: String,
    pub password: String,
}

/// Seeds the demo when the database has no users; returns the accounts created (empty if not).
pub async fn seed_if_empty(state: &AppState) -> Result<Vec<DemoAccount>, AppError> {
    if user_repo::search(&state.db, "", None, 1, 1).await?.total > 0 {
        return Ok(vec![]);
    }
    let now = state.now();
    if site_repo::organisation(&state.db).await?.is_none() {
        let txn = begin_write(&state.db).await?;
        site_repo::insert_organisation(&txn, "Northwind Components", now).await?;
        txn.commit().await?;
    }
    let plants = [
        ("RVS", "Riverside Plant", "1200 River Road, Dayton, OH 45402, USA", "America/Chicago"),
        ("LYN", "Lyon Plant", "14 Rue de l'Industrie, 69007 Lyon, France", "Europe/Paris"),
    ];
    for (code, name, address, tz) in plants {
        if site_repo::by_code(&state.db, code).await?.is_none() {
            sites::create(state, Caller::Cli, code, name, address, tz).await?;
        }
    }
    let people = [
        ("admin@demo.gemba.local", "Alex Admin", Role::Admin, "all"),
        ("manager@demo.gemba.local", "Morgan Manager", Role::Manager, "RVS"),
        ("ehs@demo.gemba.local", "Elena Safety", Role::EhsOfficer, "all"),
        ("tech@demo.gemba.local", "Tomás Technician", Role::Technician, "RVS"),
        ("operator@demo.gemba.local", "Olu Operator", Role::Operator, "LYN"),
        ("auditor@demo.gemba.local", "Ana Auditor", Role::Auditor, "LYN"),
    ];
    let mut accounts = Vec::new();
    for (email, name, role, site) in people {
        // four groups of five hex digits: 80 random bits, easy to type on a phone
        let raw = random_hex(10);
        let password = format!("{}-{}-{}-{}", &raw[0..5], &raw[5..10], &raw[10..15], &raw[15..20]);
        let expires_on = (role == Role::Auditor).then(|| (now.date_naive() + chrono::Duration::days(90)).to_string());
        users::create(
            state,
            Caller::Cli,
            NewUserInput {
                email: email.into(),
                display_name: name.into(),
                password: password.clone(),
                role: role.as_str().into(),
                site: SiteChoice::parse(site),
                expires_on,
            },
        )
        .await?;
        accounts.push(DemoAccount { email: email.into(), role, site: site.into(), password });
    }
    Ok(accounts)
}
