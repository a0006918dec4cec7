//! An establishment's identifiers (29 CFR 1904.41 and the ITA file format): one rule per fact,
//! used when they are saved (normalised to the form below) and when the ITA file is written
//! (which takes only that form).
//! - EIN: nine digits, written without the dash.
//! - ZIP: five digits, or nine for ZIP+4, without the dash.
//! - NAICS: six digits.
//! - State: the two-letter postal code, upper case.

/// The nine digits of an EIN typed as `12-3456789`, `123456789` or with spaces.
pub fn ein(raw: &str) -> Result<String, &'static str> {
    digits_of(raw, &[9]).ok_or("An EIN has nine digits, e.g. 12-3456789.")
}

/// The digits of a ZIP code typed as `75001`, `75001-1234` or `750011234`.
pub fn zip(raw: &str) -> Result<String, &'static str> {
    digits_of(raw, &[5, 9]).ok_or("A five-digit ZIP code or ZIP+4, e.g. 75001 or 75001-1234.")
}

/// A six-digit NAICS code.
pub fn naics(raw: &str) -> Result<String, &'static str> {
    let s = raw.trim();
    if s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit()) {
        Ok(s.to_string())
    } else {
        Err("A six-digit NAICS code.")
    }
}

/// A two-letter state postal code, upper case.
pub fn state(raw: &str) -> Result<String, &'static str> {
    let s = raw.trim();
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err("The two-letter postal code, e.g. TX.")
    }
}

/// The digits of `raw` when it is only digits, dashes and spaces, with one of the `counts` of
/// digits; a dash may only separate groups (no leading or trailing dash).
fn digits_of(raw: &str, counts: &[usize]) -> Option<String> {
    let s = raw.trim();
    if s.starts_with('-') || s.ends_with('-') || !s.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ' ') {
        return None;
    }
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    counts.contains(&d.len()).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zip_plus_four_is_kept_as_the_nine_digits_the_ita_file_takes() {
        assert_eq!(zip("75001").as_deref(), Ok("75001"));
        assert_eq!(zip(" 75001-1234 ").as_deref(), Ok("750011234"));
        assert_eq!(zip("750011234").as_deref(), Ok("750011234"));
        for bad in ["ABCDE", "7500", "75001-12345", "75001-", "1234567890", "-75001"] {
            assert!(zip(bad).is_err(), "{bad}");
        }
        assert_ne!(zip("75001-1234").as_deref(), Ok("75001-1234"), "the file takes digits only");
    }

    #[test]
    fn ein_naics_and_state() {
        assert_eq!(ein("12-3456789").as_deref(), Ok("123456789"));
        assert!(ein("12-345678").is_err());
        assert_eq!(naics("336390").as_deref(), Ok("336390"));
        assert!(naics("3363").is_err());
        assert_eq!(state("tx").as_deref(), Ok("TX"));
        assert!(state("Texas").is_err());
    }
}
