//! Profile: change password; personal API tokens (the secret shown once, revocable).
//! Both forms are islands so they answer in place; before the WebAssembly arrives they post like
//! any form and the page shows the outcome after the redirect. Their words are written on the
//! server, in the reader's language, and handed to them (the catalogues stay out of the
//! WebAssembly).
use chrono::{Datelike, NaiveDate};
use leptos::html::Form;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::{ChangePassword, SetLanguage};
use crate::api::tokens::{CreateApiToken, RevokeApiToken, list_api_tokens};
use crate::ui::components::{
    Confirm, ErrorNotice, FieldError, Lang, Loading, ReturnTo, form::error_view, label, t, use_lang,
};
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
    let password_words = PasswordWords::new(lang);
    let token_words = TokenWords::new(lang);
    view! {
        <Title text=t!(lang, "title-profile")/>
        <h1>{t!(lang, "nav-profile")}</h1>
        <LanguageChoice/>
        <section class="panel">
            <h2>{t!(lang, "password-change")}</h2>
            <ChangePasswordForm initial_error=password_error words=password_words/>
        </section>
        <ReminderPreferences/>
        <section class="panel">
            <h2>{t!(lang, "token-title")}</h2>
            <p class="muted">{t!(lang, "token-intro")}</p>
            <Suspense fallback=Loading>
                {move || {
                    let (create_error, flash, words) = (create_error.clone(), flash.clone(), token_words.clone());
                    Suspend::new(async move {
                        match tokens.await {
                            Ok(list) => view! { <ApiTokens initial=list initial_error=create_error flash_secret=flash words/> }.into_any(),
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

/// The words of the password form, in the reader's language.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PasswordWords {
    current: String,
    new: String,
    again: String,
    changed: String,
    submit: String,
}

impl PasswordWords {
    fn new(lang: Lang) -> Self {
        PasswordWords {
            current: t!(lang, "password-current"),
            new: t!(lang, "password-new"),
            again: t!(lang, "password-again"),
            changed: t!(lang, "password-changed"),
            submit: t!(lang, "password-change"),
        }
    }
}

/// The words of the API tokens, in the reader's language; `created` and `last_used` hold
/// `{date}` where the day goes.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TokenWords {
    copy_now: String,
    name: String,
    name_placeholder: String,
    create: String,
    created: String,
    last_used: String,
    never_used: String,
    revoked: String,
    revoke: String,
    revoke_ask: String,
    /// How the language writes a day (`{day}`, `{month}`, `{year}`); None: ISO 8601.
    date_pattern: Option<String>,
    /// The months' short names, January first.
    months: Vec<String>,
}

impl TokenWords {
    fn new(lang: Lang) -> Self {
        let iso = matches!(lang, Lang::En | Lang::Pseudo);
        TokenWords {
            copy_now: t!(lang, "token-copy-now"),
            name: t!(lang, "token-name"),
            name_placeholder: t!(lang, "token-name-placeholder"),
            create: t!(lang, "token-create"),
            created: t!(lang, "token-created", date = "{date}"),
            last_used: t!(lang, "token-last-used", date = "{date}"),
            never_used: t!(lang, "token-never-used"),
            revoked: t!(lang, "token-revoked"),
            revoke: t!(lang, "token-revoke"),
            revoke_ask: t!(lang, "token-revoke-ask"),
            date_pattern: (!iso).then(|| t!(lang, "date-medium", day = "{day}", month = "{month}", year = "{year}")),
            months: if iso { Vec::new() } else { (1..=12).map(|m| label(lang, "month", &m.to_string())).collect() },
        }
    }

    /// A day as the reader writes it (as `i18n::date` does on the server).
    fn day(&self, day: NaiveDate) -> String {
        match &self.date_pattern {
            None => day.format("%Y-%m-%d").to_string(),
            Some(pattern) => pattern
                .replace("{day}", &day.day().to_string())
                .replace("{month}", self.months.get(day.month0() as usize).map_or("", String::as_str))
                .replace("{year}", &day.year().to_string()),
        }
    }
}

#[island]
fn ChangePasswordForm(initial_error: Option<AppError>, words: PasswordWords) -> impl IntoView {
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
                <label for="current_password">{words.current.clone()}</label>
                <input id="current_password" name="current_password" type="password" autocomplete="current-password" required/>
                <FieldError result=shown field="current_password"/>
                <label for="new_password">{words.new.clone()}</label>
                <input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="8"/>
                <FieldError result=shown field="new_password"/>
                <label for="confirm_password">{words.again.clone()}</label>
                <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required/>
                <FieldError result=shown field="confirm_password"/>
                <ErrorNotice result=shown/>
                <Show when=changed>
                    <p class="notice ok" role="status">{words.changed.clone()}</p>
                </Show>
                <button type="submit" disabled=move || action.pending().get()>{words.submit.clone()}</button>
            </div>
        </ActionForm>
    }
}

#[island]
fn ApiTokens(
    initial: Vec<ApiTokenDto>,
    initial_error: Option<AppError>,
    flash_secret: Option<String>,
    words: TokenWords,
) -> impl IntoView {
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let list = RwSignal::new(initial);
    let created: RwSignal<Option<Result<NewApiToken, AppError>>> = RwSignal::new(initial_error.map(Err));
    let revoked: RwSignal<Option<Result<(), AppError>>> = RwSignal::new(None);
    let secret = RwSignal::new(flash_secret);
    let form = NodeRef::<Form>::new();
    let (copy_now, name, name_placeholder, create_text) =
        (words.copy_now.clone(), words.name.clone(), words.name_placeholder.clone(), words.create.clone());
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
                <p>{copy_now.clone()}</p>
                <p><code id="new-token">{move || secret.get()}</code></p>
            </div>
        </Show>
        <ActionForm action=create node_ref=form>
            <div class="stack">
                <label for="token-name">{name}</label>
                <input id="token-name" name="name" required maxlength="80" placeholder=name_placeholder/>
                <FieldError result=created field="name"/>
                <button type="submit" disabled=move || create.pending().get()>{create_text}</button>
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
                            .map(|d| words.last_used.replace("{date}", &words.day(d.date_naive())))
                            .unwrap_or_else(|| words.never_used.clone());
                        let meta = format!(" {} · {used}", words.created.replace("{date}", &words.day(t.created_at.date_naive())));
                        let (revoked, revoke_text, revoke_ask) = (words.revoked.clone(), words.revoke.clone(), words.revoke_ask.clone());
                        view! {
                            <li class="card row">
                                <span>
                                    <strong>{t.name}</strong>
                                    " "
                                    <code>{format!("{}…", t.prefix)}</code>
                                    <span class="muted small">{meta}</span>
                                </span>
                                {if t.revoked_at.is_some() {
                                    view! { <span class="badge off">{revoked}</span> }.into_any()
                                } else {
                                    view! {
                                        <Confirm ask=revoke_ask>
                                            <ActionForm action=revoke>
                                                <input type="hidden" name="id" value=t.id.to_string()/>
                                                <button type="submit" class="danger small">{revoke_text}</button>
                                            </ActionForm>
                                        </Confirm>
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
