//! Writing and checking the audit trail. `record` takes the transaction of the change itself, so
//! an event exists exactly when its change does.
use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DatabaseTransaction, DbErr};
use serde_json::Value;

use crate::auth::Actor;
use crate::entities::audit_event as a;
use crate::repo::audit as repo;
use contract::dto::AuditEventDto;
use domain::audit::{AuditRecord, ChainError, ChainVerifier, canonical_json, chain_hash};

/// One change to record.
#[derive(Debug, Clone)]
pub struct Change {
    pub site_id: Option<i64>,
    pub action: &'static str,
    pub entity_type: &'static str,
    pub entity_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub reason: Option<String>,
    /// Why `before` or `after` could not be serialised: `record` then fails, and the change with it.
    unserialisable: Option<String>,
}

impl Change {
    pub fn new(action: &'static str, entity_type: &'static str, entity_id: impl ToString) -> Self {
        Change {
            site_id: None,
            action,
            entity_type,
            entity_id: entity_id.to_string(),
            before: None,
            after: None,
            reason: None,
            unserialisable: None,
        }
    }

    pub fn site(mut self, site_id: Option<i64>) -> Self {
        self.site_id = site_id;
        self
    }

    pub fn before(mut self, v: impl serde::Serialize) -> Self {
        self.before = self.value("before", v);
        self
    }

    pub fn after(mut self, v: impl serde::Serialize) -> Self {
        self.after = self.value("after", v);
        self
    }

    fn value(&mut self, which: &str, v: impl serde::Serialize) -> Option<Value> {
        match serde_json::to_value(v) {
            Ok(v) => Some(v),
            Err(e) => {
                self.unserialisable = Some(format!("audit {}: the {which} state cannot be written: {e}", self.action));
                None
            }
        }
    }

    pub fn reason(mut self, r: Option<String>) -> Self {
        self.reason = r.filter(|s| !s.trim().is_empty());
        self
    }
}

/// Appends the event inside `txn`; returns its sequence number.
pub async fn record(
    txn: &DatabaseTransaction,
    actor: &Actor,
    now: DateTime<Utc>,
    change: Change,
) -> Result<i64, DbErr> {
    // a trail entry without the state it records would pass the chain check and say nothing
    if let Some(why) = change.unserialisable {
        return Err(DbErr::Custom(why));
    }
    let (last_seq, last_hash) = repo::lock_head(txn).await?;
    let record = AuditRecord {
        seq: last_seq + 1,
        occurred_at: now,
        actor_user_id: actor.user_id,
        actor_label: actor.label.clone(),
        site_id: change.site_id,
        action: change.action.to_string(),
        entity_type: change.entity_type.to_string(),
        entity_id: change.entity_id,
        before: change.before.as_ref().map(canonical_json),
        after: change.after.as_ref().map(canonical_json),
        reason: change.reason,
    };
    let hash = chain_hash(&last_hash, &record);
    let row = a::ActiveModel {
        seq: Set(record.seq),
        occurred_at: Set(record.occurred_at),
        actor_user_id: Set(record.actor_user_id),
        actor_label: Set(record.actor_label),
        site_id: Set(record.site_id),
        action: Set(record.action),
        entity_type: Set(record.entity_type),
        entity_id: Set(record.entity_id),
        before_json: Set(record.before),
        after_json: Set(record.after),
        reason: Set(record.reason),
        prev_hash: Set(last_hash),
        hash: Set(hash.clone()),
    };
    repo::append(txn, row, record.seq, &hash).await?;
    Ok(record.seq)
}

pub fn to_record(row: &repo::AuditRow) -> AuditRecord {
    AuditRecord {
        seq: row.seq,
        occurred_at: row.occurred_at,
        actor_user_id: row.actor_user_id,
        actor_label: row.actor_label.clone(),
        site_id: row.site_id,
        action: row.action.clone(),
        entity_type: row.entity_type.clone(),
        entity_id: row.entity_id.clone(),
        before: row.before_json.clone(),
        after: row.after_json.clone(),
        reason: row.reason.clone(),
    }
}

pub fn to_dto(row: repo::AuditRow) -> AuditEventDto {
    AuditEventDto {
        seq: row.seq,
        occurred_at: row.occurred_at,
        actor_user_id: row.actor_user_id,
        actor: row.actor_label,
        site_id: row.site_id,
        action: row.action,
        entity_type: row.entity_type,
        entity_id: row.entity_id,
        before: row.before_json,
        after: row.after_json,
        reason: row.reason,
        hash: row.hash,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Broken(#[from] ChainError),
    #[error("audit head says {head_seq} events but the trail ends at {last_seq} (events were removed)")]
    Truncated { head_seq: i64, last_seq: i64 },
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

impl VerifyError {
    /// The first broken sequence number, if the chain itself is broken.
    pub fn first_broken_seq(&self) -> Option<i64> {
        match self {
            VerifyError::Broken(c) => Some(c.seq()),
            VerifyError::Truncated { last_seq, .. } => Some(last_seq + 1),
            VerifyError::Db(_) => None,
        }
    }
}

/// Re-computes the whole chain in sequence order; returns how many events were checked.
pub async fn verify(db: &DatabaseConnection) -> Result<u64, VerifyError> {
    let mut verifier = ChainVerifier::default();
    let mut after = 0;
    loop {
        let batch = repo::batch_after(db, after, 2000).await?;
        if batch.is_empty() {
            break;
        }
        for row in &batch {
            verifier.push(&to_record(row), &row.prev_hash, &row.hash)?;
            after = row.seq;
        }
    }
    let (head_seq, _) = repo::head(db).await?;
    if head_seq != after {
        return Err(VerifyError::Truncated { head_seq, last_seq: after });
    }
    Ok(verifier.count())
}

/// Which sites' events `user` may read: None for every event (an organisation-wide grant),
/// otherwise the sites where they hold the permission; `site`, when asked for, must be one of them.
async fn scope(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
    site: Option<i64>,
) -> Result<Option<Vec<i64>>, contract::error::AppError> {
    use contract::error::AppError;
    use domain::authz::{Permission, Target};
    let today = state.today();
    if user.can(Target::Org, Permission::ViewAuditLog, today) {
        return Ok(None);
    }
    let ids: Vec<i64> = crate::repo::sites::all_ids(&state.db)
        .await?
        .into_iter()
        .filter(|s| user.can(Target::Site(*s), Permission::ViewAuditLog, today))
        .collect();
    if ids.is_empty() || site.is_some_and(|s| !ids.contains(&s)) {
        return Err(AppError::Forbidden);
    }
    Ok(Some(ids))
}

/// The people whose changes `user` may read in the log, by name: the audit log's "Changed by".
pub async fn actors_for(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
) -> Result<Vec<contract::dto::maintenance::PersonDto>, contract::error::AppError> {
    let scope = scope(state, user, None).await?;
    let people = repo::actors(&state.db, scope.as_deref()).await?;
    Ok(people.into_iter().map(|(id, name)| contract::dto::maintenance::PersonDto { id, name }).collect())
}

/// What a user asked for in the audit log.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub site_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub from: Option<chrono::NaiveDate>,
    /// Inclusive last day.
    pub until: Option<chrono::NaiveDate>,
    pub before_seq: Option<i64>,
    pub limit: Option<i64>,
}

/// The audit log as `user` may see it: every event with an organisation-wide grant, otherwise
/// only events of the sites where they hold the permission.
pub async fn list_for(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
    q: Query,
) -> Result<contract::dto::AuditPage, contract::error::AppError> {
    use contract::error::AppError;
    let scope = scope(state, user, q.site_id).await?;
    if let (Some(f), Some(u)) = (q.from, q.until)
        && f > u
    {
        return Err(AppError::validation("until", "The end date is before the start date."));
    }
    let start_of = |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    let filter = repo::Filter {
        site_ids: scope,
        site_id: q.site_id,
        actor_user_id: q.actor_user_id,
        entity_type: q.entity_type.filter(|s| !s.is_empty()),
        entity_id: q.entity_id.filter(|s| !s.is_empty()),
        from: q.from.and_then(start_of),
        until: q.until.and_then(|d| d.succ_opt()).and_then(start_of),
        before_seq: q.before_seq,
    };
    let limit = q.limit.unwrap_or(50).clamp(1, 200) as u64;
    let (rows, more) = repo::list(&state.db, &filter, limit).await?;
    let next_before = if more { rows.last().map(|r| r.seq) } else { None };
    Ok(contract::dto::AuditPage { events: rows.into_iter().map(to_dto).collect(), next_before })
}

/// One event, if `user` may see its site.
pub async fn get_for(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
    seq: i64,
) -> Result<AuditEventDto, contract::error::AppError> {
    use contract::error::AppError;
    use domain::authz::{Permission, Target};
    let row = repo::by_seq(&state.db, seq).await?.ok_or(AppError::NotFound)?;
    let target = row.site_id.map_or(Target::Org, Target::Site);
    if !user.can(Target::Org, Permission::ViewAuditLog, state.today())
        && !user.can(target, Permission::ViewAuditLog, state.today())
    {
        return Err(AppError::Forbidden);
    }
    Ok(to_dto(row))
}

/// A user whose only live roles are auditor grants: read-only, and every request they make is
/// logged.
pub fn is_auditor_only(user: &crate::auth::CurrentUser, today: chrono::NaiveDate) -> bool {
    use domain::authz::Role;
    let live: Vec<_> = user.grants.iter().filter(|g| g.active_on(today)).collect();
    !live.is_empty() && live.iter().all(|g| g.role == Role::Auditor)
}

/// Writes "auditor.view" with the method and path an auditor requested.
pub async fn log_view(
    state: &crate::state::AppState,
    user: &crate::auth::CurrentUser,
    method: &str,
    path: &str,
) -> Result<(), contract::error::AppError> {
    let now = state.now();
    let txn = crate::db::begin_write(&state.db).await?;
    let path: String = path.chars().take(500).collect();
    record(
        &txn,
        &user.actor(),
        now,
        Change::new("auditor.view", "request", user.id).after(serde_json::json!({"method": method, "path": path})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
