//! Moments as the plant's clock shows them: `2026-11-22 14:30 CST` at a Chicago site, never UTC
//! (the audit trail and the organisation-wide outbox keep UTC, and say so).
use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::lang::{Lang, use_lang};
use crate::ui::layout::use_me;

/// `at` on the clock of the IANA time zone `tz`, with the zone's abbreviation, as `lang` writes
/// it; UTC when the zone is unknown. Pages render on the server, where the time-zone database is.
pub fn local_text(lang: Lang, at: DateTime<Utc>, tz: &str) -> String {
    #[cfg(feature = "ssr")]
    if let Ok(zone) = tz.parse::<chrono_tz::Tz>() {
        return i18n::date_time(lang, &at.with_timezone(&zone));
    }
    let _ = tz;
    i18n::date_time(lang, &at)
}

/// A moment on the reader's current site's clock (the site whose records the page shows), in a
/// `<time>` element carrying the instant.
#[component]
pub fn LocalTime(at: DateTime<Utc>) -> impl IntoView {
    let me = use_me();
    let lang = use_lang();
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
                    view! { <time datetime=iso>{local_text(lang, at, &tz)}</time> }
                })
            }}
        </Suspense>
    }
}
