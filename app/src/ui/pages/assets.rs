//! Assets: the hierarchy with search, an asset's page (work, meters with a reading chart,
//! downtime), creation, CSV import/export, printable QR labels.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::assets::{
    CreateAsset, CreateMeter, ImportAssets, MoveAsset, RecordReading, get_asset_detail, list_assets,
};
use crate::api::tpm::CreateCilPoint;
use crate::ui::components::lang::message_text;
use crate::ui::components::wo::WorkOrderCard;
use crate::ui::components::{
    ErrorNotice, FieldError, IfMayOpen, Lang, Loading, LocalTime, form::error_view, form::textarea_text, label, t,
    use_lang,
};
use contract::dto::maintenance::{AssetDetail, AssetDto, CycleTimeDto, MeterDto, ReadingDto};
use domain::asset::{AssetStatus, Criticality};

#[component]
pub fn AssetsPage() -> impl IntoView {
    let query = use_query_map();
    let q = move || query.read().get("q").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<i64>().ok()).unwrap_or(1);
    let assets = Resource::new(move || (q(), page()), |(q, p)| list_assets(Some(q), None, Some(p)));
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-assets")/>
        <h1>{t!(lang, "nav-assets")}</h1>
        <p class="actions">
            <IfMayOpen path="/assets/new"><a class="button" href="/assets/new">{t!(lang, "assets-new")}</a></IfMayOpen>
            <IfMayOpen path="/assets/import">
                <a class="button secondary" href="/assets/import">{t!(lang, "assets-import-csv")}</a>
            </IfMayOpen>
            <a class="button secondary" href="/assets/export.csv" download>{t!(lang, "assets-export-csv")}</a>
        </p>
        <form method="get" action="/assets" class="search">
            <label for="asset-q" class="visually-hidden">{t!(lang, "assets-search-label")}</label>
            <input id="asset-q" name="q" type="search" placeholder=t!(lang, "assets-search-placeholder") value=q/>
            <button type="submit" class="secondary">{t!(lang, "search")}</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match assets.await {
                    Ok(p) => {
                        let more = p.page * p.per_page < p.total as i64;
                        let next = format!("/assets?q={}&page={}", q(), p.page + 1);
                        let ids: Vec<String> = p.assets.iter().map(|a| a.id.to_string()).collect();
                        view! {
                            <p class="muted small">{t!(lang, "assets-count", count = p.total)}
                                " · " <a href=format!("/assets/labels?ids={}", ids.join(","))>{t!(lang, "assets-print-labels")}</a>
                            </p>
                            <ul class="cards tree" id="asset-list">
                                {p.assets.into_iter().map(|a| view! { <AssetRow a/> }).collect_view()}
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
    }
}

#[component]
fn AssetRow(a: AssetDto) -> impl IntoView {
    let indent = format!("depth-{}", a.depth.min(6));
    let lang = use_lang();
    view! {
        <li class=format!("card {indent}")>
            <a href=format!("/assets/{}", a.id) class="card-link">
                <strong>{a.tag.clone()}</strong>
                <span>{a.name.clone()}</span>
                <span class="small muted">{format!("{} · {} · {}", criticality_text(lang, a.criticality), label(lang, "asset-status", a.status.as_str()), a.category)}</span>
            </a>
        </li>
    }
}

#[component]
pub fn NewAssetPage() -> impl IntoView {
    let create = ServerAction::<CreateAsset>::new();
    let query = use_query_map();
    let parent = move || query.read().get("parent").unwrap_or_default();
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-new-asset")/>
        <h1>{t!(lang, "assets-new")}</h1>
        <ActionForm action=create>
            <input type="hidden" name="parent_id" value=parent/>
            <AssetFields result=create.value() a=None/>
            <ErrorNotice result=create.value()/>
            <button type="submit">{t!(lang, "asset-create")}</button>
        </ActionForm>
    }
}

/// The editable fields, pre-filled from `a` when editing.
#[component]
fn AssetFields<S: crate::ui::components::form::ResultSignal<T>, T: 'static>(
    result: S,
    a: Option<AssetDto>,
    #[prop(optional)] _t: std::marker::PhantomData<T>,
) -> impl IntoView {
    let v = |f: fn(&AssetDto) -> String| a.as_ref().map(f).unwrap_or_default();
    let crit = a.as_ref().map(|a| a.criticality).unwrap_or(Criticality::C);
    let status = a.as_ref().map(|a| a.status).unwrap_or(AssetStatus::Running);
    let lang = use_lang();
    view! {
        <div class="stack">
            <label for="a-tag">{t!(lang, "asset-tag")}</label>
            <input id="a-tag" name="tag" required maxlength="40" value=v(|a| a.tag.clone()) autocapitalize="characters"/>
            <FieldError result field="tag"/>
            <label for="a-name">{t!(lang, "asset-name")}</label>
            <input id="a-name" name="name" required maxlength="120" value=v(|a| a.name.clone())/>
            <FieldError result field="name"/>
            <label for="a-category">{t!(lang, "asset-category")}</label>
            <input id="a-category" name="category" value=v(|a| a.category.clone()) placeholder=t!(lang, "asset-category-placeholder")/>
            <label for="a-crit">{t!(lang, "asset-criticality")}</label>
            <select id="a-crit" name="criticality">
                {Criticality::ALL.iter().map(|c| view! { <option value=c.as_str() selected=*c == crit>{criticality_text(lang, *c)}</option> }).collect_view()}
            </select>
            <label for="a-status">{t!(lang, "asset-status")}</label>
            <select id="a-status" name="status">
                {AssetStatus::ALL.iter().map(|s| view! { <option value=s.as_str() selected=*s == status>{label(lang, "asset-status", s.as_str())}</option> }).collect_view()}
            </select>
            <label for="a-man">{t!(lang, "asset-manufacturer")}</label>
            <input id="a-man" name="manufacturer" value=v(|a| a.manufacturer.clone())/>
            <label for="a-model">{t!(lang, "asset-model")}</label>
            <input id="a-model" name="model" value=v(|a| a.model.clone())/>
            <label for="a-serial">{t!(lang, "asset-serial")}</label>
            <input id="a-serial" name="serial" value=v(|a| a.serial.clone())/>
            <label for="a-install">{t!(lang, "asset-install-date")}</label>
            <input id="a-install" name="install_date" type="date" value=v(|a| a.install_date.map(|d| d.to_string()).unwrap_or_default())/>
            <FieldError result field="install_date"/>
            <label for="a-notes">{t!(lang, "asset-notes")}</label>
            <textarea id="a-notes" name="notes" rows="3">{textarea_text(v(|a| a.notes.clone()))}</textarea>
            <label for="a-energy">{t!(lang, "asset-energy-control")}</label>
            <textarea id="a-energy" name="energy_control" rows="4" placeholder=t!(lang, "asset-energy-control-hint")>{textarea_text(v(|a| a.energy_control.clone()))}</textarea>
            <FieldError result field="energy_control"/>
            <label for="a-safety">{t!(lang, "asset-safety-notes")}</label>
            <textarea id="a-safety" name="safety_notes" rows="3" placeholder=t!(lang, "asset-safety-notes-hint")>{textarea_text(v(|a| a.safety_notes.clone()))}</textarea>
            <FieldError result field="safety_notes"/>
        </div>
    }
}

#[component]
pub fn AssetPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    let detail = Resource::new(id, get_asset_detail);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-asset")/>
        <p><a href="/assets">{t!(lang, "assets-back")}</a></p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match detail.await {
                    Ok(d) => view! { <AssetView d/> }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AssetView(d: AssetDetail) -> impl IntoView {
    let a = d.asset.clone();
    let id = a.id;
    let moving = ServerAction::<MoveAsset>::new();
    let new_meter = ServerAction::<CreateMeter>::new();
    let reading = ServerAction::<RecordReading>::new();
    let crumbs =
        d.path.iter().map(|c| view! { <a href=format!("/assets/{}", c.id)>{c.tag.clone()}</a> " › " }).collect_view();
    let can = d.can_manage;
    let lang = use_lang();
    view! {
        <p class="small crumbs">{crumbs}</p>
        <h1>{format!("{} · {}", a.tag, a.name)}</h1>
        <p class="meta">{format!("{} · {}", criticality_text(lang, a.criticality), label(lang, "asset-status", a.status.as_str()))}
            <Show when={let c = a.category.clone(); move || !c.is_empty()}>{format!(" · {}", a.category)}</Show>
        </p>
        <p class="small muted">{[a.manufacturer.clone(), a.model.clone(), a.serial.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}</p>
        <p class="actions">
            <a class="button" href=format!("/report/{id}")>{t!(lang, "report-title")}</a>
            <IfMayOpen path="/work-orders/new">
                <a class="button secondary" href=format!("/work-orders/new?asset={id}")>{t!(lang, "wo-new")}</a>
            </IfMayOpen>
            <a class="button secondary" href=format!("/assets/labels?ids={id}")>{t!(lang, "asset-qr-label")}</a>
            <Show when=move || can>
                <a class="button secondary" href=format!("/assets/new?parent={id}")>{t!(lang, "asset-add-component")}</a>
                <a class="button secondary" href=format!("/pm/new?asset={id}")>{t!(lang, "asset-add-pm")}</a>
            </Show>
        </p>
        <h2>{t!(lang, "asset-open-work")}</h2>
        <ul class="cards" id="asset-open-work">
            {d.open_work.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
        </ul>
        <h2>{t!(lang, "asset-recent-work")}</h2>
        <ul class="cards">
            {d.recent_work.into_iter().map(|wo| view! { <WorkOrderCard wo/> }).collect_view()}
        </ul>
        <h2>{t!(lang, "asset-meters")}</h2>
        {d.meters.iter().map(|m| {
            let points: Vec<ReadingDto> = d.readings.iter().filter(|r| r.meter_id == m.id).cloned().collect();
            view! { <MeterCard m=m.clone() points reading/> }
        }).collect_view()}
        <Show when=move || can>
            <details class="panel">
                <summary>{t!(lang, "meter-add-title")}</summary>
                <ActionForm action=new_meter>
                    <div class="stack">
                        <input type="hidden" name="asset_id" value=id.to_string()/>
                        <label for="m-name">{t!(lang, "meter-name")}</label>
                        <input id="m-name" name="name" required placeholder=t!(lang, "meter-name-placeholder")/>
                        <FieldError result=new_meter.value() field="name"/>
                        <label for="m-unit">{t!(lang, "meter-unit")}</label>
                        <input id="m-unit" name="unit" required placeholder=t!(lang, "meter-unit-placeholder")/>
                        <label for="m-kind">{t!(lang, "meter-kind")}</label>
                        <select id="m-kind" name="kind">
                            <option value="cumulative">{t!(lang, "meter-option-cumulative")}</option>
                            <option value="gauge">{t!(lang, "meter-option-gauge")}</option>
                        </select>
                        <button type="submit" class="secondary">{t!(lang, "meter-add")}</button>
                    </div>
                </ActionForm>
            </details>
        </Show>
        <crate::ui::pages::work_order::SafetyPanel energy=a.energy_control.clone() notes=a.safety_notes.clone()/>
        <CycleTime asset_id=id can history=d.cycle_times.clone()/>
        <h2>{t!(lang, "wo-downtime")}</h2>
        <ul class="cards small">
            {d.downtime.iter().map(|x| view! {
                <li class="card">
                    <LocalTime at=x.started_at/>" → "
                    {match x.ended_at { Some(e) => view! { <LocalTime at=e/> }.into_any(), None => t!(lang, "now").into_any() }}
                    {format!(" {}", x.reason)}
                </li>
            }).collect_view()}
        </ul>
        <h2>{t!(lang, "asset-pm-schedules")}</h2>
        <ul class="cards" id="asset-schedules">
            {d.schedules.iter().map(|s| view! {
                <li class="card"><a href=format!("/pm/{}", s.id)>{s.title.clone()}</a>
                    <Show when={let a = s.active; move || !a}>" " <span class="badge off">{t!(lang, "pm-off")}</span></Show></li>
            }).collect_view()}
        </ul>
        <h2>{t!(lang, "asset-cil-standard")}</h2>
        <ul class="cards small" id="asset-cil">
            {d.cil_points.iter().map(|p| view! {
                <li class="card"><strong>{p.title.clone()}</strong>{format!(" · {} · {} · {}", p.frequency, t!(lang, "minutes-short", count = p.minutes), label(lang, "asset-cil-role", &p.role))}
                    <br/>{t!(lang, "round-ok-when", method = p.method.clone(), acceptance = p.acceptance.clone())}</li>
            }).collect_view()}
        </ul>
        <Show when=move || can>
            <CilPointForm asset_id=id/>
        </Show>
        <Show when={let n = d.children.len(); move || n > 0}>
            <h2>{t!(lang, "asset-components")}</h2>
            <ul class="cards">
                {d.children.iter().map(|c| view! { <AssetRow a=c.clone()/> }).collect_view()}
            </ul>
        </Show>
        <Show when=move || can>
            <details class="panel">
                <summary>{t!(lang, "asset-move")}</summary>
                <ActionForm action=moving>
                    <div class="stack">
                        <input type="hidden" name="id" value=id.to_string()/>
                        <label for="move-parent">{t!(lang, "asset-move-parent")}</label>
                        <input id="move-parent" name="parent_tag" autocapitalize="characters"/>
                        <FieldError result=moving.value() field="parent_tag"/>
                        <FieldError result=moving.value() field="parent_id"/>
                        <button type="submit" class="secondary">{t!(lang, "asset-move-submit")}</button>
                    </div>
                </ActionForm>
            </details>
        </Show>
    }
}

/// A meter with its last value, a small server-rendered chart of recent readings, and a form.
#[component]
fn MeterCard(m: MeterDto, points: Vec<ReadingDto>, reading: ServerAction<RecordReading>) -> impl IntoView {
    let lang = use_lang();
    let chart = sparkline(lang, &points);
    let last = m
        .last_value
        .map(|v| format!("{} {}", i18n::number(lang, v, 6), m.unit))
        .unwrap_or_else(|| t!(lang, "meter-no-reading"));
    view! {
        <div class="card meter">
            <p><strong>{m.name.clone()}</strong> " · " {last} <span class="muted small">{format!(" ({})", label(lang, "meter-kind", &m.kind))}</span></p>
            <div class="chart" inner_html=chart></div>
            <ActionForm action=reading>
                <div class="inline-form">
                    <input type="hidden" name="meter_id" value=m.id.to_string()/>
                    <input name="value" inputmode="decimal" required aria-label=t!(lang, "meter-new-reading-for", name = m.name.clone()) placeholder=t!(lang, "meter-reading")/>
                    <label class="check"><input type="checkbox" name="reset"/>{format!(" {}", t!(lang, "meter-reset"))}</label>
                    <button type="submit" class="secondary">{t!(lang, "save")}</button>
                </div>
                <FieldError result=reading.value() field="value"/>
            </ActionForm>
        </div>
    }
}

/// An inline SVG polyline of the readings (no script, allowed by the page's CSP).
pub fn sparkline(lang: Lang, points: &[ReadingDto]) -> String {
    if points.len() < 2 {
        return String::new();
    }
    let (w, h) = (300.0, 60.0);
    let min = points.iter().map(|p| p.value).fold(f64::INFINITY, f64::min);
    let max = points.iter().map(|p| p.value).fold(f64::NEG_INFINITY, f64::max);
    let span = if (max - min).abs() < f64::EPSILON { 1.0 } else { max - min };
    let step = w / (points.len() - 1) as f64;
    let coords: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{:.1},{:.1}", i as f64 * step, h - 4.0 - (p.value - min) / span * (h - 8.0)))
        .collect();
    let described = t!(
        lang,
        "meter-chart-label",
        count = points.len(),
        min = i18n::number(lang, min, 6),
        max = i18n::number(lang, max, 6)
    )
    .replace('&', "&amp;")
    .replace('"', "&quot;")
    .replace('<', "&lt;");
    format!(
        "<svg viewBox=\"0 0 {w} {h}\" width=\"100%\" height=\"60\" role=\"img\" aria-label=\"{described}\">\
         <polyline fill=\"none\" stroke=\"#0b6bcb\" stroke-width=\"2\" points=\"{}\"/></svg>",
        coords.join(" ")
    )
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let import = ServerAction::<ImportAssets>::new();
    let report = move || import.value().get().and_then(|r| r.ok());
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-import-assets")/>
        <h1>{t!(lang, "assets-import")}</h1>
        <p class="small">{t!(lang, "assets-import-help")}</p>
        <ActionForm action=import>
            <div class="stack">
                <label for="csv">{t!(lang, "assets-import-csv-label")}</label>
                <textarea id="csv" name="csv" rows="10" required></textarea>
                <ErrorNotice result=import.value()/>
                <button type="submit">{t!(lang, "assets-import-submit")}</button>
            </div>
        </ActionForm>
        {move || report().map(|r| {
            if r.errors.is_empty() {
                view! { <p class="notice ok" role="status">{t!(lang, "assets-imported", count = r.imported)}</p> }.into_any()
            } else {
                view! {
                    <div class="notice error" role="alert">
                        <p>{t!(lang, "assets-import-failed")}</p>
                        <ul id="import-errors">
                            {r.errors.into_iter().map(|e| view! { <li>{t!(lang, "assets-import-row", row = e.row, field = e.field.clone(), message = message_text(lang, &e.message))}</li> }).collect_view()}
                        </ul>
                    </div>
                }.into_any()
            }
        })}
    }
}

#[component]
pub fn LabelsPage() -> impl IntoView {
    let query = use_query_map();
    let ids = move || query.read().get("ids").unwrap_or_default();
    let labels = Resource::new(ids, crate::api::assets::asset_labels);
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-qr-labels")/>
        <p class="no-print"><a href="/assets">{t!(lang, "assets-back")}</a> {format!(" · {}", t!(lang, "assets-labels-print"))}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match labels.await {
                    Ok(list) => view! {
                        <div class="labels">
                            {list.into_iter().map(|(tag, name, svg)| view! {
                                <figure class="label">
                                    <div inner_html=svg></div>
                                    <figcaption><strong>{tag}</strong><br/>{name}</figcaption>
                                </figure>
                            }).collect_view()}
                        </div>
                    }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CilPointForm(asset_id: i64) -> impl IntoView {
    let create = ServerAction::<CreateCilPoint>::new();
    let result = create.value();
    let lang = use_lang();
    view! {
        <details class="panel">
            <summary>{t!(lang, "asset-cil-add-title")}</summary>
            <ActionForm action=create>
                <div class="stack">
                    <input type="hidden" name="asset_id" value=asset_id.to_string()/>
                    <label for="c-title">{t!(lang, "asset-cil-point")}</label>
                    <input id="c-title" name="title" required placeholder=t!(lang, "asset-cil-point-placeholder")/>
                    <FieldError result field="title"/>
                    <label for="c-method">{t!(lang, "asset-cil-method")}</label>
                    <input id="c-method" name="method" required placeholder=t!(lang, "asset-cil-method-placeholder")/>
                    <FieldError result field="method"/>
                    <label for="c-acc">{t!(lang, "asset-cil-ok-when")}</label>
                    <input id="c-acc" name="acceptance" required placeholder=t!(lang, "asset-cil-ok-when-placeholder")/>
                    <FieldError result field="acceptance"/>
                    <label for="c-tool">{t!(lang, "asset-cil-tool")}</label>
                    <input id="c-tool" name="tool"/>
                    <label for="c-min">{t!(lang, "minutes")}</label>
                    <input id="c-min" name="minutes" inputmode="numeric" required value="2"/>
                    <FieldError result field="minutes"/>
                    <label for="c-freq">{t!(lang, "asset-cil-frequency")}</label>
                    <input id="c-freq" name="frequency" required value="daily"/>
                    <FieldError result field="frequency"/>
                    <label for="c-role">{t!(lang, "asset-cil-role")}</label>
                    <select id="c-role" name="role">
                        <option value="operator">{t!(lang, "role-operator")}</option>
                        <option value="technician">{t!(lang, "role-technician")}</option>
                    </select>
                    <ErrorNotice result/>
                    <button type="submit" class="secondary">{t!(lang, "asset-cil-add")}</button>
                </div>
            </ActionForm>
        </details>
    }
}

/// A criticality as the reader reads it (`asset-criticality-a`: "A (critical)").
fn criticality_text(lang: Lang, c: Criticality) -> String {
    label(lang, "asset-criticality", &c.as_str().to_lowercase())
}

/// The ideal cycle time of an asset that makes units (OEE's performance), with its history; the
/// asset's managers set a new one from a date on.
#[component]
fn CycleTime(asset_id: i64, can: bool, history: Vec<CycleTimeDto>) -> impl IntoView {
    use crate::api::production::SetCycleTime;
    let set = ServerAction::<SetCycleTime>::new();
    let lang = use_lang();
    view! {
        <section id="cycle">
            <h2>{t!(lang, "asset-cycle-time")}</h2>
            {if history.is_empty() {
                view! { <p class="small muted">{t!(lang, "asset-cycle-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards small" id="cycle-history">
                        {history.into_iter().map(|c| view! {
                            <li class="card">{t!(lang, "asset-cycle-line", seconds = i18n::number(lang, c.ideal_cycle_seconds, 3))}" · "<LocalTime at=c.effective_from/></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <Show when=move || can>
                <ActionForm action=set>
                    <input type="hidden" name="asset_id" value=asset_id.to_string()/>
                    <div class="stack">
                        <label for="c-seconds">{t!(lang, "asset-cycle-seconds")}</label>
                        <input id="c-seconds" name="seconds" inputmode="decimal" required/>
                        <FieldError result=set.value() field="seconds"/>
                        <label for="c-from">{t!(lang, "asset-cycle-from")}</label>
                        <input id="c-from" name="from" type="date"/>
                        <FieldError result=set.value() field="from"/>
                        <ErrorNotice result=set.value()/>
                        <button type="submit" class="secondary">{t!(lang, "asset-cycle-save")}</button>
                    </div>
                </ActionForm>
            </Show>
        </section>
    }
}
