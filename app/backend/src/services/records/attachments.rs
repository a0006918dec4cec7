//! Photos on a work order and files served back, each only to people who may see its record.
use crate::auth::CurrentUser;
use crate::entities::attachment as at;
use crate::services::access;
use crate::services::files::{Photo, Rendition, store, thumb_name};
use crate::state::AppState;
use contract::error::AppError;
use domain::audit::hex;
use domain::authz::{Permission, Target};
use sha2::{Digest, Sha256};

/// Stores a photo for a work order the user can work on.
pub async fn add_to_work_order(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    photo: &Photo,
) -> Result<at::Model, AppError> {
    let wo = access::workable_work_order(state, user, wo_id).await?;
    access::taking_work_of(state, user, &wo).await?;
    store(state, &user.actor(), (wo.site_id, "work_order", wo.id), photo).await
}

/// The file (or its thumbnail, as image/jpeg) and its bytes, for someone who may see its site's
/// maintenance records.
pub async fn read(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    rendition: Rendition,
) -> Result<(at::Model, Vec<u8>), AppError> {
    let mut a = crate::repo::attachments::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    if a.owner_type == "safety_event" {
        // an injury's photos are medical details: the reporter and medical roles only
        if !access::may_see_event_photos(state, user, a.owner_id).await? {
            return Err(AppError::Forbidden);
        }
    } else if a.owner_type == "evidence" {
        access::evidence(state, user, a.owner_id).await?;
    } else if a.owner_type == "person_cert" {
        crate::services::Caller::User(user).require(
            Target::Site(a.site_id),
            Permission::ViewCompliance,
            state.today(),
        )?;
    } else {
        crate::services::Caller::User(user).require(
            Target::Site(a.site_id),
            Permission::ViewMaintenance,
            state.today(),
        )?;
    }
    let dir = state.config.data_dir.join("uploads");
    let bytes = match rendition {
        Rendition::Original => {
            let bytes = tokio::fs::read(dir.join(&a.storage_name)).await.map_err(AppError::internal)?;
            // evidence must be what was approved: a file changed on disk is refused, not served
            if matches!(a.owner_type.as_str(), "evidence" | "person_cert") && hex(&Sha256::digest(&bytes)) != a.sha256 {
                tracing::error!(attachment = a.id, "evidence file no longer matches its SHA-256");
                return Err(AppError::Conflict(
                    "This file no longer matches the SHA-256 recorded when it was uploaded: it was altered.".into(),
                ));
            }
            bytes
        }
        Rendition::Thumbnail => {
            a.content_type = "image/jpeg".into();
            tokio::fs::read(dir.join(thumb_name(&a.storage_name))).await.map_err(AppError::internal)?
        }
    };
    Ok((a, bytes))
}
