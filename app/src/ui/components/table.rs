//! Tables wider than a phone.
use leptos::prelude::*;

/// A table that may be wider than the screen: it scrolls sideways on its own (the page never
/// does), and is a named region that takes focus, so it can be scrolled from a keyboard and is
/// announced by a screen reader.
#[component]
pub fn WideTable(#[prop(into)] label: String, children: Children) -> impl IntoView {
    wide_table(label, children())
}

/// [`WideTable`] for a table whose cells borrow from the data being rendered.
pub fn wide_table<V: IntoView>(label: String, table: V) -> impl IntoView {
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-label=label>
            {table}
        </div>
    }
}
