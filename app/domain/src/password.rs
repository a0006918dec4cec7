//! Password policy from the security baseline (OWASP ASVS 5.0 L2): at least 8 characters
//! (15 recommended), up to 128 (so >= 64 are accepted), no composition rules, the most common
//! passwords and ones built from the account's own name or e-mail refused.
use crate::email::Email;

pub const MIN_LEN: usize = 8;
pub const RECOMMENDED_LEN: usize = 15;
pub const MAX_LEN: usize = 128;

const COMMON: &str = include_str!("common_passwords.txt");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Use at least {MIN_LEN} characters ({RECOMMENDED_LEN} or more is better).")]
    TooShort,
    #[error("Use at most {MAX_LEN} characters.")]
    TooLong,
    #[error("This password is too common; choose one that is harder to guess.")]
    Common,
    #[error("Don't build the password from your name or e-mail address.")]
    Personal,
}

/// Checks a new password. Length counts characters (Unicode scalar values), not bytes.
pub fn check(password: &str, email: Option<&Email>, name: Option<&str>) -> Result<(), PasswordError> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(PasswordError::TooShort);
    }
    if len > MAX_LEN {
        return Err(PasswordError::TooLong);
    }
    let lower = password.to_lowercase();
    if is_common(&lower) || single_repeated_char(&lower) {
        return Err(PasswordError::Common);
    }
    let mut personal: Vec<String> = Vec::new();
    if let Some(e) = email {
        personal.push(e.as_str().to_string());
        personal.push(e.local_part().to_string());
    }
    if let Some(n) = name {
        let n = n.trim().to_lowercase();
        personal.push(n.replace(' ', ""));
        personal.push(n);
    }
    let stripped = strip_trailing_digits_and_symbols(&lower);
    if personal.iter().filter(|p| p.chars().count() >= 3).any(|p| lower == *p || stripped == *p) {
        return Err(PasswordError::Personal);
    }
    Ok(())
}

fn is_common(lower: &str) -> bool {
    COMMON.lines().any(|c| c.trim().eq_ignore_ascii_case(lower))
}

fn single_repeated_char(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => chars.all(|c| c == first),
        None => false,
    }
}

fn strip_trailing_digits_and_symbols(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limits_count_characters() {
        assert_eq!(check("short1!", None, None), Err(PasswordError::TooShort));
        assert_eq!(check("kettle-far", None, None), Ok(()));
        // 8 characters but 16 bytes: accepted
        assert_eq!(check("ñçñçñçñç", None, None), Ok(()));
        let long64 = "correct horse battery staple ".repeat(3);
        assert!(long64.chars().count() >= 64);
        assert_eq!(check(&long64, None, None), Ok(()));
        assert_eq!(check(&"x1".repeat(65), None, None), Err(PasswordError::TooLong));
    }

    #[test]
    fn no_composition_rules() {
        assert_eq!(check("alllowercaseletters", None, None), Ok(()));
        assert_eq!(check("92837465019", None, None), Ok(()));
    }

    #[test]
    fn common_passwords_refused_case_insensitively() {
        for p in ["password", "Password123", "12345678", "QWERTYUIOP", "iloveyou", "aaaaaaaaaaaa"] {
            assert_eq!(check(p, None, None), Err(PasswordError::Common), "{p}");
        }
    }

    #[test]
    fn personal_passwords_refused() {
        let e = Email::parse("marta.kowalski@plant.example").unwrap();
        assert_eq!(check("marta.kowalski", Some(&e), None), Err(PasswordError::Personal));
        assert_eq!(check("marta.kowalski2026!", Some(&e), None), Err(PasswordError::Personal));
        assert_eq!(check("Marta Kowalski", None, Some("Marta Kowalski")), Err(PasswordError::Personal));
        assert_eq!(check("martakowalski99", None, Some("Marta Kowalski")), Err(PasswordError::Personal));
        assert_eq!(check("marta likes hydraulic presses", Some(&e), Some("Marta Kowalski")), Ok(()));
    }
}
