//! OSHA recordkeeping pages (desktop first, but usable on a phone): the overview with
//! establishment and year data, a case with the guided recordability form, classification,
//! privacy and form 301, and the printable 300 log, 300A, 301, the privacy list and the rates.
mod case;
mod form301;
mod ita;
mod log;
mod new_case;
mod overview;
mod privacy;
mod rates;
mod summary;

pub use case::*;
pub use form301::*;
pub use ita::*;
pub use log::*;
pub use new_case::*;
pub use overview::*;
pub use privacy::*;
pub use rates::*;
pub use summary::*;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::osha::{
    Certify300a, ClassifyCase, ConfirmDecision, DeleteCase, MarkItaSubmitted, OpenCase, Save301, SaveEstablishment,
    SaveYearData, SetPrivacy, UpdateCase, ita_check, osha_case, osha_log, osha_overview, osha_rates, osha_summary,
    privacy_list,
};
use crate::ui::components::lang::message_text;
use crate::ui::components::{
    Confirm, ErrorNotice, FieldError, Lang, Loading, LocalTime, PagerWords, WideTable, form::error_view,
    form::textarea_text, label, t, table::wide_table, use_lang,
};
use contract::dto::safety::{CaseDto, LogRowDto, RatesDto, TotalsDto, TrendPointDto};
use domain::kpi::round2;
use domain::osha::classification::CaseType;
use domain::osha::forms::{self as legal, FormLanguage};
use domain::osha::input::{DIAGNOSES, HEARING_FIELDS, TREATMENTS};
use domain::osha::privacy::PrivacyReason;
use domain::osha::recordability::FirstAid;

fn page_param() -> impl Fn() -> Option<u32> + Copy {
    let q = use_query_map();
    move || q.read().get("page").and_then(|p| p.parse::<u32>().ok()).filter(|p| *p >= 1)
}

/// Previous / next page of an OSHA list; `base` ends with `?` or `&`.
fn pager(lang: Lang, base: String, page: u32, per_page: u32, total: u32) -> impl IntoView {
    crate::ui::components::pager(lang, PagerWords::pages(lang), base, page.into(), per_page.into(), total.into())
}

fn year_param() -> impl Fn() -> Option<i32> + Copy {
    let q = use_query_map();
    move || q.read().get("year").and_then(|y| y.parse().ok())
}

fn case_id() -> impl Fn() -> i64 + Copy {
    let params = use_params_map();
    move || params.read().get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0)
}

/// The language the printed form is in: `?form=en|es`, else the reader's (Spanish readers get OSHA's
/// Spanish form, everyone else its English one).
fn form_language(lang: Lang) -> FormLanguage {
    let q = use_query_map();
    FormLanguage::chosen(q.read_untracked().get("form").as_deref(), lang.code())
}

/// One of OSHA's labels as the form words it, with its gloss in the reader's language when the form
/// is in another (`osha-gloss-{gloss}`).
fn legal_label(lang: Lang, form: FormLanguage, text: &'static str, gloss: &str) -> impl IntoView + use<> {
    let gloss = form
        .needs_gloss(lang.code())
        .then(|| view! { <span class="gloss" lang=lang.code()>{label(lang, "osha-gloss", gloss)}</span> });
    view! { {text}{gloss} }
}

/// The two languages OSHA publishes the form in (`base` ends with `?` or `&`), and what the glosses are.
fn form_choice(lang: Lang, base: String, form: FormLanguage) -> impl IntoView {
    view! {
        <p class="no-print" id="form-language">
            {FormLanguage::ALL.map(|l| {
                let href = format!("{base}form={}", l.code());
                let current = (l == form).then_some("page");
                view! { <a class="button secondary" href=href aria-current=current lang=l.code()>{label(lang, "osha-form-in", l.code())}</a> " " }
            }).collect_view()}
        </p>
        {form.needs_gloss(lang.code()).then(|| view! { <p class="small muted" id="form-note">{t!(lang, "osha-form-note")}</p> })}
    }
}

fn yq(year: i32) -> String {
    format!("?year={year}")
}

fn case_type_select(lang: Lang, selected: i32) -> impl IntoView {
    view! {
        <select id="case-type" name="case_type">
            {CaseType::ALL.iter().map(|t| {
                let n = t.number() as i32;
                view! { <option value=n selected=n == selected>{format!("{} {}", t.column(), label(lang, "osha-case-type", &n.to_string()))}</option> }
            }).collect_view()}
        </select>
    }
}

fn totals_row(t: &TotalsDto, totals: &'static str) -> impl IntoView {
    view! {
        <tr class="totals">
            <th colspan="6" scope="row">{totals}</th>
            <td id="total-g">{t.deaths}</td><td id="total-h">{t.days_away_cases}</td><td id="total-i">{t.restricted_cases}</td><td id="total-j">{t.other_cases}</td>
            <td id="total-k">{t.days_away}</td><td id="total-l">{t.days_restricted}</td>
            {t.by_type.iter().enumerate().map(|(i, n)| view! { <td id=format!("total-m{}", i + 1)>{*n}</td> }).collect_view()}
        </tr>
    }
}

/// A rate with its two decimals as the reader writes numbers (`2.35`, `2,35`), or "n/a".
fn rate(lang: Lang, x: Option<f64>) -> String {
    match x {
        Some(v) => i18n::fixed(lang, round2(v), 2),
        None => t!(lang, "not-applicable"),
    }
}

fn rates_cells(lang: Lang, r: &RatesDto) -> impl IntoView {
    view! {
        <td class="trc">{rate(lang, r.trc)}</td><td>{rate(lang, r.dart)}</td><td>{rate(lang, r.dafw)}</td><td>{rate(lang, r.ltir)}</td><td>{rate(lang, r.ltifr)}</td><td>{rate(lang, r.severity)}</td>
    }
}
