//! Audits and inspections through the server functions: template versions, answers saved one by
//! one, scoring with critical items, findings closing with their CAPA action or work order.
use serde_json::Value;

use crate::helpers::*;

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

/// The starter fire extinguisher template: (template id, published version id).
pub(crate) async fn extinguisher(app: &TestApp, c: &reqwest::Client) -> (i64, i64) {
    let lib = ok(app.call(c, "template_library", &[("q", "extinguisher")]).await).await;
    assert_eq!(lib.as_array().unwrap().len(), 1, "{lib}");
    let t = &lib[0];
    let v = t["versions"].as_array().unwrap().iter().find(|v| v["state"] == "published").unwrap();
    (t["id"].as_i64().unwrap(), v["id"].as_i64().unwrap())
}

pub(crate) async fn schedule(app: &TestApp, c: &reqwest::Client, template: i64) -> Value {
    ok(app
        .call(
            c,
            "schedule_inspection",
            &[("template_id", &template.to_string()), ("due_date", "2026-11-30"), ("area", "Dock 3")],
        )
        .await)
    .await
}

async fn answer(app: &TestApp, c: &reqwest::Client, id: &str, item: usize, value: &str) -> reqwest::Response {
    app.call(c, "answer_item", &[("inspection_id", id), ("item_index", &item.to_string()), ("value", value)]).await
}

/// Answers every item of the extinguisher inspection: pass/yes, except `fail_item` (fail/no).
pub(crate) async fn answer_all(app: &TestApp, c: &reqwest::Client, id: &str, detail: &Value, fail_item: Option<usize>) {
    for (i, it) in detail["items"].as_array().unwrap().iter().enumerate() {
        let bad = fail_item == Some(i);
        let v = match it["item"]["kind"].as_str().unwrap() {
            "yes_no_na" => {
                if bad {
                    "no"
                } else {
                    "yes"
                }
            }
            "pass_fail" => {
                if bad {
                    "fail"
                } else {
                    "pass"
                }
            }
            _ => continue,
        };
        ok(answer(app, c, id, i, v).await).await;
    }
}

#[tokio::test]
async fn a_published_template_is_never_edited_in_place_and_audits_keep_their_version() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let lib = ok(app.call(&mgr, "template_library", &[]).await).await;
    assert_eq!(lib.as_array().unwrap().len(), 6, "the starter templates are there");
    let (template, v1) = extinguisher(&app, &mgr).await;
    let insp = schedule(&app, &mgr, template).await;
    let before = ok(app.call(&mgr, "template_version", &[("id", &v1.to_string())]).await).await;
    let text = format!("{}[yes_no_na] Wall bracket secure\n", before["items_text"].as_str().unwrap());
    // editing the published version makes version 2, a draft; version 1 is unchanged
    let v2 = ok(app
        .call(&mgr, "edit_template", &[("version_id", &v1.to_string()), ("pass_mark", "100"), ("items", &text)])
        .await)
    .await;
    assert_eq!((v2["version"].as_i64(), v2["state"].as_str()), (Some(2), Some("draft")));
    let again = ok(app.call(&mgr, "template_version", &[("id", &v1.to_string())]).await).await;
    assert_eq!(again["items"], before["items"]);
    let r = app
        .call(&mgr, "edit_template", &[("version_id", &v1.to_string()), ("pass_mark", "100"), ("items", &text)])
        .await;
    assert_eq!(r.status(), 409, "one draft at a time");
    // the draft is edited in place, then published: version 1 retires
    let v2id = v2["id"].to_string();
    let v2b =
        ok(app.call(&mgr, "edit_template", &[("version_id", &v2id), ("pass_mark", "90"), ("items", &text)]).await)
            .await;
    assert_eq!(v2b["id"], v2["id"]);
    let p = ok(app.call(&mgr, "publish_template", &[("version_id", &v2id)]).await).await;
    assert_eq!(p["state"], "published");
    assert_eq!(ok(app.call(&mgr, "template_version", &[("id", &v1.to_string())]).await).await["state"], "retired");
    // the audit scheduled before keeps version 1; a new one gets version 2
    let d = ok(app.call(&mgr, "inspection", &[("id", &insp["id"].to_string())]).await).await;
    assert_eq!(d["inspection"]["version"], 1);
    assert_eq!(d["items"].as_array().unwrap().len(), before["items"].as_array().unwrap().len());
    let newer = schedule(&app, &mgr, template).await;
    assert_eq!(newer["version"], 2);
    let r = app
        .call(&mgr, "edit_template", &[("version_id", &v1.to_string()), ("pass_mark", "x"), ("items", "[maybe] y")])
        .await;
    assert_eq!(r.status(), 422);
    let body = json(r).await;
    assert!(body["Validation"]["items"].as_str().unwrap().contains("Line 1"), "{body}");
    assert!(body["Validation"]["pass_mark"].is_string());
}

#[tokio::test]
async fn each_answer_is_saved_at_once_and_survives_a_reload() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    let r = app
        .call(
            &ehs,
            "answer_item",
            &[("inspection_id", &id), ("item_index", "0"), ("value", "yes"), ("note", "By column B4")],
        )
        .await;
    ok(r).await;
    assert_eq!(answer(&app, &ehs, &id, 3, "yes").await.status(), 422, "a pass/fail item takes pass or fail");
    // another session (the phone reconnected) sees it
    let again = app.login("ehs@test.example").await;
    let d = ok(app.call(&again, "inspection", &[("id", &id)]).await).await;
    assert_eq!(d["items"][0]["answer"], "yes");
    assert_eq!(d["items"][0]["note"], "By column B4");
    assert_eq!(d["inspection"]["status"], "in_progress");
    assert_eq!(d["inspection"]["answered"], 1);
    // a changed answer replaces the old one, and the trail keeps both
    ok(answer(&app, &again, &id, 0, "no").await).await;
    let d = ok(app.call(&again, "inspection", &[("id", &id)]).await).await;
    assert_eq!((d["items"][0]["answer"].as_str(), d["items"][0]["failed"].as_bool()), (Some("no"), Some(true)));
    assert_eq!(app.audit_count("inspection.answer").await, 2);
}

#[tokio::test]
async fn a_failed_critical_item_fails_the_audit_and_its_work_order_closes_the_finding() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    let gauge = d["items"]
        .as_array()
        .unwrap()
        .iter()
        .position(|i| i["item"]["text"].as_str().unwrap().starts_with("Pressure gauge"))
        .unwrap();
    let r = app.call(&ehs, "complete_inspection", &[("inspection_id", &id), ("password", PASSWORD)]).await;
    assert_eq!(r.status(), 422, "unanswered items");
    answer_all(&app, &ehs, &id, &d, Some(gauge)).await;
    // a photo of the failed gauge, kept with its item
    let png = {
        let img = image::RgbImage::from_pixel(32, 32, image::Rgb([10, 200, 10]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    };
    let form = reqwest::multipart::Form::new()
        .text("item_index", gauge.to_string())
        .part("photo", reqwest::multipart::Part::bytes(png).file_name("gauge.png"));
    let r = ehs
        .post(app.url(&format!("/inspections/{id}/photo")))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    assert_eq!(d["items"][gauge]["photo_ids"].as_array().unwrap().len(), 1);
    assert!(d["inspection"]["score"].as_f64().unwrap() > 80.0, "{}", d["inspection"]);
    assert_eq!(d["inspection"]["critical_failed"], true);
    // the failed item proposes its finding: a major nonconformity titled after the item
    let f =
        ok(app.call(&ehs, "raise_finding", &[("inspection_id", &id), ("item_index", &gauge.to_string())]).await).await;
    assert_eq!(f["grade"], "major_nc");
    assert!(f["title"].as_str().unwrap().starts_with("Pressure gauge"));
    assert!(f["clauses"].as_str().unwrap().contains("1910.157"));
    let r = app.call(&ehs, "complete_inspection", &[("inspection_id", &id), ("password", "wrong")]).await;
    assert_eq!(r.status(), 422);
    let r = app
        .call(
            &ehs,
            "complete_inspection",
            &[
                ("inspection_id", &id),
                ("password", PASSWORD),
                ("auditee_email", "tech@test.example"),
                ("auditee_password", "nope"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422, "the auditee's signature is checked too");
    let done = ok(app
        .call(
            &ehs,
            "complete_inspection",
            &[
                ("inspection_id", &id),
                ("password", PASSWORD),
                ("auditee_email", "tech@test.example"),
                ("auditee_password", PASSWORD),
            ],
        )
        .await)
    .await;
    assert_eq!(done["auditee_name"], "Test technician");
    assert_eq!((done["status"].as_str(), done["passed"].as_bool()), (Some("done"), Some(false)));
    assert_eq!(answer(&app, &ehs, &id, 0, "yes").await.status(), 409, "signed off: answers are final");
    // the finding becomes a work order for the technicians; doing it closes the finding
    let fid = f["id"].to_string();
    let f = ok(app.call(&ehs, "finding_action", &[("finding_id", &fid), ("kind", "work_order")]).await).await;
    let wo = f["work_order_id"].to_string();
    assert_eq!(app.call(&ehs, "finding_action", &[("finding_id", &fid), ("kind", "work_order")]).await.status(), 409);
    ok(app
        .call(
            &ehs,
            "raise_finding",
            &[("inspection_id", &id), ("grade", "good_practice"), ("title", "Weekly walk-round log kept")],
        )
        .await)
    .await;
    // the printable report: verdict, findings grouped by grade (most serious first), open actions
    let report = ehs.get(app.url(&format!("/inspections/{id}/report"))).send().await.unwrap().text().await.unwrap();
    assert!(report.contains("Failed ·"), "{report}");
    let (major, good) =
        (report.find("Major nonconformity (1)").expect("major group"), report.find("Good practice (1)").expect("good"));
    assert!(major < good, "grades in order of seriousness");
    let open = &report[report.find("id=\"open-actions\"").expect("open actions table")..];
    assert!(open.contains(&format!("Work order #{wo}")) && !open.contains("Weekly walk-round"), "{open}");
    assert!(report.contains("/files/") && report.contains("id=\"report-photos\""), "the gauge photo is in the report");
    let photo = d["items"][gauge]["photo_ids"][0].as_i64().unwrap();
    assert_eq!(report.matches(&format!("/files/{photo}/thumb")).count(), 1, "the gauge photo once, with its item");
    let tech = app.login("tech@test.example").await;
    let mine = ok(app.call(&tech, "my_work", &[]).await).await;
    assert!(mine.to_string().contains(&format!("Finding #{fid}")), "{mine}");
    ok(app.call(&tech, "change_work_order_status", &[("id", &wo), ("status", "in_progress")]).await).await;
    ok(app
        .call(&tech, "complete_work_order", &[("work_order_id", &wo), ("password", PASSWORD), ("printed_name", "T")])
        .await)
    .await;
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    assert_eq!(d["findings"][0]["status"], "closed");
    assert_eq!(app.audit_count("finding.close").await, 1);
    let report = ehs.get(app.url(&format!("/inspections/{id}/report"))).send().await.unwrap().text().await.unwrap();
    assert!(report.contains("Nothing open."), "a done work order leaves no open action");
}

#[tokio::test]
async fn a_finding_closes_only_when_its_capa_is_verified_effective() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    let f = ok(app
        .call(
            &ehs,
            "raise_finding",
            &[("inspection_id", &id), ("grade", "minor_nc"), ("title", "Inspection tags missing on 3 units")],
        )
        .await)
    .await;
    let fid = f["id"].to_string();
    let capa = |rc: &'static str| {
        vec![
            ("finding_id", fid.clone()),
            ("kind", "capa".to_string()),
            ("root_cause", rc.to_string()),
            ("capa_title", "Tag all units; add tags to the monthly route".to_string()),
            ("owner_id", app.tech.to_string()),
            ("due_date", "2026-12-10".to_string()),
        ]
    };
    let form = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let f1 = form(&capa(""));
    let f1: Vec<(&str, &str)> = f1.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.call(&ehs, "finding_action", &f1).await;
    assert_eq!(r.status(), 422, "a nonconformity needs its root cause");
    let f2 = form(&capa("Tags not part of the route"));
    let f2: Vec<(&str, &str)> = f2.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let f = ok(app.call(&ehs, "finding_action", &f2).await).await;
    let cid = f["capa_id"].to_string();
    let tech = app.login("tech@test.example").await;
    ok(app.call(&tech, "advance_capa", &[("capa_id", &cid), ("status", "done"), ("evidence", "Tagged")]).await).await;
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    assert_eq!(d["findings"][0]["status"], "open", "done is not yet effective");
    ok(app
        .call(
            &ehs,
            "advance_capa",
            &[("capa_id", &cid), ("status", "verified_effective"), ("note", "All tagged next month")],
        )
        .await)
    .await;
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    assert_eq!(d["findings"][0]["status"], "closed");
    assert_eq!(d["findings"][0]["capa_status"], "verified_effective");
}

#[tokio::test]
async fn permission_matrix_of_the_audit_functions() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, v1) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    let f =
        ok(app.call(&ehs, "raise_finding", &[("inspection_id", &id), ("grade", "observation"), ("title", "x")]).await)
            .await["id"]
            .to_string();
    let before = app.changes_written().await;
    let tech = app.login("tech@test.example").await;
    let auditor = app.login("auditor@test.example").await;
    let (t, v) = (template.to_string(), v1.to_string());
    type Call<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a reqwest::Client);
    let calls: Vec<Call> = vec![
        (
            "create_template",
            vec![("name", "x"), ("category", "audit"), ("pass_mark", "80"), ("items", "[text] x")],
            &tech,
        ),
        ("edit_template", vec![("version_id", &v), ("pass_mark", "80"), ("items", "[text] x")], &tech),
        ("publish_template", vec![("version_id", &v)], &tech),
        ("schedule_inspection", vec![("template_id", &t)], &tech),
        ("answer_item", vec![("inspection_id", &id), ("item_index", "0"), ("value", "yes")], &auditor),
        ("complete_inspection", vec![("inspection_id", &id), ("password", PASSWORD)], &auditor),
        ("raise_finding", vec![("inspection_id", &id), ("title", "x")], &auditor),
        ("finding_action", vec![("finding_id", &f), ("kind", "work_order")], &tech),
        ("inspection", vec![("id", &id)], &auditor),
        ("audit_leads", vec![], &tech),
    ];
    for (endpoint, form, who) in &calls {
        assert_eq!(app.call(who, endpoint, form).await.status(), 403, "{endpoint}");
    }
    assert_eq!(app.changes_written().await, before, "nothing was written");
    let anon = client();
    for (endpoint, form, _) in &calls {
        assert_eq!(app.call(&anon, endpoint, form).await.status(), 401, "{endpoint}");
    }
    for endpoint in ["template_library", "inspections"] {
        assert_eq!(app.call(&anon, endpoint, &[]).await.status(), 401, "{endpoint}");
    }
}

#[tokio::test]
async fn the_api_serves_templates_audits_and_findings_with_the_same_permissions() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let token =
        ok(app.call(&ehs, "create_api_token", &[("name", "t")]).await).await["secret"].as_str().unwrap().to_string();
    let api = reqwest::Client::new();
    let get = |path: String, token: String| api.get(app.url(&format!("/api/v1{path}"))).bearer_auth(token).send();
    let lib: Value = get("/templates?q=forklift".into(), token.clone()).await.unwrap().json().await.unwrap();
    let t = lib[0]["id"].as_i64().unwrap();
    let r = api
        .post(app.url("/api/v1/audits"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"site_id": app.rvs, "template_id": t, "area": "Yard"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let a: Value = r.json().await.unwrap();
    let id = a["id"].as_i64().unwrap();
    let r = api
        .put(app.url(&format!("/api/v1/audits/{id}/answers/0")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"value": "fail", "note": "Fork heel worn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = api
        .put(app.url(&format!("/api/v1/audits/{id}/answers/0")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"value": "7"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let f = api
        .post(app.url(&format!("/api/v1/audits/{id}/findings")))
        .bearer_auth(&token)
        .json(&serde_json::json!({"item_index": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(f.status(), 201);
    let f: Value = f.json().await.unwrap();
    assert_eq!(f["grade"], "major_nc");
    let d: Value = get(format!("/audits/{id}"), token.clone()).await.unwrap().json().await.unwrap();
    assert_eq!(
        (d["inspection"]["answered"].as_i64(), d["inspection"]["critical_failed"].as_bool()),
        (Some(1), Some(true))
    );
    // the auditor of another site reads nothing of it
    let aud = app.login("auditor@test.example").await;
    let at =
        ok(app.call(&aud, "create_api_token", &[("name", "t")]).await).await["secret"].as_str().unwrap().to_string();
    assert_eq!(get(format!("/audits/{id}"), at.clone()).await.unwrap().status(), 403);
    assert_eq!(get(format!("/audits?site_id={}", app.rvs), at).await.unwrap().status(), 403);
    let doc = api.get(app.url("/api/v1/openapi.json")).send().await.unwrap().text().await.unwrap();
    for path in
        ["/templates", "/template-versions/{id}/publish", "/audits/{id}/answers/{item}", "/findings/{id}/action"]
    {
        assert!(doc.contains(&format!("\"{path}\"")), "{path}");
    }
}

#[tokio::test]
async fn recurring_audits_follow_the_preventive_maintenance_rules_once_per_occurrence() {
    use chrono::{TimeZone, Utc};
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let t = template.to_string();
    let r = app
        .call(
            &ehs,
            "schedule_inspection",
            &[
                ("template_id", &t),
                ("due_date", "2026-11-25"),
                ("repeat", "fixed"),
                ("every_days", "30"),
                ("lead_days", "7"),
            ],
        )
        .await;
    ok(r).await;
    let open = ok(app.call(&ehs, "inspections", &[]).await).await;
    assert_eq!(open.as_array().unwrap().len(), 1, "due on the 25th, 7 days' lead: there today");
    assert_eq!(open[0]["due_date"], "2026-11-25");
    // a second run (or a second instance) adds nothing
    assert_eq!(backend::jobs::inspections::run_once(&app.state, app.state.now()).await.unwrap(), 0);
    // fixed: the next one counts from the previous due date, done or not
    app.clock.set(Utc.with_ymd_and_hms(2026, 12, 19, 12, 0, 0).unwrap());
    assert_eq!(backend::jobs::inspections::run_once(&app.state, app.state.now()).await.unwrap(), 1);
    let ehs = app.login("ehs@test.example").await;
    let open = ok(app.call(&ehs, "inspections", &[]).await).await;
    let dues: Vec<&str> = open.as_array().unwrap().iter().map(|i| i["due_date"].as_str().unwrap()).collect();
    assert_eq!(dues, ["2026-11-25", "2026-12-25"]);
    // floating: nothing new while one is open
    ok(app
        .call(
            &ehs,
            "schedule_inspection",
            &[
                ("template_id", &t),
                ("title", "Forklift bay extinguishers"),
                ("repeat", "floating"),
                ("every_days", "14"),
            ],
        )
        .await)
    .await;
    assert_eq!(backend::jobs::inspections::run_once(&app.state, app.state.now()).await.unwrap(), 0);
    let r =
        app.call(&ehs, "schedule_inspection", &[("template_id", &t), ("repeat", "weekly"), ("every_days", "0")]).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.audit_count("inspection.generate").await, 3);
}

/// The auditee's counter-signature cannot be used to guess passwords: an unknown e-mail and a
/// wrong password answer the same, and wrong passwords count as failed sign-ins of that account,
/// so the eleventh guess in a minute is held back even when it is right.
#[tokio::test]
async fn the_auditee_signature_is_throttled_and_does_not_tell_which_accounts_exist() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    answer_all(&app, &ehs, &id, &d, None).await;
    let sign = |email: &'static str, pw: &'static str| {
        let (app, ehs, id) = (&app, &ehs, id.clone());
        async move {
            let fields = [
                ("inspection_id", id.as_str()),
                ("password", PASSWORD),
                ("auditee_email", email),
                ("auditee_password", pw),
            ];
            app.call(ehs, "complete_inspection", &fields).await
        }
    };
    let unknown = sign("nobody@test.example", "guess").await;
    assert_eq!(unknown.status(), 422);
    let unknown = json(unknown).await;
    let wrong = sign("tech@test.example", "guess").await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(json(wrong).await, unknown, "an unknown account and a wrong password look the same");
    for _ in 0..9 {
        assert_eq!(sign("tech@test.example", "guess").await.status(), 422);
    }
    let held = json(sign("tech@test.example", PASSWORD).await).await;
    let msg = held["Validation"]["auditee_password"].as_str().unwrap_or_default().to_string();
    assert!(msg.starts_with("Too many wrong passwords"), "{held}");
    // a minute later the real auditee signs
    app.clock.advance(chrono::Duration::seconds(61));
    let done = ok(sign("tech@test.example", PASSWORD).await).await;
    assert_eq!(done["auditee_name"], "Test technician");
}

#[tokio::test]
async fn only_those_who_manage_audits_grade_a_nonconformity() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    // a technician of the site runs audits but does not grade them
    let tech = app.login("tech@test.example").await;
    let before = app.changes_written().await;
    for grade in ["major_nc", "minor_nc"] {
        let r = app
            .call(&tech, "raise_finding", &[("inspection_id", &id), ("grade", grade), ("title", "Seal broken")])
            .await;
        assert_eq!(r.status(), 403, "{grade}");
    }
    assert_eq!(app.changes_written().await, before, "nothing written");
    let f = ok(app.call(&tech, "raise_finding", &[("inspection_id", &id), ("item_index", "0")]).await).await;
    assert_eq!(f["grade"], "observation", "what they see is recorded for a manager to grade: {f}");
    let f = ok(app
        .call(&tech, "raise_finding", &[("inspection_id", &id), ("grade", "ofi"), ("title", "Label faded")])
        .await)
    .await;
    assert_eq!(f["grade"], "ofi");
    // the EHS officer grades
    let f = ok(app.call(&ehs, "raise_finding", &[("inspection_id", &id), ("item_index", "0")]).await).await;
    assert!(f["grade"].as_str().unwrap().ends_with("_nc"), "{f}");
}

/// One item per screen without JavaScript: each answer lands on the next unanswered item (an item
/// answered out of order is skipped), the last on the sign-off; a refused answer stays on its item.
#[tokio::test]
async fn one_item_per_screen_moves_on_to_the_next_unanswered_item_without_javascript() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (template, _) = extinguisher(&app, &ehs).await;
    let id = schedule(&app, &ehs, template).await["id"].to_string();
    let screen = |n: usize| {
        let (c, url) = (ehs.clone(), app.url(&format!("/inspections/{id}?one={n}")));
        async move { html(c.get(url).send().await.unwrap()).await }
    };
    let then_of = |html: &str| {
        html.split("name=\"__then\" value=\"").nth(1).and_then(|r| r.split('"').next()).map(str::to_string).unwrap()
    };
    // the photo item (the last) is answered by its photo
    let png = {
        let img = image::RgbImage::from_pixel(8, 8, image::Rgb([10, 200, 10]));
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    };
    let form = reqwest::multipart::Form::new()
        .text("item_index", "9")
        .part("photo", reqwest::multipart::Part::bytes(png).file_name("tag.png"));
    let r = ehs
        .post(app.url(&format!("/inspections/{id}/photo")))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    // item 2 first
    let page = screen(2).await;
    assert_eq!(page.matches("class=\"card step").count(), 1, "one item on the screen");
    let post = |n: usize, value: &str, then: String| {
        let (c, url, from) = (ehs.clone(), app.url("/sfn/answer_item"), app.url(&format!("/inspections/{id}?one={n}")));
        let form = vec![
            ("inspection_id".to_string(), id.clone()),
            ("item_index".to_string(), (n - 1).to_string()),
            ("value".to_string(), value.to_string()),
            ("__then".to_string(), then),
        ];
        async move {
            let r = c.post(url).header("Accept", "text/html").header("Referer", from).form(&form).send().await.unwrap();
            assert!(r.status().is_redirection(), "{}", r.status());
            r.headers()["location"].to_str().unwrap().to_string()
        }
    };
    assert_eq!(post(2, "yes", then_of(&page)).await, format!("/inspections/{id}?one=3#item-3"));
    // item 1 is still open: after 3..=9 (10 has its photo) the walk comes back to it, then the
    // sign-off
    let mut at = 3;
    for _ in 0..8 {
        let page = screen(at).await;
        let value = if page.contains(">Yes</button>") {
            "yes"
        } else if page.contains(">Pass</button>") {
            "pass"
        } else {
            "x"
        };
        let to = post(at, value, then_of(&page)).await;
        at = match to.split("one=").nth(1) {
            Some(rest) => rest.chars().take_while(char::is_ascii_digit).collect::<String>().parse().unwrap(),
            None => break,
        };
        if at == 1 {
            break;
        }
    }
    assert_eq!(at, 1, "back to the one left");
    let page = screen(1).await;
    assert_eq!(post(1, "yes", then_of(&page)).await, format!("/inspections/{id}#sign-off"));
    // a place on another page is never where a post lands
    let elsewhere = post(1, "yes", "/admin/users".to_string()).await;
    assert!(elsewhere.starts_with(&format!("/inspections/{id}")), "{elsewhere}");
}
