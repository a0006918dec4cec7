//! The session cookie. Over HTTPS it is `__Host-gemba_session` (Secure, so browsers enforce
//! Path=/ and no Domain); on plain-HTTP development set-ups browsers refuse `__Host-` cookies
//! without Secure, so it is `gemba_session` there (documented in the README).
use http::HeaderMap;

pub const SECURE_NAME: &str = "__Host-gemba_session";
pub const PLAIN_NAME: &str = "gemba_session";

pub fn name(https: bool) -> &'static str {
    if https { SECURE_NAME } else { PLAIN_NAME }
}

/// `Set-Cookie` value for a new session; a session cookie (no Max-Age) ends with the browser,
/// the server-side expiry ends it anyway.
pub fn set(token: &str, https: bool, max_age_secs: i64) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}", name(https))
}

pub fn clear(https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", name(https))
}

/// Hands a new API token's secret to the profile page after a form post without JavaScript:
/// HttpOnly, only sent to /profile, gone after five minutes or the first read.
pub const NEW_TOKEN: &str = "gemba_new_token";

pub fn new_token_set(secret: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{NEW_TOKEN}={secret}; Path=/profile; HttpOnly; SameSite=Strict; Max-Age=300{secure}")
}

pub fn new_token_clear(https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{NEW_TOKEN}=; Path=/profile; HttpOnly; SameSite=Strict; Max-Age=0{secure}")
}

/// Marks a device that signed in before (`services::records::auth::login`): HttpOnly, sent only with a
/// sign-in, kept for as long as a device stays known.
pub const DEVICE: &str = "gemba_device";
const DEVICE_PATH: &str = "/sfn/login";

pub fn device_set(token: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    let max_age = domain::throttle::KNOWN_DEVICE_DAYS * 86_400;
    format!("{DEVICE}={token}; Path={DEVICE_PATH}; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}")
}

/// The device token from the request's Cookie headers.
pub fn device_read(headers: &HeaderMap) -> Option<String> {
    read_named(headers, DEVICE).filter(|v| v.len() == 32 && v.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The session token from the request's Cookie headers.
pub fn read(headers: &HeaderMap, https: bool) -> Option<String> {
    read_named(headers, name(https)).filter(|v| v.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A cookie's value (token-like: letters, digits, '_' only, at most 128 characters).
pub fn read_named(headers: &HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == wanted)
        .map(|(_, v)| v.trim().to_string())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags() {
        let c = set("abc", true, 60);
        assert!(c.starts_with("__Host-gemba_session=abc;"));
        for flag in ["Path=/", "HttpOnly", "SameSite=Lax", "Secure"] {
            assert!(c.contains(flag), "{c}");
        }
        assert!(!set("abc", false, 60).contains("Secure"));
    }

    #[test]
    fn reads_only_our_cookie() {
        let mut h = HeaderMap::new();
        h.append(http::header::COOKIE, "a=1; gemba_session=00ff; b=2".parse().unwrap());
        assert_eq!(read(&h, false), Some("00ff".into()));
        assert_eq!(read(&h, true), None);
        let mut bad = HeaderMap::new();
        bad.append(http::header::COOKIE, "gemba_session=<script>".parse().unwrap());
        assert_eq!(read(&bad, false), None);
    }
}
