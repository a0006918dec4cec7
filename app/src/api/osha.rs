//! OSHA recordkeeping: establishment data, year data and certification, cases (recordability,
//! classification, privacy, 301), and the outputs (300 log, 300A, privacy list, ITA check, rates).
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::safety::{
    CaseDto, EstablishmentDto, ItaCheckDto, Log300Dto, OshaOverviewDto, PrivacyRowDto, RatesReportDto, SummaryDto,
    YearDataDto,
};
use contract::error::AppError;

#[cfg(feature = "ssr")]
async fn here() -> Result<(backend::state::AppState, backend::auth::CurrentUser, i64), AppError> {
    use crate::api::ctx;
    let (state, user) = (ctx::state()?, ctx::user()?);
    let site = backend::services::access::current_site_id(&state, &user).await?;
    Ok((state, user, site))
}

/// The year asked for, or the current one.
#[cfg(feature = "ssr")]
fn year_or_now(state: &backend::state::AppState, year: Option<i32>) -> i32 {
    use chrono::Datelike;
    year.unwrap_or_else(|| state.today().year())
}

/// The OSHA home: establishment, the year's data, one page (from 1; 50) of the year's cases.
#[server(prefix = "/sfn", endpoint = "osha_overview", input = GetUrl)]
pub async fn osha_overview(year: Option<i32>, page: Option<u32>) -> Result<OshaOverviewDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            let (year, page) = (year_or_now(&state, year), page.unwrap_or(1));
            backend::services::records::osha::reports::overview(&state, &user, site, year, page).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "save_establishment")]
pub async fn save_establishment(
    name: String,
    ein: String,
    company_name: String,
    street_address: String,
    city: String,
    state_code: String,
    zip: String,
    naics_code: String,
    industry_description: String,
    establishment_type: Option<String>,
) -> Result<EstablishmentDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            let input = EstablishmentDto {
                site_id: site,
                name,
                ein,
                company_name,
                street_address,
                city,
                state: state_code,
                zip,
                naics_code,
                industry_description,
                establishment_type: establishment_type.unwrap_or_default(),
            };
            osha::save_establishment(&state, &user, input).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "save_year_data")]
pub async fn save_year_data(
    year: i32,
    annual_average_employees: String,
    total_hours_worked: String,
    change_reason: Option<String>,
) -> Result<YearDataDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            let reason = change_reason.unwrap_or_default();
            osha::save_year_data(&state, &user, site, year, &annual_average_employees, &total_hours_worked, &reason)
                .await
        }
        .await,
    )
}

/// The 300A executive certification: name, title, phone, and the password again.
#[server(prefix = "/sfn", endpoint = "certify_300a")]
pub async fn certify_300a(
    year: i32,
    cert_name: String,
    cert_title: String,
    cert_phone: String,
    password: String,
) -> Result<YearDataDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            osha::certify(&state, &user, site, year, (&cert_name, &cert_title, &cert_phone), &password).await
        }
        .await,
    )
}

/// Opens an OSHA case on the current site (from a reported injury, if `event_id`).
#[server(prefix = "/sfn", endpoint = "open_case")]
pub async fn open_case(
    event_id: Option<i64>,
    employee_name: String,
    job_title: String,
    injury_date: String,
    learned_on: Option<String>,
    location: String,
    injury_description: String,
    case_type: String,
) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            let h = osha::CaseHeader {
                employee_name,
                job_title,
                injury_date,
                learned_on: learned_on.unwrap_or_default(),
                location,
                injury_description,
                case_type,
            };
            let case = osha::open_case(&state, &user, site, event_id, h).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/osha/cases/{}", case.id));
            }
            Ok(case)
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "osha_case", input = GetUrl)]
pub async fn osha_case(id: i64) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(async { osha::get_case(&ctx::state()?, &ctx::user()?, id).await }.await)
}

#[server(prefix = "/sfn", endpoint = "update_case")]
pub async fn update_case(
    case_id: i64,
    employee_name: String,
    job_title: String,
    injury_date: String,
    learned_on: Option<String>,
    location: String,
    injury_description: String,
    case_type: String,
) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let h = osha::CaseHeader {
                employee_name,
                job_title,
                injury_date,
                learned_on: learned_on.unwrap_or_default(),
                location,
                injury_description,
                case_type,
            };
            osha::update_header(&ctx::state()?, &ctx::user()?, case_id, h).await
        }
        .await,
    )
}

/// Confirms the recordability decision (`decision` = "confirm") or overrides it ("override",
/// with a reason).
#[server(prefix = "/sfn", endpoint = "confirm_decision")]
pub async fn confirm_decision(
    case_id: i64,
    decision: String,
    override_reason: Option<String>,
) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let overrule = match decision.as_str() {
                "confirm" => false,
                "override" => true,
                _ => return Err(AppError::validation("decision", "Confirm or override.")),
            };
            let reason = override_reason.unwrap_or_default();
            osha::confirm_decision(&ctx::state()?, &ctx::user()?, case_id, overrule, &reason).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "classify_case")]
pub async fn classify_case(
    case_id: i64,
    death: Option<String>,
    date_of_death: Option<String>,
    away_periods: String,
    restricted_periods: String,
    recommended_away: Option<String>,
    recommended_restricted: Option<String>,
) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let input = osha::ClassifyInput {
                death: death.is_some_and(|d| !d.is_empty() && d != "false"),
                date_of_death: date_of_death.unwrap_or_default(),
                away_periods,
                restricted_periods,
                recommended_away: recommended_away.unwrap_or_default(),
                recommended_restricted: recommended_restricted.unwrap_or_default(),
            };
            osha::classify_case(&ctx::state()?, &ctx::user()?, case_id, input).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "set_privacy")]
pub async fn set_privacy(case_id: i64, privacy_reason: String) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(async { osha::set_privacy(&ctx::state()?, &ctx::user()?, case_id, &privacy_reason).await }.await)
}

#[server(prefix = "/sfn", endpoint = "save_301")]
pub async fn save_301(
    case_id: i64,
    employee_street: String,
    employee_city: String,
    employee_state: String,
    employee_zip: String,
    date_of_birth: String,
    date_hired: String,
    sex: Option<String>,
    physician: String,
    facility: String,
    emergency_room: Option<String>,
    hospitalized: Option<String>,
    time_began_work: String,
    time_of_event: String,
    before_incident: String,
    what_happened: String,
    object_substance: String,
) -> Result<CaseDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let f = osha::Form301 {
                employee_street,
                employee_city,
                employee_state,
                employee_zip,
                date_of_birth,
                date_hired,
                sex: sex.unwrap_or_default(),
                physician,
                facility,
                emergency_room: emergency_room.unwrap_or_default(),
                hospitalized: hospitalized.unwrap_or_default(),
                time_began_work,
                time_of_event,
                before_incident,
                what_happened,
                object_substance,
            };
            osha::save_301(&ctx::state()?, &ctx::user()?, case_id, f).await
        }
        .await,
    )
}

/// Deletes a case; refused (409) within the 5-year retention.
#[server(prefix = "/sfn", endpoint = "delete_case")]
pub async fn delete_case(case_id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(async { osha::delete_case(&ctx::state()?, &ctx::user()?, case_id).await }.await)
}

/// One page of the year's 300 log (from 1; 100 rows) with the year's totals.
#[server(prefix = "/sfn", endpoint = "osha_log", input = GetUrl)]
pub async fn osha_log(year: Option<i32>, page: Option<u32>) -> Result<Log300Dto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            let (year, page) = (year_or_now(&state, year), page.unwrap_or(1));
            backend::services::records::osha::reports::log_page(&state, &user, site, year, page).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "osha_summary", input = GetUrl)]
pub async fn osha_summary(year: Option<i32>) -> Result<SummaryDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            backend::services::records::osha::reports::summary(&state, &user, site, year_or_now(&state, year)).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "privacy_list", input = GetUrl)]
pub async fn privacy_list(year: Option<i32>) -> Result<Vec<PrivacyRowDto>, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            backend::services::records::osha::reports::privacy_list(&state, &user, site, year_or_now(&state, year))
                .await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "ita_check", input = GetUrl)]
pub async fn ita_check(year: Option<i32>) -> Result<ItaCheckDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            backend::services::records::osha::reports::ita_check(&state, &user, site, year_or_now(&state, year)).await
        }
        .await,
    )
}

/// Records that the year's ITA electronic submission was made (OSHA-8: due March 2).
#[server(prefix = "/sfn", endpoint = "mark_ita_submitted")]
pub async fn mark_ita_submitted(year: i32, submitted_on: String) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::osha;
    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            osha::mark_ita_submitted(&state, &user, site, year, &submitted_on).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "osha_rates", input = GetUrl)]
pub async fn osha_rates(year: Option<i32>) -> Result<RatesReportDto, AppError> {
    use crate::api::ctx;

    ctx::finish(
        async {
            let (state, user, site) = here().await?;
            backend::services::records::osha::reports::rates_report(&state, &user, site, year_or_now(&state, year))
                .await
        }
        .await,
    )
}
