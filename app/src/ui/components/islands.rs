//! Small islands shared by pages.
use leptos::prelude::*;

/// Marks the page as hydrated (`data-hydrated="true"`) once the WebAssembly runs: for the
/// browser tests, and harmless otherwise.
#[island]
pub fn HydrationMark() -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! { <span class="visually-hidden" data-hydrated=move || hydrated.get().to_string()></span> }
}
