//! Home: who you are, your sites and your roles there.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::{Loading, form::error_view};
use crate::ui::layout::use_me;
use contract::dto::Me;

#[component]
pub fn HomePage() -> impl IntoView {
    let me = use_me();
    view! {
        <Title text="Home · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match me.await {
                    Ok(me) => view! { <Welcome me/> }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Welcome(me: Me) -> impl IntoView {
    let current = me.current_site().map(|s| s.site.name.clone()).unwrap_or_default();
    let current_name = current.clone();
    let no_sites = me.sites.is_empty();
    view! {
        <h1>{format!("Hello, {}", me.display_name)}</h1>
        <p class="muted">{format!("Signed in as {}", me.email)}</p>
        <Show when=move || !current.is_empty()>
            <p>"Current site: " <strong class="current-site">{current_name.clone()}</strong></p>
        </Show>
        <h2>"Your sites and roles"</h2>
        <Show when=move || no_sites>
            <p class="notice">"You have no role on any site yet. Ask an administrator to grant you one."</p>
        </Show>
        <ul class="cards" id="my-sites">
            {me
                .sites
                .iter()
                .map(|s| {
                    let roles = s.roles.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ");
                    let is_current = Some(s.site.id) == me.current_site_id;
                    view! {
                        <li class="card" class:current=is_current>
                            <h3>{s.site.name.clone()} <span class="code">{s.site.code.clone()}</span></h3>
                            <p class="roles">{roles}</p>
                            <p class="muted small">{format!("Time zone: {}", s.site.timezone)}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
