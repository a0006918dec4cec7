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
