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

/// Every page of the route list, as each of the six roles, against the page table
/// (`domain::authz::PAGES`) and the permission table (`domain::authz::POLICY`): a page the role
/// may open answers 200, any other 403 (or 404 where a record must not be seen to exist), and
/// every link a page shows goes to a page the role may open, and every page the role opens is whole
/// without JavaScript (no "Loading…" left, words in its main content). A route missing from the page table
/// (or an entry no route has) fails the test, so a new page cannot skip this.
#[tokio::test]
async fn every_route_answers_each_role_as_the_page_and_permission_tables_say() {
    use domain::authz::{PAGES, Permission, Role, may_open, page, role_allows};
    let app = spawn_app().await;
    // the route list and the page table are the same set of pages
    let routes: std::collections::BTreeSet<String> =
        server::page_paths().into_iter().map(|p| p.replace('{', ":").replace('}', "")).collect();
    let table: std::collections::BTreeSet<String> = PAGES.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(routes, table, "every route has its line in the page table, and no line is left without a route");

    // records behind the pages with an id, all at Riverside
    let ehs = app.login("ehs@test.example").await;
    let mgr = app.login("manager@test.example").await;
    let ok = |r: reqwest::Response| async move {
        let status = r.status();
        let body = json(r).await;
        assert!(status.is_success(), "{status}: {body}");
        body
    };
    let asset = ok(app.call(&mgr, "create_asset", &[("tag", "P-1"), ("name", "Press 1")]).await).await;
    let aid = asset["id"].to_string();
    let wo = ok(app
        .call(
            &mgr,
            "create_work_order",
            &[("title", "Leak"), ("wo_type", "corrective"), ("priority", "high"), ("asset_id", &aid)],
        )
        .await)
    .await;
    // reported by the technician: the reporter sees their own event's page
    let tech = app.login("tech@test.example").await;
    let event = report_event(&app, &tech, "injury_illness", "Cut on a sheet edge", "Handling a blank").await;
    let case = ok(app
        .call(
            &ehs,
            "open_case",
            &[
                ("employee_name", "Pat Doe"),
                ("job_title", "Press operator"),
                ("injury_date", "2026-11-20"),
                ("location", "Press shop"),
                ("injury_description", "Laceration, left hand"),
                ("case_type", "1"),
                ("event_id", &event),
            ],
        )
        .await)
    .await["id"]
        .to_string();
    let items = "[pass_fail] Guard in place\n[text] Notes";
    let version = ok(app
        .call(
            &mgr,
            "create_template",
            &[("name", "Press guarding"), ("category", "audit"), ("pass_mark", "80"), ("items", items)],
        )
        .await)
    .await["id"]
        .to_string();
    let wo_id = wo["summary"]["id"].to_string();
    let (template, _) = crate::inspections::extinguisher(&app, &ehs).await;
    let inspection = crate::inspections::schedule(&app, &ehs, template).await["id"].to_string();
    let pm = ok(app
        .call(
            &mgr,
            "create_schedule",
            &[
                ("asset_id", &aid),
                ("title", "Monthly press PM"),
                ("trigger_kind", "fixed"),
                ("first_due", "2026-11-25"),
                ("every_days", "30"),
                ("lead_days", "7"),
                ("steps", "Clean and restart"),
            ],
        )
        .await)
    .await["id"]
        .to_string();
    let mut concrete: Vec<String> = vec![
        format!("/a/{aid}"),
        format!("/pm/{pm}"),
        format!("/inspections/{inspection}"),
        format!("/inspections/{inspection}/report"),
        format!("/work-orders/{wo_id}"),
        format!("/assets/{aid}"),
        format!("/safety/events/{event}"),
        format!("/osha/cases/{case}"),
        format!("/osha/cases/{case}/301"),
        format!("/templates/{version}"),
        format!("/admin/users/{}", app.tech),
    ];
    // and whatever other record pages an administrator and the EHS officer reach from every page
    let start: Vec<String> = routes.iter().filter(|p| !p.contains(':')).cloned().collect();
    let admin = app.login("admin@test.example").await;
    for c in [&admin, &ehs] {
        for (path, _) in crawl(&app, c, &start, 400).await {
            concrete.push(path);
        }
    }
    // one concrete path per page
    let mut by_page: std::collections::BTreeMap<&str, String> = std::collections::BTreeMap::new();
    for path in concrete {
        if let Some((pattern, _)) = page(&path) {
            by_page.entry(pattern).or_insert(path.split(['?', '#']).next().unwrap_or_default().to_string());
        }
    }
    // every page is walked but evidence (its record needs a framework, a requirement and a file)
    let missing: Vec<&str> = PAGES.iter().map(|(p, _)| *p).filter(|p| !by_page.contains_key(p)).collect();
    assert!(missing.len() <= 1, "pages without a path to try: {missing:?}");

    // (role, e-mail, holds it on every site, sees Riverside)
    let people = [
        (Role::Admin, "admin", true, true),
        (Role::Manager, "manager", false, true),
        (Role::EhsOfficer, "ehs", true, true),
        (Role::Technician, "tech", false, true),
        (Role::Operator, "operator", false, false),
        (Role::Auditor, "auditor", false, false),
    ];
    let mut wrong = Vec::new();
    for (role, who, org_wide, at_riverside) in people {
        let held: Vec<Permission> =
            Permission::ALL.into_iter().filter(|p| role_allows(role, *p) && (org_wide || !p.org_wide())).collect();
        let c = app.login(&format!("{who}@test.example")).await;
        for (pattern, path) in &by_page {
            // a record page is of a Riverside record: only those who see Riverside may open it
            // (templates, frameworks and people belong to the organisation; a QR label's landing
            // page is anyone's)
            let organisation = ["/templates/:id", "/compliance/frameworks/:id", "/admin/users/:id", "/a/:id"];
            let record = pattern.contains(':') && !organisation.contains(pattern);
            let may = may_open(path, true, &held) && (!record || at_riverside);
            let r = c.get(app.url(path)).send().await.unwrap();
            let status = r.status().as_u16();
            let body = r.text().await.unwrap();
            match (may, status) {
                (true, 200) => {
                    // the page is whole without JavaScript: no placeholder a browser without the
                    // script could never leave, and a main content with words in it
                    if body.contains(r#"class="loading""#) {
                        wrong.push(format!("{who}: {path} still says Loading without JavaScript"));
                    }
                    let main = body.split("<main").nth(1).and_then(|m| m.split("</main>").next()).unwrap_or_default();
                    let words = main
                        .split('<')
                        .filter_map(|t| t.split_once('>'))
                        .map(|(_, text)| text.trim())
                        .collect::<String>();
                    // a QR label's landing page only sends the browser on (to the asset or the report form)
                    if words.chars().filter(|c| c.is_alphabetic()).count() < 10 && *pattern != "/a/:id" {
                        wrong.push(format!("{who}: {path} has no content in its main part: {main:.200}"));
                    }
                    for link in links(&body) {
                        if page(&link).is_some() && !may_open(&link, true, &held) {
                            wrong.push(format!("{who}: {path} links to {link}, which the role may not open"));
                        }
                    }
                }
                (false, 403 | 404) => {}
                (true, s) => wrong.push(format!("{who}: {path} answers {s}, the table says it may open it")),
                (false, s) => wrong.push(format!("{who}: {path} answers {s}, the table says it may not open it")),
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{} disagreements with the tables:\n{}", wrong.len(), wrong.join("\n"));
}
