//! Compliance: frameworks and requirements, evidence with revisions and hashes, readiness,
//! certificates and their surveillance dates, people's certifications, the competency matrix and
//! audit packs, with the same permissions (and auditor scope) as the pages.
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::ErrorBody;
use super::extract::{ApiJson, ApiPath, ApiQuery, ApiUser};
use crate::services::{records::certifications, records::evidence, records::frameworks, workflows::audit_packs};
use crate::state::AppState;
use contract::dto::compliance::*;
use contract::error::AppError;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SiteQuery {
    pub site_id: i64,
}

/// Frameworks the caller may see on a site, with whether each applies there.
#[utoipa::path(get, path = "/frameworks", tag = "compliance", params(SiteQuery),
    responses((status = 200, body = Vec<FrameworkDto>)), security(("bearer_auth" = [])))]
pub async fn list_frameworks(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<FrameworkDto>>, AppError> {
    Ok(Json(frameworks::list(&state, &user, q.site_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct FrameworkBody {
    pub name: String,
    #[serde(default)]
    pub edition: String,
}

/// A plant's own framework.
#[utoipa::path(post, path = "/frameworks", tag = "compliance", request_body = FrameworkBody,
    responses((status = 201, body = FrameworkDto)), security(("bearer_auth" = [])))]
pub async fn create_framework(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<FrameworkBody>,
) -> Result<(StatusCode, Json<FrameworkDto>), AppError> {
    Ok((StatusCode::CREATED, Json(frameworks::create(&state, &user, &b.name, &b.edition).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RequirementBody {
    pub reference: String,
    pub title: String,
    /// How often it must be proven, in months
    pub every_months: Option<i32>,
}

/// Adds a requirement to a framework.
#[utoipa::path(post, path = "/frameworks/{id}/requirements", tag = "compliance", params(("id" = i64, Path)),
    request_body = RequirementBody, responses((status = 201, body = RequirementDto)), security(("bearer_auth" = [])))]
pub async fn add_requirement(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<RequirementBody>,
) -> Result<(StatusCode, Json<RequirementDto>), AppError> {
    let r = frameworks::add_requirement(&state, &user, id, &b.reference, &b.title, b.every_months).await?;
    Ok((StatusCode::CREATED, Json(r)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AppliesBody {
    pub site_id: i64,
    pub applies: bool,
}

/// Chooses whether a framework applies to a site.
#[utoipa::path(put, path = "/frameworks/{id}/applies", tag = "compliance", params(("id" = i64, Path)),
    request_body = AppliesBody, responses((status = 204)), security(("bearer_auth" = [])))]
pub async fn set_applies(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<AppliesBody>,
) -> Result<StatusCode, AppError> {
    frameworks::set_applies(&state, &user, b.site_id, id, b.applies).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MappingBody {
    pub requirement_id: i64,
    /// pm_schedule, inspection_template or cert_type
    pub source_type: String,
    pub source_id: i64,
}

/// Maps work to a requirement: each completion then files approved evidence for it.
#[utoipa::path(post, path = "/requirement-mappings", tag = "compliance", request_body = MappingBody,
    responses((status = 204)), security(("bearer_auth" = [])))]
pub async fn map_work(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<MappingBody>,
) -> Result<StatusCode, AppError> {
    frameworks::map_work(&state, &user, b.requirement_id, &b.source_type, b.source_id)
        .await
        .map(|_| StatusCode::NO_CONTENT)
}

/// Readiness of a site against one framework: each requirement with its evidence.
#[utoipa::path(get, path = "/frameworks/{id}/readiness", tag = "compliance", params(("id" = i64, Path), SiteQuery),
    responses((status = 200, body = ReadinessDto)), security(("bearer_auth" = [])))]
pub async fn readiness(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<ReadinessDto>, AppError> {
    Ok(Json(crate::services::workflows::readiness::readiness_of(&state, &user, q.site_id, id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EvidenceQuery {
    pub site_id: i64,
    /// draft, in_review, approved, rejected or expired
    pub status: Option<String>,
    /// From 0, 50 per page
    pub page: Option<u64>,
}

/// Evidence of a site, newest first.
#[utoipa::path(get, path = "/evidence", tag = "compliance", params(EvidenceQuery),
    responses((status = 200, body = Vec<EvidenceDto>)), security(("bearer_auth" = [])))]
pub async fn list_evidence(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<EvidenceQuery>,
) -> Result<Json<Vec<EvidenceDto>>, AppError> {
    Ok(Json(evidence::list(&state, &user, q.site_id, q.status.as_deref(), q.page.unwrap_or(0)).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct EvidenceBody {
    pub site_id: i64,
    pub title: String,
    /// file (upload it to `/compliance/evidence/{id}/file`), link or record
    pub kind: String,
    #[serde(default)]
    pub url: String,
    /// work_order, inspection, person_certification or capa
    #[serde(default)]
    pub record_type: String,
    pub record_id: Option<i64>,
    pub requirement_ids: Vec<i64>,
    /// YYYY-MM-DD; blank for today
    #[serde(default)]
    pub effective_date: String,
    #[serde(default)]
    pub valid_until: String,
    pub owner_id: Option<i64>,
}

/// Files an evidence item as a draft.
#[utoipa::path(post, path = "/evidence", tag = "compliance", request_body = EvidenceBody,
    responses((status = 201, body = EvidenceDto)), security(("bearer_auth" = [])))]
pub async fn create_evidence(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<EvidenceBody>,
) -> Result<(StatusCode, Json<EvidenceDto>), AppError> {
    let input = evidence::NewEvidence {
        title: b.title,
        kind: b.kind,
        url: b.url,
        record_type: b.record_type,
        record_id: b.record_id,
        requirement_ids: b.requirement_ids,
        effective_date: b.effective_date,
        valid_until: b.valid_until,
        owner_id: b.owner_id,
    };
    Ok((StatusCode::CREATED, Json(evidence::create(&state, &user, b.site_id, input).await?)))
}

/// An evidence item with its requirements and every revision (file, SHA-256, still intact).
#[utoipa::path(get, path = "/evidence/{id}", tag = "compliance", params(("id" = i64, Path)),
    responses((status = 200, body = EvidenceDetail)), security(("bearer_auth" = [])))]
pub async fn get_evidence(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<EvidenceDetail>, AppError> {
    Ok(Json(evidence::detail(&state, &user, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct EvidenceActionBody {
    /// submit, approve or reject
    pub action: String,
    /// Approving is an e-signature: the caller's password
    #[serde(default)]
    pub password: String,
    /// Why it is rejected
    #[serde(default)]
    pub reason: String,
}

/// Submits, approves or rejects an evidence item.
#[utoipa::path(post, path = "/evidence/{id}/actions", tag = "compliance", params(("id" = i64, Path)),
    request_body = EvidenceActionBody, responses((status = 200, body = EvidenceDto)), security(("bearer_auth" = [])))]
pub async fn evidence_action(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<EvidenceActionBody>,
) -> Result<Json<EvidenceDto>, AppError> {
    Ok(Json(evidence::act(&state, &user, id, &b.action, &b.password, &b.reason).await?))
}

/// A site's certificates with status and surveillance dates.
#[utoipa::path(get, path = "/certificates", tag = "compliance", params(SiteQuery),
    responses((status = 200, body = Vec<CertificateDto>)), security(("bearer_auth" = [])))]
pub async fn list_certificates(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<CertificateDto>>, AppError> {
    Ok(Json(certifications::certificates(&state, &user, q.site_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CertificateBody {
    pub site_id: i64,
    pub framework_id: Option<i64>,
    pub standard: String,
    pub body: String,
    pub number: String,
    #[serde(default)]
    pub scope: String,
    pub decision_date: String,
    /// As printed on the certificate
    pub expiry: String,
}

/// Records an organisation certificate.
#[utoipa::path(post, path = "/certificates", tag = "compliance", request_body = CertificateBody,
    responses((status = 201, body = CertificateDto)), security(("bearer_auth" = [])))]
pub async fn create_certificate(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<CertificateBody>,
) -> Result<(StatusCode, Json<CertificateDto>), AppError> {
    let input = certifications::NewCertificate {
        framework_id: b.framework_id,
        standard: b.standard,
        body: b.body,
        number: b.number,
        scope: b.scope,
        decision_date: b.decision_date,
        expiry: b.expiry,
    };
    Ok((StatusCode::CREATED, Json(certifications::create_certificate(&state, &user, b.site_id, input).await?)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CertificateAuditBody {
    /// surveillance or recertification
    pub kind: String,
    pub held_on: String,
    /// Recertification: the new decision date and the new expiry as printed
    #[serde(default)]
    pub decision_date: String,
    #[serde(default)]
    pub expiry: String,
}

/// Records a surveillance audit or a recertification.
#[utoipa::path(post, path = "/certificates/{id}/audits", tag = "compliance", params(("id" = i64, Path)),
    request_body = CertificateAuditBody, responses((status = 200, body = CertificateDto)), security(("bearer_auth" = [])))]
pub async fn certificate_audit(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
    ApiJson(b): ApiJson<CertificateAuditBody>,
) -> Result<Json<CertificateDto>, AppError> {
    let dates = (b.decision_date.as_str(), b.expiry.as_str());
    Ok(Json(certifications::record_certificate_audit(&state, &user, id, &b.kind, &b.held_on, dates).await?))
}

/// People's certification records on a site.
#[utoipa::path(get, path = "/person-certifications", tag = "compliance", params(SiteQuery),
    responses((status = 200, body = Vec<PersonCertDto>)), security(("bearer_auth" = [])))]
pub async fn list_person_certs(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<PersonCertDto>>, AppError> {
    Ok(Json(certifications::person_certs(&state, &user, q.site_id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PersonCertBody {
    pub site_id: i64,
    pub user_id: i64,
    pub cert_type_id: i64,
    pub issued_on: String,
    /// When printed on the record; else the type's validity applies
    #[serde(default)]
    pub expires_on: String,
    #[serde(default)]
    pub note: String,
}

/// Records a person's certification or training.
#[utoipa::path(post, path = "/person-certifications", tag = "compliance", request_body = PersonCertBody,
    responses((status = 201, body = PersonCertDto)), security(("bearer_auth" = [])))]
pub async fn create_person_cert(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<PersonCertBody>,
) -> Result<(StatusCode, Json<PersonCertDto>), AppError> {
    let dates = (b.issued_on.as_str(), b.expires_on.as_str());
    let r = crate::services::workflows::record_training::record_person_cert(
        &state,
        &user,
        b.site_id,
        b.user_id,
        b.cert_type_id,
        dates,
        &b.note,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(r)))
}

/// Certification and training types.
#[utoipa::path(get, path = "/certification-types", tag = "compliance",
    responses((status = 200, body = Vec<CertTypeDto>)), security(("bearer_auth" = [])))]
pub async fn list_cert_types(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
) -> Result<Json<Vec<CertTypeDto>>, AppError> {
    Ok(Json(certifications::cert_types(&state, &user).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CertTypeBody {
    /// Unique name, e.g. "Forklift licence"
    pub name: String,
    /// How long a certification stays valid, 1 to 240 months; absent for no end
    pub validity_months: Option<i32>,
}

/// Creates a certification or training type (compliance managers).
#[utoipa::path(post, path = "/certification-types", tag = "compliance", request_body = CertTypeBody,
    responses((status = 201, body = CertTypeDto), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn create_cert_type(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<CertTypeBody>,
) -> Result<(StatusCode, Json<CertTypeDto>), AppError> {
    let t = certifications::create_cert_type(&state, &user, &b.name, b.validity_months).await?;
    Ok((StatusCode::CREATED, Json(t)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct CertRequirementBody {
    pub site_id: i64,
    /// The staff role: admin, manager, ehs_officer, technician or operator
    pub role: String,
    pub cert_type_id: i64,
    /// Whether people holding the role on the site need this certification
    pub required: bool,
}

/// Sets whether people holding a role on a site need a certification type.
#[utoipa::path(put, path = "/certification-requirements", tag = "compliance", request_body = CertRequirementBody,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer_auth" = [])))]
pub async fn set_cert_requirement(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<CertRequirementBody>,
) -> Result<StatusCode, AppError> {
    certifications::set_requirement(&state, &user, b.site_id, &b.role, b.cert_type_id, b.required).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatrixQuery {
    pub site_id: i64,
    pub role: Option<String>,
    pub cert_type_id: Option<i64>,
    /// valid, expiring, expired or missing
    pub status: Option<String>,
}

/// The competency matrix of a site.
#[utoipa::path(get, path = "/competency-matrix", tag = "compliance", params(MatrixQuery),
    responses((status = 200, body = MatrixDto)), security(("bearer_auth" = [])))]
pub async fn competency_matrix(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<MatrixQuery>,
) -> Result<Json<MatrixDto>, AppError> {
    let filters = (q.role.as_deref(), q.cert_type_id, q.status.as_deref());
    Ok(Json(certifications::matrix(&state, &user, q.site_id, filters).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PackBody {
    pub site_id: i64,
    pub framework_id: i64,
    pub period_from: String,
    pub period_to: String,
}

/// Queues an audit pack (ZIP); poll it, then download it from `/compliance/packs/{id}/download`.
#[utoipa::path(post, path = "/audit-packs", tag = "compliance", request_body = PackBody,
    responses((status = 202, body = AuditPackDto)), security(("bearer_auth" = [])))]
pub async fn create_pack(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiJson(b): ApiJson<PackBody>,
) -> Result<(StatusCode, Json<AuditPackDto>), AppError> {
    let p = audit_packs::request(&state, &user, b.site_id, b.framework_id, (&b.period_from, &b.period_to)).await?;
    Ok((StatusCode::ACCEPTED, Json(p)))
}

/// A site's audit packs, newest first.
#[utoipa::path(get, path = "/audit-packs", tag = "compliance", params(SiteQuery),
    responses((status = 200, body = Vec<AuditPackDto>)), security(("bearer_auth" = [])))]
pub async fn list_packs(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiQuery(q): ApiQuery<SiteQuery>,
) -> Result<Json<Vec<AuditPackDto>>, AppError> {
    Ok(Json(audit_packs::list(&state, &user, q.site_id).await?))
}

/// One audit pack: status and progress.
#[utoipa::path(get, path = "/audit-packs/{id}", tag = "compliance", params(("id" = i64, Path)),
    responses((status = 200, body = AuditPackDto)), security(("bearer_auth" = [])))]
pub async fn get_pack(
    State(state): State<AppState>,
    ApiUser(user): ApiUser,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<AuditPackDto>, AppError> {
    Ok(Json(audit_packs::get(&state, &user, id).await?))
}
