//! Findings: raised from a failed item or by hand, listed with their actions.
use super::*;

/// Links the finding to the action just written in `txn`. A finding that got its action
/// meanwhile (a second tap, another person) refuses, and the transaction with the action it
/// wrote is rolled back: never an orphan action.
pub async fn link_action(
    txn: &sea_orm::DatabaseTransaction,
    finding_id: i64,
    action: finding_rows::Action,
    root_cause: Option<&str>,
) -> Result<(), AppError> {
    if !finding_rows::link_action(txn, finding_id, action, root_cause).await? {
        return Err(AppError::Conflict("This finding already has its action.".into()));
    }
    Ok(())
}

pub async fn findings_of(state: &AppState, inspection_ids: &[i64]) -> Result<Vec<FindingDto>, AppError> {
    let rows = finding_rows::of_inspections(&state.db, inspection_ids).await?;
    let capas: HashMap<i64, ca::Model> = crate::repo::capa::by_ids(&state.db, rows.iter().filter_map(|f| f.capa_id))
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let wos: HashMap<i64, wo::Model> =
        crate::repo::work_orders::by_ids(&state.db, rows.iter().filter_map(|f| f.work_order_id))
            .await?
            .into_iter()
            .map(|w| (w.id, w))
            .collect();
    let owner_ids: Vec<i64> = capas.values().map(|c| c.owner_id).collect();
    let owners: HashMap<i64, String> =
        users::by_ids(&state.db, &owner_ids).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    Ok(rows
        .into_iter()
        .map(|f| {
            let capa = f.capa_id.and_then(|c| capas.get(&c));
            let wo = f.work_order_id.and_then(|w| wos.get(&w));
            FindingDto {
                id: f.id,
                inspection_id: f.inspection_id,
                item_index: f.item_index,
                capa_status: capa.map(|c| c.status.clone()).unwrap_or_default(),
                work_order_status: wo.map(|w| w.status.clone()).unwrap_or_default(),
                action_owner: capa.and_then(|c| owners.get(&c.owner_id).cloned()).unwrap_or_default(),
                action_due: capa.map(|c| c.due_date).or_else(|| wo.and_then(|w| w.due_date)),
                grade: f.grade,
                title: f.title,
                description: f.description,
                clauses: f.clauses,
                root_cause: f.root_cause,
                status: f.status,
                capa_id: f.capa_id,
                work_order_id: f.work_order_id,
            }
        })
        .collect())
}

/// Raises a finding, from a failed item (pre-filled from it) or on its own.
pub async fn raise_finding(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    item_index: Option<i32>,
    grade: &str,
    title: &str,
    description: &str,
) -> Result<FindingDto, AppError> {
    let now = state.now();
    let r = access::inspection(state, user, id, Permission::RunAudits).await?;
    let v = inspections::version_by_id(&state.db, r.version_id).await?.ok_or(AppError::NotFound)?;
    let items = items_of(&v);
    let item = match item_index {
        Some(i) => Some(items.get(i as usize).ok_or(AppError::NotFound)?),
        None => None,
    };
    let mut e = FieldErrors::new();
    // grading a nonconformity is ManageAudits; whoever runs the audit may record the rest
    let may_grade = user.can(Target::Site(r.site_id), Permission::ManageAudits, now.date_naive());
    let grade = match grade.trim() {
        "" if !may_grade => Some(Grade::Observation),
        "" => Some(Grade::proposed(item.is_some_and(|i| i.critical))),
        g => e.check("grade", Grade::parse(g).ok_or("Choose a grade.")),
    };
    if grade.is_some_and(Grade::is_nonconformity) && !may_grade {
        return Err(AppError::Forbidden);
    }
    let title = match (title.trim(), item) {
        ("", Some(i)) => Some(i.text.chars().take(200).collect()),
        (t, _) => e.check("title", required_text(t, 200)),
    };
    if description.chars().count() > 5000 {
        e.add("description", "Use at most 5000 characters.");
    }
    let (grade, title) = e.finish((grade, title))?;
    let txn = begin_write(&state.db).await?;
    let new = finding_rows::NewFinding {
        site_id: r.site_id,
        inspection_id: r.id,
        item_index,
        grade: grade.as_str(),
        title,
        description: description.trim(),
        clauses: item.map(|i| i.clauses.join("; ")).unwrap_or_default(),
        created_by: Some(user.id),
    };
    let f = finding_rows::insert(&txn, new, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("finding.raise", "finding", f.id)
            .site(Some(r.site_id))
            .after(json!({"inspection_id": r.id, "item": item_index, "grade": f.grade, "title": f.title})),
    )
    .await?;
    txn.commit().await?;
    findings_of(state, &[r.id]).await?.into_iter().find(|x| x.id == f.id).ok_or(AppError::NotFound)
}
