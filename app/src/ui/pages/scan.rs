//! Scan: the technician's way to an asset from the machine itself. The phone's camera reads the
//! QR label where the browser can (`scan.js`, the Shape Detection API); everywhere, also without
//! JavaScript, the tag read off the plate is typed. One exact match opens the asset, anything else
//! lists what it may mean (`services::records::assets::scan`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

use crate::api::assets::scan_code;
use crate::ui::components::{Loading, form::error_view, t, use_lang};

#[component]
pub fn ScanPage() -> impl IntoView {
    let query = use_query_map();
    let code = move || query.read().get("code").unwrap_or_default();
    let found = Resource::new_blocking(code, |c| async move {
        if c.trim().is_empty() { Ok(None) } else { scan_code(c).await.map(Some) }
    });
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-scan")/>
        <h1>{t!(lang, "scan-title")}</h1>
        // shown by scan.js where the browser can read QR codes from the camera
        <section id="scan-camera" hidden data-pointing=t!(lang, "scan-pointing") data-failed=t!(lang, "scan-no-camera")>
            <button type="button" id="scan-start">{t!(lang, "scan-camera")}</button>
            <video id="scan-video" playsinline muted hidden></video>
            <p id="scan-status" class="small muted" role="status"></p>
        </section>
        <form method="get" action="/scan" class="stack" id="scan-form">
            <label for="scan-code">{t!(lang, "scan-type-tag")}</label>
            <input id="scan-code" name="code" value=code() required autocomplete="off" autocapitalize="characters" enterkeyhint="go"/>
            <button type="submit">{t!(lang, "scan-find")}</button>
        </form>
        <p class="small muted">{t!(lang, "scan-hint")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match found.await {
                    Ok(None) => ().into_any(),
                    Ok(Some(answer)) => match answer.go_to {
                        Some(path) => view! { <Redirect path/> }.into_any(),
                        None if answer.choices.is_empty() => view! {
                            <p class="notice" role="status">{t!(lang, "scan-none", code = code())}</p>
                        }.into_any(),
                        None => view! {
                            <h2>{t!(lang, "scan-maybe")}</h2>
                            <ul class="cards" id="scan-choices">
                                {answer.choices.into_iter().map(|a| view! {
                                    <li class="card">
                                        <a href=format!("/assets/{}", a.id)><strong>{a.tag}</strong> " · " {a.name}</a>
                                        <br/><span class="small muted">{a.location}</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                    },
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <script type="module" src=format!("{}/pkg/scan.js", crate::ui::bundle()) nonce=leptos::nonce::use_nonce()></script>
    }
}
