//! Context for every Leptos render and server-function call: the CSP nonce minted by the
//! security middleware, so the scripts Leptos writes carry the nonce the header allows.
use leptos::prelude::*;

use super::request::CspNonce;

pub fn provide() {
    if let Some(parts) = use_context::<http::request::Parts>()
        && let Some(n) = parts.extensions.get::<CspNonce>()
    {
        provide_context(leptos::nonce::Nonce::from_value(n.0.clone()));
    }
}
