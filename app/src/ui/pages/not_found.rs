use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Not found · Gemba"/>
        <main class="page">
            <h1>"Page not found"</h1>
            <p><a href="/">"Back to Gemba"</a></p>
        </main>
    }
}
