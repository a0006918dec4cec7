//! Profile: change password; personal API tokens (shown once, revocable).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::auth::ChangePassword;
use crate::api::tokens::{list_api_tokens, CreateApiToken, RevokeApiToken};
use crate::ui::components::{form::error_view, ErrorNotice, FieldError, Loading};

#[component]
pub fn ProfilePage() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let tokens = Resource::new(move || (create.version().get(), revoke.version().get()), |_| list_api_tokens());
    let pw = change.value();
    let new_token = create.value();
    let changed = move || matches!(pw.get(), Some(Ok(())));
    let secret = move || new_token.get().and_then(|r| r.ok()).map(|t| t.secret);
    view! {
        <Title text="Profile · Gemba"/>
        <h1>"Profile"</h1>
        <section class="panel">
            <h2>"Change password"</h2>
            <ActionForm action=change>
                <div class="stack">
                    <label for="current_password">"Current password"</label>
                    <input id="current_password" name="current_password" type="password" autocomplete="current-password" required/>
                    <FieldError result=pw field="current_password"/>
                    <label for="new_password">"New password (at least 8 characters; 15 or more is better)"</label>
                    <input id="new_password" name="new_password" type="password" autocomplete="new-password" required minlength="8"/>
                    <FieldError result=pw field="new_password"/>
                    <label for="confirm_password">"New password again"</label>
                    <input id="confirm_password" name="confirm_password" type="password" autocomplete="new-password" required/>
                    <FieldError result=pw field="confirm_password"/>
                    <ErrorNotice result=pw/>
                    <Show when=changed>
                        <p class="notice ok" role="status">"Password changed. Your other sessions were signed out."</p>
                    </Show>
                    <button type="submit">"Change password"</button>
                </div>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>"API tokens"</h2>
            <p class="muted">"For integrations with /api/v1. A token acts with your permissions."</p>
            <Show when=move || secret().is_some()>
                <div class="notice ok" role="status">
                    <p>"Copy this token now; it will not be shown again:"</p>
                    <p><code id="new-token">{secret}</code></p>
                </div>
            </Show>
            <ActionForm action=create>
                <div class="stack">
                    <label for="token-name">"Name"</label>
                    <input id="token-name" name="name" required maxlength="80" placeholder="e.g. ERP sync"/>
                    <FieldError result=new_token field="name"/>
                    <button type="submit">"Create token"</button>
                </div>
            </ActionForm>
            <ErrorNotice result=revoke.value()/>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match tokens.await {
                        Ok(list) => view! {
                            <ul class="cards" id="token-list">
                                {list.into_iter().map(|t| {
                                    let revoked = t.revoked_at.is_some();
                                    let used = t.last_used_at.map(|d| format!("last used {}", d.format("%Y-%m-%d"))).unwrap_or_else(|| "never used".into());
                                    view! {
                                        <li class="card row">
                                            <span>
                                                <strong>{t.name}</strong> " "
                                                <code>{format!("{}…", t.prefix)}</code>
                                                <span class="muted small">{format!(" created {} · {used}", t.created_at.format("%Y-%m-%d"))}</span>
                                            </span>
                                            {if revoked {
                                                view! { <span class="badge off">"Revoked"</span> }.into_any()
                                            } else {
                                                view! {
                                                    <ActionForm action=revoke>
                                                        <input type="hidden" name="id" value=t.id.to_string()/>
                                                        <button type="submit" class="secondary small">"Revoke"</button>
                                                    </ActionForm>
                                                }.into_any()
                                            }}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => error_view(&e),
                    }
                })}
            </Suspense>
        </section>
    }
}
