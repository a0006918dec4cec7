//! Sign-in, sessions, cookies, throttling, password change.
use chrono::Duration;

use crate::helpers::*;

#[tokio::test]
async fn login_sets_a_hardened_session_cookie_and_signs_in() {
    let app = spawn_app().await;
    let c = client();
    let res = app.call(&c, "login", &[("email", "Tech@Test.Example "), ("password", PASSWORD)]).await;
    assert!(res.status().is_success(), "{}", res.status());
    let cookies = set_cookies(res.headers());
    let session = cookies.iter().find(|c| c.starts_with("gemba_session=")).expect("session cookie");
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(session.contains(flag), "{session}");
    }
    assert!(!session.contains("Secure"), "plain-HTTP dev mode has no Secure flag: {session}");
    let token = session.trim_start_matches("gemba_session=").split(';').next().unwrap();
    assert_eq!(token.len(), 32, "128-bit token in hex");
    let me = json(app.call(&c, "me", &[]).await).await;
    assert_eq!(me["email"], "tech@test.example");
    assert_eq!(me["sites"].as_array().unwrap().len(), 1, "{me}");
    assert_eq!(me["sites"][0]["site"]["code"], "RVS");
}

#[tokio::test]
async fn over_https_the_cookie_is_host_prefixed_and_secure() {
    let app = spawn_with(|c| c.base_url = "https://gemba.plant.example".into()).await;
    let c = client();
    let res = app.call(&c, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert!(res.status().is_success());
    let cookies = set_cookies(res.headers());
    let session = cookies.iter().find(|c| c.starts_with("__Host-gemba_session=")).expect("__Host- cookie");
    for flag in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(session.contains(flag), "{session}");
    }
    assert!(!session.contains("Domain"), "{session}");
}

#[tokio::test]
async fn wrong_password_and_unknown_user_get_the_same_answer() {
    let app = spawn_app().await;
    let c = client();
    let wrong = app.call(&c, "login", &[("email", "tech@test.example"), ("password", "not-the-password")]).await;
    assert_eq!(wrong.status(), 401);
    let wrong = json(wrong).await;
    let unknown = app.call(&c, "login", &[("email", "nobody@test.example"), ("password", "not-the-password")]).await;
    assert_eq!(unknown.status(), 401);
    let unknown = json(unknown).await;
    assert_eq!(wrong, unknown);
    assert_eq!(wrong, serde_json::json!("BadCredentials"), "the browser app shows: Wrong email or password.");
    assert!(set_cookies(&reqwest::header::HeaderMap::new()).is_empty());
    assert_eq!(app.call(&c, "me", &[]).await.status(), 401);
}

#[tokio::test]
async fn blank_fields_get_field_errors() {
    let app = spawn_app().await;
    let res = app.call(&client(), "login", &[("email", " "), ("password", "")]).await;
    assert_eq!(res.status(), 422);
    let body = json(res).await.to_string();
    assert!(body.contains("Enter your e-mail address.") && body.contains("Enter your password."), "{body}");
}

#[tokio::test]
async fn repeated_failures_are_throttled_with_429_then_allowed_after_waiting() {
    let app = spawn_app().await;
    let c = client();
    for _ in 0..10 {
        let r = app.call(&c, "login", &[("email", "tech@test.example"), ("password", "guess-guess")]).await;
        assert_eq!(r.status(), 401);
    }
    let r = app.call(&c, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429, "even the right password waits");
    let retry: i64 = r.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    assert!(json(r).await["TooManyRequests"]["retry_after_secs"].is_i64());
    app.clock.advance(Duration::seconds(61));
    let r = app.call(&c, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert!(r.status().is_success(), "{}", r.status());
}

#[tokio::test]
async fn wrong_passwords_from_the_plants_address_do_not_lock_out_its_people() {
    let app = spawn_app().await;
    let c = client();
    // the technician has signed in on this phone before: it carries the device cookie, sent only
    // with a sign-in
    let phone = app.login("tech@test.example").await;
    // someone at the same address: guesses across unknown e-mails, then at the technician
    for i in 0..15 {
        let r =
            app.call(&c, "login", &[("email", &format!("nobody{i}@test.example")), ("password", "guess-guess")]).await;
        assert_eq!(r.status(), 401);
    }
    for _ in 0..12 {
        app.call(&c, "login", &[("email", "tech@test.example"), ("password", "guess-guess")]).await;
    }
    // the technician on the phone still gets in; so does a colleague who never signed in from
    // here (the address has a limit ten times an account's)
    let r = app.call(&phone, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert!(r.status().is_success(), "{}", r.status());
    let r = app.call(&client(), "login", &[("email", "operator@test.example"), ("password", PASSWORD)]).await;
    assert!(r.status().is_success(), "{}", r.status());
    // the same address is not the same device: a browser without the cookie, even with the right
    // password, waits out the account's limit (an attacker in the plant gains nothing from the
    // technician's earlier sign-ins)
    let r = app.call(&client(), "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    // an account guessed at from here by one who never signed in to it is held back
    for _ in 0..10 {
        app.call(&c, "login", &[("email", "manager@test.example"), ("password", "guess-guess")]).await;
    }
    let r = app.call(&client(), "login", &[("email", "manager@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    // a device is known to the people who signed in on it, not to others
    let r = app.call(&phone, "login", &[("email", "manager@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    // past the address's own limit, a newcomer from it waits too; the known phone does not
    for i in 0..80 {
        app.call(&c, "login", &[("email", &format!("spray{i}@test.example")), ("password", "guess-guess")]).await;
    }
    let r = app.call(&client(), "login", &[("email", "auditor@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
    let r = app.call(&phone, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert!(r.status().is_success(), "{}", r.status());
    // the known phone has a budget of its own, an account's: guessing from it is held back too
    for _ in 0..10 {
        let r = app.call(&phone, "login", &[("email", "tech@test.example"), ("password", "guess-guess")]).await;
        assert_eq!(r.status(), 401);
    }
    let r = app.call(&phone, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 429);
}

#[tokio::test]
async fn the_device_cookie_is_http_only_sent_only_to_sign_in_and_holds_no_account() {
    let app = spawn_app().await;
    let r = app.call(&client(), "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    let cookies = set_cookies(r.headers());
    let device = cookies.iter().find(|c| c.starts_with("gemba_device=")).expect("a device cookie");
    for flag in ["HttpOnly", "Path=/sfn/login", "SameSite=Strict", "Max-Age=15552000"] {
        assert!(device.contains(flag), "{device}");
    }
    let value = device.split(';').next().unwrap().trim_start_matches("gemba_device=");
    assert_eq!(value.len(), 32, "128 bits in hex: {value}");
    assert!(!value.contains("tech") && !value.contains('.'), "a random token, nothing readable: {value}");
    // only its hash is stored
    use sea_orm::EntityTrait;
    let rows = backend::entities::known_device::Entity::find().all(&app.state.db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].token_hash, value);
}

#[tokio::test]
async fn logout_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let c = client();
    let res = app.call(&c, "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    let cookie = set_cookies(res.headers())[0].split(';').next().unwrap().to_string();
    assert!(app.call(&c, "logout", &[]).await.status().is_success());
    // replaying the old cookie from another client does not work
    let other = client();
    let r = other.get(app.url("/sfn/me")).header("Cookie", &cookie).send().await.unwrap();
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn a_deactivated_users_session_dies_at_once() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    assert_eq!(app.call(&tech, "me", &[]).await.status(), 200);
    let admin = app.login("admin@test.example").await;
    let id = app.tech.to_string();
    let r = app.call(&admin, "set_user_active", &[("user_id", &id), ("active", "false"), ("reason", "left")]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.call(&tech, "me", &[]).await.status(), 401);
    let again = app.call(&client(), "login", &[("email", "tech@test.example"), ("password", PASSWORD)]).await;
    assert_eq!(again.status(), 401, "cannot sign in while deactivated");
    assert_eq!(app.audit_count("user.deactivate").await, 1);
}

#[tokio::test]
async fn an_api_token_does_not_come_back_to_life_with_a_reactivated_account() {
    let app = spawn_app().await;
    let token = token_for(&app, "tech@test.example").await;
    let me = || client().get(app.url("/api/v1/me")).bearer_auth(&token).send();
    assert_eq!(me().await.unwrap().status(), 200);
    let admin = app.login("admin@test.example").await;
    let id = app.tech.to_string();
    for active in ["false", "true"] {
        let r = app.call(&admin, "set_user_active", &[("user_id", &id), ("active", active), ("reason", "left")]).await;
        assert_eq!(r.status(), 200);
        assert_eq!(me().await.unwrap().status(), 401, "active={active}");
    }
    // a new token of the reactivated person works
    assert_eq!(
        client()
            .get(app.url("/api/v1/me"))
            .bearer_auth(token_for(&app, "tech@test.example").await)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn sessions_expire_when_idle() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    app.clock.advance(Duration::minutes(239));
    assert_eq!(app.call(&tech, "me", &[]).await.status(), 200, "still within the idle limit");
    app.clock.advance(Duration::minutes(241));
    assert_eq!(app.call(&tech, "me", &[]).await.status(), 401);
}

#[tokio::test]
async fn changing_the_password_checks_policy_and_ends_other_sessions() {
    let app = spawn_app().await;
    let token = token_for(&app, "tech@test.example").await;
    let me = app.url("/api/v1/me");
    let api = |t: String| {
        let me = me.clone();
        async move { client().get(me).bearer_auth(t).send().await.unwrap().status().as_u16() }
    };
    assert_eq!(api(token.clone()).await, 200);
    let phone = app.login("tech@test.example").await;
    let desk = app.login("tech@test.example").await;
    let weak = app
        .call(
            &phone,
            "change_password",
            &[("current_password", PASSWORD), ("new_password", "password1"), ("confirm_password", "password1")],
        )
        .await;
    assert_eq!(weak.status(), 422);
    assert!(json(weak).await["Validation"]["new_password"].as_str().unwrap().contains("too common"));
    let wrong = app
        .call(
            &phone,
            "change_password",
            &[
                ("current_password", "nope-nope"),
                ("new_password", "lathe coolant 42"),
                ("confirm_password", "lathe coolant 42"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let ok = app
        .call(
            &phone,
            "change_password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "lathe coolant 42"),
                ("confirm_password", "lathe coolant 42"),
            ],
        )
        .await;
    assert_eq!(ok.status(), 200);
    assert_eq!(app.call(&phone, "me", &[]).await.status(), 200, "this session stays");
    assert_eq!(app.call(&desk, "me", &[]).await.status(), 401, "the other one ends");
    assert_eq!(api(token).await, 401, "and so do the API tokens");
    let c = client();
    let r = app.call(&c, "login", &[("email", "tech@test.example"), ("password", "lathe coolant 42")]).await;
    assert!(r.status().is_success());
}

#[tokio::test]
async fn a_plain_form_post_signs_in_and_redirects_without_javascript() {
    let app = spawn_app().await;
    let c = client();
    let r = c
        .post(app.url("/sfn/login"))
        .header("Accept", "text/html")
        .header("Referer", app.url("/login?next=/audit"))
        .form(&[("email", "admin@test.example"), ("password", PASSWORD), ("next", "/audit")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    assert_eq!(r.headers()["location"], "/audit");
    assert!(set_cookies(r.headers()).iter().any(|c| c.starts_with("gemba_session=")));
    // a failed form post goes back to the form with the error in the address
    let r = client()
        .post(app.url("/sfn/login"))
        .header("Accept", "text/html")
        .header("Referer", app.url("/login"))
        .form(&[("email", "admin@test.example"), ("password", "wrong-wrong"), ("next", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 302);
    let loc = r.headers()["location"].to_str().unwrap();
    assert!(loc.contains("/login") && loc.contains("__err="), "{loc}");
    let page = client().get(loc).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Wrong email or password."), "the sign-in page shows the error");
    // and an open redirect is not possible
    let r = client()
        .post(app.url("/sfn/login"))
        .header("Accept", "text/html")
        .form(&[("email", "admin@test.example"), ("password", PASSWORD), ("next", "//evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["location"], "/");
}
