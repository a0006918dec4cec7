//! Sign-in. A plain HTML form (`email`, `password`) that works without JavaScript; on failure
//! the server sends the browser back here with the error in the address, shown under the form.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::Login;
use crate::ui::components::{ErrorNotice, HydrationMark};

#[component]
pub fn LoginPage() -> impl IntoView {
    let action = ServerAction::<Login>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    view! {
        <Title text="Sign in · Gemba"/>
        <main class="auth">
            <h1 class="brand-large">"Gemba"</h1>
            <p class="muted">"Maintenance and safety, on the shop floor."</p>
            <form method="post" action=Login::url() class="stack">
                <input type="hidden" name="next" value=next/>
                <label for="email">"E-mail"</label>
                <input id="email" name="email" type="email" autocomplete="username" inputmode="email" required/>
                <label for="password">"Password"</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
                <ErrorNotice result=action.value()/>
                <button type="submit">"Sign in"</button>
            </form>
        </main>
        <HydrationMark/>
    }
}
