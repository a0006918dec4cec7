//! The Injury Tracking Application files and what they still miss.
use super::*;

/// `/osha/ita?year=`: both ITA files checked, every failing field named, downloads when clean.
#[component]
pub fn ItaPage() -> impl IntoView {
    let year = year_param();
    let submit = ServerAction::<MarkItaSubmitted>::new();
    let check = Resource::new(move || (year(), submit.version().get()), |(y, _)| ita_check(y));
    let submit_r = submit.value();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-osha-ita")/>
        <h1>{t!(lang, "osha-ita-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match check.await {
                    Ok(c) => {
                        let y = c.year;
                        let list = |p: Vec<contract::dto::safety::FieldProblemDto>, id: &'static str| view! {
                            <ul class="problems" id=id>
                                {p.into_iter().map(|p| view! { <li>{format!("{}{}: {}", p.case_number.map(|n| format!("{} ", t!(lang, "osha-ita-case-n", number = n))).unwrap_or_default(), p.field, message_text(lang, &p.message))}</li> }).collect_view()}
                            </ul>
                        };
                        let (sp, cp) = (c.summary_problems.is_empty(), c.case_problems.is_empty());
                        view! {
                            <h2>{t!(lang, "osha-ita-summary-file", year = y.to_string())}</h2>
                            {if sp { view! { <p><a class="button" id="ita-summary-download" href=format!("/osha/ita-300a.csv{}", yq(y))>{t!(lang, "osha-ita-download-summary")}</a></p> }.into_any() }
                             else { view! { <p class="notice error">{t!(lang, "osha-ita-fix-first")}</p> {list(c.summary_problems.clone(), "summary-problems")} }.into_any() }}
                            <h2>{t!(lang, "osha-ita-case-file", count = c.cases)}</h2>
                            {if cp { view! { <p><a class="button" id="ita-cases-download" href=format!("/osha/ita-cases.csv{}", yq(y))>{t!(lang, "osha-ita-download-cases")}</a></p> }.into_any() }
                             else { view! { <p class="notice error">{t!(lang, "osha-ita-fix-first")}</p> {list(c.case_problems.clone(), "case-problems")} }.into_any() }}
                            <h2>{t!(lang, "osha-ita-submission")}</h2>
                            <div id="ita-submission">
                                {match c.submitted_on {
                                    Some(d) => view! { <p class="notice ok">{t!(lang, "osha-ita-submitted", date = i18n::date(lang, d), due = i18n::date(lang, c.due))}</p> }.into_any(),
                                    None => view! {
                                        <p>{t!(lang, "osha-ita-due", due = i18n::date(lang, c.due))}</p>
                                        <Show when=move || c.can_record>
                                            <ActionForm action=submit>
                                                <div class="stack">
                                                    <input type="hidden" name="year" value=y/>
                                                    <label for="ita-submitted-on">{t!(lang, "osha-ita-submitted-on")}</label>
                                                    <input id="ita-submitted-on" name="submitted_on" type="date" required/>
                                                    <FieldError result=submit_r field="submitted_on"/>
                                                    <FieldError result=submit_r field="year"/>
                                                    <button type="submit">{t!(lang, "osha-ita-record")}</button>
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
