//! Sites (plants): a short code unique in the organisation, a name, an address, a time zone.
use serde::{Deserialize, Serialize};

use super::validation::{FieldErrors, required_text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewSite {
    pub code: String,
    pub name: String,
    pub address: String,
    /// IANA name; the backend checks it against the time-zone database.
    pub timezone: String,
}

/// Site code: 2-16 characters, upper-case letters, digits and '-', normalised to upper case.
pub fn parse_site_code(raw: &str) -> Result<String, String> {
    let s = raw.trim().to_uppercase();
    if s.len() < 2 || s.len() > 16 {
        return Err("Use 2 to 16 characters.".into());
    }
    if !s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-') {
        return Err("Use letters, digits and '-' only.".into());
    }
    Ok(s)
}

impl NewSite {
    /// Validates every field, returning all failures at once. `tz_known` checks the zone name.
    pub fn parse(
        code: &str,
        name: &str,
        address: &str,
        timezone: &str,
        tz_known: impl Fn(&str) -> bool,
    ) -> Result<NewSite, FieldErrors> {
        let mut e = FieldErrors::new();
        let code = e.check("code", parse_site_code(code));
        let name = e.check("name", required_text(name, 120));
        let address = address.trim().to_string();
        if address.chars().count() > 500 {
            e.add("address", "Use at most 500 characters.");
        }
        let tz = timezone.trim().to_string();
        if !tz_known(&tz) {
            e.add("timezone", "Choose a time zone such as Europe/Paris or America/Chicago.");
        }
        let (code, name) = e.finish((code, name))?;
        Ok(NewSite { code, name, address, timezone: tz })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised_and_checked() {
        assert_eq!(parse_site_code(" ric-1 "), Ok("RIC-1".into()));
        assert!(parse_site_code("x").is_err());
        assert!(parse_site_code("plant one").is_err());
    }

    #[test]
    fn every_bad_field_is_named() {
        let err = NewSite::parse("x", " ", "", "Mars/Olympus", |_| false).unwrap_err();
        assert!(err.get("code").is_some());
        assert!(err.get("name").is_some());
        assert!(err.get("timezone").is_some());
        assert!(err.get("address").is_none());
    }
}
