//! Compliance: frameworks and which apply to the current site, requirements, evidence (filing,
//! review, approval with the password), readiness, and mapping the work to requirements.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::compliance::{
    AuditPackDto, CertTypeDto, CertificateDto, EvidenceDetail, EvidenceDto, FrameworkDto, MatrixDto, PersonCertDto,
    ReadinessDto, RequirementDto,
};
use contract::error::AppError;

#[server(prefix = "/sfn", endpoint = "frameworks", input = GetUrl)]
pub async fn frameworks() -> Result<Vec<FrameworkDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::frameworks;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            frameworks::list(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "set_framework_applies")]
pub async fn set_framework_applies(framework_id: i64, applies: bool) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::frameworks;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            frameworks::set_applies(&state, &user, site, framework_id, applies).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance");
            }
            Ok(())
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "create_framework")]
pub async fn create_framework(name: String, edition: String) -> Result<FrameworkDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::frameworks;
    ctx::finish(
        async {
            let f = frameworks::create(&ctx::state()?, &ctx::user()?, &name, &edition).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/frameworks/{}", f.id));
            }
            Ok(f)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "add_requirement")]
pub async fn add_requirement(
    framework_id: i64,
    reference: String,
    title: String,
    every_months: Option<i32>,
) -> Result<RequirementDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::frameworks;
    ctx::finish(
        async {
            let r = frameworks::add_requirement(
                &ctx::state()?,
                &ctx::user()?,
                framework_id,
                &reference,
                &title,
                every_months,
            )
            .await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/frameworks/{framework_id}"));
            }
            Ok(r)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "map_work")]
pub async fn map_work(requirement_id: i64, source_type: String, source_id: i64) -> Result<RequirementDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::frameworks;
    ctx::finish(
        async {
            let r =
                frameworks::map_work(&ctx::state()?, &ctx::user()?, requirement_id, &source_type, source_id).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/frameworks/{}", r.framework_id));
            }
            Ok(r)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "readiness", input = GetUrl)]
pub async fn readiness(framework_id: i64) -> Result<ReadinessDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            backend::services::workflows::readiness::readiness_of(&state, &user, site, framework_id).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "evidence_list", input = GetUrl)]
pub async fn evidence_list(status: Option<String>, page: Option<u64>) -> Result<Vec<EvidenceDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::evidence;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            evidence::list(&state, &user, site, status.as_deref(), page.unwrap_or(0)).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "evidence", input = GetUrl)]
pub async fn evidence(id: i64) -> Result<EvidenceDetail, AppError> {
    use crate::api::ctx;
    use backend::services::records::evidence;
    ctx::finish(async { evidence::detail(&ctx::state()?, &ctx::user()?, id).await }.await)
}

#[server(prefix = "/sfn", endpoint = "create_evidence")]
pub async fn create_evidence(
    title: String,
    kind: String,
    url: Option<String>,
    record_type: Option<String>,
    record_id: Option<i64>,
    /// Requirement ids, separated by commas
    requirements: Option<String>,
    effective_date: Option<String>,
    valid_until: Option<String>,
    owner_id: Option<i64>,
) -> Result<EvidenceDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::evidence;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let requirement_ids =
                requirements.unwrap_or_default().split(',').filter_map(|s| s.trim().parse().ok()).take(100).collect();
            let input = evidence::NewEvidence {
                title,
                kind,
                url: url.unwrap_or_default(),
                record_type: record_type.unwrap_or_default(),
                record_id,
                requirement_ids,
                effective_date: effective_date.unwrap_or_default(),
                valid_until: valid_until.unwrap_or_default(),
                owner_id,
            };
            let e = evidence::create(&state, &user, site, input).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/evidence/{}", e.id));
            }
            Ok(e)
        }
        .await,
    )
}

/// Submit for review, approve (e-signature: `password`) or reject (`reason`).
#[server(prefix = "/sfn", endpoint = "evidence_action")]
pub async fn evidence_action(
    id: i64,
    action: String,
    password: Option<String>,
    reason: Option<String>,
) -> Result<EvidenceDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::evidence;
    ctx::finish(
        async {
            let e = evidence::act(
                &ctx::state()?,
                &ctx::user()?,
                id,
                &action,
                &password.unwrap_or_default(),
                &reason.unwrap_or_default(),
            )
            .await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/compliance/evidence/{id}"));
            }
            Ok(e)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "certificates", input = GetUrl)]
pub async fn certificates() -> Result<Vec<CertificateDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            certifications::certificates(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "create_certificate")]
pub async fn create_certificate(
    framework_id: Option<i64>,
    standard: String,
    body: String,
    number: String,
    scope: Option<String>,
    decision_date: String,
    expiry: String,
) -> Result<CertificateDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let input = certifications::NewCertificate {
                framework_id,
                standard,
                body,
                number,
                scope: scope.unwrap_or_default(),
                decision_date,
                expiry,
            };
            let c = certifications::create_certificate(&state, &user, site, input).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance/certificates");
            }
            Ok(c)
        }
        .await,
    )
}

/// A surveillance audit, or a recertification with the new decision date and printed expiry.
#[server(prefix = "/sfn", endpoint = "record_certificate_audit")]
pub async fn record_certificate_audit(
    certificate_id: i64,
    kind: String,
    held_on: String,
    decision_date: Option<String>,
    expiry: Option<String>,
) -> Result<CertificateDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async {
            let (d, x) = (decision_date.unwrap_or_default(), expiry.unwrap_or_default());
            let c = certifications::record_certificate_audit(
                &ctx::state()?,
                &ctx::user()?,
                certificate_id,
                &kind,
                &held_on,
                (&d, &x),
            )
            .await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance/certificates");
            }
            Ok(c)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "cert_types", input = GetUrl)]
pub async fn cert_types() -> Result<Vec<CertTypeDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(async { certifications::cert_types(&ctx::state()?, &ctx::user()?).await }.await)
}

#[server(prefix = "/sfn", endpoint = "create_cert_type")]
pub async fn create_cert_type(name: String, validity_months: Option<i32>) -> Result<CertTypeDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async { certifications::create_cert_type(&ctx::state()?, &ctx::user()?, &name, validity_months).await }.await,
    )
}

/// Whether people holding `role` on the current site need `cert_type_id`.
#[server(prefix = "/sfn", endpoint = "set_cert_requirement")]
pub async fn set_cert_requirement(role: String, cert_type_id: i64, required: bool) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            certifications::set_requirement(&state, &user, site, &role, cert_type_id, required).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance/people");
            }
            Ok(())
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "person_certs", input = GetUrl)]
pub async fn person_certs() -> Result<Vec<PersonCertDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            certifications::person_certs(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "record_person_cert")]
pub async fn record_person_cert(
    user_id: i64,
    cert_type_id: i64,
    issued_on: String,
    expires_on: Option<String>,
    note: Option<String>,
) -> Result<PersonCertDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let x = expires_on.unwrap_or_default();
            let r = backend::services::workflows::record_training::record_person_cert(
                &state,
                &user,
                site,
                user_id,
                cert_type_id,
                (&issued_on, &x),
                &note.unwrap_or_default(),
            )
            .await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance/people");
            }
            Ok(r)
        }
        .await,
    )
}

/// The competency matrix of the current site; filters: role, type, cell status.
#[server(prefix = "/sfn", endpoint = "competency_matrix", input = GetUrl)]
pub async fn competency_matrix(
    role: Option<String>,
    cert_type_id: Option<i64>,
    status: Option<String>,
) -> Result<MatrixDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::certifications;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let role = role.filter(|r| !r.is_empty());
            let status = status.filter(|s| !s.is_empty());
            certifications::matrix(&state, &user, site, (role.as_deref(), cert_type_id, status.as_deref())).await
        }
        .await,
    )
}

/// Queues an audit pack for a framework and period on the current site and starts building it.
#[server(prefix = "/sfn", endpoint = "request_audit_pack")]
pub async fn request_audit_pack(
    framework_id: i64,
    period_from: String,
    period_to: String,
) -> Result<AuditPackDto, AppError> {
    use crate::api::ctx;
    use backend::services::workflows::audit_packs;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let p = audit_packs::request(&state, &user, site, framework_id, (&period_from, &period_to)).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/compliance/packs");
            }
            Ok(p)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "audit_packs", input = GetUrl)]
pub async fn audit_packs() -> Result<Vec<AuditPackDto>, AppError> {
    use crate::api::ctx;
    use backend::services::workflows::audit_packs;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            audit_packs::list(&state, &user, site).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "audit_pack", input = GetUrl)]
pub async fn audit_pack(id: i64) -> Result<AuditPackDto, AppError> {
    use crate::api::ctx;
    use backend::services::workflows::audit_packs;
    ctx::finish(async { audit_packs::get(&ctx::state()?, &ctx::user()?, id).await }.await)
}
