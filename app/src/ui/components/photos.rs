//! Photos as a row of thumbnails, each opening the original.
use leptos::prelude::*;

/// The small JPEGs (`/files/{id}/thumb`), each a link to the full photo.
#[component]
pub fn Thumbs(ids: Vec<i64>, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    view! {
        <div class="thumbs" id=id>
            {ids.into_iter().map(|i| view! {
                <a href=format!("/files/{i}")>
                    <img src=format!("/files/{i}/thumb") alt=format!("Photo {i}") loading="lazy" width="96" height="96" class="thumb"/>
                </a>
            }).collect_view()}
        </div>
    }
}
