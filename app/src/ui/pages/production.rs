//! Production counts for OEE, phone first: record a shift (asset, times, counts), record a stop
//! afterwards with its reason, the latest shifts with their factors, a CSV import, and the site's
//! stop reasons.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::production::{
    AddDowntimeReason, ImportProduction, RecordProduction, RecordStop, SetDowntimeReasonActive, production_records,
};
use crate::ui::components::{ErrorNotice, FieldError, Loading, LocalTime, form::error_view, label, t, use_lang};
use crate::ui::pages::kpi::percent;
use contract::dto::maintenance::{DowntimeReasonDto, ProductionPage, ProductionRecordDto};

#[component]
pub fn ProductionPage() -> impl IntoView {
    let record = ServerAction::<RecordProduction>::new();
    let stop = ServerAction::<RecordStop>::new();
    let import = ServerAction::<ImportProduction>::new();
    let add_reason = ServerAction::<AddDowntimeReason>::new();
    let switch_reason = ServerAction::<SetDowntimeReasonActive>::new();
    let page = crate::ui::pages::work::page_param();
    let query = use_query_map();
    let saved = move || query.with(|q| q.get("saved").and_then(|s| s.parse::<i64>().ok()));
    let data = Resource::new(
        move || {
            (
                record.version().get(),
                import.version().get(),
                add_reason.version().get(),
                switch_reason.version().get(),
                page(),
                saved(),
            )
        },
        |(.., p, saved)| production_records(Some(p), saved),
    );
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "title-production")/>
        <h1>{t!(lang, "prod-title")}</h1>
        <p class="small muted">{t!(lang, "prod-intro")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(p) => view! { <ProductionView p record stop import add_reason switch_reason/> }.into_any(),
                    Err(e) => error_view(&e),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProductionView(
    p: ProductionPage,
    record: ServerAction<RecordProduction>,
    stop: ServerAction<RecordStop>,
    import: ServerAction<ImportProduction>,
    add_reason: ServerAction<AddDowntimeReason>,
    switch_reason: ServerAction<SetDowntimeReasonActive>,
) -> impl IntoView {
    let lang = use_lang();
    let no_assets = p.assets.is_empty();
    let asset_options = |assets: &[contract::dto::maintenance::ProducingAssetDto]| {
        assets
            .iter()
            .map(|a| view! { <option value=a.id.to_string()>{format!("{} · {}", a.tag, a.name)}</option> })
            .collect_view()
    };
    let (shift_assets, stop_assets) = (asset_options(&p.assets), asset_options(&p.assets));
    let query = use_query_map();
    let stopped = move || query.with(|q| q.get("stopped").is_some());
    let just_saved = p.saved.clone();
    let saved = move || {
        record.value().get().and_then(|r| r.ok()).or_else(|| just_saved.clone()).map(|r| {
            view! {
                <p class="notice ok" role="status" id="shift-saved">
                    {t!(lang, "prod-saved", asset = r.asset_tag.clone(), oee = percent(lang, r.factors.oee_pct))}
                </p>
            }
        })
    };
    let stop_saved = move || {
        (stop.value().get().is_some_and(|r| r.is_ok()) || stopped())
            .then(|| view! { <p class="notice ok" role="status" id="stop-saved">{t!(lang, "prod-stop-saved")}</p> })
    };
    let active: Vec<DowntimeReasonDto> = p.reasons.iter().filter(|r| r.active).cloned().collect();
    let more = p.page * p.per_page < p.total as i64;
    let next_page = format!("/production?page={}", p.page + 1);
    let today = p.today.to_string();
    let may_manage = p.may_manage;
    view! {
        <Show when=move || no_assets>
            <p class="notice" id="prod-no-assets">{t!(lang, "prod-no-assets")}</p>
        </Show>
        <section id="shift">
            <h2>{t!(lang, "prod-record-shift")}</h2>
            <ActionForm action=record>
                <div class="stack">
                    <label for="p-asset">{t!(lang, "asset")}</label>
                    <select id="p-asset" name="asset_id" required>{shift_assets}</select>
                    <FieldError result=record.value() field="asset_id"/>
                    <label for="p-date">{t!(lang, "prod-date")}</label>
                    <input id="p-date" name="date" type="date" required value=today.clone() max=today.clone()/>
                    <FieldError result=record.value() field="date"/>
                    <div class="inline-form">
                        <span class="stack">
                            <label for="p-start">{t!(lang, "prod-start")}</label>
                            <input id="p-start" name="start" type="time" required/>
                        </span>
                        <span class="stack">
                            <label for="p-end">{t!(lang, "prod-end")}</label>
                            <input id="p-end" name="end" type="time" required/>
                        </span>
                    </div>
                    <FieldError result=record.value() field="start"/>
                    <FieldError result=record.value() field="end"/>
                    <label for="p-planned">{t!(lang, "prod-planned")}</label>
                    <input id="p-planned" name="planned_minutes" inputmode="decimal" placeholder=t!(lang, "prod-planned-hint")/>
                    <FieldError result=record.value() field="planned_minutes"/>
                    <label for="p-total">{t!(lang, "prod-total")}</label>
                    <input id="p-total" name="total" inputmode="numeric" required/>
                    <FieldError result=record.value() field="total"/>
                    <label for="p-rejects">{t!(lang, "prod-rejects")}</label>
                    <input id="p-rejects" name="rejects" inputmode="numeric" placeholder="0"/>
                    <FieldError result=record.value() field="rejects"/>
                    <label for="p-startup">{t!(lang, "prod-startup-rejects")}</label>
                    <input id="p-startup" name="startup_rejects" inputmode="numeric" placeholder="0"/>
                    <FieldError result=record.value() field="startup_rejects"/>
                    <ErrorNotice result=record.value()/>
                    <button type="submit">{t!(lang, "prod-save-shift")}</button>
                </div>
            </ActionForm>
            {saved}
        </section>
        <section id="stop">
            <h2>{t!(lang, "prod-record-stop")}</h2>
            <p class="small muted">{t!(lang, "prod-stop-hint")}</p>
            <ActionForm action=stop>
                <div class="stack">
                    <label for="s-asset">{t!(lang, "asset")}</label>
                    <select id="s-asset" name="asset_id" required>{stop_assets}</select>
                    <label for="s-reason">{t!(lang, "reason")}</label>
                    <select id="s-reason" name="reason_id" required>
                        {active.iter().map(|r| view! {
                            <option value=r.id.to_string()>{format!("{} ({})", r.name, label(lang, "prod-kind", &r.kind))}</option>
                        }).collect_view()}
                    </select>
                    <FieldError result=stop.value() field="reason_id"/>
                    <label for="s-from">{t!(lang, "prod-stop-from")}</label>
                    <input id="s-from" name="from" type="datetime-local" required/>
                    <FieldError result=stop.value() field="from"/>
                    <label for="s-to">{t!(lang, "prod-stop-to")}</label>
                    <input id="s-to" name="to" type="datetime-local" required/>
                    <FieldError result=stop.value() field="to"/>
                    <label for="s-note">{t!(lang, "note")}</label>
                    <input id="s-note" name="note"/>
                    <FieldError result=stop.value() field="note"/>
                    <ErrorNotice result=stop.value()/>
                    <button type="submit" class="secondary">{t!(lang, "prod-save-stop")}</button>
                </div>
            </ActionForm>
            {stop_saved}
        </section>
        <section id="records">
            <h2>{t!(lang, "prod-recent")}</h2>
            <p class="muted small">{t!(lang, "list-in-all", count = p.total)}</p>
            <ul class="cards" id="production-list">
                {p.items.into_iter().map(|r| view! { <RecordCard r/> }).collect_view()}
            </ul>
            <Show when=move || more>
                <a class="button secondary" href=next_page.clone()>{t!(lang, "list-more")}</a>
            </Show>
        </section>
        <details class="panel" id="import">
            <summary>{t!(lang, "prod-import")}</summary>
            <p class="small">{t!(lang, "prod-import-help")}</p>
            <ActionForm action=import>
                <div class="stack">
                    <label for="p-csv">{t!(lang, "assets-import-csv-label")}</label>
                    <textarea id="p-csv" name="csv" rows="8" required></textarea>
                    <ErrorNotice result=import.value()/>
                    <button type="submit" class="secondary">{t!(lang, "assets-import-submit")}</button>
                </div>
            </ActionForm>
            {move || import.value().get().and_then(|r| r.ok()).map(|r| {
                if r.errors.is_empty() {
                    view! { <p class="notice ok" role="status" id="import-done">{t!(lang, "prod-imported", count = r.imported)}</p> }.into_any()
                } else {
                    view! {
                        <div class="notice error" role="alert">
                            <p>{t!(lang, "assets-import-failed")}</p>
                            <ul id="import-errors">
                                {r.errors.into_iter().map(|e| view! { <li>{t!(lang, "assets-import-row", row = e.row, field = e.field.clone(), message = crate::ui::components::lang::message_text(lang, &e.message))}</li> }).collect_view()}
                            </ul>
                        </div>
                    }.into_any()
                }
            })}
        </details>
        <details class="panel" id="reasons">
            <summary>{t!(lang, "prod-reasons")}</summary>
            <ul class="cards small">
                {p.reasons.into_iter().map(|r| {
                    let (id, on) = (r.id, r.active);
                    view! {
                        <li class="card row">
                            <span>{format!("{} · {} · {}", r.code, r.name, label(lang, "prod-kind", &r.kind))}
                                <Show when=move || !on>" " <span class="badge off">{t!(lang, "pm-off")}</span></Show></span>
                            <Show when=move || may_manage>
                                <ActionForm action=switch_reason>
                                    <input type="hidden" name="reason_id" value=id.to_string()/>
                                    <input type="hidden" name="active" value=(!on).to_string()/>
                                    <button type="submit" class="secondary small">{if on { t!(lang, "prod-reason-off") } else { t!(lang, "prod-reason-on") }}</button>
                                </ActionForm>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || may_manage>
                <ActionForm action=add_reason>
                    <div class="stack">
                        <label for="r-code">{t!(lang, "prod-reason-code")}</label>
                        <input id="r-code" name="code" required/>
                        <FieldError result=add_reason.value() field="code"/>
                        <label for="r-name">{t!(lang, "prod-reason-name")}</label>
                        <input id="r-name" name="name" required/>
                        <FieldError result=add_reason.value() field="name"/>
                        <label for="r-kind">{t!(lang, "prod-reason-kind")}</label>
                        <select id="r-kind" name="kind">
                            <option value="unplanned">{label(lang, "prod-kind", "unplanned")}</option>
                            <option value="planned">{label(lang, "prod-kind", "planned")}</option>
                            <option value="not_scheduled">{label(lang, "prod-kind", "not_scheduled")}</option>
                        </select>
                        <ErrorNotice result=add_reason.value()/>
                        <button type="submit" class="secondary">{t!(lang, "prod-reason-add")}</button>
                    </div>
                </ActionForm>
            </Show>
        </details>
    }
}

#[component]
fn RecordCard(r: ProductionRecordDto) -> impl IntoView {
    let lang = use_lang();
    let f = r.factors;
    view! {
        <li class="card">
            <strong>{r.asset_tag.clone()}</strong>
            <span class="small"><LocalTime at=r.shift_start/>" → "<LocalTime at=r.shift_end/></span>
            <span class="small">{t!(lang, "prod-counts", total = r.total_count, rejects = r.reject_count, planned = i18n::fixed(lang, r.planned_minutes, 0))}</span>
            <span class="small oee">{t!(lang, "prod-factors",
                a = percent(lang, f.availability_pct), p = percent(lang, f.performance_pct),
                q = percent(lang, f.quality_pct), oee = percent(lang, f.oee_pct))}</span>
        </li>
    }
}
