//! Small pieces shared by pages.
pub mod form;

pub use form::{ErrorNotice, FieldError, Loading};
