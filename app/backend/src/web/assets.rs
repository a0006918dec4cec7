//! The static bundle (wasm, JS, CSS, icon) is served under a versioned path, `/v/<hash>/pkg/...`,
//! where the hash is of the bundle's files as they are on disk: a browser may keep them for a year
//! without asking again (`immutable`), and a new release is a new path, never a stale file.
use std::path::Path;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

static VERSION: OnceLock<String> = OnceLock::new();

/// Hashes the bundle in `site_dir/pkg` once per process; the first site directory wins (every
/// instance in one process serves the same bundle).
pub fn init(site_dir: &Path) -> &'static str {
    VERSION.get_or_init(|| {
        let mut files: Vec<_> = std::fs::read_dir(site_dir.join("pkg"))
            .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file()).collect())
            .unwrap_or_default();
        files.sort();
        let mut h = Sha256::new();
        for f in files {
            h.update(f.file_name().map(|n| n.as_encoded_bytes()).unwrap_or_default());
            h.update(std::fs::read(&f).unwrap_or_default());
        }
        h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
    })
}

/// The path prefix of the bundle, e.g. `/v/3f2a9c0d1e4b5a6c` (`/pkg/...` follows it).
pub fn prefix() -> String {
    format!("/v/{}", VERSION.get().map(String::as_str).unwrap_or("dev"))
}

/// What a browser may do with a response it was given for `path`: the versioned bundle is kept for
/// a year, OSHA pages, the API and server-function answers are never stored (medical and personal
/// data), other pages are checked again every time.
pub fn cache_control(path: &str, is_html: bool, ok: bool) -> Option<&'static str> {
    if path.starts_with("/v/") {
        return ok.then_some("public, max-age=31536000, immutable");
    }
    if path.starts_with("/osha") || path.starts_with("/api/") || path.starts_with("/sfn/") {
        return Some("no-store");
    }
    is_html.then_some("private, no-cache")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_is_kept_and_personal_answers_are_not() {
        assert_eq!(cache_control("/v/abc/pkg/gemba.js", false, true), Some("public, max-age=31536000, immutable"));
        assert_eq!(cache_control("/v/abc/pkg/missing.js", false, false), None, "a 404 is not kept");
        assert_eq!(cache_control("/osha/cases/1", true, true), Some("no-store"));
        assert_eq!(cache_control("/api/v1/osha/log", false, true), Some("no-store"));
        assert_eq!(cache_control("/work", true, true), Some("private, no-cache"));
        assert_eq!(cache_control("/files/3", false, true), None, "files say for themselves");
    }
}
