//! Gemba: maintenance and safety compliance for manufacturing plants.
//! Built twice: natively with `ssr` (server rendering, backend) and to wasm32 with `hydrate`.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod backend;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Islands: pages are server-rendered; only `#[island]` components hydrate.
    leptos::mount::hydrate_islands();
}
