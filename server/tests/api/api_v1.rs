//! The JSON API: bearer tokens, permissions, JSON errors, OpenAPI.
use crate::helpers::*;

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
