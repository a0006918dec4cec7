//! Random secrets (session cookies, API tokens): only their SHA-256 is stored.
use argon2::password_hash::rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

use domain::audit::hex;

/// `bytes` random bytes as lower-case hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    hex(&buf)
}

pub fn sha256_hex(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

/// A new session token: 128 random bits.
pub fn new_session_token() -> String {
    random_hex(16)
}

pub const API_TOKEN_PREFIX: &str = "gemba_";

/// A new personal API token: `gemba_` + 160 random bits.
pub fn new_api_token() -> String {
    format!("{API_TOKEN_PREFIX}{}", random_hex(20))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_long_enough() {
        let a = new_session_token();
        assert_eq!(a.len(), 32);
        assert_ne!(a, new_session_token());
        let t = new_api_token();
        assert!(t.starts_with(API_TOKEN_PREFIX) && t.len() == 46);
        assert_eq!(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
