use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::{t, use_lang};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-not-found")/>
        <main class="page">
            <h1>{t!(lang, "not-found-title")}</h1>
            <p><a href="/">{t!(lang, "not-found-back")}</a></p>
        </main>
    }
}
