//! TPM on the shop floor: the operator's round (one tap OK, one tap Not OK) and the tag board.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use contract::dto::maintenance::RoundItem;
use leptos_router::hooks::use_query_map;

use crate::api::tpm::{CilOk, CloseTag, UpdateTag, tag_board, todays_round};
use crate::ui::components::{ErrorNotice, Loading, Thumbs, form::error_view};
use domain::tpm::{AM_STEPS, TagCategory, TagKind, am_step_label};
use domain::work_order::Priority;

#[component]
pub fn RoundsPage() -> impl IntoView {
    let round = Resource::new(|| (), |_| todays_round(None));
    let ok = ServerAction::<CilOk>::new();
    let query = use_query_map();
    let failed = move || query.read().get("upload_error");
    view! {
        <Title text="Rounds · Gemba"/>
        <h1>"Today's round"</h1>
        <ErrorNotice result=ok.value()/>
        {move || failed().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match round.await {
                    Ok((day, items)) => {
                        let done = items.iter().filter(|i| i.checked.is_some()).count();
                        let total = items.len();
                        view! {
                            <p class="small muted">{format!("{day} · {done} of {total} points checked")}</p>
                            <Show when=move || total == 0>
                                <p class="notice">"No CIL points are due today on this site."</p>
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
    let status = match item.checked {
        Some(true) => Some(view! { <p class="answer">"OK"</p> }.into_any()),
        Some(false) => Some(
            view! {
                <p class="answer bad">"Not OK" {item.tag_id.map(|t| format!(" · tag #{t}"))}</p>
                <p class="small">{item.note.clone()}</p>
            }
            .into_any(),
        ),
        None => None,
    };
    let open = item.checked.is_none();
    view! {
        <li class="card step" id=anchor class:failed=item.checked == Some(false)>
            <p><strong>{p.title.clone()}</strong> <span class="muted small">{format!(" · {} · {} min", p.asset_tag, p.minutes)}</span></p>
            <p class="small">{format!("{} — OK when: {}", p.method, p.acceptance)}</p>
            <Show when={let t = p.tool.clone(); move || !t.is_empty()}>
                <p class="small muted">{format!("Tool/lubricant: {}", p.tool)}</p>
            </Show>
            {status}
            <Show when=move || open>
                <form method="post" action=CilOk::url() class="step-form">
                    <input type="hidden" name="point_id" value=id.clone()/>
                    <button type="submit" class="big">"OK"</button>
                </form>
                <details class="not-ok">
                    <summary class="button danger">"Not OK"</summary>
                    <form method="post" action="/rounds/not-ok" enctype="multipart/form-data" class="step-form">
                        <input type="hidden" name="point_id" value=id.clone()/>
                        <label for=format!("note-{id}")>"What did you find?"</label>
                        <input id=format!("note-{id}") name="note" required/>
                        <label for=format!("reading-{id}")>"Reading (optional)"</label>
                        <input id=format!("reading-{id}") name="reading" inputmode="decimal"/>
                        <label for=format!("photo-{id}")>"Photo (optional)"</label>
                        <input id=format!("photo-{id}") name="photo" type="file" accept="image/jpeg,image/png,image/webp" capture="environment"/>
                        <label for=format!("cat-{id}")>"Category"</label>
                        <select id=format!("cat-{id}") name="category">
                            {TagCategory::ALL.iter().map(|c| view! { <option value=c.as_str()>{c.label()}</option> }).collect_view()}
                        </select>
                        <label for=format!("am-{id}")>"AM step (optional)"</label>
                        <AmStepSelect id=format!("am-{id}") selected=String::new()/>
                        <div class="two">
                            <button type="submit" name="kind" value=TagKind::F.as_str() class="big secondary">"F-tag: I fix it"</button>
                            <button type="submit" name="kind" value=TagKind::M.as_str() class="big danger">"M-tag: maintenance"</button>
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
    view! {
        <select id=id name="am_step">
            <option value="" selected=selected.is_empty()>"—"</option>
            {AM_STEPS.iter().enumerate().map(|(i, label)| {
                let v = (i + 1).to_string();
                let sel = v == selected;
                view! { <option value=v selected=sel>{*label}</option> }
            }).collect_view()}
        </select>
    }
}

#[component]
pub fn TagsPage() -> impl IntoView {
    let close = ServerAction::<CloseTag>::new();
    let update = ServerAction::<UpdateTag>::new();
    let board = Resource::new(move || (close.version().get(), update.version().get()), |_| tag_board());
    view! {
        <Title text="Tags · Gemba"/>
        <h1>"Abnormality tags"</h1>
        <ErrorNotice result=close.value()/>
        <ErrorNotice result=update.value()/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match board.await {
                    Ok(b) => view! {
                        <p>"F:M ratio " <strong id="fm-ratio">{b.f_to_m.map(|r| format!("{r:.2} : 1")).unwrap_or_else(|| "n/a".into())}</strong></p>
                        <div class="table-wrap">
                            <table class="counts">
                                <thead><tr><th>"Category"</th><th>"F open"</th><th>"F closed"</th><th>"M open"</th><th>"M closed"</th></tr></thead>
                                <tbody>
                                    {b.by_category.into_iter().map(|c| view! {
                                        <tr><td>{c.category}</td><td>{c.f_open}</td><td>{c.f_closed}</td><td>{c.m_open}</td><td>{c.m_closed}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <h2>"Open tags"</h2>
                        <ul class="cards" id="open-tags">
                            {b.open.into_iter().map(|t| {
                                let id = t.id.to_string();
                                let is_f = t.kind == "f";
                                let step = am_step_label(&t.am_step);
                                let (tag_id, am_id, prio_id) = (id.clone(), format!("tag-am-{id}"), format!("tag-prio-{id}"));
                                let (am_for, prio_for, current_step, current_prio) =
                                    (am_id.clone(), prio_id.clone(), t.am_step.clone(), t.priority.clone());
                                view! {
                                    <li class="card" id=format!("tag-{}", t.id)>
                                        <p><strong>{format!("#{} {}-tag", t.id, t.kind.to_uppercase())}</strong> {format!(" · {} · {}", t.asset_tag, t.category)}</p>
                                        <p class="small">{t.description.clone()}</p>
                                        <p class="small muted">{format!("{} · {} · {} priority", t.found_by, t.found_at.format("%Y-%m-%d"), t.priority)}
                                            {(!step.is_empty()).then(|| format!(" · AM step {step}"))}</p>
                                        <Thumbs ids=t.photo_ids.clone()/>
                                        <details>
                                            <summary>"AM step and priority"</summary>
                                            <ActionForm action=update>
                                                <div class="stack">
                                                    <input type="hidden" name="tag_id" value=tag_id.clone()/>
                                                    <label for=am_for.clone()>"AM step"</label>
                                                    <AmStepSelect id=am_id.clone() selected=current_step.clone()/>
                                                    <label for=prio_for.clone()>"Priority"</label>
                                                    <select id=prio_id.clone() name="priority">
                                                        {Priority::ALL.iter().map(|p| {
                                                            let sel = p.as_str() == current_prio;
                                                            view! { <option value=p.as_str() selected=sel>{p.label()}</option> }
                                                        }).collect_view()}
                                                    </select>
                                                    <button type="submit" class="secondary">"Save"</button>
                                                </div>
                                            </ActionForm>
                                        </details>
                                        {t.work_order_id.map(|w| view! { <p><a href=format!("/work-orders/{w}")>{format!("Work order #{w}")}</a></p> })}
                                        {is_f.then(|| view! {
                                            <ActionForm action=close>
                                                <div class="inline-form">
                                                    <input type="hidden" name="tag_id" value=id.clone()/>
                                                    <input name="countermeasure" required placeholder="What you did" aria-label="Countermeasure"/>
                                                    <button type="submit" class="secondary">"Close"</button>
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
