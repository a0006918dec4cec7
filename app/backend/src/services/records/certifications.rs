//! Certifications: the organisation's certificates (ISO 9001/14001/45001) with their surveillance
//! and recertification audits, and people's certifications and training against the types each
//! role needs on a site, summed up in the competency matrix.
use std::collections::HashMap;

use chrono::NaiveDate;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::{cert_type as ct, certificate_audit as caud, org_certificate as oc, person_cert as pc};
use crate::repo::{certifications as certs, grants, users};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::compliance::{CertTypeDto, CertificateDto, MatrixDto, MatrixRow, PersonCertDto, SurveillanceDto};
use contract::error::AppError;
use domain::authz::{Permission, Role, Target};
use domain::certificate::{Cycle, next_due, status, surveillance_plan};
use domain::competency::{Competency, cell, status_of};
use domain::csv_file::CsvFile;
use domain::validation::{FieldErrors, required_text};

/// Certification types every installation starts with (validity in months; None: no end).
const DEFAULT_TYPES: &[(&str, Option<i32>)] = &[
    ("Forklift operator evaluation", Some(36)),
    ("LOTO authorized employee", Some(12)),
    ("First aid and CPR", Some(24)),
    ("Confined space entrant", Some(12)),
    ("Respirator fit test", Some(12)),
    ("Hazard communication training", None),
];

// --- organisation certificates ----------------------------------------------------------------

/// A certificate as typed in the form.
#[derive(Debug, Clone, Default)]
pub struct NewCertificate {
    pub framework_id: Option<i64>,
    pub standard: String,
    pub body: String,
    pub number: String,
    pub scope: String,
    pub decision_date: String,
    pub expiry: String,
}

pub(crate) async fn certificate_dtos(state: &AppState, rows: Vec<oc::Model>) -> Result<Vec<CertificateDto>, AppError> {
    let audits = certs::audits_of(&state.db, rows.iter().map(|r| r.id)).await?;
    let todays = crate::services::calendar::todays(state).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let mine: Vec<&caud::Model> = audits.iter().filter(|a| a.certificate_id == r.id).collect();
            let held: Vec<NaiveDate> = mine.iter().filter(|a| a.kind == "surveillance").map(|a| a.held_on).collect();
            let cycle = Cycle { decision: r.decision_date, expiry: r.expiry };
            let today = todays.get(&r.site_id).copied().unwrap_or_else(|| state.today());
            CertificateDto {
                status: status(cycle, &held, today).as_str().into(),
                next_surveillance_due: next_due(cycle, &held),
                surveillance: surveillance_plan(cycle, &held)
                    .into_iter()
                    .map(|s| SurveillanceDto { year: s.year, due: s.due, held_on: s.held_on, late_days: s.late_days })
                    .collect(),
                audits: mine.iter().map(|a| (a.kind.clone(), a.held_on)).collect(),
                id: r.id,
                site_id: r.site_id,
                framework_id: r.framework_id,
                standard: r.standard,
                body: r.body,
                number: r.number,
                scope: r.scope,
                decision_date: r.decision_date,
                expiry: r.expiry,
            }
        })
        .collect())
}

/// The site's certificates with their status and surveillance plan.
pub async fn certificates(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<CertificateDto>, AppError> {
    let scope = crate::services::access::framework_scope(state, user, site_id).await?;
    let mut rows = certs::certificates_for_site(&state.db, site_id).await?;
    if let Some(ids) = scope {
        rows.retain(|r| r.framework_id.is_some_and(|f| ids.contains(&f)));
    }
    certificate_dtos(state, rows).await
}

/// Records a certificate: standard, body, number, scope, decision date, expiry as printed.
pub async fn create_certificate(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    input: NewCertificate,
) -> Result<CertificateDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCompliance, state.today())?;
    let mut e = FieldErrors::new();
    let standard = e.check("standard", required_text(&input.standard, 120));
    let body = e.check("body", required_text(&input.body, 120));
    let number = e.check("number", required_text(&input.number, 80));
    if input.scope.chars().count() > 2000 {
        e.add("scope", "Use at most 2000 characters.");
    }
    let decision = e.date("decision_date", &input.decision_date);
    let expiry = e.date("expiry", &input.expiry);
    if let (Some(d), Some(x)) = (decision, expiry)
        && x <= d
    {
        e.add("expiry", "The expiry must be after the certification decision.");
    }
    if let Some(d) = decision
        && d > crate::services::calendar::today_on(state, site_id).await?
    {
        e.add(
            "decision_date",
            "Record a certificate once the certification body has decided: this date is in the future.",
        );
    }
    if let Some(f) = input.framework_id
        && crate::repo::frameworks::by_id(&state.db, f).await?.is_none()
    {
        e.add("framework_id", "No such framework.");
    }
    let (standard, body, number, decision, expiry) = e.finish((standard, body, number, decision, expiry))?;
    let txn = begin_write(&state.db).await?;
    let new = certs::NewCertificate {
        site_id,
        framework_id: input.framework_id,
        standard,
        body,
        number,
        scope: input.scope.trim(),
        decision_date: decision,
        expiry,
        created_by: Some(user.id),
    };
    let row = certs::insert_certificate(&txn, new, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("certificate.create", "org_certificate", row.id).site(Some(site_id)).after(json!({
            "standard": row.standard, "body": row.body, "number": row.number, "decision_date": row.decision_date,
            "expiry": row.expiry})),
    )
    .await?;
    txn.commit().await?;
    crate::services::one(certificate_dtos(state, vec![row]).await?)
}

/// Records a surveillance audit, or a recertification with its new decision date and the new
/// expiry as printed (a new cycle starts).
pub async fn record_certificate_audit(
    state: &AppState,
    user: &CurrentUser,
    certificate_id: i64,
    kind: &str,
    held_on: &str,
    (decision_date, expiry): (&str, &str),
) -> Result<CertificateDto, AppError> {
    let now = state.now();
    let cert = certs::certificate_by_id(&state.db, certificate_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(cert.site_id), Permission::ManageCompliance, state.today())?;
    let mut e = FieldErrors::new();
    let recert = match kind {
        "surveillance" => false,
        "recertification" => true,
        _ => {
            e.add("kind", "Choose surveillance or recertification.");
            false
        }
    };
    let held = e.date("held_on", held_on);
    let (decision, new_expiry) = if recert {
        let d = e.date("decision_date", decision_date);
        let x = e.date("expiry", expiry);
        if let (Some(d), Some(x)) = (d, x)
            && x <= d
        {
            e.add("expiry", "The new expiry must be after the recertification decision.");
        }
        (d, x)
    } else {
        (None, None)
    };
    let today = crate::services::calendar::today_on(state, cert.site_id).await?;
    if let Some(h) = held
        && h > today
    {
        e.add("held_on", "Record an audit once it has been held.");
    }
    // a surveillance audit belongs to the cycle its certificate's decision opened
    if let Some(h) = held
        && !recert
        && h < cert.decision_date
    {
        e.add(
            "held_on",
            format!(
                "This surveillance audit was held before the certification decision ({}): record audits of this cycle.",
                cert.decision_date
            ),
        );
    }
    if let Some(d) = decision
        && d > today
    {
        e.add("decision_date", "Record the recertification once it has been decided: this date is in the future.");
    }
    let held = e.finish(held)?;
    let txn = begin_write(&state.db).await?;
    let a = certs::insert_audit(&txn, cert.id, kind, held, Some(user.id), now).await?;
    let before = json!({"decision_date": cert.decision_date, "expiry": cert.expiry});
    let mut row = cert.clone();
    // a recertification has both dates (each was checked above)
    if let (true, Some(decision), Some(new_expiry)) = (recert, decision, new_expiry) {
        row = certs::set_cycle(&txn, cert, decision, new_expiry, now).await?;
        // recertified: the old expiry's reminders are settled
        crate::repo::reminders::settle_item(&txn, domain::reminder::ItemType::Certificate, row.id, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("certificate.audit", "org_certificate", row.id)
            .site(Some(row.site_id))
            .before(before)
            .after(json!({
            "kind": kind, "held_on": a.held_on, "decision_date": row.decision_date, "expiry": row.expiry})),
    )
    .await?;
    txn.commit().await?;
    crate::services::one(certificate_dtos(state, vec![row]).await?)
}

// --- people's certifications ------------------------------------------------------------------

async fn ensure_types(state: &AppState) -> Result<(), AppError> {
    let have: Vec<String> = certs::types(&state.db).await?.into_iter().map(|t| t.name).collect();
    let now = state.now();
    for (name, months) in DEFAULT_TYPES.iter().filter(|(n, _)| !have.iter().any(|h| h == n)) {
        let txn = begin_write(&state.db).await?;
        if certs::type_by_name(&txn, name).await?.is_some() {
            continue;
        }
        let inserted = certs::insert_type(&txn, name, *months, now).await;
        let t = match inserted {
            Ok(t) => t,
            // another request seeded it meanwhile (two phones opening the page of a new site at
            // once: found by the API fuzz on PostgreSQL); its transaction wrote the audit entry
            Err(e) if crate::error::is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        };
        audit::record(
            &txn,
            &crate::auth::Actor::system(),
            now,
            Change::new("cert_type.seed", "cert_type", t.id).after(json!({"name": t.name, "validity_months": months})),
        )
        .await?;
        txn.commit().await?;
    }
    Ok(())
}

fn type_dto(t: ct::Model) -> CertTypeDto {
    CertTypeDto { id: t.id, name: t.name, validity_months: t.validity_months }
}

/// Certification and training types.
pub async fn cert_types(state: &AppState, user: &CurrentUser) -> Result<Vec<CertTypeDto>, AppError> {
    Caller::User(user).require(Target::AnySite, Permission::ViewCompliance, state.today())?;
    ensure_types(state).await?;
    Ok(certs::types_by_name(&state.db).await?.into_iter().map(type_dto).collect())
}

/// A new certification or training type with its validity.
pub async fn create_cert_type(
    state: &AppState,
    user: &CurrentUser,
    name: &str,
    validity_months: Option<i32>,
) -> Result<CertTypeDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::AnySite, Permission::ManageCompliance, state.today())?;
    let mut e = FieldErrors::new();
    let name = e.check("name", required_text(name, 120));
    if validity_months.is_some_and(|m| !(1..=240).contains(&m)) {
        e.add("validity_months", "Give 1 to 240 months, or leave it empty for no end.");
    }
    if let Some(n) = &name
        && certs::type_by_name(&state.db, n).await?.is_some()
    {
        e.add("name", "This type exists already.");
    }
    let name = e.finish(name)?;
    let txn = begin_write(&state.db).await?;
    let t = certs::insert_type(&txn, &name, validity_months, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("cert_type.create", "cert_type", t.id)
            .after(json!({"name": t.name, "validity_months": validity_months})),
    )
    .await?;
    txn.commit().await?;
    Ok(type_dto(t))
}

/// Says whether people holding `role` on the site need a certification type.
pub async fn set_requirement(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    role: &str,
    cert_type_id: i64,
    required: bool,
) -> Result<(), AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCompliance, state.today())?;
    let Some(role) = Role::parse(role).filter(|r| *r != Role::Auditor) else {
        return Err(AppError::validation("role", "Choose a role of the site's staff."));
    };
    certs::type_by_id(&state.db, cert_type_id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    let existing = certs::requirement(&txn, site_id, role.as_str(), cert_type_id).await?;
    match (existing, required) {
        (None, true) => {
            certs::insert_requirement(&txn, site_id, role.as_str(), cert_type_id).await?;
        }
        (Some(r), false) => {
            certs::delete_requirement(&txn, r.id).await?;
        }
        _ => return Ok(()),
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("cert_requirement.set", "cert_type", cert_type_id)
            .site(Some(site_id))
            .after(json!({"role": role.as_str(), "required": required})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn person_dtos(
    state: &AppState,
    rows: Vec<pc::Model>,
    today: NaiveDate,
) -> Result<Vec<PersonCertDto>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.user_id).collect();
    let names: HashMap<i64, String> =
        users::by_ids(&state.db, &ids).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    let types: HashMap<i64, String> = certs::types(&state.db).await?.into_iter().map(|t| (t.id, t.name)).collect();
    Ok(rows
        .into_iter()
        .map(|r| PersonCertDto {
            status: status_of(r.issued_on, r.expires_on, today).as_str().into(),
            person: names.get(&r.user_id).cloned().unwrap_or_default(),
            cert_type: types.get(&r.cert_type_id).cloned().unwrap_or_default(),
            id: r.id,
            site_id: r.site_id,
            user_id: r.user_id,
            cert_type_id: r.cert_type_id,
            issued_on: r.issued_on,
            expires_on: r.expires_on,
            file_id: r.attachment_id,
            note: r.note,
        })
        .collect())
}

/// People's certification records on the site, newest first.
pub async fn person_certs(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<PersonCertDto>, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewCompliance, state.today())?;
    let today = crate::services::calendar::today_on(state, site_id).await?;
    let rows = certs::person_certs_for_site(&state.db, site_id).await?;
    person_dtos(state, rows, today).await
}

/// The competency matrix on the site's today: people working there x the types their roles
/// need, each cell valid / expiring in 30 days / expired / missing. Filters: a role, a type, a
/// cell status (rows without such a cell are left out).
pub async fn matrix(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    (role, type_id, cell_status): (Option<&str>, Option<i64>, Option<&str>),
) -> Result<MatrixDto, AppError> {
    Caller::User(user).require(Target::Site(site_id), Permission::ViewCompliance, state.today())?;
    matrix_of(state, site_id, (role, type_id, cell_status)).await
}

/// The matrix without a permission check (the audit-pack builder has checked already).
pub(crate) async fn matrix_of(
    state: &AppState,
    site_id: i64,
    (role, type_id, cell_status): (Option<&str>, Option<i64>, Option<&str>),
) -> Result<MatrixDto, AppError> {
    ensure_types(state).await?;
    let today = crate::services::calendar::today_on(state, site_id).await?;
    let reqs = certs::requirements_for_site(&state.db, site_id).await?;
    let mut type_ids: Vec<i64> =
        reqs.iter().map(|r| r.cert_type_id).filter(|t| type_id.is_none_or(|x| x == *t)).collect();
    type_ids.sort();
    type_ids.dedup();
    let types: Vec<ct::Model> = certs::types_of(&state.db, type_ids.clone()).await?;
    let people = grants::user_ids_on_site(&state.db, site_id).await?;
    let held = grants::for_users(&state.db, &people).await?;
    let records = certs::person_certs_of(&state.db, people.clone()).await?;
    let mut accounts = users::by_ids(&state.db, &people).await?;
    accounts.retain(|u| u.active);
    accounts.sort_by(|a, b| a.display_name.cmp(&b.display_name));
    let filter_role = role.and_then(Role::parse);
    let filter_status = cell_status.and_then(Competency::parse);
    let mut rows = Vec::new();
    for u in accounts {
        let mut roles: Vec<Role> = held
            .iter()
            .filter(|g| g.user_id == u.id)
            .filter_map(grants::to_domain)
            .filter(|g| g.active_on(today) && g.covers(site_id) && g.role != Role::Auditor)
            .map(|g| g.role)
            .collect();
        roles.sort();
        roles.dedup();
        if roles.is_empty() || filter_role.is_some_and(|r| !roles.contains(&r)) {
            continue;
        }
        let mut cells = Vec::new();
        let mut expires = Vec::new();
        for t in &types {
            let needed =
                reqs.iter().any(|r| r.cert_type_id == t.id && roles.iter().any(|role| role.as_str() == r.role));
            let mine: Vec<(NaiveDate, Option<NaiveDate>)> = records
                .iter()
                .filter(|r| r.user_id == u.id && r.cert_type_id == t.id)
                .map(|r| (r.issued_on, r.expires_on))
                .collect();
            if needed {
                let c = cell(&mine, today);
                cells.push(c.as_str().to_string());
                let best = mine
                    .iter()
                    .filter(|(i, _)| *i <= today)
                    .map(|(_, e)| *e)
                    .max_by_key(|e| e.unwrap_or(NaiveDate::MAX));
                expires.push(best.flatten());
            } else {
                cells.push(String::new());
                expires.push(None);
            }
        }
        if filter_status.is_some_and(|s| !cells.iter().any(|c| c == s.as_str())) {
            continue;
        }
        rows.push(MatrixRow {
            user_id: u.id,
            person: u.display_name,
            roles: roles.iter().map(|r| r.as_str().to_string()).collect(),
            cells,
            expires,
        });
    }
    Ok(MatrixDto { site_id, on: today, types: types.into_iter().map(type_dto).collect(), rows })
}

/// The matrix as CSV for a spreadsheet: person, roles, then one column per type.
pub fn matrix_csv(lang: i18n::Lang, m: &MatrixDto) -> Result<String, AppError> {
    use i18n::{label, t};
    let mut w = CsvFile::for_spreadsheets();
    let mut header = vec![t!(lang, "csv-person"), t!(lang, "csv-roles")];
    header.extend(m.types.iter().map(|t| t.name.clone()));
    w.row(&header);
    for r in &m.rows {
        let roles: Vec<String> = r.roles.iter().map(|role| label(lang, "csv-role", role)).collect();
        let mut rec = vec![r.person.clone(), roles.join(" ")];
        rec.extend(r.cells.iter().zip(&r.expires).map(|(c, e)| match (c.as_str(), e) {
            ("", _) => t!(lang, "csv-not-required"),
            (c, Some(e)) => format!("{} ({})", label(lang, "csv-competency", c), i18n::date(lang, *e)),
            (c, None) => label(lang, "csv-competency", c),
        }));
        w.row(&rec);
    }
    w.finish().map_err(AppError::internal)
}

/// Attaches the document (certificate, card, training record) to a person's record; it is kept
/// with its SHA-256 like every upload.
pub async fn add_document(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    doc: crate::services::files::Document,
) -> Result<PersonCertDto, AppError> {
    let now = state.now();
    let row = certs::person_cert_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(row.site_id), Permission::ManageCompliance, state.today())?;
    let (storage_name, sha) = crate::services::files::write_file(state, &doc.bytes, None).await?;
    let file = crate::services::files::StoredFile {
        name: &doc.name,
        content_type: doc.content_type,
        size: doc.bytes.len(),
        storage_name: &storage_name,
        sha256: &sha,
    };
    let result = async {
        let txn = begin_write(&state.db).await?;
        let a = crate::services::files::insert_attachment(
            &txn,
            &user.actor(),
            (row.site_id, "person_cert", row.id),
            &file,
            now,
        )
        .await?;
        let before = json!({"attachment_id": row.attachment_id});
        let saved = certs::set_person_cert_attachment(&txn, row.clone(), a.id).await?;
        audit::record(
            &txn,
            &user.actor(),
            now,
            Change::new("person_cert.document", "person_cert", saved.id)
                .site(Some(saved.site_id))
                .before(before)
                .after(json!({"attachment_id": a.id, "sha256": sha})),
        )
        .await?;
        txn.commit().await?;
        Ok::<_, AppError>(saved)
    }
    .await;
    match result {
        Ok(saved) => {
            let today = crate::services::calendar::today_on(state, saved.site_id).await?;
            crate::services::one(person_dtos(state, vec![saved], today).await?)
        }
        Err(e) => {
            crate::services::files::discard(state, &storage_name).await;
            Err(e)
        }
    }
}
