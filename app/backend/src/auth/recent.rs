//! Sessions read in the last moment, kept in memory so that the requests a signed-in page brings
//! (the page, its server functions, a tap's answer) do not each read the same session again.
//!
//! What was read is used only while both hold:
//! - it is younger than [`RECENT`]: the bound on how late another process's change is seen (a
//!   second instance on the same PostgreSQL, a `gemba` command run beside the server);
//! - nothing changed in this process since it was read: every request that may change data (any
//!   method but GET and HEAD) and every background job that changes what a session shows (the
//!   reminders' bell) forget everything read before them, once done ([`RecentSessions::forget_all`]).
//!   A read that began before such a change is not kept.
//!
//! The checks that depend on the time (expiry, idle time, a grant's end date) are made on every
//! request from what was read, as before.
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::repo::sessions::SessionRead;

/// How long a session read is used without reading it again.
pub const RECENT: Duration = Duration::from_secs(2);
/// At most this many sessions are kept; beyond it, all are forgotten (a burst of new sign-ins).
const MOST: usize = 10_000;

#[derive(Default)]
pub struct RecentSessions {
    /// By the hash of the session's token.
    read: Mutex<HashMap<String, (Instant, Arc<SessionRead>)>>,
    /// Counts the changes made here; a read begun before the last one is not kept.
    changes: AtomicU64,
}

/// When a read of a session began, to keep it only if nothing changed meanwhile.
#[derive(Debug, Clone, Copy)]
pub struct ReadBegun {
    changes: u64,
    at: Instant,
}

impl RecentSessions {
    /// The session with this token hash as read in the last moment, if nothing changed since.
    pub fn get(&self, token_hash: &str) -> Option<Arc<SessionRead>> {
        let read = self.read.lock().unwrap_or_else(|e| e.into_inner());
        read.get(token_hash).filter(|(at, _)| at.elapsed() < RECENT).map(|(_, s)| s.clone())
    }

    pub fn begin(&self) -> ReadBegun {
        ReadBegun { changes: self.changes.load(Ordering::Acquire), at: Instant::now() }
    }

    /// Keeps a session read since `begun`, unless something changed meanwhile.
    pub fn keep(&self, token_hash: String, begun: ReadBegun, session: Arc<SessionRead>) {
        let mut read = self.read.lock().unwrap_or_else(|e| e.into_inner());
        // checked under the lock: forget_all counts, then clears under it
        if self.changes.load(Ordering::Acquire) != begun.changes {
            return;
        }
        if read.len() >= MOST {
            read.clear();
        }
        read.insert(token_hash, (begun.at, session));
    }

    /// Forgets one session (ended, or its last-seen time written).
    pub fn forget(&self, token_hash: &str) {
        self.read.lock().unwrap_or_else(|e| e.into_inner()).remove(token_hash);
    }

    /// Forgets every session read so far: something they show may have changed.
    pub fn forget_all(&self) {
        self.changes.fetch_add(1, Ordering::AcqRel);
        self.read.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::sessions::SessionUser;

    fn session() -> Arc<SessionRead> {
        Arc::new(SessionRead { user: SessionUser::default(), grants: vec![], sites: vec![] })
    }

    #[test]
    fn a_read_is_used_until_something_changes() {
        let recent = RecentSessions::default();
        let begun = recent.begin();
        recent.keep("a".into(), begun, session());
        assert!(recent.get("a").is_some());
        assert!(recent.get("b").is_none());
        recent.forget_all();
        assert!(recent.get("a").is_none(), "a change forgets what was read");
    }

    #[test]
    fn a_read_begun_before_a_change_is_not_kept() {
        let recent = RecentSessions::default();
        let begun = recent.begin();
        recent.forget_all();
        recent.keep("a".into(), begun, session());
        assert!(recent.get("a").is_none());
        let begun = recent.begin();
        recent.keep("a".into(), begun, session());
        assert!(recent.get("a").is_some());
        recent.forget("a");
        assert!(recent.get("a").is_none());
    }
}
