//! The maintenance dashboard: PM compliance, overdue work, backlog, planned share, reliability.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::work_orders::maintenance_kpis;
use crate::ui::components::{Lang, Loading, WideTable, form::error_view, t, use_lang};
use domain::kpi::show;

/// A ratio as the language writes it: two decimals, or "n/a" without a denominator.
pub(crate) fn shown(lang: Lang, x: Option<f64>) -> String {
    match x {
        // the value as `show` rounds it, then written with the language's decimal mark
        Some(_) => {
            let s = show(x);
            s.parse::<f64>().map(|v| i18n::fixed(lang, v, 2)).unwrap_or(s)
        }
        None => t!(lang, "not-applicable"),
    }
}

/// A percentage with its sign ("85.00 %"), or "n/a".
pub(crate) fn percent(lang: Lang, x: Option<f64>) -> String {
    match x {
        Some(_) => t!(lang, "kpi-percent", value = shown(lang, x)),
        None => shown(lang, x),
    }
}

/// Text for an SVG attribute written by hand.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Bars of monthly PM compliance as an inline SVG (no script; allowed by the CSP).
fn bars(lang: Lang, months: &[contract::dto::maintenance::MonthValue]) -> String {
    let w = 48.0;
    let h = 120.0;
    let mut out = format!(
        "<svg viewBox=\"0 0 {} {}\" width=\"100%\" height=\"160\" role=\"img\" aria-label=\"{}\">",
        w * months.len() as f64,
        h + 30.0,
        attr(&t!(lang, "kpi-pm-by-month"))
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
            v.map(|p| format!("{}%", i18n::fixed(lang, p, 0))).unwrap_or_else(|| attr(&t!(lang, "not-applicable")))
        ));
    }
    out.push_str("</svg>");
    out
}

/// OEE over the period as a line of points (0-100 %) with its y-axis, an inline SVG.
fn oee_line(lang: Lang, points: &[contract::dto::maintenance::OeePoint]) -> String {
    let (w, h, left) = (320.0, 120.0, 34.0);
    let step = if points.len() > 1 { (w - left - 10.0) / (points.len() - 1) as f64 } else { 0.0 };
    let mut out = format!(
        "<svg viewBox=\"0 0 {w} {}\" width=\"100%\" height=\"170\" role=\"img\" aria-label=\"{}\">",
        h + 34.0,
        attr(&t!(lang, "kpi-oee-trend"))
    );
    for pct in [0.0, 50.0, 100.0] {
        let y = 10.0 + h - pct / 100.0 * h;
        out.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{w}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#ccc\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\">{} %</text>",
            left - 4.0,
            y + 3.0,
            i18n::fixed(lang, pct, 0)
        ));
    }
    let xy: Vec<(f64, f64, &contract::dto::maintenance::OeePoint)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            p.factors.oee_pct.map(|v| (left + 6.0 + i as f64 * step, 10.0 + h - v.clamp(0.0, 100.0) / 100.0 * h, p))
        })
        .collect();
    let path: Vec<String> = xy.iter().map(|(x, y, _)| format!("{x:.1},{y:.1}")).collect();
    out.push_str(&format!(
        "<polyline fill=\"none\" stroke=\"#0b6bcb\" stroke-width=\"2\" points=\"{}\"/>",
        path.join(" ")
    ));
    for (x, y, p) in &xy {
        out.push_str(&format!(
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\" fill=\"#0b6bcb\"><title>{} {}</title></circle>",
            attr(&p.period),
            attr(&percent(lang, p.factors.oee_pct))
        ));
    }
    if let (Some(first), Some(last)) = (points.first(), points.last()) {
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"10\">{}</text><text x=\"{w}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text>",
            left + 2.0,
            h + 28.0,
            attr(&first.period),
            h + 28.0,
            attr(&last.period)
        ));
    }
    out.push_str("</svg>");
    out
}

/// OEE from production records: the factors, the trend, the six big losses and each asset.
#[component]
fn OeeSection(o: contract::dto::maintenance::OeeDto) -> impl IntoView {
    let lang = use_lang();
    let f = o.factors;
    let l = o.losses;
    let hours = move |m: f64| t!(lang, "kpi-hours", hours = i18n::fixed(lang, m / 60.0, 1));
    let loss_rows = vec![
        (t!(lang, "oee-loss-unplanned"), t!(lang, "oee-availability"), l.unplanned_stops_min),
        (t!(lang, "oee-loss-planned"), t!(lang, "oee-availability"), l.planned_stops_min),
        (t!(lang, "oee-loss-small-stops"), t!(lang, "oee-performance"), l.small_stops_min),
        (t!(lang, "oee-loss-slow-cycles"), t!(lang, "oee-performance"), l.slow_cycles_min),
        (t!(lang, "oee-loss-production-rejects"), t!(lang, "oee-quality"), l.production_rejects_min),
        (t!(lang, "oee-loss-startup-rejects"), t!(lang, "oee-quality"), l.startup_rejects_min),
    ];
    let none = o.shifts == 0;
    view! {
        <section id="oee">
            <h2>{t!(lang, "kpi-oee")}</h2>
            {if none {
                view! { <p class="small muted">{t!(lang, "kpi-oee-none")}</p> }.into_any()
            } else { view! {
                <ul class="cards kpis">
                    <li class="card"><span class="small">{t!(lang, "kpi-oee")}</span><strong id="kpi-oee">{percent(lang, f.oee_pct)}</strong>
                        <span class="small muted">{t!(lang, "kpi-oee-shifts", count = o.shifts)}</span></li>
                    <li class="card"><span class="small">{t!(lang, "oee-availability")}</span><strong id="kpi-oee-a">{percent(lang, f.availability_pct)}</strong></li>
                    <li class="card"><span class="small">{t!(lang, "oee-performance")}</span><strong id="kpi-oee-p">{percent(lang, f.performance_pct)}</strong></li>
                    <li class="card"><span class="small">{t!(lang, "oee-quality")}</span><strong id="kpi-oee-q">{percent(lang, f.quality_pct)}</strong></li>
                </ul>
                <h3>{t!(lang, "kpi-oee-trend")}</h3>
                <div class="chart" inner_html=oee_line(lang, &o.trend)></div>
                <h3>{t!(lang, "kpi-six-losses")}</h3>
                <p class="small muted">{t!(lang, "kpi-six-losses-rule", planned = hours(o.planned_minutes), outside = hours(o.not_scheduled_minutes))}</p>
                <WideTable label=t!(lang, "kpi-six-losses")>
                    <table class="counts" id="oee-losses">
                        <thead><tr><th>{t!(lang, "oee-loss")}</th><th>{t!(lang, "oee-factor")}</th><th>{t!(lang, "oee-lost-h")}</th></tr></thead>
                        <tbody>
                            {loss_rows.into_iter().map(|(name, factor, m)| view! {
                                <tr><td>{name}</td><td>{factor}</td><td>{i18n::fixed(lang, m / 60.0, 2)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </WideTable>
                <h3>{t!(lang, "kpi-oee-by-asset")}</h3>
                <WideTable label=t!(lang, "kpi-oee-by-asset")>
                    <table class="counts" id="oee-assets">
                        <thead><tr><th>{t!(lang, "asset")}</th><th>{t!(lang, "oee-shifts")}</th><th>{t!(lang, "oee-availability")}</th><th>{t!(lang, "oee-performance")}</th><th>{t!(lang, "oee-quality")}</th><th>{t!(lang, "kpi-oee")}</th></tr></thead>
                        <tbody>
                            {o.assets.into_iter().map(|a| view! {
                                <tr>
                                    <td><a href=format!("/assets/{}", a.asset_id)>{a.asset_tag}</a></td>
                                    <td>{a.shifts}</td>
                                    <td>{percent(lang, a.factors.availability_pct)}</td>
                                    <td>{percent(lang, a.factors.performance_pct)}</td>
                                    <td>{percent(lang, a.factors.quality_pct)}</td>
                                    <td>{percent(lang, a.factors.oee_pct)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </WideTable>
            }.into_any() }}
            <p class="small"><a href="/production">{t!(lang, "kpi-oee-enter")}</a></p>
        </section>
    }
}

#[component]
pub fn KpiPage() -> impl IntoView {
    let query = use_query_map();
    let from = move || query.read().get("from");
    let to = move || query.read().get("to");
    let kpis = Resource::new(move || (from(), to()), |(f, t)| maintenance_kpis(f, t));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-kpi")/>
        <h1>{t!(lang, "kpi-title")}</h1>
        <form method="get" action="/kpi" class="inline-form">
            <label for="k-from">{t!(lang, "kpi-from")}</label>
            <input id="k-from" name="from" type="date" value=move || from().unwrap_or_default()/>
            <label for="k-to">{t!(lang, "kpi-to")}</label>
            <input id="k-to" name="to" type="date" value=move || to().unwrap_or_default()/>
            <button type="submit" class="secondary">{t!(lang, "kpi-show")}</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match kpis.await {
                    Ok(k) => view! {
                        <p class="small muted">{t!(lang, "kpi-period", from = i18n::date(lang, k.from), to = i18n::date(lang, k.to))}</p>
                        <ul class="cards kpis" id="kpis">
                            <li class="card"><span class="small">{t!(lang, "kpi-pm-compliance")}</span><strong id="kpi-pm">{percent(lang, k.pm_compliance_pct)}</strong>
                                <span class="small muted">{t!(lang, "kpi-on-time", on_time = k.pm_on_time, count = k.pm_due)}</span></li>
                            <li class="card"><span class="small">{t!(lang, "kpi-overdue")}</span><strong id="kpi-overdue">{k.overdue}</strong></li>
                            <li class="card"><span class="small">{t!(lang, "kpi-backlog")}</span><strong>{t!(lang, "kpi-hours", hours = i18n::fixed(lang, k.backlog_hours, 1))}</strong></li>
                            <li class="card"><span class="small">{t!(lang, "kpi-planned")}</span><strong>{percent(lang, k.planned_pct)}</strong></li>
                        </ul>
                        <h2>{t!(lang, "kpi-pm-by-month")}</h2>
                        <div class="chart" inner_html=bars(lang, &k.monthly_compliance)></div>
                        <h2>{t!(lang, "kpi-pm-window")}</h2>
                        <p class="small" id="kpi-window-rule">{
                            let tol = &k.pm_tolerance;
                            if tol.mode == "late_only" {
                                t!(lang, "kpi-window-late-only", pct = tol.pct, min = tol.min_days)
                            } else {
                                t!(lang, "kpi-window-symmetric", pct = tol.pct, min = tol.min_days)
                            }
                        }</p>
                        <ul class="small" id="kpi-windows">
                            {k.pm_windows.iter().map(|w| view! {
                                <li>{t!(lang, "kpi-window-line", interval = w.interval_days, due = w.due, before = w.days_before, after = w.days_after)}</li>
                            }).collect_view()}
                        </ul>
                        <h2>{t!(lang, "kpi-reliability")}</h2>
                        <WideTable label=t!(lang, "table-reliability")>
                            <table class="counts">
                                <thead><tr><th>{t!(lang, "asset")}</th><th>{t!(lang, "kpi-failures")}</th><th>{t!(lang, "kpi-downtime-h")}</th><th>{t!(lang, "kpi-mtbf-h")}</th><th>{t!(lang, "kpi-mttr-h")}</th><th>{t!(lang, "kpi-availability-pct")}</th></tr></thead>
                                <tbody>
                                    {k.assets.into_iter().map(|a| view! {
                                        <tr>
                                            <td><a href=format!("/assets/{}", a.asset_id)>{a.asset_tag}</a></td>
                                            <td>{a.failures}</td>
                                            <td>{shown(lang, Some(a.downtime_hours))}</td>
                                            <td>{shown(lang, a.mtbf_hours)}</td>
                                            <td>{shown(lang, a.mttr_hours)}</td>
                                            <td>{shown(lang, Some(a.availability_pct))}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </WideTable>
                        <OeeSection o=k.oee/>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
