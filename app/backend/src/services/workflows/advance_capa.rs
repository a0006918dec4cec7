//! Moving a CAPA action along its states; verifying it effective closes the finding it came from.
use crate::auth::CurrentUser;
use crate::db::begin_write;
use crate::entities::capa_action as ca;
use crate::repo::capa as capa_rows;
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::services::records::capa;
use crate::state::AppState;
use contract::dto::safety::CapaDto;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::capa::{CapaAsker, CapaStatus, transition};
use domain::reminder::ItemType;
use sea_orm::ActiveValue::Set;
use serde_json::json;

/// Moves an action on: the owner (or a CAPA manager) starts it and marks it done with evidence;
/// someone other than the owner, with `ManageCapa`, checks it effective or not (reopened).
pub async fn advance(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    to: &str,
    evidence: &str,
    note: &str,
) -> Result<CapaDto, AppError> {
    let now = state.now();
    let today = state.today();
    let r = capa_rows::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let to = CapaStatus::parse(to).ok_or_else(|| AppError::validation("status", "Unknown status."))?;
    let from = CapaStatus::parse(&r.status).unwrap_or(CapaStatus::Open);
    let manager = user.can(Target::Site(r.site_id), Permission::ManageCapa, today);
    let checking = matches!(to, CapaStatus::VerifiedEffective | CapaStatus::Reopened) && from == CapaStatus::Done;
    if (checking || r.owner_id != user.id) && !manager {
        Caller::User(user).require(Target::Site(r.site_id), Permission::ManageCapa, today)?;
    }
    if !checking && r.owner_id == user.id {
        Caller::User(user).require(Target::Site(r.site_id), Permission::ViewSite, today)?;
    }
    if evidence.chars().count() > 10_000 || note.chars().count() > 10_000 {
        return Err(AppError::validation("evidence", "Use at most 10000 characters."));
    }
    transition(from, to, CapaAsker { user_id: user.id, is_owner: r.owner_id == user.id }, evidence, note).map_err(
        |err| {
            let field = match err {
                domain::capa::CapaError::EvidenceRequired => "evidence",
                domain::capa::CapaError::NoteRequired => "note",
                _ => "status",
            };
            AppError::validation(field, err.to_string())
        },
    )?;
    let txn = begin_write(&state.db).await?;
    let current = capa_rows::by_id(&txn, id).await?.ok_or(AppError::NotFound)?;
    if current.status != r.status {
        return Err(AppError::Conflict("Someone changed this action meanwhile; reload it.".into()));
    }
    let mut am: ca::ActiveModel = current.into();
    am.status = Set(to.as_str().into());
    match to {
        CapaStatus::Done => {
            am.evidence = Set(evidence.trim().into());
            am.completed_at = Set(Some(now));
        }
        CapaStatus::VerifiedEffective | CapaStatus::Reopened => {
            am.verified_by = Set(Some(user.id));
            am.verified_at = Set(Some(now));
            am.effectiveness_note = Set(note.trim().into());
        }
        _ => {}
    }
    am.updated_at = Set(now);
    let saved = capa_rows::save(&txn, am).await?;
    if !to.is_open() {
        crate::repo::reminders::settle_item(&txn, ItemType::Capa, id, now).await?;
    }
    if to == CapaStatus::VerifiedEffective && saved.source_type == "finding" {
        crate::services::workflows::act_on_finding::close_for_capa(&txn, &user.actor(), saved.id, now).await?;
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("capa.status", "capa_action", id)
            .site(Some(r.site_id))
            .before(json!({"status": r.status}))
            .after(json!({"status": saved.status, "evidence": saved.evidence, "note": saved.effectiveness_note})),
    )
    .await?;
    txn.commit().await?;
    crate::services::one(capa::to_dtos(state, user, vec![saved]).await?)
}
