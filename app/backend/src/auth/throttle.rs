//! Sign-in throttling keys and storage (rules in `domain::throttle`). Failures are kept in the
//! database so every instance sees them.
use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;

use crate::repo::login_failures;
pub use domain::throttle::{ACCOUNT, CLIENT, KNOWN_DEVICE_DAYS};
use domain::throttle::{LOOKBACK_SECONDS, Window, retry_after};

pub fn account_key(email: &str) -> String {
    format!("acct:{}", email.trim().to_lowercase())
}

pub fn client_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// The key of a known device, from its token's hash (the token itself is never stored).
pub fn device_key(token_hash: &str) -> String {
    format!("dev:{token_hash}")
}

/// Seconds to wait before this key may try again, if it is throttled.
pub async fn check(
    conn: &impl ConnectionTrait,
    key: &str,
    windows: &[Window],
    now: DateTime<Utc>,
) -> Result<Option<i64>, sea_orm::DbErr> {
    let since = now - Duration::seconds(LOOKBACK_SECONDS);
    let failures = login_failures::since(conn, key, since).await?;
    Ok(retry_after(&failures, windows, now))
}
