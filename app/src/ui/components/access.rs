//! Showing only what the reader may use: a link to a page is rendered for those the page table
//! (`domain::authz::PAGES`, the one the server enforces) lets open it, and for no one else.
use leptos::prelude::*;

use crate::ui::layout::use_me;

/// Its children only for a reader who may open `path`.
#[component]
pub fn IfMayOpen(#[prop(into)] path: String, children: ChildrenFn) -> impl IntoView {
    let me = use_me();
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let path = path.clone();
                Suspend::new(async move {
                    let may = me.await.map(|m| m.may_open(&path)).unwrap_or(false);
                    may.then(|| children.with_value(|c| c()))
                })
            }}
        </Suspense>
    }
}
