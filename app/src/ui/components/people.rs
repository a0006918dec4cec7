//! Person pickers: the people of the current site who may take the thing on, by name (never an id).
use leptos::prelude::*;

use crate::api::safety::capa_owners;
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

/// The people who may own a corrective or preventive action on the current site.
#[component]
pub fn OwnerSelect(#[prop(into)] id: String, name: &'static str) -> impl IntoView {
    let people = Resource::new(|| (), |_| capa_owners());
    view! {
        <select id=id name=name required>
            <option value="">"Choose a person"</option>
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
