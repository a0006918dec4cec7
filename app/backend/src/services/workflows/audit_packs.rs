//! Audit packs: one action queues a ZIP for a framework, a site and a period; a builder (started
//! at once, and by the job loop after a restart) claims it, writes the files while recording its
//! progress, and keeps the result for download. The ZIP holds an index readable offline
//! (`index.html`) mapping each requirement to its approved evidence with status and dates, the
//! evidence files, the PM compliance summary, open and closed CAPA, the certificates and the
//! competency matrix (also as CSV).
use std::collections::HashMap;
use std::io::Write;

use chrono::NaiveDate;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::auth::{Actor, CurrentUser};
use crate::db::begin_write;
use crate::entities::{attachment as at, audit_pack as ap, evidence as ev, evidence_revision as erv};
use crate::repo::audit_packs::{self, Outcome};
use crate::repo::{self, frameworks, sites, users};
use crate::services::Caller;
use crate::services::audit::{self, Change};
use crate::state::AppState;
use contract::dto::compliance::AuditPackDto;
use contract::error::AppError;
use domain::authz::{Permission, Target};
use domain::dates;
use html_escape::encode_quoted_attribute as esc;
use i18n::{Lang, label, t};

fn parse(field: &str, raw: &str) -> Result<NaiveDate, AppError> {
    dates::ANY.parse(raw, "Give a date (YYYY-MM-DD).").map_err(|m| AppError::validation(field, m))
}

async fn dtos(state: &AppState, rows: Vec<ap::Model>) -> Result<Vec<AuditPackDto>, AppError> {
    let names: HashMap<i64, String> =
        frameworks::all(&state.db).await?.into_iter().map(|f| (f.id, format!("{} {}", f.name, f.edition))).collect();
    let people: HashMap<i64, String> =
        users::by_ids(&state.db, &rows.iter().filter_map(|r| r.requested_by).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|u| (u.id, u.display_name))
            .collect();
    Ok(rows
        .into_iter()
        .map(|r| AuditPackDto {
            framework: names.get(&r.framework_id).cloned().unwrap_or_default(),
            requested_by: r.requested_by.and_then(|u| people.get(&u).cloned()).unwrap_or_default(),
            id: r.id,
            site_id: r.site_id,
            framework_id: r.framework_id,
            period_from: r.period_from,
            period_to: r.period_to,
            status: r.status,
            progress: r.progress,
            size_bytes: r.size_bytes,
            sha256: r.sha256,
            error: r.error,
            created_at: r.created_at,
            finished_at: r.finished_at,
        })
        .collect())
}

/// Queues a pack and starts building it.
pub async fn request(
    state: &AppState,
    user: &CurrentUser,
    site_id: i64,
    framework_id: i64,
    (from, to): (&str, &str),
) -> Result<AuditPackDto, AppError> {
    let now = state.now();
    Caller::User(user).require(Target::Site(site_id), Permission::ManageCompliance, state.today())?;
    frameworks::by_id(&state.db, framework_id).await?.ok_or(AppError::NotFound)?;
    let from = parse("period_from", from)?;
    let to = parse("period_to", to)?;
    if to < from {
        return Err(AppError::validation("period_to", "The period ends before it starts."));
    }
    if (to - from).num_days() > 3660 {
        return Err(AppError::validation("period_from", "Choose at most ten years."));
    }
    let txn = begin_write(&state.db).await?;
    let row = audit_packs::insert(&txn, site_id, framework_id, (from, to), Some(user.id), now).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("audit_pack.request", "audit_pack", row.id)
            .site(Some(site_id))
            .after(json!({"framework_id": framework_id, "from": from, "to": to})),
    )
    .await?;
    txn.commit().await?;
    let builder = state.clone();
    tokio::spawn(async move {
        if let Err(e) = run_pending(&builder).await {
            tracing::warn!(error = ?e, "audit pack build failed");
        }
    });
    crate::services::one(dtos(state, vec![row]).await?)
}

/// The site's packs, newest first (the 50 latest).
pub async fn list(state: &AppState, user: &CurrentUser, site_id: i64) -> Result<Vec<AuditPackDto>, AppError> {
    let scope = crate::services::access::framework_scope(state, user, site_id).await?;
    let mut rows = audit_packs::recent_for_site(&state.db, site_id, 50).await?;
    if let Some(ids) = scope {
        rows.retain(|r| ids.contains(&r.framework_id));
    }
    dtos(state, rows).await
}

/// One pack's state (for the progress shown while it builds).
pub async fn get(state: &AppState, user: &CurrentUser, id: i64) -> Result<AuditPackDto, AppError> {
    let r = audit_packs::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    crate::services::access::need_framework(state, user, r.site_id, r.framework_id).await?;
    crate::services::one(dtos(state, vec![r]).await?)
}

/// The ZIP of a ready pack, checked against its SHA-256; the download is in the audit trail.
pub async fn download(state: &AppState, user: &CurrentUser, id: i64) -> Result<(String, Vec<u8>), AppError> {
    let r = audit_packs::by_id(&state.db, id).await?.ok_or(AppError::NotFound)?;
    crate::services::access::need_framework(state, user, r.site_id, r.framework_id).await?;
    if r.status != "ready" {
        return Err(AppError::Conflict("The pack is not ready yet.".into()));
    }
    let bytes =
        tokio::fs::read(state.config.data_dir.join("packs").join(&r.storage_name)).await.map_err(AppError::internal)?;
    if domain::audit::hex(&Sha256::digest(&bytes)) != r.sha256 {
        return Err(AppError::Conflict("The stored pack no longer matches its SHA-256.".into()));
    }
    let now = state.now();
    let txn = begin_write(&state.db).await?;
    audit::record(
        &txn,
        &user.actor(),
        now,
        Change::new("audit_pack.download", "audit_pack", r.id).site(Some(r.site_id)),
    )
    .await?;
    txn.commit().await?;
    let site = sites::by_id(&state.db, r.site_id).await?.map(|s| s.code).unwrap_or_default();
    Ok((format!("audit-pack-{site}-{}-{}-{}.zip", r.id, r.period_from, r.period_to), bytes))
}

/// A claimed pack whose builder has not reported for this long is taken up again (its builder
/// died: a crash, a kill, a restart).
pub const LEASE_MINUTES: i64 = 10;

/// Builds every queued pack, one at a time; each is claimed first (queued -> building, with a
/// lease that every step renews), so two builders never build the same pack, and a build cut off
/// by a crash is queued again once its lease runs out. Returns how many were built.
pub async fn run_pending(state: &AppState) -> Result<usize, AppError> {
    let mut built = 0;
    let stale = state.now() - chrono::Duration::minutes(LEASE_MINUTES);
    audit_packs::requeue_stale(&state.db, stale).await?;
    loop {
        let Some(next) = audit_packs::next_queued(&state.db).await? else {
            return Ok(built);
        };
        if !audit_packs::claim(&state.db, next.id, state.now()).await? {
            continue;
        }
        let result = build(state, &next).await;
        let now = state.now();
        let txn = begin_write(&state.db).await?;
        let (outcome, change) = match result {
            Ok((name, sha, size)) => (
                Outcome::Ready { storage_name: name, sha256: sha.clone(), size_bytes: size as i64 },
                Change::new("audit_pack.ready", "audit_pack", next.id).after(json!({"sha256": sha, "bytes": size})),
            ),
            Err(e) => {
                let msg = e.to_string();
                (
                    Outcome::Failed { error: msg.clone() },
                    Change::new("audit_pack.fail", "audit_pack", next.id).after(json!({"error": msg})),
                )
            }
        };
        audit_packs::finish(&txn, next.clone(), outcome, now).await?;
        audit::record(&txn, &Actor::system(), now, change.site(Some(next.site_id))).await?;
        txn.commit().await?;
        built += 1;
    }
}

async fn set_progress(state: &AppState, id: i64, pct: i32) -> Result<(), AppError> {
    audit_packs::set_progress(&state.db, id, pct.clamp(0, 99), state.now()).await?;
    Ok(())
}

/// Approved evidence for the framework on the site whose validity overlaps the period: what the
/// pack lists, and nothing else.
pub async fn evidence_in_scope(
    state: &AppState,
    site_id: i64,
    framework_id: i64,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<Vec<ev::Model>, AppError> {
    let reqs = crate::services::records::frameworks::requirements(state, framework_id).await?;
    let links = repo::evidence::links_to(&state.db, reqs.iter().map(|r| r.id)).await?;
    let mut rows = repo::evidence::approved_among(&state.db, links.iter().map(|l| l.evidence_id), site_id, to).await?;
    rows.retain(|e| e.valid_until.is_none_or(|v| v >= from));
    Ok(rows)
}

const STYLE: &str = "body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;max-width:60rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}th{background:#eee}.gap{color:#a00;font-weight:600}";

async fn build(state: &AppState, pack: &ap::Model) -> Result<(String, String, usize), AppError> {
    let site = sites::by_id(&state.db, pack.site_id).await?.ok_or(AppError::NotFound)?;
    let f = frameworks::by_id(&state.db, pack.framework_id).await?.ok_or(AppError::NotFound)?;
    let period = (pack.period_from, pack.period_to);
    let reqs = crate::services::records::frameworks::requirements(state, f.id).await?;
    let evidence = evidence_in_scope(state, pack.site_id, f.id, period).await?;
    let links = repo::evidence::links_of(&state.db, evidence.iter().map(|e| e.id)).await?;
    // the approved revision of each file evidence, and its file
    let revs: Vec<erv::Model> = repo::evidence::revisions_of(&state.db, evidence.iter().map(|e| e.id)).await?;
    let current: HashMap<i64, &erv::Model> = evidence
        .iter()
        .filter_map(|e| revs.iter().find(|r| r.evidence_id == e.id && r.number == e.revision).map(|r| (e.id, r)))
        .collect();
    let files: HashMap<i64, at::Model> =
        repo::attachments::by_ids(&state.db, current.values().filter_map(|r| r.attachment_id))
            .await?
            .into_iter()
            .map(|a| (a.id, a))
            .collect();
    let steps = (evidence.len() + 4) as i32;
    let mut done = 0;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let zerr = |e: zip::result::ZipError| AppError::internal(e.to_string());
    let ioerr = |e: std::io::Error| AppError::internal(e.to_string());
    // evidence files, each checked against its SHA-256 before it goes in
    let mut packed: HashMap<i64, (String, bool)> = HashMap::new();
    for e in &evidence {
        if let Some(a) = current.get(&e.id).and_then(|r| r.attachment_id).and_then(|a| files.get(&a)) {
            let bytes = tokio::fs::read(state.config.data_dir.join("uploads").join(&a.storage_name)).await.ok();
            let intact = bytes.as_ref().is_some_and(|b| domain::audit::hex(&Sha256::digest(b)) == a.sha256);
            let path = format!("evidence/{}-r{}-{}", e.id, e.revision, a.original_name);
            if let (Some(b), true) = (bytes, intact) {
                zip.start_file(path.as_str(), opts).map_err(zerr)?;
                zip.write_all(&b).map_err(ioerr)?;
            }
            packed.insert(e.id, (path, intact));
        }
        done += 1;
        set_progress(state, pack.id, done * 100 / steps).await?;
    }
    // the index is written in the language of the person who asked for the pack (their choice,
    // else their site's default, else English)
    let requester = match pack.requested_by {
        Some(id) => users::by_id(&state.db, id).await?,
        None => None,
    };
    let lang = Lang::choose(requester.as_ref().and_then(|u| u.language.as_deref()), site.language.as_deref(), None);
    let heads = |keys: &[&str]| {
        keys.iter().map(|k| format!("<th>{}</th>", esc(&label(lang, "pack-col", k)))).collect::<String>()
    };
    let mut html = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\
         <h1>{}</h1><p>{}</p>",
        lang.code(),
        esc(&t!(lang, "pack-index-title")),
        esc(&t!(lang, "pack-index-heading", framework = f.name.clone(), edition = f.edition.clone())),
        esc(&t!(
            lang,
            "pack-index-about",
            site = site.name.clone(),
            code = site.code.clone(),
            from = i18n::date(lang, pack.period_from),
            to = i18n::date(lang, pack.period_to),
            at = state.now().format("%Y-%m-%d %H:%M UTC").to_string()
        )),
    );
    html.push_str(&format!(
        "<h2>{}</h2><table><thead><tr>{}</tr></thead><tbody>",
        esc(&t!(lang, "pack-index-requirements")),
        heads(&["requirement", "evidence", "status", "effective", "valid-until", "file"])
    ));
    let mut covered = 0;
    for r in &reqs {
        let mine: Vec<&ev::Model> = evidence
            .iter()
            .filter(|e| links.iter().any(|l| l.evidence_id == e.id && l.requirement_id == r.id))
            .collect();
        if mine.is_empty() {
            html.push_str(&format!(
                "<tr><td>{} {}</td><td colspan=\"5\" class=\"gap\">{}</td></tr>",
                esc(&r.reference),
                esc(&r.title),
                esc(&t!(lang, "pack-index-gap"))
            ));
            continue;
        }
        covered += 1;
        for (i, e) in mine.iter().enumerate() {
            let req_cell = if i == 0 { format!("{} {}", esc(&r.reference), esc(&r.title)) } else { String::new() };
            let file = match packed.get(&e.id) {
                Some((path, true)) => format!(
                    "<a href=\"{}\">{}</a><br><small>{}</small>",
                    esc(path),
                    esc(path.trim_start_matches("evidence/")),
                    esc(&current.get(&e.id).map(|r| r.sha256.clone()).unwrap_or_default())
                ),
                Some((_, false)) => format!("<span class=\"gap\">{}</span>", esc(&t!(lang, "pack-index-altered"))),
                None if !e.url.is_empty() => format!("<a href=\"{}\">{}</a>", esc(&e.url), esc(&e.url)),
                None if e.record_id.is_some() => {
                    format!("{} #{}", esc(&e.record_type.replace('_', " ")), e.record_id.unwrap_or(0))
                }
                None => String::new(),
            };
            html.push_str(&format!(
                "<tr><td>{req_cell}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{file}</td></tr>",
                esc(&e.title),
                esc(&t!(lang, "pack-index-approved")),
                i18n::date(lang, e.effective_date),
                e.valid_until.map(|v| i18n::date(lang, v)).unwrap_or_else(|| t!(lang, "pack-index-no-end"))
            ));
        }
    }
    html.push_str("</tbody></table>");
    html.push_str(&format!("<p>{}</p>", esc(&t!(lang, "pack-index-covered", covered = covered, total = reqs.len()))));
    done += 1;
    set_progress(state, pack.id, done * 100 / steps).await?;
    // PM compliance over the period
    let c = crate::services::records::kpi::compliance(
        state,
        site.id,
        &site.timezone,
        crate::repo::sites::tolerance(&site),
        period.0,
        period.1,
    )
    .await?;
    html.push_str(&format!(
        "<h2>{}</h2><p>{}</p>",
        esc(&t!(lang, "pack-index-pm")),
        esc(&t!(
            lang,
            "pack-index-pm-figures",
            due = c.due,
            on_time = c.on_time,
            percent = c
                .percent()
                .map(|p| format!("{} %", i18n::fixed(lang, p, 1)))
                .unwrap_or_else(|| t!(lang, "not-applicable"))
        ))
    ));
    done += 1;
    set_progress(state, pack.id, done * 100 / steps).await?;
    // CAPA: open now, and closed in the period
    let capas = repo::capa::for_site(&state.db, site.id).await?;
    html.push_str(&format!(
        "<h2>{}</h2><table><thead><tr><th>#</th>{}</tr></thead><tbody>",
        esc(&t!(lang, "pack-index-capa")),
        heads(&["action", "kind", "status", "due", "verified"])
    ));
    for a in capas.iter().filter(|a| {
        let open = domain::capa::CapaStatus::parse(&a.status).is_some_and(|s| s.is_open());
        let closed_in = a.verified_at.is_some_and(|v| v.date_naive() >= period.0 && v.date_naive() <= period.1);
        open || closed_in || a.status == "done"
    }) {
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            a.id,
            esc(&a.title),
            esc(&label(lang, "capa-kind", &a.kind)),
            esc(&label(lang, "capa-status", &a.status)),
            i18n::date(lang, a.due_date),
            a.verified_at.map(|v| i18n::date(lang, v.date_naive())).unwrap_or_default()
        ));
    }
    html.push_str("</tbody></table>");
    done += 1;
    set_progress(state, pack.id, done * 100 / steps).await?;
    // certificates and the competency matrix
    let certs = repo::certifications::certificates_of_site(&state.db, site.id).await?;
    let certs = crate::services::records::certifications::certificate_dtos(state, certs).await?;
    html.push_str(&format!(
        "<h2>{}</h2><table><thead><tr>{}</tr></thead><tbody>",
        esc(&t!(lang, "pack-index-certificates")),
        heads(&["standard", "body", "number", "decision", "expiry", "status", "next-surveillance"])
    ));
    for c in &certs {
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&c.standard),
            esc(&c.body),
            esc(&c.number),
            i18n::date(lang, c.decision_date),
            i18n::date(lang, c.expiry),
            esc(&label(lang, "cert-status", &c.status)),
            c.next_surveillance_due.map(|d| i18n::date(lang, d)).unwrap_or_default()
        ));
    }
    html.push_str("</tbody></table>");
    let m = crate::services::records::certifications::matrix_of(state, site.id, (None, None, None)).await?;
    html.push_str(&format!(
        "<h2>{}</h2><table><thead><tr>{}",
        esc(&t!(lang, "pack-index-competency", on = i18n::date(lang, m.on))),
        heads(&["person"])
    ));
    for t in &m.types {
        html.push_str(&format!("<th>{}</th>", esc(&t.name)));
    }
    html.push_str("</tr></thead><tbody>");
    for r in &m.rows {
        html.push_str(&format!("<tr><td>{}</td>", esc(&r.person)));
        for c in &r.cells {
            html.push_str(&format!("<td>{}</td>", if c.is_empty() { "-" } else { c.as_str() }));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table><p><a href=\"competency.csv\">competency.csv</a></p></body></html>");
    zip.start_file("competency.csv", opts).map_err(zerr)?;
    zip.write_all(crate::services::records::certifications::matrix_csv(lang, &m)?.as_bytes()).map_err(ioerr)?;
    zip.start_file("index.html", opts).map_err(zerr)?;
    zip.write_all(html.as_bytes()).map_err(ioerr)?;
    let bytes = zip.finish().map_err(zerr)?.into_inner();
    let sha = domain::audit::hex(&Sha256::digest(&bytes));
    let name = format!("pack-{}-{}.zip", pack.id, &sha[..16]);
    let dir = state.config.data_dir.join("packs");
    tokio::fs::create_dir_all(&dir).await.map_err(AppError::internal)?;
    tokio::fs::write(dir.join(&name), &bytes).await.map_err(AppError::internal)?;
    Ok((name, sha, bytes.len()))
}
