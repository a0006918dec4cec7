//! "My work" (the technician's phone list), the site's work orders, and a new work order.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::ui::components::asset_picker::AssetPicker;
use crate::ui::components::people::WorkerSelect;
use leptos_router::hooks::use_query_map;

use crate::api::work_orders::{CreateWorkOrder, list_work_orders, my_work};
use crate::ui::components::wo::WorkOrderCard;
use crate::ui::components::{ErrorNotice, FieldError, IfMayOpen, Lang, Loading, form::error_view, label, t, use_lang};
use contract::dto::maintenance::WorkOrderPage;
use contract::error::AppError;
use domain::work_order::{Priority, WorkOrderType};

/// The `page` query parameter (1 when absent).
pub(crate) fn page_param() -> impl Fn() -> i64 + Copy {
    let q = use_query_map();
    move || q.read().get("page").and_then(|p| p.parse().ok()).unwrap_or(1)
}

fn list_view(lang: Lang, r: Result<WorkOrderPage, AppError>, base: String, empty: String) -> AnyView {
    match r {
        Ok(p) => {
            let more = p.page * p.per_page < p.total as i64;
            let next = format!("{base}page={}", p.page + 1);
            let none = p.items.is_empty();
            view! {
                <p class="muted small">{t!(lang, "list-in-all", count = p.total)}</p>
                <Show when=move || none>
                    <p class="notice">{empty.clone()}</p>
                </Show>
                <ul class="cards" id="wo-list">
                    {p.items.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
                </ul>
                <Show when=move || more>
                    <a class="button secondary" href=next.clone()>{t!(lang, "list-more")}</a>
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-my-work")/>
        <h1>{t!(lang, "nav-my-work")}</h1>
        <p class="muted small">{t!(lang, "my-work-order")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move { list_view(lang, items.await, "/work?".into(), t!(lang, "my-work-empty")) })}
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-work-orders")/>
        <h1>{t!(lang, "nav-work-orders")}</h1>
        <IfMayOpen path="/work-orders/new">
            <p><a class="button" href="/work-orders/new">{t!(lang, "wo-new")}</a></p>
        </IfMayOpen>
        <form method="get" action="/work-orders" class="search">
            <label for="wo-status" class="visually-hidden">{t!(lang, "wo-status")}</label>
            <select id="wo-status" name="status">
                {[
                    ("open", t!(lang, "wo-filter-open")),
                    ("requested", t!(lang, "wo-filter-requests")),
                    ("done", t!(lang, "wo-filter-done")),
                    ("cancelled", t!(lang, "wo-filter-cancelled")),
                    ("all", t!(lang, "wo-filter-all")),
                ]
                    .into_iter()
                    .map(|(v, l)| view! { <option value=v selected=move || status() == v>{l}</option> })
                    .collect_view()}
            </select>
            <label for="wo-q" class="visually-hidden">{t!(lang, "search")}</label>
            <input id="wo-q" name="q" type="search" placeholder=t!(lang, "wo-title-placeholder") value=q/>
            <button type="submit" class="secondary">{t!(lang, "filter")}</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                list_view(lang, items.await, format!("/work-orders?status={}&q={}&", status(), q()), t!(lang, "wo-none-here"))
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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-new-work-order")/>
        <h1>{t!(lang, "wo-new")}</h1>
        <AssetPicker page="/work-orders/new"/>
        <ActionForm action=create>
            <div class="stack">
                <input type="hidden" name="asset_id" value=asset/>
                <FieldError result field="asset_id"/>
                <label for="wo-title">{t!(lang, "wo-what")}</label>
                <input id="wo-title" name="title" required maxlength="200"/>
                <FieldError result field="title"/>
                <label for="wo-type">{t!(lang, "wo-type")}</label>
                <select id="wo-type" name="wo_type">
                    {WorkOrderType::ALL.iter().map(|t| view! { <option value=t.as_str()>{label(lang, "wo-type", t.as_str())}</option> }).collect_view()}
                </select>
                <label for="wo-priority">{t!(lang, "wo-priority")}</label>
                <select id="wo-priority" name="priority">
                    {Priority::ALL
                        .iter()
                        .map(|p| view! { <option value=p.as_str() selected=*p == Priority::Medium>{label(lang, "wo-priority", p.as_str())}</option> })
                        .collect_view()}
                </select>
                <label for="wo-due">{t!(lang, "wo-due-date")}</label>
                <input id="wo-due" name="due_date" type="date"/>
                <FieldError result field="due_date"/>
                <label for="wo-assignee">{t!(lang, "wo-assign-to")}</label>
                <WorkerSelect id="wo-assignee" name="assignee"/>
                <FieldError result field="assignees"/>
                <label for="wo-minutes">{t!(lang, "wo-estimated-minutes")}</label>
                <input id="wo-minutes" name="estimated_minutes" inputmode="numeric"/>
                <FieldError result field="estimated_minutes"/>
                <label for="wo-desc">{t!(lang, "wo-details")}</label>
                <textarea id="wo-desc" name="description" rows="4"></textarea>
                <ErrorNotice result/>
                <button type="submit">{t!(lang, "create")}</button>
            </div>
        </ActionForm>
    }
}
