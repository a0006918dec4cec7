//! The audit trail, for administrators and auditors.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::AuditPage;
use contract::error::AppError;

/// Events newest first; filters are optional; `before` continues from `next_before`.
#[server(prefix = "/sfn", endpoint = "list_audit_events", input = GetUrl)]
pub async fn list_audit_events(
    site_id: Option<i64>,
    actor_user_id: Option<i64>,
    entity_type: Option<String>,
    entity_id: Option<String>,
    from: Option<String>,
    until: Option<String>,
    before: Option<i64>,
) -> Result<AuditPage, AppError> {
    use crate::api::ctx;
    use backend::services::audit;
    use domain::validation::FieldErrors;
    ctx::finish(
        async {
            let mut e = FieldErrors::new();
            let mut date = |field: &str, raw: Option<String>| match raw.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(s) => e.check(field, domain::dates::ANY.parse(s, "Use a date like 2026-11-22.")),
            };
            let (from, until) = (date("from", from), date("until", until));
            e.into_result()?;
            let q = audit::Query {
                site_id,
                actor_user_id,
                entity_type,
                entity_id,
                from,
                until,
                before_seq: before,
                limit: Some(50),
            };
            audit::list_for(&ctx::state()?, &ctx::user()?, q).await
        }
        .await,
    )
}

/// The people whose changes the signed-in person may read in the log (the filter's "Changed by").
#[server(prefix = "/sfn", endpoint = "audit_actors", input = GetUrl)]
pub async fn audit_actors() -> Result<Vec<contract::dto::maintenance::PersonDto>, AppError> {
    use crate::api::ctx;
    use backend::services::audit;
    ctx::finish(async { audit::actors_for(&ctx::state()?, &ctx::user()?).await }.await)
}
