//! Background jobs: each a single step `run_once(state, now)`; the server's loop only sleeps and
//! calls them, so tests can drive them with any clock.
pub mod housekeeping;
pub mod inspections;
pub mod pm;
pub mod reminders;

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How long one run of a job may work, in all and for one site: when the run has used its budget it
/// stops, and a site that has used its share waits for the next run, so one bad record (or one
/// large site) cannot hold the others back. Measured on the monotonic clock, not the app's.
#[derive(Debug)]
pub struct Budget {
    run: Duration,
    per_site: Duration,
    started: Instant,
    used: HashMap<i64, Duration>,
}

impl Budget {
    /// A run of a background job: 60 s, 15 s of it for one site.
    pub fn standard() -> Self {
        Self::new(Duration::from_secs(60), Duration::from_secs(15))
    }

    pub fn new(run: Duration, per_site: Duration) -> Self {
        Self { run, per_site, started: Instant::now(), used: HashMap::new() }
    }

    /// Whether the run may go on with a record of `site`.
    pub fn allows(&self, site: i64) -> bool {
        self.started.elapsed() < self.run && self.used.get(&site).copied().unwrap_or_default() < self.per_site
    }

    /// Counts the time since `since` against `site`.
    pub fn spend(&mut self, site: i64, since: Instant) {
        *self.used.entry(site).or_default() += since.elapsed();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_that_used_its_share_waits_while_the_others_go_on() {
        let mut b = Budget::new(Duration::from_secs(3600), Duration::from_millis(5));
        let t = Instant::now();
        std::thread::sleep(Duration::from_millis(6));
        b.spend(1, t);
        assert!(!b.allows(1), "site 1 used its share");
        assert!(b.allows(2), "site 2 has not");
        let spent = Budget::new(Duration::ZERO, Duration::from_secs(1));
        assert!(!spent.allows(2), "nothing once the run's budget is used");
    }
}
