//! Compliance data on the wire: frameworks and requirements, evidence with its revisions,
//! readiness per framework and site.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FrameworkDto {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub edition: String,
    /// Shipped with Gemba (clause numbers and short titles only)
    pub builtin: bool,
    /// Chosen for the current site
    pub applies: bool,
    pub requirements: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequirementDto {
    pub id: i64,
    pub framework_id: i64,
    pub reference: String,
    pub title: String,
    pub group: String,
    /// How often it must be proven, in months (None: once or on change)
    pub every_months: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceDto {
    pub id: i64,
    pub site_id: i64,
    pub title: String,
    /// file, link or record
    pub kind: String,
    pub url: String,
    pub record_type: String,
    pub record_id: Option<i64>,
    pub effective_date: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub owner_id: i64,
    pub owner_name: String,
    /// draft, in_review, approved, rejected or expired
    pub status: String,
    /// manual, or auto (filed by the work itself)
    pub origin: String,
    pub revision: i32,
    pub approved_by: String,
    pub approved_at: Option<DateTime<Utc>>,
    /// Counts for readiness today
    pub current: bool,
    pub requirement_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevisionDto {
    pub number: i32,
    pub file_id: Option<i64>,
    pub file_name: String,
    pub size_bytes: i64,
    pub url: String,
    /// SHA-256 of the file as uploaded
    pub sha256: String,
    /// The stored file still has that SHA-256 (None for links and records)
    pub intact: Option<bool>,
    pub effective_date: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub note: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceDetail {
    pub evidence: EvidenceDto,
    pub requirements: Vec<RequirementDto>,
    pub revisions: Vec<RevisionDto>,
    pub can_manage: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReadinessRow {
    pub requirement: RequirementDto,
    /// Has current approved evidence
    pub covered: bool,
    pub evidence: Vec<EvidenceDto>,
    /// The soonest end of validity among its current evidence falls within 30, 60 or 90 days
    pub expiring_within: Option<u32>,
    /// Open CAPA actions raised from findings against this clause
    pub open_capa: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReadinessDto {
    pub framework: FrameworkDto,
    pub site_id: i64,
    /// Percent of requirements with current approved evidence (None: no requirements)
    pub percent: Option<f64>,
    pub covered: i64,
    pub total: i64,
    pub expiring_30: i64,
    pub expiring_60: i64,
    pub expiring_90: i64,
    pub rows: Vec<ReadinessRow>,
    /// The user may file evidence here
    pub can_manage: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveillanceDto {
    /// Calendar year that needs a surveillance audit
    pub year: i32,
    pub due: NaiveDate,
    pub held_on: Option<NaiveDate>,
    /// Days the audit was held after its deadline (a first surveillance audit held late in its
    /// year still counts)
    pub late_days: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CertificateDto {
    pub id: i64,
    pub site_id: i64,
    pub framework_id: Option<i64>,
    pub standard: String,
    pub body: String,
    pub number: String,
    pub scope: String,
    /// Certification decision that started the current cycle
    pub decision_date: NaiveDate,
    /// Expiry as printed on the certificate
    pub expiry: NaiveDate,
    /// valid, surveillance_due, surveillance_overdue or expired
    pub status: String,
    pub next_surveillance_due: Option<NaiveDate>,
    pub surveillance: Vec<SurveillanceDto>,
    /// Audits recorded: (kind, date)
    pub audits: Vec<(String, NaiveDate)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CertTypeDto {
    pub id: i64,
    pub name: String,
    /// Months a record stays valid (None: no end)
    pub validity_months: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonCertDto {
    pub id: i64,
    pub site_id: i64,
    pub user_id: i64,
    pub person: String,
    pub cert_type_id: i64,
    pub cert_type: String,
    pub issued_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
    /// valid, expiring, expired (or missing when not yet issued)
    pub status: String,
    pub file_id: Option<i64>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatrixRow {
    pub user_id: i64,
    pub person: String,
    pub roles: Vec<String>,
    /// One cell per column of `MatrixDto::types`: valid, expiring, expired, missing, or
    /// "" when the type is not required for this person's roles
    pub cells: Vec<String>,
    /// The expiry behind each cell, when there is one
    pub expires: Vec<Option<NaiveDate>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatrixDto {
    pub site_id: i64,
    pub on: NaiveDate,
    pub types: Vec<CertTypeDto>,
    pub rows: Vec<MatrixRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPackDto {
    pub id: i64,
    pub site_id: i64,
    pub framework_id: i64,
    pub framework: String,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    /// queued, building, ready or failed
    pub status: String,
    /// Percent done while building
    pub progress: i32,
    pub size_bytes: i64,
    /// SHA-256 of the ZIP once ready
    pub sha256: String,
    pub error: String,
    pub requested_by: String,
    pub created_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}
