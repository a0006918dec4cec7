//! The OSHA home: the year's cases and what is due.
use super::*;

/// `/osha?year=`: establishment, year data, cases and the links to the outputs.
#[component]
pub fn OshaPage() -> impl IntoView {
    let year = year_param();
    let page = page_param();
    let est = ServerAction::<SaveEstablishment>::new();
    let yd = ServerAction::<SaveYearData>::new();
    let data = Resource::new(
        move || (year(), page(), est.version().get(), yd.version().get()),
        |(y, p, ..)| osha_overview(y, p),
    );
    let (est_r, yd_r) = (est.value(), yd.value());
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha")/>
        <h1>{t!(lang, "safety-osha")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        let y = o.year;
                        let e = o.establishment.clone();
                        let manage = o.can_manage;
                        let medical = o.can_see_medical;
                        let has_cases = !o.cases.is_empty();
                        view! {
                            <form method="get" action="/osha" class="search">
                                <label for="osha-year">{t!(lang, "osha-year")}</label>
                                <input id="osha-year" name="year" inputmode="numeric" value=y/>
                                <button type="submit" class="secondary">{t!(lang, "osha-show")}</button>
                            </form>
                            <nav class="links" id="osha-links">
                                <Show when=move || medical>
                                    <a href=format!("/osha/log{}", yq(y))>{t!(lang, "osha-link-log")}</a>
                                    <a href=format!("/osha/privacy{}", yq(y))>{t!(lang, "osha-link-privacy")}</a>
                                    <a href=format!("/osha/ita{}", yq(y))>{t!(lang, "osha-link-ita")}</a>
                                </Show>
                                <a href=format!("/osha/summary{}", yq(y))>{t!(lang, "osha-link-summary")}</a>
                                <a href=format!("/osha/rates{}", yq(y))>{t!(lang, "osha-link-rates")}</a>
                            </nav>
                            <Show when=move || medical>
                                <h2>{t!(lang, "osha-cases")}</h2>
                                <p><a class="button" href="/osha/cases/new">{t!(lang, "osha-new-case")}</a></p>
                                <Show when=move || !has_cases><p class="notice">{t!(lang, "osha-no-cases")}</p></Show>
                                <ul class="cards" id="case-list">
                                    {o.cases.clone().into_iter().map(|c| view! {
                                        <li class="card">
                                            <p><a href=format!("/osha/cases/{}", c.case_id)><strong>{c.case_number.clone()}</strong></a>
                                                {format!(" · {} · {}", c.employee_name, i18n::date(lang, c.injury_date))}</p>
                                            <p class="small muted">{decision_label(lang, &c)}</p>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                {pager(lang, format!("/osha?year={y}&"), o.page, o.per_page, o.cases_in_all)}
                            </Show>
                            <h2>{t!(lang, "osha-establishment")}</h2>
                            <ActionForm action=est>
                                <fieldset class="stack" disabled=!manage>
                                    <label for="e-name">{t!(lang, "osha-establishment-name")}</label>
                                    <input id="e-name" name="name" value=e.name.clone() required/>
                                    <FieldError result=est_r field="name"/>
                                    <label for="e-company">{t!(lang, "osha-company-name")}</label>
                                    <input id="e-company" name="company_name" value=e.company_name.clone()/>
                                    <label for="e-ein">{t!(lang, "osha-ein")}</label>
                                    <input id="e-ein" name="ein" value=e.ein.clone() inputmode="numeric"/>
                                    <FieldError result=est_r field="ein"/>
                                    <label for="e-street">{t!(lang, "osha-street-address")}</label>
                                    <input id="e-street" name="street_address" value=e.street_address.clone()/>
                                    <label for="e-city">{t!(lang, "osha-city")}</label>
                                    <input id="e-city" name="city" value=e.city.clone()/>
                                    <label for="e-state">{t!(lang, "osha-state-code")}</label>
                                    <input id="e-state" name="state_code" value=e.state.clone() maxlength="2"/>
                                    <FieldError result=est_r field="state"/>
                                    <label for="e-zip">{t!(lang, "osha-zip")}</label>
                                    <input id="e-zip" name="zip" value=e.zip.clone() inputmode="numeric"/>
                                    <FieldError result=est_r field="zip"/>
                                    <label for="e-naics">{t!(lang, "osha-naics")}</label>
                                    <input id="e-naics" name="naics_code" value=e.naics_code.clone() inputmode="numeric"/>
                                    <FieldError result=est_r field="naics_code"/>
                                    <label for="e-industry">{t!(lang, "osha-industry")}</label>
                                    <input id="e-industry" name="industry_description" value=e.industry_description.clone()/>
                                    <label for="e-type">{t!(lang, "osha-establishment-type")}</label>
                                    <select id="e-type" name="establishment_type">
                                        {["", "private", "state_government", "local_government"]
                                            .into_iter().map(|v| {
                                                let sel = e.establishment_type == v;
                                                let l = if v.is_empty() { "—".to_string() } else { label(lang, "osha-establishment-type", v) };
                                                view! { <option value=v selected=sel>{l}</option> }
                                            }).collect_view()}
                                    </select>
                                    <ErrorNotice result=est_r/>
                                    <button type="submit">{t!(lang, "osha-save-establishment")}</button>
                                </fieldset>
                            </ActionForm>
                            <h2>{t!(lang, "osha-year-data", year = y.to_string())}</h2>
                            <ActionForm action=yd>
                                <fieldset class="stack" disabled=!manage>
                                    <input type="hidden" name="year" value=y/>
                                    <label for="y-emp">{t!(lang, "osha-annual-average-employees")}</label>
                                    <input id="y-emp" name="annual_average_employees" inputmode="numeric" value=o.year_data.annual_average_employees/>
                                    <FieldError result=yd_r field="annual_average_employees"/>
                                    <label for="y-hours">{t!(lang, "osha-total-hours")}</label>
                                    <input id="y-hours" name="total_hours_worked" inputmode="numeric" value=o.year_data.total_hours_worked/>
                                    <FieldError result=yd_r field="total_hours_worked"/>
                                    <label for="y-reason">{t!(lang, "osha-change-reason")}</label>
                                    <input id="y-reason" name="change_reason" value=o.year_data.change_reason.clone()/>
                                    <ErrorNotice result=yd_r/>
                                    <button type="submit">{t!(lang, "save")}</button>
                                </fieldset>
                            </ActionForm>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

pub(super) fn decision_label(lang: Lang, c: &LogRowDto) -> String {
    let text = match (c.decision_status.as_str(), c.recordable) {
        ("pending", _) => t!(lang, "osha-to-confirm", date = i18n::date(lang, c.record_by)),
        (_, true) => format!(
            "{} · {} · {} · K {} · L {}",
            t!(lang, "osha-recordable"),
            c.outcome,
            c.case_type,
            c.days_away,
            c.days_restricted
        ),
        (_, false) => t!(lang, "osha-not-recordable"),
    };
    // an entry made after its 7 days is said where the year's cases are listed
    if c.recorded_late {
        format!("{text} · {}", t!(lang, "osha-entered-late", count = c.recorded_late_days))
    } else {
        text
    }
}
