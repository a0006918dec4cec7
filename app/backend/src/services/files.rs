//! Stored uploads (photos and documents): type checked by content, stored under a generated name
//! outside the web root with its SHA-256. Serving them back is `records::attachments` (it checks
//! who may see the record).
use sha2::{Digest, Sha256};

use crate::db::begin_write;
use crate::entities::attachment as at;
use crate::repo::attachments;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use crate::token::random_hex;
use contract::error::AppError;
use domain::audit::hex;

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

/// A photo that passed every check (type by content, size, decodes as an image under limits) with
/// its thumbnail, ready to be stored.
pub struct Photo {
    name: String,
    bytes: Vec<u8>,
    content_type: &'static str,
    thumb: Vec<u8>,
}

impl Photo {
    pub async fn prepare(original_name: &str, bytes: Vec<u8>) -> Result<Photo, AppError> {
        let content_type = check(&bytes).map_err(|e| AppError::validation("photo", e.to_string()))?;
        let (bytes, thumb) = tokio::task::spawn_blocking(move || {
            let thumb = crate::services::thumbnails::make(&bytes);
            (bytes, thumb)
        })
        .await
        .map_err(AppError::internal)?;
        let thumb = thumb.map_err(|e| AppError::validation("photo", e.to_string()))?;
        Ok(Photo { name: clean_name(original_name), bytes, content_type, thumb })
    }
}

/// Stores a photo for a record (site, owner type, owner id) the caller may already change: the
/// files first, then the row and its audit entry in one transaction (the files are removed again
/// if that fails).
pub async fn store(
    state: &AppState,
    actor: &crate::auth::Actor,
    owner: (i64, &'static str, i64),
    photo: &Photo,
) -> Result<at::Model, AppError> {
    let now = state.now();
    let (storage_name, sha) = write_file(state, &photo.bytes, Some(&photo.thumb)).await?;
    let file = StoredFile {
        name: &photo.name,
        content_type: photo.content_type,
        size: photo.bytes.len(),
        storage_name: &storage_name,
        sha256: &sha,
    };
    let result = async {
        let txn = begin_write(&state.db).await?;
        let row = insert_attachment(&txn, actor, owner, &file, now).await?;
        txn.commit().await?;
        Ok(row)
    }
    .await;
    if result.is_err() {
        discard(state, &storage_name).await;
    }
    result
}

/// Writes a file (and its thumbnail) under a generated name outside the web root; returns the
/// storage name and the SHA-256. The caller adds the row with `insert_attachment` in its own
/// transaction and calls `discard` if that fails.
pub async fn write_file(state: &AppState, bytes: &[u8], thumb: Option<&[u8]>) -> Result<(String, String), AppError> {
    let sha = hex(&Sha256::digest(bytes));
    let storage_name = format!("{}/{}-{}", &sha[..2], random_hex(8), &sha[..16]);
    let dir = state.config.data_dir.join("uploads");
    let path = dir.join(&storage_name);
    if let Some(parent) = path.parent() {
        tokio::fs::create_dir_all(parent).await.map_err(AppError::internal)?;
    }
    tokio::fs::write(&path, bytes).await.map_err(AppError::internal)?;
    if let Some(thumb) = thumb {
        tokio::fs::write(dir.join(thumb_name(&storage_name)), thumb).await.map_err(AppError::internal)?;
    }
    Ok((storage_name, sha))
}

/// Removes a written file whose row was not stored.
pub async fn discard(state: &AppState, storage_name: &str) {
    let dir = state.config.data_dir.join("uploads");
    let _ = tokio::fs::remove_file(dir.join(storage_name)).await;
    let _ = tokio::fs::remove_file(dir.join(thumb_name(storage_name))).await;
}

/// A file written by `write_file`, to be recorded.
pub struct StoredFile<'a> {
    pub name: &'a str,
    pub content_type: &'static str,
    pub size: usize,
    pub storage_name: &'a str,
    pub sha256: &'a str,
}

/// The attachment row and its audit entry, in the caller's transaction.
pub async fn insert_attachment(
    txn: &sea_orm::DatabaseTransaction,
    actor: &crate::auth::Actor,
    (site_id, owner_type, owner_id): (i64, &'static str, i64),
    file: &StoredFile<'_>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<at::Model, AppError> {
    let new = attachments::NewAttachment {
        site_id,
        owner_type,
        owner_id,
        storage_name: file.storage_name,
        content_type: file.content_type,
        size_bytes: file.size as i64,
        sha256: file.sha256,
        original_name: file.name,
        created_by: actor.user_id,
    };
    let row = attachments::insert(txn, new, now).await?;
    audit::record(
        txn,
        actor,
        now,
        Change::new("attachment.add", owner_type, owner_id).site(Some(site_id)).after(serde_json::json!({
            "attachment": row.id, "sha256": file.sha256, "bytes": file.size, "type": file.content_type
        })),
    )
    .await?;
    Ok(row)
}

/// A document for compliance evidence (certificates, reports, records): PDF, a photo, an office
/// file (docx, xlsx, odt, ods) or plain text/CSV, recognised by content (and, for the zip-based
/// office formats and text, by the name's extension too).
pub struct Document {
    pub name: String,
    pub bytes: Vec<u8>,
    pub content_type: &'static str,
}

pub fn sniff_document(name: &str, bytes: &[u8]) -> Option<&'static str> {
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if let Some(t) = sniff(bytes) {
        return Some(t);
    }
    if bytes.starts_with(b"%PDF-") {
        return Some("application/pdf");
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return match ext.as_str() {
            "docx" => Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx" => Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "odt" => Some("application/vnd.oasis.opendocument.text"),
            "ods" => Some("application/vnd.oasis.opendocument.spreadsheet"),
            _ => None,
        };
    }
    let text = std::str::from_utf8(bytes).is_ok() && !bytes.contains(&0);
    match ext.as_str() {
        "txt" if text => Some("text/plain; charset=utf-8"),
        "csv" if text => Some("text/csv; charset=utf-8"),
        _ => None,
    }
}

/// An office file is a ZIP container: one holding more parts than any real document, or
/// expanding far beyond its size (a zip bomb), is refused before it is stored. What is checked is
/// what the parts really expand to, read with a cap, not what the container claims.
pub const MAX_PARTS: usize = 5_000;
pub const MAX_UNPACKED: u64 = 100 * 1024 * 1024;
pub const MAX_RATIO: u64 = 100;

pub fn check_container(bytes: &[u8]) -> Result<(), String> {
    use std::io::Read;
    let damaged = || "The file is damaged: it cannot be read as a document.".to_string();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| damaged())?;
    if zip.len() > MAX_PARTS {
        return Err(format!("The document holds {} parts; a document has at most {MAX_PARTS}.", zip.len()));
    }
    let limit = MAX_UNPACKED.min(bytes.len() as u64 * MAX_RATIO);
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|_| damaged())?;
        total +=
            std::io::copy(&mut (&mut part).take(limit - total + 1), &mut std::io::sink()).map_err(|_| damaged())?;
        if total > limit {
            return Err(format!(
                "The document expands to more than {} MB ({}x its size): refused as a possible zip bomb.",
                limit / (1024 * 1024),
                limit / bytes.len().max(1) as u64
            ));
        }
    }
    Ok(())
}

impl Document {
    pub fn prepare(original_name: &str, bytes: Vec<u8>) -> Result<Document, AppError> {
        let field = |m: &str| AppError::validation("file", m.to_string());
        if bytes.is_empty() {
            return Err(field("The file is empty."));
        }
        if bytes.len() > MAX_BYTES {
            return Err(field("The file is larger than 10 MB."));
        }
        let content_type = sniff_document(original_name, &bytes)
            .ok_or_else(|| field("Upload a PDF, a photo, a Word/Excel/OpenDocument file, or a text or CSV file."))?;
        if bytes.starts_with(b"PK\x03\x04") {
            check_container(&bytes).map_err(|m| field(&m))?;
        }
        let name = clean_name(original_name);
        Ok(Document { name: if name == "photo" { "document".into() } else { name }, bytes, content_type })
    }
}

/// Whether a stored file still has the SHA-256 recorded when it was uploaded.
pub async fn intact(state: &AppState, a: &at::Model) -> bool {
    match tokio::fs::read(state.config.data_dir.join("uploads").join(&a.storage_name)).await {
        Ok(bytes) => hex(&Sha256::digest(&bytes)) == a.sha256,
        Err(_) => false,
    }
}

pub async fn belongs_to(state: &AppState, id: i64, owner_type: &str, owner_id: i64) -> Result<bool, AppError> {
    Ok(attachments::by_id(&state.db, id).await?.is_some_and(|a| a.owner_type == owner_type && a.owner_id == owner_id))
}

/// Photo ids per owner, for many owners of one type in one query (oldest first).
pub async fn ids_for_owners(
    state: &AppState,
    owner_type: &str,
    owner_ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<i64>>, AppError> {
    let mut out: std::collections::HashMap<i64, Vec<i64>> = Default::default();
    if owner_ids.is_empty() {
        return Ok(out);
    }
    let rows = attachments::ids_for_owners(&state.db, owner_type, owner_ids).await?;
    for (owner, id) in rows {
        out.entry(owner).or_default().push(id);
    }
    Ok(out)
}

pub async fn for_owner(state: &AppState, owner_type: &str, owner_id: i64) -> Result<Vec<at::Model>, AppError> {
    Ok(attachments::for_owner(&state.db, owner_type, owner_id).await?)
}

pub fn thumb_name(storage_name: &str) -> String {
    format!("{storage_name}.thumb.jpg")
}

/// Which rendition of a stored photo to serve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendition {
    Original,
    Thumbnail,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ZIP of `parts` entries, each `size` zero bytes, deflated.
    pub(crate) fn zip_of(parts: usize, size: usize) -> Vec<u8> {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let zeros = vec![0u8; size];
        for i in 0..parts {
            w.start_file(format!("word/part{i}.xml"), opts).unwrap();
            w.write_all(&zeros).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn office_files_that_expand_too_far_or_hold_too_many_parts_are_refused() {
        let ok = zip_of(20, 4_000);
        assert_eq!(check_container(&ok), Ok(()));
        assert!(Document::prepare("minutes.docx", ok).is_ok());
        // 8 MB of zeros in a file of a few KB: a thousand times its size
        let bomb = zip_of(1, 8 * 1024 * 1024);
        assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
        let e = check_container(&bomb).unwrap_err();
        assert!(e.contains("zip bomb"), "{e}");
        let refused = Document::prepare("report.docx", bomb).err().and_then(|e| e.field("file"));
        assert!(refused.is_some_and(|m| m.contains("zip bomb")));
        let many = zip_of(MAX_PARTS + 1, 1);
        assert!(check_container(&many).unwrap_err().contains("parts"));
        assert!(check_container(b"PK\x03\x04 not really a zip").unwrap_err().contains("damaged"));
    }

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
