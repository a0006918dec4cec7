//! Sign-in. A plain HTML form (`email`, `password`) that works without JavaScript; on failure
//! the server sends the browser back here with the error in the address, shown under the form.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::Login;
use crate::ui::components::{ErrorNotice, HydrationMark, t, use_lang};

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<Login>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "login-title")/>
        <main class="auth">
            <h1 class="brand-large">"Gemba"</h1>
            <p class="muted">{t!(lang, "login-tagline")}</p>
            <form method="post" action=Login::url() class="stack">
                <input type="hidden" name="next" value=next/>
                <label for="email">{t!(lang, "login-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" inputmode="email" required/>
                <label for="password">{t!(lang, "login-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
                <ErrorNotice result=action.value()/>
                <button type="submit">{t!(lang, "login-sign-in")}</button>
            </form>
        </main>
        <HydrationMark/>
    }
}
