//! TPM on the shop floor: the operator's round (one tap OK, one tap Not OK) and the tag board.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use contract::dto::maintenance::RoundItem;
use leptos_router::hooks::use_query_map;

use crate::api::tpm::{CilOk, CloseTag, UpdateTag, tag_board, todays_round};
use crate::ui::components::lang::message_text;
use crate::ui::components::{ErrorNotice, Loading, Thumbs, WideTable, form::error_view, label, t, use_lang};
use domain::tpm::{AM_STEPS, TagCategory, TagKind, parse_am_step};
use domain::work_order::Priority;

/// A tag's category as the server names it (its English name, or its code), in the reader's
/// language.
fn category_text(lang: crate::ui::components::Lang, shown: &str) -> String {
    TagCategory::ALL
        .iter()
        .find(|c| c.label() == shown || c.as_str() == shown)
        .map(|c| label(lang, "tag-category", c.as_str()))
        .unwrap_or_else(|| shown.to_string())
}

#[component]
pub fn RoundsPage() -> impl IntoView {
    let query = use_query_map();
    let tomorrow = move || query.read().get("day").as_deref() == Some("tomorrow");
    let round = Resource::new(tomorrow, |t| todays_round(None, Some(t)));
    let ok = ServerAction::<CilOk>::new();
    let failed = move || query.read().get("upload_error");
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-rounds")/>
        <h1>{move || if tomorrow() { t!(lang, "round-tomorrow") } else { t!(lang, "round-today") }}</h1>
        <p class="small">{move || if tomorrow() {
            view! { <a href="/rounds">{t!(lang, "round-see-today")}</a> }.into_any()
        } else {
            view! { <a href="/rounds?day=tomorrow">{t!(lang, "round-see-tomorrow")}</a> }.into_any()
        }}</p>
        <ErrorNotice result=ok.value()/>
        {move || failed().map(|m| view! { <p class="notice error" role="alert">{message_text(lang, &m)}</p> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match round.await {
                    Ok((day, items)) => {
                        let done = items.iter().filter(|i| i.checked.is_some()).count();
                        let total = items.len();
                        view! {
                            <p class="small muted">{format!("{} · {}", i18n::date(lang, day), t!(lang, "round-checked", count = total, done = done))}</p>
                            <Show when=move || total == 0>
                                <p class="notice">{t!(lang, "round-none-due")}</p>
                            </Show>
                            <ol class="steps" id="round">
                                {items.into_iter().map(|item| view! { <RoundPoint item/> }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RoundPoint(item: RoundItem) -> impl IntoView {
    let p = item.point.clone();
    let id = p.id.to_string();
    let anchor = format!("point-{}", p.id);
    let lang = use_lang();
    let status = match item.checked {
        Some(true) => Some(view! { <p class="answer">{t!(lang, "round-ok")}</p> }.into_any()),
        Some(false) => Some(
            view! {
                <p class="answer bad">{t!(lang, "round-not-ok")} {item.tag_id.map(|tag| format!(" · {}", t!(lang, "round-tag-n", id = tag)))}</p>
                <p class="small">{item.note.clone()}</p>
            }
            .into_any(),
        ),
        None => None,
    };
    let open = item.checked.is_none();
    view! {
        <li class="card step" id=anchor class:failed=item.checked == Some(false)>
            <p><strong>{p.title.clone()}</strong> <span class="muted small">{format!(" · {} · {}", p.asset_tag, t!(lang, "minutes-short", count = p.minutes))}</span></p>
            <p class="small">{t!(lang, "round-ok-when", method = p.method.clone(), acceptance = p.acceptance.clone())}</p>
            <Show when={let t = p.tool.clone(); move || !t.is_empty()}>
                <p class="small muted">{t!(lang, "round-tool", tool = p.tool.clone())}</p>
            </Show>
            {status}
            <Show when=move || open>
                <form method="post" action=CilOk::url() class="step-form">
                    <input type="hidden" name="point_id" value=id.clone()/>
                    <button type="submit" class="big">{t!(lang, "round-ok")}</button>
                </form>
                <details class="not-ok">
                    <summary class="button danger">{t!(lang, "round-not-ok")}</summary>
                    <form method="post" action="/rounds/not-ok" enctype="multipart/form-data" class="step-form">
                        <input type="hidden" name="point_id" value=id.clone()/>
                        <label for=format!("note-{id}")>{t!(lang, "round-what-found")}</label>
                        <input id=format!("note-{id}") name="note" required/>
                        <label for=format!("reading-{id}")>{t!(lang, "round-reading")}</label>
                        <input id=format!("reading-{id}") name="reading" inputmode="decimal"/>
                        <label for=format!("photo-{id}")>{t!(lang, "round-photo")}</label>
                        <input id=format!("photo-{id}") name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment"/>
                        <label for=format!("cat-{id}")>{t!(lang, "tag-category")}</label>
                        <select id=format!("cat-{id}") name="category">
                            {TagCategory::ALL.iter().map(|c| view! { <option value=c.as_str()>{label(lang, "tag-category", c.as_str())}</option> }).collect_view()}
                        </select>
                        <label for=format!("am-{id}")>{t!(lang, "round-am-step")}</label>
                        <AmStepSelect id=format!("am-{id}") selected=String::new()/>
                        <div class="two">
                            <button type="submit" name="kind" value=TagKind::F.as_str() class="big secondary">{t!(lang, "round-f-tag")}</button>
                            <button type="submit" name="kind" value=TagKind::M.as_str() class="big danger">{t!(lang, "round-m-tag")}</button>
                        </div>
                    </form>
                </details>
            </Show>
        </li>
    }
}

/// The seven autonomous-maintenance steps, or "not said".
#[component]
fn AmStepSelect(id: String, selected: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <select id=id name="am_step">
            <option value="" selected=selected.is_empty()>"—"</option>
            {(1..=AM_STEPS.len()).map(|n| {
                let v = n.to_string();
                let sel = v == selected;
                let text = label(lang, "am-step", &v);
                view! { <option value=v selected=sel>{text}</option> }
            }).collect_view()}
        </select>
    }
}

#[component]
pub fn TagsPage() -> impl IntoView {
    let close = ServerAction::<CloseTag>::new();
    let update = ServerAction::<UpdateTag>::new();
    let board = Resource::new(move || (close.version().get(), update.version().get()), |_| tag_board());
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-tags")/>
        <h1>{t!(lang, "tags-title")}</h1>
        <ErrorNotice result=close.value()/>
        <ErrorNotice result=update.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match board.await {
                    Ok(b) => view! {
                        <p>{t!(lang, "tags-fm-ratio")} " " <strong id="fm-ratio">{b.f_to_m.map(|r| format!("{} : 1", i18n::fixed(lang, r, 2))).unwrap_or_else(|| t!(lang, "not-applicable"))}</strong></p>
                        <WideTable label=t!(lang, "table-tags")>
                            <table class="counts">
                                <thead><tr><th>{t!(lang, "tag-category")}</th><th>{t!(lang, "tags-f-open")}</th><th>{t!(lang, "tags-f-closed")}</th><th>{t!(lang, "tags-m-open")}</th><th>{t!(lang, "tags-m-closed")}</th></tr></thead>
                                <tbody>
                                    {b.by_category.into_iter().map(|c| view! {
                                        <tr><td>{category_text(lang, &c.category)}</td><td>{c.f_open}</td><td>{c.f_closed}</td><td>{c.m_open}</td><td>{c.m_closed}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </WideTable>
                        <h2>{t!(lang, "tags-open")}</h2>
                        <ul class="cards" id="open-tags">
                            {b.open.into_iter().map(|t| {
                                let id = t.id.to_string();
                                let is_f = t.kind == "f";
                                let step = match parse_am_step(&t.am_step) { Ok(Some(n)) => label(lang, "am-step", &n.to_string()), _ => String::new() };
                                let (tag_id, am_id, prio_id) = (id.clone(), format!("tag-am-{id}"), format!("tag-prio-{id}"));
                                let (am_for, prio_for, current_step, current_prio) =
                                    (am_id.clone(), prio_id.clone(), t.am_step.clone(), t.priority.clone());
                                view! {
                                    <li class="card" id=format!("tag-{}", t.id)>
                                        <p><strong>{format!("#{} {}", t.id, t!(lang, "tags-kind", kind = t.kind.to_uppercase()))}</strong> {format!(" · {} · {}", t.asset_tag, category_text(lang, &t.category))}</p>
                                        <p class="small">{t.description.clone()}</p>
                                        <p class="small muted">{format!("{} · {} · {}", t.found_by, i18n::date(lang, t.found_at.date_naive()), t!(lang, "tags-priority", priority = label(lang, "wo-priority", &t.priority)))}
                                            {(!step.is_empty()).then(|| format!(" · {}", t!(lang, "tags-am-step-is", step = step)))}</p>
                                        <Thumbs ids=t.photo_ids.clone()/>
                                        <details>
                                            <summary>{t!(lang, "tags-am-and-priority")}</summary>
                                            <ActionForm action=update>
                                                <div class="stack">
                                                    <input type="hidden" name="tag_id" value=tag_id.clone()/>
                                                    <label for=am_for.clone()>{t!(lang, "tags-am-step")}</label>
                                                    <AmStepSelect id=am_id.clone() selected=current_step.clone()/>
                                                    <label for=prio_for.clone()>{t!(lang, "wo-priority")}</label>
                                                    <select id=prio_id.clone() name="priority">
                                                        {Priority::ALL.iter().map(|p| {
                                                            let sel = p.as_str() == current_prio;
                                                            view! { <option value=p.as_str() selected=sel>{label(lang, "wo-priority", p.as_str())}</option> }
                                                        }).collect_view()}
                                                    </select>
                                                    <button type="submit" class="secondary">{t!(lang, "save")}</button>
                                                </div>
                                            </ActionForm>
                                        </details>
                                        {t.work_order_id.map(|w| view! { <p><a href=format!("/work-orders/{w}")>{t!(lang, "wo-number", id = w)}</a></p> })}
                                        {is_f.then(|| view! {
                                            <ActionForm action=close>
                                                <div class="inline-form">
                                                    <input type="hidden" name="tag_id" value=id.clone()/>
                                                    <input name="countermeasure" required placeholder=t!(lang, "tags-what-you-did") aria-label=t!(lang, "tags-countermeasure")/>
                                                    <button type="submit" class="secondary">{t!(lang, "tags-close")}</button>
                                                </div>
                                            </ActionForm>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}
