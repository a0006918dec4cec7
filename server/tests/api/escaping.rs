//! Text people type is shown as text: a value that closes the element it is written into
//! (`</textarea>`, `">`) and opens one of its own comes back escaped on every page that shows it,
//! never as markup.
use std::collections::BTreeSet;

use serde_json::Value;

use crate::helpers::*;

/// Closes a textarea, then an attribute, then opens an element of its own.
const PAYLOAD: &str = "</textarea>\"><b id=x>bold</b>";
/// What a page would hold if the payload had become markup.
const INJECTED: &str = "<b id=x>";
/// The payload as text inside an element (what a textarea must hold).
const ESCAPED: &str = "&lt;/textarea&gt;";

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

#[tokio::test]
async fn text_that_closes_its_element_comes_back_escaped_on_every_page() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let ehs = app.login("ehs@test.example").await;
    let mgr = app.login("manager@test.example").await;

    // an incident with its investigation and an action
    let form = reqwest::multipart::Form::new()
        .text("kind", "injury_illness")
        .text("title", PAYLOAD)
        .text("occurred_at", "2026-11-09T10:15")
        .text("area", PAYLOAD)
        .text("description", PAYLOAD);
    let event = ok(tech
        .post(app.url("/safety/report"))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap())
    .await["id"]
        .as_i64()
        .unwrap();
    let evs = event.to_string();
    let inv = ok(app
        .call(
            &ehs,
            "save_investigation",
            &[
                ("event_id", &evs),
                ("people", PAYLOAD),
                ("witnesses", PAYLOAD),
                ("timeline", PAYLOAD),
                ("why1", PAYLOAD),
                ("root_cause", PAYLOAD),
                ("cause_category", "management"),
                ("contributing_factors", PAYLOAD),
            ],
        )
        .await)
    .await;
    ok(app
        .call(
            &ehs,
            "create_capa",
            &[
                ("investigation_id", &inv["id"].to_string()),
                ("kind", "corrective"),
                ("title", PAYLOAD),
                ("description", PAYLOAD),
                ("owner_id", &app.tech.to_string()),
                ("due_date", "2026-12-15"),
            ],
        )
        .await)
    .await;

    // an OSHA case and its 301
    let case = ok(app
        .call(
            &ehs,
            "open_case",
            &[
                ("employee_name", PAYLOAD),
                ("job_title", PAYLOAD),
                ("injury_date", "2026-11-09"),
                ("location", PAYLOAD),
                ("injury_description", PAYLOAD),
                ("case_type", "1"),
                ("event_id", &evs),
            ],
        )
        .await)
    .await;
    let case_id = case["id"].to_string();
    ok(app
        .call(
            &ehs,
            "save_301",
            &[
                ("case_id", &case_id),
                ("employee_street", PAYLOAD),
                ("employee_city", PAYLOAD),
                ("employee_state", "OH"),
                ("employee_zip", "45402"),
                ("date_of_birth", "1980-01-01"),
                ("date_hired", "2020-01-01"),
                ("physician", PAYLOAD),
                ("facility", PAYLOAD),
                ("time_began_work", "07:00"),
                ("time_of_event", "10:15"),
                ("before_incident", PAYLOAD),
                ("what_happened", PAYLOAD),
                ("object_substance", PAYLOAD),
            ],
        )
        .await)
    .await;

    // an inspection template whose item and name carry it
    let items = format!("[text] {PAYLOAD}\n[pass_fail] Guard in place");
    let version = ok(app
        .call(
            &mgr,
            "create_template",
            &[("name", PAYLOAD), ("category", "audit"), ("pass_mark", "80"), ("items", &items)],
        )
        .await)
    .await;

    // an asset and a work order on it
    let asset = ok(app
        .call(
            &mgr,
            "create_asset",
            &[("tag", "ESC-1"), ("name", PAYLOAD), ("manufacturer", PAYLOAD), ("notes", PAYLOAD)],
        )
        .await)
    .await;
    let wo = ok(app
        .call(
            &mgr,
            "create_work_order",
            &[
                ("title", PAYLOAD),
                ("wo_type", "corrective"),
                ("priority", "medium"),
                ("asset_id", &asset["id"].to_string()),
                ("description", PAYLOAD),
            ],
        )
        .await)
    .await;

    let pages_with_textareas = [
        format!("/safety/events/{event}"),
        format!("/osha/cases/{case_id}"),
        format!("/osha/cases/{case_id}/301"),
        format!("/templates/{}", version["id"]),
        format!("/assets/{}", asset["id"]),
    ];
    let mut start: Vec<String> = pages_with_textareas.to_vec();
    start.push(format!("/work-orders/{}", wo["summary"]["id"]));
    for p in ["/", "/work", "/work-orders", "/assets", "/safety/events", "/capa", "/osha", "/osha/log", "/templates"] {
        start.push(p.to_string());
    }
    let mut shown = BTreeSet::new();
    for c in [&ehs, &mgr] {
        let pages = crawl(&app, c, &start, 200).await;
        assert!(pages.len() >= 15, "only {} pages reached", pages.len());
        for (path, body) in &pages {
            assert!(!body.contains(INJECTED), "{path} renders typed text as markup");
            if body.contains(ESCAPED) {
                shown.insert(path.clone());
            }
        }
    }
    for p in &pages_with_textareas {
        assert!(shown.contains(p), "{p} does not show the saved text (shown on {shown:?})");
    }
}
