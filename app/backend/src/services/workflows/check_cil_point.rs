//! A CIL check on a round: OK, or not OK raising a tag, and for an M-tag the work order, in one
//! transaction.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::{assets, sites, tags, tpm};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::tpm::{TagCategory, TagKind, parse_am_step};
use domain::validation::{FieldErrors, required_text};
use domain::work_order::{Priority, WorkOrderType};
use serde_json::json;

pub struct NotOk {
    pub note: String,
    pub reading: String,
    pub kind: String,
    pub category: String,
    pub priority: String,
    /// Blank or 1-7 (domain::tpm::parse_am_step).
    pub am_step: String,
}

/// Records today's check of a point: OK, or not OK, which raises an abnormality tag (an M-tag
/// opens a maintenance work order linked back to it). Returns the tag id for not OK.
pub async fn check(
    state: &AppState,
    user: &CurrentUser,
    point_id: i64,
    ok: bool,
    not_ok: Option<NotOk>,
) -> Result<Option<i64>, AppError> {
    let now = state.now();
    let p = tpm::point_by_id(&state.db, point_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(p.site_id), Permission::RunRounds, now.date_naive())?;
    let site = sites::by_id(&state.db, p.site_id).await?.ok_or(AppError::NotFound)?;
    // the round's day and time are the tap's (an evening round sent after midnight stays on its day)
    let at = crate::operation::tapped_or(now);
    let day = local_today(&site.timezone, at);
    let existing = tpm::check_on(&state.db, p.id, day).await?;
    if existing.is_some() {
        return Err(AppError::Conflict("This point was already checked today.".into()));
    }
    let mut e = FieldErrors::new();
    let (note, reading, parsed) = match &not_ok {
        None => (String::new(), None, None),
        Some(n) => {
            let note = e.check("note", required_text(&n.note, 2000));
            let reading = match n.reading.trim() {
                "" => None,
                r => e.check("reading", r.replace(',', ".").parse::<f64>().map_err(|_| "Enter a number.")),
            };
            let kind =
                e.check("kind", TagKind::parse(n.kind.trim()).ok_or("Choose F (you fix it) or M (maintenance)."));
            let cat = e.check("category", TagCategory::parse(n.category.trim()).ok_or("Choose a category."));
            let prio = Priority::parse(n.priority.trim()).unwrap_or(Priority::Medium);
            let step =
                e.check("am_step", parse_am_step(&n.am_step)).map(|s| s.map(|n| n.to_string()).unwrap_or_default());
            (note.unwrap_or_default(), reading, kind.zip(cat).zip(step).map(|((k, c), s)| (k, c, prio, s)))
        }
    };
    e.into_result()?;
    let asset = assets::by_id(&state.db, p.asset_id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let mut tag_id = None;
    if let (false, Some((kind, cat, prio, step))) = (ok, parsed) {
        let t = tags::insert(
            &txn,
            tags::NewTag {
                site_id: p.site_id,
                asset_id: p.asset_id,
                kind: kind.as_str().into(),
                category: cat.as_str().into(),
                description: format!("{}: {note}", p.title),
                am_step: step,
                priority: prio.as_str().into(),
                found_by: Some(user.id),
                found_at: at,
            },
        )
        .await?;
        tag_id = Some(t.id);
        audit::record(
            &txn,
            &user.actor(),
            now,
            Change::new("tag.create", "tag", t.id).site(Some(p.site_id)).after(
                json!({"kind": t.kind, "category": t.category, "asset": asset.tag, "description": t.description,
                       "am_step": t.am_step, "priority": t.priority}),
            ),
        )
        .await?;
        if kind == TagKind::M {
            let wo = crate::services::workflows::raise_work_order::raise_from(
                state,
                &txn,
                user,
                crate::services::workflows::raise_work_order::RaisedFrom {
                    site_id: p.site_id,
                    asset_id: Some(p.asset_id),
                    wo_type: WorkOrderType::Tpm,
                    priority: prio,
                    title: format!("M-tag #{}: {}", t.id, p.title),
                    description: format!("{}\n\nRaised in the CIL round by {}.", t.description, user.display_name),
                    due_date: None,
                    source: json!({"from_tag": tag_id}),
                },
            )
            .await?;
            tags::set_work_order(&txn, t, wo.id).await?;
        }
    }
    let c = tpm::insert_check(
        &txn,
        tpm::NewCheck { point_id: p.id, day, ok, note, reading, checked_by: Some(user.id), checked_at: at, tag_id },
    )
    .await?;
    {
        // the day's round complete: its reminders are settled
        use crate::repo::{reminder_items, reminders};
        use domain::reminder::ItemType;
        let sel = reminder_items::Select::Ids(vec![p.site_id]);
        let open = reminder_items::items(&txn, ItemType::CilRound, p.site_id, day, &sel).await?;
        if !open.iter().any(|i| i.due == day) {
            reminders::settle_occurrences(&txn, ItemType::CilRound, p.site_id, Some(day), now).await?;
        }
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("cil.check", "cil_point", p.id)
            .site(Some(p.site_id))
            .after(json!({"day": day, "ok": ok, "tag": tag_id, "check": c.id})),
    )
    .await?;
    txn.commit().await?;
    Ok(tag_id)
}
