//! Recording a new OSHA case (and the case header fields it shares with the case page).
use super::*;

/// `/osha/cases/new?event=`: opens a case (columns A-F and the type).
#[component]
pub fn NewCasePage() -> impl IntoView {
    let open = ServerAction::<OpenCase>::new();
    let result = open.value();
    let query = use_query_map();
    let event = move || query.read().get("event").unwrap_or_default();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha-new-case")/>
        <h1>{t!(lang, "osha-new-case-title")}</h1>
        <ActionForm action=open>
            <div class="stack">
                <Show when=move || !event().is_empty()>
                    <input type="hidden" name="event_id" value=event/>
                    <p class="small muted">{move || t!(lang, "osha-from-event", id = event())}</p>
                </Show>
                <CaseFields result c=None/>
                <ErrorNotice result/>
                <button type="submit">{t!(lang, "osha-open-case")}</button>
            </div>
        </ActionForm>
    }
}

#[component]
pub(super) fn CaseFields(
    result: MappedSignal<Option<Result<CaseDto, contract::error::AppError>>>,
    c: Option<CaseDto>,
) -> impl IntoView {
    let v = |f: fn(&CaseDto) -> String| c.as_ref().map(f).unwrap_or_default();
    let ct = c.as_ref().map(|c| c.case_type).unwrap_or(1);
    let lang = use_lang();
    view! {
        <label for="c-name">{t!(lang, "osha-employee-name")}</label>
        <input id="c-name" name="employee_name" required maxlength="120" value=v(|c| c.employee_name.clone())/>
        <FieldError result field="employee_name"/>
        <label for="c-job">{t!(lang, "osha-job-title")}</label>
        <input id="c-job" name="job_title" required maxlength="120" value=v(|c| c.job_title.clone())/>
        <FieldError result field="job_title"/>
        <label for="c-date">{t!(lang, "osha-injury-date")}</label>
        <input id="c-date" name="injury_date" type="date" required value=v(|c| c.injury_date.to_string())/>
        <FieldError result field="injury_date"/>
        <label for="c-learned">{t!(lang, "osha-learned-on")}</label>
        <input id="c-learned" name="learned_on" type="date" value=v(|c| c.learned_on.to_string())/>
        <FieldError result field="learned_on"/>
        <label for="c-where">{t!(lang, "osha-where")}</label>
        <input id="c-where" name="location" required maxlength="200" value=v(|c| c.location.clone())/>
        <FieldError result field="location"/>
        <label for="c-desc">{t!(lang, "osha-injury-description")}</label>
        <textarea id="c-desc" name="injury_description" rows="3" required>{textarea_text(v(|c| c.injury_description.clone()))}</textarea>
        <FieldError result field="injury_description"/>
        <label for="case-type">{t!(lang, "osha-case-type")}</label>
        {case_type_select(lang, ct)}
        <FieldError result field="case_type"/>
    }
}
