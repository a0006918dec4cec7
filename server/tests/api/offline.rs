//! The offline queue's contract on the server: an operation id applies at most once, whoever
//! sends it how often and however close together, and a replay gets the first answer.
use serde_json::Value;

use crate::helpers::*;

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

/// A form posted as the phone's queue posts it: in the background, with the operation's id and
/// the time of the tap, from the work-order page.
async fn queued(
    app: &TestApp,
    c: &reqwest::Client,
    endpoint: &str,
    op: &str,
    from: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    c.post(app.url(&format!("/sfn/{endpoint}")))
        .header("Accept", "text/html")
        .header("Referer", app.url(from))
        .header("Gemba-Operation", op)
        .header("Gemba-Tapped-At", "2026-11-22T08:55:00Z")
        .form(form)
        .send()
        .await
        .unwrap()
}

async fn started_work_order(app: &TestApp, tech: &reqwest::Client) -> String {
    let wo = ok(app
        .call(
            tech,
            "create_work_order",
            &[("title", "Replace V-belt"), ("wo_type", "corrective"), ("priority", "high")],
        )
        .await)
    .await;
    let id = wo["summary"]["id"].to_string();
    ok(app.call(tech, "change_work_order_status", &[("id", &id), ("status", "in_progress")]).await).await;
    id
}

fn answer(r: &reqwest::Response) -> (u16, Option<String>) {
    (r.status().as_u16(), r.headers().get("location").map(|v| v.to_str().unwrap().to_string()))
}

#[tokio::test]
async fn the_same_operation_sent_twice_at_once_applies_once_and_both_get_the_same_answer() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let part = ok(app
        .call(&mgr, "create_part", &[("code", "belt-a42"), ("name", "V-belt A42"), ("unit", "pcs"), ("on_hand", "5")])
        .await)
    .await;
    let pid = part["id"].to_string();
    let tech = app.login("tech@test.example").await;
    let id = started_work_order(&app, &tech).await;
    let page = format!("/work-orders/{id}");
    let time_op = "6f1c2a9e-8d4b-4c1a-9e0f-2b7d5a3c1e01";
    let part_op = "6f1c2a9e-8d4b-4c1a-9e0f-2b7d5a3c1e02";
    let time = [("__anchor", "time"), ("work_order_id", id.as_str()), ("minutes", "25"), ("note", "belt")];
    let used = [("__anchor", "parts"), ("work_order_id", id.as_str()), ("part_id", pid.as_str()), ("quantity", "1")];
    // a double tap, two tabs, or a queue replaying while the first answer is on its way
    let (a, b, c, d) = tokio::join!(
        queued(&app, &tech, "add_time", time_op, &page, &time),
        queued(&app, &tech, "add_time", time_op, &page, &time),
        queued(&app, &tech, "add_part", part_op, &page, &used),
        queued(&app, &tech, "add_part", part_op, &page, &used),
    );
    assert_eq!(answer(&a), answer(&b), "the same answer to both");
    assert_eq!(answer(&c), answer(&d), "the same answer to both");
    assert_eq!(answer(&a), (302, Some(format!("{}#time", app.url(&page)))), "back on the time section");
    let replayed = [&a, &b].iter().filter(|r| r.headers().contains_key("gemba-replayed")).count();
    assert_eq!(replayed, 1, "one applied, one answered from the first");
    // and again later (a replay after a lost answer or a restart)
    let e = queued(&app, &tech, "add_time", time_op, &page, &time).await;
    assert_eq!(answer(&e), answer(&a));
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["time"].as_array().unwrap().len(), 1, "one time entry: {}", wo["time"]);
    assert_eq!(wo["parts"].as_array().unwrap().len(), 1, "one part use: {}", wo["parts"]);
    // a different action under a new id applies
    let again = queued(&app, &tech, "add_time", "6f1c2a9e-8d4b-4c1a-9e0f-2b7d5a3c1e03", &page, &time).await;
    assert_eq!(answer(&again).0, 302);
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["time"].as_array().unwrap().len(), 2);
    // completed (the part is taken from stock then): one belt, not two
    ok(app
        .call(&tech, "complete_work_order", &[("work_order_id", &id), ("password", PASSWORD), ("printed_name", "T")])
        .await)
    .await;
    let parts = ok(app.call(&tech, "list_parts", &[]).await).await;
    assert_eq!(parts[0]["on_hand"], 4.0, "stock down by one, not two");
}

#[tokio::test]
async fn a_refused_operation_is_not_remembered_and_an_id_is_one_person_s_and_one_action_s() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let id = started_work_order(&app, &tech).await;
    let page = format!("/work-orders/{id}");
    let op = "0b8e7f7c-5d2a-4f0e-8a51-94c3d2e1f0a9";
    // refused: nothing applied, so nothing to remember; the person corrects it and the queue sends it again
    let r = queued(&app, &tech, "add_time", op, &page, &[("work_order_id", &id), ("minutes", "half an hour")]).await;
    assert!(r.headers()["location"].to_str().unwrap().contains("__err="), "refused, back to the form");
    let r = queued(&app, &tech, "add_time", op, &page, &[("work_order_id", &id), ("minutes", "30")]).await;
    assert_eq!(answer(&r).0, 302);
    assert!(!r.headers().contains_key("gemba-replayed"));
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["time"].as_array().unwrap().len(), 1);
    // the same id for another action, or from someone else, is refused and applies nothing
    let r = queued(&app, &tech, "add_part", op, &page, &[("work_order_id", &id), ("part_id", "1"), ("quantity", "1")])
        .await;
    assert_eq!(r.status(), 409);
    let admin = app.login("admin@test.example").await;
    let r = queued(&app, &admin, "add_time", op, &page, &[("work_order_id", &id), ("minutes", "30")]).await;
    assert_eq!(r.status(), 409);
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["time"].as_array().unwrap().len(), 1);
    // an id that is not a UUID
    let r = queued(&app, &tech, "add_time", "42", &page, &[("work_order_id", &id), ("minutes", "30")]).await;
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn the_installed_app_opens_on_the_person_s_work_and_the_phone_keeps_all_their_open_work() {
    let app = spawn_app().await;
    let anon = client();
    let r = anon.get(app.url("/manifest.webmanifest")).send().await.unwrap();
    assert_eq!(r.headers()["content-type"], "application/manifest+json");
    let m = json(r).await;
    assert_eq!((m["display"].as_str(), m["start_url"].as_str()), (Some("standalone"), Some("/")));
    let icons = m["icons"].as_array().unwrap();
    assert!(icons.iter().any(|i| i["purpose"] == "maskable" && i["sizes"] == "512x512"), "{icons:?}");
    assert!(icons.iter().any(|i| i["sizes"] == "192x192"));
    let tech = app.login("tech@test.example").await;
    let m = json(tech.get(app.url("/manifest.webmanifest")).send().await.unwrap()).await;
    assert_eq!(m["start_url"], "/work", "a technician's app opens on My work");
    let mgr = app.login("manager@test.example").await;
    assert_eq!(json(mgr.get(app.url("/manifest.webmanifest")).send().await.unwrap()).await["start_url"], "/");
    // every page says whose it is (the service worker keeps pages per person); none when signed out
    let r = tech.get(app.url("/work")).send().await.unwrap();
    assert_eq!(r.headers()["gemba-user"], app.tech.to_string().as_str());
    assert!(!anon.get(app.url("/login")).send().await.unwrap().headers().contains_key("gemba-user"));
    // 30 open work orders assigned to the technician, more than a page of My work: all kept
    let me = app.tech.to_string();
    let pump =
        ok(app.call(&mgr, "create_asset", &[("tag", "P-101"), ("name", "Pump 101")]).await).await["id"].to_string();
    let mut ids = Vec::new();
    for n in 0..30 {
        let asset = if n == 0 { pump.as_str() } else { "" };
        let wo = ok(app
            .call(
                &mgr,
                "create_work_order",
                &[
                    ("title", &format!("Job {n}")),
                    ("wo_type", "corrective"),
                    ("priority", "low"),
                    ("assignee", &me),
                    ("asset_id", asset),
                ],
            )
            .await)
        .await;
        ids.push(wo["summary"]["id"].to_string());
    }
    // My work in pages of 25: every page (one past the end too) tells the same total
    let mut listed = Vec::new();
    for page in ["1", "2", "3"] {
        let work = ok(app.call(&tech, "my_work", &[("page", page)]).await).await;
        assert_eq!(work["total"], 30, "page {page}");
        listed.extend(work["items"].as_array().unwrap().iter().map(|w| w["id"].to_string()));
    }
    // all undated: in the order they were made, none on two pages, none left out
    assert_eq!(listed, ids);
    let pages: Vec<String> = serde_json::from_value(ok(app.call(&tech, "offline_pages", &[]).await).await).unwrap();
    for id in &ids {
        assert!(pages.contains(&format!("/work-orders/{id}")), "work order {id} kept: {pages:?}");
    }
    for p in ["/work", "/work?page=2", "/rounds", "/safety", &format!("/assets/{pump}"), &format!("/report/{pump}")] {
        assert!(pages.iter().any(|k| k == p), "{p} kept: {pages:?}");
    }
    assert!(
        !pages.iter().any(|p| p.starts_with("/osha") || p.starts_with("/kpi")),
        "nothing the technician may not open"
    );
    // the manager's own work is theirs: none of the technician's work orders
    let theirs: Vec<String> = serde_json::from_value(ok(app.call(&mgr, "offline_pages", &[]).await).await).unwrap();
    assert!(!theirs.iter().any(|p| p.starts_with("/work-orders/")), "{theirs:?}");
}

#[tokio::test]
async fn a_completion_made_offline_keeps_the_time_of_the_tap_and_its_signature_the_time_it_was_given() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let id = started_work_order(&app, &tech).await;
    let page = format!("/work-orders/{id}");
    // tapped at 08:55 (device clock) while offline, signed at 09:00 when back online
    let r = queued(
        &app,
        &tech,
        "complete_work_order",
        "3d3c1c9a-7a51-4f2b-9d51-0c7f4b8e2a10",
        &page,
        &[("work_order_id", &id), ("password", PASSWORD), ("printed_name", "Test technician")],
    )
    .await;
    assert!(r.status().is_redirection() && !r.headers()["location"].to_str().unwrap().contains("__err"));
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["summary"]["status"], "done");
    assert_eq!(wo["completed_at"], "2026-11-22T08:55:00Z", "the time of the tap");
    let signed = &wo["signoffs"][0];
    assert_eq!(
        (signed["meaning"].as_str(), signed["signed_at"].as_str()),
        (Some("completed"), Some("2026-11-22T09:00:00Z"))
    );
    // a device clock ahead of the server never dates work in the future
    let id = started_work_order(&app, &tech).await;
    let r = tech
        .post(app.url("/sfn/complete_work_order"))
        .header("Accept", "text/html")
        .header("Referer", app.url(&format!("/work-orders/{id}")))
        .header("Gemba-Operation", "3d3c1c9a-7a51-4f2b-9d51-0c7f4b8e2a11")
        .header("Gemba-Tapped-At", "2026-11-22T10:30:00+01:00")
        .form(&[("work_order_id", id.as_str()), ("password", PASSWORD), ("printed_name", "T")])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection());
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["completed_at"], "2026-11-22T09:00:00Z");
}

#[tokio::test]
async fn work_sent_late_to_a_cancelled_work_order_is_refused_with_what_changed_and_can_be_kept_as_a_note() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let id = started_work_order(&app, &tech).await;
    let mgr = app.login("manager@test.example").await;
    ok(app
        .call(&mgr, "change_work_order_status", &[("id", &id), ("status", "cancelled"), ("reason", "Duplicate")])
        .await)
    .await;
    for (endpoint, form) in [
        ("add_time", vec![("work_order_id", id.as_str()), ("minutes", "20")]),
        ("add_part", vec![("work_order_id", id.as_str()), ("part_id", "1"), ("quantity", "1")]),
    ] {
        let r = app.call(&tech, endpoint, &form).await;
        assert_eq!(r.status(), 409, "{endpoint}");
        let e = json(r).await;
        assert_eq!(
            e["Conflict"],
            format!("Work order #{id} was cancelled meanwhile (Duplicate): nothing more can be recorded on it.")
        );
    }
    let note = "Time: 20, tightened guard bolt\nDone on a phone without a connection; not recorded: cancelled";
    ok(app.call(&tech, "add_work_order_note", &[("work_order_id", &id), ("note", note)]).await).await;
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["time"].as_array().unwrap().len(), 0);
    assert_eq!(wo["notes"][0]["body"], note, "both lines kept");
    assert_eq!(wo["notes"][0]["user_name"], "Test technician");
    assert_eq!(app.audit_count("work_order.note").await, 1);
    // someone who may not work on it cannot write one; an empty note is refused at its field
    let aud = app.login("auditor@test.example").await;
    assert_eq!(app.call(&aud, "add_work_order_note", &[("work_order_id", &id), ("note", "x")]).await.status(), 403);
    let r = app.call(&tech, "add_work_order_note", &[("work_order_id", &id), ("note", "  ")]).await;
    assert_eq!(json(r).await["Validation"]["note"], "This field is required.");
    // or as a follow-up of the cancelled one, assigned to the person
    let f = ok(app.call(&tech, "follow_up_for_change", &[("work_order_id", &id), ("note", note)]).await).await;
    assert_eq!(f["parent_id"].to_string(), id);
    assert_eq!(f["summary"]["title"], format!("Follow-up of #{id}: Time: 20, tightened guard bolt"));
    assert_eq!(f["assignees"][0]["name"], "Test technician");
}

#[tokio::test]
async fn a_device_clock_more_than_five_minutes_off_is_told_and_both_times_are_kept() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let id = started_work_order(&app, &tech).await;
    let page = app.url(&format!("/work-orders/{id}"));
    let send = |op: &'static str, tapped: &'static str, queued: bool| {
        let mut r = tech
            .post(app.url("/sfn/add_time"))
            .header("Accept", "text/html")
            .header("Referer", &page)
            .header("Gemba-Operation", op)
            .header("Gemba-Tapped-At", tapped);
        if queued {
            r = r.header("Gemba-Queued", "1");
        }
        r.form(&[("work_order_id", id.as_str()), ("minutes", "5")]).send()
    };
    // sent at once, stamped 20 minutes before the server's 09:00: the phone's clock is behind
    let r = send("7b0e6f4e-2a43-4c5e-9d1f-5a6b7c8d9e01", "2026-11-22T08:40:00Z", false).await.unwrap();
    assert_eq!(r.headers()["gemba-clock-skew"], "-1200");
    assert!(set_cookies(r.headers()).iter().any(|c| c.starts_with("gemba_clock_skew=-1200;")));
    // queued for 20 minutes: no skew, just a wait
    let r = send("7b0e6f4e-2a43-4c5e-9d1f-5a6b7c8d9e02", "2026-11-22T08:40:00Z", true).await.unwrap();
    assert!(!r.headers().contains_key("gemba-clock-skew"));
    // a phone 30 minutes ahead: told, its own time kept beside the server's
    let r = send("7b0e6f4e-2a43-4c5e-9d1f-5a6b7c8d9e03", "2026-11-22T09:30:00Z", true).await.unwrap();
    assert_eq!(r.headers()["gemba-clock-skew"], "1800");
    let kept =
        backend::repo::operations::find(&app.state.db, "7b0e6f4e-2a43-4c5e-9d1f-5a6b7c8d9e03").await.unwrap().unwrap();
    assert_eq!(kept.tapped_at.map(|t| t.to_rfc3339()), Some("2026-11-22T09:30:00+00:00".to_string()));
    assert_eq!(kept.received_at.to_rfc3339(), "2026-11-22T09:00:00+00:00");
}

#[tokio::test]
async fn what_was_done_offline_is_dated_when_it_was_tapped_and_audited_when_it_arrived() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let pump = ok(app.call(&mgr, "create_asset", &[("tag", "P-7"), ("name", "Pump 7")]).await).await["id"].to_string();
    let tech = app.login("tech@test.example").await;
    let wo = ok(app
        .call(
            &tech,
            "create_work_order",
            &[("title", "Pump seal"), ("wo_type", "corrective"), ("priority", "high"), ("asset_id", &pump)],
        )
        .await)
    .await;
    let id = wo["summary"]["id"].to_string();
    ok(app.call(&tech, "change_work_order_status", &[("id", &id), ("status", "in_progress")]).await).await;
    let page = format!("/work-orders/{id}");
    // the machine stopped at 08:30 and the 20 minutes were logged at 08:55, on a phone without a network
    let stop = tech
        .post(app.url("/sfn/toggle_downtime"))
        .header("Accept", "text/html")
        .header("Referer", app.url(&page))
        .header("Gemba-Operation", "5e3f8f0c-1b2a-4c3d-8e9f-0a1b2c3d4e51")
        .header("Gemba-Tapped-At", "2026-11-22T08:30:00Z")
        .header("Gemba-Queued", "1")
        .form(&[("work_order_id", id.as_str()), ("reason", "seal leak")])
        .send()
        .await
        .unwrap();
    assert!(stop.status().is_redirection(), "{}", stop.status());
    queued(
        &app,
        &tech,
        "add_time",
        "5e3f8f0c-1b2a-4c3d-8e9f-0a1b2c3d4e52",
        &page,
        &[("work_order_id", &id), ("minutes", "20")],
    )
    .await;
    let wo = ok(app.call(&tech, "work_order", &[("id", &id)]).await).await;
    assert_eq!(wo["time"][0]["created_at"], "2026-11-22T08:55:00Z");
    assert_eq!(wo["downtime"][0]["started_at"], "2026-11-22T08:30:00Z");
    // the audit trail keeps the order things reached the server in
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let audited = backend::entities::audit_event::Entity::find()
        .filter(backend::entities::audit_event::Column::Action.eq("work_order.time"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(audited.occurred_at.to_rfc3339(), "2026-11-22T09:00:00+00:00");
}

/// A work order given to someone else after the technician's offline tap: the change is refused
/// with who has it now (the phone then offers a note, a follow-up or discarding it); helping
/// online, or a tap after the reassignment, is not refused.
#[tokio::test]
async fn a_change_made_offline_on_a_work_order_reassigned_meanwhile_is_refused_with_who_has_it() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let tech = app.login("tech@test.example").await;
    let id = started_work_order(&app, &tech).await;
    let to = |who: i64| {
        let (mgr, id, app) = (mgr.clone(), id.clone(), &app);
        async move { app.call(&mgr, "assign_work_order", &[("id", &id), ("assignee", &who.to_string())]).await }
    };
    ok(to(app.tech).await).await;
    app.clock.advance(chrono::Duration::minutes(10));
    ok(to(app.admin).await).await;
    let detail = ok(app.call(&mgr, "work_order", &[("id", &id)]).await).await;
    assert_eq!(detail["assignees"][0]["name"], "Test admin");
    let send = |tapped: &'static str, op: &'static str| {
        let (tech, id, app) = (tech.clone(), id.clone(), &app);
        async move {
            tech.post(app.url("/sfn/add_time"))
                .header("Accept", "application/json")
                .header("Gemba-Operation", op)
                .header("Gemba-Tapped-At", tapped)
                .header("Gemba-Queued", "1")
                .form(&[("work_order_id", id.as_str()), ("minutes", "20"), ("note", "offline")])
                .send()
                .await
                .unwrap()
        }
    };
    // tapped at 09:05 (the clock started at 09:00), the work order given to the admin at 09:10
    let r = send("2026-11-22T09:05:00Z", "0b5e8a52-6c3f-4d4e-9a1b-7f2c3d4e5a61").await;
    assert_eq!(r.status(), 409);
    let why = json(r).await;
    assert!(why["Conflict"].as_str().unwrap().contains("was reassigned to Test admin meanwhile"), "{why}");
    // a tap after the reassignment, and help given online, are recorded
    ok(send("2026-11-22T09:10:30Z", "0b5e8a52-6c3f-4d4e-9a1b-7f2c3d4e5a62").await).await;
    ok(app.call(&tech, "add_time", &[("work_order_id", &id), ("minutes", "5"), ("note", "online")]).await).await;
    let detail = ok(app.call(&mgr, "work_order", &[("id", &id)]).await).await;
    assert_eq!(detail["time"].as_array().unwrap().len(), 2, "{detail}");
    // only supervisors reassign, through the page or the API
    let r = app.call(&tech, "assign_work_order", &[("id", &id), ("assignee", &app.tech.to_string())]).await;
    assert_eq!(r.status(), 403);
    let token = token_for(&app, "manager@test.example").await;
    let r = client()
        .put(app.url(&format!("/api/v1/work-orders/{id}/assignees")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"user_ids": [app.tech]}))
        .send()
        .await
        .unwrap();
    assert_eq!(json(r).await["assignees"][0]["name"], "Test technician");
    assert_eq!(app.audit_count("work_order.assign").await, 3);
}

/// The operator's phone keeps tomorrow's round too: a shift that starts in a dead zone has it.
#[tokio::test]
async fn the_operator_s_phone_keeps_today_s_and_tomorrow_s_round() {
    let app = spawn_app().await;
    let operator = app.login("operator@test.example").await;
    let pages = ok(app.call(&operator, "offline_pages", &[]).await).await;
    let pages: Vec<&str> = pages.as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
    assert!(pages.contains(&"/rounds") && pages.contains(&"/rounds?day=tomorrow"), "{pages:?}");
    // 09:00 UTC on 22 November is 10:00 in Lyon: tomorrow is the 23rd
    let round = ok(app.call(&operator, "todays_round", &[("tomorrow", "true")]).await).await;
    assert_eq!(round[0], "2026-11-23");
    let today = ok(app.call(&operator, "todays_round", &[]).await).await;
    assert_eq!(today[0], "2026-11-22");
    let page = html(operator.get(app.url("/rounds?day=tomorrow")).send().await.unwrap()).await;
    assert!(page.contains("Tomorrow&#x27;s round") || page.contains("Tomorrow's round"), "{page}");
    // an auditor, who runs no rounds, is not given it
    let auditor = app.login("auditor@test.example").await;
    let pages = ok(app.call(&auditor, "offline_pages", &[]).await).await;
    assert!(!pages.as_array().unwrap().iter().any(|p| p == "/rounds?day=tomorrow"), "{pages}");
}
