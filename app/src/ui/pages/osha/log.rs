//! The OSHA 300 log of a year.
use super::*;

/// `/osha/log?year=&page=`: the printable 300 log, 100 rows a page, with the year's totals.
#[component]
pub fn LogPage() -> impl IntoView {
    let year = year_param();
    let page = page_param();
    let log = Resource::new(move || (year(), page()), |(y, p)| osha_log(y, p));
    let lang = use_lang();
    let form = form_language(lang);
    let labels = legal::log(form);
    view! {
        <Title text=t!(lang, "title-osha-log")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match log.await {
                    Ok(l) => {
                        let pending = l.pending.len();
                        view! {
                            <h1>{t!(lang, "osha-log-title", establishment = l.establishment.name.clone(), year = l.year.to_string())}</h1>
                            <p class="form-title">{labels.title}</p>
                            {form_choice(lang, format!("/osha/log?year={}&", l.year), form)}
                            <p class="small muted">{format!("{} · {}, {} {}", l.site_name, l.establishment.city, l.establishment.state, l.establishment.zip)}</p>
                            <p class="no-print"><a class="button secondary" href=format!("/osha/300.csv{}&form={}", yq(l.year), form.code())>{t!(lang, "osha-download-csv")}</a> " " <a href="javascript:print()" class="button secondary">{t!(lang, "osha-print")}</a></p>
                            <Show when=move || { pending > 0 }><p class="notice no-print">{t!(lang, "osha-log-pending", count = pending)}</p></Show>
                            {pager(lang, format!("/osha/log?year={}&form={}&", l.year, form.code()), l.page, l.per_page, l.rows_in_all)}
                            {wide_table(t!(lang, "table-osha-log"), view! {
                                <table class="osha-log" id="log-300">
                                    <thead><tr>
                                        {labels.columns.iter().zip(legal::LOG_COLUMNS).map(|(text, code)| view! { <th>{legal_label(lang, form, text, code)}</th> }).collect_view()}
                                    </tr></thead>
                                    <tbody>
                                        {l.rows.iter().map(|r| {
                                            let x = |c: &str| if r.outcome == c { "X" } else { "" };
                                            let m = |c: &str| if r.case_type == c { "X" } else { "" };
                                            view! {
                                                <tr id=format!("row-{}", r.case_number)>
                                                    <td>
                                                        {r.case_number.clone()}
                                                        {r.recorded_late.then(|| view! {
                                                            <small class="late no-print">{format!(" {}", t!(lang, "osha-entered-late", count = r.recorded_late_days))}</small>
                                                        })}
                                                    </td>
                                                    <td>{r.employee_name.clone()}</td><td>{r.job_title.clone()}</td>
                                                    <td>{r.injury_date.format("%m/%d").to_string()}</td><td>{r.location.clone()}</td><td>{r.description.clone()}</td>
                                                    <td>{x("G")}</td><td>{x("H")}</td><td>{x("I")}</td><td>{x("J")}</td>
                                                    <td>{r.days_away}</td><td>{r.days_restricted}</td>
                                                    <td>{m("M1")}</td><td>{m("M2")}</td><td>{m("M3")}</td><td>{m("M4")}</td><td>{m("M5")}</td><td>{m("M6")}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                        {totals_row(&l.totals, labels.totals)}
                                    </tbody>
                                </table>
                            })}
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
