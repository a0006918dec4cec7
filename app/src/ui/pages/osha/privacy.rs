//! Privacy cases: whose name the log withholds, and why.
use super::*;

/// `/osha/privacy?year=`: the confidential list of privacy cases.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let year = year_param();
    let list = Resource::new(year, privacy_list);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha-privacy")/>
        <h1>{t!(lang, "osha-privacy-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(rows) => view! {
                        <WideTable label=t!(lang, "table-osha-privacy")><table id="privacy-list">
                            <thead><tr><th>{t!(lang, "osha-case-no")}</th><th>{t!(lang, "osha-employee")}</th><th>{t!(lang, "reason")}</th></tr></thead>
                            <tbody>{rows.into_iter().map(|r| {
                                // the server names the reason in English: the reader reads it in their language
                                let reason = PrivacyReason::ALL.iter().find(|p| p.label() == r.reason).map(|p| label(lang, "osha-privacy-reason", p.code())).unwrap_or(r.reason);
                                view! { <tr><td>{r.case_number}</td><td>{r.employee_name}</td><td>{reason}</td></tr> }
                            }).collect_view()}</tbody>
                        </table></WideTable>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
