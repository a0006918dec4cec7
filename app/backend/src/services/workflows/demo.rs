//! Demo data for `make run`: one organisation, two plants in different time zones, one user per
//! role with a random password printed once. Only runs on an empty database.
use crate::auth::Actor;
use crate::db::begin_write;
use crate::repo::{sites as site_repo, users as user_repo};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::services::records::users::{NewUserInput, SiteChoice};
use crate::services::records::{sites, users};
use crate::state::AppState;
use crate::token::random_hex;
use contract::error::AppError;
use domain::authz::Role;
use serde_json::json;

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
    // the Lyon plant speaks French to the people who chose no language
    let plants = [
        ("RVS", "Riverside Plant", "1200 River Road, Dayton, OH 45402, USA", "America/Chicago", None),
        ("LYN", "Lyon Plant", "14 Rue de l'Industrie, 69007 Lyon, France", "Europe/Paris", Some("fr")),
    ];
    for (code, name, address, tz, language) in plants {
        if site_repo::by_code(&state.db, code).await?.is_none() {
            let site = sites::create(state, Caller::Cli, code, name, address, tz).await?;
            if let Some(language) = language {
                let txn = begin_write(&state.db).await?;
                site_repo::set_language(&txn, site.id, Some(language)).await?;
                audit::record(
                    &txn,
                    &Actor::system(),
                    now,
                    Change::new("site.settings", "site", site.id)
                        .site(Some(site.id))
                        .after(json!({"language": language})),
                )
                .await?;
                txn.commit().await?;
            }
        }
    }
    let people = [
        ("admin@demo.gemba.local", "Alex Admin", Role::Admin, "all"),
        ("manager@demo.gemba.local", "Morgan Manager", Role::Manager, "RVS"),
        ("ehs@demo.gemba.local", "Elena Safety", Role::EhsOfficer, "all"),
        ("tech@demo.gemba.local", "Tomás Technician", Role::Technician, "RVS"),
        ("operator@demo.gemba.local", "Olu Operator", Role::Operator, "RVS"),
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
    seed_maintenance(state).await?;
    seed_osha(state).await?;
    seed_reminders(state, &accounts).await?;
    Ok(accounts)
}

/// The demo's reminder digests go out from midnight, so the outbox and the bell show the day's
/// reminders as soon as the demo starts (real accounts default to 07:00 local).
async fn seed_reminders(state: &AppState, accounts: &[DemoAccount]) -> Result<(), AppError> {
    let now = state.now();
    let txn = begin_write(&state.db).await?;
    for a in accounts {
        if let Some(u) = user_repo::by_email(&txn, &a.email).await? {
            crate::repo::reminders::save_prefs(&txn, u.id, "", 0, None, now).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Riverside's OSHA establishment data and this year's employees and hours, so the 300A and the
/// rates have their denominators.
async fn seed_osha(state: &AppState) -> Result<(), AppError> {
    use chrono::Datelike;
    let admin_id = user_repo::by_email(&state.db, "admin@demo.gemba.local").await?.ok_or(AppError::NotFound)?.id;
    let admin = crate::services::records::auth::as_user(state, admin_id).await?;
    let rvs = site_repo::by_code(&state.db, "RVS").await?.ok_or(AppError::NotFound)?.id;
    let e = contract::dto::safety::EstablishmentDto {
        site_id: rvs,
        name: "Riverside Plant".into(),
        ein: "123456789".into(),
        company_name: "Northwind Components".into(),
        street_address: "1200 River Road".into(),
        city: "Dayton".into(),
        state: "OH".into(),
        zip: "45402".into(),
        naics_code: "336370".into(),
        industry_description: "Motor vehicle metal stamping".into(),
        establishment_type: "private".into(),
    };
    crate::services::records::osha::save_establishment(state, &admin, e).await?;
    let year = state.today().year();
    crate::services::records::osha::save_year_data(state, &admin, rvs, year, "210", "412000", "").await?;
    Ok(())
}

/// The Riverside plant's press shop: assets, a meter, parts, a monthly PM with a five-step
/// checklist assigned to the technician, and a daily CIL round for the operator.
async fn seed_maintenance(state: &AppState) -> Result<(), AppError> {
    use domain::asset::AssetInput;
    let admin_id = user_repo::by_email(&state.db, "admin@demo.gemba.local").await?.ok_or(AppError::NotFound)?.id;
    let tech_id = user_repo::by_email(&state.db, "tech@demo.gemba.local").await?.ok_or(AppError::NotFound)?.id;
    let admin = crate::services::records::auth::as_user(state, admin_id).await?;
    let rvs = site_repo::by_code(&state.db, "RVS").await?.ok_or(AppError::NotFound)?.id;
    let input = |tag: &str, name: &str, category: &str, criticality: &str| AssetInput {
        tag: tag.into(),
        name: name.into(),
        category: category.into(),
        criticality: criticality.into(),
        ..Default::default()
    };
    let area = crate::services::records::assets::create(
        state,
        &admin,
        rvs,
        None,
        input("PRESS-SHOP", "Press shop", "area", "B"),
    )
    .await?;
    let line = crate::services::records::assets::create(
        state,
        &admin,
        rvs,
        Some(area.id),
        input("LINE-1", "Stamping line 1", "line", "A"),
    )
    .await?;
    let mut press_in = input("PRESS-01", "Hydraulic press 400 t", "press", "A");
    press_in.manufacturer = "Schuler".into();
    press_in.model = "HPX-400".into();
    press_in.serial = "SX4-118273".into();
    press_in.energy_control = "Energy: electrical 480 V, hydraulic 200 bar, gravity (upper die).\n\
        1. Stop the press at top dead centre and insert the die blocks.\n\
        2. Open main disconnect Q1 and lock it with your own lock and tag.\n\
        3. Bleed the accumulator through valve V3 until gauge PG-2 reads 0 bar.\n\
        4. Try to start from the panel: nothing may move."
        .into();
    press_in.safety_notes = "Pinch points at the die area. Safety glasses, gloves and hearing protection.".into();
    let press = crate::services::records::assets::create(state, &admin, rvs, Some(line.id), press_in).await?;
    crate::services::records::assets::create(
        state,
        &admin,
        rvs,
        Some(press.id),
        input("PUMP-01", "Main hydraulic pump", "pump", "A"),
    )
    .await?;
    let mut conveyor_in = input("CONV-01", "Outfeed conveyor", "conveyor", "B");
    conveyor_in.energy_control = "Energy: electrical 400 V.\n\
        1. Stop the conveyor from its panel.\n\
        2. Open isolator Q7 at the line cabinet and lock it with your own lock and tag.\n\
        3. Press Start: the belt must not move."
        .into();
    conveyor_in.safety_notes = "Nip points at the drive pulley: keep the guard closed while it can run.".into();
    let conveyor = crate::services::records::assets::create(state, &admin, rvs, Some(line.id), conveyor_in).await?;
    let hours =
        crate::services::records::meters::create(state, &admin, press.id, "Running hours", "h", "cumulative").await?;
    crate::services::records::meters::record(state, &admin, hours.id, "1250", false, None).await?;
    crate::services::records::parts::create(state, &admin, rvs, "BELT-A42", "V-belt A42", "pcs", "5").await?;
    crate::services::records::parts::create(state, &admin, rvs, "OIL-HLP46", "Hydraulic oil HLP 46", "l", "40").await?;
    let first_due = state.today() + chrono::Duration::days(3);
    crate::services::records::pm::create(
        state,
        &admin,
        crate::services::records::pm::ScheduleInput {
            asset_id: press.id,
            title: "Monthly press PM".into(),
            description: "Lock out the press before starting.".into(),
            trigger_kind: "fixed".into(),
            every_days: "30".into(),
            meter_id: String::new(),
            meter_every: String::new(),
            rrule: String::new(),
            first_due: first_due.to_string(),
            lead_days: "7".into(),
            holiday_rule: "shift".into(),
            estimated_minutes: "45".into(),
            assigned_user_id: tech_id.to_string(),
            priority: "high".into(),
            steps: "Isolate and lock out the press\n[pass] Guards and interlocks work\n[pass] No hydraulic leaks\n[photo] Photo of the hydraulic unit\nClean and restart".into(),
        },
    )
    .await?;
    for (title, method, acceptance, tool) in [
        (
            "Chain lubrication",
            "Brush oil along the drive chain",
            "Chain wet along its length, no dry links",
            "Oil can, ISO VG 100",
        ),
        ("Belt tension", "Press the belt mid-span", "Deflects 10-15 mm", ""),
        ("Guard closed and clean", "Look at the guard and its switch", "Closed, no debris, switch light on", "Rag"),
    ] {
        crate::services::records::tpm::create_point(
            state,
            &admin,
            crate::services::records::tpm::PointInput {
                asset_id: conveyor.id,
                title: title.into(),
                method: method.into(),
                acceptance: acceptance.into(),
                tool: tool.into(),
                minutes: "2".into(),
                frequency: "daily".into(),
                role: "operator".into(),
            },
        )
        .await?;
    }
    seed_production(state, &admin, press.id, rvs).await?;
    crate::jobs::pm::run_once(state, state.now()).await?;
    // a repair due tomorrow on the technician's list (and in their reminders)
    let tomorrow = crate::services::calendar::today_on(state, rvs).await? + chrono::Duration::days(1);
    crate::services::records::work_orders::create(
        state,
        &admin,
        crate::services::records::work_orders::NewWorkOrderInput {
            site_id: rvs,
            asset_id: Some(conveyor.id),
            wo_type: "corrective".into(),
            priority: "high".into(),
            title: "Replace the worn V-belt on the outfeed conveyor".into(),
            description: "The belt is glazed and slips under load.".into(),
            due_date: Some(tomorrow.to_string()),
            assignee_ids: vec![tech_id],
            estimated_minutes: Some("30".into()),
            steps: domain::checklist::parse_template(
                "Isolate and lock out the conveyor\n[number 8-12 mm] Belt deflection after tensioning",
                None,
            )
            .map_err(AppError::internal)?,
            parent_id: None,
        },
    )
    .await?;
    Ok(())
}

/// The press makes a part every 12 s: three days of two shifts with a changeover each day and one
/// breakdown, so the KPI page shows OEE and its losses.
async fn seed_production(
    state: &AppState,
    admin: &crate::auth::CurrentUser,
    press: i64,
    site: i64,
) -> Result<(), AppError> {
    use crate::services::records::production;
    let today = crate::services::calendar::today_on(state, site).await?;
    let since = (today - chrono::Duration::days(30)).to_string();
    production::set_cycle_time(state, admin, press, "12", &since).await?;
    let reasons = production::reasons(state, admin, site).await?;
    let reason = |code: &str| reasons.iter().find(|r| r.code == code).map(|r| r.id);
    for (days_ago, counts) in [
        (3, [("1900", "40"), ("2000", "65")]),
        (2, [("1880", "25"), ("1720", "70")]),
        (1, [("1950", "30"), ("2010", "35")]),
    ] {
        let day = (today - chrono::Duration::days(days_ago)).to_string();
        for ((start, end), (total, rejects)) in [("06:00", "14:00"), ("14:00", "22:00")].into_iter().zip(counts) {
            let input = domain::oee::ProductionInput {
                date: &day,
                start,
                end,
                planned_minutes: "450",
                total,
                rejects,
                startup_rejects: "10",
            };
            production::record(state, admin, production::ShiftForm { asset_id: press, input }).await?;
        }
        let (from, to) = (format!("{day}T09:30"), format!("{day}T09:55"));
        production::record_stop(state, admin, press, reason("CHANGEOVER"), &from, &to, "").await?;
        if days_ago == 2 {
            let (from, to) = (format!("{day}T15:10"), format!("{day}T16:05"));
            production::record_stop(state, admin, press, reason("BREAKDOWN"), &from, &to, "Hydraulic pressure lost")
                .await?;
        }
    }
    Ok(())
}
