//! Form feedback: a message under the field that failed, a notice for the whole form.
use leptos::prelude::*;

use contract::error::AppError;

use super::lang::{error_text, message_text, t, use_lang};

/// The message for `field`, read from the last result of an action.
/// Anything holding the last result of an action (`action.value()`).
pub trait ResultSignal<T>: With<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static {}
impl<T, S: With<Value = Option<Result<T, AppError>>> + Copy + Send + Sync + 'static> ResultSignal<T> for S {}

/// Whether the action's last result was an error: a form folded in `<details open=...>` stays
/// open then, so its field errors are in view (without wasm the page comes back from the server
/// with them).
pub fn failed<T: 'static, S: ResultSignal<T>>(result: S) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || result.with(|r| matches!(r, Some(Err(_))))
}

#[component]
pub fn FieldError<T: 'static, S: ResultSignal<T>>(
    result: S,
    field: &'static str,
    #[prop(optional)] _t: std::marker::PhantomData<T>,
) -> impl IntoView {
    let lang = use_lang();
    let message = move || {
        result
            .with(|r| r.as_ref().and_then(|r| r.as_ref().err()).and_then(|e| e.field(field)))
            .map(|m| message_text(lang, &m))
    };
    view! {
        <Show when=move || message().is_some()>
            <p class="field-error" id=format!("{field}-error") role="alert">{message}</p>
        </Show>
    }
}

/// The error of the last action, if any. A refused field shows its message at the field: on a
/// server-rendered page the form itself carries them with a summary at its top
/// (`backend::web::kept_input`), in an island its `FieldError`s do.
#[component]
pub fn ErrorNotice<T: 'static, S: ResultSignal<T>>(
    result: S,
    #[prop(optional)] _t: std::marker::PhantomData<T>,
) -> impl IntoView {
    let lang = use_lang();
    let message = move || {
        result.with(|r| {
            r.as_ref()
                .and_then(|r| r.as_ref().err())
                .filter(|e| !matches!(e, AppError::Validation(_)))
                .map(|e| error_text(lang, e))
        })
    };
    view! {
        <Show when=move || message().is_some()>
            <p class="notice error" role="alert">{message}</p>
        </Show>
    }
}

/// Where the page lands after this form's post without JavaScript: the section `id` (the server
/// adds `#id` to the redirect back, `backend::web::kept_input`; with JavaScript the tapped
/// section stays where it was on the screen).
#[component]
pub fn ReturnTo(id: &'static str) -> impl IntoView {
    view! { <input type="hidden" name="__anchor" value=id/> }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading" aria-busy="true">{t!(use_lang(), "loading")}</p> }
}

/// An error from loading a page's data, with the request id for internal errors. A page its
/// reader may not see, or that does not exist, answers 403 or 404 (pages render their data before
/// the answer starts: `SsrMode::Async`).
pub fn error_view(e: &AppError) -> AnyView {
    #[cfg(feature = "ssr")]
    if matches!(e, AppError::Forbidden | AppError::NotFound)
        && let Some(res) = use_context::<leptos_axum::ResponseOptions>()
        && let Ok(status) = http::StatusCode::from_u16(e.status())
    {
        res.set_status(status);
    }
    let text = error_text(use_lang(), e);
    view! { <p class="notice error" role="alert">{text}</p> }.into_any()
}

/// The text inside a `<textarea>`. Leptos 0.8's renderer writes a textarea's children raw on the
/// server (tachys 0.2 treats `<textarea>` as raw text, like `<script>`), so a saved value holding
/// `</textarea>` would close the element and put live markup in the page. The server writes the
/// text escaped, and the browser decodes it back into the field's value; in the browser the text
/// is a text node, never parsed as HTML.
pub fn textarea_text(text: String) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(&text).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        text
    }
}

/// A destructive action set apart from the main ones and asked twice: a first tap opens it
/// (`ask`, "Cancel this work order…"), then the form inside, with what it needs and the button
/// that does it ("Yes, cancel it"). A `<details>`, so it asks the same without JavaScript, and a
/// refused form comes back open (`backend::web::kept_input` opens the `<details>` around it).
#[component]
pub fn Confirm(ask: String, children: Children) -> impl IntoView {
    view! {
        <details class="confirm">
            <summary>{ask}</summary>
            <div class="confirm-body">{children()}</div>
        </details>
    }
}
