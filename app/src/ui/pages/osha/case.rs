//! One case: the guided recordability decision, classification, privacy and the 301 fields.
use super::*;

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
                            {c.recorded_late.then(|| view! {
                                <p class="notice warning" id="case-late">{format!(
                                    "Entered late: on {}, {} day(s) after the 7-day limit ({}; learned of it {}).",
                                    c.recorded_on, c.recorded_late_days, c.record_by, c.learned_on
                                )}</p>
                            })}
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
pub(super) fn Form301Fields(c: CaseDto, action: ServerAction<Save301>) -> impl IntoView {
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
