//! Reminders: one step of the job, in three parts, each safe to cut off at any point and to run
//! on several instances at once.
//!
//! 1. Plan: once per site and local day (the `reminder_run` key), the dated items whose date
//!    falls on a reminder day of the site's policy become reminders for their owners (and, when
//!    escalated, the site's managers). The day's key and its reminders commit together.
//! 2. Compose: from each recipient's digest hour (in their time zone), the reminders still open
//!    are checked against their items, and those they get by e-mail become one digest in the
//!    outbox; the reminders are taken in the same transaction, so each is e-mailed once.
//! 3. Deliver: each outbox message is claimed in the database, sent over SMTP, and marked sent,
//!    retried with backoff (4xx, timeouts, connection failures) or failed. A process that dies
//!    between the server's 250 and our commit leaves a claim that expires; the message then goes
//!    again with the same Message-ID.
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

use crate::db::begin_write;
use crate::mail::{Compose, SendError};
use crate::repo::reminder_items::{self, Select};
use crate::repo::reminders::{self as repo, Waiting};
use crate::repo::{grants, sites, users};
use crate::services::calendar::local_today;
use crate::services::records::reminders::{SitePeople, reminders_for};
use crate::state::AppState;
use crate::token::random_hex;
use contract::error::AppError;
use domain::digest::{Counts, DigestItem, DigestLinks, MAX_LISTED, compose_listed, listing_order};
use domain::reminder::{
    ItemType, Kind, Preferences, digest_due, digest_message_id, digest_through, due_today, message_id, retry_delay,
};

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RunReport {
    pub sites_planned: u32,
    pub reminders: u64,
    pub digests: u32,
    pub sent: u32,
    pub retried: u32,
    pub failed: u32,
}

pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<RunReport, AppError> {
    let mut report = RunReport::default();
    let planned = plan(state, now, &mut report).await;
    // the bell of whoever got a reminder (sessions read before show the old count)
    state.sessions.forget_all();
    planned?;
    compose_digests(state, now, &mut report).await?;
    deliver(state, &mut report).await?;
    Ok(report)
}

// --- who gets what ----------------------------------------------------------------------------

// --- 1. plan ----------------------------------------------------------------------------------

/// A plan this large changes the reminder table enough to refresh the database's statistics.
const ANALYZE_AFTER: u64 = 10_000;

pub async fn plan(state: &AppState, now: DateTime<Utc>, report: &mut RunReport) -> Result<(), AppError> {
    for site in sites::all(&state.db).await? {
        let today = local_today(&site.timezone, now);
        if repo::run_exists(&state.db, site.id, today).await? {
            continue;
        }
        let mut rows = Vec::new();
        let people = SitePeople::load(state, site.id, today).await?;
        for (t, policy, _) in repo::policies(&state.db, site.id).await? {
            let started = std::time::Instant::now();
            let sel = Select::for_policy(&policy, today);
            let items = reminder_items::items(&state.db, t, site.id, today, &sel).await?;
            let before = rows.len();
            for item in &items {
                let kinds = due_today(&policy, item.due, false, today);
                if !kinds.is_empty() {
                    rows.extend(reminders_for(item, &kinds, &people, today));
                }
            }
            tracing::debug!(
                site = site.id,
                item_type = t.code(),
                items = items.len(),
                reminders = rows.len() - before,
                ms = started.elapsed().as_millis() as u64,
                "reminder plan"
            );
        }
        let started = std::time::Instant::now();
        let txn = begin_write(&state.db).await?;
        if !repo::start_run(&txn, site.id, today, now).await? {
            txn.rollback().await?;
            continue;
        }
        let added = repo::insert_reminders(&txn, &rows, now).await?;
        tracing::debug!(site = site.id, added, ms = started.elapsed().as_millis() as u64, "reminders inserted");
        repo::supersede(&txn, site.id, today, now).await?;
        repo::finish_run(&txn, site.id, today, added).await?;
        txn.commit().await?;
        tracing::debug!(site = site.id, added, ms = started.elapsed().as_millis() as u64, "reminders written");
        if added >= ANALYZE_AFTER {
            repo::refresh_statistics(&state.db).await?;
        }
        report.sites_planned += 1;
        report.reminders += added;
    }
    Ok(())
}

// --- 2. compose -------------------------------------------------------------------------------

/// A reminder going out by e-mail, with its parsed type and kind.
type Mail = (Waiting, ItemType, Kind);

/// One recipient's digest in the making: their reminders going out, most urgent first, and the
/// bounds the queue takes them by (the last id read for them, the last day planned that is due).
struct Digest {
    user_id: i64,
    local_now: NaiveDateTime,
    mail: Vec<Mail>,
    through_id: i64,
    planned_through: NaiveDate,
}

/// How many reminders one run puts into digests at most (the rest wait for the next run).
const COMPOSE_BATCH: u64 = 1_000_000;

pub async fn compose_digests(state: &AppState, now: DateTime<Utc>, report: &mut RunReport) -> Result<(), AppError> {
    // who has reminders waiting, since which day: most runs stop here, before anyone's hour
    let begun = std::time::Instant::now();
    let waiting = repo::waiting_by_user(&state.db).await?;
    tracing::debug!(users = waiting.len(), ms = begun.elapsed().as_millis() as u64, "digest recipients read");
    if waiting.is_empty() {
        return Ok(());
    }
    let site_list = sites::all(&state.db).await?;
    let site_by_id: HashMap<i64, &sites::Site> = site_list.iter().map(|s| (s.id, s)).collect();
    let user_ids: Vec<i64> = waiting.iter().map(|(u, _)| *u).collect();
    repo::ensure_prefs(&state.db, &user_ids, now).await?;
    let prefs = repo::prefs(&state.db, &user_ids).await?;
    let people: HashMap<i64, users::User> =
        users::by_ids(&state.db, &user_ids).await?.into_iter().map(|u| (u.id, u)).collect();
    let mut first_site: HashMap<i64, i64> = HashMap::new();
    let mut all_sites: Vec<i64> = site_list.iter().map(|s| s.id).collect();
    all_sites.sort_unstable();
    for g in grants::for_users(&state.db, &user_ids).await? {
        if let Some(s) = g.site_id.or_else(|| all_sites.first().copied()) {
            let e = first_site.entry(g.user_id).or_insert(s);
            *e = (*e).min(s);
        }
    }
    // each recipient's preferences and local time (their chosen site's time zone, else their first site's)
    let clock_of = |user_id: i64| {
        let pref = prefs.get(&user_id);
        let p = Preferences {
            email_off: pref.map(|p| Preferences::parse_email_off(&p.email_off)).unwrap_or_default(),
            digest_hour: pref.map_or(domain::reminder::DEFAULT_DIGEST_HOUR, |p| p.digest_hour.clamp(0, 23) as u8),
        };
        let tz_site = pref.and_then(|p| p.tz_site_id).or_else(|| first_site.get(&user_id).copied());
        let tz = tz_site.and_then(|s| site_by_id.get(&s)).map_or("UTC", |s| s.timezone.as_str());
        let local_now = match tz.parse::<chrono_tz::Tz>() {
            Ok(tz) => now.with_timezone(&tz).naive_local(),
            Err(_) => now.naive_utc(),
        };
        (p, local_now)
    };
    let ready_users: Vec<i64> = waiting
        .iter()
        .filter(|(u, first)| {
            let (p, local_now) = clock_of(*u);
            digest_due(local_now, *first, p.digest_hour)
        })
        .map(|(u, _)| *u)
        .collect();
    if ready_users.is_empty() {
        return Ok(());
    }
    let started = std::time::Instant::now();
    let pending = repo::pending_email(&state.db, &ready_users, COMPOSE_BATCH).await?;
    tracing::debug!(reminders = pending.len(), ms = started.elapsed().as_millis() as u64, "digest reminders read");
    let mut by_user: BTreeMap<i64, Vec<Waiting>> = BTreeMap::new();
    for r in pending {
        by_user.entry(r.user_id).or_default().push(r);
    }
    let domain = state.mailer.domain();
    let base = state.config.base_url.clone();

    // what each recipient gets by e-mail now, most urgent first
    let mut digests: Vec<Digest> = Vec::new();
    for (user_id, list) in by_user {
        let (p, local_now) = clock_of(user_id);
        if !people.get(&user_id).is_some_and(|u| u.active) {
            repo::skip_email(&state.db, &list.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
            continue;
        }
        let through_id = list.iter().map(|r| r.id).max().unwrap_or_default();
        let mut mail = Vec::new();
        let mut skip = Vec::new();
        for r in list.into_iter().filter(|r| digest_due(local_now, r.planned_on, p.digest_hour)) {
            match (ItemType::parse(&r.item_type), Kind::parse(&r.kind)) {
                (Some(t), Some(k)) if p.emails(t, k) => mail.push((r, t, k)),
                _ => skip.push(r.id),
            }
        }
        repo::skip_email(&state.db, &skip).await?;
        mail.sort_by_key(|(r, _, k)| (listing_order(*k, r.due_on), r.id));
        if !mail.is_empty() {
            let planned_through = digest_through(local_now, p.digest_hour);
            digests.push(Digest { user_id, local_now, mail, through_id, planned_through });
        }
    }
    // the items a digest lists are checked against their records first (the rest are counted)
    let listed: Vec<&Waiting> =
        digests.iter().flat_map(|d| d.mail.iter().take(MAX_LISTED).map(|(r, _, _)| r)).collect();
    tracing::debug!(digests = digests.len(), ms = started.elapsed().as_millis() as u64, "digests sorted");
    let stale = settled_since_planning(state, now, &listed, &site_by_id).await?;
    tracing::debug!(stale = stale.len(), ms = started.elapsed().as_millis() as u64, "digest items checked");

    for Digest { user_id, local_now, mut mail, through_id, planned_through } in digests {
        mail.retain(|(r, _, _)| !stale.contains(&r.id));
        let (Some(user), pref) = (people.get(&user_id), prefs.get(&user_id)) else { continue };
        if mail.is_empty() {
            continue;
        }
        // the digest lists the first of them (their titles read now) and counts them all
        let shown = &mail[..mail.len().min(MAX_LISTED)];
        let titles = repo::titles(&state.db, &shown.iter().map(|(r, _, _)| r.id).collect::<Vec<_>>()).await?;
        let items: Vec<DigestItem> = shown
            .iter()
            .map(|(r, t, k)| {
                let (title, link) = titles.get(&r.id).map_or(("", ""), |(t, l)| (t.as_str(), l.as_str()));
                DigestItem {
                    site: site_by_id.get(&r.site_id).map_or_else(|| "?".into(), |s| s.name.clone()),
                    item_type: *t,
                    kind: *k,
                    due: r.due_on,
                    title: title.to_string(),
                    url: format!("{base}{link}"),
                }
            })
            .collect();
        let optional = mail.iter().any(|(_, _, k)| !k.required());
        let unsubscribe = pref.filter(|_| optional).map(|p| format!("{base}/unsubscribe/{}", p.unsubscribe_token));
        let links = DigestLinks {
            inbox: format!("{base}/inbox"),
            preferences: format!("{base}/profile#reminders"),
            unsubscribe: unsubscribe.clone(),
        };
        // in the person's language, else their first site's default
        let site_language =
            first_site.get(&user_id).and_then(|s| site_by_id.get(s)).and_then(|s| s.language.as_deref());
        let lang = i18n::Lang::choose(user.language.as_deref(), site_language, None);
        let counts = Counts::of(mail.iter().map(|(_, _, k)| *k));
        let digest = compose_listed(lang, &user.display_name, &items.iter().collect::<Vec<_>>(), &counts, &links);
        let occurrences: Vec<String> =
            mail.iter().map(|(r, t, k)| message_id(t.code(), r.item_id, r.due_on, *k, user_id, &domain)).collect();
        let out = match state.mailer.build(Compose {
            to_name: &user.display_name,
            to: &user.email,
            subject: &digest.subject,
            text: digest.text,
            html: digest.html,
            message_id: digest_message_id(user_id, local_now.date(), &occurrences, &domain),
            unsubscribe: unsubscribe.as_deref(),
        }) {
            Ok(o) => o,
            Err(e) => {
                tracing::warn!(user_id, error = %e, "reminder digest not built; reminders stay in the inbox only");
                repo::skip_email(&state.db, &mail.iter().map(|(r, _, _)| r.id).collect::<Vec<_>>()).await?;
                continue;
            }
        };
        let listed: Vec<i64> = shown.iter().map(|(r, _, _)| r.id).collect();
        let txn = begin_write(&state.db).await?;
        let Some(outbox_id) = repo::insert_outbox(&txn, Some(user_id), &out, now).await? else {
            txn.rollback().await?;
            continue;
        };
        if repo::queue(&txn, user_id, &listed, outbox_id, through_id, planned_through).await? != mail.len() as u64 {
            // another instance took some of them first: it sends them
            txn.rollback().await?;
            continue;
        }
        txn.commit().await?;
        report.digests += 1;
    }
    tracing::debug!(ms = started.elapsed().as_millis() as u64, "digests queued");
    Ok(())
}

/// Checks reminders against their items' records: those whose item was completed, renewed or
/// moved to another date since planning are settled; their ids are returned.
async fn settled_since_planning(
    state: &AppState,
    now: DateTime<Utc>,
    reminders: &[&Waiting],
    site_by_id: &HashMap<i64, &sites::Site>,
) -> Result<HashSet<i64>, AppError> {
    let mut groups: BTreeMap<(String, i64), Vec<i64>> = BTreeMap::new();
    for r in reminders {
        groups.entry((r.item_type.clone(), r.site_id)).or_default().push(r.item_id);
    }
    let mut open: HashSet<(String, i64, NaiveDate)> = HashSet::new();
    for ((code, site_id), mut ids) in groups {
        let (Some(t), Some(site)) = (ItemType::parse(&code), site_by_id.get(&site_id)) else { continue };
        ids.sort_unstable();
        ids.dedup();
        let today = local_today(&site.timezone, now);
        for chunk in ids.chunks(500) {
            for i in reminder_items::items(&state.db, t, site_id, today, &Select::Ids(chunk.to_vec())).await? {
                open.insert((code.clone(), i.item_id, i.due));
            }
        }
    }
    let stale: HashSet<i64> = reminders
        .iter()
        .filter(|r| !open.contains(&(r.item_type.clone(), r.item_id, r.due_on)))
        .map(|r| r.id)
        .collect();
    if !stale.is_empty() {
        repo::settle_ids(&state.db, &stale.iter().copied().collect::<Vec<_>>(), now).await?;
    }
    Ok(stale)
}

// --- 3. deliver -------------------------------------------------------------------------------

/// How many messages one run tries at most.
const DELIVER_BATCH: usize = 500;

pub async fn deliver(state: &AppState, report: &mut RunReport) -> Result<(), AppError> {
    if !state.mailer.configured() {
        return Ok(());
    }
    let claimant = random_hex(8);
    let lease = Duration::from_std(state.config.smtp_timeout).unwrap_or(Duration::seconds(30)) + Duration::seconds(60);
    let mut seen = HashSet::new();
    while seen.len() < DELIVER_BATCH {
        let ids = repo::due_messages(&state.db, state.now(), 50).await?;
        let fresh: Vec<i64> = ids.into_iter().filter(|id| seen.insert(*id)).collect();
        if fresh.is_empty() {
            break;
        }
        for id in fresh {
            let t = state.now();
            if !repo::claim(&state.db, id, &claimant, t, t + lease).await? {
                continue;
            }
            let Some(msg) = repo::outbox_by_id(&state.db, id).await? else { continue };
            let result = state.mailer.send(&msg.to_addr, &msg.raw).await;
            let t = state.now();
            let attempts = u32::try_from(msg.attempts).unwrap_or(u32::MAX);
            match result {
                Ok(reply) => {
                    repo::settle_attempt(&state.db, id, &claimant, "sent", &reply, None, Some(t)).await?;
                    report.sent += 1;
                }
                Err(SendError::Temporary(why)) => match retry_delay(attempts) {
                    Some(wait) => {
                        repo::settle_attempt(&state.db, id, &claimant, "pending", &why, Some(t + wait), None).await?;
                        tracing::info!(outbox_id = id, attempts, reply = %why, "e-mail deferred; will retry");
                        report.retried += 1;
                    }
                    None => {
                        repo::settle_attempt(&state.db, id, &claimant, "failed", &why, None, None).await?;
                        tracing::warn!(outbox_id = id, attempts, reply = %why, "e-mail failed after the last attempt");
                        report.failed += 1;
                    }
                },
                Err(e) => {
                    let why = e.to_string();
                    repo::settle_attempt(&state.db, id, &claimant, "failed", &why, None, None).await?;
                    tracing::warn!(outbox_id = id, reply = %why, "e-mail refused");
                    report.failed += 1;
                }
            }
        }
    }
    Ok(())
}
