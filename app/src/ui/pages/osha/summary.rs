//! The 300A annual summary and its certification.
use super::*;

/// `/osha/summary?year=`: the 300A with its certification.
#[component]
pub fn SummaryPage() -> impl IntoView {
    let year = year_param();
    let certify = ServerAction::<Certify300a>::new();
    let result = certify.value();
    let s = Resource::new(move || (year(), certify.version().get()), |(y, _)| osha_summary(y));
    let lang = use_lang();
    let form = form_language(lang);
    let labels = legal::summary(form);
    view! {
        <Title text=t!(lang, "title-osha-summary")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match s.await {
                    Ok(s) => {
                        let t = s.totals.clone();
                        let y = s.year;
                        let certified = s.certification.is_some();
                        view! {
                            <h1>{format!("{} · {y}", labels.title)}</h1>
                            {form_choice(lang, format!("/osha/summary?year={y}&"), form)}
                            <p>{format!("{} · {} · {}, {} {} · NAICS {} · {}", s.establishment.name, s.establishment.street_address, s.establishment.city, s.establishment.state, s.establishment.zip, s.establishment.naics_code, s.establishment.industry_description)}</p>
                            <p class="small muted" id="summary-deadlines">{t!(lang, "osha-summary-deadlines", from = i18n::date(lang, s.posting_from), until = i18n::date(lang, s.posting_until), due = i18n::date(lang, s.ita_due))}</p>
                            <dl class="facts" id="summary-300a">
                                <dt>{legal_label(lang, form, labels.employees, "employees")}</dt><dd id="s-employees">{s.annual_average_employees}</dd>
                                <dt>{legal_label(lang, form, labels.hours, "hours")}</dt><dd id="s-hours">{s.total_hours_worked}</dd>
                                {labels.totals.iter().zip(&legal::LOG_COLUMNS[6..]).zip(totals_values(&t)).map(|((text, code), n)| {
                                    view! { <dt>{legal_label(lang, form, text, code)}</dt><dd id=format!("s-{code}")>{n}</dd> }
                                }).collect_view()}
                            </dl>
                            <p class=if t.reconciles { "small muted" } else { "notice error" }>{if t.reconciles { t!(lang, "osha-totals-reconcile") } else { t!(lang, "osha-totals-do-not-reconcile") }}</p>
                            {wide_table(t!(lang, "table-osha-year-rates"), view! {
                                <table><thead><tr><th>"TRC"</th><th>"DART"</th><th>"DAFW"</th><th>"LTIR"</th><th>"LTIFR"</th><th>{t!(lang, "osha-severity")}</th></tr></thead>
                                <tbody><tr id="summary-rates">{rates_cells(lang, &s.rates)}</tr></tbody></table>
                            })}
                            <h2>{t!(lang, "osha-certification")}</h2>
                            {s.certification.clone().map(|c| view! {
                                <p class="notice ok" id="certified">{format!("{} ", t!(lang, "osha-certified", name = c.name.clone(), title = c.title.clone(), phone = c.phone.clone(), date = i18n::date(lang, c.date), signed_by = c.signed_by.clone()))}<LocalTime at=c.signed_at/></p>
                            })}
                            <Show when=move || !certified>
                                <ActionForm action=certify>
                                    <div class="stack">
                                        <input type="hidden" name="year" value=y/>
                                        <p class="small">{legal_label(lang, form, labels.certify, "certify")}</p>
                                        <label for="cert-name">{t!(lang, "osha-cert-name")}</label>
                                        <input id="cert-name" name="cert_name" required/>
                                        <FieldError result field="cert_name"/>
                                        <label for="cert-title">{t!(lang, "osha-cert-title")}</label>
                                        <input id="cert-title" name="cert_title" required/>
                                        <FieldError result field="cert_title"/>
                                        <label for="cert-phone">{t!(lang, "osha-cert-phone")}</label>
                                        <input id="cert-phone" name="cert_phone" type="tel" required/>
                                        <FieldError result field="cert_phone"/>
                                        <label for="cert-password">{t!(lang, "osha-cert-password")}</label>
                                        <input id="cert-password" name="password" type="password" required autocomplete="current-password"/>
                                        <FieldError result field="password"/>
                                        <FieldError result field="total_hours_worked"/>
                                        <FieldError result field="year"/>
                                        <ErrorNotice result/>
                                        <button type="submit">{t!(lang, "osha-certify")}</button>
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

/// The 300A's totals (G) to (M6), in the form's order.
fn totals_values(t: &TotalsDto) -> Vec<i32> {
    let mut v = vec![t.deaths, t.days_away_cases, t.restricted_cases, t.other_cases, t.days_away, t.days_restricted];
    v.extend(t.by_type.iter().copied());
    v
}
