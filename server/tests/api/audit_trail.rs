//! The audit trail: written in the change's transaction, append-only in the database, verified.
use backend::auth::Actor;
use backend::db::begin_write;
use backend::services::audit::{self, Change};
use sea_orm::{ConnectionTrait, DbBackend};

use crate::helpers::*;

#[tokio::test]
async fn an_event_is_rolled_back_with_its_change() {
    let app = spawn_app().await;
    let db = &app.state.db;
    let (seq_before, hash_before) = backend::repo::audit::head(db).await.unwrap();
    let txn = begin_write(db).await.unwrap();
    backend::repo::users::set_active(&txn, app.tech, false).await.unwrap();
    audit::record(&txn, &Actor::system(), app.state.now(), Change::new("user.deactivate", "user", app.tech))
        .await
        .unwrap();
    txn.rollback().await.unwrap();
    assert_eq!(backend::repo::audit::head(db).await.unwrap(), (seq_before, hash_before));
    assert_eq!(app.audit_count("user.deactivate").await, 0);
    assert!(backend::repo::users::by_id(db, app.tech).await.unwrap().unwrap().active, "the change is gone too");
    // and committed together, both are there
    let txn = begin_write(db).await.unwrap();
    backend::repo::users::set_active(&txn, app.tech, false).await.unwrap();
    let seq = audit::record(&txn, &Actor::system(), app.state.now(), Change::new("user.deactivate", "user", app.tech))
        .await
        .unwrap();
    txn.commit().await.unwrap();
    assert_eq!(seq, seq_before + 1);
    assert_eq!(audit::verify(db).await.unwrap(), seq as u64);
}

#[tokio::test]
async fn the_database_refuses_to_update_or_delete_events() {
    let app = spawn_app().await;
    let db = &app.state.db;
    let upd = db.execute_unprepared("UPDATE audit_event SET reason = 'edited' WHERE seq = 1").await;
    assert!(upd.unwrap_err().to_string().contains("append-only"));
    let del = db.execute_unprepared("DELETE FROM audit_event WHERE seq = 1").await;
    assert!(del.unwrap_err().to_string().contains("append-only"));
    assert!(audit::verify(db).await.is_ok());
}

/// Alters a row behind the application's back (triggers off, as someone with file access could).
pub async fn tamper(db: &sea_orm::DatabaseConnection, seq: i64) {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => format!(
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update; \
             UPDATE audit_event SET after_json = '{{\"active\":false}}' WHERE seq = {seq}; \
             ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update;"
        ),
        _ => format!(
            "DROP TRIGGER audit_event_no_update; \
             UPDATE audit_event SET after_json = '{{\"active\":false}}' WHERE seq = {seq};"
        ),
    };
    db.execute_unprepared(&sql).await.unwrap();
}

#[tokio::test]
async fn verify_finds_the_first_altered_event() {
    let app = spawn_app().await;
    let db = &app.state.db;
    let total = audit::verify(db).await.unwrap();
    assert!(total >= 10, "seeding is audited: {total}");
    tamper(db, 4).await;
    let err = audit::verify(db).await.unwrap_err();
    assert_eq!(err.first_broken_seq(), Some(4), "{err}");
}

#[tokio::test]
async fn concurrent_changes_keep_one_unbroken_chain() {
    let app = spawn_app().await;
    let admin = app.login("admin@test.example").await;
    let mut tasks = Vec::new();
    for i in 0..8 {
        let c = admin.clone();
        let url = app.url("/sfn/create_api_token");
        tasks.push(tokio::spawn(async move {
            c.post(url)
                .header("Accept", "application/json")
                .form(&[("name", format!("t{i}"))])
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 200);
    }
    assert_eq!(app.audit_count("api_token.create").await, 8);
    audit::verify(&app.state.db).await.unwrap();
}

/// A change whose before or after state cannot be written to the trail is refused with its
/// transaction: never a trail entry that records nothing.
#[tokio::test]
async fn a_change_whose_state_cannot_be_recorded_fails_with_its_transaction() {
    let app = spawn_app().await;
    let db = &app.state.db;
    let head_before = backend::repo::audit::head(db).await.unwrap();
    let txn = begin_write(db).await.unwrap();
    backend::repo::users::set_active(&txn, app.tech, false).await.unwrap();
    // a map with non-string keys has no JSON form
    let unwritable: std::collections::HashMap<(i32, i32), i32> = [((1, 2), 3)].into_iter().collect();
    let change = Change::new("user.deactivate", "user", app.tech).after(unwritable);
    let r = audit::record(&txn, &Actor::system(), app.state.now(), change).await;
    assert!(r.is_err(), "the trail refuses an entry without its state");
    drop(txn);
    assert_eq!(backend::repo::audit::head(db).await.unwrap(), head_before);
    let tech = backend::repo::users::by_id(db, app.tech).await.unwrap().unwrap();
    assert!(tech.active, "the change went with its trail entry");
}

/// The audit log's "Changed by" is a choice of names, never an id to type: the people whose
/// changes the reader may see (an auditor of Lyon is not told who changed things in Riverside),
/// and choosing one shows only their changes.
#[tokio::test]
async fn the_audit_log_is_filtered_by_a_person_chosen_by_name() {
    let app = spawn_app().await;
    let admin = app.login("admin@test.example").await;
    ok_call(&app, &admin, "switch_site", &[("site_id", &app.lyn.to_string())]).await;
    ok_call(&app, &admin, "create_asset", &[("tag", "LYN-1"), ("name", "Lyon press")]).await;
    let manager = app.login("manager@test.example").await;
    ok_call(&app, &manager, "create_asset", &[("tag", "RVS-1"), ("name", "Riverside press")]).await;
    let page = |c: reqwest::Client, q: &'static str| {
        let url = app.url(&format!("/audit{q}"));
        async move {
            let r = c.get(url).send().await.unwrap();
            assert_eq!(r.status(), 200);
            html(r).await
        }
    };
    let option = |id: i64, name: &str| format!(r#"<option value="{id}">{name}</option>"#);
    let manager_id = json(app.call(&manager, "me", &[]).await).await["id"].as_i64().unwrap();
    let all = page(admin.clone(), "").await;
    assert!(!all.contains(r#"inputmode="numeric" name="actor""#) && !all.contains("user id"), "no id to type");
    assert!(
        all.contains(&option(app.admin, "Test admin")) && all.contains(&option(manager_id, "Test manager")),
        "{all}"
    );
    let auditor = app.login("auditor@test.example").await;
    let lyon = page(auditor, "").await;
    assert!(lyon.contains(&option(app.admin, "Test admin")), "{lyon}");
    assert!(!lyon.contains("Test manager"), "an auditor of Lyon is not told who works in Riverside");
    // chosen: only that person's changes, the choice kept in the form
    let url = app.url(&format!("/audit?actor={manager_id}"));
    let only = admin.get(url).send().await.unwrap().text().await.unwrap();
    assert!(only.contains(&format!(r#"<option value="{manager_id}" selected"#)), "{only}");
    assert!(only.contains("RVS-1"), "{only}");
    assert!(!only.contains("LYN-1"), "the admin's changes are not listed: {only}");
}

async fn ok_call(app: &TestApp, c: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) {
    let r = app.call(c, endpoint, form).await;
    assert!(r.status().is_success(), "{endpoint}: {}", r.status());
}
