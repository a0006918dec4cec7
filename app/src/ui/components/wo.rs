//! Pieces shared by work-order pages.
use leptos::prelude::*;

use contract::dto::maintenance::WorkOrderSummary;
use domain::work_order::WorkOrderStatus;

use super::lang::{label, t, use_lang};

#[component]
pub fn StatusBadge(status: WorkOrderStatus) -> impl IntoView {
    let class = match status {
        WorkOrderStatus::Done => "badge on",
        WorkOrderStatus::Cancelled => "badge off",
        WorkOrderStatus::Requested => "badge req",
        _ => "badge open",
    };
    view! { <span class=class>{label(use_lang(), "wo-status", status.as_str())}</span> }
}

/// A work order as a card in a list: the whole card is the link (a big touch target).
#[component]
pub fn WorkOrderCard(wo: WorkOrderSummary) -> impl IntoView {
    let lang = use_lang();
    let due = match wo.due_date {
        Some(d) => t!(lang, "wo-due", date = i18n::date(lang, d)),
        None => t!(lang, "wo-no-due-date"),
    };
    let asset = match (&wo.asset_tag, &wo.asset_name) {
        (Some(t), Some(n)) => format!("{t} · {n}"),
        _ => String::new(),
    };
    let overdue = wo.overdue;
    view! {
        <li class="card wo" class:overdue=overdue>
            <a href=format!("/work-orders/{}", wo.id) class="card-link">
                <span class="wo-title">
                    <strong>{format!("#{} {}", wo.id, wo.title)}</strong>
                </span>
                <span class="muted small">{asset}</span>
                <span class="meta">
                    <StatusBadge status=wo.status/>
                    " "
                    <span class="small">{label(lang, "wo-priority", wo.priority.as_str())}</span>
                    " · "
                    <span class="small" class:late=overdue>{due}</span>
                    {overdue.then(|| view! { " " <span class="badge off">{t!(lang, "wo-overdue")}</span> })}
                </span>
            </a>
        </li>
    }
}
