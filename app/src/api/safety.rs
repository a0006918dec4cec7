//! Safety events, investigations and CAPA actions.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::maintenance::PersonDto;
use contract::dto::safety::{CapaDto, EventDetail, EventPage, InvestigationDto};
use contract::error::AppError;

/// Safety events of the current site: everyone's for those who may see them (`mine` = only the
/// caller's own), newest first.
#[server(prefix = "/sfn", endpoint = "safety_events", input = GetUrl)]
pub async fn safety_events(mine: Option<bool>, page: Option<i64>) -> Result<EventPage, AppError> {
    use crate::api::ctx;
    use backend::services::records::safety;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            safety::list(&state, &user, site, mine.unwrap_or(false), page.unwrap_or(1), 25).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "safety_event", input = GetUrl)]
pub async fn safety_event(id: i64) -> Result<EventDetail, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async { backend::services::workflows::investigations::detail(&ctx::state()?, &ctx::user()?, id).await }.await,
    )
}

#[server(prefix = "/sfn", endpoint = "save_investigation")]
pub async fn save_investigation(
    event_id: i64,
    people: String,
    witnesses: String,
    timeline: String,
    why1: Option<String>,
    why2: Option<String>,
    why3: Option<String>,
    why4: Option<String>,
    why5: Option<String>,
    root_cause: String,
    cause_category: Option<String>,
    contributing_factors: String,
) -> Result<InvestigationDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::safety;
    ctx::finish(
        async {
            let input = safety::InvestigationInput {
                people,
                witnesses,
                timeline,
                whys: [why1, why2, why3, why4, why5].into_iter().map(Option::unwrap_or_default).collect(),
                root_cause,
                cause_category: cause_category.unwrap_or_default(),
                contributing_factors,
            };
            backend::services::workflows::investigations::save_investigation(
                &ctx::state()?,
                &ctx::user()?,
                event_id,
                input,
            )
            .await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "close_investigation")]
pub async fn close_investigation(event_id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::safety;
    ctx::finish(async { safety::close_investigation(&ctx::state()?, &ctx::user()?, event_id).await }.await)
}

/// Raises a CAPA action from an investigation.
#[server(prefix = "/sfn", endpoint = "create_capa")]
pub async fn create_capa(
    investigation_id: i64,
    kind: String,
    title: String,
    description: Option<String>,
    owner_id: Option<i64>,
    due_date: String,
) -> Result<CapaDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::capa;
    ctx::finish(
        async {
            let input = capa::NewCapa { kind, title, description: description.unwrap_or_default(), owner_id, due_date };
            capa::create(&ctx::state()?, &ctx::user()?, ("investigation", investigation_id), input).await
        }
        .await,
    )
}

/// Moves an action on: in_progress, done (with evidence), verified_effective or reopened (with a note).
#[server(prefix = "/sfn", endpoint = "advance_capa")]
pub async fn advance_capa(
    capa_id: i64,
    status: String,
    evidence: Option<String>,
    note: Option<String>,
) -> Result<CapaDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (e, n) = (evidence.unwrap_or_default(), note.unwrap_or_default());
            backend::services::workflows::advance_capa::advance(&ctx::state()?, &ctx::user()?, capa_id, &status, &e, &n)
                .await
        }
        .await,
    )
}

/// Opens a maintenance work order for an action.
#[server(prefix = "/sfn", endpoint = "capa_work_order")]
pub async fn capa_work_order(capa_id: i64) -> Result<CapaDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            backend::services::workflows::raise_work_order::for_capa(&ctx::state()?, &ctx::user()?, capa_id).await
        }
        .await,
    )
}

/// CAPA actions of the current site (a CAPA manager sees all, others their own).
#[server(prefix = "/sfn", endpoint = "capa_list", input = GetUrl)]
pub async fn capa_list(all: Option<bool>) -> Result<Vec<CapaDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::capa;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            capa::list(&state, &user, site, !all.unwrap_or(false)).await
        }
        .await,
    )
}

/// People who can own an action on the current site.
#[server(prefix = "/sfn", endpoint = "capa_owners", input = GetUrl)]
pub async fn capa_owners() -> Result<Vec<PersonDto>, AppError> {
    use crate::api::ctx;
    use backend::services::records::capa;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            capa::owners(&state, &user, site).await
        }
        .await,
    )
}
