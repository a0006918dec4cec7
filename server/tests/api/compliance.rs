//! Compliance through the server functions and routes: evidence filed by the work itself,
//! evidence files checked against their SHA-256, approval with the password, expiry, readiness,
//! auditors limited to one framework until their grant ends, and the permission matrix.
use serde_json::Value;

use crate::helpers::*;

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

/// (framework id, requirement id) of a shipped catalogue's clause, seen by `c`.
async fn clause(app: &TestApp, c: &reqwest::Client, code: &str, reference: &str) -> (i64, i64) {
    let fws = ok(app.call(c, "frameworks", &[]).await).await;
    let fw = fws.as_array().unwrap().iter().find(|f| f["code"] == code).unwrap_or_else(|| panic!("{code}: {fws}"));
    let fid = fw["id"].as_i64().unwrap();
    let r = ok(app.call(c, "readiness", &[("framework_id", &fid.to_string())]).await).await;
    let row = r["rows"].as_array().unwrap().iter().find(|x| x["requirement"]["reference"] == reference).unwrap();
    (fid, row["requirement"]["id"].as_i64().unwrap())
}

async fn readiness(app: &TestApp, c: &reqwest::Client, fid: i64) -> Value {
    ok(app.call(c, "readiness", &[("framework_id", &fid.to_string())]).await).await
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

async fn upload(app: &TestApp, c: &reqwest::Client, id: i64, name: &str, bytes: &[u8]) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("note", "calibration certificate from the lab")
        .part("file", reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()));
    c.post(app.url(&format!("/compliance/evidence/{id}/file")))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_calibration_certificate_is_filed_approved_with_the_password_and_its_tampering_is_detected() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (fid, req) = clause(&app, &mgr, "iso9001-2015", "7.1.5").await;
    let before = readiness(&app, &mgr, fid).await;
    assert_eq!(before["covered"], 0);
    let total = before["total"].as_i64().unwrap();
    let r = app.call(&mgr, "create_evidence", &[("title", ""), ("kind", "file"), ("requirements", "")]).await;
    let v = json(r).await;
    assert!(v["Validation"]["title"].is_string() && v["Validation"]["requirement_ids"].is_string(), "{v}");
    let r = app
        .call(
            &mgr,
            "create_evidence",
            &[
                ("title", "x"),
                ("kind", "file"),
                ("requirements", &req.to_string()),
                ("effective_date", "2026-11-01"),
                ("valid_until", "2026-10-01"),
            ],
        )
        .await;
    assert!(json(r).await["Validation"]["valid_until"].is_string(), "dates in order");
    // the same mistake in the page without wasm: back to the page, the folded form open on its error
    let r = mgr
        .post(app.url("/sfn/create_evidence"))
        .header("Accept", "text/html")
        .header("Referer", app.url(&format!("/compliance/frameworks/{fid}")))
        .form(&[
            ("title", "x"),
            ("kind", "link"),
            ("url", "https://x.example"),
            ("requirements", &req.to_string()),
            ("effective_date", "2026-11-01"),
            ("valid_until", "2026-10-01"),
        ])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection(), "{}", r.status());
    let back = r.headers()["location"].to_str().unwrap().to_string();
    let back = if back.starts_with("http") { back } else { app.url(&back) };
    let html = html(mgr.get(back).send().await.unwrap()).await;
    assert!(
        html.contains("&#x27;Valid until&#x27; must not be before")
            || html.contains("'Valid until' must not be before"),
        "{html}"
    );
    assert!(
        html.contains("<details open class=\"no-print\"><summary>File evidence</summary>"),
        "the form with the error is unfolded"
    );
    let e = ok(app
        .call(
            &mgr,
            "create_evidence",
            &[
                ("title", "Torque wrench TW-7 calibration"),
                ("kind", "file"),
                ("requirements", &req.to_string()),
                ("effective_date", "2026-11-10"),
                ("valid_until", "2027-11-09"),
            ],
        )
        .await)
    .await;
    let id = e["id"].as_i64().unwrap();
    let sid = id.to_string();
    assert_eq!(e["status"], "draft");
    let r = app.call(&mgr, "evidence_action", &[("id", &sid), ("action", "submit")]).await;
    assert_eq!(r.status(), 422, "nothing uploaded yet");
    assert_eq!(upload(&app, &mgr, id, "x.exe", b"MZ\x90\x00binary").await.status(), 422, "by content, not by name");
    // a zip bomb named .docx: 8 MB of zeros in a few KB
    let bomb = {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        w.start_file("word/document.xml", deflated).unwrap();
        w.write_all(&vec![0u8; 8 * 1024 * 1024]).unwrap();
        w.finish().unwrap().into_inner()
    };
    let r = upload(&app, &mgr, id, "minutes.docx", &bomb).await;
    assert_eq!(r.status(), 422);
    assert!(json(r).await["fields"]["file"].as_str().unwrap().contains("zip bomb"));
    let d = ok(upload(&app, &mgr, id, "TW-7 cert.pdf", PDF).await).await;
    let rev = &d["revisions"][0];
    assert_eq!(rev["number"], 1);
    assert_eq!(rev["intact"], true);
    use sha2::Digest;
    let sha: String = sha2::Sha256::digest(PDF).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(rev["sha256"], sha, "kept with its SHA-256");
    ok(app.call(&mgr, "evidence_action", &[("id", &sid), ("action", "submit")]).await).await;
    let r = app.call(&mgr, "evidence_action", &[("id", &sid), ("action", "approve"), ("password", "wrong")]).await;
    assert_eq!(json(r).await["Validation"]["password"], "This is not your password.");
    assert_eq!(readiness(&app, &mgr, fid).await["covered"], 0, "in review does not count");
    let e = ok(app.call(&mgr, "evidence_action", &[("id", &sid), ("action", "approve"), ("password", PASSWORD)]).await)
        .await;
    assert_eq!((e["status"].as_str(), e["current"].as_bool()), (Some("approved"), Some(true)));
    let after = readiness(&app, &mgr, fid).await;
    assert_eq!(after["covered"], 1);
    let expected = (1000.0 / total as f64).round() / 10.0;
    assert_eq!(after["percent"].as_f64().unwrap(), expected);
    assert_eq!(app.audit_count("evidence.approve").await, 1);
    // the file as stored is served while it matches; altered on disk, it is detected and refused
    let file_id = d["revisions"][0]["file_id"].to_string();
    let r = mgr.get(app.url(&format!("/files/{file_id}"))).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert_eq!(r.bytes().await.unwrap().as_ref(), PDF);
    let a = {
        use sea_orm::EntityTrait;
        backend::entities::attachment::Entity::find_by_id(file_id.parse::<i64>().unwrap())
            .one(&app.state.db)
            .await
            .unwrap()
            .unwrap()
    };
    let path = app.state.config.data_dir.join("uploads").join(&a.storage_name);
    std::fs::write(&path, b"%PDF-1.4\n% forged result: PASS\n%%EOF\n").unwrap();
    let d = ok(app.call(&mgr, "evidence", &[("id", &sid)]).await).await;
    assert_eq!(d["revisions"][0]["intact"], false, "{d}");
    let r = mgr.get(app.url(&format!("/files/{file_id}"))).send().await.unwrap();
    assert_eq!(r.status(), 409);
    // the pages, rendered on the server: readiness with the item, and the evidence flagged
    let page = |p: String| {
        let mgr = mgr.clone();
        let url = app.url(&p);
        async move { mgr.get(url).send().await.unwrap().text().await.unwrap() }
    };
    assert!(page("/compliance".into()).await.contains("ISO 9001"));
    let html = page(format!("/compliance/frameworks/{fid}")).await;
    assert!(html.contains("Readiness") && html.contains("Torque wrench TW-7 calibration"), "{html}");
    let html = page(format!("/compliance/evidence/{id}")).await;
    assert!(html.contains(&sha) && html.contains("ALTERED"), "{html}");
    // a technician has no compliance access at all
    let tech = app.login("tech@test.example").await;
    assert_eq!(app.call(&tech, "evidence", &[("id", &sid)]).await.status(), 403);
    assert_eq!(tech.get(app.url(&format!("/files/{file_id}"))).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn completing_a_mapped_pm_work_order_files_approved_evidence_dated_by_the_work() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (fid, req) = clause(&app, &mgr, "osha-gi", "1910.147(c)(6)").await;
    let a = ok(app.call(&mgr, "create_asset", &[("tag", "PRESS-9"), ("name", "Press 9")]).await).await;
    let s = ok(app
        .call(
            &mgr,
            "create_schedule",
            &[
                ("asset_id", &a["id"].to_string()),
                ("title", "LOTO periodic inspection, press 9"),
                ("trigger_kind", "fixed"),
                ("first_due", "2026-11-25"),
                ("every_days", "365"),
                ("lead_days", "7"),
                ("assigned_user_id", &app.tech.to_string()),
                ("steps", "Observe the authorized employee apply the procedure"),
            ],
        )
        .await)
    .await;
    let r = app
        .call(&mgr, "map_work", &[("requirement_id", &req.to_string()), ("source_type", "bogus"), ("source_id", "1")])
        .await;
    assert_eq!(r.status(), 422);
    ok(app
        .call(
            &mgr,
            "map_work",
            &[
                ("requirement_id", &req.to_string()),
                ("source_type", "pm_schedule"),
                ("source_id", &s["id"].to_string()),
            ],
        )
        .await)
    .await;
    ok(app.call(&mgr, "generate_pm_now", &[]).await).await;
    let tech = app.login("tech@test.example").await;
    let work = ok(app.call(&tech, "my_work", &[]).await).await;
    let wo = work["items"][0]["id"].to_string();
    ok(app.call(&tech, "change_work_order_status", &[("id", &wo), ("status", "in_progress")]).await).await;
    let d = ok(app.call(&tech, "work_order", &[("id", &wo)]).await).await;
    let step = d["steps"][0]["id"].to_string();
    ok(app.call(&tech, "answer_step", &[("work_order_id", &wo), ("step_id", &step), ("value", "on")]).await).await;
    // done two days later, filed nowhere by hand
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 11, 24, 15, 0, 0).unwrap());
    let tech = app.login("tech@test.example").await;
    ok(app
        .call(&tech, "complete_work_order", &[("work_order_id", &wo), ("password", PASSWORD), ("printed_name", "T")])
        .await)
    .await;
    let mgr = app.login("manager@test.example").await;
    let list = ok(app.call(&mgr, "evidence_list", &[("status", "approved")]).await).await;
    let e = &list[0];
    assert_eq!(e["origin"], "auto");
    assert_eq!(e["record_type"], "work_order");
    assert_eq!(e["record_id"].to_string(), wo);
    assert_eq!(e["effective_date"], "2026-11-24", "dated by when the work was done");
    assert_eq!(e["valid_until"], "2027-11-23", "valid for the requirement's 12 months");
    assert_eq!(e["requirement_ids"], serde_json::json!([req]));
    let r = readiness(&app, &mgr, fid).await;
    let row = r["rows"].as_array().unwrap().iter().find(|x| x["requirement"]["id"] == req).unwrap();
    assert_eq!(row["covered"], true);
    assert_eq!(app.audit_count("evidence.from_work").await, 1);
    // a year later it expires: the job marks it, readiness drops
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2027, 11, 25, 15, 0, 0).unwrap());
    assert_eq!(backend::services::records::evidence::expire_due(&app.state).await.unwrap(), 1);
    assert_eq!(backend::services::records::evidence::expire_due(&app.state).await.unwrap(), 0, "once");
    let mgr = app.login("manager@test.example").await;
    assert_eq!(readiness(&app, &mgr, fid).await["covered"], 0);
    assert_eq!(app.audit_count("evidence.expire").await, 1);
}

#[tokio::test]
async fn an_auditor_sees_only_the_granted_framework_until_the_grant_ends() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (iso9001, req) = clause(&app, &mgr, "iso9001-2015", "9.2").await;
    let (iso45001, _) = clause(&app, &mgr, "iso45001-2018", "9.2").await;
    let e = ok(app
        .call(
            &mgr,
            "create_evidence",
            &[
                ("title", "Internal audit programme 2026"),
                ("kind", "link"),
                ("url", "https://docs.example/audit-programme"),
                ("requirements", &req.to_string()),
            ],
        )
        .await)
    .await;
    let eid = e["id"].to_string();
    let admin = app.login("admin@test.example").await;
    let auditor_id = {
        let users = ok(app.call(&admin, "list_users", &[("q", "auditor")]).await).await;
        users["users"].as_array().unwrap().iter().find(|u| u["email"] == "auditor@test.example").unwrap()["id"]
            .to_string()
    };
    let grant = [
        ("user_id", auditor_id.as_str()),
        ("site", "RVS"),
        ("role", "technician"),
        ("expires_on", "2026-12-15"),
        ("framework_id", &iso9001.to_string()),
    ];
    let r = app.call(&admin, "grant_role", &grant).await;
    assert!(json(r).await["Validation"]["framework_id"].is_string(), "only auditors are limited to a framework");
    let mut grant = grant;
    grant[2] = ("role", "auditor");
    ok(app.call(&admin, "grant_role", &grant).await).await;
    let aud = app.login("auditor@test.example").await;
    ok(app.call(&aud, "switch_site", &[("site_id", &app.rvs.to_string())]).await).await;
    let fws = ok(app.call(&aud, "frameworks", &[]).await).await;
    assert_eq!(fws.as_array().unwrap().iter().map(|f| f["id"].as_i64().unwrap()).collect::<Vec<_>>(), vec![iso9001]);
    assert_eq!(readiness(&app, &aud, iso9001).await["framework"]["id"], iso9001);
    assert_eq!(app.call(&aud, "readiness", &[("framework_id", &iso45001.to_string())]).await.status(), 403);
    assert_eq!(
        ok(app.call(&aud, "evidence", &[("id", &eid)]).await).await["evidence"]["title"],
        "Internal audit programme 2026"
    );
    // every page the auditor opens is in the audit trail
    let logged = app.audit_count("auditor.view").await;
    assert!(logged >= 5, "{logged}");
    let html =
        aud.get(app.url(&format!("/compliance/frameworks/{iso9001}"))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Readiness"), "{html}");
    assert!(!html.contains("File evidence"), "no filing form for a read-only auditor");
    assert_eq!(app.audit_count("auditor.view").await, logged + 1);
    readiness(&app, &mgr, iso9001).await;
    assert_eq!(app.audit_count("auditor.view").await, logged + 1, "other people's requests are not views");
    // read-only
    let r = app
        .call(
            &aud,
            "create_evidence",
            &[("title", "x"), ("kind", "link"), ("url", "https://x.example"), ("requirements", &req.to_string())],
        )
        .await;
    assert_eq!(r.status(), 403);
    assert_eq!(app.call(&aud, "evidence_action", &[("id", &eid), ("action", "submit")]).await.status(), 403);
    // the day after the grant's end date the RVS evidence is out of reach
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 16, 12, 0, 0).unwrap());
    let aud = app.login("auditor@test.example").await;
    assert_eq!(app.call(&aud, "evidence", &[("id", &eid)]).await.status(), 403);
}

/// Every new compliance server function refuses roles without the permission, writing nothing.
#[tokio::test]
async fn permission_matrix_of_the_compliance_functions() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (fid, req) = clause(&app, &mgr, "iso9001-2015", "7.2").await;
    let e = ok(app
        .call(
            &mgr,
            "create_evidence",
            &[
                ("title", "Training matrix"),
                ("kind", "link"),
                ("url", "https://x.example/m"),
                ("requirements", &req.to_string()),
            ],
        )
        .await)
    .await;
    let (f, r, eid) = (fid.to_string(), req.to_string(), e["id"].to_string());
    let tech = app.login("tech@test.example").await;
    let operator = app.login("operator@test.example").await;
    let audit_rows = app.audit_count("evidence.create").await;
    let tech_id = app.tech.to_string();
    let cert = ok(app
        .call(
            &mgr,
            "create_certificate",
            &[
                ("standard", "ISO 9001"),
                ("body", "B"),
                ("number", "1"),
                ("decision_date", "2026-01-01"),
                ("expiry", "2028-12-31"),
            ],
        )
        .await)
    .await;
    let cert_id = cert["id"].to_string();
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("frameworks", vec![]),
        ("readiness", vec![("framework_id", &f)]),
        ("evidence_list", vec![]),
        ("evidence", vec![("id", &eid)]),
        ("set_framework_applies", vec![("framework_id", &f), ("applies", "true")]),
        ("create_framework", vec![("name", "Customer QA manual"), ("edition", "3")]),
        ("add_requirement", vec![("framework_id", &f), ("reference", "X.1"), ("title", "x")]),
        ("map_work", vec![("requirement_id", &r), ("source_type", "inspection_template"), ("source_id", "1")]),
        ("create_evidence", vec![("title", "x"), ("kind", "link"), ("url", "https://x.example"), ("requirements", &r)]),
        ("evidence_action", vec![("id", &eid), ("action", "submit")]),
        ("certificates", vec![]),
        (
            "create_certificate",
            vec![
                ("standard", "ISO 9001"),
                ("body", "B"),
                ("number", "1"),
                ("decision_date", "2026-01-01"),
                ("expiry", "2028-12-31"),
            ],
        ),
        (
            "record_certificate_audit",
            vec![("certificate_id", &cert_id), ("kind", "surveillance"), ("held_on", "2026-11-01")],
        ),
        ("cert_types", vec![]),
        ("create_cert_type", vec![("name", "Crane operator")]),
        ("set_cert_requirement", vec![("role", "technician"), ("cert_type_id", "1"), ("required", "true")]),
        ("person_certs", vec![]),
        ("record_person_cert", vec![("user_id", &tech_id), ("cert_type_id", "1"), ("issued_on", "2026-01-01")]),
        ("competency_matrix", vec![]),
    ];
    for (endpoint, params) in &calls {
        for c in [&tech, &operator] {
            assert_eq!(app.call(c, endpoint, params).await.status(), 403, "{endpoint}");
        }
        assert_eq!(app.call(&client(), endpoint, params).await.status(), 401, "{endpoint} signed out");
    }
    assert_eq!(app.audit_count("evidence.create").await, audit_rows);
    assert_eq!(app.audit_count("framework.create").await, 0);
    assert_eq!(app.audit_count("certificate.create").await + app.audit_count("person_cert.create").await, 1);
    assert_eq!(app.audit_count("certificate.audit").await, 0);
    // the manager may do them all
    ok(app.call(&mgr, "set_framework_applies", &[("framework_id", &f), ("applies", "true")]).await).await;
    let fws = ok(app.call(&mgr, "frameworks", &[]).await).await;
    assert!(fws.as_array().unwrap().iter().any(|x| x["id"] == fid && x["applies"] == true));
    let own = ok(app.call(&mgr, "create_framework", &[("name", "Customer QA manual"), ("edition", "3")]).await).await;
    let oid = own["id"].to_string();
    ok(app
        .call(
            &mgr,
            "add_requirement",
            &[("framework_id", &oid), ("reference", "4.2"), ("title", "Gauge R&R yearly"), ("every_months", "12")],
        )
        .await)
    .await;
    let dup =
        app.call(&mgr, "add_requirement", &[("framework_id", &oid), ("reference", "4.2"), ("title", "again")]).await;
    assert!(json(dup).await["Validation"]["reference"].is_string());
}

#[tokio::test]
async fn a_first_surveillance_audit_held_late_counts_as_held_and_says_how_late() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let form = [
        ("standard", "ISO 45001:2018"),
        ("body", "Example Certification Ltd"),
        ("number", "OHS-2026-7"),
        ("decision_date", "2026-03-15"),
        ("expiry", "2029-03-14"),
    ];
    let id = ok(app.call(&mgr, "create_certificate", &form).await).await["id"].to_string();
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2027, 4, 2, 12, 0, 0).unwrap());
    let mgr = app.login("manager@test.example").await;
    assert_eq!(ok(app.call(&mgr, "certificates", &[]).await).await[0]["status"], "surveillance_overdue");
    let c = ok(app
        .call(
            &mgr,
            "record_certificate_audit",
            &[("certificate_id", &id), ("kind", "surveillance"), ("held_on", "2027-03-18")],
        )
        .await)
    .await;
    assert_eq!(c["status"], "valid", "held, late: no longer overdue");
    assert_eq!(c["surveillance"][0]["held_on"], "2027-03-18");
    assert_eq!(c["surveillance"][0]["late_days"], 3, "due 2027-03-15");
    assert_eq!(c["surveillance"][1]["late_days"], Value::Null);
    assert_eq!(c["next_surveillance_due"], "2028-12-31");
    let page = html(mgr.get(app.url("/compliance/certificates")).send().await.unwrap()).await;
    assert!(page.contains("held 2027-03-18, 3 days late"), "{page}");
}

#[tokio::test]
async fn certificates_follow_the_iso_cycle_and_recertification_keeps_the_anniversary() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (iso9001, _) = clause(&app, &mgr, "iso9001-2015", "9.2").await;
    let f = iso9001.to_string();
    let mut form = vec![
        ("framework_id", f.as_str()),
        ("standard", "ISO 9001:2015"),
        ("body", "Example Certification Ltd"),
        ("number", "QMS-2026-0042"),
        ("decision_date", "2026-03-15"),
        ("expiry", "2026-03-01"),
    ];
    let r = app.call(&mgr, "create_certificate", &form).await;
    assert!(json(r).await["Validation"]["expiry"].is_string());
    form[5] = ("expiry", "2029-03-14");
    let c = ok(app.call(&mgr, "create_certificate", &form).await).await;
    assert_eq!(c["status"], "valid");
    assert_eq!(c["next_surveillance_due"], "2027-03-15");
    assert_eq!(c["surveillance"].as_array().unwrap().len(), 2, "2027 and 2028; none in the recertification year");
    let id = c["id"].to_string();
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2027, 3, 20, 12, 0, 0).unwrap());
    let mgr = app.login("manager@test.example").await;
    let list = ok(app.call(&mgr, "certificates", &[]).await).await;
    assert_eq!(list[0]["status"], "surveillance_overdue");
    let r = app
        .call(
            &mgr,
            "record_certificate_audit",
            &[("certificate_id", &id), ("kind", "surveillance"), ("held_on", "2027-04-01")],
        )
        .await;
    assert!(json(r).await["Validation"]["held_on"].is_string(), "not in the future");
    let c = ok(app
        .call(
            &mgr,
            "record_certificate_audit",
            &[("certificate_id", &id), ("kind", "surveillance"), ("held_on", "2027-03-10")],
        )
        .await)
    .await;
    assert_eq!(c["status"], "valid");
    assert_eq!(c["next_surveillance_due"], "2028-12-31");
    // recertified early, in the third year: the anniversary is kept
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2028, 12, 5, 12, 0, 0).unwrap());
    let mgr = app.login("manager@test.example").await;
    ok(app
        .call(
            &mgr,
            "record_certificate_audit",
            &[("certificate_id", &id), ("kind", "surveillance"), ("held_on", "2028-06-01")],
        )
        .await)
    .await;
    let c = ok(app
        .call(
            &mgr,
            "record_certificate_audit",
            &[
                ("certificate_id", &id),
                ("kind", "recertification"),
                ("held_on", "2028-11-20"),
                ("decision_date", "2028-12-01"),
                ("expiry", "2032-03-14"),
            ],
        )
        .await)
    .await;
    assert_eq!((c["decision_date"].as_str(), c["expiry"].as_str()), (Some("2028-12-01"), Some("2032-03-14")));
    assert_eq!(c["next_surveillance_due"], "2029-12-01");
    assert_eq!(c["status"], "valid");
    assert_eq!(app.audit_count("certificate.audit").await, 3);
    let html = mgr.get(app.url("/compliance/certificates")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("QMS-2026-0042") && html.contains("Next surveillance audit due by 2029-12-01"), "{html}");
}

#[tokio::test]
async fn the_competency_matrix_shows_each_persons_required_certifications_and_exports_them() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let types = ok(app.call(&mgr, "cert_types", &[]).await).await;
    let forklift = types.as_array().unwrap().iter().find(|t| t["name"] == "Forklift operator evaluation").unwrap();
    assert_eq!(forklift["validity_months"], 36);
    let fl = forklift["id"].to_string();
    ok(app
        .call(&mgr, "set_cert_requirement", &[("role", "technician"), ("cert_type_id", &fl), ("required", "true")])
        .await)
    .await;
    let m = ok(app.call(&mgr, "competency_matrix", &[]).await).await;
    let col = m["types"].as_array().unwrap().iter().position(|t| t["id"] == forklift["id"]).unwrap();
    let tech_row =
        |m: &Value| m["rows"].as_array().unwrap().iter().find(|r| r["user_id"] == app.tech).cloned().unwrap();
    assert_eq!(tech_row(&m)["cells"][col], "missing");
    let mgr_row = m["rows"].as_array().unwrap().iter().find(|r| r["person"] == "Test manager").unwrap();
    assert_eq!(mgr_row["cells"][col], "", "not required for a manager");
    // the operator evaluation is mapped to the OSHA requirement: recording it files evidence
    let (_, req) = clause(&app, &mgr, "osha-gi", "1910.178(l)(4)(iii)").await;
    ok(app
        .call(
            &mgr,
            "map_work",
            &[("requirement_id", &req.to_string()), ("source_type", "cert_type"), ("source_id", &fl)],
        )
        .await)
    .await;
    let tech = app.tech.to_string();
    let r = app
        .call(&mgr, "record_person_cert", &[("user_id", &tech), ("cert_type_id", &fl), ("issued_on", "2027-01-01")])
        .await;
    assert!(json(r).await["Validation"]["issued_on"].is_string(), "not in the future");
    let rec = ok(app
        .call(&mgr, "record_person_cert", &[("user_id", &tech), ("cert_type_id", &fl), ("issued_on", "2023-12-15")])
        .await)
    .await;
    assert_eq!((rec["expires_on"].as_str(), rec["status"].as_str()), (Some("2026-12-14"), Some("expiring")));
    // the operator evaluation form itself, kept with the record
    let form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("evaluation.pdf"));
    let url = app.url(&format!("/compliance/person-certs/{}/file", rec["id"]));
    let r = mgr.post(&url).header("Accept", "application/json").multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let file = r.json::<Value>().await.unwrap()["file_id"].to_string();
    assert_eq!(mgr.get(app.url(&format!("/files/{file}"))).send().await.unwrap().bytes().await.unwrap().as_ref(), PDF);
    let tech_client = app.login("tech@test.example").await;
    assert_eq!(tech_client.get(app.url(&format!("/files/{file}"))).send().await.unwrap().status(), 403);
    let ev = ok(app.call(&mgr, "evidence_list", &[]).await).await;
    assert_eq!(ev[0]["record_type"], "person_certification");
    assert_eq!(
        (ev[0]["effective_date"].as_str(), ev[0]["valid_until"].as_str()),
        (Some("2023-12-15"), Some("2026-12-14"))
    );
    let m = ok(app.call(&mgr, "competency_matrix", &[("status", "expiring")]).await).await;
    assert_eq!(m["rows"].as_array().unwrap().len(), 1);
    assert_eq!(tech_row(&m)["cells"][col], "expiring");
    let html = mgr.get(app.url("/compliance/people?status=expiring")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Test technician") && html.contains("Expiring in 30 days (2026-12-14)"), "{html}");
    let csv = mgr.get(app.url("/compliance/matrix.csv")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("Person,Roles,Forklift operator evaluation"), "{csv}");
    assert!(csv.contains("Test technician,technician,expiring (2026-12-14)"), "{csv}");
    // a file for people is in the reader's language (its data as written)
    let es = mgr.get(app.url("/compliance/matrix.csv")).header("Accept-Language", "es").send().await.unwrap();
    let es = es.text().await.unwrap();
    assert!(es.starts_with("Persona,Funciones,Forklift operator evaluation"), "{es}");
    assert!(es.contains("Test technician,técnico,por caducar (14 dic 2026)"), "{es}");
    // the day after its expiry it is expired; a renewal makes it valid again
    app.clock.set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 12, 15, 18, 0, 0).unwrap());
    let mgr = app.login("manager@test.example").await;
    assert_eq!(tech_row(&ok(app.call(&mgr, "competency_matrix", &[]).await).await)["cells"][col], "expired");
    ok(app
        .call(&mgr, "record_person_cert", &[("user_id", &tech), ("cert_type_id", &fl), ("issued_on", "2026-12-15")])
        .await)
    .await;
    assert_eq!(tech_row(&ok(app.call(&mgr, "competency_matrix", &[]).await).await)["cells"][col], "valid");
    let tech_client = app.login("tech@test.example").await;
    assert_eq!(tech_client.get(app.url("/compliance/matrix.csv")).send().await.unwrap().status(), 403);
}

/// Files an item and takes it through review to approval; returns its id.
async fn approved_evidence(
    app: &TestApp,
    c: &reqwest::Client,
    title: &str,
    req: i64,
    dates: (&str, &str),
    file: bool,
) -> i64 {
    let r = req.to_string();
    let mut form = vec![("title", title), ("requirements", &r), ("effective_date", dates.0), ("valid_until", dates.1)];
    form.push(if file { ("kind", "file") } else { ("kind", "link") });
    form.push(("url", "https://docs.example/item"));
    let e = ok(app.call(c, "create_evidence", &form).await).await;
    let id = e["id"].as_i64().unwrap();
    if file {
        ok(upload(app, c, id, &format!("{title}.pdf"), PDF).await).await;
    }
    let sid = id.to_string();
    ok(app.call(c, "evidence_action", &[("id", &sid), ("action", "submit")]).await).await;
    ok(app.call(c, "evidence_action", &[("id", &sid), ("action", "approve"), ("password", PASSWORD)]).await).await;
    id
}

#[tokio::test]
async fn the_audit_pack_zip_lists_exactly_the_approved_evidence_in_scope() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (fid, calib) = clause(&app, &mgr, "iso9001-2015", "7.1.5").await;
    let (_, internal) = clause(&app, &mgr, "iso9001-2015", "9.2").await;
    let (_, ohs) = clause(&app, &mgr, "iso45001-2018", "9.2").await;
    let a = approved_evidence(&app, &mgr, "Gauge G-12 calibration", calib, ("2026-11-10", "2027-11-09"), true).await;
    approved_evidence(&app, &mgr, "Internal audit programme", internal, ("2026-01-01", ""), false).await;
    approved_evidence(&app, &mgr, "OHS audit programme", ohs, ("2026-01-01", ""), false).await;
    approved_evidence(&app, &mgr, "Filed after the period", calib, ("2026-11-20", ""), false).await;
    let r = calib.to_string();
    ok(app
        .call(
            &mgr,
            "create_evidence",
            &[("title", "Draft torque record"), ("kind", "link"), ("url", "https://x.example"), ("requirements", &r)],
        )
        .await)
    .await;
    let r = app
        .call(
            &mgr,
            "request_audit_pack",
            &[("framework_id", &fid.to_string()), ("period_from", "2026-11-15"), ("period_to", "2026-01-01")],
        )
        .await;
    assert!(json(r).await["Validation"]["period_to"].is_string());
    let p = ok(app
        .call(
            &mgr,
            "request_audit_pack",
            &[("framework_id", &fid.to_string()), ("period_from", "2026-01-01"), ("period_to", "2026-11-15")],
        )
        .await)
    .await;
    let id = p["id"].to_string();
    let mut status = p["status"].as_str().unwrap().to_string();
    for _ in 0..100 {
        if status == "ready" || status == "failed" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        status = ok(app.call(&mgr, "audit_pack", &[("id", &id)]).await).await["status"].as_str().unwrap().to_string();
    }
    assert_eq!(status, "ready");
    let res = mgr.get(app.url(&format!("/compliance/packs/{id}/download"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    let bytes = res.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = zip.file_names().map(str::to_string).collect();
    names.sort();
    let evidence_file = format!("evidence/{a}-r1-GaugeG-12calibration.pdf");
    assert_eq!(names, vec!["competency.csv".to_string(), evidence_file.clone(), "index.html".to_string()]);
    let mut pdf = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name(&evidence_file).unwrap(), &mut pdf).unwrap();
    assert_eq!(pdf, PDF);
    let mut index = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("index.html").unwrap(), &mut index).unwrap();
    for inside in ["Gauge G-12 calibration", "Internal audit programme"] {
        assert!(index.contains(inside), "{inside} in the index");
    }
    for outside in ["OHS audit programme", "Filed after the period", "Draft torque record"] {
        assert!(!index.contains(outside), "{outside} is out of scope");
    }
    assert!(index.contains("No approved evidence in the period"), "gaps are listed");
    assert_eq!(app.audit_count("audit_pack.request").await, 1);
    assert_eq!(app.audit_count("audit_pack.ready").await, 1);
    assert_eq!(app.audit_count("audit_pack.download").await, 1);
    let html = mgr.get(app.url("/compliance/packs")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(&format!("/compliance/packs/{id}/download")), "{html}");
    // a builder that died mid-way: its lease runs out and the pack is built again, once
    use backend::entities::audit_pack as ap;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
    let row = ap::Entity::find_by_id(id.parse::<i64>().unwrap()).one(&app.state.db).await.unwrap().unwrap();
    let mut am: ap::ActiveModel = row.into();
    am.status = Set("building".into());
    am.progress = Set(40);
    am.claimed_at = Set(Some(app.state.now() - chrono::Duration::minutes(3)));
    let row = am.update(&app.state.db).await.unwrap();
    assert_eq!(backend::services::workflows::audit_packs::run_pending(&app.state).await.unwrap(), 0, "still leased");
    let mut am: ap::ActiveModel = row.into();
    am.claimed_at = Set(Some(app.state.now() - chrono::Duration::minutes(11)));
    am.update(&app.state.db).await.unwrap();
    assert_eq!(backend::services::workflows::audit_packs::run_pending(&app.state).await.unwrap(), 1, "taken up again");
    assert_eq!(ok(app.call(&mgr, "audit_pack", &[("id", &id)]).await).await["status"], "ready");
    assert_eq!(app.audit_count("audit_pack.ready").await, 2);
    let tech = app.login("tech@test.example").await;
    assert_eq!(tech.get(app.url(&format!("/compliance/packs/{id}/download"))).send().await.unwrap().status(), 403);
    // the index is written in the language of the person who asked for the pack
    assert!(app.call(&mgr, "set_language", &[("language", "es")]).await.status().is_success());
    let p = ok(app
        .call(
            &mgr,
            "request_audit_pack",
            &[("framework_id", &fid.to_string()), ("period_from", "2026-01-01"), ("period_to", "2026-11-15")],
        )
        .await)
    .await;
    let pid = p["id"].to_string();
    for _ in 0..100 {
        backend::services::workflows::audit_packs::run_pending(&app.state).await.unwrap();
        if ok(app.call(&mgr, "audit_pack", &[("id", &pid)]).await).await["status"] == "ready" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let res = mgr.get(app.url(&format!("/compliance/packs/{}/download", p["id"]))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(res.bytes().await.unwrap().to_vec())).unwrap();
    let mut index = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("index.html").unwrap(), &mut index).unwrap();
    assert!(index.contains(r#"<html lang="es">"#), "{index}");
    for spanish in
        ["Requisitos y evidencias", "Ninguna evidencia aprobada en el periodo", "Gauge G-12 calibration", "1 ene 2026"]
    {
        assert!(index.contains(spanish), "{spanish} in the Spanish index: {index}");
    }
    assert!(!index.contains("No approved evidence"), "{index}");
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("competency.csv").unwrap(), &mut csv).unwrap();
    assert!(csv.trim_start_matches('\u{feff}').starts_with("Persona,"), "the matrix's header in Spanish too: {csv}");
}

#[tokio::test]
async fn the_api_files_evidence_and_reads_readiness_with_the_same_permissions() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let (fid, req) = clause(&app, &mgr, "iso9001-2015", "9.3").await;
    let token =
        ok(app.call(&mgr, "create_api_token", &[("name", "qms")]).await).await["secret"].as_str().unwrap().to_string();
    let api = client();
    let site = app.rvs;
    let e = api
        .post(app.url("/api/v1/evidence"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"site_id": site, "title": "Management review minutes", "kind": "link",
            "url": "https://docs.example/review", "requirement_ids": [req]}))
        .send()
        .await
        .unwrap();
    assert_eq!(e.status(), 201);
    let e: Value = e.json().await.unwrap();
    let id = e["id"].as_i64().unwrap();
    let act = |action: &'static str, password: &'static str| {
        let (api, token, url) = (api.clone(), token.clone(), app.url(&format!("/api/v1/evidence/{id}/actions")));
        async move {
            api.post(url)
                .bearer_auth(token)
                .json(&serde_json::json!({"action": action, "password": password}))
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(act("submit", "").await.status(), 200);
    let bad = act("approve", "nope").await;
    assert_eq!(bad.status(), 422);
    let bad: Value = bad.json().await.unwrap();
    assert!(bad["fields"]["password"].is_string(), "{bad}");
    assert_eq!(act("approve", PASSWORD).await.status(), 200);
    let r: Value = api
        .get(app.url(&format!("/api/v1/frameworks/{fid}/readiness?site_id={site}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["covered"], 1);
    let d: Value = api
        .get(app.url(&format!("/api/v1/evidence/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(d["evidence"]["status"], "approved");
    assert_eq!(d["revisions"][0]["url"], "https://docs.example/review");
    // a technician's token reads nothing of it
    let tech = app.login("tech@test.example").await;
    let tt =
        ok(app.call(&tech, "create_api_token", &[("name", "t")]).await).await["secret"].as_str().unwrap().to_string();
    let r = api.get(app.url(&format!("/api/v1/evidence/{id}"))).bearer_auth(&tt).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let r =
        api.get(app.url(&format!("/api/v1/competency-matrix?site_id={site}"))).bearer_auth(&tt).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let doc = api.get(app.url("/api/v1/openapi.json")).send().await.unwrap().text().await.unwrap();
    for path in [
        "/frameworks",
        "/frameworks/{id}/readiness",
        "/evidence/{id}/actions",
        "/certificates/{id}/audits",
        "/person-certifications",
        "/competency-matrix",
        "/audit-packs/{id}",
    ] {
        assert!(doc.contains(&format!("\"{path}\"")), "{path}");
    }
}

#[tokio::test]
async fn a_signed_off_audit_of_a_mapped_template_files_its_evidence() {
    let app = spawn_app().await;
    let ehs = app.login("ehs@test.example").await;
    let (_, req) = clause(&app, &ehs, "osha-gi", "1910.157(e)(2)").await;
    let (template, _) = crate::inspections::extinguisher(&app, &ehs).await;
    ok(app
        .call(
            &ehs,
            "map_work",
            &[
                ("requirement_id", &req.to_string()),
                ("source_type", "inspection_template"),
                ("source_id", &template.to_string()),
            ],
        )
        .await)
    .await;
    let id = crate::inspections::schedule(&app, &ehs, template).await["id"].to_string();
    let d = ok(app.call(&ehs, "inspection", &[("id", &id)]).await).await;
    crate::inspections::answer_all(&app, &ehs, &id, &d, None).await;
    ok(app.call(&ehs, "complete_inspection", &[("inspection_id", &id), ("password", PASSWORD)]).await).await;
    let list = ok(app.call(&ehs, "evidence_list", &[("status", "approved")]).await).await;
    let e = &list[0];
    assert_eq!((e["record_type"].as_str(), e["record_id"].to_string()), (Some("inspection"), id));
    assert_eq!(e["effective_date"], "2026-11-22");
    assert_eq!(e["valid_until"], "2026-12-21", "a monthly inspection proves one month");
    assert!(e["title"].as_str().unwrap().contains("(passed)"));
}

#[tokio::test]
async fn people_opening_the_certification_types_of_a_new_organisation_at_once_all_get_them() {
    let app = spawn_app().await;
    let token = token_for(&app, "manager@test.example").await;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (url, token) = (app.url("/api/v1/certification-types"), token.clone());
        tasks.spawn(async move { client().get(url).bearer_auth(token).send().await.unwrap().status().as_u16() });
    }
    let statuses = tasks.join_all().await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let types =
        json(client().get(app.url("/api/v1/certification-types")).bearer_auth(&token).send().await.unwrap()).await;
    let names: Vec<&str> = types.as_array().unwrap().iter().filter_map(|t| t["name"].as_str()).collect();
    let mut unique = names.clone();
    unique.dedup();
    assert_eq!(names, unique, "each default type once");
}

#[tokio::test]
async fn a_certificate_decided_in_the_future_or_a_surveillance_audit_before_its_decision_is_refused() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let today = backend::services::calendar::today_on(&app.state, app.rvs).await.unwrap();
    let tomorrow = (today + chrono::Duration::days(1)).to_string();
    let mut form = vec![
        ("standard", "ISO 14001:2015"),
        ("body", "Example Certification Ltd"),
        ("number", "EMS-2026-7"),
        ("decision_date", tomorrow.as_str()),
        ("expiry", "2031-01-01"),
    ];
    let r = app.call(&mgr, "create_certificate", &form).await;
    assert_eq!(r.status(), 422);
    let msg = json(r).await["Validation"]["decision_date"].as_str().unwrap().to_string();
    assert!(msg.contains("in the future"), "{msg}");
    assert_eq!(ok(app.call(&mgr, "certificates", &[]).await).await.as_array().unwrap().len(), 0, "nothing written");
    form[3] = ("decision_date", "2026-03-15");
    let c = ok(app.call(&mgr, "create_certificate", &form).await).await;
    let id = c["id"].to_string();
    let r = app
        .call(
            &mgr,
            "record_certificate_audit",
            &[("certificate_id", &id), ("kind", "surveillance"), ("held_on", "2026-03-01")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let msg = json(r).await["Validation"]["held_on"].as_str().unwrap().to_string();
    assert!(msg.contains("before the certification decision (2026-03-15)"), "{msg}");
    let c = ok(app.call(&mgr, "certificates", &[]).await).await;
    assert_eq!(c[0]["audits"].as_array().unwrap().len(), 0, "the refused audit is not recorded");
    // a recertification decided in the future is refused too
    let r = app
        .call(
            &mgr,
            "record_certificate_audit",
            &[
                ("certificate_id", &id),
                ("kind", "recertification"),
                ("held_on", "2026-04-01"),
                ("decision_date", &tomorrow),
                ("expiry", "2032-03-14"),
            ],
        )
        .await;
    assert!(json(r).await["Validation"]["decision_date"].as_str().unwrap().contains("in the future"));
}

#[tokio::test]
async fn people_opening_the_frameworks_of_a_new_organisation_at_once_all_get_them() {
    let app = spawn_app().await;
    let token = token_for(&app, "manager@test.example").await;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let (url, token) = (app.url(&format!("/api/v1/frameworks?site_id={}", app.rvs)), token.clone());
        tasks.spawn(async move { client().get(url).bearer_auth(token).send().await.unwrap().status().as_u16() });
    }
    let statuses = tasks.join_all().await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let url = app.url(&format!("/api/v1/frameworks?site_id={}", app.rvs));
    let list = json(client().get(url).bearer_auth(&token).send().await.unwrap()).await;
    let mut codes: Vec<&str> = list.as_array().unwrap().iter().filter_map(|f| f["code"].as_str()).collect();
    let n = codes.len();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), n, "each catalogue once");
    assert!(n >= 3, "{codes:?}");
}
