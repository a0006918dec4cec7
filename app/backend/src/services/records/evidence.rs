//! Compliance evidence: filed by hand (a file, a link, or a record inside Gemba) or by the work
//! itself (a mapped PM work order or audit, dated when it was done); revisions keep every file
//! with its SHA-256; review and approval (an e-signature: the password again); expiry by a job.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;
use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{attachment as at, evidence as ev, evidence_revision as erv};
use crate::repo::{self, evidence, grants, users};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::files::{self, Document, StoredFile};
use crate::state::AppState;
use contract::dto::compliance::{EvidenceDetail, EvidenceDto, RevisionDto};
use contract::error::AppError;
use domain::authz::{Permission, Role, Target};
use domain::evidence::{
    EvidenceAction, EvidenceKind, EvidenceStatus, RecordType, check_dates, expires, is_current, transition,
};
use domain::validation::{FieldErrors, required_text};

/// Evidence items per page.
pub const PAGE: u64 = 50;

/// A new evidence item, as typed in the form.
#[derive(Debug, Clone, Default)]
pub struct NewEvidence {
    pub title: String,
    pub kind: String,
    pub url: String,
    pub record_type: String,
    pub record_id: Option<i64>,
    pub requirement_ids: Vec<i64>,
    pub effective_date: String,
    pub valid_until: String,
    pub owner_id: Option<i64>,
}

fn check_url(url: &str) -> Result<String, &'static str> {
    let u = url.trim();
    if (u.starts_with("https://") || u.starts_with("http://")) && u.len() <= 2000 && !u.contains(char::is_whitespace) {
        Ok(u.into())
    } else {
        Err("Give a web address starting with https:// or http://.")
    }
}

/// Evidence rows as DTOs (owner and approver names, requirement ids, current on `today`).
pub async fn dtos(state: &AppState, rows: Vec<ev::Model>, today: NaiveDate) -> Result<Vec<EvidenceDto>, AppError> {
    let mut ids: Vec<i64> = rows.iter().flat_map(|r| [Some(r.owner_id), r.approved_by]).flatten().collect();
    ids.sort();
    ids.dedup();
    let names: HashMap<i64, String> =
        users::by_ids(&state.db, &ids).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    let links = evidence::links_of(&state.db, rows.iter().map(|r| r.id)).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let status = EvidenceStatus::parse(&r.status).unwrap_or(EvidenceStatus::Draft);
            EvidenceDto {
                current: is_current(status, r.effective_date, r.valid_until, today),
                requirement_ids: links.iter().filter(|l| l.evidence_id == r.id).map(|l| l.requirement_id).collect(),
                owner_name: names.get(&r.owner_id).cloned().unwrap_or_default(),
                approved_by: r.approved_by.and_then(|a| names.get(&a).cloned()).unwrap_or_default(),
                id: r.id,
                site_id: r.site_id,
                title: r.title,
                kind: r.kind,
                url: r.url,
                record_type: r.record_type,
                record_id: r.record_id,
                effective_date: r.effective_date,
                valid_until: r.valid_until,
                owner_id: r.owner_id,
                status: r.status,
                origin: r.origin,
                revision: r.revision,
                approved_at: r.approved_at,
            }
        })
        .collect())
}

/// Evidence of a site, newest first, optionally only one status; paginated.
pub async fn list(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    status: Option<&str>,
    page: u64,
) -> Result<Vec<EvidenceDto>, AppError> {
    let allowed = crate::services::access::framework_scope(state, user, site_id).await?;
    let status = status.and_then(EvidenceStatus::parse).map(|s| s.as_str());
    // pages count from 0 here; past the last honoured page a list is empty (found by the API fuzz:
    // a page near u64::MAX overflowed the offset)
    let (offset, limit) = crate::repo::paging(i64::try_from(page).unwrap_or(i64::MAX).saturating_add(1), PAGE as i64);
    let mut rows = evidence::page_for_site(&state.db, site_id, status, offset, limit).await?;
    if let Some(allowed) = allowed {
        let fws = evidence::frameworks_of(&state.db, &rows.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
        rows.retain(|r| fws.get(&r.id).is_some_and(|f| f.iter().any(|x| allowed.contains(x))));
    }
    let today = crate::services::calendar::today_on(state, site_id).await?;
    dtos(state, rows, today).await
}

async fn check_requirements(state: &AppState, ids: &[i64], e: &mut FieldErrors) -> Result<(), AppError> {
    if ids.is_empty() {
        e.add("requirement_ids", "Choose at least one requirement this evidence supports.");
        return Ok(());
    }
    let found = repo::frameworks::requirements_by_ids(&state.db, ids.iter().copied()).await?;
    if found.len() != ids.len() {
        e.add("requirement_ids", "One of the requirements does not exist.");
    }
    Ok(())
}

async fn check_record(
    state: &AppState,
    site_id: i64,
    record_type: &str,
    record_id: Option<i64>,
    e: &mut FieldErrors,
) -> Result<Option<(RecordType, i64)>, AppError> {
    let Some(t) = e.check("record_type", RecordType::parse(record_type).ok_or("Choose what kind of record it is."))
    else {
        return Ok(None);
    };
    let Some(id) = e.check("record_id", record_id.ok_or("Give the record's number.")) else { return Ok(None) };
    let site = match t {
        RecordType::WorkOrder => repo::work_orders::by_id(&state.db, id).await?.map(|r| r.site_id),
        RecordType::Inspection => repo::inspections::by_id(&state.db, id).await?.map(|r| r.site_id),
        RecordType::Capa => repo::capa::by_id(&state.db, id).await?.map(|r| r.site_id),
        RecordType::PersonCertification => {
            repo::certifications::person_cert_by_id(&state.db, id).await?.map(|r| r.site_id)
        }
    };
    if site != Some(site_id) {
        e.add("record_id", "No such record on this site.");
        return Ok(None);
    }
    Ok(Some((t, id)))
}

/// Files a new evidence item as a draft (a file is added as its first revision afterwards).
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    input: NewEvidence,
) -> Result<EvidenceDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCompliance, state.today())?;
    let today = crate::services::calendar::today_on(state, site_id).await?;
    let mut e = FieldErrors::new();
    let title = e.check("title", required_text(&input.title, 200));
    let kind = e.check("kind", EvidenceKind::parse(&input.kind).ok_or("Choose a file, a link or a record."));
    let url = match kind {
        Some(EvidenceKind::Link) => e.check("url", check_url(&input.url)),
        _ => Some(String::new()),
    };
    let record = match kind {
        Some(EvidenceKind::Record) => check_record(state, site_id, &input.record_type, input.record_id, &mut e).await?,
        _ => None,
    };
    let effective = e.optional_date("effective_date", &input.effective_date).unwrap_or(today);
    let valid_until = e.optional_date("valid_until", &input.valid_until);
    e.check("valid_until", check_dates(effective, valid_until));
    check_requirements(state, &input.requirement_ids, &mut e).await?;
    let owner = input.owner_id.unwrap_or(user.id);
    let works_here = grants::for_user(&state.db, owner)
        .await?
        .iter()
        .filter_map(grants::to_domain)
        .any(|g| g.active_on(today) && g.covers(site_id) && g.role != Role::Auditor);
    if !works_here {
        e.add("owner_id", "The owner must work on this site.");
    }
    let (kind, title) = e.finish((kind, title))?;
    let txn = begin_write(&state.db).await?;
    let new = evidence::NewEvidence {
        site_id,
        title,
        kind: kind.as_str(),
        url: url.clone().unwrap_or_default(),
        record_type: record.map(|r| r.0.as_str().to_string()).unwrap_or_default(),
        record_id: record.map(|r| r.1),
        effective_date: effective,
        valid_until,
        owner_id: owner,
        status: EvidenceStatus::Draft.as_str(),
        origin: "manual",
        origin_key: None,
        revision: 0,
        approved_by: None,
        approved_at: None,
        created_by: Some(user.id),
    };
    let row = evidence::insert(&txn, new, now).await?;
    link_requirements(&txn, row.id, &input.requirement_ids).await?;
    let mut row = row;
    if kind != EvidenceKind::File {
        // a link or a record is its own first revision
        add_revision(&txn, &row, None, &row.url.clone(), "", Some(user.id), now).await?;
        row = bump(&txn, row, EvidenceStatus::Draft, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("evidence.create", "evidence", row.id).site(Some(site_id)).after(json!({
            "title": row.title, "kind": row.kind, "url": row.url, "record": format!("{}:{}", row.record_type, row.record_id.unwrap_or(0)),
            "requirements": input.requirement_ids, "effective_date": row.effective_date, "valid_until": row.valid_until,
            "owner_id": row.owner_id})),
    )
    .await?;
    txn.commit().await?;
    crate::services::one(dtos(state, vec![row], today).await?)
}

async fn link_requirements(conn: &impl ConnectionTrait, evidence_id: i64, ids: &[i64]) -> Result<(), AppError> {
    let mut ids = ids.to_vec();
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return Ok(());
    }
    evidence::insert_links(conn, evidence_id, ids).await?;
    Ok(())
}

async fn add_revision(
    conn: &impl ConnectionTrait,
    row: &ev::Model,
    file: Option<(i64, &str)>,
    url: &str,
    note: &str,
    by: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<erv::Model, AppError> {
    let new = evidence::NewRevision {
        evidence_id: row.id,
        number: row.revision + 1,
        attachment_id: file.map(|f| f.0),
        url,
        sha256: file.map(|f| f.1.to_string()).unwrap_or_default(),
        effective_date: row.effective_date,
        valid_until: row.valid_until,
        note: note.into(),
        created_by: by,
    };
    Ok(evidence::insert_revision(conn, new, now).await?)
}

/// Counts a new revision and sets the status.
async fn bump(
    conn: &impl ConnectionTrait,
    row: ev::Model,
    status: EvidenceStatus,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<ev::Model, AppError> {
    Ok(evidence::bump_revision(conn, row, status.as_str(), now).await?)
}

/// A new file revision: stored with its SHA-256; the item goes back to draft for review.
pub async fn add_file(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    doc: Document,
    dates: (&str, &str),
    note: &str,
) -> Result<EvidenceDetail, AppError> {
    let now = state.now();
    let mut row = evidence::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(row.site_id), Permission::ManageCompliance, state.today())?;
    if row.kind != EvidenceKind::File.as_str() {
        return Err(AppError::validation("file", "This evidence is a link or a record, not a file."));
    }
    let mut e = FieldErrors::new();
    if let Some(d) = e.optional_date("effective_date", dates.0) {
        row.effective_date = d;
    }
    if !dates.1.trim().is_empty() {
        row.valid_until = e.optional_date("valid_until", dates.1);
    }
    e.check("valid_until", check_dates(row.effective_date, row.valid_until));
    if note.chars().count() > 2000 {
        e.add("note", "Use at most 2000 characters.");
    }
    e.into_result()?;
    let status = EvidenceStatus::parse(&row.status).unwrap_or(EvidenceStatus::Draft);
    let today = crate::services::calendar::today_on(state, row.site_id).await?;
    let next = transition(status, EvidenceAction::Revise, row.valid_until, today)
        .map_err(|err| AppError::Conflict(err.to_string()))?;
    let (storage_name, sha) = files::write_file(state, &doc.bytes, None).await?;
    let file = StoredFile {
        name: &doc.name,
        content_type: doc.content_type,
        size: doc.bytes.len(),
        storage_name: &storage_name,
        sha256: &sha,
    };
    let result = async {
        let txn = begin_write(&state.db).await?;
        let a = files::insert_attachment(&txn, &user.actor(), (row.site_id, "evidence", row.id), &file, now).await?;
        let before = json!({"status": row.status, "revision": row.revision});
        let row = evidence::set_dates(&txn, row.clone()).await?;
        let rev = add_revision(&txn, &row, Some((a.id, &sha)), "", note.trim(), Some(user.id), now).await?;
        let row = bump(&txn, row, next, now).await?;
        // a new revision renews the evidence: what was pending about the old one is settled
        crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::Evidence, row.id, now).await?;
        audit::record(
            &txn,
            &user.actor(),
            now,
            Change::new("evidence.revise", "evidence", row.id).site(Some(row.site_id)).before(before).after(json!({
                "status": row.status, "revision": rev.number, "file": a.id, "sha256": sha, "bytes": file.size,
                "effective_date": row.effective_date, "valid_until": row.valid_until})),
        )
        .await?;
        txn.commit().await?;
        Ok::<_, AppError>(())
    }
    .await;
    if let Err(err) = result {
        files::discard(state, &storage_name).await;
        return Err(err);
    }
    detail(state, user, id).await
}

/// Submits, approves (the password again: an e-signature) or rejects an item.
pub async fn act(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    action: &str,
    password: &str,
    reason: &str,
) -> Result<EvidenceDto, AppError> {
    let now = state.now();
    let row = evidence::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(row.site_id), Permission::ManageCompliance, state.today())?;
    let Some(action) = EvidenceAction::parse(action).filter(|a| *a != EvidenceAction::Revise) else {
        return Err(AppError::validation("action", "Choose submit, approve or reject."));
    };
    let today = crate::services::calendar::today_on(state, row.site_id).await?;
    let status = EvidenceStatus::parse(&row.status).unwrap_or(EvidenceStatus::Draft);
    let next = transition(status, action, row.valid_until, today).map_err(|err| AppError::Conflict(err.to_string()))?;
    let mut e = FieldErrors::new();
    if action == EvidenceAction::Submit && row.revision == 0 {
        e.add("file", "Upload the file before submitting it for review.");
    }
    if action == EvidenceAction::Approve {
        crate::services::esign::confirm(state, user, password, "evidence.approve", "password", &mut e).await?;
    }
    if action == EvidenceAction::Reject && reason.trim().is_empty() {
        e.add("reason", "Say why it is rejected.");
    }
    e.into_result()?;
    let txn = begin_write(&state.db).await?;
    let before = json!({"status": row.status});
    let approved = (next == EvidenceStatus::Approved).then_some((user.id, now));
    let row = evidence::set_status(&txn, row, next.as_str(), approved, now).await?;
    crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::Evidence, row.id, now).await?;
    let verb = match action {
        EvidenceAction::Submit => "evidence.submit",
        EvidenceAction::Approve => "evidence.approve",
        _ => "evidence.reject",
    };
    let mut change = Change::new(verb, "evidence", row.id)
        .site(Some(row.site_id))
        .before(before)
        .after(json!({"status": row.status, "revision": row.revision}));
    if action == EvidenceAction::Approve {
        change = change.reason(Some("e-signed with password".into()));
    } else if action == EvidenceAction::Reject {
        change = change.reason(Some(reason.trim().to_string()));
    }
    audit::record(&txn, &user.actor(), now, change).await?;
    txn.commit().await?;
    crate::services::one(dtos(state, vec![row], today).await?)
}

/// An item with its requirements and revisions, each file checked against its SHA-256.
pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<EvidenceDetail, AppError> {
    let row = access::evidence(state, user, id).await?;
    let today = crate::services::calendar::today_on(state, row.site_id).await?;
    let can_manage = user.can(Target::Site(row.site_id), Permission::ManageCompliance, state.today());
    let reqs = evidence::requirement_links(&state.db, row.id).await?;
    let requirements = repo::frameworks::requirements_by_ids(&state.db, reqs.iter().map(|r| r.requirement_id))
        .await?
        .into_iter()
        .map(repo::frameworks::requirement_dto)
        .collect();
    let revs = evidence::revisions(&state.db, row.id).await?;
    let files: HashMap<i64, at::Model> =
        repo::attachments::by_ids(&state.db, revs.iter().filter_map(|r| r.attachment_id))
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
    let names: HashMap<i64, String> =
        users::by_ids(&state.db, &revs.iter().filter_map(|r| r.created_by).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
    let mut revisions = Vec::new();
    for r in revs {
        let file = r.attachment_id.and_then(|a| files.get(&a));
        let intact = match file {
            Some(a) => Some(a.sha256 == r.sha256 && files::intact(state, a).await),
            None => None,
        };
        revisions.push(RevisionDto {
            number: r.number,
            file_id: r.attachment_id,
            file_name: file.map(|a| a.original_name.clone()).unwrap_or_default(),
            size_bytes: file.map(|a| a.size_bytes).unwrap_or(0),
            url: r.url,
            sha256: r.sha256,
            intact,
            effective_date: r.effective_date,
            valid_until: r.valid_until,
            note: r.note,
            created_by: r.created_by.and_then(|u| names.get(&u).cloned()).unwrap_or_else(|| "Gemba".into()),
            created_at: r.created_at,
        });
    }
    Ok(EvidenceDetail {
        evidence: crate::services::one(dtos(state, vec![row], today).await?)?,
        requirements,
        revisions,
        can_manage,
    })
}

/// The expiry job: approved evidence past its validity (on its site's calendar) becomes expired,
/// each with its audit entry in the same transaction. Returns how many expired.
pub async fn expire_due(state: &AppState) -> Result<usize, AppError> {
    let now = state.now();
    let mut done = 0;
    for (site_id, today) in crate::services::calendar::todays(state).await? {
        loop {
            let batch = evidence::approved_past_validity(&state.db, site_id, today).await?;
            if batch.is_empty() {
                break;
            }
            let txn = begin_write(&state.db).await?;
            for r in batch {
                let status = EvidenceStatus::parse(&r.status).unwrap_or(EvidenceStatus::Draft);
                if !expires(status, r.valid_until, today) {
                    continue;
                }
                let (id, valid_until) = (r.id, r.valid_until);
                evidence::set_status(&txn, r, EvidenceStatus::Expired.as_str(), None, now).await?;
                audit::record(
                    &txn,
                    &Actor::system(),
                    now,
                    Change::new("evidence.expire", "evidence", id)
                        .site(Some(site_id))
                        .before(json!({"status": "approved"}))
                        .after(json!({"status": "expired", "valid_until": valid_until})),
                )
                .await?;
                done += 1;
            }
            txn.commit().await?;
        }
    }
    Ok(done)
}

/// A piece of work that was just signed off, as `from_work` needs it.
pub struct WorkDone<'a> {
    pub site_id: i64,
    /// What was mapped: ("pm_schedule" | "inspection_template" | "cert_type", id)
    pub source: (&'a str, i64),
    /// The record that proves it
    pub record: (RecordType, i64),
    pub title: &'a str,
    /// When it was done, on the site's calendar
    pub done_on: NaiveDate,
}

/// Evidence from the work itself: a completed PM work order or a signed-off audit whose schedule
/// or template is mapped to requirements becomes approved evidence for them, dated by when it was
/// done and valid for the shortest frequency among them. Runs in the caller's transaction; does
/// nothing when nothing is mapped. Returns the evidence id.
pub async fn from_work(
    txn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    work: WorkDone<'_>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<i64>, AppError> {
    let WorkDone { site_id, source: (source_type, source_id), record: (record_type, record_id), title, done_on } = work;
    let reqs = repo::frameworks::mapped(txn, source_type, source_id).await?;
    if reqs.is_empty() {
        return Ok(None);
    }
    let valid_until = reqs
        .iter()
        .filter_map(|r| r.every_months)
        .min()
        .and_then(|m| done_on.checked_add_months(chrono::Months::new(m as u32)))
        .and_then(|d| d.pred_opt());
    let key = format!("{}:{record_id}", record_type.as_str());
    if evidence::by_origin_key(txn, &key).await?.is_some() {
        return Ok(None);
    }
    let owner = actor.user_id.ok_or_else(|| AppError::internal("work evidence needs a person"))?;
    let new = evidence::NewEvidence {
        site_id,
        title: title.chars().take(200).collect(),
        kind: EvidenceKind::Record.as_str(),
        url: String::new(),
        record_type: record_type.as_str().into(),
        record_id: Some(record_id),
        effective_date: done_on,
        valid_until,
        owner_id: owner,
        status: EvidenceStatus::Approved.as_str(),
        origin: "auto",
        origin_key: Some(key),
        revision: 1,
        approved_by: Some(owner),
        approved_at: Some(now),
        created_by: Some(owner),
    };
    let row = evidence::insert(txn, new, now).await?;
    let ids: Vec<i64> = reqs.iter().map(|r| r.id).collect();
    link_requirements(txn, row.id, &ids).await?;
    let rev = evidence::NewRevision {
        evidence_id: row.id,
        number: 1,
        attachment_id: None,
        url: "",
        sha256: String::new(),
        effective_date: done_on,
        valid_until,
        note: format!("Filed when {} #{record_id} was signed off.", record_type.label().to_lowercase()),
        created_by: Some(owner),
    };
    evidence::insert_revision(txn, rev, now).await?;
    audit::record(
        txn,
        actor,
        now,
        Change::new("evidence.from_work", "evidence", row.id).site(Some(site_id)).after(json!({
            "source": format!("{source_type}:{source_id}"), "record": format!("{}:{record_id}", record_type.as_str()),
            "requirements": ids, "effective_date": done_on, "valid_until": valid_until, "status": "approved"})),
    )
    .await?;
    Ok(Some(row.id))
}
