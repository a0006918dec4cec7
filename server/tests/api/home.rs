//! Home shows the person's day: their overdue and due-today work, today's round, their actions,
//! the audits they lead and unread reminders, each one tap away.
use chrono::Duration;
use serde_json::Value;

use crate::helpers::*;

async fn ok(r: reqwest::Response) -> Value {
    let status = r.status();
    let body = json(r).await;
    assert!(status.is_success(), "{status}: {body}");
    body
}

/// The part of the page inside the element with this id (up to its list's end).
fn part<'a>(html: &'a str, id: &str) -> &'a str {
    html.split(&format!("id=\"{id}\"")).nth(1).map(|rest| rest.split("</ul>").next().unwrap_or(rest)).unwrap_or("")
}

#[tokio::test]
async fn home_shows_each_person_the_work_of_their_day() {
    let app = spawn_app().await;
    let mgr = app.login("manager@test.example").await;
    let tech = app.tech.to_string();
    let asset =
        ok(app.call(&mgr, "create_asset", &[("tag", "P-1"), ("name", "Press 1")]).await).await["id"].to_string();
    for (title, due) in
        [("Fix the guard", "2026-11-22"), ("Change the filter", "2026-11-24"), ("Paint the rail", "2026-12-20")]
    {
        ok(app
            .call(
                &mgr,
                "create_work_order",
                &[
                    ("title", title),
                    ("wo_type", "corrective"),
                    ("priority", "medium"),
                    ("asset_id", &asset),
                    ("due_date", due),
                    ("assignee", &tech),
                ],
            )
            .await)
        .await;
    }
    let point = [
        ("asset_id", asset.as_str()),
        ("title", "Chain tension"),
        ("method", "Look"),
        ("acceptance", "Fine"),
        ("minutes", "2"),
        ("frequency", "daily"),
    ];
    let point = ok(app.call(&mgr, "create_cil_point", &point).await).await["id"].to_string();
    // a weekly point on another weekday than the test's Tuesday is not on today's round
    let wednesday = [
        ("asset_id", asset.as_str()),
        ("title", "Gearbox oil"),
        ("method", "Look"),
        ("acceptance", "Fine"),
        ("minutes", "2"),
        ("frequency", "weekly:3"),
    ];
    ok(app.call(&mgr, "create_cil_point", &wednesday).await).await;
    let ehs = app.login("ehs@test.example").await;
    // an incident's action owned by the technician
    let event = report_event(&app, &ehs, "near_miss", "Slipped on oil", "Oil on the floor by press 1").await;
    let inv = ok(app
        .call(
            &ehs,
            "save_investigation",
            &[
                ("event_id", event.as_str()),
                ("people", "T. Tech"),
                ("witnesses", ""),
                ("timeline", "10:15 slipped"),
                ("root_cause", "A leaking seal"),
                ("cause_category", "management"),
                ("contributing_factors", ""),
            ],
        )
        .await)
    .await["id"]
        .to_string();
    for (title, due) in [("Replace the press seal", "2026-11-23"), ("Add a drip tray", "2026-12-10")] {
        let form = [
            ("investigation_id", inv.as_str()),
            ("kind", "corrective"),
            ("title", title),
            ("owner_id", &tech),
            ("due_date", due),
        ];
        ok(app.call(&ehs, "create_capa", &form).await).await;
    }
    let (template, _) = crate::inspections::extinguisher(&app, &ehs).await;
    crate::inspections::schedule(&app, &ehs, template).await;
    // two days on: the guard is overdue, the filter due today, the rail later
    app.clock.advance(Duration::days(2));

    let home = |c: reqwest::Client| {
        let url = app.url("/");
        async move {
            let r = c.get(url).send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.text().await.unwrap()
        }
    };
    let t = home(app.login("tech@test.example").await).await;
    assert!(part(&t, "day-overdue").contains("Fix the guard"), "{t}");
    assert!(!part(&t, "day-overdue").contains("Change the filter"));
    assert!(part(&t, "day-today").contains("Change the filter"));
    assert!(t.contains("Overdue (1)") && t.contains("Due today (1)"));
    assert!(t.contains("My work: 1 more open"), "the rail is a tap away");
    assert!(part(&t, "day-round").contains("1 of 1 points to check"), "{}", part(&t, "day-round"));
    assert!(t.contains("Tuesday 24 November"), "the site's calendar day");
    // their actions, soonest due first, the overdue one said
    let actions = part(&t, "day-actions");
    let (seal, tray) = (actions.find("Replace the press seal").unwrap(), actions.find("Add a drip tray").unwrap());
    assert!(seal < tray && actions.contains("Overdue since"), "{actions}");
    // the point checked: the round is done
    let tech_client = app.login("tech@test.example").await;
    ok(app.call(&tech_client, "cil_ok", &[("point_id", &point)]).await).await;
    let t = home(tech_client).await;
    assert!(part(&t, "day-round").contains("all 1 point checked"), "{}", part(&t, "day-round"));
    // the EHS officer leads the inspection; no work orders, no round for that role
    let e = home(app.login("ehs@test.example").await).await;
    assert!(part(&e, "day-audits").to_lowercase().contains("extinguisher"), "{e}");
    assert!(!e.contains("id=\"day-overdue\"") && !e.contains("id=\"day-round\""));
    // the auditor has nothing due
    let a = home(app.login("auditor@test.example").await).await;
    assert!(a.contains("id=\"day-clear\""), "{a}");
}
