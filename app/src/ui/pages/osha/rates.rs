//! Incidence rates (TRC, DART, DAFW, LTIR, LTIFR, severity) per site and their monthly trend.
use super::*;

/// `/osha/rates?year=`: rates per site and across sites, and the trend by month.
#[component]
pub fn RatesPage() -> impl IntoView {
    let year = year_param();
    let r = Resource::new(year, osha_rates);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha-rates")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match r.await {
                    Ok(r) => view! {
                        <h1>{t!(lang, "osha-rates-title", year = r.year.to_string())}</h1>
                        <p class="small muted" id="rates-defined">{t!(lang, "osha-rates-defined")}</p>
                        {wide_table(t!(lang, "table-osha-rates"), view! {
                            <table id="rates-table">
                                <thead><tr><th>{t!(lang, "osha-site")}</th><th>{t!(lang, "osha-hours")}</th><th>{t!(lang, "osha-recordable-count")}</th><th>"TRC"</th><th>"DART"</th><th>"DAFW"</th><th>"LTIR"</th><th>"LTIFR"</th><th>{t!(lang, "osha-severity")}</th></tr></thead>
                                <tbody>
                                    {r.sites.iter().chain(std::iter::once(&r.all_sites)).map(|s| view! {
                                        <tr id=format!("rates-{}", s.site_id.map(|i| i.to_string()).unwrap_or_else(|| "all".into()))>
                                            <td>{if s.site_id.is_none() { t!(lang, "osha-all-sites") } else { s.site_name.clone() }}</td><td>{i18n::number(lang, s.hours as f64, 0)}</td><td>{s.recordable}</td>{rates_cells(lang, &s.rates)}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        })}
                        <h2>{t!(lang, "osha-trend-title")}</h2>
                        {trend_chart(lang, &r.trend)}
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// A small line chart of the year-to-date TRC by month (server-drawn SVG), its rate axis marked at
/// zero, half and the top of the scale.
pub(super) fn trend_chart(lang: Lang, points: &[TrendPointDto]) -> impl IntoView {
    let max = points.iter().filter_map(|p| p.trc_ytd).fold(1.0_f64, f64::max);
    let (w, h, left) = (360.0, 140.0, 40.0);
    let x = |m: i32| left + (m - 1) as f64 * (w - left - 20.0) / 11.0;
    let y = |v: f64| h - 20.0 - v / max * (h - 40.0);
    let path: String = points
        .iter()
        .filter_map(|p| p.trc_ytd.map(|v| format!("{:.1},{:.1}", x(p.month), y(v))))
        .collect::<Vec<_>>()
        .join(" ");
    let ticks = [0.0, max / 2.0, max];
    view! {
        <svg viewBox=format!("0 0 {w} {h}") width="100%" role="img" aria-label=t!(lang, "osha-trend-label") id="trc-trend" class="chart">
            <line x1=left y1=h - 20.0 x2=w - 20.0 y2=h - 20.0 stroke="currentColor" stroke-width="1"/>
            <line x1=left y1="20" x2=left y2=h - 20.0 stroke="currentColor" stroke-width="1"/>
            {ticks.into_iter().map(|v| view! {
                <g class="y-tick">
                    <line x1=left - 3.0 y1=y(v) x2=w - 20.0 y2=y(v) stroke="currentColor" stroke-opacity="0.15" stroke-width="1"/>
                    <text x=left - 5.0 y=y(v) + 3.0 font-size="9" text-anchor="end">{rate(lang, Some(v))}</text>
                </g>
            }).collect_view()}
            <polyline points=path fill="none" stroke="#1f3a5f" stroke-width="2"/>
            {points.iter().map(|p| view! {
                <g>
                    <text x=x(p.month) y=h - 5.0 font-size="9" text-anchor="middle">{p.month}</text>
                    {p.trc_ytd.map(|v| view! { <circle cx=x(p.month) cy=y(v) r="3" fill="#1f3a5f"><title>{t!(lang, "osha-trend-point", month = p.month, count = p.recordable, trc = rate(lang, Some(v)))}</title></circle> })}
                </g>
            }).collect_view()}
        </svg>
    }
}
