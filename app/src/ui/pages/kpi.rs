//! The maintenance dashboard: PM compliance, overdue work, backlog, planned share, reliability.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::work_orders::maintenance_kpis;
use crate::ui::components::{Loading, form::error_view};
use domain::kpi::show;

/// Bars of monthly PM compliance as an inline SVG (no script; allowed by the CSP).
fn bars(months: &[contract::dto::maintenance::MonthValue]) -> String {
    let w = 48.0;
    let h = 120.0;
    let mut out = format!(
        "<svg viewBox=\"0 0 {} {}\" width=\"100%\" height=\"160\" role=\"img\" aria-label=\"PM compliance by month\">",
        w * months.len() as f64,
        h + 30.0
    );
    for (i, mv) in months.iter().enumerate() {
        let (m, v) = (&mv.month, &mv.value);
        let x = i as f64 * w + 8.0;
        let val = v.unwrap_or(0.0).clamp(0.0, 100.0);
        let bh = val / 100.0 * h;
        out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{:.1}\" width=\"32\" height=\"{bh:.1}\" fill=\"#0b6bcb\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
            h - bh,
            x + 16.0,
            h + 14.0,
            &m[5..],
            x + 16.0,
            (h - bh - 3.0).max(10.0),
            v.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "n/a".into())
        ));
    }
    out.push_str("</svg>");
    out
}

#[component]
pub fn KpiPage() -> impl IntoView {
    let query = use_query_map();
    let from = move || query.read().get("from");
    let to = move || query.read().get("to");
    let kpis = Resource::new(move || (from(), to()), |(f, t)| maintenance_kpis(f, t));
    view! {
        <Title text="Maintenance KPIs · Gemba"/>
        <h1>"Maintenance KPIs"</h1>
        <form method="get" action="/kpi" class="inline-form">
            <label for="k-from">"From"</label>
            <input id="k-from" name="from" type="date" value=move || from().unwrap_or_default()/>
            <label for="k-to">"To"</label>
            <input id="k-to" name="to" type="date" value=move || to().unwrap_or_default()/>
            <button type="submit" class="secondary">"Show"</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match kpis.await {
                    Ok(k) => view! {
                        <p class="small muted">{format!("{} to {}", k.from, k.to)}</p>
                        <ul class="cards kpis" id="kpis">
                            <li class="card"><span class="small">"PM compliance"</span><strong id="kpi-pm">{show(k.pm_compliance_pct)}{k.pm_compliance_pct.map(|_| " %")}</strong>
                                <span class="small muted">{format!("{} of {} on time", k.pm_on_time, k.pm_due)}</span></li>
                            <li class="card"><span class="small">"Overdue work orders"</span><strong id="kpi-overdue">{k.overdue}</strong></li>
                            <li class="card"><span class="small">"Backlog"</span><strong>{format!("{:.1} h", k.backlog_hours)}</strong></li>
                            <li class="card"><span class="small">"Planned maintenance"</span><strong>{show(k.planned_pct)}{k.planned_pct.map(|_| " %")}</strong></li>
                        </ul>
                        <h2>"PM compliance by month"</h2>
                        <div class="chart" inner_html=bars(&k.monthly_compliance)></div>
                        <h2>"Reliability"</h2>
                        <div class="table-wrap">
                            <table class="counts">
                                <thead><tr><th>"Asset"</th><th>"Failures"</th><th>"Downtime h"</th><th>"MTBF h"</th><th>"MTTR h"</th><th>"Availability %"</th></tr></thead>
                                <tbody>
                                    {k.assets.into_iter().map(|a| view! {
                                        <tr>
                                            <td><a href=format!("/assets/{}", a.asset_id)>{a.asset_tag}</a></td>
                                            <td>{a.failures}</td>
                                            <td>{show(Some(a.downtime_hours))}</td>
                                            <td>{show(a.mtbf_hours)}</td>
                                            <td>{show(a.mttr_hours)}</td>
                                            <td>{show(Some(a.availability_pct))}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
