//! Sign-in throttling: at most 10 failures a minute and 30 in 15 minutes per account, and ten
//! times that per client address (a plant's people often share one address behind its proxy, so
//! one person's typos, or an attacker's guesses, must not lock out everyone there); past that,
//! requests get 429 with the seconds until the oldest failure leaves the window (so waiting is
//! enough: never a lockout an attacker could keep a real user in). A device the person signed in
//! from before (its cookie) has a budget of its own instead, the size of an account's: guesses sent
//! from anywhere else never hold it back, and it never borrows from anyone else's.
use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub limit: usize,
    pub seconds: i64,
}

/// Per account (and per e-signature).
pub const ACCOUNT: [Window; 2] = [Window { limit: 10, seconds: 60 }, Window { limit: 30, seconds: 900 }];
/// How long a device stays known after its last sign-in.
pub const KNOWN_DEVICE_DAYS: i64 = 180;
/// Per client address.
pub const CLIENT: [Window; 2] = [Window { limit: 100, seconds: 60 }, Window { limit: 300, seconds: 900 }];

/// The longest window: older failures never matter.
pub const LOOKBACK_SECONDS: i64 = 900;

/// Seconds to wait before another attempt is allowed, or None when one is allowed now.
/// `failures` are the recorded failure times within [`LOOKBACK_SECONDS`], in any order.
pub fn retry_after(failures: &[DateTime<Utc>], windows: &[Window], now: DateTime<Utc>) -> Option<i64> {
    let mut sorted: Vec<DateTime<Utc>> = failures.to_vec();
    sorted.sort();
    windows
        .iter()
        .filter_map(|w| {
            let start = now - Duration::seconds(w.seconds);
            let inside: Vec<&DateTime<Utc>> = sorted.iter().filter(|t| **t > start && **t <= now).collect();
            if inside.len() < w.limit {
                return None;
            }
            // Once this one leaves the window, the count is below the limit again.
            let pivot = inside[inside.len() - w.limit];
            let wait = (*pivot + Duration::seconds(w.seconds) - now).num_seconds();
            Some(wait.max(1))
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(s: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_800_000_000 + s, 0).unwrap()
    }

    #[test]
    fn nine_failures_a_minute_are_allowed_the_tenth_throttles() {
        let now = at(60);
        let nine: Vec<_> = (0..9).map(|i| at(10 + i)).collect();
        assert_eq!(retry_after(&nine, &ACCOUNT, now), None);
        let ten: Vec<_> = (0..10).map(|i| at(10 + i)).collect();
        // the oldest (t=10) leaves the 60 s window at t=70
        assert_eq!(retry_after(&ten, &ACCOUNT, now), Some(10));
        assert_eq!(retry_after(&ten, &ACCOUNT, at(70)), None);
    }

    #[test]
    fn a_client_address_takes_ten_times_what_an_account_does() {
        let now = at(60);
        let many: Vec<_> = (0..99).map(|i| at(i / 2)).collect();
        assert_eq!(retry_after(&many, &CLIENT, now), None);
        assert!(retry_after(&many, &ACCOUNT, now).is_some());
    }

    #[test]
    fn slow_steady_guessing_hits_the_fifteen_minute_window() {
        // 30 failures, 9 per minute: the minute window never trips, the 15-minute one does
        let f: Vec<_> = (0..30).map(|i| at(i * 25)).collect();
        let now = at(30 * 25);
        let wait = retry_after(&f, &ACCOUNT, now).unwrap();
        assert_eq!(wait, 900 - 750);
        assert_eq!(retry_after(&f, &ACCOUNT, now + Duration::seconds(wait)), None);
    }
}
