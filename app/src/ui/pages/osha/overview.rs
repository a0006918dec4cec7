//! The OSHA home: the year's cases and what is due.
use super::*;

/// `/osha?year=`: establishment, year data, cases and the links to the outputs.
#[component]
pub fn OshaPage() -> impl IntoView {
    let year = year_param();
    let est = ServerAction::<SaveEstablishment>::new();
    let yd = ServerAction::<SaveYearData>::new();
    let data = Resource::new(move || (year(), est.version().get(), yd.version().get()), |(y, ..)| osha_overview(y));
    let (est_r, yd_r) = (est.value(), yd.value());
    view! {
        <Title text="OSHA recordkeeping · Gemba"/>
        <h1>"OSHA recordkeeping"</h1>
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
                                <label for="osha-year">"Year"</label>
                                <input id="osha-year" name="year" inputmode="numeric" value=y/>
                                <button type="submit" class="secondary">"Show"</button>
                            </form>
                            <nav class="links" id="osha-links">
                                <Show when=move || medical>
                                    <a href=format!("/osha/log{}", yq(y))>"300 log"</a>
                                    <a href=format!("/osha/privacy{}", yq(y))>"Privacy list"</a>
                                    <a href=format!("/osha/ita{}", yq(y))>"ITA files"</a>
                                </Show>
                                <a href=format!("/osha/summary{}", yq(y))>"300A summary"</a>
                                <a href=format!("/osha/rates{}", yq(y))>"Rates"</a>
                            </nav>
                            <Show when=move || medical>
                                <h2>"Cases"</h2>
                                <p><a class="button" href="/osha/cases/new">"New case"</a></p>
                                <Show when=move || !has_cases><p class="notice">"No cases this year."</p></Show>
                                <ul class="cards" id="case-list">
                                    {o.cases.clone().into_iter().map(|c| view! {
                                        <li class="card">
                                            <p><a href=format!("/osha/cases/{}", c.case_id)><strong>{c.case_number.clone()}</strong></a>
                                                {format!(" · {} · {}", c.employee_name, c.injury_date)}</p>
                                            <p class="small muted">{decision_label(&c)}</p>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </Show>
                            <h2>"Establishment"</h2>
                            <ActionForm action=est>
                                <fieldset class="stack" disabled=!manage>
                                    <label for="e-name">"Establishment name"</label>
                                    <input id="e-name" name="name" value=e.name.clone() required/>
                                    <FieldError result=est_r field="name"/>
                                    <label for="e-company">"Company name"</label>
                                    <input id="e-company" name="company_name" value=e.company_name.clone()/>
                                    <label for="e-ein">"EIN (9 digits)"</label>
                                    <input id="e-ein" name="ein" value=e.ein.clone() inputmode="numeric"/>
                                    <FieldError result=est_r field="ein"/>
                                    <label for="e-street">"Street address"</label>
                                    <input id="e-street" name="street_address" value=e.street_address.clone()/>
                                    <label for="e-city">"City"</label>
                                    <input id="e-city" name="city" value=e.city.clone()/>
                                    <label for="e-state">"State (two letters)"</label>
                                    <input id="e-state" name="state_code" value=e.state.clone() maxlength="2"/>
                                    <FieldError result=est_r field="state"/>
                                    <label for="e-zip">"ZIP"</label>
                                    <input id="e-zip" name="zip" value=e.zip.clone() inputmode="numeric"/>
                                    <FieldError result=est_r field="zip"/>
                                    <label for="e-naics">"NAICS code (6 digits)"</label>
                                    <input id="e-naics" name="naics_code" value=e.naics_code.clone() inputmode="numeric"/>
                                    <FieldError result=est_r field="naics_code"/>
                                    <label for="e-industry">"Industry description"</label>
                                    <input id="e-industry" name="industry_description" value=e.industry_description.clone()/>
                                    <label for="e-type">"Establishment type"</label>
                                    <select id="e-type" name="establishment_type">
                                        {[("", "—"), ("private", "Private industry"), ("state_government", "State government"), ("local_government", "Local government")]
                                            .into_iter().map(|(v, l)| { let sel = e.establishment_type == v; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                                    </select>
                                    <ErrorNotice result=est_r/>
                                    <button type="submit">"Save establishment"</button>
                                </fieldset>
                            </ActionForm>
                            <h2>{format!("{y}: employees and hours")}</h2>
                            <ActionForm action=yd>
                                <fieldset class="stack" disabled=!manage>
                                    <input type="hidden" name="year" value=y/>
                                    <label for="y-emp">"Annual average number of employees"</label>
                                    <input id="y-emp" name="annual_average_employees" inputmode="numeric" value=o.year_data.annual_average_employees/>
                                    <FieldError result=yd_r field="annual_average_employees"/>
                                    <label for="y-hours">"Total hours worked by all employees"</label>
                                    <input id="y-hours" name="total_hours_worked" inputmode="numeric" value=o.year_data.total_hours_worked/>
                                    <FieldError result=yd_r field="total_hours_worked"/>
                                    <label for="y-reason">"Change reason (when correcting a submitted year)"</label>
                                    <input id="y-reason" name="change_reason" value=o.year_data.change_reason.clone()/>
                                    <ErrorNotice result=yd_r/>
                                    <button type="submit">"Save"</button>
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

pub(super) fn decision_label(c: &LogRowDto) -> String {
    let label = match (c.decision_status.as_str(), c.recordable) {
        ("pending", _) => format!("Recordability to confirm · record by {}", c.record_by),
        (_, true) => {
            format!("Recordable · {} · {} · K {} · L {}", c.outcome, c.case_type, c.days_away, c.days_restricted)
        }
        (_, false) => "Not recordable".to_string(),
    };
    // an entry made after its 7 days is said where the year's cases are listed
    if c.recorded_late { format!("{label} · entered {} day(s) late", c.recorded_late_days) } else { label }
}
