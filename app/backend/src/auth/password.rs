//! argon2id password hashing (OWASP: m=19456 KiB, t=2, p=1) on the blocking pool, one hash per
//! core at a time so sign-ins cannot starve page requests. Unknown accounts are checked against a
//! dummy hash so response time does not reveal which e-mail addresses exist.
use std::sync::{Arc, OnceLock};

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

fn argon2() -> Argon2<'static> {
    // Argon2id, 19 MiB, 2 passes, 1 lane: OWASP's recommendation and the crate's defaults
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::DEFAULT)
}

#[derive(Clone)]
pub struct PasswordHasher {
    permits: Arc<Semaphore>,
    /// Made on the first sign-in with an unknown address (not at start-up: a hash costs tens of
    /// milliseconds of one core).
    dummy: Arc<OnceLock<String>>,
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(String);

impl PasswordHasher {
    /// The hasher, with the dummy hash an unknown account is checked against (so that answering
    /// takes as long as for a known one).
    pub fn new() -> Result<Self, HashError> {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        Ok(PasswordHasher { permits: Arc::new(Semaphore::new(cores)), dummy: Arc::default() })
    }

    pub async fn hash(&self, password: &str) -> Result<String, HashError> {
        let _permit = self.permits.acquire().await.map_err(|e| HashError(e.to_string()))?;
        let pw = password.to_string();
        tokio::task::spawn_blocking(move || hash_blocking(&pw)).await.map_err(|e| HashError(e.to_string()))?
    }

    /// True when `password` matches `phc`; with `phc == None` (no such user) a dummy hash is
    /// verified and the answer is false.
    pub async fn verify(&self, password: &str, phc: Option<&str>) -> bool {
        let Ok(_permit) = self.permits.acquire().await else { return false };
        let (pw, known, dummy) = (password.to_string(), phc.is_some(), self.dummy.clone());
        let phc = phc.map(str::to_string);
        let ok = tokio::task::spawn_blocking(move || {
            let phc = match &phc {
                Some(phc) => phc.as_str(),
                // a failed hash leaves nothing to verify against: the answer is false all the same
                None => dummy.get_or_init(|| hash_blocking("gemba dummy password, never valid").unwrap_or_default()),
            };
            PasswordHash::new(phc)
                .map(|parsed| argon2().verify_password(pw.as_bytes(), &parsed).is_ok())
                .unwrap_or(false)
        })
        .await
        .unwrap_or(false);
        ok && known
    }
}

fn hash_blocking(password: &str) -> Result<String, HashError> {
    let salt = SaltString::generate(&mut OsRng);
    argon2().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| HashError(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_with_owasp_parameters_and_verifies() {
        let h = PasswordHasher::new().unwrap();
        let phc = h.hash("kettle-far-lantern").await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(h.verify("kettle-far-lantern", Some(&phc)).await);
        assert!(!h.verify("kettle-far-lanterN", Some(&phc)).await);
        assert!(!h.verify("gemba dummy password, never valid", None).await);
        assert!(!h.verify("anything", Some("not a hash")).await);
    }
}
