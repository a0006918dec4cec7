//! Safety events, investigations, CAPA and OSHA recordkeeping through the server functions and
//! the plain routes, as the pages use them.
use chrono::{TimeZone, Utc};
use serde_json::Value;

use crate::helpers::*;

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

fn png() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(64, 48, image::Rgb([200, 40, 40]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A report through the multipart route (as the phone form sends it); returns the event id.
async fn report(app: &TestApp, c: &reqwest::Client, kind: &str, title: &str, photo: bool) -> i64 {
    let mut form = reqwest::multipart::Form::new()
        .text("kind", kind.to_string())
        .text("title", title.to_string())
        .text("occurred_at", "2026-11-09T10:15")
        .text("area", "Press line 2")
        .text("description", "Caught left index finger in the press guard gap");
    if photo {
        form = form.part("photo", reqwest::multipart::Part::bytes(png()).file_name("hand.png"));
    }
    ok(c.post(app.url("/safety/report")).header("Accept", "application/json").multipart(form).send().await.unwrap())
        .await["id"]
        .as_i64()
        .unwrap()
}

struct Case<'a> {
    name: &'a str,
    date: &'a str,
    case_type: &'a str,
}

async fn open_case(app: &TestApp, c: &reqwest::Client, event: Option<i64>, k: Case<'_>) -> Value {
    let event = event.map(|e| e.to_string()).unwrap_or_default();
    let mut form = vec![
        ("employee_name", k.name),
        ("job_title", "Press operator"),
        ("injury_date", k.date),
        ("location", "Press line 2"),
        ("injury_description", "Laceration, left index finger, press guard"),
        ("case_type", k.case_type),
    ];
    if !event.is_empty() {
        form.push(("event_id", &event));
    }
    ok(app.call(c, "open_case", &form).await).await
}

/// Answers the guided recordability form (ticked boxes by name).
async fn decide(app: &TestApp, c: &reqwest::Client, case: &Value, ticked: &[&str]) -> Value {
    let form: Vec<(&str, &str)> = ticked.iter().map(|k| (*k, "on")).collect();
    let r = c
        .post(app.url(&format!("/osha/cases/{}/decide", case["id"])))
        .header("Accept", "application/json")
        .form(&form)
        .send()
        .await
        .unwrap();
    ok(r).await
}

async fn confirm(app: &TestApp, c: &reqwest::Client, case: &Value) -> Value {
    ok(app.call(c, "confirm_decision", &[("case_id", &case["id"].to_string()), ("decision", "confirm")]).await).await
}

async fn classify(
    app: &TestApp,
    c: &reqwest::Client,
    case: &Value,
    away: &str,
    restricted: &str,
    died_on: Option<&str>,
) -> Value {
    let id = case["id"].to_string();
    let mut form = vec![("case_id", id.as_str()), ("away_periods", away), ("restricted_periods", restricted)];
    if let Some(day) = died_on {
        form.extend([("death", "on"), ("date_of_death", day)]);
    }
    ok(app.call(c, "classify_case", &form).await).await
}

async fn establishment(app: &TestApp, c: &reqwest::Client) {
    ok(app
        .call(
            c,
            "save_establishment",
            &[
                ("name", "Riverside Plant"),
                ("ein", "12-3456789"),
                ("company_name", "Gemba Test Inc"),
                ("street_address", "1 River Rd"),
                ("city", "Dayton"),
                ("state_code", "oh"),
                ("zip", "45402"),
                ("naics_code", "332710"),
                ("industry_description", "Machine shops"),
                ("establishment_type", "private"),
            ],
        )
        .await)
    .await;
}

async fn hours(app: &TestApp, c: &reqwest::Client, employees: &str, hours: &str) {
    ok(app
        .call(
            c,
            "save_year_data",
            &[("year", "2026"), ("annual_average_employees", employees), ("total_hours_worked", hours)],
        )
        .await)
    .await;
}

#[tokio::test]
async fn an_injury_is_reported_decided_classified_and_logged_with_rates() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let ev = report(&app, &tech, "injury_illness", "Cut finger at press 2", true).await;
    // the reporter sees their own report, with its photo and status
    let mine = ok(app.call(&tech, "safety_events", &[("mine", "true")]).await).await;
    assert_eq!(mine["total"], 1);
    assert_eq!(mine["events"][0]["status"], "reported");
    assert_eq!(mine["events"][0]["details_hidden"], false);
    let photo = mine["events"][0]["photo_ids"][0].as_i64().unwrap();
    // a manager sees that an injury happened, not its details or photo
    let mgr = app.login("manager@test.example").await;
    let all = ok(app.call(&mgr, "safety_events", &[]).await).await;
    assert_eq!(all["events"][0]["details_hidden"], true);
    assert!(!all.to_string().contains("index finger"), "{all}");
    assert_eq!(mgr.get(app.url(&format!("/files/{photo}"))).send().await.unwrap().status(), 403);
    assert_eq!(tech.get(app.url(&format!("/files/{photo}"))).send().await.unwrap().status(), 200);

    let ehs = app.login("ehs@test.example").await;
    assert_eq!(ehs.get(app.url(&format!("/files/{photo}/thumb"))).send().await.unwrap().status(), 200);
    let case = open_case(&app, &ehs, Some(ev), Case { name: "Dana Smith", date: "2026-11-09", case_type: "1" }).await;
    assert_eq!(case["case_number"], "2026-001");
    assert_eq!(case["record_by"], "2026-11-16");
    // first aid only: not recordable, and the rule says why
    let d = decide(&app, &ehs, &case, &["work_related", "new_case", "fa_C", "fa_D"]).await;
    assert_eq!(d["decided_recordable"], false);
    assert!(d["decision_text"].as_str().unwrap().starts_with("OSHA-2: first aid only"), "{d}");
    // sutures recommended, declined: still medical treatment
    let d = decide(&app, &ehs, &case, &["work_related", "new_case", "fa_D", "mt_wound_closure", "declined"]).await;
    assert_eq!(d["decided_recordable"], true);
    assert_eq!(d["decision_rule"], "MedicalTreatment");
    assert!(d["decision_text"].as_str().unwrap().contains("declined"), "{d}");
    assert_eq!(d["decision_status"], "pending");
    // pending cases are not on the log yet
    let log = ok(app.call(&ehs, "osha_log", &[("year", "2026")]).await).await;
    assert_eq!(log["rows"].as_array().unwrap().len(), 0);
    assert_eq!(log["pending"].as_array().unwrap().len(), 1);
    confirm(&app, &ehs, &case).await;
    // 4 days away from the day after the injury (a weekend counts), then 3 restricted
    let c = classify(&app, &ehs, &case, "2026-11-10 to 2026-11-13", "2026-11-14 to 2026-11-16", None).await;
    assert_eq!(
        (c["outcome"].as_str(), c["days_away"].as_i64(), c["days_restricted"].as_i64()),
        (Some("H"), Some(4), Some(3))
    );
    // a period starting on the injury day is refused (OSHA-4 counts from the day after)
    let id = case["id"].to_string();
    let r = app
        .call(&ehs, "classify_case", &[("case_id", &id), ("away_periods", "2026-11-09"), ("restricted_periods", "")])
        .await;
    assert_eq!(r.status(), 422);
    assert!(json(r).await.to_string().contains("away_periods"));

    establishment(&app, &ehs).await;
    hours(&app, &ehs, "100", "200,000").await;
    let log = ok(app.call(&ehs, "osha_log", &[("year", "2026")]).await).await;
    assert_eq!(log["rows"][0]["employee_name"], "Dana Smith");
    assert_eq!(log["rows"][0]["outcome"], "H");
    assert_eq!(log["totals"]["days_away_cases"], 1);
    assert_eq!(log["totals"]["days_away"], 4);
    assert_eq!(log["totals"]["days_restricted"], 3);
    let s = ok(app.call(&mgr, "osha_summary", &[("year", "2026")]).await).await;
    assert_eq!(s["totals"]["reconciles"], true);
    assert_eq!(s["totals"]["by_type"][0], 1);
    assert_eq!(s["rates"]["trc"], 1.0); // 1 x 200,000 / 200,000
    assert_eq!(s["rates"]["dart"], 1.0);
    assert_eq!(s["rates"]["severity"], 7.0);
    // one days-away injury: lost time per 200,000 hours and per 1,000,000 hours
    assert_eq!(s["rates"]["ltir"], 1.0);
    assert_eq!(s["rates"]["ltifr"], 5.0);
    assert_eq!(s["posting_from"], "2027-02-01");
    assert_eq!(s["ita_due"], "2027-03-02");
    assert!(!s.to_string().contains("Dana"), "the summary carries no names");
    let rates = ok(app.call(&mgr, "osha_rates", &[("year", "2026")]).await).await;
    assert_eq!(rates["trend"][10]["recordable"], 1);
    assert_eq!(rates["all_sites"]["recordable"], 1);
    // the trend chart's rate axis reads 0.00, half and the top of the scale (the highest TRC, at least 1)
    let top = rates["trend"].as_array().unwrap().iter().filter_map(|p| p["trc_ytd"].as_f64()).fold(1.0, f64::max);
    let page = html(mgr.get(app.url("/osha/rates?year=2026")).send().await.unwrap()).await;
    let chart = page.split(r#"id="trc-trend""#).nth(1).and_then(|c| c.split("</svg>").next()).unwrap();
    let ticks: Vec<&str> = chart.split(r#"text-anchor="end">"#).skip(1).filter_map(|t| t.split('<').next()).collect();
    assert_eq!(ticks, vec!["0.00".to_string(), format!("{:.2}", top / 2.0), format!("{:.2}", top)], "{chart}");
    // the manager (no medical right) cannot open the log, the case or the 300 CSV
    assert_eq!(app.call(&mgr, "osha_log", &[]).await.status(), 403);
    assert_eq!(app.call(&mgr, "osha_case", &[("id", &id)]).await.status(), 403);
    assert_eq!(mgr.get(app.url("/osha/300.csv?year=2026")).send().await.unwrap().status(), 403);
    // the event shows its case to EHS; the audit trail keeps the classification, never the name
    let detail = ok(app.call(&ehs, "safety_event", &[("id", &ev.to_string())]).await).await;
    assert_eq!(detail["event"]["case_id"], case["id"]);
    let admin = app.login("admin@test.example").await;
    let trail = ok(app.call(&admin, "list_audit_events", &[("entity_type", "osha_case")]).await).await;
    assert!(trail.to_string().contains("\\\"outcome\\\":\\\"H\\\"") || trail.to_string().contains("\"H\""), "{trail}");
    assert!(!trail.to_string().contains("Dana"), "{trail}");
    assert!(!trail.to_string().contains("index finger"), "{trail}");
    // the 300A certification: after the year ends, by an executive, with the password again
    let r = app
        .call(
            &mgr,
            "certify_300a",
            &[
                ("year", "2026"),
                ("cert_name", "Pat Lee"),
                ("cert_title", "Plant manager"),
                ("cert_phone", "555-0100"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "not before the year ends");
    app.clock.set(Utc.with_ymd_and_hms(2027, 1, 20, 15, 0, 0).unwrap());
    // sessions idle out over two months: sign in again
    let (mgr, ehs) = (app.login("manager@test.example").await, app.login("ehs@test.example").await);
    let form = |pw: &'static str| {
        vec![
            ("year", "2026"),
            ("cert_name", "Pat Lee"),
            ("cert_title", "Plant manager"),
            ("cert_phone", "555-0100"),
            ("password", pw),
        ]
    };
    let r = app.call(&mgr, "certify_300a", &form("wrong password")).await;
    assert_eq!(r.status(), 422);
    assert!(json(r).await["Validation"]["password"].is_string());
    assert_eq!(app.call(&ehs, "certify_300a", &form(PASSWORD)).await.status(), 403, "EHS is not the executive");
    let y = ok(app.call(&mgr, "certify_300a", &form(PASSWORD)).await).await;
    assert_eq!(y["certification"]["date"], "2027-01-20");
    assert_eq!(app.audit_count("osha.certify_300a").await, 1);
}

#[tokio::test]
async fn a_privacy_case_name_is_on_no_export_and_no_other_role_sees_it() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    establishment(&app, &ehs).await;
    hours(&app, &ehs, "40", "80000").await;
    let case = open_case(&app, &ehs, None, Case { name: "Jordan Quinn", date: "2026-10-02", case_type: "6" }).await;
    decide(&app, &ehs, &case, &["work_related", "new_case", "mt_prescription"]).await;
    confirm(&app, &ehs, &case).await;
    let id = case["id"].to_string();
    // an employee's request only makes an illness private; M6 is an illness
    ok(app.call(&ehs, "set_privacy", &[("case_id", &id), ("privacy_reason", "mental_illness")]).await).await;
    let other = open_case(&app, &ehs, None, Case { name: "Sam Ortiz", date: "2026-10-05", case_type: "1" }).await;
    let r = app
        .call(&ehs, "set_privacy", &[("case_id", &other["id"].to_string()), ("privacy_reason", "employee_request")])
        .await;
    assert_eq!(r.status(), 422, "an injury is not made private at the employee's request");
    ok(app
        .call(
            &ehs,
            "save_301",
            &[
                ("case_id", &id),
                ("employee_street", "5 Elm St"),
                ("employee_city", "Dayton"),
                ("employee_state", "OH"),
                ("employee_zip", "45402"),
                ("date_of_birth", "1990-04-01"),
                ("date_hired", "2019-06-01"),
                ("sex", "F"),
                ("physician", "Dr. Rivera"),
                ("facility", "Dayton Clinic"),
                ("emergency_room", "no"),
                ("hospitalized", "no"),
                ("time_began_work", "07:00"),
                ("time_of_event", ""),
                ("before_incident", "Night shift"),
                ("what_happened", "Work-related stress reaction"),
                ("object_substance", "None"),
            ],
        )
        .await)
    .await;
    let log = ok(app.call(&ehs, "osha_log", &[("year", "2026")]).await).await;
    assert_eq!(log["rows"][0]["employee_name"], "Privacy Case");
    // every export
    let csv300 = ehs.get(app.url("/osha/300.csv?year=2026")).send().await.unwrap();
    assert_eq!(csv300.status(), 200);
    let csv300 = csv300.text().await.unwrap();
    assert!(csv300.contains("Privacy Case"), "{csv300}");
    let ita_cases = ehs.get(app.url("/osha/ita-cases.csv?year=2026")).send().await.unwrap();
    assert_eq!(ita_cases.status(), 200);
    let ita_cases = ita_cases.text().await.unwrap();
    let ita_summary = ehs.get(app.url("/osha/ita-300a.csv?year=2026")).send().await.unwrap().text().await.unwrap();
    for body in [&csv300, &ita_cases, &ita_summary] {
        assert!(!body.contains("Jordan"), "{body}");
    }
    assert!(ita_cases.contains("\r\n"), "CRLF line ends");
    // the confidential list: EHS and admin only
    let list = ok(app.call(&ehs, "privacy_list", &[("year", "2026")]).await).await;
    assert_eq!(list[0]["employee_name"], "Jordan Quinn");
    let mgr = app.login("manager@test.example").await;
    let tech = app.login("tech@test.example").await;
    for c in [&mgr, &tech] {
        for (endpoint, form) in [
            ("privacy_list", vec![]),
            ("osha_log", vec![]),
            ("osha_case", vec![("id", id.as_str())]),
            ("ita_check", vec![]),
        ] {
            let r = app.call(c, endpoint, &form).await;
            assert_eq!(r.status(), 403, "{endpoint}");
        }
        for path in ["/osha/ita-cases.csv", "/osha/300.csv"] {
            assert_eq!(c.get(app.url(path)).send().await.unwrap().status(), 403, "{path}");
        }
    }
    // what the manager may read carries no name
    for (endpoint, form) in [
        ("osha_summary", vec![("year", "2026")]),
        ("osha_rates", vec![("year", "2026")]),
        ("osha_overview", vec![("year", "2026")]),
    ] {
        let body = ok(app.call(&mgr, endpoint, &form).await).await.to_string();
        assert!(!body.contains("Jordan"), "{endpoint}: {body}");
    }
    let admin = app.login("admin@test.example").await;
    let trail = ok(app.call(&admin, "list_audit_events", &[]).await).await.to_string();
    assert!(!trail.contains("Jordan"), "{trail}");
    // the API answers the same
    let token =
        ok(app.call(&mgr, "create_api_token", &[("name", "t")]).await).await["secret"].as_str().unwrap().to_string();
    let api = reqwest::Client::new();
    let rvs = app.rvs;
    let r = api
        .get(app.url(&format!("/api/v1/osha/log?site_id={rvs}&year=2026")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = api.get(app.url(&format!("/api/v1/osha/cases/{id}"))).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let r = api
        .get(app.url(&format!("/api/v1/osha/ita/cases.csv?site_id={rvs}&year=2026")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let summary = api
        .get(app.url(&format!("/api/v1/osha/summary?site_id={rvs}&year=2026")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.status(), 200);
    assert!(!summary.text().await.unwrap().contains("Jordan"));
    // an EHS token reads the log through the API, masked the same way
    let ehs_token =
        ok(app.call(&ehs, "create_api_token", &[("name", "t")]).await).await["secret"].as_str().unwrap().to_string();
    let log = api
        .get(app.url(&format!("/api/v1/osha/log?site_id={rvs}&year=2026")))
        .bearer_auth(&ehs_token)
        .send()
        .await
        .unwrap();
    assert_eq!(log.status(), 200);
    let log: Value = log.json().await.unwrap();
    assert_eq!(log["rows"][0]["employee_name"], "Privacy Case");
    let csv = api
        .get(app.url(&format!("/api/v1/osha/ita/cases.csv?site_id={rvs}&year=2026")))
        .bearer_auth(&ehs_token)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert!(!csv.text().await.unwrap().contains("Jordan"));
}

#[tokio::test]
async fn osha_records_cannot_be_deleted_within_the_five_year_retention() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let case = open_case(&app, &ehs, None, Case { name: "Lee Park", date: "2026-03-04", case_type: "1" }).await;
    assert_eq!(case["deletable_from"], "2032-01-01");
    let id = case["id"].to_string();
    let r = app.call(&ehs, "delete_case", &[("case_id", &id)]).await;
    assert_eq!(r.status(), 409);
    let body = json(r).await.to_string();
    assert!(body.contains("2031-12-31"), "the refusal says until when: {body}");
    app.clock.set(Utc.with_ymd_and_hms(2031, 12, 31, 12, 0, 0).unwrap());
    let ehs = app.login("ehs@test.example").await;
    assert_eq!(app.call(&ehs, "delete_case", &[("case_id", &id)]).await.status(), 409);
    app.clock.set(Utc.with_ymd_and_hms(2032, 1, 1, 12, 0, 0).unwrap());
    let ehs = app.login("ehs@test.example").await;
    ok(app.call(&ehs, "delete_case", &[("case_id", &id)]).await).await;
    assert_eq!(app.call(&ehs, "osha_case", &[("id", &id)]).await.status(), 404);
    assert_eq!(app.audit_count("osha_case.delete").await, 1);
}

#[tokio::test]
async fn the_300a_totals_reconcile_with_the_log_and_an_override_is_audited() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let mk = |name: &'static str, date: &'static str, ty: &'static str| Case { name, date, case_type: ty };
    // G: a death (no day counts)
    let c = open_case(&app, &ehs, None, mk("A One", "2026-02-10", "1")).await;
    decide(&app, &ehs, &c, &["work_related", "new_case", "death"]).await;
    confirm(&app, &ehs, &c).await;
    // a death needs its date, asked at classification (not first at the ITA export)
    let id = c["id"].to_string();
    let r = app
        .call(
            &ehs,
            "classify_case",
            &[("case_id", id.as_str()), ("away_periods", "2026-02-11"), ("restricted_periods", ""), ("death", "on")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert_eq!(
        json(r).await["Validation"]["date_of_death"],
        "Enter the date of death: a death is recorded with it (the ITA file needs it)."
    );
    let g = classify(&app, &ehs, &c, "2026-02-11", "", Some("2026-02-12")).await;
    assert_eq!((g["outcome"].as_str(), g["days_away"].as_i64()), (Some("G"), Some(0)));
    // I: restricted only, a skin disorder
    let c = open_case(&app, &ehs, None, mk("B Two", "2026-03-01", "2")).await;
    decide(&app, &ehs, &c, &["work_related", "new_case", "restricted_after"]).await;
    confirm(&app, &ehs, &c).await;
    classify(&app, &ehs, &c, "", "2026-03-02 to 2026-03-11", None).await;
    // J: loss of consciousness, hearing loss
    let c = open_case(&app, &ehs, None, mk("C Three", "2026-04-01", "5")).await;
    decide(&app, &ehs, &c, &["work_related", "new_case", "unconscious"]).await;
    confirm(&app, &ehs, &c).await;
    // first aid only, but the EHS officer overrides it to recordable, with a reason
    let c = open_case(&app, &ehs, None, mk("D Four", "2026-05-01", "1")).await;
    decide(&app, &ehs, &c, &["work_related", "new_case", "fa_E"]).await;
    let id = c["id"].to_string();
    let r = app.call(&ehs, "confirm_decision", &[("case_id", &id), ("decision", "override")]).await;
    assert_eq!(r.status(), 422, "an override needs its reason");
    let o = ok(app
        .call(
            &ehs,
            "confirm_decision",
            &[("case_id", &id), ("decision", "override"), ("override_reason", "Physician later prescribed medication")],
        )
        .await)
    .await;
    assert_eq!((o["recordable"].as_bool(), o["decision_status"].as_str()), (Some(true), Some("overridden")));
    // not recordable (confirmed) and pending cases stay off the log
    let c = open_case(&app, &ehs, None, mk("E Five", "2026-06-01", "1")).await;
    decide(&app, &ehs, &c, &["new_case", "mt_therapy"]).await;
    confirm(&app, &ehs, &c).await;
    let c = open_case(&app, &ehs, None, mk("F Six", "2026-07-01", "1")).await;
    decide(&app, &ehs, &c, &["work_related", "new_case", "days_away"]).await;

    let log = ok(app.call(&ehs, "osha_log", &[("year", "2026")]).await).await;
    let rows = log["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    let t = &log["totals"];
    assert_eq!(
        (
            t["deaths"].as_i64(),
            t["days_away_cases"].as_i64(),
            t["restricted_cases"].as_i64(),
            t["other_cases"].as_i64()
        ),
        (Some(1), Some(0), Some(1), Some(2))
    );
    assert_eq!(t["days_restricted"], 10);
    assert_eq!(t["by_type"], serde_json::json!([2, 1, 0, 0, 1, 0]));
    assert_eq!(t["reconciles"], true);
    // the summary's totals are the log's totals
    let s = ok(app.call(&ehs, "osha_summary", &[("year", "2026")]).await).await;
    assert_eq!(s["totals"], log["totals"]);
    // the override is in the trail with its reason; the earlier classification stays there too
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let ev = backend::entities::audit_event::Entity::find()
        .filter(backend::entities::audit_event::Column::Action.eq("osha_case.override"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(ev.reason.as_deref(), Some("Physician later prescribed medication"));
    assert!(ev.before_json.as_deref().unwrap_or("").contains("\"recordable\":false"), "{:?}", ev.before_json);
    assert_eq!(app.audit_count("osha_case.classify").await, 2);
}

#[tokio::test]
async fn the_ita_files_name_every_missing_field_before_download() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let c = open_case(&app, &ehs, None, Case { name: "G Seven", date: "2026-08-03", case_type: "1" }).await;
    decide(&app, &ehs, &c, &["work_related", "new_case", "mt_prescription"]).await;
    confirm(&app, &ehs, &c).await;
    let check = ok(app.call(&ehs, "ita_check", &[("year", "2026")]).await).await;
    let fields: Vec<String> = check["summary_problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap().to_string())
        .collect();
    for f in ["establishment_name", "ein", "naics_code", "total_hours_worked"] {
        assert!(fields.iter().any(|x| x == f), "{f} missing from {fields:?}");
    }
    let r = ehs.get(app.url("/osha/ita-300a.csv?year=2026")).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(json(r).await["fields"]["ein"].is_string());
    establishment(&app, &ehs).await;
    hours(&app, &ehs, "60", "120000").await;
    let r = ehs.get(app.url("/osha/ita-300a.csv?year=2026")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().contains("ita-300a-RVS-2026.csv"));
    let body = r.text().await.unwrap();
    let mut lines = body.split("\r\n");
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("establishment_name,ein,company_name,street_address,city,state,zip,naics_code")
    );
    let row = lines.next().unwrap();
    assert!(row.starts_with("Riverside Plant,123456789,Gemba Test Inc,1 River Rd,Dayton,OH,45402,332710,Machine shops,21,1,2026,60,120000,1,0,0,0,1,0,0,1,0,0,0,0,0,"), "{row}");
    // the case file wants the 301 details: each missing one is named with its case number
    let check = ok(app.call(&ehs, "ita_check", &[("year", "2026")]).await).await;
    let cases = check["case_problems"].as_array().unwrap();
    assert!(cases.iter().all(|p| p["case_number"] == "2026-001"), "{check}");
    assert!(cases.iter().any(|p| p["field"] == "nar_what_happened"), "{check}");
}

#[tokio::test]
async fn an_investigation_raises_capa_that_opens_a_work_order_and_is_checked_by_someone_else() {
    let app = spawn_app().await;
    let tech = app.login("tech@test.example").await;
    let ev = report(&app, &tech, "near_miss", "Forklift nearly hit a pedestrian", false).await;
    let ehs = app.login("ehs@test.example").await;
    let evs = ev.to_string();
    let r = app.call(&ehs, "close_investigation", &[("event_id", &evs)]).await;
    assert_eq!(r.status(), 422, "nothing to close yet");
    let inv = ok(app
        .call(
            &ehs,
            "save_investigation",
            &[
                ("event_id", &evs),
                ("people", "Driver, pedestrian"),
                ("witnesses", "Line lead"),
                ("timeline", "10:02 reversing; 10:03 stop"),
                ("why1", "Pedestrian in the forklift lane"),
                ("why2", "Lane markings worn"),
                ("why3", "Repainting not scheduled"),
                ("root_cause", "No PM for floor markings"),
                ("cause_category", "management"),
                ("contributing_factors", "Noise"),
            ],
        )
        .await)
    .await;
    assert_eq!(inv["whys"].as_array().unwrap().len(), 3);
    let detail = ok(app.call(&tech, "safety_event", &[("id", &evs)]).await).await;
    assert_eq!(detail["event"]["status"], "investigating", "the reporter follows the status");
    let capa = ok(app
        .call(
            &ehs,
            "create_capa",
            &[
                ("investigation_id", &inv["id"].to_string()),
                ("kind", "corrective"),
                ("title", "Repaint forklift lanes"),
                ("owner_id", &app.tech.to_string()),
                ("due_date", "2026-12-15"),
            ],
        )
        .await)
    .await;
    let cid = capa["id"].to_string();
    let with_wo = ok(app.call(&ehs, "capa_work_order", &[("capa_id", &cid)]).await).await;
    let wo = with_wo["work_order_id"].as_i64().unwrap();
    let mine = ok(app.call(&tech, "my_work", &[]).await).await;
    assert!(mine.to_string().contains(&format!("CAPA #{cid}")), "{mine}");
    assert_eq!(app.call(&ehs, "capa_work_order", &[("capa_id", &cid)]).await.status(), 409);
    // the owner does it, with evidence; then cannot check their own work
    let r = app.call(&tech, "advance_capa", &[("capa_id", &cid), ("status", "done")]).await;
    assert_eq!(r.status(), 422, "done needs evidence");
    ok(app
        .call(&tech, "advance_capa", &[("capa_id", &cid), ("status", "done"), ("evidence", &format!("WO #{wo} done"))])
        .await)
    .await;
    let r =
        app.call(&tech, "advance_capa", &[("capa_id", &cid), ("status", "verified_effective"), ("note", "fine")]).await;
    assert_eq!(r.status(), 403);
    let back = ok(app
        .call(&ehs, "advance_capa", &[("capa_id", &cid), ("status", "reopened"), ("note", "Paint wore off in a week")])
        .await)
    .await;
    assert_eq!(back["status"], "reopened");
    ok(app.call(&tech, "advance_capa", &[("capa_id", &cid), ("status", "done"), ("evidence", "Epoxy paint")]).await)
        .await;
    let v = ok(app
        .call(
            &ehs,
            "advance_capa",
            &[("capa_id", &cid), ("status", "verified_effective"), ("note", "Intact after 30 days")],
        )
        .await)
    .await;
    assert_eq!(v["verified_by_name"], "Test ehs_officer");
    ok(app.call(&ehs, "close_investigation", &[("event_id", &evs)]).await).await;
    let detail = ok(app.call(&tech, "safety_event", &[("id", &evs)]).await).await;
    assert_eq!(detail["event"]["status"], "closed");
    assert_eq!(app.audit_count("capa.status").await, 4);
}

#[tokio::test]
async fn anonymous_hazard_observations_only_where_the_site_allows_them() {
    let app = spawn_app().await;
    let op = app.login("operator@test.example").await;
    let form = |kind: &'static str| {
        reqwest::multipart::Form::new().text("kind", kind).text("title", "Oil leak by dock 3").text("anonymous", "on")
    };
    let send = |f| op.post(app.url("/safety/report")).header("Accept", "application/json").multipart(f).send();
    let r = send(form("hazard")).await.unwrap();
    assert_eq!(r.status(), 422, "the site does not take anonymous reports");
    let admin = app.login("admin@test.example").await;
    ok(app
        .call(
            &admin,
            "update_site_settings",
            &[("site_id", &app.lyn.to_string()), ("pm_window_pct", "10"), ("allow_anonymous_reports", "on")],
        )
        .await)
    .await;
    assert_eq!(send(form("injury_illness")).await.unwrap().status(), 422, "only hazards go anonymous");
    let unknown = form("hazard").text("asset_tag", "NO-SUCH-TAG");
    let r = send(unknown).await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(json(r).await.to_string().contains("No asset with this tag"));
    let id = ok(send(form("hazard")).await.unwrap()).await["id"].as_i64().unwrap();
    let ehs = app.login("ehs@test.example").await;
    ok(app.call(&ehs, "switch_site", &[("site_id", &app.lyn.to_string())]).await).await;
    let e = ok(app.call(&ehs, "safety_event", &[("id", &id.to_string())]).await).await;
    assert_eq!(e["event"]["reporter"], "Anonymous");
    // anonymous: not even the sender's own list shows it, and the audit trail does not name them
    let mine = ok(app.call(&op, "safety_events", &[("mine", "true")]).await).await;
    assert_eq!(mine["total"], 0);
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let a = backend::entities::audit_event::Entity::find()
        .filter(backend::entities::audit_event::Column::Action.eq("safety_event.report"))
        .one(&app.state.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(a.actor_user_id, None);
}

#[tokio::test]
async fn permission_matrix_of_the_safety_functions() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let tech = app.login("tech@test.example").await;
    let ev = report(&app, &tech, "injury_illness", "Burn", false).await.to_string();
    let inv = ok(app
        .call(
            &ehs,
            "save_investigation",
            &[
                ("event_id", &ev),
                ("people", ""),
                ("witnesses", ""),
                ("timeline", ""),
                ("root_cause", ""),
                ("contributing_factors", ""),
            ],
        )
        .await)
    .await["id"]
        .to_string();
    let capa = ok(app
        .call(
            &ehs,
            "create_capa",
            &[
                ("investigation_id", &inv),
                ("kind", "immediate"),
                ("title", "x"),
                ("owner_id", &app.tech.to_string()),
                ("due_date", "2026-12-01"),
            ],
        )
        .await)
    .await["id"]
        .to_string();
    let case =
        open_case(&app, &ehs, Some(ev.parse().unwrap()), Case { name: "H", date: "2026-11-01", case_type: "1" }).await;
    let case = case["id"].to_string();
    let before = app.changes_written().await;
    let mgr = app.login("manager@test.example").await;
    let auditor = app.login("auditor@test.example").await;
    type Call<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a reqwest::Client);
    let header = vec![
        ("employee_name", "x"),
        ("job_title", "x"),
        ("injury_date", "2026-11-01"),
        ("location", "x"),
        ("injury_description", "x"),
        ("case_type", "1"),
    ];
    let mut update = header.clone();
    update.push(("case_id", &case));
    let calls: Vec<Call> = vec![
        (
            "save_investigation",
            vec![
                ("event_id", &ev),
                ("people", ""),
                ("witnesses", ""),
                ("timeline", ""),
                ("root_cause", ""),
                ("contributing_factors", ""),
            ],
            &mgr,
        ),
        ("close_investigation", vec![("event_id", &ev)], &tech),
        (
            "create_capa",
            vec![
                ("investigation_id", &inv),
                ("kind", "immediate"),
                ("title", "x"),
                ("owner_id", "1"),
                ("due_date", "2026-12-01"),
            ],
            &tech,
        ),
        ("capa_work_order", vec![("capa_id", &capa)], &tech),
        ("advance_capa", vec![("capa_id", &capa), ("status", "in_progress")], &auditor),
        ("capa_owners", vec![], &tech),
        (
            "save_establishment",
            vec![
                ("name", "x"),
                ("ein", ""),
                ("company_name", ""),
                ("street_address", ""),
                ("city", ""),
                ("state_code", ""),
                ("zip", ""),
                ("naics_code", ""),
                ("industry_description", ""),
            ],
            &mgr,
        ),
        (
            "save_year_data",
            vec![("year", "2026"), ("annual_average_employees", "1"), ("total_hours_worked", "1")],
            &mgr,
        ),
        (
            "certify_300a",
            vec![
                ("year", "2025"),
                ("cert_name", "x"),
                ("cert_title", "x"),
                ("cert_phone", "x"),
                ("password", PASSWORD),
            ],
            &ehs,
        ),
        ("open_case", header.clone(), &mgr),
        ("osha_case", vec![("id", &case)], &mgr),
        ("update_case", update, &mgr),
        ("confirm_decision", vec![("case_id", &case), ("decision", "confirm")], &mgr),
        ("classify_case", vec![("case_id", &case), ("away_periods", ""), ("restricted_periods", "")], &mgr),
        ("set_privacy", vec![("case_id", &case), ("privacy_reason", "")], &mgr),
        (
            "save_301",
            vec![
                ("case_id", &case),
                ("employee_street", ""),
                ("employee_city", ""),
                ("employee_state", ""),
                ("employee_zip", ""),
                ("date_of_birth", ""),
                ("date_hired", ""),
                ("physician", ""),
                ("facility", ""),
                ("time_began_work", ""),
                ("time_of_event", ""),
                ("before_incident", ""),
                ("what_happened", ""),
                ("object_substance", ""),
            ],
            &mgr,
        ),
        ("delete_case", vec![("case_id", &case)], &mgr),
        ("osha_log", vec![], &mgr),
        ("privacy_list", vec![], &mgr),
        ("ita_check", vec![], &mgr),
        ("osha_summary", vec![], &tech),
        ("osha_rates", vec![], &tech),
        ("osha_overview", vec![], &tech),
        ("safety_event", vec![("id", &ev)], &auditor),
    ];
    for (endpoint, form, who) in &calls {
        let r = app.call(who, endpoint, form).await;
        assert_eq!(r.status(), 403, "{endpoint}");
    }
    // the decide route too
    let r = mgr
        .post(app.url(&format!("/osha/cases/{case}/decide")))
        .header("Accept", "application/json")
        .form(&[("work_related", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert_eq!(app.changes_written().await, before, "nothing was written");
    let anon = client();
    for (endpoint, form, _) in &calls {
        assert_eq!(app.call(&anon, endpoint, form).await.status(), 401, "{endpoint}");
    }
    for endpoint in ["safety_events", "capa_list"] {
        assert_eq!(app.call(&anon, endpoint, &[]).await.status(), 401, "{endpoint}");
    }
    let r = anon
        .post(app.url("/safety/report"))
        .header("Accept", "application/json")
        .multipart(reqwest::multipart::Form::new().text("kind", "hazard").text("title", "x"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}

#[tokio::test]
async fn the_api_records_a_case_from_decision_to_log_with_the_same_rules() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let token =
        ok(app.call(&ehs, "create_api_token", &[("name", "hris")]).await).await["secret"].as_str().unwrap().to_string();
    let api = reqwest::Client::new();
    let send = |m: reqwest::Method, path: String, body: Value| {
        api.request(m, app.url(&format!("/api/v1{path}"))).bearer_auth(&token).json(&body).send()
    };
    use reqwest::Method;
    let r = send(
        Method::POST,
        "/osha/cases".into(),
        serde_json::json!({"site_id": app.rvs, "employee_name": "Kim Lo", "job_title": "Welder", "injury_date": "2026-09-14",
                           "location": "Weld bay", "injury_description": "Flash burn, both eyes, welding arc", "case_type": 1}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 201);
    let case: Value = r.json().await.unwrap();
    let id = case["id"].as_i64().unwrap();
    let answers = serde_json::json!({"answers": [{"name": "work_related", "value": "on"}, {"name": "new_case", "value": "on"},
                                                  {"name": "mt_prescription", "value": "on"}, {"name": "fa_I", "value": "on"}]});
    let d: Value =
        send(Method::POST, format!("/osha/cases/{id}/decision"), answers).await.unwrap().json().await.unwrap();
    assert_eq!(
        (d["decided_recordable"].as_bool(), d["decision_rule"].as_str()),
        (Some(true), Some("MedicalTreatment"))
    );
    let r = send(Method::POST, format!("/osha/cases/{id}/confirmation"), serde_json::json!({"overrule": true}))
        .await
        .unwrap();
    assert_eq!(r.status(), 422, "an override needs a reason");
    let r = send(Method::POST, format!("/osha/cases/{id}/confirmation"), serde_json::json!({})).await.unwrap();
    assert_eq!(r.status(), 200);
    let c: Value = send(
        Method::POST,
        format!("/osha/cases/{id}/classification"),
        serde_json::json!({"restricted_periods": "2026-09-15 to 2026-09-16", "recommended_restricted": 5}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(
        (c["outcome"].as_str(), c["days_restricted"].as_i64()),
        (Some("I"), Some(5)),
        "recommended days are recorded"
    );
    let r = send(
        Method::PUT,
        format!("/osha/cases/{id}/privacy"),
        serde_json::json!({"privacy_reason": "employee_request"}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 422, "an injury is not private on request");
    let r = send(
        Method::PUT,
        format!("/osha/cases/{id}/form-301"),
        serde_json::json!({"sex": "F", "time_of_event": "25:00"}),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("time_of_event"));
    let log: Value = api
        .get(app.url(&format!("/api/v1/osha/log?site_id={}&year=2026", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(log["rows"][0]["outcome"], "I");
    assert_eq!(log["totals"]["days_restricted"], 5);
    let r = send(Method::DELETE, format!("/osha/cases/{id}"), Value::Null).await.unwrap();
    assert_eq!(r.status(), 409);
    let doc = api.get(app.url("/api/v1/openapi.json")).send().await.unwrap().text().await.unwrap();
    for path in ["/osha/cases/{id}/decision", "/osha/log", "/osha/ita/cases.csv", "/events", "/capa/{id}/status"] {
        assert!(doc.contains(&format!("\"{path}\"")), "{path} is documented");
    }
}

/// The ZIP rule is one rule: what the establishment form accepts, the ITA file takes.
#[tokio::test]
async fn a_zip_plus_four_saved_on_the_establishment_is_what_the_ita_file_carries() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    establishment(&app, &ehs).await;
    hours(&app, &ehs, "40", "80000").await;
    let save = |zip: &'static str| {
        let (app, ehs) = (&app, &ehs);
        async move {
            let form = [
                ("name", "Riverside Plant"),
                ("ein", "12-3456789"),
                ("company_name", "Gemba Test Inc"),
                ("street_address", "1 River Rd"),
                ("city", "Dayton"),
                ("state_code", "oh"),
                ("zip", zip),
                ("naics_code", "332710"),
                ("industry_description", "Machine shops"),
                ("establishment_type", "private"),
            ];
            app.call(ehs, "save_establishment", &form).await
        }
    };
    for bad in ["ABCDE", "4540", "45402-123"] {
        let r = save(bad).await;
        let status = r.status();
        let body = r.text().await.unwrap();
        assert_eq!(status, 422, "{bad}: {body}");
        let body: Value = serde_json::from_str(&body).unwrap();
        assert!(body["Validation"]["zip"].is_string(), "{bad}");
    }
    // a form without one of its fields is the client's fault: 400, not a server error
    let r = app.call(&ehs, "save_establishment", &[("name", "Riverside Plant")]).await;
    assert_eq!(r.status(), 400);
    assert!(json(r).await["BadRequest"].as_str().unwrap_or_default().contains("missing field"));
    let saved = ok(save("45402-1234").await).await;
    assert_eq!((saved["zip"].as_str(), saved["state"].as_str()), (Some("454021234"), Some("OH")));
    let check = ok(app.call(&ehs, "ita_check", &[("year", "2026")]).await).await;
    assert!(!check.to_string().contains("\"zip\""), "the export takes the saved ZIP: {check}");
    let file = ehs.get(app.url("/osha/ita-300a.csv?year=2026")).send().await.unwrap();
    assert_eq!(file.status(), 200);
    let file = file.text().await.unwrap();
    assert!(file.contains(",OH,454021234,332710,"), "{file}");
}

#[tokio::test]
async fn a_cell_a_spreadsheet_would_run_is_neutralised_in_the_300_log_export() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let case = open_case(
        &app,
        &ehs,
        None,
        Case { name: "=HYPERLINK(\"http://x.example\",\"Dana\")", date: "2026-11-09", case_type: "1" },
    )
    .await;
    decide(&app, &ehs, &case, &["work_related", "new_case", "mt_wound_closure"]).await;
    confirm(&app, &ehs, &case).await;
    classify(&app, &ehs, &case, "", "", None).await;
    let csv = ehs.get(app.url("/osha/300.csv")).send().await.unwrap().text().await.unwrap();
    let row = csv.lines().nth(1).unwrap_or_default();
    assert!(row.contains(",\"'=HYPERLINK("), "the name is shown, not run: {csv}");
    assert!(!row.contains(",\"=HYPERLINK("), "{csv}");
}

#[tokio::test]
async fn osha_reports_refuse_an_unknown_site_and_a_year_outside_recordkeeping() {
    let app = spawn_app().await;
    let token = token_for(&app, "ehs@test.example").await;
    let api = reqwest::Client::new();
    let rvs = app.rvs;
    let get = |path: String| api.get(app.url(&path)).bearer_auth(&token).send();
    let r = get("/api/v1/osha/rates?site_id=999999&year=2026".into()).await.unwrap();
    assert_eq!(r.status(), 404, "not every site's rates");
    assert_eq!(get(format!("/api/v1/osha/rates?site_id={rvs}&year=2026")).await.unwrap().status(), 200);
    for year in ["99999", "1970", "2028"] {
        for report in ["rates", "summary", "log", "year", "cases", "ita/summary.csv"] {
            let r = get(format!("/api/v1/osha/{report}?site_id={rvs}&year={year}")).await.unwrap();
            assert_eq!(r.status(), 422, "{report} {year}");
            let e = json(r).await;
            assert_eq!(e["fields"]["year"], "Choose a year from 1971 to 2027.", "{report} {year}: {e}");
        }
    }
    for year in ["1971", "2027"] {
        assert_eq!(
            get(format!("/api/v1/osha/summary?site_id={rvs}&year={year}")).await.unwrap().status(),
            200,
            "{year}"
        );
    }
}

#[tokio::test]
async fn a_case_entered_after_its_seven_days_says_how_late_on_the_case_the_log_and_the_api() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let today = backend::services::calendar::today_on(&app.state, app.rvs).await.unwrap();
    let learned_late = (today - chrono::Duration::days(10)).to_string();
    let learned_now = (today - chrono::Duration::days(2)).to_string();
    let open = |name: &'static str, learned: String| {
        let ehs = &ehs;
        let app = &app;
        async move {
            let form = [
                ("employee_name", name.to_string()),
                ("job_title", "Press operator".to_string()),
                ("injury_date", learned.clone()),
                ("learned_on", learned),
                ("location", "Press line 2".to_string()),
                ("injury_description", "Laceration, left index finger".to_string()),
                ("case_type", "1".to_string()),
            ];
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ok(app.call(ehs, "open_case", &form).await).await
        }
    };
    let late = open("Lee Park", learned_late).await;
    assert_eq!(late["recorded_on"], today.to_string());
    assert_eq!(late["recorded_late"], true);
    assert_eq!(late["recorded_late_days"], 3, "10 days after learning of it: 3 past the 7-day limit");
    let in_time = open("Ana Ruiz", learned_now).await;
    assert_eq!((in_time["recorded_late"].as_bool(), in_time["recorded_late_days"].as_i64()), (Some(false), Some(0)));
    // the case page says it, and the API returns both dates
    let page = ehs.get(app.url(&format!("/osha/cases/{}", late["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("id=\"case-late\"") && page.contains("3 day(s) after the 7-day limit"), "no late notice");
    let page = ehs.get(app.url(&format!("/osha/cases/{}", in_time["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("case-late"));
    let token = token_for(&app, "ehs@test.example").await;
    let api = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/osha/cases/{}", late["id"])))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let api = json(api).await;
    assert_eq!((api["recorded_late"].as_bool(), api["recorded_late_days"].as_i64()), (Some(true), Some(3)), "{api}");
    // the year's list (pending decisions) and the OSHA home say it too
    let year = today.format("%Y").to_string();
    let log = ok(app.call(&ehs, "osha_log", &[("year", &year)]).await).await;
    let rows = log["pending"].as_array().unwrap();
    let row = rows.iter().find(|r| r["case_id"] == late["id"]).unwrap();
    assert_eq!((row["recorded_late"].as_bool(), row["recorded_late_days"].as_i64()), (Some(true), Some(3)));
    let home = ehs.get(app.url("/osha")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("entered 3 day(s) late"), "the OSHA home lists the late entry");
}

/// 1904.8-1904.11: a contaminated needlestick given first aid only, a medical removal, a hearing
/// loss and tuberculosis after exposure are recordable by their own rule; the needlestick becomes
/// a privacy case and the hearing loss goes to column M(5), in the decision's audited change; the
/// same through the API; a half-entered audiogram is refused at its field.
#[tokio::test]
async fn the_special_recording_criteria_decide_needlesticks_removals_hearing_loss_and_tuberculosis() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let case = |name: &'static str| {
        let (app, ehs) = (&app, ehs.clone());
        async move { open_case(app, &ehs, None, Case { name, date: "2026-10-02", case_type: "1" }).await }
    };
    let sharp = case("Ana Ruiz").await;
    let d = decide(&app, &ehs, &sharp, &["work_related", "new_case", "fa_C", "sharp"]).await;
    assert_eq!(
        (d["decided_recordable"].as_bool(), d["decision_rule"].as_str()),
        (Some(true), Some("ContaminatedSharp"))
    );
    assert!(d["decision_text"].as_str().unwrap().starts_with("1904.8"), "{d}");
    assert_eq!(d["privacy_reason"], "needlestick", "a privacy case by 1904.29(b)(7)(vi)");
    let removal = case("Lee Park").await;
    let d = decide(&app, &ehs, &removal, &["work_related", "new_case", "medical_removal"]).await;
    assert_eq!(d["decision_rule"], "MedicalRemoval");
    let tb = case("Max Weber").await;
    let d = decide(&app, &ehs, &tb, &["work_related", "new_case", "tuberculosis"]).await;
    assert_eq!(d["decision_rule"], "Tuberculosis");
    // hearing: a 10 dB average shift to 25 dB in the left ear (sent by the API)
    let hearing = case("Noor Haddad").await;
    let token =
        ok(app.call(&ehs, "create_api_token", &[("name", "ohs")]).await).await["secret"].as_str().unwrap().to_string();
    let mut answers = vec![
        serde_json::json!({"name": "work_related", "value": "on"}),
        serde_json::json!({"name": "new_case", "value": "on"}),
    ];
    for (k, v) in [("b2000", 10), ("b3000", 15), ("b4000", 20), ("c2000", 20), ("c3000", 25), ("c4000", 30)] {
        answers.push(serde_json::json!({"name": format!("hl_left_{k}"), "value": v.to_string()}));
    }
    let url = app.url(&format!("/api/v1/osha/cases/{}/decision", hearing["id"]));
    let api = reqwest::Client::new();
    let d: Value = api
        .post(&url)
        .bearer_auth(&token)
        .json(&serde_json::json!({"answers": answers}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (d["decided_recordable"].as_bool(), d["decision_rule"].as_str()),
        (Some(true), Some("HearingLoss")),
        "{d}"
    );
    assert_eq!(d["case_type"], 5, "column M(5)");
    // one threshold short of an audiogram: refused at that field, nothing decided
    answers.pop();
    let other = case("Ines Blanco").await;
    let url = app.url(&format!("/api/v1/osha/cases/{}/decision", other["id"]));
    let r = api.post(&url).bearer_auth(&token).json(&serde_json::json!({"answers": answers})).send().await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("hl_left_c4000"));
    // the guided form shows the answers again, the audiogram among them
    let page = ehs.get(app.url(&format!("/osha/cases/{}", hearing["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains(r#"name="hl_left_c4000" id="hl_left_c4000" inputmode="numeric" value="30""#),
        "audiogram kept"
    );
    assert_eq!(app.audit_count("osha_case.decide").await, 4);
}

/// A year of many cases (230, two still pending): the 300 log page shows 100 rows a page with the
/// year's totals on every page and links to the others; the API gives every row; the 300A has the
/// same totals; a new case is numbered after the last one given (a counter per site and year).
#[tokio::test]
async fn a_year_of_many_cases_pages_the_log_and_keeps_the_years_totals() {
    let app = spawn_app().await;
    backend::bench_data::osha_cases(&app.state, "RVS", 230).await.unwrap();
    let ehs = app.login("ehs@test.example").await;
    let token = token_for(&app, "ehs@test.example").await;
    let full = ok(client()
        .get(app.url(&format!("/api/v1/osha/log?site_id={}&year=2026", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    let all = full["rows"].as_array().unwrap();
    assert_eq!((all.len(), full["pending"].as_array().unwrap().len()), (228, 2));
    assert!(full["totals"]["reconciles"].as_bool().unwrap(), "{}", full["totals"]);
    assert!(
        full["totals"]["days_away"].as_i64().unwrap() > 0 && full["totals"]["days_restricted"].as_i64().unwrap() > 0
    );
    let numbers = |rows: &Value| -> Vec<String> {
        rows.as_array().unwrap().iter().map(|r| r["case_number"].as_str().unwrap().to_string()).collect()
    };
    for (page, rows, from) in [("1", 100, 0), ("2", 100, 100), ("3", 28, 200), ("9", 28, 200)] {
        let p = ok(app.call(&ehs, "osha_log", &[("year", "2026"), ("page", page)]).await).await;
        assert_eq!(p["site_id"], app.rvs);
        assert_eq!(
            (p["rows"].as_array().unwrap().len(), p["rows_in_all"].as_u64().unwrap()),
            (rows, 228),
            "page {page}"
        );
        assert_eq!(
            numbers(&p["rows"]),
            numbers(&full["rows"])[from..from + rows],
            "page {page}: the log's rows in order"
        );
        assert_eq!(p["totals"], full["totals"], "page {page}: the year's totals");
        assert_eq!(p["pending"].as_array().unwrap().len(), 2);
    }
    let page = html(ehs.get(app.url("/osha/log?year=2026&page=2")).send().await.unwrap()).await;
    assert_eq!(page.matches("<tr id=\"row-").count(), 100);
    assert!(page.contains("Page 2 of 3") && page.contains("rel=\"prev\"") && page.contains("rel=\"next\""), "{page}");
    assert!(page.contains(&format!("id=\"row-{}\"", numbers(&full["rows"])[150])), "row 151 on page 2");
    let first = html(ehs.get(app.url("/osha/log?year=2026")).send().await.unwrap()).await;
    assert!(first.contains("Page 1 of 3") && !first.contains("rel=\"prev\""), "{first}");
    let summary = ok(app.call(&ehs, "osha_summary", &[("year", "2026")]).await).await;
    assert_eq!(summary["totals"], full["totals"], "the 300A counts what the log counts");
    // the OSHA home lists the year's cases 50 a page; the API's case list has them all
    let cards = |page: &str| {
        page.split("id=\"case-list\"").nth(1).unwrap_or("").split("</ul>").next().unwrap_or("").matches("<li").count()
    };
    let home = html(ehs.get(app.url("/osha?year=2026")).send().await.unwrap()).await;
    assert!(home.contains("Page 1 of 5") && home.contains("/osha?year=2026&amp;page=2"), "{home}");
    assert_eq!(cards(&home), 50);
    let last = html(ehs.get(app.url("/osha?year=2026&page=5")).send().await.unwrap()).await;
    assert_eq!(cards(&last), 30, "{last}");
    let listed = ok(client()
        .get(app.url(&format!("/api/v1/osha/cases?site_id={}&year=2026", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    assert_eq!(listed.as_array().unwrap().len(), 230);
    let case = open_case(&app, &ehs, None, Case { name: "Noa Vale", date: "2026-11-20", case_type: "1" }).await;
    assert_eq!(case["case_number"], "2026-231");
}
