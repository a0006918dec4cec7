//! People (administrators): search, list, create.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::admin::{CreateUser, list_users};
use crate::ui::components::{ErrorNotice, FieldError, Loading, form::error_view, label, t, use_lang};
use crate::ui::layout::use_me;
use contract::dto::{Me, UserDto};
use domain::authz::Role;

#[component]
pub fn UsersPage() -> impl IntoView {
    let query = use_query_map();
    let create = ServerAction::<CreateUser>::new();
    let q = move || query.read().get("q").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<i64>().ok()).unwrap_or(1);
    let users =
        Resource::new(move || (q(), page(), create.version().get()), |(q, page, _)| list_users(Some(q), Some(page)));
    let me = use_me();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-people")/>
        <h1>{t!(lang, "nav-people")}</h1>
        <form method="get" action="/admin/users" class="search">
            <label for="q" class="visually-hidden">{t!(lang, "users-search-label")}</label>
            <input id="q" name="q" type="search" placeholder=t!(lang, "users-search-placeholder") value=q/>
            <button type="submit" class="secondary">{t!(lang, "search")}</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match users.await {
                    Ok(p) => {
                        let more = p.page * p.per_page < p.total as i64;
                        let next = format!("/admin/users?q={}&page={}", q(), p.page + 1);
                        view! {
                            <p class="muted">{t!(lang, "users-count", count = p.total)}</p>
                            <ul class="cards" id="user-list">
                                {p.users.into_iter().map(|u| view! { <UserRow u/> }).collect_view()}
                            </ul>
                            <Show when=move || more>
                                <a class="button secondary" href=next.clone()>{t!(lang, "list-more")}</a>
                            </Show>
                        }
                            .into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                me.await.ok().filter(|m| m.can_manage_users).map(|m| view! { <CreateUserForm me=m create/> })
            })}
        </Suspense>
    }
}

#[component]
fn UserRow(u: UserDto) -> impl IntoView {
    let lang = use_lang();
    let roles = u
        .grants
        .iter()
        .map(|g| {
            let site = if g.site_id.is_some() { g.site_name.clone() } else { t!(lang, "users-all-sites") };
            format!("{} · {}", label(lang, "role", g.role.as_str()), site)
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <li class="card">
            <a href=format!("/admin/users/{}", u.id) class="card-link">
                <strong>{u.display_name.clone()}</strong>
                <span class="muted">{u.email.clone()}</span>
                <span class="roles">{roles}</span>
                <Show when=move || !u.active>
                    <span class="badge off">{t!(lang, "users-deactivated")}</span>
                </Show>
            </a>
        </li>
    }
}

#[component]
fn CreateUserForm(me: Me, create: ServerAction<CreateUser>) -> impl IntoView {
    let result = create.value();
    let lang = use_lang();
    let created = move || result.get().and_then(|r| r.ok()).map(|u| t!(lang, "users-created", email = u.email));
    view! {
        <section class="panel">
            <h2>{t!(lang, "users-add-title")}</h2>
            <ActionForm action=create>
                <div class="stack">
                    <label for="new-email">{t!(lang, "login-email")}</label>
                    <input id="new-email" name="email" type="email" required autocomplete="off"/>
                    <FieldError result field="email"/>
                    <label for="new-name">{t!(lang, "users-name")}</label>
                    <input id="new-name" name="display_name" required autocomplete="off"/>
                    <FieldError result field="display_name"/>
                    <label for="new-password">{t!(lang, "users-first-password")}</label>
                    <input id="new-password" name="password" type="password" required minlength="8" autocomplete="new-password"/>
                    <FieldError result field="password"/>
                    <label for="new-role">{t!(lang, "users-role")}</label>
                    <RoleSelect id="new-role"/>
                    <FieldError result field="role"/>
                    <label for="new-site">{t!(lang, "nav-site")}</label>
                    <SiteSelect id="new-site" me/>
                    <FieldError result field="site"/>
                    <label for="new-expires">{t!(lang, "users-end-date")}</label>
                    <input id="new-expires" name="expires_on" type="date"/>
                    <FieldError result field="expires_on"/>
                    <ErrorNotice result/>
                    <p class="notice ok" role="status">{created}</p>
                    <button type="submit">{t!(lang, "users-add")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn RoleSelect(id: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <select id=id name="role" required>
            {Role::ALL
                .into_iter()
                .map(|r| view! { <option value=r.as_str()>{label(lang, "role", r.as_str())}</option> })
                .collect_view()}
        </select>
    }
}

#[component]
pub fn SiteSelect(id: &'static str, me: Me) -> impl IntoView {
    let org_admin = me.org_roles.contains(&Role::Admin);
    let lang = use_lang();
    view! {
        <select id=id name="site" required>
            <Show when=move || org_admin>
                <option value="all">{t!(lang, "users-all-sites")}</option>
            </Show>
            {me
                .sites
                .iter()
                .map(|s| view! { <option value=s.site.id.to_string()>{format!("{} · {}", s.site.code, s.site.name)}</option> })
                .collect_view()}
        </select>
    }
}
