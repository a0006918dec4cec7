//! Gemba's web app: server functions (`api`, thin: who asks -> backend -> DTO) and the Leptos UI.
//! Layers point one way: ui -> api -> backend -> contract -> domain (each its own crate under app/).
//! Built twice: natively with `ssr` (server rendering, backend) and to wasm32 with `hydrate`.
#![recursion_limit = "256"]
// no unwrap or expect outside tests: a refusal or an error, never a panic on data
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod api;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Islands: pages are server-rendered; only `#[island]` components hydrate.
    leptos::mount::hydrate_islands();
}
