//! Evidence queries.
use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use domain::evidence::EvidenceStatus;

use crate::entities::{evidence as ev, evidence_requirement as er, evidence_revision as erv};

pub async fn by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ev::Model>, DbErr> {
    ev::Entity::find_by_id(id).one(conn).await
}

/// The frameworks each evidence row serves (through its requirements), by evidence id.
pub async fn frameworks_of(conn: &impl ConnectionTrait, ids: &[i64]) -> Result<HashMap<i64, Vec<i64>>, DbErr> {
    let links = er::Entity::find().filter(er::Column::EvidenceId.is_in(ids.iter().copied())).all(conn).await?;
    let reqs: HashMap<i64, i64> = super::frameworks::requirements_by_ids(conn, links.iter().map(|l| l.requirement_id))
        .await?
        .into_iter()
        .map(|r| (r.id, r.framework_id))
        .collect();
    let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
    for l in links {
        if let Some(f) = reqs.get(&l.requirement_id) {
            out.entry(l.evidence_id).or_default().push(*f);
        }
    }
    Ok(out)
}

/// A site's evidence, newest first, optionally only one status; one page.
pub async fn page_for_site(
    conn: &impl ConnectionTrait,
    site_id: i64,
    status: Option<&str>,
    offset: u64,
    limit: u64,
) -> Result<Vec<ev::Model>, DbErr> {
    let mut q = ev::Entity::find().filter(ev::Column::SiteId.eq(site_id));
    if let Some(s) = status {
        q = q.filter(ev::Column::Status.eq(s));
    }
    q.order_by_desc(ev::Column::Id).offset(offset).limit(limit).all(conn).await
}

/// Evidence filed for a record (its origin key), if any.
pub async fn by_origin_key(conn: &impl ConnectionTrait, key: &str) -> Result<Option<ev::Model>, DbErr> {
    ev::Entity::find().filter(ev::Column::OriginKey.eq(key)).one(conn).await
}

/// A site's approved evidence valid only until before `today`: the next 500 of them.
pub async fn approved_past_validity(
    conn: &impl ConnectionTrait,
    site_id: i64,
    today: NaiveDate,
) -> Result<Vec<ev::Model>, DbErr> {
    ev::Entity::find()
        .filter(ev::Column::SiteId.eq(site_id))
        .filter(ev::Column::Status.eq(EvidenceStatus::Approved.as_str()))
        .filter(ev::Column::ValidUntil.lt(today))
        .order_by_asc(ev::Column::Id)
        .limit(500)
        .all(conn)
        .await
}

/// An evidence row to insert.
pub struct NewEvidence<'a> {
    pub site_id: i64,
    pub title: String,
    pub kind: &'a str,
    pub url: String,
    pub record_type: String,
    pub record_id: Option<i64>,
    pub effective_date: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub owner_id: i64,
    pub status: &'a str,
    pub origin: &'a str,
    pub origin_key: Option<String>,
    pub revision: i32,
    pub approved_by: Option<i64>,
    pub approved_at: Option<DateTime<Utc>>,
    pub created_by: Option<i64>,
}

pub async fn insert(conn: &impl ConnectionTrait, e: NewEvidence<'_>, now: DateTime<Utc>) -> Result<ev::Model, DbErr> {
    ev::ActiveModel {
        site_id: Set(e.site_id),
        title: Set(e.title),
        kind: Set(e.kind.into()),
        url: Set(e.url),
        record_type: Set(e.record_type),
        record_id: Set(e.record_id),
        effective_date: Set(e.effective_date),
        valid_until: Set(e.valid_until),
        owner_id: Set(e.owner_id),
        status: Set(e.status.into()),
        origin: Set(e.origin.into()),
        origin_key: Set(e.origin_key),
        revision: Set(e.revision),
        approved_by: Set(e.approved_by),
        approved_at: Set(e.approved_at),
        created_by: Set(e.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// Writes the effective and valid-until dates of a row.
pub async fn set_dates(conn: &impl ConnectionTrait, row: ev::Model) -> Result<ev::Model, DbErr> {
    let (effective, valid_until) = (row.effective_date, row.valid_until);
    let mut am: ev::ActiveModel = row.into();
    am.effective_date = Set(effective);
    am.valid_until = Set(valid_until);
    am.update(conn).await
}

/// Counts a new revision and sets the status (the approval is cleared).
pub async fn bump_revision(
    conn: &impl ConnectionTrait,
    row: ev::Model,
    status: &str,
    now: DateTime<Utc>,
) -> Result<ev::Model, DbErr> {
    let revision = row.revision + 1;
    let mut am: ev::ActiveModel = row.into();
    am.revision = Set(revision);
    am.status = Set(status.into());
    am.approved_by = Set(None);
    am.approved_at = Set(None);
    am.updated_at = Set(now);
    am.update(conn).await
}

/// Sets the status; `approved`: who approved it and when.
pub async fn set_status(
    conn: &impl ConnectionTrait,
    row: ev::Model,
    status: &str,
    approved: Option<(i64, DateTime<Utc>)>,
    now: DateTime<Utc>,
) -> Result<ev::Model, DbErr> {
    let mut am: ev::ActiveModel = row.into();
    am.status = Set(status.into());
    if let Some((by, at)) = approved {
        am.approved_by = Set(Some(by));
        am.approved_at = Set(Some(at));
    }
    am.updated_at = Set(now);
    am.update(conn).await
}

/// The requirement links of these evidence rows, in the order they were made.
pub async fn links_of(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<er::Model>, DbErr> {
    er::Entity::find().filter(er::Column::EvidenceId.is_in(ids)).order_by_asc(er::Column::Id).all(conn).await
}

/// The requirement links of one evidence row.
pub async fn requirement_links(conn: &impl ConnectionTrait, evidence_id: i64) -> Result<Vec<er::Model>, DbErr> {
    er::Entity::find().filter(er::Column::EvidenceId.eq(evidence_id)).all(conn).await
}

/// Links an evidence row to requirements, in one statement.
pub async fn insert_links(
    conn: &impl ConnectionTrait,
    evidence_id: i64,
    requirement_ids: Vec<i64>,
) -> Result<(), DbErr> {
    let rows = requirement_ids.into_iter().map(|r| er::ActiveModel {
        evidence_id: Set(evidence_id),
        requirement_id: Set(r),
        ..Default::default()
    });
    er::Entity::insert_many(rows).exec(conn).await?;
    Ok(())
}

/// The revisions of an evidence row, newest first.
pub async fn revisions(conn: &impl ConnectionTrait, evidence_id: i64) -> Result<Vec<erv::Model>, DbErr> {
    erv::Entity::find()
        .filter(erv::Column::EvidenceId.eq(evidence_id))
        .order_by_desc(erv::Column::Number)
        .all(conn)
        .await
}

/// A revision row to insert.
pub struct NewRevision<'a> {
    pub evidence_id: i64,
    pub number: i32,
    pub attachment_id: Option<i64>,
    pub url: &'a str,
    pub sha256: String,
    pub effective_date: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub note: String,
    pub created_by: Option<i64>,
}

pub async fn insert_revision(
    conn: &impl ConnectionTrait,
    r: NewRevision<'_>,
    now: DateTime<Utc>,
) -> Result<erv::Model, DbErr> {
    erv::ActiveModel {
        evidence_id: Set(r.evidence_id),
        number: Set(r.number),
        attachment_id: Set(r.attachment_id),
        url: Set(r.url.into()),
        sha256: Set(r.sha256),
        effective_date: Set(r.effective_date),
        valid_until: Set(r.valid_until),
        note: Set(r.note),
        created_by: Set(r.created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The approved evidence of a site among `ids`, effective by `to`, oldest first.
pub async fn approved_among(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
    site_id: i64,
    to: NaiveDate,
) -> Result<Vec<ev::Model>, DbErr> {
    ev::Entity::find()
        .filter(ev::Column::Id.is_in(ids))
        .filter(ev::Column::SiteId.eq(site_id))
        .filter(ev::Column::Status.eq(EvidenceStatus::Approved.as_str()))
        .filter(ev::Column::EffectiveDate.lte(to))
        .order_by_asc(ev::Column::Id)
        .all(conn)
        .await
}

/// The evidence links to these requirements.
pub async fn links_to(
    conn: &impl ConnectionTrait,
    requirement_ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<er::Model>, DbErr> {
    er::Entity::find().filter(er::Column::RequirementId.is_in(requirement_ids)).all(conn).await
}

/// The revisions of these evidence rows.
pub async fn revisions_of(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<erv::Model>, DbErr> {
    erv::Entity::find().filter(erv::Column::EvidenceId.is_in(ids)).all(conn).await
}

/// The evidence of a site among `ids`, latest effective first.
pub async fn of_site_among(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
    site_id: i64,
) -> Result<Vec<ev::Model>, DbErr> {
    ev::Entity::find()
        .filter(ev::Column::Id.is_in(ids))
        .filter(ev::Column::SiteId.eq(site_id))
        .order_by_desc(ev::Column::EffectiveDate)
        .all(conn)
        .await
}
