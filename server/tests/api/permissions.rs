//! Every server function of the foundation, called by people without the right: 403 (401 when
//! signed out), and nothing changes.
use crate::helpers::*;

/// (endpoint, form) for each server function that needs more than a technician has.
fn admin_calls(app: &TestApp, grant_id: &str) -> Vec<(&'static str, Vec<(&'static str, String)>)> {
    vec![
        ("list_users", vec![]),
        (
            "create_user",
            vec![
                ("email", "new@test.example".into()),
                ("display_name", "New Person".into()),
                ("password", "a long enough password".into()),
                ("role", "admin".into()),
                ("site", "all".into()),
            ],
        ),
        ("set_user_active", vec![("user_id", app.admin.to_string()), ("active", "false".into())]),
        ("grant_role", vec![("user_id", app.tech.to_string()), ("site", "all".into()), ("role", "admin".into())]),
        (
            "grant_role",
            vec![("user_id", app.tech.to_string()), ("site", app.rvs.to_string()), ("role", "manager".into())],
        ),
        ("revoke_grant", vec![("grant_id", grant_id.to_string())]),
        ("list_all_sites", vec![]),
        (
            "create_site",
            vec![("code", "NEW".into()), ("name", "New".into()), ("address", "".into()), ("timezone", "UTC".into())],
        ),
        ("get_user", vec![("id", app.admin.to_string())]),
        ("list_audit_events", vec![]),
        ("list_audit_events", vec![("site_id", app.lyn.to_string())]),
        ("switch_site", vec![("site_id", app.lyn.to_string())]),
    ]
}

async fn audit_total(app: &TestApp) -> usize {
    app.changes_written().await
}

#[tokio::test]
async fn a_technician_gets_403_from_every_admin_function_and_other_sites() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let admin_grant = backend::repo::grants::for_user(&app.state.db, app.admin).await.unwrap()[0].id.to_string();
    let before = audit_total(&app).await;
    for (endpoint, form) in admin_calls(&app, &admin_grant) {
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = app.call(&tech, endpoint, &form).await;
        assert_eq!(r.status(), 403, "{endpoint} {form:?}");
        assert!(json(r).await.to_string().contains("Forbidden"));
    }
    assert_eq!(audit_total(&app).await, before, "nothing was changed");
    assert!(backend::repo::users::by_email(&app.state.db, "new@test.example").await.unwrap().is_none());
    // but their own things work
    assert_eq!(app.call(&tech, "get_user", &[("id", &app.tech.to_string())]).await.status(), 200);
    assert_eq!(app.call(&tech, "switch_site", &[("site_id", &app.rvs.to_string())]).await.status(), 200);
    assert_eq!(app.call(&tech, "list_api_tokens", &[]).await.status(), 200);
}

#[tokio::test]
async fn signed_out_callers_get_401_everywhere() {
    let app = spawn_app().await;
    let c = client();
    let mut calls = admin_calls(&app, "1");
    calls.extend([
        ("me", vec![]),
        ("list_api_tokens", vec![]),
        ("create_api_token", vec![("name", "x".to_string())]),
        ("revoke_api_token", vec![("id", "1".to_string())]),
        (
            "change_password",
            vec![
                ("current_password", PASSWORD.into()),
                ("new_password", "another long one".into()),
                ("confirm_password", "another long one".into()),
            ],
        ),
    ]);
    for (endpoint, form) in calls {
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = app.call(&c, endpoint, &form).await;
        assert_eq!(r.status(), 401, "{endpoint}");
    }
}

#[tokio::test]
async fn a_token_of_someone_else_cannot_be_revoked() {
    let app = spawn_app().await;
    let admin = app.login("admin@test.example").await;
    let created = json(app.call(&admin, "create_api_token", &[("name", "ERP")]).await).await;
    let id = created["token"]["id"].to_string();
    let tech = app.login("tech@test.example").await;
    assert_eq!(app.call(&tech, "revoke_api_token", &[("id", &id)]).await.status(), 404);
    let list = json(app.call(&admin, "list_api_tokens", &[]).await).await;
    assert!(list[0]["revoked_at"].is_null());
}

#[tokio::test]
async fn an_auditor_reads_only_their_sites_audit_log_until_the_grant_ends() {
    let app = spawn_app().await;
    let auditor = app.login("auditor@test.example").await;
    let page = json(app.call(&auditor, "list_audit_events", &[]).await).await;
    let events = page["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["site_id"] == app.lyn), "only LYN events: {page}");
    let r = app.call(&auditor, "list_audit_events", &[("site_id", &app.rvs.to_string())]).await;
    assert_eq!(r.status(), 403);
    // read-only: no administration
    let r =
        app.call(&auditor, "create_site", &[("code", "X1"), ("name", "X"), ("address", ""), ("timezone", "UTC")]).await;
    assert_eq!(r.status(), 403);
    // the grant ends on 2026-12-31: from 2027-01-01 it no longer works
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2027, 1, 1, 0, 30, 0).unwrap());
    let auditor = app.login("auditor@test.example").await;
    assert_eq!(app.call(&auditor, "list_audit_events", &[]).await.status(), 403);
    let me = json(app.call(&auditor, "me", &[]).await).await;
    assert_eq!(me["sites"].as_array().unwrap().len(), 0, "{me}");
}

#[tokio::test]
async fn admin_manages_people_and_every_change_is_audited() {
    let app = spawn_app().await;
    let admin = app.login("admin@test.example").await;
    let r = app
        .call(
            &admin,
            "create_user",
            &[
                ("email", "Nadia@Test.Example"),
                ("display_name", "Nadia Lopez"),
                ("password", "spindle bearing 7"),
                ("role", "operator"),
                ("site", "RVS"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let user = json(r).await;
    assert_eq!(user["email"], "nadia@test.example");
    let id = user["id"].to_string();
    // duplicate e-mail, bad role, auditor without end date: field errors, nothing written
    let before = audit_total(&app).await;
    let dup = app
        .call(
            &admin,
            "create_user",
            &[
                ("email", "nadia@test.example"),
                ("display_name", "N"),
                ("password", "spindle bearing 7"),
                ("role", "auditor"),
                ("site", "LYN"),
            ],
        )
        .await;
    assert_eq!(dup.status(), 422);
    let body = json(dup).await;
    assert!(body["Validation"]["expires_on"].is_string(), "{body}");
    let dup = app
        .call(
            &admin,
            "create_user",
            &[
                ("email", "nadia@test.example"),
                ("display_name", "N"),
                ("password", "spindle bearing 7"),
                ("role", "operator"),
                ("site", "LYN"),
            ],
        )
        .await;
    assert_eq!(json(dup).await["Validation"]["email"], "A user with this e-mail address already exists.");
    assert_eq!(audit_total(&app).await, before);
    // grant, then revoke
    let g =
        json(app.call(&admin, "grant_role", &[("user_id", &id), ("site", "LYN"), ("role", "technician")]).await).await;
    assert_eq!(g["site_name"], "Lyon Plant");
    let again = app.call(&admin, "grant_role", &[("user_id", &id), ("site", "LYN"), ("role", "technician")]).await;
    assert_eq!(again.status(), 409);
    let r = app.call(&admin, "revoke_grant", &[("grant_id", &g["id"].to_string()), ("reason", "moved")]).await;
    assert_eq!(r.status(), 200);
    for action in ["user.create", "grant.create", "grant.revoke"] {
        assert!(app.audit_count(action).await >= 1, "{action}");
    }
    let page = json(app.call(&admin, "list_audit_events", &[("entity_type", "grant")]).await).await;
    let revoke = &page["events"][0];
    assert_eq!(revoke["action"], "grant.revoke");
    assert_eq!(revoke["reason"], "moved");
    assert_eq!(revoke["actor"], "admin@test.example");
    assert!(revoke["before"].as_str().unwrap().contains("technician"));
}
