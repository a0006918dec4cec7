//! The reader's language on a page (`i18n`): chosen on the server for each request
//! (`backend::web::context`) and read by every component that writes words.
use leptos::prelude::*;

pub use i18n::{Lang, label, t};

/// The language this page is written in (English where no request says otherwise).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// An error as the reader reads it: the generic ones from the catalogue, a server's message in
/// the reader's language where the catalogue knows it. Rendered on the server; in the browser
/// (islands) the error's own text, which the server already wrote in the reader's language
/// (`api::ctx::finish`): the catalogues stay out of the WebAssembly bundle.
#[cfg(not(feature = "ssr"))]
pub fn error_text(_lang: Lang, e: &contract::error::AppError) -> String {
    e.to_string()
}

/// A server's message (a field's, a refusal's) in the reader's language.
pub fn message_text(lang: Lang, message: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        i18n::translate_english(lang, message)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        message.to_string()
    }
}

#[cfg(feature = "ssr")]
pub fn error_text(lang: Lang, e: &contract::error::AppError) -> String {
    use contract::error::AppError;
    match e {
        AppError::Unauthorized => t!(lang, "err-sign-in"),
        AppError::BadCredentials => t!(lang, "err-bad-credentials"),
        AppError::Forbidden => t!(lang, "err-forbidden"),
        AppError::NotFound => t!(lang, "err-not-found"),
        AppError::Validation(_) => t!(lang, "err-correct-fields"),
        AppError::TooManyRequests { retry_after_secs } => t!(lang, "err-too-many", seconds = *retry_after_secs),
        AppError::Unavailable => t!(lang, "err-unavailable"),
        AppError::Internal { request_id, .. } => t!(lang, "err-internal", request_id = request_id.clone()),
        other => i18n::translate_english(lang, &other.to_string()),
    }
}
