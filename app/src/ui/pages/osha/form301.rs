//! The printable 301 incident report of one case.
use super::*;

/// `/osha/cases/:id/301`: the printable incident report.
#[component]
pub fn Form301Page() -> impl IntoView {
    let id = case_id();
    let case = Resource::new(id, osha_case);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha-301")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => {
                        let yn = |v: Option<bool>| match v { Some(true) => "Yes", Some(false) => "No", None => "" };
                        let private = !c.privacy_reason.is_empty();
                        let name = if private { domain::osha::privacy::PRIVACY_NAME.to_string() } else { c.employee_name.clone() };
                        view! {
                            <h1>{format!("OSHA Form 301 · Injury and illness incident report · case {}", c.case_number)}</h1>
                            <dl class="facts" id="form-301-print">
                                <dt>"1. Full name"</dt><dd>{name}</dd>
                                <dt>"2. Street, city, state, ZIP"</dt><dd>{if private { String::new() } else { format!("{}, {}, {} {}", c.employee_street, c.employee_city, c.employee_state, c.employee_zip) }}</dd>
                                <dt>"3. Date of birth"</dt><dd>{if private { String::new() } else { c.date_of_birth.map(|d| d.to_string()).unwrap_or_default() }}</dd>
                                <dt>"4. Date hired"</dt><dd>{c.date_hired.map(|d| d.to_string()).unwrap_or_default()}</dd>
                                <dt>"5. Sex"</dt><dd>{c.sex.clone()}</dd>
                                <dt>"6. Physician or other health care professional"</dt><dd>{c.physician.clone()}</dd>
                                <dt>"7. Facility"</dt><dd>{c.facility.clone()}</dd>
                                <dt>"8. Treated in an emergency room?"</dt><dd>{yn(c.emergency_room)}</dd>
                                <dt>"9. Hospitalized overnight as an in-patient?"</dt><dd>{yn(c.hospitalized)}</dd>
                                <dt>"10. Case number"</dt><dd>{c.case_number.clone()}</dd>
                                <dt>"11. Date of injury or illness"</dt><dd>{c.injury_date.to_string()}</dd>
                                <dt>"12. Time employee began work"</dt><dd>{c.time_began_work.clone()}</dd>
                                <dt>"13. Time of event"</dt><dd>{if c.time_of_event.is_empty() { "Cannot be determined".to_string() } else { c.time_of_event.clone() }}</dd>
                                <dt>"14. What was the employee doing just before?"</dt><dd>{c.before_incident.clone()}</dd>
                                <dt>"15. What happened?"</dt><dd>{c.what_happened.clone()}</dd>
                                <dt>"16. What was the injury or illness?"</dt><dd>{c.injury_description.clone()}</dd>
                                <dt>"17. What object or substance directly harmed the employee?"</dt><dd>{c.object_substance.clone()}</dd>
                                <dt>"18. Date of death"</dt><dd>{c.date_of_death.map(|d| d.to_string()).unwrap_or_default()}</dd>
                            </dl>
                            <p class="no-print"><a href="javascript:print()" class="button secondary">{t!(lang, "osha-print")}</a></p>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
