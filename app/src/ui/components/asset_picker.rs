//! The asset picker: a form says which asset by choosing it, never by typing its id. Rendered on
//! the server, so without JavaScript it is a search-results page: search by tag, name or where it
//! is, tap a result, and the page comes back with the asset chosen (`?asset=12`).
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::assets::{chosen_asset, pick_asset};
use contract::dto::maintenance::AssetChoice;

use super::lang::{error_text, t, use_lang};

/// What `page` (this page's path) was given as its asset, with a way to change it; or a search
/// whose results choose one. The form of the page carries the choice in a hidden `asset_id`.
#[component]
pub fn AssetPicker(page: &'static str) -> impl IntoView {
    let query = use_query_map();
    let chosen = move || query.read().get("asset").and_then(|a| a.parse::<i64>().ok());
    let q = move || query.read().get("asset_q").unwrap_or_default();
    let picked = Resource::new(chosen, |id| async move {
        match id {
            Some(id) => chosen_asset(id).await.map(Some),
            None => Ok(None),
        }
    });
    let found = Resource::new(q, |q| async move { if q.trim().is_empty() { Ok(vec![]) } else { pick_asset(q).await } });
    let lang = use_lang();
    view! {
        <section id="asset-pick" class="picker">
            <h2>{t!(lang, "asset")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match picked.await {
                        Ok(Some(a)) => view! {
                            <p class="card chosen" id="asset-chosen">
                                <Choice a/>
                                <a class="button secondary" href=page>{t!(lang, "change")}</a>
                            </p>
                        }.into_any(),
                        Ok(None) => view! { <Search page q=q() found/> }.into_any(),
                        Err(e) => view! {
                            <p class="notice error" role="alert">{error_text(lang, &e)}</p>
                            <Search page q=q() found/>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Search(
    page: &'static str,
    q: String,
    found: Resource<Result<Vec<AssetChoice>, contract::error::AppError>>,
) -> impl IntoView {
    let searched = !q.trim().is_empty();
    let lang = use_lang();
    view! {
        <form method="get" action=page class="search" role="search">
            <label for="asset-q" class="visually-hidden">{t!(lang, "asset-find-label")}</label>
            <input id="asset-q" name="asset_q" type="search" value=q placeholder=t!(lang, "asset-find-placeholder")/>
            <button type="submit" class="secondary">{t!(lang, "find")}</button>
        </form>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let list = found.await.unwrap_or_default();
                match (searched, list.is_empty()) {
                    (false, _) => view! {
                        <p class="small muted">{t!(lang, "asset-find-hint")}</p>
                    }.into_any(),
                    (true, true) => view! { <p class="muted" id="asset-none">{t!(lang, "asset-none")}</p> }.into_any(),
                    (true, false) => view! {
                        <ul class="choices" id="asset-choices">
                            {list.into_iter().map(|a| {
                                let href = format!("{page}?asset={}", a.id);
                                view! { <li><a href=href><Choice a/></a></li> }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Choice(a: AssetChoice) -> impl IntoView {
    view! {
        <span class="choice">
            <strong>{format!("{} · {}", a.tag, a.name)}</strong>
            {(!a.location.is_empty()).then(|| view! { <span class="small muted">{a.location}</span> })}
        </span>
    }
}
