//! The changes made on this phone: waiting, refused (and why, with the choices), awaiting a
//! signature or a sign-in, and those sent in the last day. They live on the phone (offline.js
//! keeps them in IndexedDB and writes this list), so the page itself is only their frame.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::{t, use_lang};

#[component]
pub fn ChangesPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-changes")/>
        <h1>{t!(lang, "changes-title")}</h1>
        <p class="small muted">{t!(lang, "changes-intro")}</p>
        <p id="changes-empty" class="notice">{t!(lang, "changes-empty")}</p>
        <ol id="changes-list" class="cards offline-list"></ol>
    }
}
