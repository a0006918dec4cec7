//! Scheduling audits: one on a date, or recurring (a schedule the generation job follows).
use super::*;

#[derive(Debug, Clone, Default)]
pub struct Repeat {
    /// fixed (every N days from the previous due date) or floating (N days after the last one
    /// was done): the preventive-maintenance rules.
    pub kind: String,
    pub every_days: String,
    pub lead_days: String,
}

/// A recurring audit: stored as a schedule; the generation job creates each occurrence (the form
/// runs it at once, so one due within the lead days appears immediately).
pub async fn schedule_recurring(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    n: NewInspection,
    r: Repeat,
) -> Result<i64, AppError> {
    use domain::pm::Trigger;
    let now = state.now();
    need(state, user, Target::Site(site_id), Permission::ManageAudits)?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let every = e.check(
        "every_days",
        r.every_days.trim().parse::<u32>().ok().filter(|d| (1..=3660).contains(d)).ok_or("Every 1 to 3660 days."),
    );
    let lead = match r.lead_days.trim() {
        "" => Some(0),
        l => e.check("lead_days", l.parse::<i32>().ok().filter(|d| (0..=365).contains(d)).ok_or("0 to 365 days.")),
    };
    let trigger = match (r.kind.as_str(), every) {
        ("fixed", Some(d)) => Some(Trigger::Fixed { every_days: d }),
        ("floating", Some(d)) => Some(Trigger::Floating { every_days: d }),
        (_, Some(_)) => e.check("repeat", Err::<Trigger, _>("Choose fixed or floating.")),
        _ => None,
    };
    let first = match n.due_date.trim() {
        "" => Some(local_today(&site.timezone, now)),
        d => e.check("due_date", dates::PLANNED.parse(d, "Give a date (YYYY-MM-DD).")),
    };
    let t = inspections::template_by_id(&state.db, n.template_id).await?;
    if t.is_none() {
        e.add("template_id", "Choose a template.");
    }
    let asset_id = match n.asset_tag.trim() {
        "" => None,
        tag => match assets::by_tag(&state.db, site_id, tag).await? {
            Some(a) => Some(a.id),
            None => {
                e.add("asset_tag", "No asset with this tag on this site.");
                None
            }
        },
    };
    let (trigger, first, lead) = e.finish((trigger, first, lead))?;
    let title = match n.title.trim() {
        "" => t.map(|t| t.name).unwrap_or_default(),
        x => x.chars().take(200).collect(),
    };
    let txn = begin_write(&state.db).await?;
    let new = inspections::NewSchedule {
        site_id,
        template_id: n.template_id,
        title,
        rule: serde_json::to_string(&trigger).map_err(AppError::internal)?,
        first_due: first,
        lead_days: lead,
        lead_id: n.lead_id.or(Some(user.id)),
        team: n.team.trim().chars().take(1000).collect(),
        area: n.area.trim().chars().take(200).collect(),
        asset_id,
        created_by: Some(user.id),
    };
    let row = inspections::insert_schedule(&txn, new, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection_schedule.create", "inspection_schedule", row.id)
            .site(Some(site_id))
            .after(json!({"template_id": row.template_id, "rule": row.rule, "first_due": row.first_due, "lead_days": row.lead_days})),
    )
    .await?;
    txn.commit().await?;
    Ok(row.id)
}

#[derive(Debug, Clone, Default)]
pub struct NewInspection {
    pub template_id: i64,
    pub title: String,
    pub due_date: String,
    pub lead_id: Option<i64>,
    pub team: String,
    pub area: String,
    pub asset_tag: String,
}

/// Schedules a one-off audit or inspection on a site with the template's published version.
pub async fn schedule(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    n: NewInspection,
) -> Result<InspectionDto, AppError> {
    let now = state.now();
    need(state, user, Target::Site(site_id), Permission::ManageAudits)?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let mut e = FieldErrors::new();
    let published = inspections::published_version(&state.db, n.template_id).await?;
    if published.is_none() {
        e.add("template_id", "Choose a template with a published version.");
    }
    let t = inspections::template_by_id(&state.db, n.template_id).await?;
    let title = match n.title.trim() {
        "" => t.as_ref().map(|t| t.name.clone()).unwrap_or_default(),
        x => x.chars().take(200).collect(),
    };
    let due = match n.due_date.trim() {
        "" => Some(local_today(&site.timezone, now)),
        d => e.check("due_date", dates::PLANNED.parse(d, "Give a date (YYYY-MM-DD).")),
    };
    let asset_id = match n.asset_tag.trim() {
        "" => None,
        tag => match assets::by_tag(&state.db, site_id, tag).await? {
            Some(a) => Some(a.id),
            None => {
                e.add("asset_tag", "No asset with this tag on this site.");
                None
            }
        },
    };
    if let Some(l) = n.lead_id
        && !crate::services::access::permitted_people(state, site_id, Permission::RunAudits)
            .await?
            .iter()
            .any(|p| p.id == l)
    {
        e.add("lead_id", "The lead auditor must be able to run audits on this site.");
    }
    let due = e.finish(due)?;
    let v = published.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let new = inspections::NewInspection {
        site_id,
        version_id: v.id,
        title,
        due_date: due,
        lead_id: n.lead_id.or(Some(user.id)),
        team: n.team.trim().chars().take(1000).collect(),
        asset_id,
        area: n.area.trim().chars().take(200).collect(),
        schedule_id: None,
        nominal_due: None,
        created_by: Some(user.id),
    };
    let row = inspections::insert(&txn, new, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("inspection.schedule", "inspection", row.id)
            .site(Some(site_id))
            .after(json!({"title": row.title, "version_id": v.id, "due_date": row.due_date})),
    )
    .await?;
    txn.commit().await?;
    crate::services::one(dtos(state, vec![row]).await?)
}

/// People who can lead an audit on a site.
pub async fn leads(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
) -> Result<Vec<contract::dto::maintenance::PersonDto>, AppError> {
    need(state, user, Target::Site(site_id), Permission::ManageAudits)?;
    crate::services::access::permitted_people(state, site_id, Permission::RunAudits).await
}
