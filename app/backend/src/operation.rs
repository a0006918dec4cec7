//! The operation a request carries, when the device gave it an id (`Gemba-Operation`, or
//! `Idempotency-Key` on the JSON API): the offline queue's replays, a double tap, two tabs, a
//! retry after a lost answer. The id is claimed by the first write transaction the request opens
//! (`db::begin_write`), so it is stored with the effect or not at all; `web::operations` answers
//! a replay with the first answer.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseTransaction, DbErr};

use crate::repo::operations::{self, Claim, NewOperation};

pub struct Current {
    pub id: String,
    pub user_id: Option<i64>,
    pub endpoint: String,
    /// When the person tapped, by the device's clock, as the device said it (kept beside the
    /// server's time of arrival).
    pub device_time: Option<DateTime<Utc>>,
    /// The same, as far as the server takes it (`domain::offline::tapped_time`).
    pub tapped_at: Option<DateTime<Utc>>,
    pub received_at: DateTime<Utc>,
    claimed: AtomicBool,
    taken: AtomicBool,
}

impl Current {
    pub fn new(
        id: String,
        user_id: Option<i64>,
        endpoint: String,
        tapped_at: Option<DateTime<Utc>>,
        received_at: DateTime<Utc>,
    ) -> Arc<Self> {
        Arc::new(Self {
            id,
            user_id,
            endpoint,
            device_time: tapped_at,
            tapped_at: tapped_at.map(|t| domain::offline::tapped_time(t, received_at)),
            received_at,
            claimed: AtomicBool::new(false),
            taken: AtomicBool::new(false),
        })
    }

    /// A write transaction tried to store the id (it is stored if that transaction committed).
    pub fn claimed(&self) -> bool {
        self.claimed.load(Ordering::SeqCst)
    }

    /// Another request already holds the id: this one applied nothing.
    pub fn taken(&self) -> bool {
        self.taken.load(Ordering::SeqCst)
    }
}

tokio::task_local! {
    static CURRENT: Arc<Current>;
}

/// Runs `f` (the rest of the request) with `current` as its operation.
pub async fn scope<F: Future>(current: Arc<Current>, f: F) -> F::Output {
    CURRENT.scope(current, f).await
}

/// When the person tapped, for a request that carries an operation with the device's time.
pub fn tapped_at() -> Option<DateTime<Utc>> {
    CURRENT.try_with(|c| c.tapped_at).ok().flatten()
}

/// When the thing recorded happened: the tap (a change made offline and sent later), else `now`.
/// Audit events keep the server's time; the records keep this one.
pub fn tapped_or(now: DateTime<Utc>) -> DateTime<Utc> {
    tapped_at().unwrap_or(now)
}

/// Claims the request's operation id in `txn` (once per request). A taken id fails the
/// transaction before it does anything, so the twin's effect stays the only one.
pub(crate) async fn claim_in(txn: &DatabaseTransaction) -> Result<(), DbErr> {
    let Ok(current) = CURRENT.try_with(Arc::clone) else {
        return Ok(());
    };
    if current.claimed.swap(true, Ordering::SeqCst) {
        return Ok(());
    }
    let new = NewOperation {
        id: &current.id,
        user_id: current.user_id,
        endpoint: &current.endpoint,
        tapped_at: current.device_time,
        received_at: current.received_at,
    };
    match operations::claim(txn, &new).await? {
        Claim::Claimed => Ok(()),
        Claim::Taken => {
            current.taken.store(true, Ordering::SeqCst);
            Err(DbErr::Custom("this operation was already applied".into()))
        }
    }
}
