//! Readiness of a site against a framework: requirements, their evidence, expiring items and
//! the open CAPA raised against each clause.
use crate::auth::CurrentUser;
use crate::entities::evidence as ev;
use crate::repo;
use crate::services::access;
use crate::services::records::frameworks;
use crate::state::AppState;
use contract::dto::compliance::{ReadinessDto, ReadinessRow};
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::evidence::{expiry_bucket, readiness};
use std::collections::HashMap;

/// Readiness of a site against one framework on the site's today: the share of requirements
/// with current approved evidence, gaps, what expires within 30/60/90 days, and open CAPA raised
/// from findings against each clause.
pub async fn readiness_of(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    framework_id: i64,
) -> Result<ReadinessDto, AppError> {
    access::need_framework(state, user, site_id, framework_id).await?;
    frameworks::ensure_catalogues(state).await?;
    let f = repo::frameworks::by_id(&state.db, framework_id).await?.ok_or(AppError::NotFound)?;
    let today = crate::services::calendar::today_on(state, site_id).await?;
    let reqs = frameworks::requirements(state, framework_id).await?;
    let req_ids: Vec<i64> = reqs.iter().map(|r| r.id).collect();
    let links = repo::evidence::links_to(&state.db, req_ids.clone()).await?;
    let evidence: Vec<ev::Model> =
        repo::evidence::of_site_among(&state.db, links.iter().map(|l| l.evidence_id), site_id).await?;
    let dtos = crate::services::records::evidence::dtos(state, evidence, today).await?;
    let by_id: HashMap<i64, &contract::dto::compliance::EvidenceDto> = dtos.iter().map(|d| (d.id, d)).collect();
    let open_capa = frameworks::open_capa_by_clause(state, site_id).await?;
    let applies = repo::frameworks::site_link(&state.db, site_id, framework_id).await?.is_some();
    let mut rows = Vec::new();
    let (mut covered, mut e30, mut e60, mut e90) = (0, 0, 0, 0);
    let total = reqs.len() as i64;
    for r in reqs {
        let evidence: Vec<_> = links
            .iter()
            .filter(|l| l.requirement_id == r.id)
            .filter_map(|l| by_id.get(&l.evidence_id).map(|d| (*d).clone()))
            .collect();
        let current: Vec<_> = evidence.iter().filter(|e| e.current).collect();
        let is_covered = !current.is_empty();
        // the requirement stays covered until its last current evidence ends
        let last_end = if current.iter().any(|e| e.valid_until.is_none()) {
            None
        } else {
            current.iter().filter_map(|e| e.valid_until).max()
        };
        let bucket = if is_covered { expiry_bucket(last_end, today) } else { None };
        match bucket {
            Some(30) => e30 += 1,
            Some(60) => e60 += 1,
            Some(90) => e90 += 1,
            _ => {}
        }
        covered += i64::from(is_covered);
        let capa = open_capa.get(&r.reference.to_lowercase()).copied().unwrap_or(0);
        rows.push(ReadinessRow {
            requirement: crate::repo::frameworks::requirement_dto(r),
            covered: is_covered,
            evidence,
            expiring_within: bucket,
            open_capa: capa,
        });
    }
    Ok(ReadinessDto {
        percent: readiness(covered as usize, total as usize),
        framework: frameworks::framework_dto(f, applies, total),
        site_id,
        covered,
        total,
        expiring_30: e30,
        expiring_60: e60,
        expiring_90: e90,
        rows,
        can_manage: user.can(Target::Site(site_id), Permission::ManageCompliance, state.today()),
    })
}
