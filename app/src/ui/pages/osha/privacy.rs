//! Privacy cases: whose name the log withholds, and why.
use super::*;

/// `/osha/privacy?year=`: the confidential list of privacy cases.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let year = year_param();
    let list = Resource::new(year, privacy_list);
    view! {
        <Title text="Privacy case list · Gemba"/>
        <h1>"Confidential privacy case list"</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(rows) => view! {
                        <div class="table-wrap"><table id="privacy-list">
                            <thead><tr><th>"Case no."</th><th>"Employee"</th><th>"Reason"</th></tr></thead>
                            <tbody>{rows.into_iter().map(|r| view! { <tr><td>{r.case_number}</td><td>{r.employee_name}</td><td>{r.reason}</td></tr> }).collect_view()}</tbody>
                        </table></div>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
