//! Certification queries: organisation certificates and their audits, certification types, what
//! each role needs on a site, people's certifications.
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{
    cert_requirement as cr, cert_type as ct, certificate_audit as caud, org_certificate as oc, person_cert as pc,
};

// --- organisation certificates ----------------------------------------------------------------

pub async fn certificate_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<oc::Model>, DbErr> {
    oc::Entity::find_by_id(id).one(conn).await
}

/// A site's certificates, oldest first.
pub async fn certificates_for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<oc::Model>, DbErr> {
    oc::Entity::find().filter(oc::Column::SiteId.eq(site_id)).order_by_asc(oc::Column::Id).all(conn).await
}

/// A site's certificates in the order the database gives them.
pub async fn certificates_of_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<oc::Model>, DbErr> {
    oc::Entity::find().filter(oc::Column::SiteId.eq(site_id)).all(conn).await
}

/// A certificate row to insert (checked already).
pub struct NewCertificate<'a> {
    pub site_id: i64,
    pub framework_id: Option<i64>,
    pub standard: String,
    pub body: String,
    pub number: String,
    pub scope: &'a str,
    pub decision_date: NaiveDate,
    pub expiry: NaiveDate,
    pub created_by: Option<i64>,
}

pub async fn insert_certificate(
    conn: &impl ConnectionTrait,
    c: NewCertificate<'_>,
    now: DateTime<Utc>,
) -> Result<oc::Model, DbErr> {
    oc::ActiveModel {
        site_id: Set(c.site_id),
        framework_id: Set(c.framework_id),
        standard: Set(c.standard),
        body: Set(c.body),
        number: Set(c.number),
        scope: Set(c.scope.into()),
        decision_date: Set(c.decision_date),
        expiry: Set(c.expiry),
        attachment_id: Set(None),
        created_by: Set(c.created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// A new certification cycle: the recertification's decision date and the new expiry.
pub async fn set_cycle(
    conn: &impl ConnectionTrait,
    cert: oc::Model,
    decision_date: NaiveDate,
    expiry: NaiveDate,
    now: DateTime<Utc>,
) -> Result<oc::Model, DbErr> {
    let mut am: oc::ActiveModel = cert.into();
    am.decision_date = Set(decision_date);
    am.expiry = Set(expiry);
    am.updated_at = Set(now);
    am.update(conn).await
}

/// The audits of these certificates, by the day they were held.
pub async fn audits_of(
    conn: &impl ConnectionTrait,
    certificate_ids: impl IntoIterator<Item = i64>,
) -> Result<Vec<caud::Model>, DbErr> {
    caud::Entity::find()
        .filter(caud::Column::CertificateId.is_in(certificate_ids))
        .order_by_asc(caud::Column::HeldOn)
        .all(conn)
        .await
}

pub async fn insert_audit(
    conn: &impl ConnectionTrait,
    certificate_id: i64,
    kind: &str,
    held_on: NaiveDate,
    created_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<caud::Model, DbErr> {
    caud::ActiveModel {
        certificate_id: Set(certificate_id),
        kind: Set(kind.into()),
        held_on: Set(held_on),
        note: Set(String::new()),
        created_by: Set(created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

// --- certification types ----------------------------------------------------------------------

pub async fn type_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<ct::Model>, DbErr> {
    ct::Entity::find_by_id(id).one(conn).await
}

pub async fn type_by_name(conn: &impl ConnectionTrait, name: &str) -> Result<Option<ct::Model>, DbErr> {
    ct::Entity::find().filter(ct::Column::Name.eq(name)).one(conn).await
}

/// Every certification type, unordered.
pub async fn types(conn: &impl ConnectionTrait) -> Result<Vec<ct::Model>, DbErr> {
    ct::Entity::find().all(conn).await
}

/// Every certification type by name.
pub async fn types_by_name(conn: &impl ConnectionTrait) -> Result<Vec<ct::Model>, DbErr> {
    ct::Entity::find().order_by_asc(ct::Column::Name).all(conn).await
}

/// The certification types with these ids, by name.
pub async fn types_of(conn: &impl ConnectionTrait, ids: Vec<i64>) -> Result<Vec<ct::Model>, DbErr> {
    ct::Entity::find().filter(ct::Column::Id.is_in(ids)).order_by_asc(ct::Column::Name).all(conn).await
}

pub async fn insert_type(
    conn: &impl ConnectionTrait,
    name: &str,
    validity_months: Option<i32>,
    now: DateTime<Utc>,
) -> Result<ct::Model, DbErr> {
    ct::ActiveModel {
        name: Set(name.into()),
        validity_months: Set(validity_months),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

// --- what each role needs on a site ------------------------------------------------------------

pub async fn requirements_for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<cr::Model>, DbErr> {
    cr::Entity::find().filter(cr::Column::SiteId.eq(site_id)).all(conn).await
}

/// The row saying people holding `role` on the site need the type, if there is one.
pub async fn requirement(
    conn: &impl ConnectionTrait,
    site_id: i64,
    role: &str,
    cert_type_id: i64,
) -> Result<Option<cr::Model>, DbErr> {
    cr::Entity::find()
        .filter(cr::Column::SiteId.eq(site_id))
        .filter(cr::Column::Role.eq(role))
        .filter(cr::Column::CertTypeId.eq(cert_type_id))
        .one(conn)
        .await
}

pub async fn insert_requirement(
    conn: &impl ConnectionTrait,
    site_id: i64,
    role: &str,
    cert_type_id: i64,
) -> Result<cr::Model, DbErr> {
    cr::ActiveModel {
        site_id: Set(site_id),
        role: Set(role.into()),
        cert_type_id: Set(cert_type_id),
        ..Default::default()
    }
    .insert(conn)
    .await
}

pub async fn delete_requirement(conn: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    cr::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

// --- people's certifications -------------------------------------------------------------------

pub async fn person_cert_by_id(conn: &impl ConnectionTrait, id: i64) -> Result<Option<pc::Model>, DbErr> {
    pc::Entity::find_by_id(id).one(conn).await
}

/// People's certification records on a site, newest first.
pub async fn person_certs_for_site(conn: &impl ConnectionTrait, site_id: i64) -> Result<Vec<pc::Model>, DbErr> {
    pc::Entity::find().filter(pc::Column::SiteId.eq(site_id)).order_by_desc(pc::Column::Id).all(conn).await
}

/// The certification records of these people, on any site.
pub async fn person_certs_of(conn: &impl ConnectionTrait, user_ids: Vec<i64>) -> Result<Vec<pc::Model>, DbErr> {
    pc::Entity::find().filter(pc::Column::UserId.is_in(user_ids)).all(conn).await
}

/// A person's certification or training record to insert.
pub struct NewPersonCert<'a> {
    pub site_id: i64,
    pub user_id: i64,
    pub cert_type_id: i64,
    pub issued_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
    pub note: &'a str,
    pub created_by: Option<i64>,
}

pub async fn insert_person_cert(
    conn: &impl ConnectionTrait,
    p: NewPersonCert<'_>,
    now: DateTime<Utc>,
) -> Result<pc::Model, DbErr> {
    pc::ActiveModel {
        site_id: Set(p.site_id),
        user_id: Set(p.user_id),
        cert_type_id: Set(p.cert_type_id),
        issued_on: Set(p.issued_on),
        expires_on: Set(p.expires_on),
        attachment_id: Set(None),
        note: Set(p.note.into()),
        created_by: Set(p.created_by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
}

/// The person's other records of the same type on the same site.
pub async fn other_person_certs(conn: &impl ConnectionTrait, row: &pc::Model) -> Result<Vec<pc::Model>, DbErr> {
    pc::Entity::find()
        .filter(pc::Column::SiteId.eq(row.site_id))
        .filter(pc::Column::UserId.eq(row.user_id))
        .filter(pc::Column::CertTypeId.eq(row.cert_type_id))
        .filter(pc::Column::Id.ne(row.id))
        .all(conn)
        .await
}

pub async fn set_person_cert_attachment(
    conn: &impl ConnectionTrait,
    row: pc::Model,
    attachment_id: i64,
) -> Result<pc::Model, DbErr> {
    let mut am: pc::ActiveModel = row.into();
    am.attachment_id = Set(Some(attachment_id));
    am.update(conn).await
}
