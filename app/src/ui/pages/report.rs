//! Reporting a problem from an asset's QR code: signed in, or without an account where the site
//! allows it. One screen, a few fields, big buttons.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::assets::{get_report_target, qr_landing};
use crate::ui::components::lang::message_text;
use crate::ui::components::{Loading, form::error_view, t, use_lang};
use contract::error::AppError;

fn asset_id() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

/// `/a/:id`, the address in a QR label.
#[component]
pub fn QrLanding() -> impl IntoView {
    let id = asset_id();
    let target = Resource::new_blocking(id, qr_landing);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match target.await {
                    Ok(path) => view! { <Redirect path/> }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let id = asset_id();
    let query = use_query_map();
    let sent = move || query.read().get("sent");
    let failed = move || query.read().get("upload_error");
    let target = Resource::new(id, get_report_target);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-report")/>
        <main class="auth">
            <h1>{t!(lang, "report-title")}</h1>
            {move || sent().map(|n| view! {
                <p class="notice ok" role="status">{t!(lang, "report-sent", id = n)}</p>
            })}
            {move || failed().map(|m| view! { <p class="notice error" role="alert">{message_text(lang, &m)}</p> })}
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match target.await {
                        Ok(t) => {
                            let anonymous = !t.signed_in;
                            view! {
                                <p><strong>{t.tag.clone()}</strong> " · " {t.name.clone()} <br/><span class="muted small">{t.site_name.clone()}</span></p>
                                <form method="post" action=format!("/report/{}/send", t.asset_id) enctype="multipart/form-data">
                                    <div class="stack">
                                        <label for="r-title">{t!(lang, "report-what")}</label>
                                        <input id="r-title" name="title" required maxlength="200"/>
                                        <label for="r-desc">{t!(lang, "report-details")}</label>
                                        <textarea id="r-desc" name="description" rows="3"></textarea>
                                        <label for="r-photo">{t!(lang, "round-photo")}</label>
                                        <input id="r-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment"/>
                                        <Show when=move || anonymous>
                                            <label for="r-name">{t!(lang, "step-your-name")}</label>
                                            <input id="r-name" name="reporter_name" required maxlength="120"/>
                                        </Show>
                                        <button type="submit">{t!(lang, "send-report")}</button>
                                    </div>
                                </form>
                            }
                            .into_any()
                        }
                        Err(AppError::Unauthorized) => {
                            let next = format!("/login?next=/report/{}", id());
                            view! {
                                <p class="notice">{t!(lang, "report-sign-in")}</p>
                                <a class="button" href=next>{t!(lang, "login-sign-in")}</a>
                            }
                            .into_any()
                        }
                        Err(e) => error_view(&e),
                    }
                })}
            </Suspense>
        </main>
    }
}
