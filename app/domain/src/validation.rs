//! Field-level validation errors: every bad field named with a message a person can act on.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn single(field: &str, message: impl Into<String>) -> Self {
        let mut e = Self::new();
        e.add(field, message);
        e
    }

    /// Keeps the first message for a field.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.to_string()).or_insert_with(|| message.into());
    }

    /// Records `result`'s error under `field` and returns its value, if any.
    pub fn check<T, E: std::fmt::Display>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(field, e.to_string());
                None
            }
        }
    }

    /// A required date (YYYY-MM-DD, within [`crate::dates::ANY`]), or the field's error.
    pub fn date(&mut self, field: &str, raw: &str) -> Option<chrono::NaiveDate> {
        self.check(field, crate::dates::ANY.parse(raw, "Give the date as YYYY-MM-DD."))
    }

    /// An optional date: blank is None.
    pub fn optional_date(&mut self, field: &str, raw: &str) -> Option<chrono::NaiveDate> {
        if raw.trim().is_empty() { None } else { self.date(field, raw) }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    /// `Ok(())` when no field failed.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() { Ok(()) } else { Err(self) }
    }

    /// The checked values (an `Option` or a tuple of them, as [`FieldErrors::check`] gave them)
    /// when no field failed, else these errors: `let (a, b) = e.finish((a, b))?;` instead of
    /// `e.into_result()?` followed by an `unwrap` per value.
    pub fn finish<T: Checked>(self, values: T) -> Result<T::Value, FieldErrors> {
        self.into_result()?;
        // a value is missing only when its check recorded an error; should a caller have left one
        // unchecked, the person is asked to look at the form rather than the server failing
        values.all().ok_or_else(|| FieldErrors::single("form", "Some fields could not be read: check the form."))
    }
}

/// Values that each came out of a check: all of them, or None when any is missing.
pub trait Checked {
    type Value;
    fn all(self) -> Option<Self::Value>;
}

impl<A> Checked for Option<A> {
    type Value = A;
    fn all(self) -> Option<A> {
        self
    }
}

macro_rules! checked_tuple {
    ($($t:ident),+) => {
        impl<$($t),+> Checked for ($(Option<$t>,)+) {
            type Value = ($($t,)+);
            #[allow(non_snake_case)]
            fn all(self) -> Option<Self::Value> {
                let ($($t,)+) = self;
                Some(($($t?,)+))
            }
        }
    };
}
checked_tuple!(A, B);
checked_tuple!(A, B, C);
checked_tuple!(A, B, C, D);
checked_tuple!(A, B, C, D, E);
checked_tuple!(A, B, C, D, E, F);
checked_tuple!(A, B, C, D, E, F, G);

/// Trims and bounds a required single-line text.
pub fn required_text(raw: &str, max_chars: usize) -> Result<String, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Err("This field is required.".into());
    }
    if s.chars().count() > max_chars {
        return Err(format!("Use at most {max_chars} characters."));
    }
    if s.chars().any(char::is_control) {
        return Err("Remove control characters.".into());
    }
    Ok(s.to_string())
}

/// Trims and bounds an optional single-line text (blank is fine).
pub fn optional_text(raw: &str, max_chars: usize) -> Result<String, String> {
    if raw.trim().is_empty() { Ok(String::new()) } else { required_text(raw, max_chars) }
}

/// Trims and bounds a required text of several lines (a note): line breaks and tabs are kept,
/// other control characters refused; Windows line ends become plain ones.
pub fn required_lines(raw: &str, max_chars: usize) -> Result<String, String> {
    let s = raw.replace("\r\n", "\n");
    let s = s.trim();
    if s.is_empty() {
        return Err("This field is required.".into());
    }
    if s.chars().count() > max_chars {
        return Err(format!("Use at most {max_chars} characters."));
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err("Remove control characters.".into());
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finish_gives_every_checked_value_or_every_field_error() {
        let mut e = FieldErrors::new();
        let a = e.check("a", Ok::<_, String>(1));
        let b = e.check("b", required_text("  x ", 10));
        assert_eq!(e.finish((a, b)), Ok((1, "x".to_string())));
        let mut e = FieldErrors::new();
        let a = e.check("a", Ok::<_, String>(1));
        let b = e.check("b", required_text("  ", 10));
        let c = e.check("c", Err::<i32, _>("bad"));
        let errs = e.finish((a, b, c)).unwrap_err();
        assert_eq!((errs.get("b").is_some(), errs.get("c"), errs.get("a")), (true, Some("bad"), None));
        // a value left unchecked is a message about the form, never a panic
        assert!(FieldErrors::new().finish(None::<i32>).unwrap_err().get("form").is_some());
    }

    #[test]
    fn a_note_keeps_its_lines() {
        assert_eq!(required_lines(" Time: 20\r\nnot recorded\t(x) ", 100), Ok("Time: 20\nnot recorded\t(x)".into()));
        assert!(required_lines("a\u{0}b", 100).is_err());
        assert!(required_lines(" \n ", 100).is_err());
        assert!(required_lines(&"x".repeat(101), 100).is_err());
    }

    #[test]
    fn collects_first_message_per_field() {
        let mut e = FieldErrors::new();
        assert_eq!(e.check::<i32, _>("email", Err("bad")), None);
        e.add("email", "second");
        assert_eq!(e.check::<_, String>("name", Ok(3)), Some(3));
        assert_eq!(e.get("email"), Some("bad"));
        assert_eq!(e.get("name"), None);
        assert!(e.into_result().is_err());
    }

    #[test]
    fn required_text_rules() {
        assert_eq!(required_text("  Press 4 ", 20), Ok("Press 4".into()));
        assert!(required_text("   ", 20).is_err());
        assert!(required_text("abcdef", 5).is_err());
        assert!(required_text("a\u{0007}b", 5).is_err());
    }
}
