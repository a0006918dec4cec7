//! Addresses Gemba sends people to.

/// A local path to go to after signing in (no open redirects to other hosts).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.starts_with("/login") => {
            n.to_string()
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_must_be_local() {
        assert_eq!(safe_next(Some("/audit?site=1")), "/audit?site=1");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("/login?next=/x")), "/");
        assert_eq!(safe_next(None), "/");
    }
}

/// Everything but the unreserved characters of RFC 3986 is percent-encoded in a query value.
const QUERY_VALUE: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// `s` as a query value (`?error=...`, `?actor=...`).
pub fn query_value(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, QUERY_VALUE).to_string()
}

/// A local path as the value of `?next=`: its slashes stay readable.
pub fn next_value(path: &str) -> String {
    const PATH: &percent_encoding::AsciiSet = &QUERY_VALUE.remove(b'/');
    percent_encoding::utf8_percent_encode(path, PATH).to_string()
}

#[cfg(test)]
mod encoding_tests {
    use super::*;

    #[test]
    fn query_values_keep_only_unreserved_characters() {
        assert_eq!(query_value("Nächste Woche & 50%/x"), "N%C3%A4chste%20Woche%20%26%2050%25%2Fx");
        assert_eq!(query_value("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(next_value("/audit?site=2"), "/audit%3Fsite%3D2");
    }
}
