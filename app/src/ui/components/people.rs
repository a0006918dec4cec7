//! Person pickers: the people of the current site who may take the thing on, by name (never an id).
use leptos::prelude::*;

use crate::api::safety::capa_owners;
use crate::api::work_orders::site_workers;
use contract::dto::maintenance::PersonDto;
use contract::error::AppError;

use super::lang::{t, use_lang};

/// A select of `people` by name, the first option `none` (empty value).
fn person_select(
    id: String,
    name: &'static str,
    none: String,
    required: bool,
    people: Resource<Result<Vec<PersonDto>, AppError>>,
) -> impl IntoView {
    view! {
        <select id=id name=name required=required>
            <option value="">{none}</option>
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

/// The people who may be assigned work on the current site.
#[component]
pub fn WorkerSelect(id: &'static str, name: &'static str) -> impl IntoView {
    person_select(
        id.to_string(),
        name,
        t!(use_lang(), "people-nobody-yet"),
        false,
        Resource::new(|| (), |_| site_workers()),
    )
}

/// The people who may own a corrective or preventive action on the current site.
#[component]
pub fn OwnerSelect(#[prop(into)] id: String, name: &'static str) -> impl IntoView {
    person_select(id, name, t!(use_lang(), "people-choose"), true, Resource::new(|| (), |_| capa_owners()))
}
