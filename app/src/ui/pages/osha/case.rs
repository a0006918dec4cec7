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
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha-case")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match case.await {
                    Ok(c) => {
                        let cid = c.id;
                        let answered = |k: &str| c.facts.iter().any(|a| a.name == k);
                        let other_text = c.facts.iter().find(|a| a.name == "mt_other_text").map(|a| a.value.clone()).unwrap_or_default();
                        let diag = c.facts.iter().find(|a| a.name == "diagnosis").map(|a| a.value.clone()).unwrap_or_default();
                        let q = |name: &'static str, text: String, on: bool| view! {
                            <label class="choice" for=name><input type="checkbox" id=name name=name value="on" checked=on/>{text}</label>
                        };
                        let decided = c.decided_recordable;
                        let privacy_now = c.privacy_reason.clone();
                        let (c_header, c_301) = (c.clone(), c.clone());
                        let retention = t!(lang, "osha-retention", year = c.year.to_string(), date = i18n::date(lang, c.deletable_from));
                        let pending = c.decision_status == "pending";
                        view! {
                            <h1>{t!(lang, "osha-case-title", number = c.case_number.clone())}</h1>
                            <p class="small muted" id="case-deadlines">{t!(lang, "osha-case-deadlines", record_by = i18n::date(lang, c.record_by), kept_until = i18n::date(lang, c.deletable_from.pred_opt().unwrap_or(c.deletable_from)), year = c.year.to_string())}</p>
                            {c.recorded_late.then(|| view! {
                                <p class="notice warning" id="case-late">{t!(
                                    lang, "osha-case-late",
                                    recorded_on = i18n::date(lang, c.recorded_on), count = c.recorded_late_days,
                                    record_by = i18n::date(lang, c.record_by), learned_on = i18n::date(lang, c.learned_on)
                                )}</p>
                            })}
                            <p><a href=format!("/osha/cases/{cid}/301")>{t!(lang, "osha-form-301-printable")}</a> " · " <a href=format!("/osha{}", yq(c.year))>{t!(lang, "osha-all-cases")}</a></p>

                            <section id="decision">
                                <h2>{t!(lang, "osha-section-decision")}</h2>
                                {form_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
                                {decided.map(|r| view! {
                                    <p class=if r { "notice error" } else { "notice ok" } id="decision-result">
                                        <strong>{if r { t!(lang, "osha-recordable") } else { t!(lang, "osha-not-recordable") }}</strong>
                                        " — " {c.decision_text.clone()}
                                    </p>
                                })}
                                <p class="small" id="decision-status">{match c.decision_status.as_str() {
                                    "confirmed" => t!(lang, "osha-confirmed"),
                                    "overridden" => if c.recordable {
                                        t!(lang, "osha-overridden-recordable", reason = c.override_reason.clone())
                                    } else {
                                        t!(lang, "osha-overridden-not-recordable", reason = c.override_reason.clone())
                                    },
                                    _ => t!(lang, "osha-waiting-confirmation"),
                                }}</p>
                                <form method="post" action=format!("/osha/cases/{cid}/decide") id="recordability-form">
                                    <fieldset class="stack">
                                        <legend>{t!(lang, "osha-legend-work-related")}</legend>
                                        {q("work_related", t!(lang, "osha-q-work-related"), answered("work_related"))}
                                        {q("new_case", t!(lang, "osha-q-new-case"), answered("new_case"))}
                                    </fieldset>
                                    <fieldset class="stack">
                                        <legend>{t!(lang, "osha-legend-general")}</legend>
                                        {q("death", t!(lang, "osha-death"), answered("death"))}
                                        {q("days_away", t!(lang, "osha-q-days-away"), answered("days_away"))}
                                        {q("restricted_after", t!(lang, "osha-q-restricted-after"), answered("restricted_after"))}
                                        {q("restricted_injury_day", t!(lang, "osha-q-restricted-injury-day"), answered("restricted_injury_day"))}
                                        {q("unconscious", t!(lang, "osha-q-unconscious"), answered("unconscious"))}
                                        <label for="diagnosis">{t!(lang, "osha-q-diagnosis")}</label>
                                        <select id="diagnosis" name="diagnosis">
                                            <option value="">{t!(lang, "osha-none")}</option>
                                            {DIAGNOSES.iter().map(|(k, _)| { let sel = diag == *k; view! { <option value=*k selected=sel>{label(lang, "osha-diagnosis", k)}</option> } }).collect_view()}
                                        </select>
                                    </fieldset>
                                    <fieldset class="stack" id="special-criteria">
                                        <legend>{t!(lang, "osha-legend-special")}</legend>
                                        {q("sharp", t!(lang, "osha-q-sharp"), answered("sharp"))}
                                        {q("medical_removal", t!(lang, "osha-q-medical-removal"), answered("medical_removal"))}
                                        {q("tuberculosis", t!(lang, "osha-q-tuberculosis"), answered("tuberculosis"))}
                                        <details class="hearing" open=HEARING_FIELDS.iter().flatten().any(|k| answered(k))>
                                            <summary>{t!(lang, "osha-hearing")}</summary>
                                            <p class="small muted">{t!(lang, "osha-hearing-hint")}</p>
                                            {HEARING_FIELDS.iter().zip([t!(lang, "osha-ear-left"), t!(lang, "osha-ear-right")]).map(|(fields, ear)| {
                                                let rows = [t!(lang, "osha-baseline"), t!(lang, "osha-current")];
                                                view! {
                                                    <fieldset class="audiogram">
                                                        <legend>{ear.clone()}</legend>
                                                        {fields.chunks(3).zip(rows).map(|(row, name)| view! {
                                                            <div class="audiogram-row">
                                                                <span class="small">{name.clone()}</span>
                                                                {row.iter().zip(["2000", "3000", "4000"]).map(|(k, hz)| {
                                                                    let value = c.facts.iter().find(|a| a.name == *k).map(|a| a.value.clone()).unwrap_or_default();
                                                                    view! {
                                                                        <input name=*k id=*k inputmode="numeric" value=value placeholder=format!("{hz} Hz")
                                                                            aria-label=format!("{ear}, {name}, {hz} Hz")/>
                                                                    }
                                                                }).collect_view()}
                                                            </div>
                                                        }).collect_view()}
                                                    </fieldset>
                                                }
                                            }).collect_view()}
                                        </details>
                                    </fieldset>
                                    <fieldset class="stack">
                                        <legend>{t!(lang, "osha-legend-treatment")}</legend>
                                        {TREATMENTS.iter().map(|(k, _)| {
                                            let name = format!("mt_{k}");
                                            let on = answered(&name);
                                            let (for_, id_) = (name.clone(), name.clone());
                                            view! { <label class="choice" for=for_><input type="checkbox" id=id_ name=name value="on" checked=on/>{label(lang, "osha-treatment", k)}</label> }
                                        }).collect_view()}
                                        <label for="mt_other_text">{t!(lang, "osha-other-treatment")}</label>
                                        <input id="mt_other_text" name="mt_other_text" value=other_text/>
                                        {q("declined", t!(lang, "osha-q-declined"), answered("declined"))}
                                    </fieldset>
                                    <fieldset class="stack">
                                        <legend>{t!(lang, "osha-legend-first-aid")}</legend>
                                        {FirstAid::ALL.iter().map(|f| {
                                            let name = format!("fa_{}", f.code());
                                            let on = answered(&name);
                                            let (for_, id_) = (name.clone(), name.clone());
                                            view! { <label class="choice" for=for_><input type="checkbox" id=id_ name=name value="on" checked=on/>{format!("{}: {}", f.code(), label(lang, "osha-first-aid", &f.code().to_ascii_lowercase().to_string()))}</label> }
                                        }).collect_view()}
                                    </fieldset>
                                    <button type="submit">{t!(lang, "osha-decide")}</button>
                                </form>
                                <Show when=move || decided.is_some() && pending>
                                    <ActionForm action=confirm>
                                        <div class="stack">
                                            <input type="hidden" name="case_id" value=cid/>
                                            <button type="submit" name="decision" value="confirm">{t!(lang, "osha-confirm-decision")}</button>
                                            <label for="override-reason">{t!(lang, "osha-override-reason")}</label>
                                            <input id="override-reason" name="override_reason"/>
                                            <FieldError result=confirm.value() field="override_reason"/>
                                            <button type="submit" name="decision" value="override" class="secondary">{t!(lang, "osha-override")}</button>
                                        </div>
                                    </ActionForm>
                                </Show>
                            </section>

                            <section id="classification">
                                <h2>{t!(lang, "osha-section-classification")}</h2>
                                <p id="outcome"><strong>{format!(
                                    "{} · {} · {}",
                                    t!(lang, "osha-outcome", outcome = c.outcome.clone(), case_type = CaseType::from_number(c.case_type as u8).map(|t| t.column()).unwrap_or_default()),
                                    t!(lang, "osha-k-days-away", count = c.days_away),
                                    t!(lang, "osha-l-days-restricted", count = c.days_restricted)
                                )}</strong>
                                    {c.capped.then(|| format!(" · {}", t!(lang, "osha-capped")))}</p>
                                <ActionForm action=classify>
                                    <div class="stack">
                                        <input type="hidden" name="case_id" value=cid/>
                                        <label class="choice" for="death"><input type="checkbox" id="death" name="death" value="on" checked=c.death/>{t!(lang, "osha-death")}</label>
                                        <label for="dod">{t!(lang, "osha-date-of-death")}</label>
                                        <input id="dod" name="date_of_death" type="date" value=c.date_of_death.map(|d| d.to_string()).unwrap_or_default()/>
                                        <FieldError result=classify.value() field="date_of_death"/>
                                        <label for="away">{t!(lang, "osha-away-periods")}</label>
                                        <textarea id="away" name="away_periods" rows="2">{textarea_text(c.away_periods.clone())}</textarea>
                                        <FieldError result=classify.value() field="away_periods"/>
                                        <label for="restricted">{t!(lang, "osha-restricted-periods")}</label>
                                        <textarea id="restricted" name="restricted_periods" rows="2">{textarea_text(c.restricted_periods.clone())}</textarea>
                                        <FieldError result=classify.value() field="restricted_periods"/>
                                        <label for="rec-away">{t!(lang, "osha-recommended-away")}</label>
                                        <input id="rec-away" name="recommended_away" inputmode="numeric" value=c.recommended_away.map(|d| d.to_string()).unwrap_or_default()/>
                                        <label for="rec-restricted">{t!(lang, "osha-recommended-restricted")}</label>
                                        <input id="rec-restricted" name="recommended_restricted" inputmode="numeric" value=c.recommended_restricted.map(|d| d.to_string()).unwrap_or_default()/>
                                        <ErrorNotice result=classify.value()/>
                                        <button type="submit">{t!(lang, "osha-classify")}</button>
                                    </div>
                                </ActionForm>
                            </section>

                            <section id="privacy">
                                <h2>{t!(lang, "osha-section-privacy")}</h2>
                                <ActionForm action=privacy>
                                    <div class="stack">
                                        <input type="hidden" name="case_id" value=cid/>
                                        <label for="privacy-reason">{t!(lang, "reason")}</label>
                                        <select id="privacy-reason" name="privacy_reason">
                                            <option value="">{t!(lang, "osha-not-privacy-case")}</option>
                                            {PrivacyReason::ALL.iter().map(|r| { let sel = privacy_now == r.code(); view! { <option value=r.code() selected=sel>{label(lang, "osha-privacy-reason", r.code())}</option> } }).collect_view()}
                                        </select>
                                        <FieldError result=privacy.value() field="privacy_reason"/>
                                        <button type="submit">{t!(lang, "save")}</button>
                                    </div>
                                </ActionForm>
                            </section>

                            <section id="details">
                                <h2>{t!(lang, "osha-section-details")}</h2>
                                <ActionForm action=update>
                                    <div class="stack">
                                        <input type="hidden" name="case_id" value=cid/>
                                        <CaseFields result=update.value() c=Some(c_header)/>
                                        <ErrorNotice result=update.value()/>
                                        <button type="submit">{t!(lang, "save")}</button>
                                    </div>
                                </ActionForm>
                            </section>

                            <section id="form-301">
                                <h2>{t!(lang, "osha-section-301")}</h2>
                                <Form301Fields c=c_301 action=f301/>
                            </section>

                            <section id="retention">
                                <h2>{t!(lang, "osha-delete")}</h2>
                                <p class="small" id="retention-note">{retention}</p>
                                <Confirm ask=t!(lang, "osha-delete-ask")>
                                    <ActionForm action=delete>
                                        <input type="hidden" name="case_id" value=cid/>
                                        <button type="submit" class="danger">{t!(lang, "osha-delete-case")}</button>
                                    </ActionForm>
                                </Confirm>
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
    let lang = use_lang();
    let yn = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let select_yn = move |id: &'static str, current: &'static str| {
        view! {
            <select id=id name=id>
                {[("", "—".to_string()), ("yes", t!(lang, "osha-yes")), ("no", t!(lang, "osha-no"))].into_iter().map(|(v, l)| view! { <option value=v selected=v == current>{l}</option> }).collect_view()}
            </select>
        }
    };
    let d = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <ActionForm action>
            <div class="stack">
                <input type="hidden" name="case_id" value=c.id/>
                <label for="f-street">{t!(lang, "osha-employee-street")}</label>
                <input id="f-street" name="employee_street" value=c.employee_street.clone()/>
                <label for="f-city">{t!(lang, "osha-city")}</label>
                <input id="f-city" name="employee_city" value=c.employee_city.clone()/>
                <label for="f-state">{t!(lang, "osha-state")}</label>
                <input id="f-state" name="employee_state" maxlength="2" value=c.employee_state.clone()/>
                <label for="f-zip">{t!(lang, "osha-zip")}</label>
                <input id="f-zip" name="employee_zip" value=c.employee_zip.clone()/>
                <label for="f-dob">{t!(lang, "osha-date-of-birth")}</label>
                <input id="f-dob" name="date_of_birth" type="date" value=d(c.date_of_birth)/>
                <FieldError result field="date_of_birth"/>
                <label for="f-hired">{t!(lang, "osha-date-hired")}</label>
                <input id="f-hired" name="date_hired" type="date" value=d(c.date_hired)/>
                <FieldError result field="date_hired"/>
                <label for="f-sex">{t!(lang, "osha-sex")}</label>
                <select id="f-sex" name="sex">
                    {[("", t!(lang, "osha-sex-not-given")), ("M", t!(lang, "osha-sex-male")), ("F", t!(lang, "osha-sex-female"))].into_iter().map(|(v, l)| { let sel = c.sex == v; view! { <option value=v selected=sel>{l}</option> } }).collect_view()}
                </select>
                <label for="f-phys">{t!(lang, "osha-physician")}</label>
                <input id="f-phys" name="physician" value=c.physician.clone()/>
                <label for="f-fac">{t!(lang, "osha-facility")}</label>
                <input id="f-fac" name="facility" value=c.facility.clone()/>
                <label for="emergency_room">{t!(lang, "osha-emergency-room")}</label>
                {select_yn("emergency_room", yn(c.emergency_room))}
                <label for="hospitalized">{t!(lang, "osha-hospitalized")}</label>
                {select_yn("hospitalized", yn(c.hospitalized))}
                <label for="f-began">{t!(lang, "osha-time-began-work")}</label>
                <input id="f-began" name="time_began_work" value=c.time_began_work.clone()/>
                <FieldError result field="time_began_work"/>
                <label for="f-time">{t!(lang, "osha-time-of-event")}</label>
                <input id="f-time" name="time_of_event" value=c.time_of_event.clone()/>
                <FieldError result field="time_of_event"/>
                <label for="f-before">{t!(lang, "osha-before-incident")}</label>
                <textarea id="f-before" name="before_incident" rows="2">{textarea_text(c.before_incident.clone())}</textarea>
                <label for="f-what">{t!(lang, "osha-what-happened")}</label>
                <textarea id="f-what" name="what_happened" rows="2">{textarea_text(c.what_happened.clone())}</textarea>
                <label for="f-object">{t!(lang, "osha-object-substance")}</label>
                <textarea id="f-object" name="object_substance" rows="2">{textarea_text(c.object_substance.clone())}</textarea>
                <ErrorNotice result/>
                <button type="submit">{t!(lang, "osha-save-301")}</button>
            </div>
        </ActionForm>
    }
}
