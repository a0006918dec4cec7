//! One person (administrators): their grants, grant or revoke a role, deactivate or reactivate.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::admin::{GrantRole, RevokeGrant, SetUserActive, get_user};
use crate::ui::components::{Confirm, ErrorNotice, FieldError, Loading, form::error_view, label, t, use_lang};
use crate::ui::layout::use_me;
use crate::ui::pages::users::{RoleSelect, SiteSelect};
use contract::dto::{GrantDto, UserDto};

#[component]
pub fn UserPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let grant = ServerAction::<GrantRole>::new();
    let revoke = ServerAction::<RevokeGrant>::new();
    let active = ServerAction::<SetUserActive>::new();
    let user = Resource::new(
        move || (id(), grant.version().get(), revoke.version().get(), active.version().get()),
        |(id, ..)| get_user(id),
    );
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-person")/>
        <p><a href="/admin/users">{t!(lang, "user-back")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(u) => view! { <UserDetail u grant revoke active/> }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn UserDetail(
    u: UserDto,
    grant: ServerAction<GrantRole>,
    revoke: ServerAction<RevokeGrant>,
    active: ServerAction<SetUserActive>,
) -> impl IntoView {
    let me = use_me();
    let user_id = u.id.to_string();
    let user_id_active = user_id.clone();
    let is_active = u.active;
    let grants = u.grants.clone();
    let result = grant.value();
    let frameworks = Resource::new(|| (), |_| crate::api::compliance::frameworks());
    let lang = use_lang();
    view! {
        <h1>{u.display_name.clone()}</h1>
        <p class="muted">{u.email.clone()}</p>
        <p>
            {if is_active {
                view! { <span class="badge on">{t!(lang, "user-active")}</span> }.into_any()
            } else {
                view! { <span class="badge off">{t!(lang, "users-deactivated")}</span> }.into_any()
            }}
        </p>
        <h2>{t!(lang, "user-roles")}</h2>
        <ErrorNotice result=revoke.value()/>
        <ul class="cards" id="grant-list">
            {grants.into_iter().map(|g| view! { <GrantRow g revoke/> }).collect_view()}
        </ul>
        <section class="panel">
            <h2>{t!(lang, "user-grant-title")}</h2>
            <ActionForm action=grant>
                <div class="stack">
                    <input type="hidden" name="user_id" value=user_id.clone()/>
                    <label for="grant-role">{t!(lang, "users-role")}</label>
                    <RoleSelect id="grant-role"/>
                    <FieldError result field="role"/>
                    <label for="grant-site">{t!(lang, "nav-site")}</label>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            me.await.ok().map(|me| view! { <SiteSelect id="grant-site" me/> })
                        })}
                    </Suspense>
                    <FieldError result field="site"/>
                    <label for="grant-expires">{t!(lang, "users-end-date")}</label>
                    <input id="grant-expires" name="expires_on" type="date"/>
                    <FieldError result field="expires_on"/>
                    <label for="grant-framework">{t!(lang, "user-framework")}</label>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let fws = frameworks.await.unwrap_or_default();
                            view! {
                                <select id="grant-framework" name="framework_id">
                                    <option value="">{t!(lang, "user-all-frameworks")}</option>
                                    {fws.into_iter().map(|f| view! { <option value=f.id>{format!("{} {}", f.name, f.edition)}</option> }).collect_view()}
                                </select>
                            }
                        })}
                    </Suspense>
                    <FieldError result field="framework_id"/>
                    <ErrorNotice result/>
                    <button type="submit">{t!(lang, "user-grant")}</button>
                </div>
            </ActionForm>
        </section>
        <section class="panel">
            <h2>{if is_active { t!(lang, "user-deactivate") } else { t!(lang, "user-reactivate") }}</h2>
            <p class="muted">
                {if is_active { t!(lang, "user-deactivate-note") } else { t!(lang, "user-reactivate-note") }}
            </p>
            <ActionForm action=active>
                <div class="stack">
                    <input type="hidden" name="user_id" value=user_id_active/>
                    <input type="hidden" name="active" value=(!is_active).to_string()/>
                    <label for="active-reason">{t!(lang, "reason")}</label>
                    <input id="active-reason" name="reason"/>
                    <ErrorNotice result=active.value()/>
                    <button type="submit" class:danger=is_active>
                        {if is_active { t!(lang, "user-deactivate") } else { t!(lang, "user-reactivate") }}
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn GrantRow(g: GrantDto, revoke: ServerAction<RevokeGrant>) -> impl IntoView {
    let lang = use_lang();
    let until = g.expires_on.map(|d| t!(lang, "user-until", date = i18n::date(lang, d))).unwrap_or_default();
    view! {
        <li class="card row">
            <span>
                <strong>{label(lang, "role", g.role.as_str())}</strong>
                " · "
                {if g.site_id.is_some() { g.site_name.clone() } else { t!(lang, "users-all-sites") }}
                " "
                <span class="muted">{until}</span>
                <Show when=move || !g.active>
                    <span class="badge off">{t!(lang, "user-expired")}</span>
                </Show>
            </span>
            <Confirm ask=t!(lang, "user-revoke-ask")>
                <ActionForm action=revoke>
                    <input type="hidden" name="grant_id" value=g.id.to_string()/>
                    <button type="submit" class="danger small">{t!(lang, "user-revoke")}</button>
                </ActionForm>
            </Confirm>
        </li>
    }
}
