//! Running an audit: the list, its page, answers and photos.
use super::*;

pub async fn answers_of(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<ia::Model>, AppError> {
    Ok(inspections::answers_of(conn, ids).await?)
}

pub fn answer_list(items: &[Item], answers: &[ia::Model]) -> Vec<Option<Answer>> {
    let mut out: Vec<Option<Answer>> = vec![None; items.len()];
    for a in answers {
        if let Some(slot) = out.get_mut(a.item_index as usize) {
            *slot = serde_json::from_str(&a.answer).ok();
        }
    }
    out
}

pub async fn dtos(state: &AppState, rows: Vec<ins::Model>) -> Result<Vec<InspectionDto>, AppError> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let answers = answers_of(&state.db, &ids).await?;
    let vids: Vec<i64> = rows.iter().map(|r| r.version_id).collect();
    let versions: HashMap<i64, iv::Model> =
        inspections::versions_by_ids(&state.db, vids).await?.into_iter().map(|v| (v.id, v)).collect();
    let tids: Vec<i64> = versions.values().map(|v| v.template_id).collect();
    let names: HashMap<i64, String> =
        inspections::templates_by_ids(&state.db, tids).await?.into_iter().map(|t| (t.id, t.name)).collect();
    let mut people: Vec<i64> = rows.iter().flat_map(|r| [r.lead_id, r.signed_by]).flatten().collect();
    people.sort();
    people.dedup();
    let who: HashMap<i64, String> =
        users::by_ids(&state.db, &people).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    Ok(rows
        .into_iter()
        .map(|r| {
            let v = versions.get(&r.version_id);
            let items = v.map(items_of).unwrap_or_default();
            let mine: Vec<ia::Model> = answers.iter().filter(|a| a.inspection_id == r.id).cloned().collect();
            let s = score(&items, &answer_list(&items, &mine), v.map(|v| v.pass_mark).unwrap_or(100.0));
            InspectionDto {
                id: r.id,
                site_id: r.site_id,
                title: r.title,
                status: r.status,
                due_date: r.due_date,
                lead_name: r.lead_id.and_then(|l| who.get(&l).cloned()).unwrap_or_default(),
                team: r.team,
                area: r.area,
                asset_id: r.asset_id,
                template_name: v.and_then(|v| names.get(&v.template_id).cloned()).unwrap_or_default(),
                version: v.map(|v| v.version).unwrap_or(0),
                score: s.percent.map(domain::kpi::round2),
                passed: r.passed,
                critical_failed: s.critical_failed,
                answered: s.answered as i32,
                total: s.total as i32,
                signed_by: r.signed_by.and_then(|l| who.get(&l).cloned()).unwrap_or_default(),
                signed_at: r.signed_at,
                auditee_name: r.auditee_name,
            }
        })
        .collect())
}

/// A site's audits and inspections: open ones by due date, or the done ones, newest first.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    done: bool,
) -> Result<Vec<InspectionDto>, AppError> {
    need(state, user, Target::Site(site_id), Permission::ViewAudits)?;
    let rows = inspections::list_for_site(&state.db, site_id, done).await?;
    dtos(state, rows).await
}

/// The audits and inspections `user` leads on the site that are not done, soonest due first.
pub async fn led_by(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    limit: u64,
) -> Result<Vec<InspectionDto>, AppError> {
    need(state, user, Target::Site(site_id), Permission::ViewAudits)?;
    let rows = inspections::open_led_by(&state.db, site_id, user.id, limit).await?;
    dtos(state, rows).await
}

/// An audit with its items, answers, score, findings and photos.
pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<InspectionDetail, AppError> {
    let today = state.today();
    let r = access::inspection(state, user, id, Permission::ViewAudits).await?;
    let v = inspections::version_by_id(&state.db, r.version_id).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let answers = answers_of(&state.db, &[r.id]).await?;
    let findings = findings_of(state, &[r.id]).await?;
    let photos = crate::services::files::ids_for_owners(state, "inspection", &[r.id]).await?;
    let item_photos = inspections::photos(&state.db, r.id).await?;
    let site = r.site_id;
    let open = r.status != "done";
    Ok(InspectionDetail {
        items: items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let a = answers.iter().find(|a| a.item_index == i as i32);
                let parsed: Option<Answer> = a.and_then(|a| serde_json::from_str(&a.answer).ok());
                RunItemDto {
                    item: item_dto(i, item),
                    failed: parsed.as_ref().is_some_and(|p| failed(&item.kind, p)),
                    answer: parsed.as_ref().map(answer_code),
                    note: a.map(|a| a.note.clone()).unwrap_or_default(),
                    finding_id: findings.iter().find(|f| f.item_index == Some(i as i32)).map(|f| f.id),
                    photo_ids: item_photos
                        .iter()
                        .filter(|p| p.item_index == Some(i as i32))
                        .map(|p| p.attachment_id)
                        .collect(),
                }
            })
            .collect(),
        findings,
        photo_ids: photos.get(&r.id).cloned().unwrap_or_default(),
        can_run: open && user.can(Target::Site(site), Permission::RunAudits, today),
        can_manage: user.can(Target::Site(site), Permission::ManageAudits, today),
        inspection: crate::services::one(dtos(state, vec![r]).await?)?,
    })
}

/// Saves one answer (and its note) at once, so a dropped connection loses nothing; the audit
/// starts with its first answer.
pub async fn answer(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    item_index: i32,
    raw: &str,
    note: &str,
) -> Result<RunItemDto, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    if r.status == "done" {
        return Err(AppError::Conflict("This audit is signed off; its answers no longer change.".into()));
    }
    let v = inspections::version_by_id(&state.db, r.version_id).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let item = items.get(item_index as usize).ok_or(AppError::NotFound)?;
    let a = parse_answer(&item.kind, raw).map_err(|e| AppError::validation("value", e.to_string()))?;
    if note.chars().count() > 2000 {
        return Err(AppError::validation("note", "Use at most 2000 characters."));
    }
    let txn = begin_write(&state.db).await?;
    let existing = inspections::answer(&txn, r.id, item_index).await?;
    let before = existing.as_ref().map(|e| e.answer.clone());
    let json_answer = serde_json::to_string(&a).map_err(AppError::internal)?;
    let text = inspections::AnswerText { answer: json_answer, note: note.trim(), answered_by: Some(user.id) };
    match existing {
        Some(e) => {
            inspections::update_answer(&txn, e, text, now).await?;
        }
        None => {
            inspections::insert_answer(&txn, r.id, item_index, text, now).await?;
        }
    }
    if r.status == "scheduled" {
        inspections::mark_started(&txn, r.clone(), now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.answer", "inspection", r.id)
            .site(Some(r.site_id))
            .before(before.map(|b| json!({"item": item_index, "answer": b})))
            .after(json!({"item": item_index, "answer": answer_code(&a)})),
    )
    .await?;
    txn.commit().await?;
    Ok(RunItemDto {
        item: item_dto(item_index as usize, item),
        failed: failed(&item.kind, &a),
        answer: Some(answer_code(&a)),
        note: note.trim().into(),
        finding_id: None,
        photo_ids: vec![],
    })
}

/// A photo taken during an audit, for one item (a photo item is answered by it) or the audit.
pub async fn add_photo(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    item_index: Option<i32>,
    photo: &crate::services::files::Photo,
) -> Result<i64, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    if r.status == "done" {
        return Err(AppError::Conflict("This audit is signed off.".into()));
    }
    let v = inspections::version_by_id(&state.db, r.version_id).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let item = match item_index {
        Some(i) => Some(items.get(i as usize).ok_or_else(|| AppError::validation("item_index", "No such item."))?),
        None => None,
    };
    let att = crate::services::files::store(state, &user.actor(), (r.site_id, "inspection", r.id), photo).await?;
    let txn = begin_write(&state.db).await?;
    inspections::insert_photo(&txn, r.id, item_index, att.id).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.photo", "inspection", r.id)
            .site(Some(r.site_id))
            .after(json!({"item": item_index, "attachment_id": att.id})),
    )
    .await?;
    txn.commit().await?;
    if item.is_some_and(|i| i.kind == ItemKind::Photo) {
        answer(state, user, id, item_index.unwrap_or(0), &format!("photo:{}", att.id), "").await?;
    }
    Ok(att.id)
}
