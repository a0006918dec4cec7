//! Previous / next links of a list shown a page at a time, with "Page n of m".
use leptos::prelude::*;

use super::lang::{Lang, t};

/// What a list's pager says: its name (for screen readers) and its two links (the inbox says
/// newer / older, most lists previous / next page).
pub struct PagerWords {
    pub name: String,
    pub previous: String,
    pub next: String,
}

impl PagerWords {
    /// Previous / next page.
    pub fn pages(lang: Lang) -> Self {
        PagerWords { name: t!(lang, "list-pages"), previous: t!(lang, "list-previous"), next: t!(lang, "list-next") }
    }
}

/// The pager of a list of `total` items shown `per_page` at a time, on `page` (from 1); `base` is
/// the list's address ending with `?` or `&` (the page number is added to it).
pub fn pager(lang: Lang, words: PagerWords, base: String, page: i64, per_page: i64, total: i64) -> impl IntoView {
    let last = ((total + per_page.max(1) - 1) / per_page.max(1)).max(1);
    let page = page.clamp(1, last);
    let link = move |p: i64| format!("{base}page={p}");
    let PagerWords { name, previous, next } = words;
    view! {
        <nav class="links pager no-print" aria-label=name>
            {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{previous}</a> })}
            <span class="muted small">{t!(lang, "list-page-of", page = page.to_string(), last = last.to_string())}</span>
            {(page < last).then(|| view! { <a href=link(page + 1) rel="next">{next}</a> })}
        </nav>
    }
}
