//! The JSON API: bearer tokens, permissions, JSON errors, OpenAPI.
use crate::helpers::*;
use serde_json::{Value, json};

#[tokio::test]
async fn openapi_document_lists_the_endpoints() {
    let app = spawn_app().await;
    let doc = json(client().get(app.url("/api/v1/openapi.json")).send().await.unwrap()).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/users", "/users/{id}", "/sites", "/sites/{id}", "/grants", "/audit-events", "/audit-events/{seq}"] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    assert!(doc["components"]["securitySchemes"]["bearer_auth"].is_object());
    // every operation documents the JSON error answers it can give
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            for code in ["400", "401", "403", "404", "422"] {
                assert!(op["responses"][code].is_object(), "{method} {path} {code}");
            }
        }
    }
}

#[tokio::test]
async fn tokens_authenticate_are_stored_hashed_and_can_be_revoked() {
    let app = spawn_app().await;
    let c = app.login("admin@test.example").await;
    let created = json(app.call(&c, "create_api_token", &[("name", "ERP sync")]).await).await;
    let secret = created["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("gemba_"));
    let rows = backend::repo::api_tokens::for_user(&app.state.db, app.admin).await.unwrap();
    assert!(rows.iter().all(|t| t.token_hash != secret && !t.token_hash.contains(&secret[6..])));
    let listed = json(app.call(&c, "list_api_tokens", &[]).await).await.to_string();
    assert!(!listed.contains(&secret), "the secret is shown once only");
    let api = client();
    let r = api.get(app.url("/api/v1/me")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(json(r).await["user"]["email"], "admin@test.example");
    let id = created["token"]["id"].to_string();
    assert_eq!(app.call(&c, "revoke_api_token", &[("id", &id)]).await.status(), 200);
    let r = api.get(app.url("/api/v1/me")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let body = json(r).await;
    assert_eq!(body["error"], "unauthorized");
    assert!(body["message"].is_string() && body["fields"].is_object());
}

#[tokio::test]
async fn the_api_has_the_same_permissions_as_the_pages() {
    let app = spawn_app().await;
    let tech = token_for(&app, "tech@test.example").await;
    let api = client();
    let get = |path: &str| api.get(app.url(path)).bearer_auth(&tech).send();
    let sites = json(get("/api/v1/sites").await.unwrap()).await;
    assert_eq!(sites.as_array().unwrap().len(), 1);
    assert_eq!(get(&format!("/api/v1/sites/{}", app.lyn)).await.unwrap().status(), 403);
    assert_eq!(get(&format!("/api/v1/sites/{}", app.rvs)).await.unwrap().status(), 200);
    assert_eq!(get("/api/v1/users").await.unwrap().status(), 403);
    assert_eq!(get(&format!("/api/v1/users/{}", app.admin)).await.unwrap().status(), 403);
    assert_eq!(get("/api/v1/audit-events").await.unwrap().status(), 403);
    assert_eq!(get(&format!("/api/v1/grants?user_id={}", app.tech)).await.unwrap().status(), 200);
    assert_eq!(get("/api/v1/grants").await.unwrap().status(), 403);
    let admin = token_for(&app, "admin@test.example").await;
    let users = json(api.get(app.url("/api/v1/users?per_page=2")).bearer_auth(&admin).send().await.unwrap()).await;
    assert_eq!(users["users"].as_array().unwrap().len(), 2);
    assert_eq!(users["total"], 6);
    let grants = json(
        api.get(app.url(&format!("/api/v1/grants?site_id={}", app.lyn))).bearer_auth(&admin).send().await.unwrap(),
    )
    .await;
    assert!(grants.as_array().unwrap().iter().all(|g| g["site_id"].is_null() || g["site_id"] == app.lyn));
}

#[tokio::test]
async fn audit_events_page_with_a_cursor_and_filter() {
    let app = spawn_app().await;
    let admin = token_for(&app, "admin@test.example").await;
    let api = client();
    let first = json(api.get(app.url("/api/v1/audit-events?limit=5")).bearer_auth(&admin).send().await.unwrap()).await;
    let events = first["events"].as_array().unwrap();
    assert_eq!(events.len(), 5);
    let before = first["next_before"].as_i64().unwrap();
    let second = json(
        api.get(app.url(&format!("/api/v1/audit-events?limit=5&before={before}")))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert!(second["events"][0]["seq"].as_i64().unwrap() < before);
    let users_only =
        json(api.get(app.url("/api/v1/audit-events?entity_type=user")).bearer_auth(&admin).send().await.unwrap()).await;
    assert!(users_only["events"].as_array().unwrap().iter().all(|e| e["entity_type"] == "user"));
    let one = json(api.get(app.url("/api/v1/audit-events/1")).bearer_auth(&admin).send().await.unwrap()).await;
    assert_eq!(one["seq"], 1);
    assert_eq!(one["hash"].as_str().unwrap().len(), 64);
}

#[tokio::test]
async fn bad_input_gets_a_json_4xx_never_a_5xx() {
    let app = spawn_app().await;
    let admin = token_for(&app, "admin@test.example").await;
    let api = client();
    for (path, status) in [
        ("/api/v1/users?per_page=abc", 400),
        ("/api/v1/users/abc", 400),
        ("/api/v1/users/99999999", 404),
        ("/api/v1/audit-events?from=2026-13-01", 400),
        ("/api/v1/audit-events?from=2026-12-01&until=2026-11-01", 422),
        ("/api/v1/audit-events/-1", 404),
        ("/api/v1/audit-events?limit=99999999999999999999", 400),
        ("/api/v1/nowhere", 404),
    ] {
        let r = api.get(app.url(path)).bearer_auth(&admin).send().await.unwrap();
        assert_eq!(r.status(), status, "{path}");
        let body = json(r).await;
        assert!(body["error"].is_string(), "{path}: {body}");
    }
    let r = api.get(app.url("/api/v1/audit-events?per_page=abc")).bearer_auth(&admin).send().await.unwrap();
    assert_eq!(r.status(), 200, "unknown parameters are ignored");
    // a page number near i64::MAX (found by schemathesis) is an empty page, not a dropped connection
    for path in ["/api/v1/grants?page=9223372036854775807", "/api/v1/users?page=9223372036854775807&per_page=100"] {
        let r = api.get(app.url(path)).bearer_auth(&admin).send().await.unwrap();
        assert_eq!(r.status(), 200, "{path}");
    }
    let r = api.get(app.url("/api/v1/me")).bearer_auth("gemba_not_a_token").send().await.unwrap();
    assert_eq!(r.status(), 401);
}

/// The property names of an operation's JSON body, following `$ref`s into the components.
fn body_fields(doc: &Value, op: &Value) -> Vec<String> {
    fn walk(doc: &Value, schema: &Value, out: &mut Vec<String>, depth: u8) {
        if depth > 4 {
            return;
        }
        if let Some(r) = schema["$ref"].as_str() {
            let name = r.rsplit('/').next().unwrap_or_default();
            return walk(doc, &doc["components"]["schemas"][name], out, depth + 1);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for s in schema[key].as_array().into_iter().flatten() {
                walk(doc, s, out, depth + 1);
            }
        }
        for (name, prop) in schema["properties"].as_object().into_iter().flatten() {
            out.push(name.clone());
            walk(doc, prop, out, depth + 1);
            walk(doc, &prop["items"], out, depth + 1);
        }
    }
    let mut out = Vec::new();
    walk(doc, &op["requestBody"]["content"]["application/json"]["schema"], &mut out, 0);
    out.sort();
    out.dedup();
    out
}

/// Every operation of the OpenAPI document, writes with malformed, huge, unicode and NUL bodies and
/// reads with such query parameters, under an administrator's token, a technician's and none:
/// each is refused or answered, never a server fault.
#[tokio::test]
async fn no_input_makes_any_api_operation_fail_on_the_server() {
    let app = spawn_app().await;
    let doc = json(client().get(app.url("/api/v1/openapi.json")).send().await.unwrap()).await;
    let long = "é".repeat(4_000);
    let values = [
        json!("abc\u{0}"),
        json!(-1),
        json!(9_223_372_036_854_775_807_i64),
        json!(1e308),
        json!(long),
        json!("\u{202e}🧯</textarea><b>'\";--"),
        json!("0001-01-01"),
        json!(true),
        json!(null),
        json!([1, {"x": null}]),
        json!({"x": [null]}),
    ];
    let deep = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let mut requests: Vec<(reqwest::Method, String, Option<String>)> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let variants: Vec<String> = if path.contains('{') {
            ["1", "abc", "99999999999999999999", "-1", "%00"]
                .iter()
                .map(|v| {
                    let mut p = path.clone();
                    while let (Some(a), Some(b)) = (p.find('{'), p.find('}')) {
                        p.replace_range(a..=b, v);
                    }
                    p
                })
                .collect()
        } else {
            vec![path.clone()]
        };
        for (method, op) in item.as_object().unwrap() {
            let method: reqwest::Method = method.to_uppercase().parse().unwrap();
            for p in &variants {
                let url = format!("/api/v1{p}");
                if method == reqwest::Method::GET {
                    let names: Vec<&str> = op["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter(|q| q["in"] == "query")
                        .filter_map(|q| q["name"].as_str())
                        .collect();
                    requests.push((method.clone(), url.clone(), None));
                    for v in ["abc%00", "-99999999999999999999", "9223372036854775807", "0001-01-01", "%E2%80%AE"] {
                        let q: Vec<String> = names.iter().map(|n| format!("{n}={v}")).collect();
                        requests.push((method.clone(), format!("{url}?{}", q.join("&")), None));
                    }
                    continue;
                }
                let fields = body_fields(&doc, op);
                let mut bodies: Vec<String> =
                    ["", "null", "[]", "{}", "{", "\"x\"", "{\"a\":\u{0}}"].iter().map(|s| s.to_string()).collect();
                bodies.push(deep.clone());
                for v in &values {
                    let obj: serde_json::Map<String, Value> = fields.iter().map(|f| (f.clone(), v.clone())).collect();
                    bodies.push(Value::Object(obj).to_string());
                }
                for b in bodies {
                    requests.push((method.clone(), url.clone(), Some(b)));
                }
            }
        }
    }
    assert!(requests.len() > 1_000, "the document lists the operations: {}", requests.len());
    let admin = token_for(&app, "admin@test.example").await;
    let tech = token_for(&app, "tech@test.example").await;
    let requests = std::sync::Arc::new(requests);
    let mut tasks = tokio::task::JoinSet::new();
    // a few at a time: this is about input, not load
    for lane in 0..4 {
        for token in [Some(admin.clone()), Some(tech.clone()), None] {
            let (requests, base) = (requests.clone(), app.base.clone());
            tasks.spawn(async move {
                let api = client();
                let mut faults = Vec::new();
                for (method, url, body) in requests.iter().skip(lane).step_by(4) {
                    let mut r = api.request(method.clone(), format!("{base}{url}"));
                    if let Some(t) = &token {
                        r = r.bearer_auth(t);
                    }
                    if let Some(b) = body {
                        r = r.header("content-type", "application/json").body(b.clone());
                    }
                    let res = match r.send().await {
                        Ok(res) => res,
                        // refused before its body was read (401, 404, 413): the server answers
                        // and closes, and the rest of a long body meets a closed socket
                        Err(e) if body.is_some() && format!("{e:?}").contains("BodyWrite") => continue,
                        Err(e) => panic!("{method} {url}: {e}"),
                    };
                    if res.status().is_server_error() {
                        let shown: String = body.as_deref().unwrap_or("").chars().take(60).collect();
                        faults.push(format!("{method} {url} {} {shown}", res.status()));
                    }
                }
                faults
            });
        }
    }
    let faults: Vec<String> = tasks.join_all().await.into_iter().flatten().collect();
    assert!(faults.is_empty(), "{} server faults:\n{}", faults.len(), faults.join("\n"));
}

/// What a page can change, the API can change: every server function is listed here as a read, a
/// write with its API operation (which must be in the OpenAPI document), or a deliberate exception
/// with its reason. A new server function that is none of these fails the test, as does a write
/// whose operation is missing from the document.
#[tokio::test]
async fn every_write_a_page_offers_has_an_api_operation_or_a_stated_reason() {
    const READS: &[&str] = &[
        "list_users",
        "get_user",
        "list_all_sites",
        "list_assets",
        "pick_asset",
        "scan_code",
        "chosen_asset",
        "get_asset_detail",
        "asset_labels",
        "get_report_target",
        "qr_landing",
        "list_audit_events",
        "audit_actors",
        "me",
        "my_day",
        "frameworks",
        "readiness",
        "evidence_list",
        "evidence",
        "certificates",
        "cert_types",
        "person_certs",
        "competency_matrix",
        "audit_packs",
        "audit_pack",
        "template_library",
        "template_version",
        "inspections",
        "inspection",
        "audit_leads",
        "offline_pages",
        "osha_overview",
        "osha_case",
        "osha_log",
        "osha_summary",
        "privacy_list",
        "ita_check",
        "osha_rates",
        "list_schedules",
        "get_schedule_detail",
        "list_holidays",
        "reminder_inbox",
        "reminder_preferences",
        "reminder_policies",
        "outbox_page",
        "safety_events",
        "safety_event",
        "capa_list",
        "capa_owners",
        "list_api_tokens",
        "todays_round",
        "tag_board",
        "my_work",
        "list_work_orders",
        "work_order",
        "list_parts",
        "work_order_photos",
        "maintenance_kpis",
        "site_workers",
        "production_records",
        "cycle_times",
    ];
    const WRITES: &[(&str, &str)] = &[
        ("create_user", "post /users"),
        ("set_user_active", "put /users/{id}/active"),
        ("grant_role", "post /grants"),
        ("revoke_grant", "delete /grants/{id}"),
        ("create_site", "post /sites"),
        ("update_site_settings", "put /sites/{id}/settings"),
        ("create_asset", "post /assets"),
        ("update_asset", "put /assets/{id}"),
        ("move_asset", "put /assets/{id}/parent"),
        ("import_assets", "post /assets/import"),
        ("create_meter", "post /assets/{id}/meters"),
        ("record_reading", "post /meters/{id}/readings"),
        ("set_framework_applies", "put /frameworks/{id}/applies"),
        ("create_framework", "post /frameworks"),
        ("add_requirement", "post /frameworks/{id}/requirements"),
        ("map_work", "post /requirement-mappings"),
        ("create_evidence", "post /evidence"),
        ("evidence_action", "post /evidence/{id}/actions"),
        ("create_certificate", "post /certificates"),
        ("record_certificate_audit", "post /certificates/{id}/audits"),
        ("create_cert_type", "post /certification-types"),
        ("set_cert_requirement", "put /certification-requirements"),
        ("record_person_cert", "post /person-certifications"),
        ("request_audit_pack", "post /audit-packs"),
        ("create_template", "post /templates"),
        ("edit_template", "put /template-versions/{id}"),
        ("publish_template", "post /template-versions/{id}/publish"),
        ("schedule_inspection", "post /audits"),
        ("answer_item", "put /audits/{id}/answers/{item}"),
        ("complete_inspection", "post /audits/{id}/complete"),
        ("raise_finding", "post /audits/{id}/findings"),
        ("finding_action", "post /findings/{id}/action"),
        ("save_establishment", "put /osha/establishment"),
        ("save_year_data", "put /osha/year"),
        ("certify_300a", "post /osha/summary/certification"),
        ("open_case", "post /osha/cases"),
        ("update_case", "put /osha/cases/{id}"),
        ("confirm_decision", "post /osha/cases/{id}/confirmation"),
        ("classify_case", "post /osha/cases/{id}/classification"),
        ("set_privacy", "put /osha/cases/{id}/privacy"),
        ("save_301", "put /osha/cases/{id}/form-301"),
        ("delete_case", "delete /osha/cases/{id}"),
        ("mark_ita_submitted", "post /osha/ita/submission"),
        ("create_schedule", "post /schedules"),
        ("set_schedule_active", "put /schedules/{id}/active"),
        ("generate_pm_now", "post /pm-generation"),
        ("add_holiday", "post /holidays"),
        ("record_production", "post /production"),
        ("record_stop", "post /downtime"),
        ("import_production", "post /production/import"),
        ("set_cycle_time", "post /assets/{id}/cycle-times"),
        ("add_downtime_reason", "post /downtime-reasons"),
        ("set_downtime_reason_active", "put /downtime-reasons/{id}/active"),
        ("remove_holiday", "delete /holidays"),
        ("mark_reminder_read", "post /inbox/{id}/read"),
        ("mark_all_reminders_read", "post /inbox/read-all"),
        ("save_reminder_preferences", "put /me/reminder-preferences"),
        ("save_reminder_policy", "put /reminder-policies/{site_id}/{item_type}"),
        ("retry_outbox_message", "post /outbox/{id}/retry"),
        ("save_investigation", "put /events/{id}/investigation"),
        ("close_investigation", "post /events/{id}/investigation/close"),
        ("create_capa", "post /investigations/{id}/capa"),
        ("advance_capa", "post /capa/{id}/status"),
        ("capa_work_order", "post /capa/{id}/work-order"),
        ("cil_ok", "post /cil-points/{id}/checks"),
        ("cil_not_ok", "post /cil-points/{id}/checks"),
        ("create_cil_point", "post /cil-points"),
        ("update_tag", "patch /tags/{id}"),
        ("close_tag", "post /tags/{id}/close"),
        ("create_work_order", "post /work-orders"),
        ("change_work_order_status", "post /work-orders/{id}/transitions"),
        ("answer_step", "post /work-orders/{id}/steps/{step_id}"),
        ("add_time", "post /work-orders/{id}/time"),
        ("add_part", "post /work-orders/{id}/parts"),
        ("set_failure_codes", "put /work-orders/{id}/failure-codes"),
        ("toggle_downtime", "post /work-orders/{id}/downtime"),
        ("assign_work_order", "put /work-orders/{id}/assignees"),
        ("complete_work_order", "post /work-orders/{id}/complete"),
        ("verify_work_order", "post /work-orders/{id}/verify"),
        ("add_work_order_note", "post /work-orders/{id}/notes"),
        ("follow_up_for_change", "post /work-orders/{id}/follow-ups"),
        ("follow_up", "post /work-orders/{id}/follow-ups"),
        ("create_part", "post /parts"),
        ("report_problem", "post /assets/{id}/problem-reports"),
    ];
    const EXCEPTIONS: &[(&str, &str)] = &[
        ("login", "a browser session; the API authenticates each request with its token"),
        ("logout", "ends a browser session; a token is revoked by its owner on the profile page"),
        ("switch_site", "the site a browser shows; every API call names its site"),
        ("set_language", "the language pages are written in; the API answers data, not words"),
        ("change_password", "a password is changed signed in with the old one, never with a token"),
        ("create_api_token", "a token must not mint tokens: a stolen one could outlive its revocation"),
        ("revoke_api_token", "tokens are managed by their owner signed in (a token revoking others is not offered)"),
    ];
    let mut in_code = Vec::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/api");
    for f in std::fs::read_dir(&dir).unwrap().flatten() {
        let text = std::fs::read_to_string(f.path()).unwrap();
        in_code.extend(text.split("endpoint = \"").skip(1).filter_map(|r| r.split('"').next()).map(str::to_string));
    }
    assert!(in_code.len() > 100, "{in_code:?}");
    let listed = |name: &str| {
        READS.contains(&name) || WRITES.iter().any(|(w, _)| *w == name) || EXCEPTIONS.iter().any(|(e, _)| *e == name)
    };
    let unlisted: Vec<&String> = in_code.iter().filter(|n| !listed(n)).collect();
    assert!(
        unlisted.is_empty(),
        "server functions neither read, write with an API operation, nor excepted: {unlisted:?}"
    );
    let gone: Vec<&str> = READS
        .iter()
        .copied()
        .chain(WRITES.iter().map(|(w, _)| *w))
        .chain(EXCEPTIONS.iter().map(|(e, _)| *e))
        .filter(|n| !in_code.iter().any(|c| c == n))
        .collect();
    assert!(gone.is_empty(), "listed here but no longer server functions: {gone:?}");
    let app = spawn_app().await;
    let doc = json(client().get(app.url("/api/v1/openapi.json")).send().await.unwrap()).await;
    let missing: Vec<String> = WRITES
        .iter()
        .filter(|(_, op)| {
            let (method, path) = op.split_once(' ').unwrap();
            !doc["paths"][path][method].is_object()
        })
        .map(|(w, op)| format!("{w}: {op}"))
        .collect();
    assert!(missing.is_empty(), "writes a page offers that the API does not: {missing:?}");
}

/// People, grants and site settings through the API, as the administration pages do them.
#[tokio::test]
async fn an_administrator_manages_people_grants_and_site_settings_through_the_api() {
    let app = spawn_app().await;
    let (admin, mgr) = (token_for(&app, "admin@test.example").await, token_for(&app, "manager@test.example").await);
    let api = client();
    let send = |method: reqwest::Method, path: &str, token: &String, body: Value| {
        api.request(method, app.url(&format!("/api/v1{path}"))).bearer_auth(token).json(&body).send()
    };
    use reqwest::Method;
    let person = json!({"email": "new.tech@test.example", "display_name": "Nia Newcomer", "password": "a long passphrase 42", "role": "technician", "site": app.rvs.to_string()});
    assert_eq!(
        send(Method::POST, "/users", &mgr, person.clone()).await.unwrap().status(),
        403,
        "an administrator's page"
    );
    let r = send(Method::POST, "/users", &admin, person).await.unwrap();
    assert_eq!(r.status(), 201);
    let user = json(r).await;
    assert_eq!(user["email"], "new.tech@test.example");
    let uid = user["id"].as_i64().unwrap();
    let r =
        send(Method::POST, "/grants", &admin, json!({"user_id": uid, "site": app.lyn.to_string(), "role": "operator"}))
            .await
            .unwrap();
    assert_eq!(r.status(), 201);
    let grant = json(r).await["id"].as_i64().unwrap();
    let r = api
        .delete(app.url(&format!("/api/v1/grants/{grant}?reason=moved%20back")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let r =
        send(Method::PUT, &format!("/users/{uid}/active"), &admin, json!({"active": false, "reason": "left"})).await;
    assert_eq!(r.unwrap().status(), 200);
    let settings = json!({"pm_window_pct": 10, "pm_window_mode": "late_only", "pm_window_min_days": 1});
    let r = send(Method::PUT, &format!("/sites/{}/settings", app.rvs), &admin, settings).await.unwrap();
    assert_eq!(r.status(), 200);
    let site = json(r).await;
    assert_eq!((site["pm_window_mode"].as_str(), site["pm_window_min_days"].as_i64()), (Some("late_only"), Some(1)));
    let bad = json!({"pm_window_pct": 80});
    let r = send(Method::PUT, &format!("/sites/{}/settings", app.rvs), &admin, bad).await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(json(r).await["fields"]["pm_window_pct"].is_string());
    for change in ["user.create", "grant.revoke", "site.settings"] {
        assert!(app.audit_count(change).await >= 1, "{change} in the audit trail");
    }
}
