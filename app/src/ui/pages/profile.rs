//! Profile: language, change password, reminder preferences, personal API tokens (the secret
//! shown once, revocable). Server-rendered forms like every page's: they post without JavaScript
//! and, with it, `enhance.js` answers them in place.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::{ChangePassword, SetLanguage};
use crate::api::tokens::{CreateApiToken, RevokeApiToken, list_api_tokens};
use crate::ui::components::{Confirm, ErrorNotice, FieldError, Lang, Loading, ReturnTo, form::error_view, t, use_lang};
use crate::ui::layout::use_me;
use crate::ui::pages::reminders::ReminderPreferences;
use contract::dto::ApiTokenDto;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let tokens = Resource::new(|| (), |_| list_api_tokens());
    let flash = take_new_token_secret();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-profile")/>
        <h1>{t!(lang, "nav-profile")}</h1>
        <LanguageChoice/>
        <section class="panel" id="password">
            <h2>{t!(lang, "password-change")}</h2>
            <ChangePasswordForm/>
        </section>
        <ReminderPreferences/>
        <section class="panel" id="tokens">
            <h2>{t!(lang, "token-title")}</h2>
            <p class="muted">{t!(lang, "token-intro")}</p>
            <Suspense fallback=Loading>
                {move || {
                    let flash = flash.clone();
                    Suspend::new(async move {
                        match tokens.await {
                            Ok(list) => view! { <ApiTokens list flash_secret=flash/> }.into_any(),
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

/// Changing one's password: each refused field says why at the field (the page's own messages,
/// `web::kept_input` keeps what was typed except the passwords); once changed, the page says so.
#[component]
fn ChangePasswordForm() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let lang = use_lang();
    let query = use_query_map();
    let changed = move || query.read().get("saved").as_deref() == Some("password");
    view! {
        <ActionForm action>
            <ReturnTo id="password"/>
            <div class="stack">
                <label for="current_password">{t!(lang, "password-current")}</label>
                <input id="current_password" name="current_password" type="password" autocomplete="current-password" required/>
                <FieldError result=action.value() field="current_password"/>
                <label for="new_password">{t!(lang, "password-new")}</label>
                <input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="8"/>
                <FieldError result=action.value() field="new_password"/>
                <label for="confirm_password">{t!(lang, "password-again")}</label>
                <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required/>
                <FieldError result=action.value() field="confirm_password"/>
                <ErrorNotice result=action.value()/>
                <Show when=changed>
                    <p class="notice ok" role="status" id="password-changed">{t!(lang, "password-changed")}</p>
                </Show>
                <button type="submit">{t!(lang, "password-change")}</button>
            </div>
        </ActionForm>
    }
}

/// The person's API tokens: a new one's secret is shown once (the post hands it to this page in a
/// short-lived cookie, `take_new_token_secret`), each can be revoked.
#[component]
fn ApiTokens(list: Vec<ApiTokenDto>, flash_secret: Option<String>) -> impl IntoView {
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let lang = use_lang();
    view! {
        {flash_secret.map(|secret| view! {
            <div class="notice ok" role="status">
                <p>{t!(lang, "token-copy-now")}</p>
                <p><code id="new-token">{secret}</code></p>
            </div>
        })}
        <ActionForm action=create>
            <ReturnTo id="tokens"/>
            <div class="stack">
                <label for="token-name">{t!(lang, "token-name")}</label>
                <input id="token-name" name="name" required maxlength="80" placeholder=t!(lang, "token-name-placeholder")/>
                <FieldError result=create.value() field="name"/>
                <button type="submit">{t!(lang, "token-create")}</button>
            </div>
        </ActionForm>
        <ErrorNotice result=revoke.value()/>
        <ul class="cards" id="token-list">
            {list
                .into_iter()
                .map(|t| {
                    let used = t
                        .last_used_at
                        .map(|d| t!(lang, "token-last-used", date = i18n::date(lang, d.date_naive())))
                        .unwrap_or_else(|| t!(lang, "token-never-used"));
                    let meta = format!(" {} · {used}", t!(lang, "token-created", date = i18n::date(lang, t.created_at.date_naive())));
                    view! {
                        <li class="card row">
                            <span>
                                <strong>{t.name}</strong>
                                " "
                                <code>{format!("{}…", t.prefix)}</code>
                                <span class="muted small">{meta}</span>
                            </span>
                            {if t.revoked_at.is_some() {
                                view! { <span class="badge off">{t!(lang, "token-revoked")}</span> }.into_any()
                            } else {
                                view! {
                                    <Confirm ask=t!(lang, "token-revoke-ask")>
                                        <ActionForm action=revoke>
                                            <ReturnTo id="tokens"/>
                                            <input type="hidden" name="id" value=t.id.to_string()/>
                                            <button type="submit" class="danger small">{t!(lang, "token-revoke")}</button>
                                        </ActionForm>
                                    </Confirm>
                                }
                                    .into_any()
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
