//! Reminders end to end against a real SMTP server on 127.0.0.1 (smtp.rs): the digest's content
//! and headers, a 451 then success with backoff, 90 days of daily runs with a fixed clock, two
//! instances running at once, and a process killed in the middle of a run.
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use backend::auth::CurrentUser;
use backend::clock::Clock;
use backend::entities::{capa_action as ca, outbox as ob, reminder as rem, reminder_run as run};
use backend::jobs::reminders::{self, RunReport};
use backend::repo::reminders as rrepo;
use backend::services::{records::auth, records::work_orders};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use domain::reminder::ItemType;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::helpers::*;
use crate::smtp::{Answer, SmtpServer, Tls};

/// 08:00 in Riverside (America/Chicago), 15:00 in Lyon: past everyone's default digest hour.
fn afternoon(day: &str) -> DateTime<Utc> {
    let d: NaiveDate = day.parse().unwrap();
    Utc.from_utc_datetime(&d.and_hms_opt(14, 0, 0).unwrap())
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

async fn with_smtp(server: &SmtpServer) -> TestApp {
    let url = server.url();
    spawn_with(move |c| c.smtp_url = Some(url)).await
}

async fn id_of(app: &TestApp, email: &str) -> i64 {
    backend::repo::users::by_email(&app.state.db, email).await.unwrap().unwrap().id
}

async fn as_user(app: &TestApp, id: i64) -> CurrentUser {
    auth::as_user(&app.state, id).await.unwrap()
}

async fn run_now(app: &TestApp) -> RunReport {
    reminders::run_once(&app.state, app.clock.now()).await.unwrap()
}

/// A corrective work order assigned to `to`, created by the administrator.
async fn work_order(app: &TestApp, site: i64, title: &str, due: &str, to: Vec<i64>) -> i64 {
    let admin = as_user(app, app.admin).await;
    let input = work_orders::NewWorkOrderInput {
        site_id: site,
        asset_id: None,
        wo_type: "corrective".into(),
        priority: "high".into(),
        title: title.into(),
        description: String::new(),
        due_date: None,
        assignee_ids: to,
        estimated_minutes: None,
        steps: vec![],
        parent_id: None,
    };
    let id = work_orders::create(&app.state, &admin, input).await.unwrap().summary.id;
    // the due date as history has it (a new work order is never given one in the past)
    let mut wo: backend::entities::work_order::ActiveModel =
        backend::entities::work_order::Entity::find_by_id(id).one(&app.state.db).await.unwrap().unwrap().into();
    wo.due_date = Set(Some(due.parse().unwrap()));
    wo.update(&app.state.db).await.unwrap();
    id
}

/// A CAPA action (as an investigation raises them) owned by `owner`.
async fn capa(app: &TestApp, site: i64, title: &str, owner: i64, due: &str) -> i64 {
    let now = app.clock.now();
    ca::ActiveModel {
        site_id: Set(site),
        source_type: Set("investigation".into()),
        source_id: Set(1),
        kind: Set("corrective".into()),
        title: Set(title.into()),
        description: Set(String::new()),
        owner_id: Set(owner),
        due_date: Set(d(due)),
        status: Set("open".into()),
        evidence: Set(String::new()),
        effectiveness_note: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .unwrap()
    .id
}

async fn outbox_rows(app: &TestApp) -> Vec<ob::Model> {
    ob::Entity::find().order_by_asc(ob::Column::Id).all(&app.state.db).await.unwrap()
}

#[tokio::test]
async fn one_digest_per_recipient_grouped_with_its_headers_and_the_unsubscribe_link_works() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    let (ehs, manager) = (id_of(&app, "ehs@test.example").await, id_of(&app, "manager@test.example").await);
    let guard = capa(&app, app.rvs, "Guard the press pinch point", ehs, "2026-11-29").await;
    let estop = capa(&app, app.lyn, "Fix <the> emergency-stop & label", ehs, "2026-11-20").await;
    let seal = work_order(&app, app.rvs, "Replace pump seal", "2026-11-14", vec![app.tech]).await;

    let r = run_now(&app).await;
    assert_eq!((r.sites_planned, r.digests, r.sent, r.failed), (2, 3, 3, 0), "{r:?}");
    assert_eq!(smtp.accepted().len(), 3, "one digest per recipient");

    // the EHS officer: two sites, grouped by site then urgency, text first then HTML
    let m = smtp.for_recipient("ehs@test.example").remove(0);
    let row = outbox_rows(&app).await.into_iter().find(|o| o.to_addr == "ehs@test.example").unwrap();
    assert_eq!(m.message_id(), row.message_id, "the Message-ID sent is the one kept in the outbox");
    assert!(m.from.contains("gemba@localhost"), "envelope sender {}", m.from);
    assert!(m.message_id().starts_with(&format!("<reminder.digest.2026-11-22.u{ehs}.")), "{}", m.message_id());
    assert!(m.header("Content-Type").unwrap().starts_with("multipart/alternative"), "{:?}", m.header("Content-Type"));
    let (plain, html) =
        (m.data.find("Content-Type: text/plain").unwrap(), m.data.find("Content-Type: text/html").unwrap());
    assert!(plain < html, "text/plain first, text/html last");
    assert_eq!(m.header("Subject").unwrap(), "Gemba: 1 overdue, 1 coming up");
    let unsubscribe = m.header("List-Unsubscribe").expect("optional notices carry List-Unsubscribe");
    assert!(unsubscribe.starts_with(&format!("<{}/unsubscribe/", app.base)), "{unsubscribe}");
    assert_eq!(m.header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    let text = m.text();
    let (lyon, riverside) = (text.find("Lyon Plant").unwrap(), text.find("Riverside Plant").unwrap());
    assert!(lyon < riverside, "sites in name order:\n{text}");
    assert!(
        text.contains(&format!(
            "Overdue:\n- CAPA #{estop} Fix <the> emergency-stop & label (2 days overdue, due 2026-11-20)"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("This week:\n- CAPA #{guard} Guard the press pinch point (due in 7 days")),
        "{text}"
    );
    assert!(text.contains(&format!("{}/capa#capa-{guard}", app.base)), "direct links: {text}");
    assert!(m.html().contains("Fix &lt;the&gt; emergency-stop &amp; label"), "{}", m.html());

    // the technician's own overdue work; the manager gets the escalation, with no unsubscribe
    assert!(smtp.for_recipient("tech@test.example")[0].text().contains("Replace pump seal (8 days overdue"));
    let esc = smtp.for_recipient("manager@test.example").remove(0);
    assert!(esc.text().contains("Escalated to you:"), "{}", esc.text());
    assert!(esc.text().contains(&format!("#{seal} Replace pump seal")));
    assert_eq!(esc.header("List-Unsubscribe"), None, "a required escalation cannot be unsubscribed from");

    // the bell and the inbox show the same items
    let tech = app.login("tech@test.example").await;
    let page = tech.get(app.url("/inbox")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"class="bell-count">1<"#), "{page}");
    assert!(page.contains("Replace pump seal") && page.contains("8 days overdue"), "{page}");

    // one click (as a mail client makes it, without cookies) switches optional e-mails off
    let url = unsubscribe.trim_matches(['<', '>']).to_string();
    let res = reqwest::Client::new()
        .post(&url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let prefs = rrepo::prefs(&app.state.db, &[ehs]).await.unwrap().remove(&ehs).unwrap();
    assert_eq!(domain::reminder::Preferences::parse_email_off(&prefs.email_off).len(), ItemType::ALL.len());
    assert_eq!(app.audit_count("reminder_pref.unsubscribe").await, 1);
    let bad = reqwest::Client::new().post(format!("{}/unsubscribe/not-a-token", app.base)).send().await.unwrap();
    assert_eq!(bad.status(), 404);
    let ask = reqwest::get(&url).await.unwrap().text().await.unwrap();
    assert!(ask.contains("Stop reminder e-mails"), "a GET only asks: {ask}");

    // the next day: nothing optional for the EHS officer by e-mail (the inbox still has it), the
    // manager's escalation still comes
    app.clock.set(afternoon("2026-11-23"));
    let r = run_now(&app).await;
    assert_eq!(r.failed, 0);
    assert_eq!(smtp.for_recipient("ehs@test.example").len(), 1, "unsubscribed");
    assert_eq!(smtp.for_recipient("manager@test.example").len(), 2, "escalations keep coming");
    let inbox = rrepo::inbox(&app.state.db, ehs, true, 1, 50).await.unwrap();
    assert!(inbox.items.iter().any(|r| r.item_id == estop && r.kind == "overdue-3"), "still in the inbox");
    let about: Vec<&str> = inbox.items.iter().filter(|r| r.item_id == estop).map(|r| r.kind.as_str()).collect();
    assert_eq!(about, vec!["overdue-3"], "the inbox shows the item's latest state, not yesterday's line too");
    assert_eq!(rrepo::unread_count(&app.state.db, app.tech).await.unwrap(), 1, "the bell counts items, not days");
    assert!(manager > 0);
}

#[tokio::test]
async fn a_451_is_retried_with_backoff_then_sent_and_a_550_fails_with_the_reply_shown() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    smtp.answer(vec![Answer::Refuse(451, "4.3.0 Mailbox busy, try again later")]);
    work_order(&app, app.rvs, "Check the hydraulic oil", "2026-11-22", vec![app.tech]).await;

    let r = run_now(&app).await;
    assert_eq!((r.digests, r.sent, r.retried), (1, 0, 1), "{r:?}");
    let row = outbox_rows(&app).await.remove(0);
    assert_eq!((row.state.as_str(), row.attempts), ("pending", 1));
    assert!(row.last_reply.contains("451") && row.last_reply.contains("try again later"), "{}", row.last_reply);
    assert_eq!(row.next_attempt_at, app.clock.now() + chrono::Duration::minutes(1), "first backoff: 1 minute");

    // not before the backoff is over
    let r = run_now(&app).await;
    assert_eq!((r.sent, r.retried), (0, 0));
    assert_eq!(smtp.data_ends(), 1);

    app.clock.advance(chrono::Duration::seconds(61));
    let r = run_now(&app).await;
    assert_eq!(r.sent, 1, "{r:?}");
    let row = outbox_rows(&app).await.remove(0);
    assert_eq!((row.state.as_str(), row.attempts), ("sent", 2));
    assert!(row.last_reply.starts_with("250"), "{}", row.last_reply);
    let got = smtp.accepted();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].message_id(), row.message_id, "the retry is the same message");

    // a permanent refusal: failed at once, the reply kept for the administrators
    smtp.answer(vec![Answer::Refuse(550, "5.1.1 No such user here")]);
    app.clock.set(afternoon("2026-11-23"));
    let r = run_now(&app).await;
    assert_eq!((r.sent, r.failed), (0, 1), "{r:?}");
    let failed = outbox_rows(&app).await.pop().unwrap();
    assert_eq!(failed.state, "failed");
    assert!(failed.last_reply.contains("5.1.1 No such user here"));
    let admin = app.login("admin@test.example").await;
    let page = admin.get(app.url("/admin/outbox?state=failed")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("5.1.1 No such user here") && page.contains("Sending through smtp://"), "{page}");
    // an administrator retries it: sent on the next run
    let res = app.call(&admin, "retry_outbox_message", &[("id", &failed.id.to_string())]).await;
    assert!(res.status().is_success(), "{}", res.status());
    let r = run_now(&app).await;
    assert_eq!(r.sent, 1);
    let manager = app.login("manager@test.example").await;
    let res = app.call(&manager, "outbox_page", &[]).await;
    assert_eq!(res.status(), 403, "the outbox is for organisation administrators");
}

#[tokio::test]
async fn without_smtp_messages_wait_in_the_outbox_and_admins_are_told() {
    let app = spawn_app().await;
    app.clock.set(afternoon("2026-11-22"));
    work_order(&app, app.rvs, "Tighten the conveyor guard", "2026-11-23", vec![app.tech]).await;
    let r = run_now(&app).await;
    assert_eq!((r.digests, r.sent), (1, 0));
    let row = outbox_rows(&app).await.remove(0);
    assert_eq!((row.state.as_str(), row.attempts), ("pending", 0));
    let admin = app.login("admin@test.example").await;
    let page = admin.get(app.url("/admin/outbox")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("No SMTP server is configured"), "{page}");
    assert!(page.contains("Gemba: 1 coming up") && page.contains("tech@test.example"), "{page}");
}

#[tokio::test]
async fn ninety_days_of_daily_runs_remind_on_the_expected_dates_and_stop_when_done() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    let start = d("2026-12-01");
    app.clock.set(afternoon("2026-12-01"));
    let day = |n: i64| (start + chrono::Duration::days(n)).to_string();
    let (ehs, operator) = (id_of(&app, "ehs@test.example").await, id_of(&app, "operator@test.example").await);
    let wo = work_order(&app, app.rvs, "Rebuild the press valve", &day(20), vec![app.tech]).await;
    let action = capa(&app, app.rvs, "Retrain the second shift", ehs, &day(45)).await;
    let admin = as_user(&app, app.admin).await;
    let forklift = backend::services::records::certifications::cert_types(&app.state, &admin)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.name.starts_with("Forklift"))
        .unwrap();
    let cert = backend::services::workflows::record_training::record_person_cert(
        &app.state,
        &admin,
        app.lyn,
        operator,
        forklift.id,
        ("2023-12-01", &day(50)),
        "",
    )
    .await
    .unwrap()
    .id;

    // which day each recipient got a digest, and which items' lines it had
    let mut got: BTreeMap<(String, i64), Vec<String>> = BTreeMap::new();
    for n in 0..90 {
        app.clock.set(afternoon(&day(n)));
        match n {
            // the work order is cancelled on day 30, before that day's run
            30 => {
                work_orders::change_status(&app.state, &admin, wo, "cancelled", Some("replaced by a new valve".into()))
                    .await
                    .unwrap();
            }
            // the action is done on day 46
            46 => {
                let owner = as_user(&app, ehs).await;
                backend::services::workflows::advance_capa::advance(
                    &app.state,
                    &owner,
                    action,
                    "done",
                    "Trained 14 people",
                    "",
                )
                .await
                .unwrap();
            }
            // the operator's certification is renewed on day 40
            40 => {
                backend::services::workflows::record_training::record_person_cert(
                    &app.state,
                    &admin,
                    app.lyn,
                    operator,
                    forklift.id,
                    (&day(40), &day(40 + 3 * 365)),
                    "",
                )
                .await
                .unwrap();
            }
            _ => {}
        }
        let before = smtp.accepted().len();
        let r = run_now(&app).await;
        assert_eq!(r.failed + r.retried, 0, "day {n}: {r:?}");
        for m in &smtp.accepted()[before..] {
            got.entry((m.to[0].clone(), n)).or_default().push(m.text());
        }
    }
    let days_with = |to: &str, what: &str| -> Vec<i64> {
        got.iter()
            .filter(|((t, _), texts)| t == to && texts.iter().any(|x| x.contains(what)))
            .map(|((_, n), _)| *n)
            .collect()
    };
    // work order due day 20: 14, 7 and 1 days before, on the day, daily once overdue; escalated to
    // the manager from 7 days overdue; nothing after it was cancelled on day 30
    assert_eq!(
        days_with("tech@test.example", "Rebuild the press valve"),
        vec![6, 13, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]
    );
    assert_eq!(days_with("manager@test.example", "Rebuild the press valve"), vec![27, 28, 29]);
    // CAPA due day 45: 30, 14, 7, 1 days before and on the day; done on day 46
    assert_eq!(days_with("ehs@test.example", "Retrain the second shift"), vec![15, 31, 38, 44, 45]);
    // certification expiring day 50: 30 days before (day 20), 14 days before (day 36); renewed on
    // day 40 for three years, so nothing more in the 90 days
    assert_eq!(days_with("operator@test.example", "Forklift operator evaluation"), vec![20, 36]);
    // one digest per recipient and run
    for ((to, n), texts) in &got {
        assert_eq!(texts.len(), 1, "{to} got {} digests on day {n}", texts.len());
    }
    // the inbox no longer counts the cancelled, done or renewed items
    let open = rem::Entity::find()
        .filter(rem::Column::DoneAt.is_null())
        .filter(rem::Column::ItemId.is_in([wo, action, cert]))
        .count(&app.state.db)
        .await
        .unwrap();
    assert_eq!(open, 0);
}

#[tokio::test]
async fn two_instances_running_at_once_send_each_digest_once() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    let ehs = id_of(&app, "ehs@test.example").await;
    let operator = id_of(&app, "operator@test.example").await;
    let manager = id_of(&app, "manager@test.example").await;
    for i in 0..12 {
        let due = format!("2026-11-{:02}", 10 + i);
        work_order(&app, app.rvs, &format!("Job {i}"), &due, vec![app.tech]).await;
        capa(&app, app.lyn, &format!("Action {i}"), if i % 2 == 0 { ehs } else { operator }, &due).await;
    }
    // a second instance: its own pool on the same database, the same SMTP server
    let second = server::prepare((*app.state.config).clone(), Arc::new(app.clock.clone())).await.unwrap();
    let now = app.clock.now();
    let (a, b) = tokio::join!(reminders::run_once(&app.state, now), reminders::run_once(&second, now));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sites_planned + b.sites_planned, 2, "each site's day planned once: {a:?} {b:?}");
    // Riverside's escalations go to its manager; Lyon has none, so its administrator gets them
    let everyone = [
        "admin@test.example",
        "ehs@test.example",
        "manager@test.example",
        "operator@test.example",
        "tech@test.example",
    ];
    assert_eq!(a.digests + b.digests, 5, "{a:?} {b:?}");
    assert_eq!(a.sent + b.sent, 5);
    let got = smtp.accepted();
    let ids: HashSet<String> = got.iter().map(|m| m.message_id()).collect();
    assert_eq!((got.len(), ids.len()), (5, 5), "nothing sent twice");
    let mut to: Vec<String> = got.iter().map(|m| m.to[0].clone()).collect();
    to.sort();
    assert_eq!(to, everyone);
    assert_eq!(run::Entity::find().count(&app.state.db).await.unwrap(), 2);
    let unqueued = rem::Entity::find().filter(rem::Column::EmailState.ne("queued")).count(&app.state.db).await.unwrap();
    assert_eq!(unqueued, 0, "every reminder in exactly one digest");
    // and again: nothing new
    let (a, b) = tokio::join!(reminders::run_once(&app.state, now), reminders::run_once(&second, now));
    assert_eq!(a.unwrap().sent + b.unwrap().sent, 0);
    assert_eq!(smtp.accepted().len(), 5);
    assert!(manager > 0);
}

#[tokio::test]
async fn a_process_killed_in_the_middle_of_a_run_loses_nothing() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    // the killed process runs on the wall clock: plan on today's date
    app.clock.set(Utc::now());
    let manager = id_of(&app, "manager@test.example").await;
    let today = backend::services::calendar::today_on(&app.state, app.rvs).await.unwrap().to_string();
    for (who, title) in [(app.tech, "Swap the filter"), (manager, "Sign the permit"), (app.admin, "Approve the spend")]
    {
        work_order(&app, app.rvs, title, &today, vec![who]).await;
        // digests from midnight, whatever the hour now
        rrepo::save_prefs(&app.state.db, who, "", 0, None, app.clock.now()).await.unwrap();
    }
    let mut r = RunReport::default();
    reminders::plan(&app.state, app.clock.now(), &mut r).await.unwrap();
    reminders::compose_digests(&app.state, app.clock.now(), &mut r).await.unwrap();
    assert_eq!(r.digests, 3, "{r:?}");

    // the first message goes through, the second is never answered: the process is killed then
    smtp.answer(vec![Answer::Accept, Answer::Hang(Duration::from_secs(120))]);
    let cfg = &app.state.config;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_gemba"));
    cmd.args(["reminders", "run-once"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("GEMBA_DATABASE_URL", &cfg.database_url)
        .env("GEMBA_SMTP_URL", smtp.url())
        .env("GEMBA_BASE_URL", &cfg.base_url)
        .env("GEMBA_DATA_DIR", &cfg.data_dir)
        .env("GEMBA_LOG_FORMAT", "text")
        .env("GEMBA_LOG_LEVEL", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    if let Some(s) = &cfg.database_schema {
        cmd.env("GEMBA_DATABASE_SCHEMA", s);
    }
    let mut child = cmd.spawn().unwrap();
    let mut waited = 0;
    while smtp.hanging() == 0 {
        assert!(waited < 600, "the run never reached the second message");
        assert!(child.try_wait().unwrap().is_none(), "the run ended on its own");
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    child.kill().unwrap(); // SIGKILL: no cleanup of any kind
    child.wait().unwrap();
    let states: Vec<String> = outbox_rows(&app).await.into_iter().map(|o| o.state).collect();
    assert_eq!(states, vec!["sent", "sending", "pending"], "one sent, one claimed mid-send, one untouched");

    // a later delivery, once the dead process's claim has expired, sends the rest (delivery only: a
    // full run 5 minutes later may fall on the site's next day and plan that day's reminders too)
    app.clock.set(Utc::now() + chrono::Duration::minutes(5));
    let mut r = RunReport::default();
    reminders::deliver(&app.state, &mut r).await.unwrap();
    assert_eq!(r.sent, 2, "{r:?}");
    let rows = outbox_rows(&app).await;
    assert!(rows.iter().all(|o| o.state == "sent"), "{rows:?}");
    let got = smtp.accepted();
    let mut sent_ids: Vec<String> = got.iter().map(|m| m.message_id()).collect();
    sent_ids.sort();
    let mut kept: Vec<String> = rows.iter().map(|o| o.message_id.clone()).collect();
    kept.sort();
    assert_eq!(sent_ids, kept, "every digest accepted exactly once, under its own Message-ID");
    let lost = rem::Entity::find().filter(rem::Column::OutboxId.is_null()).count(&app.state.db).await.unwrap();
    assert_eq!(lost, 0);
}

#[tokio::test]
async fn preferences_policies_plan_inbox_and_outbox_in_the_api() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    let (mt, tt) = (token_for(&app, "manager@test.example").await, token_for(&app, "tech@test.example").await);
    let api = reqwest::Client::new();
    let get = |path: String, t: &str| api.get(format!("{}/api/v1{path}", app.base)).bearer_auth(t).send();
    let put = |path: String, t: &str, body: serde_json::Value| {
        api.put(format!("{}/api/v1{path}", app.base)).bearer_auth(t).json(&body).send()
    };

    // policies: defaults, then the manager changes work orders on Riverside
    let list = json(get(format!("/reminder-policies?site_id={}", app.rvs), &tt).await.unwrap()).await;
    let wo = list.as_array().unwrap().iter().find(|p| p["item_type"] == "work_order").unwrap().clone();
    assert_eq!(wo["days_before"], serde_json::json!([30, 14, 7, 1]));
    assert_eq!(wo["customised"], false);
    let body = serde_json::json!({"days_before": [3, 1], "daily_overdue": false, "escalate_after_days": 2});
    let res = put(format!("/reminder-policies/{}/work_order", app.rvs), &tt, body.clone()).await.unwrap();
    assert_eq!(res.status(), 403, "technicians do not set policies");
    let res = put(format!("/reminder-policies/{}/work_order", app.rvs), &mt, body).await.unwrap();
    assert_eq!(res.status(), 200);
    let bad = serde_json::json!({"days_before": [0], "daily_overdue": true, "escalate_after_days": null});
    let res = put(format!("/reminder-policies/{}/work_order", app.rvs), &mt, bad).await.unwrap();
    assert_eq!(res.status(), 422);
    assert!(json(res).await["fields"]["days_before"].is_string());
    assert_eq!(app.audit_count("reminder_policy.update").await, 1);

    // the plan of a work order due in 3 days under that policy
    let id = work_order(&app, app.rvs, "Align the conveyor", "2026-11-25", vec![app.tech]).await;
    let plan = json(get(format!("/reminder-plan?item_type=work_order&item_id={id}"), &tt).await.unwrap()).await;
    let steps: Vec<(String, String)> = plan["planned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["on"].as_str().unwrap().to_string(), p["kind"].as_str().unwrap().to_string()))
        .collect();
    let expect: Vec<(String, String)> = [
        ("2026-11-22", "before-3"),
        ("2026-11-24", "before-1"),
        ("2026-11-25", "due"),
        ("2026-11-26", "overdue-1"),
        ("2026-11-27", "escalation-2"),
        ("2026-11-28", "escalation-3"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(steps[..6], expect[..], "{steps:?}");
    assert_eq!(
        steps.last().unwrap(),
        &("2026-12-09".to_string(), "escalation-14".to_string()),
        "two weeks past the date"
    );
    assert_eq!(plan["planned"][0]["to"], serde_json::json!(["Test technician"]));
    assert_eq!(plan["planned"][4]["to"], serde_json::json!(["Test manager"]), "escalations to the manager");
    assert_eq!(plan["planned"][4]["required"], true);
    let res = get(format!("/reminder-plan?item_type=osha_recording&item_id={id}"), &tt).await.unwrap();
    assert!(matches!(res.status().as_u16(), 403 | 404), "{}", res.status());

    // preferences: the technician keeps e-mails for work orders only, digest at 6 in Riverside
    let prefs = json(get("/me/reminder-preferences".into(), &tt).await.unwrap()).await;
    assert_eq!(prefs["digest_hour"], 7);
    let body = serde_json::json!({"email_types": ["work_order"], "digest_hour": 6, "tz_site_id": app.rvs});
    let prefs = json(put("/me/reminder-preferences".into(), &tt, body).await.unwrap()).await;
    assert_eq!(prefs["digest_hour"], 6);
    assert_eq!(prefs["types"].as_array().unwrap().iter().filter(|t| t["email"] == true).count(), 1);
    let body = serde_json::json!({"email_types": ["bogus"], "digest_hour": 25, "tz_site_id": app.lyn});
    let res = put("/me/reminder-preferences".into(), &tt, body).await.unwrap();
    assert_eq!(res.status(), 422);
    let fields = json(res).await["fields"].clone();
    assert!(fields["digest_hour"].is_string() && fields["email_types"].is_string() && fields["tz_site_id"].is_string());

    // the inbox after a run, marked read one by one
    run_now(&app).await;
    let inbox = json(get("/inbox?unread_only=true".into(), &tt).await.unwrap()).await;
    assert_eq!(inbox["unread"], 1);
    let rid = inbox["items"][0]["id"].as_i64().unwrap();
    assert_eq!(inbox["items"][0]["says"], "due in 3 days");
    let other = api.post(format!("{}/api/v1/inbox/{rid}/read", app.base)).bearer_auth(&mt).send().await.unwrap();
    assert_eq!(other.status(), 404, "someone else's reminder");
    let res = api.post(format!("{}/api/v1/inbox/{rid}/read", app.base)).bearer_auth(&tt).send().await.unwrap();
    assert_eq!(json(res).await["unread"], 0);

    // the outbox is for organisation administrators
    let res = get("/outbox".into(), &mt).await.unwrap();
    assert_eq!(res.status(), 403);
    let at = token_for(&app, "admin@test.example").await;
    let page = json(get("/outbox?state=sent".into(), &at).await.unwrap()).await;
    assert_eq!(page["smtp_configured"], true);
    assert!(page["total"].as_i64().unwrap() >= 1);
    let doc = json(api.get(format!("{}/api/v1/openapi.json", app.base)).send().await.unwrap()).await;
    for p in [
        "/reminder-policies",
        "/reminder-policies/{site_id}/{item_type}",
        "/me/reminder-preferences",
        "/reminder-plan",
        "/inbox",
        "/inbox/{id}/read",
        "/outbox",
    ] {
        assert!(doc["paths"][p].is_object(), "{p} in the OpenAPI document");
    }
}

#[tokio::test]
async fn every_kind_of_dated_item_is_reminded_to_whoever_answers_for_it_and_settled_when_done() {
    use backend::entities::{abnormality_tag as tag, evidence as ev, org_certificate as oc};
    use backend::services::{
        records::assets, records::certifications, records::inspections, records::osha, records::pm, records::tpm,
    };
    use domain::asset::AssetInput;
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    let now = afternoon("2026-03-01");
    app.clock.set(now);
    let (ehs, manager, operator) = (
        id_of(&app, "ehs@test.example").await,
        id_of(&app, "manager@test.example").await,
        id_of(&app, "operator@test.example").await,
    );
    let admin = as_user(&app, app.admin).await;
    let asset = |site: i64, tag: &str| {
        let admin = admin.clone();
        let input = AssetInput {
            tag: tag.into(),
            name: tag.into(),
            category: "press".into(),
            criticality: "A".into(),
            ..Default::default()
        };
        let state = app.state.clone();
        async move { assets::create(&state, &admin, site, None, input).await.unwrap().id }
    };
    let press = asset(app.rvs, "PRESS-9").await;
    let line = asset(app.lyn, "LINE-L1").await;

    work_order(&app, app.rvs, "Replace the clutch brake", "2026-03-08", vec![app.tech]).await;
    let schedule = pm::ScheduleInput {
        asset_id: press,
        title: "Monthly press PM".into(),
        description: String::new(),
        trigger_kind: "fixed".into(),
        every_days: "30".into(),
        meter_id: String::new(),
        meter_every: String::new(),
        rrule: String::new(),
        first_due: "2026-03-02".into(),
        lead_days: "7".into(),
        holiday_rule: "shift".into(),
        estimated_minutes: "45".into(),
        assigned_user_id: app.tech.to_string(),
        priority: "high".into(),
        steps: "Lock out".into(),
    };
    pm::create(&app.state, &admin, schedule).await.unwrap();
    backend::jobs::pm::run_once(&app.state, now).await.unwrap();
    let point = tpm::create_point(
        &app.state,
        &admin,
        tpm::PointInput {
            asset_id: line,
            title: "Chain lubrication".into(),
            method: "Brush oil".into(),
            acceptance: "Wet chain".into(),
            tool: String::new(),
            minutes: "2".into(),
            frequency: "daily".into(),
            role: "operator".into(),
        },
    )
    .await
    .unwrap()
    .id;
    let t = tag::ActiveModel {
        site_id: Set(app.rvs),
        asset_id: Set(press),
        kind: Set("f".into()),
        category: Set("lubrication".into()),
        description: Set("Dry chain".into()),
        am_step: Set(String::new()),
        priority: Set("high".into()),
        countermeasure: Set(String::new()),
        found_by: Set(Some(operator)),
        found_at: Set(Utc.with_ymd_and_hms(2026, 2, 22, 12, 0, 0).unwrap()),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .unwrap()
    .id;
    capa(&app, app.rvs, "Add a guard interlock", ehs, "2026-03-15").await;
    let template = inspections::library(&app.state, &admin, "fire").await.unwrap().remove(0).id;
    let audit = inspections::NewInspection {
        template_id: template,
        title: "Fire extinguishers, hall 2".into(),
        due_date: "2026-03-31".into(),
        lead_id: Some(manager),
        team: String::new(),
        area: "Hall 2".into(),
        asset_tag: String::new(),
    };
    inspections::schedule(&app.state, &admin, app.rvs, audit).await.unwrap();
    ev::ActiveModel {
        site_id: Set(app.rvs),
        title: Set("Torque wrench calibration".into()),
        kind: Set("link".into()),
        url: Set("https://lab.example/cert/77".into()),
        record_type: Set(String::new()),
        record_id: Set(None),
        effective_date: Set(d("2025-03-02")),
        valid_until: Set(Some(d("2026-03-02"))),
        owner_id: Set(ehs),
        status: Set("approved".into()),
        origin: Set("manual".into()),
        origin_key: Set(None),
        revision: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    oc::ActiveModel {
        site_id: Set(app.rvs),
        framework_id: Set(None),
        standard: Set("ISO 45001:2018".into()),
        body: Set("Certa".into()),
        number: Set("C-45-1".into()),
        scope: Set(String::new()),
        decision_date: Set(d("2023-03-31")),
        expiry: Set(d("2026-03-31")),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .unwrap();
    let forklift = certifications::cert_types(&app.state, &admin)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.name.starts_with("Forklift"))
        .unwrap();
    backend::services::workflows::record_training::record_person_cert(
        &app.state,
        &admin,
        app.rvs,
        app.tech,
        forklift.id,
        ("2023-03-08", "2026-03-08"),
        "",
    )
    .await
    .unwrap();
    let ehs_user = as_user(&app, ehs).await;
    let header = osha::CaseHeader {
        employee_name: "Dana Smith".into(),
        job_title: "Press operator".into(),
        injury_date: "2026-02-21".into(),
        learned_on: "2026-02-22".into(),
        location: "Press line 2".into(),
        injury_description: "Laceration".into(),
        case_type: "1".into(),
    };
    let case = osha::open_case(&app.state, &ehs_user, app.rvs, None, header).await.unwrap();
    let establishment = contract::dto::safety::EstablishmentDto {
        site_id: app.rvs,
        name: "Riverside Plant".into(),
        ein: "123456789".into(),
        company_name: "Northwind Components".into(),
        street_address: "1200 River Road".into(),
        city: "Dayton".into(),
        state: "OH".into(),
        zip: "45402".into(),
        naics_code: "336370".into(),
        industry_description: "Motor vehicle metal stamping".into(),
        establishment_type: "private".into(),
    };
    osha::save_establishment(&app.state, &ehs_user, establishment).await.unwrap();
    osha::save_year_data(&app.state, &ehs_user, app.rvs, 2025, "40", "80000", "").await.unwrap();

    let r = run_now(&app).await;
    assert_eq!(r.failed, 0, "{r:?}");
    let rows = rem::Entity::find().all(&app.state.db).await.unwrap();
    let mut got: Vec<(String, String, i64)> =
        rows.iter().map(|r| (r.item_type.clone(), r.kind.clone(), r.user_id)).collect();
    got.sort();
    let mut want: Vec<(String, String, i64)> = [
        ("audit", "before-30", manager),
        ("capa", "before-14", ehs),
        ("certificate", "before-30", manager),
        ("cil_round", "due", operator),
        ("evidence", "before-1", ehs),
        ("osha_300a", "escalation-28", manager),
        ("osha_300a", "overdue-28", ehs),
        ("osha_ita", "before-1", ehs),
        ("osha_recording", "due", ehs),
        ("person_cert", "before-7", app.tech),
        ("pm", "before-1", app.tech),
        ("tag", "due", manager),
        ("work_order", "before-7", app.tech),
    ]
    .into_iter()
    .map(|(t, k, u)| (t.to_string(), k.to_string(), u))
    .collect();
    want.sort();
    assert_eq!(got, want);
    // an OSHA reminder names the case, never the person
    let recording = rows.iter().find(|r| r.item_type == "osha_recording").unwrap();
    assert!(recording.title.contains(&case.case_number) && !recording.title.contains("Dana"), "{}", recording.title);
    assert!(smtp.accepted().iter().all(|m| !m.data.contains("Dana")));
    assert_eq!(smtp.for_recipient("ehs@test.example").len(), 1, "one digest with all five of the EHS officer's items");
    assert!(smtp.for_recipient("ehs@test.example")[0].text().contains("OSHA ITA submission for 2025: due March 2"));

    // done: the tag closed, the case recorded, the ITA submission made, the round walked
    let unread = |id: i64| {
        let db = app.state.db.clone();
        async move { rrepo::unread_count(&db, id).await.unwrap() }
    };
    let before = (unread(manager).await, unread(ehs).await, unread(operator).await);
    let mgr = as_user(&app, manager).await;
    tpm::close_tag(&app.state, &mgr, t, "Chain oiled, lubrication point added").await.unwrap();
    let answers: Vec<(String, String)> =
        ["work_related", "new_case", "mt_prescription"].iter().map(|k| (k.to_string(), "on".to_string())).collect();
    osha::decide_case(&app.state, &ehs_user, case.id, &answers).await.unwrap();
    osha::confirm_decision(&app.state, &ehs_user, case.id, false, "").await.unwrap();
    let bad = osha::mark_ita_submitted(&app.state, &ehs_user, app.rvs, 2025, "2026-03-09").await.unwrap_err();
    assert!(bad.field("submitted_on").unwrap().contains("future"), "{bad:?}");
    osha::mark_ita_submitted(&app.state, &ehs_user, app.rvs, 2025, "2026-03-01").await.unwrap();
    assert_eq!(app.audit_count("osha.ita_submitted").await, 1);
    let op = as_user(&app, operator).await;
    backend::services::workflows::check_cil_point::check(&app.state, &op, point, true, None).await.unwrap();
    assert_eq!(
        (unread(manager).await, unread(ehs).await, unread(operator).await),
        (before.0 - 1, before.1 - 2, before.2 - 1),
        "settled at once: the bell no longer counts them"
    );
    // the next day nothing more about them
    app.clock.set(afternoon("2026-03-02"));
    run_now(&app).await;
    let next: Vec<String> = rem::Entity::find()
        .filter(rem::Column::PlannedOn.eq(d("2026-03-02")))
        .all(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.item_type)
        .collect();
    for settled in ["tag", "osha_recording", "osha_ita"] {
        assert!(!next.iter().any(|t| t == settled), "{settled} reminded again: {next:?}");
    }
    assert!(next.iter().any(|t| t == "osha_300a"), "the 300A is still not certified: {next:?}");
}

/// An app sending through `smtp` with these credentials, trusting its certificate or not.
async fn tls_app(smtp: &SmtpServer, login: Option<(&str, &str)>, trust: bool) -> TestApp {
    let url = smtp.url_with(login);
    let pem = smtp.cert_pem.clone();
    spawn_with(move |c| {
        c.smtp_url = Some(url);
        if trust {
            let path = c.data_dir.join("smtp-ca.pem");
            std::fs::write(&path, pem).unwrap();
            c.smtp_ca_file = Some(path);
        }
    })
    .await
}

#[tokio::test]
async fn starttls_and_implicit_tls_with_authentication_come_from_the_url() {
    for mode in [Tls::Starttls, Tls::Implicit] {
        let smtp = SmtpServer::start_with(mode, Some(("gemba", "s3cret-pass"))).await;
        let app = tls_app(&smtp, Some(("gemba", "s3cret-pass")), true).await;
        app.clock.set(afternoon("2026-11-22"));
        work_order(&app, app.rvs, "Check the guard", "2026-11-22", vec![app.tech]).await;
        let r = run_now(&app).await;
        assert_eq!(r.sent, 1, "{mode:?} {r:?} {:?}", outbox_rows(&app).await);
        let m = smtp.accepted().remove(0);
        assert!(m.tls, "{mode:?}: the message travelled encrypted");
        assert_eq!(m.user.as_deref(), Some("gemba"), "{mode:?}: authenticated");
        assert!(m.text().contains("Check the guard"));
    }
}

#[tokio::test]
async fn a_wrong_password_fails_with_the_reply_and_an_untrusted_certificate_is_not_sent_to() {
    let smtp = SmtpServer::start_with(Tls::Starttls, Some(("gemba", "right"))).await;
    let app = tls_app(&smtp, Some(("gemba", "wrong")), true).await;
    app.clock.set(afternoon("2026-11-22"));
    work_order(&app, app.rvs, "Check the guard", "2026-11-22", vec![app.tech]).await;
    let r = run_now(&app).await;
    assert_eq!((r.sent, r.failed), (0, 1), "{r:?}");
    let row = outbox_rows(&app).await.remove(0);
    assert!(row.last_reply.contains("535"), "the server's reply is kept: {}", row.last_reply);

    // a certificate nobody vouches for: nothing is sent, and it is tried again later
    let smtp = SmtpServer::start_with(Tls::Implicit, None).await;
    let app = tls_app(&smtp, None, false).await;
    app.clock.set(afternoon("2026-11-22"));
    work_order(&app, app.rvs, "Check the guard", "2026-11-22", vec![app.tech]).await;
    let r = run_now(&app).await;
    assert_eq!((r.sent, r.retried), (0, 1), "{r:?}");
    assert!(smtp.accepted().is_empty());
    let row = outbox_rows(&app).await.remove(0);
    assert!(row.last_reply.to_lowercase().contains("certificate"), "{}", row.last_reply);
}

#[tokio::test]
async fn a_round_counts_on_the_site_calendar_also_after_utc_midnight() {
    use backend::services::{records::assets, records::tpm};
    let app = spawn_app().await;
    // 21:00 on March 1 in Riverside (America/Chicago) is already March 2 in UTC
    app.clock.set(Utc.with_ymd_and_hms(2026, 3, 2, 3, 0, 0).unwrap());
    let admin = as_user(&app, app.admin).await;
    let input = domain::asset::AssetInput {
        tag: "CONV-3".into(),
        name: "Conveyor".into(),
        category: "conveyor".into(),
        criticality: "B".into(),
        ..Default::default()
    };
    let conveyor = assets::create(&app.state, &admin, app.rvs, None, input).await.unwrap().id;
    let point = tpm::PointInput {
        asset_id: conveyor,
        title: "Belt tension".into(),
        method: "Press mid-span".into(),
        acceptance: "10-15 mm".into(),
        tool: String::new(),
        minutes: "1".into(),
        frequency: "daily".into(),
        role: "technician".into(),
    };
    tpm::create_point(&app.state, &admin, point).await.unwrap();
    let mut r = RunReport::default();
    reminders::plan(&app.state, app.clock.now(), &mut r).await.unwrap();
    let rows = rem::Entity::find().filter(rem::Column::ItemType.eq("cil_round")).all(&app.state.db).await.unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!((rows[0].due_on, rows[0].kind.as_str(), rows[0].user_id), (d("2026-03-01"), "due", app.tech));
    assert!(rows[0].title.contains("1 of 1 points not checked"), "{}", rows[0].title);
}

#[tokio::test]
async fn a_message_still_refused_after_ten_attempts_is_marked_failed_with_the_last_reply() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    smtp.answer((0..10).map(|_| Answer::Refuse(421, "4.7.0 Try again later, closing")).collect());
    work_order(&app, app.rvs, "Check the hydraulic oil", "2026-11-22", vec![app.tech]).await;
    let mut waits = Vec::new();
    for attempt in 1..=10 {
        let r = run_now(&app).await;
        let row = outbox_rows(&app).await.remove(0);
        assert_eq!(row.attempts, attempt, "{r:?}");
        if attempt < 10 {
            assert_eq!((row.state.as_str(), r.retried), ("pending", 1), "attempt {attempt}");
            waits.push((row.next_attempt_at - app.clock.now()).num_minutes());
            app.clock.set(row.next_attempt_at);
        } else {
            assert_eq!((row.state.as_str(), r.failed), ("failed", 1));
            assert!(row.last_reply.contains("421") && row.last_reply.contains("Try again later"), "{}", row.last_reply);
        }
    }
    assert_eq!(waits, vec![1, 2, 4, 8, 16, 32, 64, 128, 240], "backoff between attempts, in minutes");
    assert!(smtp.accepted().is_empty());
}

#[tokio::test]
async fn a_reminder_already_made_is_no_longer_listed_as_still_to_go_out() {
    let app = spawn_app().await;
    app.clock.set(afternoon("2026-11-22"));
    let tt = token_for(&app, "tech@test.example").await;
    // due in 7 days: the default policy reminds 7 days before, that is today
    let id = work_order(&app, app.rvs, "Grease the hoist", "2026-11-29", vec![app.tech]).await;
    let plan = || async {
        let res = reqwest::Client::new()
            .get(format!("{}/api/v1/reminder-plan?item_type=work_order&item_id={id}", app.base))
            .bearer_auth(&tt)
            .send()
            .await
            .unwrap();
        json(res).await["planned"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["kind"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(plan().await.first().map(String::as_str), Some("before-7"), "today's reminder is still to go out");
    let report = run_now(&app).await;
    assert!(report.reminders >= 1, "{report:?}");
    let after = plan().await;
    assert!(!after.contains(&"before-7".to_string()), "made today, so no longer to go out: {after:?}");
    assert_eq!(after.first().map(String::as_str), Some("before-1"), "{after:?}");
}

#[tokio::test]
async fn each_recipient_gets_the_digest_in_their_own_language_in_the_same_run() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    let ehs = id_of(&app, "ehs@test.example").await;
    backend::repo::users::set_language(&app.state.db, app.tech, Some("es")).await.unwrap();
    backend::repo::users::set_language(&app.state.db, ehs, Some("fr")).await.unwrap();
    let seal = work_order(&app, app.rvs, "Cambiar el sello", "2026-11-20", vec![app.tech]).await;
    let guard = capa(&app, app.rvs, "Protéger la presse", ehs, "2026-11-23").await;
    let r = run_now(&app).await;
    assert_eq!(r.failed, 0, "{r:?}");

    let es = smtp.for_recipient("tech@test.example").remove(0);
    assert_eq!(es.subject(), "Gemba: 1 vencida");
    let text = es.text();
    assert!(text.contains("Hola, Test technician:"), "{text}");
    assert!(text.contains("Vencidas:"), "{text}");
    assert!(text.contains(&format!("#{seal} Cambiar el sello (vencida hace 2 días, vence el 20 nov 2026)")), "{text}");
    assert!(text.contains("Todos sus recordatorios"), "{text}");
    let html = es.html();
    assert!(html.contains(r#"<html lang="es">"#) && html.contains("<h3>Vencidas</h3>"), "{html}");

    let fr = smtp.for_recipient("ehs@test.example").remove(0);
    assert_eq!(fr.subject(), "Gemba\u{a0}: 1 à venir");
    let text = fr.text();
    assert!(text.contains("Bonjour Test ehs_officer,"), "{text}");
    assert!(text.contains("Protéger la presse (échéance dans 1 jour, échéance 23 nov. 2026)"), "{text}");
    assert!(fr.html().contains(r#"<html lang="fr">"#));
    // someone who chose nothing still reads English
    let manager = smtp.for_recipient("manager@test.example");
    assert!(
        manager.iter().all(|m| m.text().contains("Hello ")),
        "{:?}",
        manager.iter().map(|m| m.text()).collect::<Vec<_>>()
    );
    assert!(guard > 0);
}

/// A plant that lets work pile up: the digest lists the 100 most urgent, counts the rest, and every
/// one of them is queued (so none goes out again), the listed ones linked to the message.
#[tokio::test]
async fn a_digest_of_more_than_it_lists_counts_the_rest_and_queues_them_all() {
    let smtp = SmtpServer::start().await;
    let app = with_smtp(&smtp).await;
    app.clock.set(afternoon("2026-11-22"));
    let start = d("2026-09-01");
    let mut ids = Vec::new();
    for i in 0..130 {
        let due = (start + chrono::Duration::days(i / 2)).to_string();
        ids.push(work_order(&app, app.rvs, &format!("Pile {i:03}"), &due, vec![app.tech]).await);
    }
    let r = run_now(&app).await;
    assert_eq!(r.failed, 0, "{r:?}");
    let m = smtp.for_recipient("tech@test.example").remove(0);
    let text = m.text();
    assert_eq!(m.header("Subject").unwrap(), "Gemba: 130 overdue", "the subject counts them all");
    assert_eq!(text.matches("\n- ").count(), 100, "{text}");
    assert!(text.contains(&format!("... and 30 more: {}/inbox", app.base)), "{text}");
    assert!(text.contains(&format!("#{} Pile 000 ", ids[0])), "the most overdue is listed: {text}");
    assert!(!text.contains("Pile 129"), "the least overdue is counted, not listed: {text}");
    let mine = || rem::Entity::find().filter(rem::Column::UserId.eq(app.tech));
    let all = mine().count(&app.state.db).await.unwrap();
    assert_eq!(all, 130);
    assert_eq!(mine().filter(rem::Column::EmailState.eq("queued")).count(&app.state.db).await.unwrap(), all);
    let message = outbox_rows(&app).await.into_iter().find(|o| o.to_addr == "tech@test.example").unwrap();
    let linked = mine().filter(rem::Column::OutboxId.eq(message.id)).all(&app.state.db).await.unwrap();
    assert_eq!(linked.len(), 100, "the listed ones are linked to the message");
    assert!(linked.iter().all(|r| r.due_on <= d("2026-10-20")), "the 100 most overdue");
    // the next run the same day sends nothing again
    let again = run_now(&app).await;
    assert_eq!((again.digests, again.sent), (0, 0), "{again:?}");
}
