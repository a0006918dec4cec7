//! Photos as a row of thumbnails, each opening the original.
use leptos::prelude::*;

use super::lang::{t, use_lang};

/// The small JPEGs (`/files/{id}/thumb`), each a link to the full photo.
#[component]
pub fn Thumbs(ids: Vec<i64>, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="thumbs" id=id>
            {ids.into_iter().map(|i| view! {
                <a href=format!("/files/{i}")>
                    <img src=format!("/files/{i}/thumb") alt=t!(lang, "photo-n", id = i) loading="lazy" width="96" height="96" class="thumb"/>
                </a>
            }).collect_view()}
        </div>
    }
}
