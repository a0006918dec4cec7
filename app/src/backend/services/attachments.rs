//! Uploaded files (photos): type checked by content, stored under a generated name outside the
//! web root with its SHA-256, served back only to people who may see the record.
use sha2::{Digest, Sha256};

use super::audit::{self, Change};
use crate::api::error::AppError;
use crate::backend::auth::{CurrentUser, token::random_hex};
use crate::backend::db::begin_write;
use crate::backend::entities::attachment as at;
use crate::backend::state::AppState;
use crate::domain::audit::hex;
use crate::domain::authz::{Permission, Target};

/// Largest accepted upload (the route's own byte limit is a little above, for multipart framing).
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// The accepted types, recognised by their first bytes (never by name or declared type).
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UploadError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is larger than 10 MB.")]
    TooLarge,
    #[error("Only JPEG, PNG and WebP photos are accepted.")]
    NotAllowed,
}

pub fn check(bytes: &[u8]) -> Result<&'static str, UploadError> {
    if bytes.is_empty() {
        return Err(UploadError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(UploadError::TooLarge);
    }
    sniff(bytes).ok_or(UploadError::NotAllowed)
}

fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String =
        base.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).take(80).collect();
    if cleaned.is_empty() { "photo".into() } else { cleaned }
}

/// Stores a photo for a work order the user can work on.
pub async fn add_to_work_order(
    state: &AppState,
    user: &CurrentUser,
    wo_id: i64,
    original_name: &str,
    bytes: &[u8],
) -> Result<at::Model, AppError> {
    let wo = super::work_orders::workable(state, user, wo_id).await?;
    store(state, &user.actor(), (wo.site_id, "work_order", wo.id), original_name, bytes).await
}

/// Stores a file for a record (site, owner type, owner id) the caller may already change.
pub async fn store(
    state: &AppState,
    actor: &crate::backend::auth::Actor,
    (site_id, owner_type, owner_id): (i64, &'static str, i64),
    original_name: &str,
    bytes: &[u8],
) -> Result<at::Model, AppError> {
    let now = state.now();
    let content_type = check(bytes).map_err(|e| AppError::validation("photo", e.to_string()))?;
    let sha = hex(&Sha256::digest(bytes));
    let storage_name = format!("{}/{}-{}", &sha[..2], random_hex(8), &sha[..16]);
    let dir = state.config.data_dir.join("uploads");
    let path = dir.join(&storage_name);
    if let Some(parent) = path.parent() {
        tokio::fs::create_dir_all(parent).await.map_err(AppError::internal)?;
    }
    tokio::fs::write(&path, bytes).await.map_err(AppError::internal)?;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let txn = begin_write(&state.db).await?;
    let row = at::ActiveModel {
        site_id: Set(site_id),
        owner_type: Set(owner_type.into()),
        owner_id: Set(owner_id),
        storage_name: Set(storage_name),
        content_type: Set(content_type.into()),
        size_bytes: Set(bytes.len() as i64),
        sha256: Set(sha.clone()),
        original_name: Set(clean_name(original_name)),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let row = match row {
        Ok(r) => r,
        Err(e) => {
            let _ = tokio::fs::remove_file(&path).await;
            return Err(e.into());
        }
    };
    audit::record(
        &txn,
        actor,
        now,
        Change::new("attachment.add", owner_type, owner_id).site(Some(site_id)).after(
            serde_json::json!({"attachment": row.id, "sha256": sha, "bytes": bytes.len(), "type": content_type}),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

pub async fn belongs_to(state: &AppState, id: i64, owner_type: &str, owner_id: i64) -> Result<bool, AppError> {
    use sea_orm::EntityTrait;
    Ok(at::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .is_some_and(|a| a.owner_type == owner_type && a.owner_id == owner_id))
}

pub async fn for_owner(state: &AppState, owner_type: &str, owner_id: i64) -> Result<Vec<at::Model>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Ok(at::Entity::find()
        .filter(at::Column::OwnerType.eq(owner_type))
        .filter(at::Column::OwnerId.eq(owner_id))
        .order_by_asc(at::Column::Id)
        .all(&state.db)
        .await?)
}

/// The file and its bytes, for someone who may see its site's maintenance records.
pub async fn read(state: &AppState, user: &CurrentUser, id: i64) -> Result<(at::Model, Vec<u8>), AppError> {
    use sea_orm::EntityTrait;
    let a = at::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
    super::Caller::User(user).require(Target::Site(a.site_id), Permission::ViewMaintenance, state.today())?;
    let bytes = tokio::fs::read(state.config.data_dir.join("uploads").join(&a.storage_name))
        .await
        .map_err(AppError::internal)?;
    Ok((a, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_images_pass() {
        assert_eq!(check(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Ok("image/jpeg"));
        assert_eq!(check(b"\x89PNG\r\n\x1a\nrest"), Ok("image/png"));
        assert_eq!(check(b"RIFF\0\0\0\0WEBPVP8 "), Ok("image/webp"));
        assert_eq!(check(b""), Err(UploadError::Empty));
        assert_eq!(
            check(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
            Err(UploadError::NotAllowed)
        );
        assert_eq!(check(b"PK\x03\x04zipbomb"), Err(UploadError::NotAllowed));
        assert_eq!(check(b"%PDF-1.7"), Err(UploadError::NotAllowed));
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\photos\\pump <1>.jpg"), "pump1.jpg");
    }
}
