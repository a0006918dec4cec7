//! Production counts and OEE: shifts and stops entered as the production page does, the KPI page
//! and the JSON API, the refusals, the CSV import and the cycle-time history.
use serde_json::{Value, json as j};

use crate::helpers::*;

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

/// An asset of Riverside made by the manager, and its id.
async fn press(app: &TestApp, mgr: &reqwest::Client, tag: &str) -> String {
    let r = app.call(mgr, "create_asset", &[("tag", tag), ("name", "Press"), ("parent_id", "")]).await;
    ok(r).await["id"].as_i64().unwrap().to_string()
}

async fn reason_id(app: &TestApp, mgr: &reqwest::Client, code: &str) -> String {
    let page = ok(app.call(mgr, "production_records", &[]).await).await;
    let reasons = page["reasons"].as_array().unwrap();
    reasons.iter().find(|r| r["code"] == code).unwrap_or_else(|| panic!("{code} in {reasons:?}"))["id"].to_string()
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 1e-6)
}

/// A shift of 450 planned minutes at 30 s per unit, with a 40-minute breakdown, a 20-minute
/// changeover, a 3-minute jam and a 30-minute break: A 390/450, P 350/390, Q 680/700, OEE 75.56 %.
#[tokio::test]
async fn a_shift_and_its_stops_give_oee_and_the_six_losses_on_the_kpi_page_and_in_the_api() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let token = token_for(&app, "manager@test.example").await;
    let id = press(&app, &mgr, "PRESS-OEE").await;
    let r = client()
        .post(app.url(&format!("/api/v1/assets/{id}/cycle-times")))
        .bearer_auth(&token)
        .json(&j!({"seconds": 30.0, "from": "2026-11-01"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    for (code, from, to) in [
        ("BREAKDOWN", "2026-11-21T07:00", "2026-11-21T07:40"),
        ("CHANGEOVER", "2026-11-21T10:00", "2026-11-21T10:20"),
        ("NO-MATERIAL", "2026-11-21T11:00", "2026-11-21T11:03"),
        ("BREAK", "2026-11-21T12:00", "2026-11-21T12:30"),
    ] {
        let reason = reason_id(&app, &mgr, code).await;
        ok(app
            .call(&mgr, "record_stop", &[("asset_id", &id), ("reason_id", &reason), ("from", from), ("to", to)])
            .await)
        .await;
    }
    let saved = ok(app
        .call(
            &mgr,
            "record_production",
            &[
                ("asset_id", &id),
                ("date", "2026-11-21"),
                ("start", "06:00"),
                ("end", "14:00"),
                ("planned_minutes", "450"),
                ("total", "700"),
                ("rejects", "20"),
                ("startup_rejects", "5"),
            ],
        )
        .await)
    .await;
    assert!(close(&saved["run_minutes"], 390.0), "{saved}");
    assert!(close(&saved["ideal_cycle_seconds"], 30.0), "{saved}");
    assert!(close(&saved["factors"]["oee_pct"], 350.0 / 450.0 * 680.0 / 700.0 * 100.0), "{saved}");
    // the production page lists it with its factors
    let page = html(mgr.get(app.url("/production")).send().await.unwrap()).await;
    assert!(page.contains("PRESS-OEE") && page.contains("OEE 75.56 %"), "{page}");
    // the KPI page: factors, the trend and the six losses
    let kpi = html(mgr.get(app.url("/kpi?from=2026-11-01&to=2026-11-22")).send().await.unwrap()).await;
    for shown in [
        r#"id="kpi-oee">75.56 %"#,
        r#"id="kpi-oee-a">86.67 %"#,
        r#"id="kpi-oee-p">89.74 %"#,
        r#"id="kpi-oee-q">97.14 %"#,
        "Six big losses",
        "Unplanned stops (breakdowns)",
    ] {
        assert!(kpi.contains(shown), "{shown} in {kpi}");
    }
    assert!(kpi.contains("OEE over the period") && kpi.contains("<polyline"), "a trend chart");
    // the API gives the same, with the losses in minutes
    let k = ok(client()
        .get(app.url(&format!("/api/v1/kpi?site_id={}&from=2026-11-01&to=2026-11-22", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    let o = &k["oee"];
    assert_eq!(o["shifts"], 1);
    let l = &o["losses"];
    for (loss, minutes) in [
        ("unplanned_stops_min", 40.0),
        ("planned_stops_min", 20.0),
        ("small_stops_min", 3.0),
        ("slow_cycles_min", 37.0),
        ("production_rejects_min", 7.5),
        ("startup_rejects_min", 2.5),
    ] {
        assert!(close(&l[loss], minutes), "{loss}: {l}");
    }
    assert!(close(&o["not_scheduled_minutes"], 30.0), "{o}");
    assert_eq!(o["assets"][0]["asset_tag"], "PRESS-OEE");
    assert_eq!(o["trend"], j!([{"period": "2026-11-21", "factors": o["factors"]}]));
    let listed = ok(client()
        .get(app.url(&format!("/api/v1/production?site_id={}&from=2026-11-21&to=2026-11-21", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!((app.audit_count("production.record").await, app.audit_count("downtime.record").await), (1, 4));
}

#[tokio::test]
async fn bad_production_entries_are_refused_field_by_field_and_nothing_is_half_written() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let id = press(&app, &mgr, "PRESS-BAD").await;
    let shift = |date: &'static str, total: &'static str, rejects: &'static str| {
        let id = id.clone();
        let mgr = mgr.clone();
        let app = &app;
        async move {
            app.call(
                &mgr,
                "record_production",
                &[
                    ("asset_id", &id),
                    ("date", date),
                    ("start", "06:00"),
                    ("end", "14:00"),
                    ("total", total),
                    ("rejects", rejects),
                ],
            )
            .await
        }
    };
    // no ideal cycle time yet: the asset is named
    let r = shift("2026-11-20", "100", "0").await;
    assert_eq!(r.status(), 422);
    assert!(json(r).await["Validation"]["asset_id"].as_str().unwrap().contains("no ideal cycle time"));
    for bad in ["0", "abc", "-3"] {
        let r = app.call(&mgr, "set_cycle_time", &[("asset_id", &id), ("seconds", bad)]).await;
        assert!(json(r).await["Validation"]["seconds"].is_string(), "{bad}");
    }
    ok(app.call(&mgr, "set_cycle_time", &[("asset_id", &id), ("seconds", "12,5"), ("from", "2026-11-01")]).await).await;
    // more rejects than units, and a shift in the future
    let r = shift("2026-11-20", "10", "11").await;
    assert!(json(r).await["Validation"]["rejects"].is_string());
    let r = shift("2026-11-30", "10", "0").await;
    assert!(json(r).await["Validation"]["date"].is_string());
    ok(shift("2026-11-20", "1000", "10").await).await;
    // the same shift twice
    let r = shift("2026-11-20", "900", "0").await;
    assert!(json(r).await["Validation"]["start"].as_str().unwrap().contains("already recorded"));
    // a stop over another, a stop still to come, a stop without a reason
    let breakdown = reason_id(&app, &mgr, "BREAKDOWN").await;
    let stop = |from: &'static str, to: &'static str, reason: String| {
        let (id, mgr, app) = (id.clone(), mgr.clone(), &app);
        async move {
            app.call(&mgr, "record_stop", &[("asset_id", &id), ("reason_id", &reason), ("from", from), ("to", to)])
                .await
        }
    };
    ok(stop("2026-11-20T08:00", "2026-11-20T09:00", breakdown.clone()).await).await;
    let r = stop("2026-11-20T08:30", "2026-11-20T08:45", breakdown.clone()).await;
    assert!(json(r).await["Validation"]["from"].as_str().unwrap().contains("another stop"));
    let r = stop("2026-11-22T08:00", "2026-11-22T23:00", breakdown.clone()).await;
    assert!(json(r).await["Validation"]["to"].is_string());
    let r = stop("2026-11-19T08:00", "2026-11-19T09:00", String::new()).await;
    assert!(json(r).await["Validation"]["reason_id"].is_string());
    // another site's operator may not record on this asset
    let operator = app.login("operator@test.example").await;
    let r = app
        .call(
            &operator,
            "record_production",
            &[("asset_id", &id), ("date", "2026-11-19"), ("start", "06:00"), ("end", "14:00"), ("total", "1")],
        )
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(app.audit_count("production.record").await, 1);
    assert_eq!(app.audit_count("downtime.record").await, 1);
    assert_eq!(app.audit_count("asset.cycle_time").await, 1);
}

#[tokio::test]
async fn a_production_import_is_all_or_nothing_and_names_every_bad_row() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let token = token_for(&app, "manager@test.example").await;
    let id = press(&app, &mgr, "PRESS-CSV").await;
    ok(app.call(&mgr, "set_cycle_time", &[("asset_id", &id), ("seconds", "20"), ("from", "2026-11-01")]).await).await;
    let bad = "asset_tag,date,start,end,planned_minutes,total,rejects,startup_rejects\n\
               PRESS-CSV,2026-11-18,06:00,14:00,450,1200,12,2\n\
               NOPE-1,2026-11-18,14:00,22:00,,900,0,\n\
               PRESS-CSV,2026-11-19,06:00,14:00,450,100,120,0\n\
               PRESS-CSV,2026-11-18,13:00,15:00,,50,0,0\n";
    let r = app.call(&mgr, "import_production", &[("csv", bad)]).await;
    let report = ok(r).await;
    assert_eq!(report["imported"], 0);
    let rows: Vec<(i64, String)> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["row"].as_i64().unwrap(), e["field"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(rows, vec![(3, "asset_tag".into()), (4, "rejects".into()), (5, "start".into())], "{report}");
    let page = ok(app.call(&mgr, "production_records", &[]).await).await;
    assert_eq!(page["total"], 0, "nothing of a refused file is kept");
    // the good rows through the API
    let good = "asset_tag,date,start,end,planned_minutes,total,rejects,startup_rejects\n\
                press-csv,2026-11-18,06:00,14:00,450,1200,12,2\n\
                PRESS-CSV,2026-11-18,22:00,06:00,,1300,0,\n";
    let r = client()
        .post(app.url("/api/v1/production/import"))
        .bearer_auth(&token)
        .json(&j!({"site_id": app.rvs, "csv": good}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok(r).await["imported"], 2);
    let listed = ok(client()
        .get(app.url(&format!("/api/v1/production?site_id={}&from=2026-11-18&to=2026-11-18", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert!(close(&listed[1]["planned_minutes"], 480.0), "a night shift runs to the next morning: {listed:?}");
    assert_eq!(app.audit_count("production.import").await, 1);
}

#[tokio::test]
async fn a_new_cycle_time_leaves_earlier_shifts_with_theirs() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let token = token_for(&app, "manager@test.example").await;
    let id = press(&app, &mgr, "PRESS-HIST").await;
    let shift = |date: &'static str| {
        let (id, mgr, app) = (id.clone(), mgr.clone(), &app);
        async move {
            app.call(
                &mgr,
                "record_production",
                &[("asset_id", &id), ("date", date), ("start", "06:00"), ("end", "14:00"), ("total", "600")],
            )
            .await
        }
    };
    ok(app.call(&mgr, "set_cycle_time", &[("asset_id", &id), ("seconds", "30"), ("from", "2026-11-01")]).await).await;
    ok(shift("2026-11-19").await).await;
    ok(app.call(&mgr, "set_cycle_time", &[("asset_id", &id), ("seconds", "40"), ("from", "2026-11-20")]).await).await;
    ok(shift("2026-11-20").await).await;
    let history = ok(app.call(&mgr, "cycle_times", &[("asset_id", &id)]).await).await;
    let secs: Vec<f64> =
        history.as_array().unwrap().iter().map(|c| c["ideal_cycle_seconds"].as_f64().unwrap()).collect();
    assert_eq!(secs, vec![40.0, 30.0], "newest first");
    let listed = ok(client()
        .get(app.url(&format!("/api/v1/production?site_id={}&from=2026-11-19&to=2026-11-20&asset_id={id}", app.rvs)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    let kept: Vec<f64> =
        listed.as_array().unwrap().iter().map(|r| r["ideal_cycle_seconds"].as_f64().unwrap()).collect();
    assert_eq!(kept, vec![30.0, 40.0]);
    // 600 units at 30 s in 480 minutes: performance 62.5 %; at 40 s: 83.33 %
    let p: Vec<f64> =
        listed.as_array().unwrap().iter().map(|r| r["factors"]["performance_pct"].as_f64().unwrap()).collect();
    assert!((p[0] - 62.5).abs() < 1e-9 && (p[1] - 83.333_333_333).abs() < 1e-6, "{p:?}");
    // the asset page shows the history
    let page = html(mgr.get(app.url(&format!("/assets/{id}"))).send().await.unwrap()).await;
    assert!(page.contains("Ideal cycle time") && page.contains("40 s per unit from"), "{page}");
}

/// A work order takes its asset down with a reason from the site's list; a reason of another
/// site is refused.
#[tokio::test]
async fn downtime_from_a_work_order_carries_a_reason_of_the_sites_list() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let token = token_for(&app, "admin@test.example").await;
    let id = press(&app, &mgr, "PRESS-WO").await;
    let created = app
        .call(
            &mgr,
            "create_work_order",
            &[("asset_id", &id), ("title", "Fix the press"), ("wo_type", "corrective"), ("priority", "high")],
        )
        .await;
    let wo = ok(created).await["summary"]["id"].to_string();
    let lyn_reasons = ok(client()
        .get(app.url(&format!("/api/v1/downtime-reasons?site_id={}", app.lyn)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap())
    .await;
    let foreign = lyn_reasons[0]["id"].to_string();
    let r = app.call(&mgr, "toggle_downtime", &[("work_order_id", &wo), ("reason_id", &foreign)]).await;
    assert!(json(r).await["Validation"]["reason_id"].is_string());
    let changeover = reason_id(&app, &mgr, "CHANGEOVER").await;
    ok(app.call(&mgr, "toggle_downtime", &[("work_order_id", &wo), ("reason_id", &changeover)]).await).await;
    let detail = ok(app.call(&mgr, "work_order", &[("id", &wo)]).await).await;
    assert_eq!(detail["downtime"][0]["reason"], "Changeover");
    assert_eq!(detail["downtime"][0]["reason_id"].to_string(), changeover);
    // the site's list can grow and shrink (switched off, no longer offered)
    let added = client()
        .post(app.url("/api/v1/downtime-reasons"))
        .bearer_auth(&token)
        .json(&j!({"site_id": app.rvs, "code": "tool-change", "name": "Tool change", "kind": "planned"}))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), 201);
    let added = json(added).await;
    assert_eq!(added["code"], "TOOL-CHANGE");
    for (code, kind, field) in [("TOOL-CHANGE", "planned", "code"), ("OTHER", "sometimes", "kind")] {
        let again = client()
            .post(app.url("/api/v1/downtime-reasons"))
            .bearer_auth(&token)
            .json(&j!({"site_id": app.rvs, "code": code, "name": "Again", "kind": kind}))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 422);
        assert!(json(again).await["fields"][field].is_string(), "{field}");
    }
    let off = client()
        .put(app.url(&format!("/api/v1/downtime-reasons/{}/active", added["id"])))
        .bearer_auth(&token)
        .json(&j!({"active": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(json(off).await["active"], false);
}

/// The shift, the stop and the cycle times through the JSON API alone, with its refusals.
#[tokio::test]
async fn an_integration_records_shifts_and_stops_through_the_api() {
    let app = spawn_app().await;
    let token = token_for(&app, "manager@test.example").await;
    let api = client();
    let send = |method: reqwest::Method, path: &str, body: Value| {
        api.request(method, app.url(&format!("/api/v1{path}"))).bearer_auth(&token).json(&body).send()
    };
    use reqwest::Method;
    let asset = json(
        send(Method::POST, "/assets", j!({"site_id": app.rvs, "tag": "FILLER-1", "name": "Filler"})).await.unwrap(),
    )
    .await;
    let id = asset["id"].as_i64().unwrap();
    let shift =
        j!({"asset_id": id, "date": "2026-11-21", "start": "22:00", "end": "06:00", "total": 9000, "rejects": 90});
    let r = send(Method::POST, "/production", shift.clone()).await.unwrap();
    assert_eq!(r.status(), 422, "no cycle time yet");
    assert!(json(r).await["fields"]["asset_id"].is_string());
    let r = send(Method::POST, &format!("/assets/{id}/cycle-times"), j!({"seconds": 2.5, "from": "2026-11-01"}))
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let history =
        json(api.get(app.url(&format!("/api/v1/assets/{id}/cycle-times"))).bearer_auth(&token).send().await.unwrap())
            .await;
    assert_eq!(history[0]["ideal_cycle_seconds"], 2.5);
    let reasons = json(
        api.get(app.url(&format!("/api/v1/downtime-reasons?site_id={}", app.rvs)))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap(),
    )
    .await;
    let jam = reasons.as_array().unwrap().iter().find(|r| r["code"] == "NO-MATERIAL").unwrap()["id"].clone();
    let stop = j!({"asset_id": id, "reason_id": jam, "from": "2026-11-22T01:00", "to": "2026-11-22T01:48"});
    let r = send(Method::POST, "/downtime", stop.clone()).await.unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(json(r).await["reason"], "No material");
    let r = send(Method::POST, "/downtime", stop).await.unwrap();
    assert_eq!(r.status(), 422, "the same stop twice overlaps");
    let r = send(Method::POST, "/production", shift.clone()).await.unwrap();
    assert_eq!(r.status(), 201);
    let rec = json(r).await;
    // 480 planned, 48 stopped: run 432; 9000 x 2.5 s = 375 min
    assert!(close(&rec["run_minutes"], 432.0) && close(&rec["factors"]["availability_pct"], 90.0), "{rec}");
    assert!(close(&rec["factors"]["performance_pct"], 375.0 / 432.0 * 100.0), "{rec}");
    assert!(close(&rec["factors"]["quality_pct"], 99.0), "{rec}");
    let r = send(Method::POST, "/production", shift).await.unwrap();
    assert_eq!(r.status(), 422, "a shift is recorded once");
    // another site's people may not read or write this site's production
    let lyon = token_for(&app, "operator@test.example").await;
    let r =
        api.get(app.url(&format!("/api/v1/production?site_id={}", app.rvs))).bearer_auth(&lyon).send().await.unwrap();
    assert_eq!(r.status(), 403);
}
