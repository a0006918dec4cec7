//! Sites (organisation-wide administrators): list and create.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::admin::{CreateSite, UpdateSiteSettings, list_all_sites};
use crate::ui::components::{ErrorNotice, FieldError, Lang, Loading, form::error_view, label, t, use_lang};

#[component]
pub fn SitesPage() -> impl IntoView {
    let create = ServerAction::<CreateSite>::new();
    let settings = ServerAction::<UpdateSiteSettings>::new();
    let sites = Resource::new(move || (create.version().get(), settings.version().get()), |_| list_all_sites());
    let result = create.value();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-sites")/>
        <h1>{t!(lang, "nav-sites")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match sites.await {
                    Ok(list) => view! {
                        <ul class="cards" id="site-list">
                            {list.into_iter().map(|s| view! {
                                <li class="card">
                                    <h3>{s.name} <span class="code">{s.code}</span></h3>
                                    <p class="muted small">{s.address}</p>
                                    <p class="muted small">{t!(lang, "home-time-zone", zone = s.timezone)}</p>
                                    <ActionForm action=settings>
                                        <div class="inline-form">
                                            <input type="hidden" name="site_id" value=s.id.to_string()/>
                                            <label class="check">
                                                <input type="checkbox" name="allow_anonymous_reports" checked=s.allow_anonymous_reports/>
                                                {format!(" {}", t!(lang, "sites-anonymous-reports"))}
                                            </label>
                                            <label for=format!("pct-{}", s.id)>{t!(lang, "sites-pm-window")}</label>
                                            <input id=format!("pct-{}", s.id) name="pm_window_pct" inputmode="numeric" value=s.pm_window_pct.to_string()/>
                                            <label for=format!("mode-{}", s.id)>{t!(lang, "sites-pm-window-mode")}</label>
                                            <select id=format!("mode-{}", s.id) name="pm_window_mode">
                                                {["symmetric", "late_only"].into_iter().map(|m| view! {
                                                    <option value=m selected=s.pm_window_mode == m>{label(lang, "sites-pm-window", m)}</option>
                                                }).collect_view()}
                                            </select>
                                            <label for=format!("min-{}", s.id)>{t!(lang, "sites-pm-window-min")}</label>
                                            <input id=format!("min-{}", s.id) name="pm_window_min_days" inputmode="numeric" value=s.pm_window_min_days.to_string()/>
                                            <label for=format!("lang-{}", s.id)>{t!(lang, "site-language")}</label>
                                            <select id=format!("lang-{}", s.id) name="language">
                                                <option value="" selected=s.language.is_none()>{t!(lang, "site-language-none")}</option>
                                                {Lang::ALL.into_iter().map(|l| {
                                                    let selected = s.language.as_deref() == Some(l.code());
                                                    view! { <option value=l.code() lang=l.code() selected=selected>{l.native_name()}</option> }
                                                }).collect_view()}
                                            </select>
                                            <button type="submit" class="secondary">{t!(lang, "sites-save-settings")}</button>
                                        </div>
                                    </ActionForm>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <section class="panel">
            <h2>{t!(lang, "sites-add-title")}</h2>
            <ActionForm action=create>
                <div class="stack">
                    <label for="site-code">{t!(lang, "sites-code")}</label>
                    <input id="site-code" name="code" required maxlength="16" autocapitalize="characters"/>
                    <FieldError result field="code"/>
                    <label for="site-name">{t!(lang, "sites-name")}</label>
                    <input id="site-name" name="name" required/>
                    <FieldError result field="name"/>
                    <label for="site-address">{t!(lang, "sites-address")}</label>
                    <textarea id="site-address" name="address" rows="2"></textarea>
                    <FieldError result field="address"/>
                    <label for="site-tz">{t!(lang, "sites-time-zone")}</label>
                    <input id="site-tz" name="timezone" required placeholder="Europe/Paris"/>
                    <FieldError result field="timezone"/>
                    <ErrorNotice result/>
                    <button type="submit">{t!(lang, "sites-add")}</button>
                </div>
            </ActionForm>
        </section>
    }
}
