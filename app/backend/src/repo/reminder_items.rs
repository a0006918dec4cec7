//! The dated items reminders are about, read from each feature's tables: open work, actions,
//! audits, expiring evidence and certificates, OSHA deadlines. Either the items of a site whose
//! date falls on the days a policy reminds (planning), or given items by id (to check, before a
//! digest goes out, that they are still open and still due that day).
use std::collections::{HashMap, HashSet};

use chrono::{Duration, NaiveDate};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, QueryTrait};

use crate::entities::{
    abnormality_tag as tag, asset, capa_action as capa, cert_type, cil_check as chk, cil_point as pt, evidence as ev,
    inspection as ins, org_certificate as oc, osha_case as case, osha_establishment as est, osha_year as oy,
    person_cert as pc, work_order as wo, work_order_assignee as woa,
};
use crate::repo::work_orders::OPEN_STATUSES;
use domain::authz::Role;
use domain::capa::CapaStatus;
use domain::osha::deadlines;
use domain::reminder::{self, ItemType};
use domain::tpm::CilFrequency;

/// One item with a due or expiry date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedItem {
    pub item_type: ItemType,
    pub item_id: i64,
    pub site_id: i64,
    pub due: NaiveDate,
    pub title: String,
    /// Path in the app, e.g. `/work-orders/12`.
    pub link: String,
    /// Who answers for it (assignees, owner, audit lead, the certified person); empty: the
    /// type's usual roles on the site.
    pub owners: Vec<i64>,
    /// For CIL rounds: the roles the points name.
    pub roles: Vec<Role>,
}

/// Which items: the days a site's policy reminds on, or given ids.
#[derive(Debug, Clone)]
pub enum Select {
    /// Due on one of `exact` (today and the days before), or overdue (before `today`) and, when
    /// `overdue_from` is set, not before it.
    Days {
        today: NaiveDate,
        exact: Vec<NaiveDate>,
        overdue: bool,
        overdue_from: Option<NaiveDate>,
    },
    Ids(Vec<i64>),
}

impl Select {
    /// The days a policy reminds on as seen from `today`.
    pub fn for_policy(p: &reminder::Policy, today: NaiveDate) -> Select {
        let mut exact: Vec<NaiveDate> = p.days_before.iter().map(|d| today + Duration::days(i64::from(*d))).collect();
        exact.push(today);
        let unbounded = p.daily_overdue || p.escalate_after_days.is_some();
        Select::Days { today, exact, overdue: true, overdue_from: (!unbounded).then(|| today - Duration::days(1)) }
    }

    fn matches(&self, id: i64, due: NaiveDate) -> bool {
        match self {
            Select::Days { today, exact, overdue, overdue_from } => {
                exact.contains(&due) || (*overdue && due < *today && overdue_from.is_none_or(|f| due >= f))
            }
            Select::Ids(ids) => ids.contains(&id),
        }
    }

    /// The same filter as SQL on a date column (`id` for the id form).
    fn condition(&self, date_col: impl ColumnTrait, id_col: impl ColumnTrait) -> Condition {
        match self {
            Select::Days { today, exact, overdue, overdue_from } => {
                let mut c = Condition::any().add(date_col.is_in(exact.iter().copied()));
                if *overdue {
                    let mut late = Condition::all().add(date_col.lt(*today));
                    if let Some(f) = overdue_from {
                        late = late.add(date_col.gte(*f));
                    }
                    c = c.add(late);
                }
                c
            }
            Select::Ids(ids) => Condition::all().add(id_col.is_in(ids.iter().copied())),
        }
    }
}

/// The items of one type on a site (ids may be from the site only).
pub async fn items(
    conn: &impl ConnectionTrait,
    t: ItemType,
    site_id: i64,
    today: NaiveDate,
    sel: &Select,
) -> Result<Vec<DatedItem>, DbErr> {
    match t {
        ItemType::WorkOrder | ItemType::Pm => work_orders(conn, t, site_id, sel).await,
        ItemType::CilRound => cil_rounds(conn, site_id, today, sel).await,
        ItemType::Tag => tags(conn, site_id, sel).await,
        ItemType::Capa => capas(conn, site_id, sel).await,
        ItemType::Audit => audits(conn, site_id, sel).await,
        ItemType::Evidence => evidence(conn, site_id, sel).await,
        ItemType::Certificate => certificates(conn, site_id, sel).await,
        ItemType::PersonCert => person_certs(conn, site_id, sel).await,
        ItemType::OshaRecording => osha_recording(conn, site_id, sel).await,
        ItemType::Osha300a | ItemType::OshaIta => osha_deadlines(conn, t, site_id, today, sel).await,
    }
}

fn item(t: ItemType, id: i64, site_id: i64, due: NaiveDate, title: String, link: String) -> DatedItem {
    DatedItem { item_type: t, item_id: id, site_id, due, title, link, owners: vec![], roles: vec![] }
}

async fn work_orders(
    conn: &impl ConnectionTrait,
    t: ItemType,
    site_id: i64,
    sel: &Select,
) -> Result<Vec<DatedItem>, DbErr> {
    let pm = t == ItemType::Pm;
    // only the columns a reminder needs, slim: a plan may read a hundred thousand open work orders
    let open = wo::Entity::find()
        .filter(wo::Column::SiteId.eq(site_id))
        .filter(wo::Column::Status.is_in(OPEN_STATUSES))
        .filter(if pm { wo::Column::ScheduleId.is_not_null() } else { wo::Column::ScheduleId.is_null() })
        .filter(sel.condition(wo::Column::DueDate, wo::Column::Id));
    let rows: Vec<(i64, String, Option<NaiveDate>)> =
        super::slim_rows(conn, open.clone(), &[wo::Column::Id, wo::Column::Title, wo::Column::DueDate]).await?;
    // their assignees, by the same selection
    let ids = open.select_only().column(wo::Column::Id).into_query();
    let pairs = woa::Entity::find().filter(woa::Column::WorkOrderId.in_subquery(ids));
    let pairs: Vec<(i64, i64)> =
        super::slim_rows(conn, pairs, &[woa::Column::WorkOrderId, woa::Column::UserId]).await?;
    let mut assignees: HashMap<i64, Vec<i64>> = HashMap::new();
    for (wo_id, user_id) in pairs {
        assignees.entry(wo_id).or_default().push(user_id);
    }
    Ok(rows
        .into_iter()
        .filter_map(|(id, title, due)| {
            let mut i = item(t, id, site_id, due?, format!("#{id} {title}"), format!("/work-orders/{id}"));
            i.owners = assignees.remove(&id).unwrap_or_default();
            Some(i)
        })
        .collect())
}

/// A site's time zone (UTC if unknown): dates of events count on the site's calendar.
async fn site_timezone(conn: &impl ConnectionTrait, site_id: i64) -> Result<chrono_tz::Tz, DbErr> {
    let tz: Option<String> = crate::entities::site::Entity::find_by_id(site_id)
        .select_only()
        .column(crate::entities::site::Column::Timezone)
        .into_tuple()
        .one(conn)
        .await?;
    Ok(tz.and_then(|t| t.parse().ok()).unwrap_or(chrono_tz::UTC))
}

fn local_day(tz: chrono_tz::Tz, t: chrono::DateTime<chrono::Utc>) -> NaiveDate {
    t.with_timezone(&tz).date_naive()
}

/// A site's CIL round of a day: the points due that day (by their frequency) and how many were
/// checked. The item id is the site's id; its date is the day. Only today's and yesterday's
/// rounds can be open: a round is done on its day or not at all.
async fn cil_rounds(
    conn: &impl ConnectionTrait,
    site_id: i64,
    today: NaiveDate,
    sel: &Select,
) -> Result<Vec<DatedItem>, DbErr> {
    let days = [today - Duration::days(1), today];
    if !days.iter().any(|d| sel.matches(site_id, *d)) {
        return Ok(vec![]);
    }
    let tz = site_timezone(conn, site_id).await?;
    let points =
        pt::Entity::find().filter(pt::Column::SiteId.eq(site_id)).filter(pt::Column::Active.eq(true)).all(conn).await?;
    if points.is_empty() {
        return Ok(vec![]);
    }
    let checks = chk::Entity::find()
        .select_only()
        .column(chk::Column::PointId)
        .column(chk::Column::Day)
        .filter(chk::Column::PointId.is_in(points.iter().map(|p| p.id)))
        .filter(chk::Column::Day.is_in(days))
        .into_tuple::<(i64, NaiveDate)>()
        .all(conn)
        .await?;
    let checked: HashSet<(i64, NaiveDate)> = checks.into_iter().collect();
    let mut out = Vec::new();
    for day in days {
        if !sel.matches(site_id, day) {
            continue;
        }
        // a point counts from the day it was set up on the site's calendar
        let due: Vec<_> = points
            .iter()
            .filter(|p| local_day(tz, p.created_at) <= day)
            .filter(|p| CilFrequency::parse(&p.frequency).is_some_and(|f| f.due_on(day)))
            .collect();
        let open = due.iter().filter(|p| !checked.contains(&(p.id, day))).count();
        if open == 0 {
            continue;
        }
        let mut roles: Vec<Role> = due.iter().filter_map(|p| Role::parse(&p.role)).collect();
        roles.sort();
        roles.dedup();
        let mut i = item(
            ItemType::CilRound,
            site_id,
            site_id,
            day,
            format!("CIL round of {day}: {open} of {} points not checked", due.len()),
            "/rounds".into(),
        );
        i.roles = roles;
        out.push(i);
    }
    Ok(out)
}

async fn tags(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    let mut q = tag::Entity::find().filter(tag::Column::SiteId.eq(site_id)).filter(tag::Column::ClosedAt.is_null());
    if let Select::Ids(ids) = sel {
        q = q.filter(tag::Column::Id.is_in(ids.iter().copied()));
    }
    let rows = q.all(conn).await?;
    let tz = site_timezone(conn, site_id).await?;
    let asset_ids: Vec<i64> = rows.iter().map(|r| r.asset_id).collect();
    let mut asset_tags = HashMap::new();
    for chunk in asset_ids.chunks(500) {
        for a in asset::Entity::find().filter(asset::Column::Id.is_in(chunk.iter().copied())).all(conn).await? {
            asset_tags.insert(a.id, a.tag);
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            // open days count on the site's calendar from the day it was found
            let due = reminder::tag_due(local_day(tz, r.found_at), &r.priority);
            sel.matches(r.id, due).then(|| {
                let title = format!(
                    "Tag #{} {}-tag on {}: {}",
                    r.id,
                    r.kind.to_uppercase(),
                    asset_tags.get(&r.asset_id).map_or("?", String::as_str),
                    r.category
                );
                item(ItemType::Tag, r.id, site_id, due, title, "/tags".into())
            })
        })
        .collect())
}

async fn capas(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    let open: Vec<&str> = CapaStatus::ALL.iter().filter(|s| s.is_open()).map(|s| s.as_str()).collect();
    let rows = capa::Entity::find()
        .filter(capa::Column::SiteId.eq(site_id))
        .filter(capa::Column::Status.is_in(open))
        .filter(sel.condition(capa::Column::DueDate, capa::Column::Id))
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut i = item(
                ItemType::Capa,
                r.id,
                site_id,
                r.due_date,
                format!("CAPA #{} {}", r.id, r.title),
                format!("/capa#capa-{}", r.id),
            );
            i.owners = vec![r.owner_id];
            i
        })
        .collect())
}

async fn audits(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    let rows = ins::Entity::find()
        .filter(ins::Column::SiteId.eq(site_id))
        .filter(ins::Column::Status.ne("done"))
        .filter(sel.condition(ins::Column::DueDate, ins::Column::Id))
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut i = item(
                ItemType::Audit,
                r.id,
                site_id,
                r.due_date,
                format!("Audit #{} {}", r.id, r.title),
                format!("/inspections/{}", r.id),
            );
            i.owners = r.lead_id.into_iter().collect();
            i
        })
        .collect())
}

async fn evidence(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    // approved evidence about to expire, and expired evidence nobody has renewed yet
    let rows = ev::Entity::find()
        .filter(ev::Column::SiteId.eq(site_id))
        .filter(ev::Column::Status.is_in(["approved", "expired"]))
        .filter(ev::Column::ValidUntil.is_not_null())
        .filter(sel.condition(ev::Column::ValidUntil, ev::Column::Id))
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let mut i = item(
                ItemType::Evidence,
                r.id,
                site_id,
                r.valid_until?,
                format!("Evidence: {}", r.title),
                format!("/compliance/evidence/{}", r.id),
            );
            i.owners = vec![r.owner_id];
            Some(i)
        })
        .collect())
}

async fn certificates(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    let rows = oc::Entity::find()
        .filter(oc::Column::SiteId.eq(site_id))
        .filter(sel.condition(oc::Column::Expiry, oc::Column::Id))
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let title = format!("Certificate {} {} ({})", r.standard, r.number, r.body);
            item(ItemType::Certificate, r.id, site_id, r.expiry, title, "/compliance/certificates".into())
        })
        .collect())
}

/// People's certifications that expire, unless the same person holds a later (or unlimited)
/// certification of the same type on the site: that renewal settles the older one.
async fn person_certs(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    let rows = pc::Entity::find()
        .filter(pc::Column::SiteId.eq(site_id))
        .filter(pc::Column::ExpiresOn.is_not_null())
        .filter(sel.condition(pc::Column::ExpiresOn, pc::Column::Id))
        .all(conn)
        .await?;
    if rows.is_empty() {
        return Ok(vec![]);
    }
    let users: Vec<i64> = rows.iter().map(|r| r.user_id).collect();
    let mut newest: HashMap<(i64, i64), Option<NaiveDate>> = HashMap::new();
    for chunk in users.chunks(500) {
        let all = pc::Entity::find()
            .filter(pc::Column::SiteId.eq(site_id))
            .filter(pc::Column::UserId.is_in(chunk.iter().copied()))
            .all(conn)
            .await?;
        for r in all {
            let e = newest.entry((r.user_id, r.cert_type_id)).or_insert(r.expires_on);
            // None (no expiry) beats any date
            if e.is_some() && r.expires_on.is_none_or(|x| Some(x) > *e) {
                *e = r.expires_on;
            }
        }
    }
    let type_ids: Vec<i64> = rows.iter().map(|r| r.cert_type_id).collect();
    let names: HashMap<i64, String> = cert_type::Entity::find()
        .filter(cert_type::Column::Id.is_in(type_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.id, t.name))
        .collect();
    let people: HashMap<i64, String> =
        crate::repo::users::by_ids(conn, &users).await?.into_iter().map(|u| (u.id, u.display_name)).collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let exp = r.expires_on?;
            let renewed = newest.get(&(r.user_id, r.cert_type_id)).is_some_and(|n| n.is_none_or(|n| n > exp));
            (!renewed).then(|| {
                let title = format!(
                    "{}: {}",
                    people.get(&r.user_id).map_or("?", String::as_str),
                    names.get(&r.cert_type_id).map_or("certification", String::as_str)
                );
                let mut i = item(ItemType::PersonCert, r.id, site_id, exp, title, "/compliance/people".into());
                i.owners = vec![r.user_id];
                i
            })
        })
        .collect())
}

/// OSHA-8: cases not yet recorded (the recordability decision not confirmed or overridden)
/// within 7 days of learning of them. Titles carry the case number only, never a name.
async fn osha_recording(conn: &impl ConnectionTrait, site_id: i64, sel: &Select) -> Result<Vec<DatedItem>, DbErr> {
    let mut q = case::Entity::find()
        .select_only()
        .columns([case::Column::Id, case::Column::CaseNumber, case::Column::LearnedOn])
        .filter(case::Column::SiteId.eq(site_id))
        .filter(case::Column::DecidedAt.is_null());
    if let Select::Ids(ids) = sel {
        q = q.filter(case::Column::Id.is_in(ids.iter().copied()));
    }
    let rows = q.into_tuple::<(i64, String, NaiveDate)>().all(conn).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, number, learned)| {
            let due = deadlines::record_by(learned);
            sel.matches(id, due).then(|| {
                let title = format!("OSHA case {number}: decide and record it within 7 days of learning of it");
                item(ItemType::OshaRecording, id, site_id, due, title, format!("/osha/cases/{id}"))
            })
        })
        .collect())
}

/// OSHA-8: last year's 300A certified (and posted from February 1) and its ITA submission made
/// by March 2, for a site with establishment data that kept that year's records in Gemba (its
/// employees and hours, or a case): a plant that started with Gemba this year is not told about
/// last year's forms. The item id is the site's id.
async fn osha_deadlines(
    conn: &impl ConnectionTrait,
    t: ItemType,
    site_id: i64,
    today: NaiveDate,
    sel: &Select,
) -> Result<Vec<DatedItem>, DbErr> {
    let year = reminder::osha_deadline_year(today);
    let due = match t {
        ItemType::Osha300a => deadlines::posting_window(year).0,
        _ => deadlines::ita_due(year),
    };
    if !sel.matches(site_id, due) {
        return Ok(vec![]);
    }
    if est::Entity::find_by_id(site_id).one(conn).await?.is_none() {
        return Ok(vec![]);
    }
    let y =
        oy::Entity::find().filter(oy::Column::SiteId.eq(site_id)).filter(oy::Column::Year.eq(year)).one(conn).await?;
    let kept = y.is_some()
        || case::Entity::find()
            .filter(case::Column::SiteId.eq(site_id))
            .filter(case::Column::Year.eq(year))
            .one(conn)
            .await?
            .is_some();
    if !kept {
        return Ok(vec![]);
    }
    let done = match t {
        ItemType::Osha300a => y.as_ref().is_some_and(|y| y.certified_at.is_some()),
        _ => y.as_ref().is_some_and(|y| y.ita_submitted_on.is_some()),
    };
    if done {
        return Ok(vec![]);
    }
    let (title, link) = match t {
        ItemType::Osha300a => (
            format!("OSHA 300A for {year}: certify it and post it from February 1"),
            format!("/osha/summary?year={year}"),
        ),
        _ => (format!("OSHA ITA submission for {year}: due March 2"), format!("/osha/ita?year={year}")),
    };
    Ok(vec![item(t, site_id, site_id, due, title, link)])
}

/// The site an item belongs to (for CIL rounds and OSHA deadlines the id is the site's).
pub async fn site_of(conn: &impl ConnectionTrait, t: ItemType, id: i64) -> Result<Option<i64>, DbErr> {
    use crate::entities::site;
    async fn col<E: EntityTrait>(conn: &impl ConnectionTrait, id: i64, c: E::Column) -> Result<Option<i64>, DbErr>
    where
        <E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType: From<i64>,
    {
        E::find_by_id(id).select_only().column(c).into_tuple::<i64>().one(conn).await
    }
    match t {
        ItemType::WorkOrder | ItemType::Pm => col::<wo::Entity>(conn, id, wo::Column::SiteId).await,
        ItemType::Tag => col::<tag::Entity>(conn, id, tag::Column::SiteId).await,
        ItemType::Capa => col::<capa::Entity>(conn, id, capa::Column::SiteId).await,
        ItemType::Audit => col::<ins::Entity>(conn, id, ins::Column::SiteId).await,
        ItemType::Evidence => col::<ev::Entity>(conn, id, ev::Column::SiteId).await,
        ItemType::Certificate => col::<oc::Entity>(conn, id, oc::Column::SiteId).await,
        ItemType::PersonCert => col::<pc::Entity>(conn, id, pc::Column::SiteId).await,
        ItemType::OshaRecording => col::<case::Entity>(conn, id, case::Column::SiteId).await,
        ItemType::CilRound | ItemType::Osha300a | ItemType::OshaIta => {
            col::<site::Entity>(conn, id, site::Column::Id).await
        }
    }
}
