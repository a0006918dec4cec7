//! Profile: change password; personal API tokens (the secret shown once, revocable).
//! Both forms are islands so they answer in place; before the WebAssembly arrives they post like
//! any form and the page shows the outcome after the redirect.
use leptos::html::Form;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::{ChangePassword, SetLanguage};
use crate::api::tokens::{CreateApiToken, RevokeApiToken, list_api_tokens};
use crate::ui::components::{ErrorNotice, FieldError, Lang, Loading, ReturnTo, form::error_view, t, use_lang};
use crate::ui::layout::use_me;
use crate::ui::pages::reminders::ReminderPreferences;
use contract::dto::{ApiTokenDto, NewApiToken};
use contract::error::AppError;

/// The error of a form posted without JavaScript, which comes back in the address.
fn posted_error<S>() -> Option<AppError>
where
    S: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
{
    ServerAction::<S>::new().value().with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().err().cloned()))
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let tokens = Resource::new(|| (), |_| list_api_tokens());
    let password_error = posted_error::<ChangePassword>();
    let create_error = posted_error::<CreateApiToken>();
    let flash = take_new_token_secret();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-profile")/>
        <h1>{t!(lang, "nav-profile")}</h1>
        <LanguageChoice/>
        <section class="panel">
            <h2>"Change password"</h2>
            <ChangePasswordForm initial_error=password_error/>
        </section>
        <ReminderPreferences/>
        <section class="panel">
            <h2>"API tokens"</h2>
            <p class="muted">"For integrations with /api/v1. A token acts with your permissions."</p>
            <Suspense fallback=Loading>
                {move || {
                    let (create_error, flash) = (create_error.clone(), flash.clone());
                    Suspend::new(async move {
                        match tokens.await {
                            Ok(list) => view! { <ApiTokens initial=list initial_error=create_error flash_secret=flash/> }.into_any(),
                            Err(e) => error_view(&e),
                        }
                    })
                }}
            </Suspense>
        </section>
    }
}

/// The language Gemba speaks to this person: their choice, or "automatic" (their site's default
/// language, else their browser's). Each language is listed in its own words.
#[component]
fn LanguageChoice() -> impl IntoView {
    let set = ServerAction::<SetLanguage>::new();
    let me = use_me();
    let lang = use_lang();
    view! {
        <section class="panel" id="language">
            <h2>{t!(lang, "profile-language")}</h2>
            <ActionForm action=set>
                <ReturnTo id="language"/>
                <div class="stack">
                    <label for="language-choice">{t!(lang, "profile-language-label")}</label>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let chosen = me.await.ok().and_then(|m| m.language);
                            view! {
                                <select id="language-choice" name="language">
                                    <option value="" selected=chosen.is_none()>{t!(lang, "profile-language-auto")}</option>
                                    {Lang::ALL
                                        .into_iter()
                                        .map(|l| {
                                            let selected = chosen.as_deref() == Some(l.code());
                                            view! { <option value=l.code() lang=l.code() selected=selected>{l.native_name()}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            }
                        })}
                    </Suspense>
                    <FieldError result=set.value() field="language"/>
                    <button type="submit" class="secondary">{t!(lang, "save")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

/// A token created by a form post without JavaScript is handed over once in a short-lived cookie.
fn take_new_token_secret() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        crate::api::tokens::take_new_token_secret()
    }
    #[cfg(not(feature = "ssr"))]
    None
}

#[island]
fn ChangePasswordForm(initial_error: Option<AppError>) -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    // rendered from this signal only, so the server and the browser render the same thing
    let shown: RwSignal<Option<Result<(), AppError>>> = RwSignal::new(initial_error.map(Err));
    let form = NodeRef::<Form>::new();
    Effect::new(move |_| {
        if let Some(v) = action.value().get() {
            if v.is_ok()
                && let Some(f) = form.get()
            {
                f.reset();
            }
            shown.set(Some(v));
        }
    });
    let changed = move || matches!(shown.get(), Some(Ok(())));
    view! {
        <ActionForm action node_ref=form>
            <div class="stack">
                <label for="current_password">"Current password"</label>
                <input id="current_password" name="current_password" type="password" autocomplete="current-password" required/>
                <FieldError result=shown field="current_password"/>
                <label for="new_password">"New password (at least 8 characters; 15 or more is better)"</label>
                <input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="8"/>
                <FieldError result=shown field="new_password"/>
                <label for="confirm_password">"New password again"</label>
                <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required/>
                <FieldError result=shown field="confirm_password"/>
                <ErrorNotice result=shown/>
                <Show when=changed>
                    <p class="notice ok" role="status">"Password changed. Your other sessions were signed out and your API tokens ended; create new ones below."</p>
                </Show>
                <button type="submit" disabled=move || action.pending().get()>"Change password"</button>
            </div>
        </ActionForm>
    }
}

#[island]
fn ApiTokens(
    initial: Vec<ApiTokenDto>,
    initial_error: Option<AppError>,
    flash_secret: Option<String>,
) -> impl IntoView {
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let list = RwSignal::new(initial);
    let created: RwSignal<Option<Result<NewApiToken, AppError>>> = RwSignal::new(initial_error.map(Err));
    let revoked: RwSignal<Option<Result<(), AppError>>> = RwSignal::new(None);
    let secret = RwSignal::new(flash_secret);
    let form = NodeRef::<Form>::new();
    Effect::new(move |_| {
        if let Some(v) = create.value().get() {
            if let Ok(t) = &v {
                secret.set(Some(t.secret.clone()));
                list.update(|l| l.insert(0, t.token.clone()));
                if let Some(f) = form.get() {
                    f.reset();
                }
            }
            created.set(Some(v));
        }
    });
    Effect::new(move |_| {
        if let Some(v) = revoke.value().get() {
            if v.is_ok() {
                leptos::task::spawn_local(async move {
                    if let Ok(fresh) = list_api_tokens().await {
                        list.set(fresh);
                    }
                });
            }
            revoked.set(Some(v));
        }
    });
    view! {
        <Show when=move || secret.get().is_some()>
            <div class="notice ok" role="status">
                <p>"Copy this token now; it will not be shown again:"</p>
                <p><code id="new-token">{move || secret.get()}</code></p>
            </div>
        </Show>
        <ActionForm action=create node_ref=form>
            <div class="stack">
                <label for="token-name">"Name"</label>
                <input id="token-name" name="name" required maxlength="80" placeholder="e.g. ERP sync"/>
                <FieldError result=created field="name"/>
                <button type="submit" disabled=move || create.pending().get()>"Create token"</button>
            </div>
        </ActionForm>
        <ErrorNotice result=revoked/>
        <ul class="cards" id="token-list">
            {move || {
                list.get()
                    .into_iter()
                    .map(|t| {
                        let used = t
                            .last_used_at
                            .map(|d| format!("last used {}", d.format("%Y-%m-%d")))
                            .unwrap_or_else(|| "never used".into());
                        let meta = format!(" created {} · {used}", t.created_at.format("%Y-%m-%d"));
                        view! {
                            <li class="card row">
                                <span>
                                    <strong>{t.name}</strong>
                                    " "
                                    <code>{format!("{}…", t.prefix)}</code>
                                    <span class="muted small">{meta}</span>
                                </span>
                                {if t.revoked_at.is_some() {
                                    view! { <span class="badge off">"Revoked"</span> }.into_any()
                                } else {
                                    view! {
                                        <ActionForm action=revoke>
                                            <input type="hidden" name="id" value=t.id.to_string()/>
                                            <button type="submit" class="secondary small">"Revoke"</button>
                                        </ActionForm>
                                    }
                                        .into_any()
                                }}
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
