//! Moments as the plant's clock shows them: `2026-11-22 14:30 CST` at a Chicago site, never UTC
//! (the audit trail and the organisation-wide outbox keep UTC, and say so).
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::ui::layout::use_me;

/// `at` on the clock of the IANA time zone `tz`, with the zone's abbreviation; UTC when the zone
/// is unknown. Pages render on the server, where the time-zone database is.
pub fn local_text(at: DateTime<Utc>, tz: &str) -> String {
    #[cfg(feature = "ssr")]
    if let Ok(zone) = tz.parse::<chrono_tz::Tz>() {
        return at.with_timezone(&zone).format("%Y-%m-%d %H:%M %Z").to_string();
    }
    let _ = tz;
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A moment on the reader's current site's clock (the site whose records the page shows), in a
/// `<time>` element carrying the instant.
#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    let me = use_me();
    let iso = at.to_rfc3339();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let iso = iso.clone();
                Suspend::new(async move {
                    let tz = me
                        .await
                        .ok()
                        .and_then(|m| m.current_site().map(|s| s.site.timezone.clone()))
                        .unwrap_or_else(|| "UTC".into());
                    view! { <time datetime=iso>{local_text(at, &tz)}</time> }
                })
            }}
        </Suspense>
    }
}
