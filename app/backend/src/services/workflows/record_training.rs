//! Recording a person's certification or training, filed as evidence where its type is mapped.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::repo::{certifications as certs, grants, users};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::services::records::certifications;
use crate::state::AppState;
use contract::dto::compliance::PersonCertDto;
use contract::error::AppError;
use domain::authz::{Permission, Role, Target};
use domain::competency::expires_on;
use domain::evidence::RecordType;
use domain::validation::FieldErrors;
use serde_json::json;

/// Records a person's certification or training; its expiry is the printed one or the issue date
/// plus the type's validity. A type mapped to requirements files it as evidence too.
pub async fn record_person_cert(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    person_id: i64,
    cert_type_id: i64,
    (issued_on, printed_expiry): (&str, &str),
    note: &str,
) -> Result<PersonCertDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCompliance, state.today())?;
    let today = crate::services::calendar::today_on(state, site_id).await?;
    let mut e = FieldErrors::new();
    let t = certs::type_by_id(&state.db, cert_type_id).await?;
    if t.is_none() {
        e.add("cert_type_id", "Choose a certification type.");
    }
    let works_here = grants::for_user(&state.db, person_id)
        .await?
        .iter()
        .filter_map(grants::to_domain)
        .any(|g| g.covers(site_id) && g.role != Role::Auditor);
    if !works_here {
        e.add("user_id", "Choose someone who works on this site.");
    }
    let issued = e.date("issued_on", issued_on);
    let printed = e.optional_date("expires_on", printed_expiry);
    if let (Some(i), Some(p)) = (issued, printed)
        && p < i
    {
        e.add("expires_on", "The expiry cannot be before the issue date.");
    }
    if issued.is_some_and(|i| i > today) {
        e.add("issued_on", "The issue date cannot be in the future.");
    }
    if note.chars().count() > 2000 {
        e.add("note", "Use at most 2000 characters.");
    }
    let (issued, t) = e.finish((issued, t))?;
    let expires = expires_on(issued, t.validity_months.map(|m| m as u32), printed);
    let txn = begin_write(&state.db).await?;
    let new = certs::NewPersonCert {
        site_id,
        user_id: person_id,
        cert_type_id: t.id,
        issued_on: issued,
        expires_on: expires,
        note: note.trim(),
        created_by: Some(user.id),
    };
    let row = certs::insert_person_cert(&txn, new, now).await?;
    // a renewal settles what was pending about the person's earlier certifications of the type
    for earlier in certs::other_person_certs(&txn, &row).await? {
        if earlier.expires_on.is_some_and(|e| expires.is_none_or(|x| x > e)) {
            crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::PersonCert, earlier.id, now).await?;
        }
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("person_cert.create", "person_cert", row.id).site(Some(site_id)).after(json!({
            "user_id": person_id, "cert_type": t.name, "issued_on": issued, "expires_on": expires})),
    )
    .await?;
    let title =
        format!("{}: {}", t.name, users::by_id(&txn, person_id).await?.map(|u| u.display_name).unwrap_or_default());
    let work = crate::services::records::evidence::WorkDone {
        site_id,
        source: ("cert_type", t.id),
        record: (RecordType::PersonCertification, row.id),
        title: &title,
        done_on: issued,
    };
    crate::services::records::evidence::from_work(&txn, &user.actor(), work, now).await?;
    txn.commit().await?;
    crate::services::one(certifications::person_dtos(state, vec![row], today).await?)
}
