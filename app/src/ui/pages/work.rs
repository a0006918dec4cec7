//! "My work" (the technician's phone list), the site's work orders, and a new work order.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::asset_picker::AssetPicker;
use crate::ui::components::people::WorkerSelect;
use leptos_router::hooks::use_query_map;

use crate::api::work_orders::{CreateWorkOrder, list_work_orders, my_work};
use crate::ui::components::wo::WorkOrderCard;
use crate::ui::components::{ErrorNotice, FieldError, IfMayOpen, Loading, form::error_view};
use contract::dto::maintenance::WorkOrderPage;
use contract::error::AppError;
use domain::work_order::{Priority, WorkOrderType};

/// The `page` query parameter (1 when absent).
pub(crate) fn page_param() -> impl Fn() -> i64 + Copy {
    let q = use_query_map();
    move || q.read().get("page").and_then(|p| p.parse().ok()).unwrap_or(1)
}

fn list_view(r: Result<WorkOrderPage, AppError>, base: String, empty: &'static str) -> AnyView {
    match r {
        Ok(p) => {
            let more = p.page * p.per_page < p.total as i64;
            let next = format!("{base}page={}", p.page + 1);
            let none = p.items.is_empty();
            view! {
                <p class="muted small">{format!("{} in all", p.total)}</p>
                <Show when=move || none>
                    <p class="notice">{empty}</p>
                </Show>
                <ul class="cards" id="wo-list">
                    {p.items.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
                </ul>
                <Show when=move || more>
                    <a class="button secondary" href=next.clone()>"More"</a>
                </Show>
            }
            .into_any()
        }
        Err(e) => error_view(&e),
    }
}

#[component]
pub fn MyWorkPage() -> impl IntoView {
    let page = page_param();
    let items = Resource::new(page, |p| my_work(Some(p)));
    view! {
        <Title text="My work · Gemba"/>
        <h1>"My work"</h1>
        <p class="muted small">"Assigned to you: overdue first, then due today, then the rest."</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move { list_view(items.await, "/work?".into(), "Nothing assigned to you. Well done.") })}
        </Suspense>
    }
}

#[component]
pub fn WorkOrdersPage() -> impl IntoView {
    let query = use_query_map();
    let page = page_param();
    let status = move || query.read().get("status").unwrap_or_else(|| "open".into());
    let q = move || query.read().get("q").unwrap_or_default();
    let items =
        Resource::new(move || (status(), q(), page()), |(s, q, p)| list_work_orders(Some(s), Some(q), None, Some(p)));
    view! {
        <Title text="Work orders · Gemba"/>
        <h1>"Work orders"</h1>
        <IfMayOpen path="/work-orders/new">
            <p><a class="button" href="/work-orders/new">"New work order"</a></p>
        </IfMayOpen>
        <form method="get" action="/work-orders" class="search">
            <label for="wo-status" class="visually-hidden">"Status"</label>
            <select id="wo-status" name="status">
                {[("open", "Open"), ("requested", "Requests"), ("done", "Done"), ("cancelled", "Cancelled"), ("all", "All")]
                    .into_iter()
                    .map(|(v, l)| view! { <option value=v selected=move || status() == v>{l}</option> })
                    .collect_view()}
            </select>
            <label for="wo-q" class="visually-hidden">"Search"</label>
            <input id="wo-q" name="q" type="search" placeholder="Title" value=q/>
            <button type="submit" class="secondary">"Filter"</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                list_view(items.await, format!("/work-orders?status={}&q={}&", status(), q()), "No work orders here.")
            })}
        </Suspense>
    }
}

#[component]
pub fn NewWorkOrderPage() -> impl IntoView {
    let create = ServerAction::<CreateWorkOrder>::new();
    let result = create.value();
    let query = use_query_map();
    let asset = move || query.read().get("asset").unwrap_or_default();
    view! {
        <Title text="New work order · Gemba"/>
        <h1>"New work order"</h1>
        <AssetPicker page="/work-orders/new"/>
        <ActionForm action=create>
            <div class="stack">
                <input type="hidden" name="asset_id" value=asset/>
                <FieldError result field="asset_id"/>
                <label for="wo-title">"What needs doing"</label>
                <input id="wo-title" name="title" required maxlength="200"/>
                <FieldError result field="title"/>
                <label for="wo-type">"Type"</label>
                <select id="wo-type" name="wo_type">
                    {WorkOrderType::ALL.iter().map(|t| view! { <option value=t.as_str()>{t.label()}</option> }).collect_view()}
                </select>
                <label for="wo-priority">"Priority"</label>
                <select id="wo-priority" name="priority">
                    {Priority::ALL
                        .iter()
                        .map(|p| view! { <option value=p.as_str() selected=*p == Priority::Medium>{p.label()}</option> })
                        .collect_view()}
                </select>
                <label for="wo-due">"Due date"</label>
                <input id="wo-due" name="due_date" type="date"/>
                <FieldError result field="due_date"/>
                <label for="wo-assignee">"Assign to"</label>
                <WorkerSelect id="wo-assignee" name="assignee"/>
                <FieldError result field="assignees"/>
                <label for="wo-minutes">"Estimated minutes"</label>
                <input id="wo-minutes" name="estimated_minutes" inputmode="numeric"/>
                <FieldError result field="estimated_minutes"/>
                <label for="wo-desc">"Details"</label>
                <textarea id="wo-desc" name="description" rows="4"></textarea>
                <ErrorNotice result/>
                <button type="submit">"Create"</button>
            </div>
        </ActionForm>
    }
}
