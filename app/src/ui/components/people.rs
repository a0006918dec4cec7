//! A list of the people who can be assigned work on the current site.
use leptos::prelude::*;

use crate::api::work_orders::site_workers;

#[component]
pub fn WorkerSelect(id: &'static str, name: &'static str) -> impl IntoView {
    let people = Resource::new(|| (), |_| site_workers());
    view! {
        <select id=id name=name>
            <option value="">"Nobody yet"</option>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    people.await.unwrap_or_default().into_iter().map(|p| view! {
                        <option value=p.id.to_string()>{p.name}</option>
                    }).collect_view()
                })}
            </Suspense>
        </select>
    }
}
