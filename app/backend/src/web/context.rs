//! Context for every Leptos render and server-function call: the CSP nonce minted by the
//! security middleware, so the scripts Leptos writes carry the nonce the header allows, and the
//! reader's language (chosen by `web::session`).
use leptos::prelude::*;

use super::request::CspNonce;

pub fn provide() {
    let Some(parts) = use_context::<http::request::Parts>() else { return };
    if let Some(n) = parts.extensions.get::<CspNonce>() {
        provide_context(leptos::nonce::Nonce::from_value(n.0.clone()));
    }
    if let Some(lang) = parts.extensions.get::<i18n::Lang>() {
        provide_context(*lang);
    }
}
