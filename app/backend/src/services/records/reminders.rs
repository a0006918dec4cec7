//! Reminders for people: the inbox (the bell), each user's preferences, the sites' policies, an
//! item's pending plan, and the outbox for administrators.
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde_json::json;

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::repo::grants;
use crate::repo::reminder_items::DatedItem;
use crate::repo::reminder_items::{self, Select};
use crate::repo::reminders::{self as repo, NewReminder};
use crate::repo::{sites, users};
use crate::services::Caller;
use crate::services::access;
use crate::services::audit::{self, Change};
use crate::services::calendar::local_today;
use crate::state::AppState;
use contract::dto::reminders::{
    InboxPage, ItemPlanDto, OutboxDto, OutboxPage, PlannedDto, PolicyDto, PreferencesDto, ReminderDto, TypeChoice,
    ZoneChoice,
};
use contract::error::AppError;
use domain::authz::{Permission, Role, Target, permits};
use domain::reminder::{ItemType, Kind, Policy, Preferences, parse_digest_hour, plan};
use domain::validation::FieldErrors;

// --- inbox -----------------------------------------------------------------------------------

fn reminder_dto(r: repo::ReminderRow, site_names: &HashMap<i64, String>) -> ReminderDto {
    let t = ItemType::parse(&r.item_type);
    let k = Kind::parse(&r.kind);
    ReminderDto {
        id: r.id,
        site_id: r.site_id,
        site_name: site_names.get(&r.site_id).cloned().unwrap_or_default(),
        item_type_label: t.map(|t| t.label().to_string()).unwrap_or_default(),
        item_type: r.item_type,
        item_id: r.item_id,
        due_on: r.due_on,
        says: t.zip(k).map(|(t, k)| k.describe(t)).unwrap_or_default(),
        urgency: k
            .map(|k| serde_json::to_value(k.urgency()).ok().and_then(|v| v.as_str().map(str::to_string)))
            .unwrap_or_default()
            .unwrap_or_default(),
        kind: r.kind,
        required: r.required,
        title: r.title,
        link: r.link,
        planned_on: r.planned_on,
        read: r.read_at.is_some(),
        email_state: r.email_state,
    }
}

async fn site_names(state: &AppState) -> Result<HashMap<i64, String>, AppError> {
    Ok(sites::all(&state.db).await?.into_iter().map(|s| (s.id, s.name)).collect())
}

/// The signed-in user's reminders for open items, newest first.
pub async fn inbox(
    state: &AppState,
    user: &CurrentUser,
    unread_only: bool,
    page: i64,
    per_page: i64,
) -> Result<InboxPage, AppError> {
    let p = repo::inbox(&state.db, user.id, unread_only, page, per_page).await?;
    let names = site_names(state).await?;
    let unread = repo::unread_count(&state.db, user.id).await? as i64;
    let (offset, limit) = crate::repo::paging(page, per_page);
    Ok(InboxPage {
        items: p.items.into_iter().map(|r| reminder_dto(r, &names)).collect(),
        total: p.total as i64,
        unread,
        page: (offset / limit) as i64 + 1,
        per_page: limit as i64,
    })
}

/// The count on the bell.
pub async fn unread(state: &AppState, user: &CurrentUser) -> Result<i64, AppError> {
    Ok(repo::unread_count(&state.db, user.id).await? as i64)
}

/// Marks one of the user's reminders read (404 if it is not theirs), or all with None; returns
/// how many are still unread.
pub async fn mark_read(state: &AppState, user: &CurrentUser, id: Option<i64>) -> Result<i64, AppError> {
    if let Some(id) = id {
        let r = repo::by_id(&state.db, id).await?.filter(|r| r.user_id == user.id).ok_or(AppError::NotFound)?;
        if r.read_at.is_some() {
            return unread(state, user).await;
        }
    }
    repo::mark_read(&state.db, user.id, id, state.now()).await?;
    unread(state, user).await
}

// --- preferences -----------------------------------------------------------------------------

pub async fn preferences(state: &AppState, user: &CurrentUser) -> Result<PreferencesDto, AppError> {
    let now = state.now();
    repo::ensure_prefs(&state.db, &[user.id], now).await?;
    let row = repo::prefs(&state.db, &[user.id]).await?.remove(&user.id).ok_or(AppError::NotFound)?;
    let off = Preferences::parse_email_off(&row.email_off);
    let zones: Vec<ZoneChoice> = crate::services::access::sites(&state.db, user, state.today())
        .await?
        .into_iter()
        .map(|s| ZoneChoice {
            site_id: s.site.id,
            label: format!("{} · {} ({})", s.site.code, s.site.name, s.site.timezone),
            timezone: s.site.timezone,
        })
        .collect();
    let tz_site = row.tz_site_id.filter(|id| zones.iter().any(|z| z.site_id == *id));
    let timezone = tz_site
        .or_else(|| zones.iter().map(|z| z.site_id).min())
        .and_then(|id| zones.iter().find(|z| z.site_id == id))
        .map_or_else(|| "UTC".to_string(), |z| z.timezone.clone());
    Ok(PreferencesDto {
        types: ItemType::ALL
            .into_iter()
            .map(|t| TypeChoice { item_type: t.code().into(), label: t.label().into(), email: !off.contains(&t) })
            .collect(),
        digest_hour: row.digest_hour,
        tz_site_id: tz_site,
        timezone,
        zones,
        note: "Escalations to you as a site's manager always come by e-mail.".into(),
    })
}

pub struct PrefsInput {
    /// Item type codes that come by e-mail; the others only in the inbox.
    pub email_types: Vec<String>,
    pub digest_hour: String,
    pub tz_site_id: Option<i64>,
}

pub async fn save_preferences(
    state: &AppState,
    user: &CurrentUser,
    input: PrefsInput,
) -> Result<PreferencesDto, AppError> {
    let now = state.now();
    let mut e = FieldErrors::new();
    let hour = e.check("digest_hour", parse_digest_hour(&input.digest_hour));
    let mut on = Vec::new();
    for code in &input.email_types {
        match ItemType::parse(code) {
            Some(t) => on.push(t),
            None => e.add("email_types", format!("'{code}' is not a reminder type.")),
        }
    }
    if let Some(site) = input.tz_site_id
        && !user.can(Target::Site(site), Permission::ViewSite, state.today())
    {
        e.add("tz_site_id", "Choose one of your sites.");
    }
    e.into_result()?;
    let p = Preferences {
        email_off: ItemType::ALL.into_iter().filter(|t| !on.contains(t)).collect(),
        digest_hour: hour.unwrap_or_default(),
    };
    let txn = begin_write(&state.db).await?;
    repo::save_prefs(&txn, user.id, &p.email_off_text(), p.digest_hour, input.tz_site_id, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("reminder_pref.update", "app_user", user.id).after(json!({
            "email_off": p.email_off_text(), "digest_hour": p.digest_hour, "tz_site_id": input.tz_site_id})),
    )
    .await?;
    txn.commit().await?;
    preferences(state, user).await
}

/// The one-click unsubscribe of a digest (RFC 8058): every optional reminder e-mail off for the
/// token's owner; escalations still come. False for an unknown token.
pub async fn unsubscribe(state: &AppState, token: &str) -> Result<bool, AppError> {
    let token = token.trim();
    if token.is_empty() || token.len() > 100 {
        return Ok(false);
    }
    let Some(row) = repo::pref_by_token(&state.db, token).await? else { return Ok(false) };
    let Some(owner) = users::by_id(&state.db, row.user_id).await? else { return Ok(false) };
    let now = state.now();
    let off = Preferences { email_off: Preferences::unsubscribed(), digest_hour: 0 }.email_off_text();
    let hour = u8::try_from(row.digest_hour).unwrap_or(domain::reminder::DEFAULT_DIGEST_HOUR);
    let txn = begin_write(&state.db).await?;
    repo::save_prefs(&txn, row.user_id, &off, hour, row.tz_site_id, now).await?;
    audit::record(
        &txn,
        &Actor { user_id: Some(owner.id), label: format!("{} (unsubscribe link)", owner.email) },
        now,
        Change::new("reminder_pref.unsubscribe", "app_user", owner.id).after(json!({"email_off": off})),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

// --- policies --------------------------------------------------------------------------------

fn policy_dto(site_id: i64, t: ItemType, p: &Policy, customised: bool) -> PolicyDto {
    PolicyDto {
        site_id,
        item_type: t.code().into(),
        label: t.label().into(),
        days_before: p.days_before.clone(),
        daily_overdue: p.daily_overdue,
        escalate_after_days: p.escalate_after_days,
        customised,
    }
}

/// Every item type's policy on a site (anyone who sees the site may read them).
pub async fn policies(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<PolicyDto>, AppError> {
    sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(site_id), Permission::ViewSite, state.today())?;
    Ok(repo::policies(&state.db, site_id).await?.iter().map(|(t, p, c)| policy_dto(site_id, *t, p, *c)).collect())
}

pub struct PolicyInput {
    pub days_before: String,
    pub daily_overdue: bool,
    pub escalate_after_days: String,
}

pub async fn save_policy(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    item_type: &str,
    input: PolicyInput,
) -> Result<PolicyDto, AppError> {
    let now = state.now();
    sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    Caller::User(user).require(Target::Site(site_id), Permission::ManageReminders, state.today())?;
    let t = ItemType::parse(item_type).ok_or_else(|| AppError::validation("item_type", "Unknown reminder type."))?;
    // the page lists every type's form: the messages say which one they are about
    let p = Policy::parse(&input.days_before, input.daily_overdue, &input.escalate_after_days).map_err(|mut e| {
        e.0.values_mut().for_each(|m| *m = format!("{}: {m}", t.label()));
        AppError::Validation(e)
    })?;
    let before = repo::policies(&state.db, site_id).await?.into_iter().find(|(x, _, _)| *x == t).map(|(_, p, _)| p);
    let txn = begin_write(&state.db).await?;
    repo::save_policy(&txn, site_id, t, &p, Some(user.id), now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("reminder_policy.update", "reminder_policy", format!("{site_id}/{}", t.code()))
            .site(Some(site_id))
            .before(before)
            .after(&p),
    )
    .await?;
    txn.commit().await?;
    Ok(policy_dto(site_id, t, &p, true))
}

// --- an item's plan --------------------------------------------------------------------------

/// How far past its date an item's pending plan is shown.
const PLAN_HORIZON_DAYS: u32 = 14;

/// The reminders still to go out for an item under its site's policy, from today to two weeks
/// past its date, with their recipients; nothing once it is completed or renewed, and no step the
/// reminder run has already made.
pub async fn item_plan(
    state: &AppState,
    user: &CurrentUser,
    item_type: &str,
    item_id: i64,
) -> Result<ItemPlanDto, AppError> {
    let t = ItemType::parse(item_type).ok_or_else(|| AppError::validation("item_type", "Unknown reminder type."))?;
    let site_id = reminder_items::site_of(&state.db, t, item_id).await?.ok_or(AppError::NotFound)?;
    let site = sites::by_id(&state.db, site_id).await?.ok_or(AppError::NotFound)?;
    let today = local_today(&site.timezone, state.now());
    access::reminder_item(user, t, site_id, today)?;
    let (_, policy, customised) =
        repo::policies(&state.db, site_id).await?.into_iter().find(|(x, _, _)| *x == t).ok_or(AppError::NotFound)?;
    // a CIL round or an OSHA deadline is one per site: its current occurrence
    let found = reminder_items::items(&state.db, t, site_id, today, &Select::Ids(vec![item_id])).await?;
    let item = found.into_iter().max_by_key(|i| i.due);
    let mut planned = Vec::new();
    if let Some(item) = &item {
        let people = SitePeople::load(state, site_id, today).await?;
        let made = repo::kinds_made(&state.db, t, item.item_id, item.due).await?;
        let steps: Vec<_> = plan(&policy, item.due, false, today, PLAN_HORIZON_DAYS)
            .into_iter()
            .filter(|s| !made.contains(&s.kind.code()))
            .collect();
        let mut ids: Vec<i64> = Vec::new();
        let mut rows = Vec::new();
        for step in &steps {
            let to: Vec<i64> =
                reminders_for(item, &[step.kind], &people, step.on).into_iter().map(|r| r.user_id).collect();
            ids.extend(&to);
            rows.push((step, to));
        }
        let names: HashMap<i64, String> =
            users::by_ids(&state.db, &ids).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
        planned = rows
            .into_iter()
            .map(|(step, to)| PlannedDto {
                on: step.on,
                kind: step.kind.code(),
                says: step.kind.describe(t),
                required: step.kind.required(),
                to: to.iter().filter_map(|id| names.get(id).cloned()).collect(),
            })
            .collect();
    }
    Ok(ItemPlanDto {
        item_type: t.code().into(),
        item_id,
        site_id,
        open: item.is_some(),
        due: item.as_ref().map(|i| i.due),
        title: item.as_ref().map(|i| i.title.clone()).unwrap_or_default(),
        policy: policy_dto(site_id, t, &policy, customised),
        planned,
    })
}

// --- outbox ----------------------------------------------------------------------------------

fn outbox_dto(r: repo::OutboxRow) -> OutboxDto {
    OutboxDto {
        id: r.id,
        to: r.to_addr,
        subject: r.subject,
        message_id: r.message_id,
        state: r.state,
        attempts: r.attempts,
        next_attempt_at: r.next_attempt_at,
        last_reply: r.last_reply,
        created_at: r.created_at,
        sent_at: r.sent_at,
    }
}

/// Every message, newest first (organisation administrators).
pub async fn outbox(
    state: &AppState,
    user: &CurrentUser,
    state_filter: Option<&str>,
    page: i64,
    per_page: i64,
) -> Result<OutboxPage, AppError> {
    Caller::User(user).require(Target::Org, Permission::ViewOutbox, state.today())?;
    let filter = match state_filter.map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(s @ ("pending" | "sending" | "sent" | "failed")) => Some(s),
        Some(_) => return Err(AppError::validation("state", "Use pending, sending, sent or failed.")),
    };
    let p = repo::outbox(&state.db, filter, page, per_page).await?;
    let counts: HashMap<String, i64> = repo::outbox_counts(&state.db).await?.into_iter().collect();
    let (offset, limit) = crate::repo::paging(page, per_page);
    Ok(OutboxPage {
        items: p.items.into_iter().map(outbox_dto).collect(),
        total: p.total as i64,
        page: (offset / limit) as i64 + 1,
        per_page: limit as i64,
        smtp_configured: state.mailer.configured(),
        smtp_server: state.mailer.describe(),
        pending: counts.get("pending").copied().unwrap_or(0) + counts.get("sending").copied().unwrap_or(0),
        sent: counts.get("sent").copied().unwrap_or(0),
        failed: counts.get("failed").copied().unwrap_or(0),
    })
}

/// Sends a failed message again from the next run.
pub async fn retry(state: &AppState, user: &CurrentUser, id: i64) -> Result<(), AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Org, Permission::ViewOutbox, state.today())?;
    let msg = repo::outbox_by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let txn = begin_write(&state.db).await?;
    if !repo::retry(&txn, id, now).await? {
        return Err(AppError::Conflict(format!("Only a failed message can be retried; this one is {}.", msg.state)));
    }
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("outbox.retry", "outbox", id).before(json!({"state": msg.state, "last_reply": msg.last_reply})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The people of one site: who may see it, and who holds which role there.
pub struct SitePeople {
    can_view: HashSet<i64>,
    by_role: HashMap<Role, Vec<i64>>,
}

impl SitePeople {
    pub async fn load(state: &AppState, site_id: i64, today: NaiveDate) -> Result<SitePeople, AppError> {
        let ids = grants::user_ids_on_site(&state.db, site_id).await?;
        let active: HashSet<i64> =
            users::by_ids(&state.db, &ids).await?.into_iter().filter(|u| u.active).map(|u| u.id).collect();
        let mut by_user: HashMap<i64, Vec<domain::authz::Grant>> = HashMap::new();
        for row in grants::for_users(&state.db, &ids).await? {
            if let Some(g) = grants::to_domain(&row) {
                by_user.entry(row.user_id).or_default().push(g);
            }
        }
        let mut can_view = HashSet::new();
        let mut by_role: HashMap<Role, Vec<i64>> = HashMap::new();
        for (user, gs) in &by_user {
            if !active.contains(user) || !permits(gs, Target::Site(site_id), Permission::ViewSite, today) {
                continue;
            }
            can_view.insert(*user);
            for g in gs.iter().filter(|g| g.active_on(today) && g.covers(site_id)) {
                by_role.entry(g.role).or_default().push(*user);
            }
        }
        for v in by_role.values_mut() {
            v.sort_unstable();
            v.dedup();
        }
        Ok(SitePeople { can_view, by_role })
    }

    fn holding(&self, roles: &[Role]) -> Vec<i64> {
        let mut out: Vec<i64> = roles.iter().flat_map(|r| self.by_role.get(r).cloned().unwrap_or_default()).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The item's owners who can still see the site; else the people holding the roles that
    /// answer for such items there; else the site's administrators.
    pub fn recipients(&self, item: &DatedItem) -> Vec<i64> {
        let owners: Vec<i64> = item.owners.iter().copied().filter(|u| self.can_view.contains(u)).collect();
        if !owners.is_empty() {
            return owners;
        }
        let roles = if item.item_type == ItemType::CilRound && !item.roles.is_empty() {
            item.roles.clone()
        } else {
            usual_roles(item.item_type).to_vec()
        };
        let people = self.holding(&roles);
        if people.is_empty() { self.holding(&[Role::Admin]) } else { people }
    }

    /// The responsible manager(s) an escalation goes to: the site's managers, else its
    /// administrators.
    pub fn managers(&self) -> Vec<i64> {
        let m = self.holding(&[Role::Manager]);
        if m.is_empty() { self.holding(&[Role::Admin]) } else { m }
    }
}

/// Who answers for an item that has no owner of its own.
fn usual_roles(t: ItemType) -> &'static [Role] {
    match t {
        ItemType::OshaRecording | ItemType::Osha300a | ItemType::OshaIta => &[Role::EhsOfficer],
        ItemType::CilRound => &[Role::Operator],
        _ => &[Role::Manager],
    }
}

/// The reminders an item gets today under `policy`: each kind to its recipients (an escalation
/// to the managers, who then get no separate overdue line for it).
pub fn reminders_for(item: &DatedItem, kinds: &[Kind], people: &SitePeople, today: NaiveDate) -> Vec<NewReminder> {
    let escalated: Vec<i64> =
        if kinds.iter().any(|k| matches!(k, Kind::Escalation(_))) { people.managers() } else { vec![] };
    let owners = people.recipients(item);
    let mut out = Vec::new();
    for k in kinds {
        let to: Vec<i64> = match k {
            Kind::Escalation(_) => escalated.clone(),
            _ => owners.iter().copied().filter(|u| !escalated.contains(u)).collect(),
        };
        for user_id in to {
            out.push(NewReminder {
                site_id: item.site_id,
                user_id,
                item_type: item.item_type,
                item_id: item.item_id,
                due_on: item.due,
                kind: k.code(),
                required: k.required(),
                title: item.title.clone(),
                link: item.link.clone(),
                planned_on: today,
            });
        }
    }
    out
}
