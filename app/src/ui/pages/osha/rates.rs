//! Incidence rates (TRC, DART, DAFW, LTIR, LTIFR, severity) per site and their monthly trend.
use super::*;

/// `/osha/rates?year=`: rates per site and across sites, and the trend by month.
#[component]
pub fn RatesPage() -> impl IntoView {
    let year = year_param();
    let r = Resource::new(year, osha_rates);
    view! {
        <Title text="Safety rates · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match r.await {
                    Ok(r) => view! {
                        <h1>{format!("Incidence rates {}", r.year)}</h1>
                        <p class="small muted" id="rates-defined">"Per 200,000 hours worked (LTIFR per 1,000,000); n/a when no hours are recorded. Lost time is a death (G) or a days-away case (H), not restricted work; LTIFR counts the lost-time cases that are injuries (M1). Severity counts the days away (K) and restricted (L), each case capped at 180."</p>
                        <div class="table-wrap">
                            <table id="rates-table">
                                <thead><tr><th>"Site"</th><th>"Hours"</th><th>"Recordable"</th><th>"TRC"</th><th>"DART"</th><th>"DAFW"</th><th>"LTIR"</th><th>"LTIFR"</th><th>"Severity"</th></tr></thead>
                                <tbody>
                                    {r.sites.iter().chain(std::iter::once(&r.all_sites)).map(|s| view! {
                                        <tr id=format!("rates-{}", s.site_id.map(|i| i.to_string()).unwrap_or_else(|| "all".into()))>
                                            <td>{s.site_name.clone()}</td><td>{s.hours}</td><td>{s.recordable}</td>{rates_cells(&s.rates)}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <h2>"Trend (this site, TRC year to date)"</h2>
                        {trend_chart(&r.trend)}
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// A small line chart of the year-to-date TRC by month (server-drawn SVG).
pub(super) fn trend_chart(points: &[TrendPointDto]) -> impl IntoView {
    let max = points.iter().filter_map(|p| p.trc_ytd).fold(1.0_f64, f64::max);
    let (w, h) = (360.0, 140.0);
    let x = |m: i32| 20.0 + (m - 1) as f64 * (w - 40.0) / 11.0;
    let y = |v: f64| h - 20.0 - v / max * (h - 40.0);
    let path: String = points
        .iter()
        .filter_map(|p| p.trc_ytd.map(|v| format!("{:.1},{:.1}", x(p.month), y(v))))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <svg viewBox=format!("0 0 {w} {h}") width="100%" role="img" aria-label="Year-to-date TRC by month" id="trc-trend" class="chart">
            <line x1="20" y1=h - 20.0 x2=w - 20.0 y2=h - 20.0 stroke="currentColor" stroke-width="1"/>
            <polyline points=path fill="none" stroke="#1f3a5f" stroke-width="2"/>
            {points.iter().map(|p| view! {
                <g>
                    <text x=x(p.month) y=h - 5.0 font-size="9" text-anchor="middle">{p.month}</text>
                    {p.trc_ytd.map(|v| view! { <circle cx=x(p.month) cy=y(v) r="3" fill="#1f3a5f"><title>{format!("month {}: {} cases, TRC {}", p.month, p.recordable, show(Some(v)))}</title></circle> })}
                </g>
            }).collect_view()}
        </svg>
    }
}
