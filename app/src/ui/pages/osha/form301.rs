//! The printable 301 incident report of one case.
use super::*;

/// `/osha/cases/:id/301`: the printable incident report.
#[component]
pub fn Form301Page() -> impl IntoView {
    let id = case_id();
    let case = Resource::new(id, osha_case);
    let lang = use_lang();
    let form = form_language(lang);
    let labels = legal::form301(form);
    view! {
        <Title text=t!(lang, "title-osha-301")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => {
                        let yn = |v: Option<bool>| match v { Some(true) => labels.yes, Some(false) => labels.no, None => "" };
                        let f = |n: usize| legal_label(lang, form, labels.fields[n - 1], &format!("301-{n}"));
                        let private = !c.privacy_reason.is_empty();
                        let name = if private { domain::osha::privacy::PRIVACY_NAME.to_string() } else { c.employee_name.clone() };
                        view! {
                            <h1>{format!("{} · {}", labels.title, c.case_number)}</h1>
                            {form_choice(lang, format!("/osha/cases/{}/301?", c.id), form)}
                            <dl class="facts" id="form-301-print">
                                <dt>{f(1)}</dt><dd>{name}</dd>
                                <dt>{f(2)}</dt><dd>{if private { String::new() } else { format!("{}, {}, {} {}", c.employee_street, c.employee_city, c.employee_state, c.employee_zip) }}</dd>
                                <dt>{f(3)}</dt><dd>{if private { String::new() } else { c.date_of_birth.map(|d| d.to_string()).unwrap_or_default() }}</dd>
                                <dt>{f(4)}</dt><dd>{c.date_hired.map(|d| d.to_string()).unwrap_or_default()}</dd>
                                <dt>{f(5)}</dt><dd>{labels.sex(&c.sex)}</dd>
                                <dt>{f(6)}</dt><dd>{c.physician.clone()}</dd>
                                <dt>{f(7)}</dt><dd>{c.facility.clone()}</dd>
                                <dt>{f(8)}</dt><dd>{yn(c.emergency_room)}</dd>
                                <dt>{f(9)}</dt><dd>{yn(c.hospitalized)}</dd>
                                <dt>{f(10)}</dt><dd>{c.case_number.clone()}</dd>
                                <dt>{f(11)}</dt><dd>{c.injury_date.to_string()}</dd>
                                <dt>{f(12)}</dt><dd>{c.time_began_work.clone()}</dd>
                                <dt>{f(13)}</dt><dd>{if c.time_of_event.is_empty() { labels.time_unknown.to_string() } else { c.time_of_event.clone() }}</dd>
                                <dt>{f(14)}</dt><dd>{c.before_incident.clone()}</dd>
                                <dt>{f(15)}</dt><dd>{c.what_happened.clone()}</dd>
                                <dt>{f(16)}</dt><dd>{c.injury_description.clone()}</dd>
                                <dt>{f(17)}</dt><dd>{c.object_substance.clone()}</dd>
                                <dt>{f(18)}</dt><dd>{c.date_of_death.map(|d| d.to_string()).unwrap_or_default()}</dd>
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
