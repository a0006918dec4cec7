//! A safety event with its investigation and the CAPA actions raised from it: the event's page,
//! and saving the investigation (answered with its actions).
use crate::auth::CurrentUser;
use crate::entities::investigation as inv;
use crate::repo::users;
use crate::services::access;
use crate::services::records::{capa, safety};
use crate::state::AppState;
use contract::dto::safety::EventDetail;
use contract::dto::safety::InvestigationDto;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::safety::EventKind;

/// An event with its investigation and actions.
pub async fn detail(state: &AppState, user: &CurrentUser, id: i64) -> Result<EventDetail, AppError> {
    let today = state.today();
    let e = access::safety_event(state, user, id).await?;
    let site = e.site_id;
    let can_investigate = user.can(Target::Site(site), Permission::Investigate, today);
    let investigation = match crate::repo::safety::investigation_of(&state.db, e.id).await? {
        // the investigation of an injury holds medical details too
        Some(i)
            if access::sees_event_details(user, &e, today)
                && user.can(Target::Site(site), Permission::ViewSafetyEvents, today) =>
        {
            Some(investigation_dto(state, user, i).await?)
        }
        _ => None,
    };
    let can_open_case =
        e.kind == EventKind::InjuryIllness.as_str() && user.can(Target::Site(site), Permission::ManageOsha, today);
    Ok(EventDetail {
        event: crate::services::one(safety::to_dtos(state, user, vec![e]).await?)?,
        investigation,
        can_investigate,
        can_open_case,
    })
}

pub async fn investigation_dto(
    state: &AppState,
    user: &CurrentUser,
    i: inv::Model,
) -> Result<InvestigationDto, AppError> {
    let lead = match i.lead_id {
        Some(id) => users::by_id(&state.db, id).await?.map(|u| u.display_name).unwrap_or_default(),
        None => String::new(),
    };
    let actions = capa::for_source(state, user, "investigation", i.id).await?;
    Ok(InvestigationDto {
        id: i.id,
        event_id: i.event_id,
        lead_name: lead,
        people: i.people,
        witnesses: i.witnesses,
        timeline: i.timeline,
        whys: serde_json::from_str(&i.whys).unwrap_or_default(),
        root_cause: i.root_cause,
        cause_category: i.cause_category,
        contributing_factors: i.contributing_factors,
        status: i.status,
        actions,
    })
}

/// Starts or updates the investigation of an event, answered with its actions.
pub async fn save_investigation(
    state: &AppState,
    user: &CurrentUser,
    event_id: i64,
    input: safety::InvestigationInput,
) -> Result<InvestigationDto, AppError> {
    let saved = safety::save_investigation(state, user, event_id, input).await?;
    investigation_dto(state, user, saved).await
}
