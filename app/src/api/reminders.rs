//! Reminders: the inbox behind the bell, preferences, the current site's policies, the outbox.
// Server functions take one argument per form field.
#![allow(clippy::too_many_arguments)]
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use contract::dto::reminders::{InboxPage, OutboxPage, PoliciesPage, PolicyDto, PreferencesDto};
use contract::error::AppError;

/// The signed-in user's reminders, newest first (20 a page).
#[server(prefix = "/sfn", endpoint = "reminder_inbox", input = GetUrl)]
pub async fn reminder_inbox(unread_only: Option<bool>, page: Option<i64>) -> Result<InboxPage, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            reminders::inbox(&state, &user, unread_only.unwrap_or(false), page.unwrap_or(1), 20).await
        }
        .await,
    )
}

/// Marks one reminder read; returns how many are still unread.
#[server(prefix = "/sfn", endpoint = "mark_reminder_read")]
pub async fn mark_reminder_read(id: i64) -> Result<i64, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(async { reminders::mark_read(&ctx::state()?, &ctx::user()?, Some(id)).await }.await)
}

#[server(prefix = "/sfn", endpoint = "mark_all_reminders_read")]
pub async fn mark_all_reminders_read() -> Result<i64, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(async { reminders::mark_read(&ctx::state()?, &ctx::user()?, None).await }.await)
}

#[server(prefix = "/sfn", endpoint = "reminder_preferences", input = GetUrl)]
pub async fn reminder_preferences() -> Result<PreferencesDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(async { reminders::preferences(&ctx::state()?, &ctx::user()?).await }.await)
}

/// Which reminder types come by e-mail (a ticked box per type), the digest hour and the site
/// whose time zone it is in.
#[server(prefix = "/sfn", endpoint = "save_reminder_preferences")]
pub async fn save_reminder_preferences(
    digest_hour: String,
    tz_site_id: Option<String>,
    email_work_order: Option<String>,
    email_pm: Option<String>,
    email_cil_round: Option<String>,
    email_tag: Option<String>,
    email_capa: Option<String>,
    email_audit: Option<String>,
    email_evidence: Option<String>,
    email_certificate: Option<String>,
    email_person_cert: Option<String>,
    email_osha_recording: Option<String>,
    email_osha_300a: Option<String>,
    email_osha_ita: Option<String>,
) -> Result<PreferencesDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    use domain::reminder::ItemType;
    ctx::finish(
        async {
            let ticked = [
                (ItemType::WorkOrder, email_work_order),
                (ItemType::Pm, email_pm),
                (ItemType::CilRound, email_cil_round),
                (ItemType::Tag, email_tag),
                (ItemType::Capa, email_capa),
                (ItemType::Audit, email_audit),
                (ItemType::Evidence, email_evidence),
                (ItemType::Certificate, email_certificate),
                (ItemType::PersonCert, email_person_cert),
                (ItemType::OshaRecording, email_osha_recording),
                (ItemType::Osha300a, email_osha_300a),
                (ItemType::OshaIta, email_osha_ita),
            ];
            let tz_site_id = ctx::optional_id("tz_site_id", tz_site_id.as_deref(), "Choose a site.")?;
            let input = reminders::PrefsInput {
                email_types: ticked
                    .into_iter()
                    .filter(|(_, v)| v.as_deref().is_some_and(|v| !v.is_empty()))
                    .map(|(t, _)| t.code().to_string())
                    .collect(),
                digest_hour,
                tz_site_id,
            };
            let saved = reminders::save_preferences(&ctx::state()?, &ctx::user()?, input).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect("/profile?saved=reminders#reminders");
            }
            Ok(saved)
        }
        .await,
    )
}

/// The current site's reminder policies.
#[server(prefix = "/sfn", endpoint = "reminder_policies", input = GetUrl)]
pub async fn reminder_policies() -> Result<PoliciesPage, AppError> {
    use crate::api::ctx;
    use backend::repo;
    use backend::services::records::reminders;
    use domain::authz::{Permission, Target};
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let name = repo::sites::by_id(&state.db, site).await?.map(|s| s.name).unwrap_or_default();
            Ok(PoliciesPage {
                site_id: site,
                site_name: name,
                can_manage: user.can(Target::Site(site), Permission::ManageReminders, state.today()),
                policies: reminders::policies(&state, &user, site).await?,
            })
        }
        .await,
    )
}

/// Changes how one item type is reminded on the current site.
#[server(prefix = "/sfn", endpoint = "save_reminder_policy")]
pub async fn save_reminder_policy(
    item_type: String,
    days_before: String,
    daily_overdue: Option<String>,
    escalate_after_days: String,
) -> Result<PolicyDto, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(
        async {
            let (state, user) = (ctx::state()?, ctx::user()?);
            let site = backend::services::access::current_site_id(&state, &user).await?;
            let input = reminders::PolicyInput {
                days_before,
                daily_overdue: daily_overdue.is_some_and(|v| !v.is_empty()),
                escalate_after_days,
            };
            let saved = reminders::save_policy(&state, &user, site, &item_type, input).await?;
            if ctx::is_form_post() {
                leptos_axum::redirect(&format!("/reminders?saved={0}#policy-{0}", saved.item_type));
            }
            Ok(saved)
        }
        .await,
    )
}

/// The outbox (organisation administrators), optionally in one state.
#[server(prefix = "/sfn", endpoint = "outbox_page", input = GetUrl)]
pub async fn outbox_messages(state: Option<String>, page: Option<i64>) -> Result<OutboxPage, AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(
        async {
            let (app, user) = (ctx::state()?, ctx::user()?);
            reminders::outbox(&app, &user, state.as_deref(), page.unwrap_or(1), 50).await
        }
        .await,
    )
}

#[server(prefix = "/sfn", endpoint = "retry_outbox_message")]
pub async fn retry_outbox_message(id: i64) -> Result<(), AppError> {
    use crate::api::ctx;
    use backend::services::records::reminders;
    ctx::finish(async { reminders::retry(&ctx::state()?, &ctx::user()?, id).await }.await)
}
