//! The offline queue's rules on the server side: how long an operation's id is remembered, and
//! when a device's clock is too far from the server's to be trusted as it is.
use chrono::{DateTime, Duration, Utc};

/// An operation id is remembered this long: a phone that comes back after a month away still
/// cannot apply a queued action twice.
pub const KEEP_OPERATION_DAYS: i64 = 90;

/// A device clock further than this from the server's is shown to the person, and the server's
/// time is kept beside the device's.
pub const MAX_SKEW_MINUTES: i64 = 5;

/// A time the device says it tapped, as far as the server can take it: never later than when the
/// server received it (a clock ahead of the server's would date work in the future) and never
/// older than an operation id is kept.
pub fn tapped_time(tapped: DateTime<Utc>, received: DateTime<Utc>) -> DateTime<Utc> {
    tapped.clamp(received - Duration::days(KEEP_OPERATION_DAYS), received)
}

/// How far the device's clock was from the server's, when that is more than the allowed skew.
/// A tap sent at once (online) is compared with its arrival; a queued one may be old and is
/// only suspicious when it claims a time after its arrival.
pub fn clock_skew(tapped: DateTime<Utc>, received: DateTime<Utc>, queued: bool) -> Option<Duration> {
    let ahead = tapped - received;
    let off = if queued { ahead.max(Duration::zero()) } else { ahead.abs() };
    (off > Duration::minutes(MAX_SKEW_MINUTES)).then_some(off)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 4, h, m, 0).unwrap()
    }

    #[test]
    fn a_device_time_is_kept_unless_it_is_in_the_future_or_too_old() {
        assert_eq!(tapped_time(at(9, 0), at(10, 0)), at(9, 0), "queued an hour: the tap's time");
        assert_eq!(tapped_time(at(11, 0), at(10, 0)), at(10, 0), "a clock ahead never dates work later");
        let old = at(10, 0) - Duration::days(400);
        assert_eq!(tapped_time(old, at(10, 0)), at(10, 0) - Duration::days(KEEP_OPERATION_DAYS));
    }

    #[test]
    fn skew_over_five_minutes_is_reported() {
        assert_eq!(clock_skew(at(10, 4), at(10, 0), false), None);
        assert_eq!(clock_skew(at(9, 50), at(10, 0), false), Some(Duration::minutes(10)), "sent at once, clock behind");
        assert_eq!(clock_skew(at(9, 50), at(10, 0), true), None, "queued ten minutes: not a skew");
        assert_eq!(clock_skew(at(10, 6), at(10, 0), true), Some(Duration::minutes(6)), "from the future");
    }
}
