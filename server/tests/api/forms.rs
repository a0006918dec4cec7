//! A form the server refuses comes back with what was typed, without JavaScript: the browser is
//! sent back to the form's page and finds its values, its choices and each field's message there
//! (backend::web::kept_input). Only the person who typed it sees it again.
use crate::helpers::*;

/// Posts `form` as a browser without JavaScript does, from the page `from`.
async fn post_form(
    app: &TestApp,
    c: &reqwest::Client,
    endpoint: &str,
    from: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    c.post(app.url(&format!("/sfn/{endpoint}")))
        .header("Accept", "text/html,application/xhtml+xml")
        .header("Referer", app.url(from))
        .form(form)
        .send()
        .await
        .unwrap()
}

/// Posts a multipart `form` as a browser without JavaScript does, from the page `from`.
async fn post_multipart(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    from: &str,
    form: reqwest::multipart::Form,
) -> reqwest::Response {
    c.post(app.url(path))
        .header("Accept", "text/html")
        .header("Referer", app.url(from))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Posts `form` as `enhance.js` does from the page `from`: in the background, asking for the page
/// it returns to in the same answer (`Gemba-In-Place`).
async fn post_in_place(
    app: &TestApp,
    c: &reqwest::Client,
    endpoint: &str,
    from: &str,
    form: &[(&str, String)],
) -> reqwest::Response {
    c.post(app.url(&format!("/sfn/{endpoint}")))
        .header("Accept", "text/html")
        .header("Referer", app.url(from))
        .header("Gemba-In-Place", "1")
        .form(form)
        .send()
        .await
        .unwrap()
}

fn location(r: &reqwest::Response) -> String {
    r.headers()["location"].to_str().unwrap().to_string()
}

const TITLE: &str = "Leaking seal on press 4";
const DETAILS: &str = "Oil under the press </textarea><b id=x>bold</b>";

#[tokio::test]
async fn a_refused_new_work_order_comes_back_with_everything_typed_and_the_message_at_its_field() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let r = post_form(
        &app,
        &mgr,
        "create_work_order",
        "/work-orders/new",
        &[
            ("title", TITLE),
            ("wo_type", "corrective"),
            ("priority", "high"),
            ("asset_id", ""),
            ("due_date", ""),
            ("assignee", ""),
            ("estimated_minutes", "ninety"),
            ("description", DETAILS),
        ],
    )
    .await;
    assert_eq!(r.status(), 302);
    let back = location(&r);
    assert!(back.contains("/work-orders/new") && back.contains("__err="), "{back}");
    assert!(set_cookies(r.headers()).iter().any(|c| c.starts_with("gemba_form=") && c.contains("HttpOnly")));
    let page = mgr.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!(r#"name="title" required maxlength="200" value="{TITLE}""#)), "title kept");
    assert!(page.contains(r#"<option value="high" selected"#), "priority kept");
    assert!(!page.contains(r#"<option value="medium" selected"#), "the default priority is not chosen again");
    assert!(
        page.contains("Oil under the press &lt;/textarea&gt;&lt;b id=x&gt;bold&lt;/b&gt;</textarea>"),
        "details kept, escaped"
    );
    assert!(!page.contains("<b id=x>"), "no markup from the input");
    // the message at its field, the field marked and focused, a summary linking to it
    let field = page.split("name=\"estimated_minutes\"").nth(1).expect("minutes field");
    let field = &field[..field.find('>').unwrap()];
    assert!(field.contains(r#"value="ninety""#) && field.contains(r#"aria-invalid="true""#), "{field}");
    assert!(field.contains(r#"aria-describedby="estimated_minutes-error""#) && field.contains("autofocus"), "{field}");
    assert!(page.contains(r##"<a href="#wo-minutes">Estimated minutes: "##), "summary links to the field");
    assert_eq!(page.matches("Please correct the highlighted fields.").count(), 1, "one summary");
    // nothing was created
    let list = json(app.call(&mgr, "list_work_orders", &[]).await).await;
    assert_eq!(list["total"], 0);

    // the page without the refusal in its address is a new, empty form
    let fresh = mgr.get(app.url("/work-orders/new")).send().await.unwrap().text().await.unwrap();
    assert!(!fresh.contains(TITLE));

    // someone else with the same address and cookie sees none of it
    let cookie = set_cookies(r.headers()).into_iter().find(|c| c.starts_with("gemba_form=")).unwrap();
    let token = cookie.split(';').next().unwrap().to_string();
    let other = signed_in_cookie(&app, "admin@test.example").await;
    let page = reqwest::Client::new()
        .get(&back)
        .header("Cookie", format!("{token}; {other}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("New work order") && !page.contains(TITLE) && !page.contains("ninety"));
}

/// The session cookie (`name=value`) of a fresh sign-in as `email`.
async fn signed_in_cookie(app: &TestApp, email: &str) -> String {
    let r = app.call(&client(), "login", &[("email", email), ("password", PASSWORD)]).await;
    let c = set_cookies(r.headers()).into_iter().find(|c| c.starts_with("gemba_session=")).unwrap();
    c.split(';').next().unwrap().to_string()
}

#[tokio::test]
async fn a_refused_sign_in_keeps_the_email_and_never_the_password() {
    let app = spawn_app().await;
    let c = client();
    let r = post_form(
        &app,
        &c,
        "login",
        "/login",
        &[("email", "tech@test.example"), ("password", "wrong horse battery"), ("next", "")],
    )
    .await;
    assert_eq!(r.status(), 302);
    let page = c.get(location(&r)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Wrong email or password."));
    assert!(page.contains(r#"value="tech@test.example""#), "e-mail kept");
    assert!(!page.contains("wrong horse battery"), "password never written back");
    let stored: Vec<String> = {
        use sea_orm::EntityTrait;
        backend::entities::form_draft::Entity::find()
            .all(&app.state.db)
            .await
            .unwrap()
            .into_iter()
            .map(|d| d.fields)
            .collect()
    };
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].contains("wrong horse"), "the password is not even stored: {}", stored[0]);
    // a quarter of an hour later it is gone
    app.clock.advance(chrono::Duration::minutes(16));
    let again = c.get(location(&r)).send().await.unwrap().text().await.unwrap();
    assert!(!again.contains(r#"value="tech@test.example""#));
    let removed = backend::jobs::housekeeping::run_once(&app.state, app.state.now()).await.unwrap();
    assert_eq!(removed.form_drafts_removed, 1);
}

#[tokio::test]
async fn a_form_post_without_javascript_lands_on_its_section_and_a_past_due_date_is_refused() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let me = app.tech.to_string();
    // a new work order due in the past is refused at its field, everything else kept
    let r = post_form(
        &app,
        &tech,
        "create_work_order",
        "/work-orders/new",
        &[("title", TITLE), ("wo_type", "corrective"), ("priority", "medium"), ("due_date", "2020-01-01")],
    )
    .await;
    let page = tech.get(location(&r)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("A new due date cannot be in the past; today is 2026-11-22."), "site's today");
    assert!(page.contains(r#"value="2020-01-01""#) && page.contains(TITLE));
    // today on the site's calendar is fine
    let created = json(
        app.call(
            &tech,
            "create_work_order",
            &[
                ("title", TITLE),
                ("wo_type", "corrective"),
                ("priority", "medium"),
                ("due_date", "2026-11-22"),
                ("assignee", me.as_str()),
            ],
        )
        .await,
    )
    .await;
    let id = created["summary"]["id"].to_string();
    assert!(created["summary"]["id"].is_i64(), "{created}");
    let r = app.call(&tech, "change_work_order_status", &[("id", &id), ("status", "in_progress")]).await;
    assert!(r.status().is_success());
    let wo_page = format!("/work-orders/{id}");
    // a refused time entry: back on the Time section, with the minutes typed and the reason
    let r = post_form(
        &app,
        &tech,
        "add_time",
        &wo_page,
        &[("__anchor", "time"), ("work_order_id", &id), ("minutes", "half an hour"), ("note", "seal")],
    )
    .await;
    let back = location(&r);
    assert!(back.starts_with(&app.url(&wo_page)) && back.contains("__err=") && back.ends_with("#time"), "{back}");
    let page = tech.get(&back).send().await.unwrap().text().await.unwrap();
    let time = &page[page.find(r#"<section id="time">"#).expect("time section")..];
    let time = &time[..time.find("</section>").unwrap()];
    assert!(time.contains(r#"value="half an hour""#) && time.contains(r#"value="seal""#), "{time}");
    assert!(time.contains(r#"aria-invalid="true""#), "{time}");
    // accepted: back on the same section
    let r = post_form(
        &app,
        &tech,
        "add_time",
        &wo_page,
        &[("__anchor", "time"), ("work_order_id", &id), ("minutes", "30"), ("note", "seal")],
    )
    .await;
    assert_eq!(location(&r), format!("{}#time", app.url(&wo_page)));
}

#[tokio::test]
async fn a_refused_incident_report_with_a_photo_form_keeps_its_text_and_choices() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let form = reqwest::multipart::Form::new()
        .text("kind", "near_miss")
        .text("title", "Forklift reversed without a spotter")
        .text("occurred_at", "2031-05-01T14:30")
        .text("area", "Dock 3")
        .text("description", "Pallet fell <b>close</b> to a walkway")
        .text("anonymous", "on")
        .part("photo", reqwest::multipart::Part::bytes(Vec::new()).file_name(""));
    let r = post_multipart(&app, &tech, "/safety/report", "/safety", form).await;
    assert!(r.status().is_redirection(), "{}", r.status());
    let back = location(&r);
    assert!(back.starts_with("/safety?") && back.contains("__path=%2Fsafety%2Freport"), "{back}");
    let page = tech.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"value="Forklift reversed without a spotter""#) && page.contains(r#"value="Dock 3""#));
    assert!(page.contains("Pallet fell &lt;b&gt;close&lt;/b&gt; to a walkway</textarea>"));
    let near_miss = page.split(r#"value="near_miss""#).nth(1).unwrap();
    assert!(near_miss[..near_miss.find('>').unwrap()].contains("checked"), "the kind chosen stays chosen");
    let anon = page.split(r#"id="ev-anon""#).nth(1).unwrap();
    assert!(anon[..anon.find('>').unwrap()].contains("checked"), "the box ticked stays ticked");
    assert!(page.contains("That is in the future."), "the reason, at its field");
    let list = json(app.call(&tech, "safety_events", &[("mine", "true")]).await).await;
    assert_eq!(list["total"], 0, "nothing was reported");
}

#[tokio::test]
async fn a_camera_photo_over_the_limit_without_javascript_comes_back_to_the_form_with_the_reason() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let photo = vec![0xFFu8; backend::web::files::ROUTE_LIMIT + 1024 * 1024];
    let form = reqwest::multipart::Form::new()
        .text("title", "Hydraulic hose weeping")
        .part("photo", reqwest::multipart::Part::bytes(photo).file_name("IMG_2041.jpg"));
    let r = post_multipart(&app, &tech, "/safety/report", "/safety", form).await;
    assert!(r.status().is_redirection(), "a page, not a bare 413: {}", r.status());
    let back = location(&r);
    assert!(back.starts_with("/safety?upload_error="), "{back}");
    let page = tech.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("The file is larger than 10 MB; choose a smaller one."), "the reason on the form's page");
    // and in the reader's language
    let es = tech.get(app.url(&back)).header("Accept-Language", "es").send().await.unwrap().text().await.unwrap();
    assert!(es.contains("El archivo pesa más de 10 MB; elija uno más pequeño."), "in Spanish");
    // the way back is always a page of this site
    let form = reqwest::multipart::Form::new().part(
        "photo",
        reqwest::multipart::Part::bytes(vec![0xFFu8; backend::web::files::ROUTE_LIMIT + 1024]).file_name("a.jpg"),
    );
    let r = post_multipart(&app, &tech, "/safety/report", "//evil.example/x", form).await;
    assert!(location(&r).starts_with("/?upload_error="), "{}", location(&r));
}

#[tokio::test]
async fn an_incident_entered_at_half_past_two_in_chicago_shows_14_30_cst() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let form = reqwest::multipart::Form::new()
        .text("kind", "near_miss")
        .text("title", "Forklift reversed without a spotter")
        .text("occurred_at", "2026-11-21T14:30");
    let r =
        tech.post(app.url("/safety/report")).header("Accept", "application/json").multipart(form).send().await.unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let id = json(r).await["id"].as_i64().unwrap();
    let page = html(tech.get(app.url(&format!("/safety/events/{id}"))).send().await.unwrap()).await;
    assert!(page.contains(r#"<time datetime="2026-11-21T20:30:00+00:00">2026-11-21 14:30 CST</time>"#), "site clock");
    assert!(!page.contains("20:30 UTC"));
    let list = tech.get(app.url("/safety")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("2026-11-21 14:30 CST"), "the list of my reports too");
    // the data stays the instant, in UTC
    let event = json(app.call(&tech, "safety_event", &[("id", &id.to_string())]).await).await;
    assert_eq!(event["event"]["occurred_at"], "2026-11-21T20:30:00Z");
    assert_eq!(event["event"]["site_timezone"], "America/Chicago", "and the zone it was entered in");
    // the JSON API says the same
    let token = token_for(&app, "tech@test.example").await;
    let api =
        json(client().get(app.url(&format!("/api/v1/events/{id}"))).bearer_auth(&token).send().await.unwrap()).await;
    let api = if api["event"].is_object() { &api["event"] } else { &api };
    assert_eq!(api["occurred_at"], "2026-11-21T20:30:00Z");
    assert_eq!(api["site_timezone"], "America/Chicago");
}

/// The new work order asks for an asset by finding it (tag, name or where it is), never by its id,
/// without JavaScript: the search is a results page whose taps choose the asset.
#[tokio::test]
async fn a_new_work_order_finds_its_asset_by_tag_name_or_where_it_is_without_javascript() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let ok = |r: reqwest::Response| async move {
        assert!(r.status().is_success(), "{}", r.status());
        json(r).await
    };
    let shop = ok(app.call(&mgr, "create_asset", &[("tag", "SHOP-2"), ("name", "Stamping hall")]).await).await;
    let shop_id = shop["id"].to_string();
    let line =
        ok(app.call(&mgr, "create_asset", &[("tag", "L2"), ("name", "Line 2"), ("parent_id", &shop_id)]).await).await;
    let line_id = line["id"].to_string();
    let press =
        ok(app.call(&mgr, "create_asset", &[("tag", "PR-7"), ("name", "Press 7"), ("parent_id", &line_id)]).await)
            .await;
    let page = |path: &str| {
        let (mgr, url) = (mgr.clone(), app.url(path));
        async move {
            let r = mgr.get(url).send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.text().await.unwrap()
        }
    };
    // no field asks for an id
    let empty = page("/work-orders/new").await;
    assert!(!empty.to_lowercase().contains("asset id"), "{empty}");
    assert!(empty.contains("id=\"asset-q\""));
    // by where it is: "Line 2" offers the line and what is on it, each with its location
    let by_place = page("/work-orders/new?asset_q=line+2").await;
    let choices = by_place.split("id=\"asset-choices\"").nth(1).expect("results").split("</ul>").next().unwrap();
    assert!(choices.contains(&format!("href=\"/work-orders/new?asset={}\"", press["id"])), "{choices}");
    assert!(choices.contains("PR-7 · Press 7") && choices.contains("Stamping hall › Line 2"), "{choices}");
    // by tag
    let by_tag = page("/work-orders/new?asset_q=pr-7").await;
    assert!(by_tag.contains("PR-7 · Press 7"));
    assert!(page("/work-orders/new?asset_q=nothing-like-it").await.contains("id=\"asset-none\""));
    // the tap: the page comes back with the asset chosen, carried by the form
    let chosen = page(&format!("/work-orders/new?asset={}", press["id"])).await;
    assert!(chosen.contains("id=\"asset-chosen\"") && chosen.contains("Stamping hall › Line 2"), "{chosen}");
    assert!(chosen.contains(&format!("name=\"asset_id\" value=\"{}\"", press["id"])), "{chosen}");
    let r = post_form(
        &app,
        &mgr,
        "create_work_order",
        &format!("/work-orders/new?asset={}", press["id"]),
        &[("title", TITLE), ("wo_type", "corrective"), ("priority", "high"), ("asset_id", &press["id"].to_string())],
    )
    .await;
    assert!(r.status().is_redirection(), "{}", r.status());
    let list = json(app.call(&mgr, "list_work_orders", &[]).await).await.to_string();
    assert!(list.contains(TITLE) && list.contains("PR-7"), "{list}");
    // an asset of another site is not offered, and not shown when its id is put in the address
    let admin = app.login("admin@test.example").await;
    app.call(&admin, "switch_site", &[("site_id", &app.lyn.to_string())]).await;
    let lyon = ok(app.call(&admin, "create_asset", &[("tag", "LY-PR-7"), ("name", "Lyon press 7")]).await).await;
    assert!(!page("/work-orders/new?asset_q=press+7").await.contains("LY-PR-7"));
    let other = page(&format!("/work-orders/new?asset={}", lyon["id"])).await;
    assert!(!other.contains("Lyon press 7") && other.contains("id=\"asset-q\""), "{other}");
}

/// A form posted in place (enhance.js asks with `Gemba-In-Place`) gets the page it returns to in
/// the same answer, one round trip instead of two: accepted, with the new entry; refused, with
/// what was typed and the message at its field. Without the ask, the redirect stays a redirect.
#[tokio::test]
async fn a_form_posted_in_place_gets_its_page_in_one_answer() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let me = app.tech.to_string();
    let created = json(
        app.call(
            &tech,
            "create_work_order",
            &[("title", TITLE), ("wo_type", "corrective"), ("priority", "medium"), ("assignee", me.as_str())],
        )
        .await,
    )
    .await;
    let id = created["summary"]["id"].to_string();
    let r = app.call(&tech, "change_work_order_status", &[("id", &id), ("status", "in_progress")]).await;
    assert!(r.status().is_success());
    let wo_page = format!("/work-orders/{id}");
    let in_place = |form: Vec<(&'static str, String)>| {
        let (tech, app, from) = (tech.clone(), &app, wo_page.clone());
        async move { post_in_place(app, &tech, "add_time", &from, &form).await }
    };
    let r = in_place(vec![("__anchor", "time".into()), ("work_order_id", id.clone()), ("minutes", "35".into())]).await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["gemba-location"], format!("{wo_page}#time"));
    let page = r.text().await.unwrap();
    assert!(page.contains("35 min logged"), "the page with the new entry");
    // refused: the page with the minutes typed and the reason at the field
    let r = in_place(vec![
        ("__anchor", "time".into()),
        ("work_order_id", id.clone()),
        ("minutes", "half an hour".into()),
        ("note", "seal".into()),
    ])
    .await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["gemba-location"].to_str().unwrap().contains("__err="));
    let page = r.text().await.unwrap();
    let time = &page[page.find(r#"<section id="time">"#).expect("time section")..];
    let time = &time[..time.find("</section>").unwrap()];
    assert!(time.contains(r#"value="half an hour""#) && time.contains(r#"aria-invalid="true""#), "{time}");
    // without the ask: a redirect, as a browser without JavaScript gets it
    let r = post_form(&app, &tech, "add_time", &wo_page, &[("work_order_id", &id), ("minutes", "5")]).await;
    assert_eq!(r.status(), 302);
    let log = json(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(log["time"].as_array().map(Vec::len), Some(2), "35 and 5 minutes, the refused one not: {log}");
}

/// The profile's forms are server-rendered like every page's (no WebAssembly): posted in place, a
/// new token's secret is on the page the post returns and never again, revoking it marks it
/// revoked, a refused password change says why at its field and an accepted one says so; without
/// JavaScript the same after a redirect.
#[tokio::test]
async fn the_profile_answers_in_place_and_shows_a_new_tokens_secret_once() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let in_place = |endpoint: &'static str, form: Vec<(&'static str, String)>| {
        let (tech, app) = (tech.clone(), &app);
        async move {
            let r = post_in_place(app, &tech, endpoint, "/profile", &form).await;
            assert_eq!(r.status(), 200, "{endpoint}");
            let at = r.headers()["gemba-location"].to_str().unwrap().to_string();
            (at, html(r).await)
        }
    };
    let (at, page) =
        in_place("create_api_token", vec![("__anchor", "tokens".into()), ("name", "ERP sync".into())]).await;
    assert_eq!(at, "/profile#tokens");
    let secret = page.split(r#"<code id="new-token">"#).nth(1).and_then(|s| s.split("</code>").next()).unwrap();
    assert!(secret.starts_with("gemba_"), "{secret}");
    let r = client().get(app.url("/api/v1/me")).bearer_auth(secret).send().await.unwrap();
    assert_eq!(r.status(), 200, "the secret shown is the token's");
    let again = html(tech.get(app.url("/profile")).send().await.unwrap()).await;
    assert!(again.contains("ERP sync") && !again.contains("new-token") && !again.contains(secret), "shown once");
    let id = json(app.call(&tech, "list_api_tokens", &[]).await).await[0]["id"].to_string();
    let (_, page) = in_place("revoke_api_token", vec![("__anchor", "tokens".into()), ("id", id)]).await;
    let list = page.split(r#"id="token-list""#).nth(1).unwrap();
    assert!(list.contains("Revoked"), "{list}");
    let r = client().get(app.url("/api/v1/me")).bearer_auth(secret).send().await.unwrap();
    assert_eq!(r.status(), 401);

    let change = |current: &str| {
        vec![
            ("__anchor", "password".into()),
            ("current_password", current.to_string()),
            ("new_password", "a brand new passphrase".into()),
            ("confirm_password", "a brand new passphrase".into()),
        ]
    };
    let (_, page) = in_place("change_password", change("wrong current password")).await;
    let form = page.split(r#"id="password""#).nth(1).unwrap();
    let form = &form[..form.find("</section>").unwrap()];
    assert!(form.contains(r#"id="current_password-error""#) && form.contains("This is not your current password."));
    assert!(!form.contains("password-changed") && !form.contains("a brand new passphrase"), "passwords are never kept");
    let (at, page) = in_place("change_password", change(PASSWORD)).await;
    assert_eq!(at, "/profile?saved=password#password");
    assert!(page.contains(r#"id="password-changed""#));

    // without JavaScript: redirected to the tokens, where the secret is shown once
    let mgr = app.login("manager@test.example").await;
    let r = post_form(&app, &mgr, "create_api_token", "/profile", &[("name", "Label printer")]).await;
    assert_eq!((r.status().as_u16(), location(&r)), (302, "/profile#tokens".to_string()));
    let page = html(mgr.get(app.url("/profile")).send().await.unwrap()).await;
    assert!(page.contains(r#"<code id="new-token">gemba_"#));
    let page = html(mgr.get(app.url("/profile")).send().await.unwrap()).await;
    assert!(page.contains("Label printer") && !page.contains("new-token"));
}
