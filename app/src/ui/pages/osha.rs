//! OSHA recordkeeping pages (desktop first, but usable on a phone): the overview with
//! establishment and year data, a case with the guided recordability form, classification,
//! privacy and form 301, and the printable 300 log, 300A, 301, the privacy list and the rates.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::osha::{
    Certify300a, ClassifyCase, ConfirmDecision, DeleteCase, MarkItaSubmitted, OpenCase, Save301, SaveEstablishment,
    SaveYearData, SetPrivacy, UpdateCase, ita_check, osha_case, osha_log, osha_overview, osha_rates, osha_summary,
    privacy_list,
};
use crate::ui::components::{ErrorNotice, FieldError, Loading, LocalTime, form::error_view, form::textarea_text};
use contract::dto::safety::{CaseDto, LogRowDto, RatesDto, TotalsDto, TrendPointDto};
use domain::kpi::show;
use domain::osha::classification::CaseType;
use domain::osha::input::{DIAGNOSES, TREATMENTS};
use domain::osha::privacy::PrivacyReason;
use domain::osha::recordability::FirstAid;

fn year_param() -> impl Fn() -> Option<i32> + Copy {
    let q = use_query_map();
    move || q.read().get("year").and_then(|y| y.parse().ok())
}

fn case_id() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

fn yq(year: i32) -> String {
    format!("?year={year}")
}

fn case_type_select(selected: i32) -> impl IntoView {
    view! {
        <select id="case-type" name="case_type">
            {CaseType::ALL.iter().map(|t| {
                let n = t.number() as i32;
                view! { <option value=n selected=n == selected>{format!("{} {}", t.column(), t.label())}</option> }
            }).collect_view()}
        </select>
    }
}

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

fn decision_label(c: &LogRowDto) -> String {
    match (c.decision_status.as_str(), c.recordable) {
        ("pending", _) => format!("Recordability to confirm · record by {}", c.record_by),
        (_, true) => {
            format!("Recordable · {} · {} · K {} · L {}", c.outcome, c.case_type, c.days_away, c.days_restricted)
        }
        (_, false) => "Not recordable".to_string(),
    }
}

/// `/osha/cases/new?event=`: opens a case (columns A-F and the type).
#[component]
pub fn NewCasePage() -> impl IntoView {
    let open = ServerAction::<OpenCase>::new();
    let result = open.value();
    let query = use_query_map();
    let event = move || query.read().get("event").unwrap_or_default();
    view! {
        <Title text="New OSHA case · Gemba"/>
        <h1>"New OSHA case"</h1>
        <ActionForm action=open>
            <div class="stack">
                <Show when=move || !event().is_empty()>
                    <input type="hidden" name="event_id" value=event/>
                    <p class="small muted">{move || format!("From safety event #{}", event())}</p>
                </Show>
                <CaseFields result c=None/>
                <ErrorNotice result/>
                <button type="submit">"Open case"</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn CaseFields(
    result: MappedSignal<Option<Result<CaseDto, contract::error::AppError>>>,
    c: Option<CaseDto>,
) -> impl IntoView {
    let v = |f: fn(&CaseDto) -> String| c.as_ref().map(f).unwrap_or_default();
    let ct = c.as_ref().map(|c| c.case_type).unwrap_or(1);
    view! {
        <label for="c-name">"Employee's name"</label>
        <input id="c-name" name="employee_name" required maxlength="120" value=v(|c| c.employee_name.clone())/>
        <FieldError result field="employee_name"/>
        <label for="c-job">"Job title"</label>
        <input id="c-job" name="job_title" required maxlength="120" value=v(|c| c.job_title.clone())/>
        <FieldError result field="job_title"/>
        <label for="c-date">"Date of injury or onset of illness"</label>
        <input id="c-date" name="injury_date" type="date" required value=v(|c| c.injury_date.to_string())/>
        <FieldError result field="injury_date"/>
        <label for="c-learned">"Date you learned of it"</label>
        <input id="c-learned" name="learned_on" type="date" value=v(|c| c.learned_on.to_string())/>
        <FieldError result field="learned_on"/>
        <label for="c-where">"Where the event occurred"</label>
        <input id="c-where" name="location" required maxlength="200" value=v(|c| c.location.clone())/>
        <FieldError result field="location"/>
        <label for="c-desc">"Injury or illness, parts of body affected, and object/substance that directly injured or made the person ill"</label>
        <textarea id="c-desc" name="injury_description" rows="3" required>{textarea_text(v(|c| c.injury_description.clone()))}</textarea>
        <FieldError result field="injury_description"/>
        <label for="case-type">"Type (column M)"</label>
        {case_type_select(ct)}
        <FieldError result field="case_type"/>
    }
}

/// `/osha/cases/:id`: the case, section by section.
#[component]
pub fn CasePage() -> impl IntoView {
    let id = case_id();
    let query = use_query_map();
    let form_error = move || query.read().get("error");
    let update = ServerAction::<UpdateCase>::new();
    let confirm = ServerAction::<ConfirmDecision>::new();
    let classify = ServerAction::<ClassifyCase>::new();
    let privacy = ServerAction::<SetPrivacy>::new();
    let f301 = ServerAction::<Save301>::new();
    let delete = ServerAction::<DeleteCase>::new();
    let case = Resource::new(
        move || {
            (
                id(),
                update.version().get(),
                confirm.version().get(),
                classify.version().get(),
                privacy.version().get(),
                f301.version().get(),
            )
        },
        |(id, ..)| osha_case(id),
    );
    view! {
        <Title text="OSHA case · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => {
                        let cid = c.id;
                        let answered = |k: &str| c.facts.iter().any(|a| a.name == k);
                        let other_text = c.facts.iter().find(|a| a.name == "mt_other_text").map(|a| a.value.clone()).unwrap_or_default();
                        let diag = c.facts.iter().find(|a| a.name == "diagnosis").map(|a| a.value.clone()).unwrap_or_default();
                        let q = |name: &'static str, text: &'static str, on: bool| view! {
                            <label class="choice" for=name><input type="checkbox" id=name name=name value="on" checked=on/>{text}</label>
                        };
                        let decided = c.decided_recordable;
                        let privacy_now = c.privacy_reason.clone();
                        let (c_header, c_301) = (c.clone(), c.clone());
                        let retention = format!("OSHA records are kept 5 years after the end of {}: this case can be deleted from {}.", c.year, c.deletable_from);
                        let pending = c.decision_status == "pending";
                        view! {
                            <h1>{format!("Case {}", c.case_number)}</h1>
                            <p class="small muted" id="case-deadlines">{format!("Record by {} (OSHA-8: 7 days after learning of it) · kept until {} · on the {} log", c.record_by, c.deletable_from.pred_opt().unwrap_or(c.deletable_from), c.year)}</p>
                            <p><a href=format!("/osha/cases/{cid}/301")>"Form 301 (printable)"</a> " · " <a href=format!("/osha{}", yq(c.year))>"All cases"</a></p>

                            <section id="decision">
                                <h2>"1. Is it recordable?"</h2>
                                {form_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
                                {decided.map(|r| view! {
                                    <p class=if r { "notice error" } else { "notice ok" } id="decision-result">
                                        <strong>{if r { "Recordable" } else { "Not recordable" }}</strong>
                                        " — " {c.decision_text.clone()}
                                    </p>
                                })}
                                <p class="small" id="decision-status">{match c.decision_status.as_str() {
                                    "confirmed" => "Confirmed by the EHS officer.".to_string(),
                                    "overridden" => format!("Overridden: {}. Counts as {}.", c.override_reason, if c.recordable { "recordable" } else { "not recordable" }),
                                    _ => "Waiting for the EHS officer's confirmation.".to_string(),
                                }}</p>
                                <form method="post" action=format!("/osha/cases/{cid}/decide") id="recordability-form">
                                    <fieldset class="stack">
                                        <legend>"OSHA-1: work-related and new"</legend>
                                        {q("work_related", "Work-related: an event or exposure in the work environment caused or contributed to it, or significantly aggravated a pre-existing condition", answered("work_related"))}
                                        {q("new_case", "A new case: not a recurrence of a recorded case whose symptoms had resolved", answered("new_case"))}
                                    </fieldset>
                                    <fieldset class="stack">
                                        <legend>"OSHA-1: general recording criteria"</legend>
                                        {q("death", "Death", answered("death"))}
                                        {q("days_away", "Days away from work (after the day of injury), including days recommended by a physician", answered("days_away"))}
                                        {q("restricted_after", "Restricted work or job transfer after the day of injury", answered("restricted_after"))}
                                        {q("restricted_injury_day", "Restricted only on the day of injury (OSHA-3: does not count)", answered("restricted_injury_day"))}
                                        {q("unconscious", "Loss of consciousness", answered("unconscious"))}
                                        <label for="diagnosis">"Significant diagnosis by a physician or licensed health care professional"</label>
                                        <select id="diagnosis" name="diagnosis">
                                            <option value="">"None"</option>
                                            {DIAGNOSES.iter().map(|(k, l)| { let sel = diag == *k; view! { <option value=*k selected=sel>{*l}</option> } }).collect_view()}
                                        </select>
                                    </fieldset>
                                    <fieldset class="stack">
                                        <legend>"OSHA-2: medical treatment beyond first aid (given or recommended)"</legend>
                                        {TREATMENTS.iter().map(|(k, l)| {
                                            let name = format!("mt_{k}");
                                            let on = answered(&name);
                                            let (for_, id_) = (name.clone(), name.clone());
                                            view! { <label class="choice" for=for_><input type="checkbox" id=id_ name=name value="on" checked=on/>{*l}</label> }
                                        }).collect_view()}
                                        <label for="mt_other_text">"Other treatment"</label>
                                        <input id="mt_other_text" name="mt_other_text" value=other_text/>
                                        {q("declined", "The treatment was recommended but the employee declined it (still counts)", answered("declined"))}
                                    </fieldset>
                                    <fieldset class="stack">
                                        <legend>"OSHA-2: first aid (closed list A-N)"</legend>
                                        {FirstAid::ALL.iter().map(|f| {
                                            let name = format!("fa_{}", f.code());
                                            let on = answered(&name);
                                            let (for_, id_) = (name.clone(), name.clone());
                                            view! { <label class="choice" for=for_><input type="checkbox" id=id_ name=name value="on" checked=on/>{format!("{}: {}", f.code(), f.label())}</label> }
                                        }).collect_view()}
                                    </fieldset>
                                    <button type="submit">"Decide"</button>
                                </form>
                                <Show when=move || decided.is_some() && pending>
                                    <ActionForm action=confirm>
                                        <div class="stack">
                                            <input type="hidden" name="case_id" value=cid/>
                                            <button type="submit" name="decision" value="confirm">"Confirm the decision"</button>
                                            <label for="override-reason">"Or override it, with the reason"</label>
                                            <input id="override-reason" name="override_reason"/>
                                            <FieldError result=confirm.value() field="override_reason"/>
                                            <button type="submit" name="decision" value="override" class="secondary">"Override"</button>
                                        </div>
                                    </ActionForm>
                                </Show>
                            </section>

                            <section id="classification">
                                <h2>"2. Classification"</h2>
                                <p id="outcome"><strong>{format!("Outcome {} · {} · K {} days away · L {} days restricted", c.outcome, CaseType::from_number(c.case_type as u8).map(|t| t.column()).unwrap_or_default(), c.days_away, c.days_restricted)}</strong>
                                    {c.capped.then_some(" · capped at 180 days")}</p>
                                <ActionForm action=classify>
                                    <div class="stack">
                                        <input type="hidden" name="case_id" value=cid/>
                                        <label class="choice" for="death"><input type="checkbox" id="death" name="death" value="on" checked=c.death/>"Death"</label>
                                        <label for="dod">"Date of death"</label>
                                        <input id="dod" name="date_of_death" type="date" value=c.date_of_death.map(|d| d.to_string()).unwrap_or_default()/>
                                        <FieldError result=classify.value() field="date_of_death"/>
                                        <label for="away">"Days away: periods, one per line (2026-03-02 to 2026-03-06; only a start date while it goes on)"</label>
                                        <textarea id="away" name="away_periods" rows="2">{textarea_text(c.away_periods.clone())}</textarea>
                                        <FieldError result=classify.value() field="away_periods"/>
                                        <label for="restricted">"Restricted work or job transfer: periods, one per line"</label>
                                        <textarea id="restricted" name="restricted_periods" rows="2">{textarea_text(c.restricted_periods.clone())}</textarea>
                                        <FieldError result=classify.value() field="restricted_periods"/>
                                        <label for="rec-away">"Days away recommended by a physician (if more than taken)"</label>
                                        <input id="rec-away" name="recommended_away" inputmode="numeric" value=c.recommended_away.map(|d| d.to_string()).unwrap_or_default()/>
                                        <label for="rec-restricted">"Restricted days recommended by a physician"</label>
                                        <input id="rec-restricted" name="recommended_restricted" inputmode="numeric" value=c.recommended_restricted.map(|d| d.to_string()).unwrap_or_default()/>
                                        <ErrorNotice result=classify.value()/>
                                        <button type="submit">"Classify"</button>
                                    </div>
                                </ActionForm>
                            </section>

                            <section id="privacy">
                                <h2>"3. Privacy case (OSHA-7)"</h2>
                                <ActionForm action=privacy>
                                    <div class="stack">
                                        <input type="hidden" name="case_id" value=cid/>
                                        <label for="privacy-reason">"Reason"</label>
                                        <select id="privacy-reason" name="privacy_reason">
                                            <option value="">"Not a privacy case"</option>
                                            {PrivacyReason::ALL.iter().map(|r| { let sel = privacy_now == r.code(); view! { <option value=r.code() selected=sel>{r.label()}</option> } }).collect_view()}
                                        </select>
                                        <FieldError result=privacy.value() field="privacy_reason"/>
                                        <button type="submit">"Save"</button>
                                    </div>
                                </ActionForm>
                            </section>

                            <section id="details">
                                <h2>"4. Case details (columns A-F)"</h2>
                                <ActionForm action=update>
                                    <div class="stack">
                                        <input type="hidden" name="case_id" value=cid/>
                                        <CaseFields result=update.value() c=Some(c_header)/>
                                        <ErrorNotice result=update.value()/>
                                        <button type="submit">"Save"</button>
                                    </div>
                                </ActionForm>
                            </section>

                            <section id="form-301">
                                <h2>"5. Form 301"</h2>
                                <Form301Fields c=c_301 action=f301/>
                            </section>

                            <section id="retention">
                                <h2>"Delete"</h2>
                                <p class="small" id="retention-note">{retention}</p>
                                <ActionForm action=delete>
                                    <input type="hidden" name="case_id" value=cid/>
                                    <button type="submit" class="danger">"Delete case"</button>
                                </ActionForm>
                                <ErrorNotice result=delete.value()/>
                            </section>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Form301Fields(c: CaseDto, action: ServerAction<Save301>) -> impl IntoView {
    let result = action.value();
    let yn = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let select_yn = move |id: &'static str, current: &'static str| {
        view! {
            <select id=id name=id>
                {[("", "—"), ("yes", "Yes"), ("no", "No")].into_iter().map(|(v, l)| view! { <option value=v selected=v == current>{l}</option> }).collect_view()}
            </select>
        }
    };
    let d = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <ActionForm action>
            <div class="stack">
                <input type="hidden" name="case_id" value=c.id/>
                <label for="f-street">"Employee's street"</label>
                <input id="f-street" name="employee_street" value=c.employee_street.clone()/>
                <label for="f-city">"City"</label>
                <input id="f-city" name="employee_city" value=c.employee_city.clone()/>
                <label for="f-state">"State"</label>
                <input id="f-state" name="employee_state" maxlength="2" value=c.employee_state.clone()/>
                <label for="f-zip">"ZIP"</label>
                <input id="f-zip" name="employee_zip" value=c.employee_zip.clone()/>
                <label for="f-dob">"Date of birth"</label>
                <input id="f-dob" name="date_of_birth" type="date" value=d(c.date_of_birth)/>
                <FieldError result field="date_of_birth"/>
                <label for="f-hired">"Date hired"</label>
                <input id="f-hired" name="date_hired" type="date" value=d(c.date_hired)/>
                <FieldError result field="date_hired"/>
                <label for="f-sex">"Sex"</label>
                <select id="f-sex" name="sex">
                    {[("", "Not given"), ("M", "Male"), ("F", "Female")].into_iter().map(|(v, l)| { let sel = c.sex == v; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                </select>
                <label for="f-phys">"Physician or other health care professional"</label>
                <input id="f-phys" name="physician" value=c.physician.clone()/>
                <label for="f-fac">"Facility where treatment was given (name, address)"</label>
                <input id="f-fac" name="facility" value=c.facility.clone()/>
                <label for="emergency_room">"Treated in an emergency room?"</label>
                {select_yn("emergency_room", yn(c.emergency_room))}
                <label for="hospitalized">"Hospitalized overnight as an in-patient?"</label>
                {select_yn("hospitalized", yn(c.hospitalized))}
                <label for="f-began">"Time employee began work (HH:MM)"</label>
                <input id="f-began" name="time_began_work" value=c.time_began_work.clone()/>
                <FieldError result field="time_began_work"/>
                <label for="f-time">"Time of event (HH:MM; blank: cannot be determined)"</label>
                <input id="f-time" name="time_of_event" value=c.time_of_event.clone()/>
                <FieldError result field="time_of_event"/>
                <label for="f-before">"What was the employee doing just before the incident?"</label>
                <textarea id="f-before" name="before_incident" rows="2">{textarea_text(c.before_incident.clone())}</textarea>
                <label for="f-what">"What happened?"</label>
                <textarea id="f-what" name="what_happened" rows="2">{textarea_text(c.what_happened.clone())}</textarea>
                <label for="f-object">"What object or substance directly harmed the employee?"</label>
                <textarea id="f-object" name="object_substance" rows="2">{textarea_text(c.object_substance.clone())}</textarea>
                <ErrorNotice result/>
                <button type="submit">"Save form 301"</button>
            </div>
        </ActionForm>
    }
}

fn totals_row(t: &TotalsDto) -> impl IntoView {
    view! {
        <tr class="totals">
            <th colspan="6" scope="row">"Totals"</th>
            <td id="total-g">{t.deaths}</td><td id="total-h">{t.days_away_cases}</td><td id="total-i">{t.restricted_cases}</td><td id="total-j">{t.other_cases}</td>
            <td id="total-k">{t.days_away}</td><td id="total-l">{t.days_restricted}</td>
            {t.by_type.iter().enumerate().map(|(i, n)| view! { <td id=format!("total-m{}", i + 1)>{*n}</td> }).collect_view()}
        </tr>
    }
}

/// `/osha/log?year=`: the printable 300 log.
#[component]
pub fn LogPage() -> impl IntoView {
    let year = year_param();
    let log = Resource::new(year, osha_log);
    view! {
        <Title text="OSHA 300 log · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match log.await {
                    Ok(l) => {
                        let pending = l.pending.len();
                        view! {
                            <h1>{format!("OSHA Form 300 · {} · {}", l.establishment.name, l.year)}</h1>
                            <p class="small muted">{format!("{} · {}, {} {}", l.site_name, l.establishment.city, l.establishment.state, l.establishment.zip)}</p>
                            <p class="no-print"><a class="button secondary" href=format!("/osha/300.csv{}", yq(l.year))>"Download CSV"</a> " " <a href="javascript:print()" class="button secondary">"Print"</a></p>
                            <Show when=move || { pending > 0 }><p class="notice no-print">{format!("{pending} case(s) wait for the recordability confirmation and are not on the log yet.")}</p></Show>
                            <div class="table-wrap">
                                <table class="osha-log" id="log-300">
                                    <thead><tr>
                                        <th>"(A) Case no."</th><th>"(B) Employee's name"</th><th>"(C) Job title"</th><th>"(D) Date"</th><th>"(E) Where"</th><th>"(F) Description"</th>
                                        <th>"(G) Death"</th><th>"(H) Days away"</th><th>"(I) Transfer / restriction"</th><th>"(J) Other"</th><th>"(K) Days away"</th><th>"(L) Days restricted"</th>
                                        <th>"(M1) Injury"</th><th>"(M2) Skin"</th><th>"(M3) Respiratory"</th><th>"(M4) Poisoning"</th><th>"(M5) Hearing"</th><th>"(M6) Other illness"</th>
                                    </tr></thead>
                                    <tbody>
                                        {l.rows.iter().map(|r| {
                                            let x = |c: &str| if r.outcome == c { "X" } else { "" };
                                            let m = |c: &str| if r.case_type == c { "X" } else { "" };
                                            view! {
                                                <tr id=format!("row-{}", r.case_number)>
                                                    <td>{r.case_number.clone()}</td><td>{r.employee_name.clone()}</td><td>{r.job_title.clone()}</td>
                                                    <td>{r.injury_date.format("%m/%d").to_string()}</td><td>{r.location.clone()}</td><td>{r.description.clone()}</td>
                                                    <td>{x("G")}</td><td>{x("H")}</td><td>{x("I")}</td><td>{x("J")}</td>
                                                    <td>{r.days_away}</td><td>{r.days_restricted}</td>
                                                    <td>{m("M1")}</td><td>{m("M2")}</td><td>{m("M3")}</td><td>{m("M4")}</td><td>{m("M5")}</td><td>{m("M6")}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                        {totals_row(&l.totals)}
                                    </tbody>
                                </table>
                            </div>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

fn rates_cells(r: &RatesDto) -> impl IntoView {
    view! {
        <td class="trc">{show(r.trc)}</td><td>{show(r.dart)}</td><td>{show(r.dafw)}</td><td>{show(r.ltir)}</td><td>{show(r.severity)}</td>
    }
}

/// `/osha/summary?year=`: the 300A with its certification.
#[component]
pub fn SummaryPage() -> impl IntoView {
    let year = year_param();
    let certify = ServerAction::<Certify300a>::new();
    let result = certify.value();
    let s = Resource::new(move || (year(), certify.version().get()), |(y, _)| osha_summary(y));
    view! {
        <Title text="OSHA 300A · Gemba"/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match s.await {
                    Ok(s) => {
                        let t = s.totals.clone();
                        let y = s.year;
                        let certified = s.certification.is_some();
                        view! {
                            <h1>{format!("OSHA Form 300A · Summary of work-related injuries and illnesses · {y}")}</h1>
                            <p>{format!("{} · {} · {}, {} {} · NAICS {} · {}", s.establishment.name, s.establishment.street_address, s.establishment.city, s.establishment.state, s.establishment.zip, s.establishment.naics_code, s.establishment.industry_description)}</p>
                            <p class="small muted" id="summary-deadlines">{format!("Post from {} to {} · ITA submission due {}", s.posting_from, s.posting_until, s.ita_due)}</p>
                            <dl class="facts" id="summary-300a">
                                <dt>"Annual average employees"</dt><dd id="s-employees">{s.annual_average_employees}</dd>
                                <dt>"Total hours worked"</dt><dd id="s-hours">{s.total_hours_worked}</dd>
                                <dt>"(G) Deaths"</dt><dd id="s-g">{t.deaths}</dd>
                                <dt>"(H) Cases with days away"</dt><dd id="s-h">{t.days_away_cases}</dd>
                                <dt>"(I) Cases with job transfer or restriction"</dt><dd id="s-i">{t.restricted_cases}</dd>
                                <dt>"(J) Other recordable cases"</dt><dd id="s-j">{t.other_cases}</dd>
                                <dt>"(K) Days away from work"</dt><dd id="s-k">{t.days_away}</dd>
                                <dt>"(L) Days of job transfer or restriction"</dt><dd id="s-l">{t.days_restricted}</dd>
                                {["(M1) Injuries", "(M2) Skin disorders", "(M3) Respiratory conditions", "(M4) Poisonings", "(M5) Hearing loss", "(M6) All other illnesses"]
                                    .iter().zip(t.by_type.iter()).enumerate()
                                    .map(|(i, (l, n))| view! { <dt>{*l}</dt><dd id=format!("s-m{}", i + 1)>{*n}</dd> }).collect_view()}
                            </dl>
                            <p class=if t.reconciles { "small muted" } else { "notice error" }>{if t.reconciles { "Totals reconcile: G+H+I+J = M1+...+M6." } else { "Totals do not reconcile." }}</p>
                            <div class="table-wrap">
                                <table><thead><tr><th>"TRC"</th><th>"DART"</th><th>"DAFW"</th><th>"LTIR"</th><th>"Severity"</th></tr></thead>
                                <tbody><tr id="summary-rates">{rates_cells(&s.rates)}</tr></tbody></table>
                            </div>
                            <h2>"Certification"</h2>
                            {s.certification.clone().map(|c| view! {
                                <p class="notice ok" id="certified">{format!("Certified by {}, {} ({}), on {} — signed by {} at ", c.name, c.title, c.phone, c.date, c.signed_by)}<LocalTime at=c.signed_at/></p>
                            })}
                            <Show when=move || !certified>
                                <ActionForm action=certify>
                                    <div class="stack">
                                        <input type="hidden" name="year" value=y/>
                                        <p class="small">"I certify that I have examined this document and that to the best of my knowledge the entries are true, accurate, and complete."</p>
                                        <label for="cert-name">"Company executive's name"</label>
                                        <input id="cert-name" name="cert_name" required/>
                                        <FieldError result field="cert_name"/>
                                        <label for="cert-title">"Title"</label>
                                        <input id="cert-title" name="cert_title" required/>
                                        <FieldError result field="cert_title"/>
                                        <label for="cert-phone">"Phone"</label>
                                        <input id="cert-phone" name="cert_phone" type="tel" required/>
                                        <FieldError result field="cert_phone"/>
                                        <label for="cert-password">"Your password (signature)"</label>
                                        <input id="cert-password" name="password" type="password" required autocomplete="current-password"/>
                                        <FieldError result field="password"/>
                                        <FieldError result field="total_hours_worked"/>
                                        <FieldError result field="year"/>
                                        <ErrorNotice result/>
                                        <button type="submit">"Certify"</button>
                                    </div>
                                </ActionForm>
                            </Show>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// `/osha/cases/:id/301`: the printable incident report.
#[component]
pub fn Form301Page() -> impl IntoView {
    let id = case_id();
    let case = Resource::new(id, osha_case);
    view! {
        <Title text="OSHA 301 · Gemba"/>
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
                            <p class="no-print"><a href="javascript:print()" class="button secondary">"Print"</a></p>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

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

/// `/osha/ita?year=`: both ITA files checked, every failing field named, downloads when clean.
#[component]
pub fn ItaPage() -> impl IntoView {
    let year = year_param();
    let submit = ServerAction::<MarkItaSubmitted>::new();
    let check = Resource::new(move || (year(), submit.version().get()), |(y, _)| ita_check(y));
    let submit_r = submit.value();
    view! {
        <Title text="ITA files · Gemba"/>
        <h1>"OSHA Injury Tracking Application files"</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match check.await {
                    Ok(c) => {
                        let y = c.year;
                        let list = |p: Vec<contract::dto::safety::FieldProblemDto>, id: &'static str| view! {
                            <ul class="problems" id=id>
                                {p.into_iter().map(|p| view! { <li>{format!("{}{}: {}", p.case_number.map(|n| format!("case {n}, ")).unwrap_or_default(), p.field, p.message)}</li> }).collect_view()}
                            </ul>
                        };
                        let (sp, cp) = (c.summary_problems.is_empty(), c.case_problems.is_empty());
                        view! {
                            <h2>{format!("300A summary file ({y})")}</h2>
                            {if sp { view! { <p><a class="button" id="ita-summary-download" href=format!("/osha/ita-300a.csv{}", yq(y))>"Download 300A CSV"</a></p> }.into_any() }
                             else { view! { <p class="notice error">"Fix these before downloading:"</p> {list(c.summary_problems.clone(), "summary-problems")} }.into_any() }}
                            <h2>{format!("Case data file ({} cases)", c.cases)}</h2>
                            {if cp { view! { <p><a class="button" id="ita-cases-download" href=format!("/osha/ita-cases.csv{}", yq(y))>"Download case CSV"</a></p> }.into_any() }
                             else { view! { <p class="notice error">"Fix these before downloading:"</p> {list(c.case_problems.clone(), "case-problems")} }.into_any() }}
                            <h2>"Submission"</h2>
                            <div id="ita-submission">
                                {match c.submitted_on {
                                    Some(d) => view! { <p class="notice ok">{format!("Submitted to OSHA on {d} (due {}).", c.due)}</p> }.into_any(),
                                    None => view! {
                                        <p>{format!("Due {}. Record the submission once it is made in OSHA's ITA: the reminders stop.", c.due)}</p>
                                        <Show when=move || c.can_record>
                                            <ActionForm action=submit>
                                                <div class="stack">
                                                    <input type="hidden" name="year" value=y/>
                                                    <label for="ita-submitted-on">"Submitted on"</label>
                                                    <input id="ita-submitted-on" name="submitted_on" type="date" required/>
                                                    <FieldError result=submit_r field="submitted_on"/>
                                                    <FieldError result=submit_r field="year"/>
                                                    <button type="submit">"Record the submission"</button>
                                                </div>
                                            </ActionForm>
                                        </Show>
                                    }.into_any(),
                                }}
                            </div>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

/// A small line chart of the year-to-date TRC by month (server-drawn SVG).
fn trend_chart(points: &[TrendPointDto]) -> impl IntoView {
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
                        <p class="small muted">"Per 200,000 hours worked; n/a when no hours are recorded."</p>
                        <div class="table-wrap">
                            <table id="rates-table">
                                <thead><tr><th>"Site"</th><th>"Hours"</th><th>"Recordable"</th><th>"TRC"</th><th>"DART"</th><th>"DAFW"</th><th>"LTIR"</th><th>"Severity"</th></tr></thead>
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
