//! `/unsubscribe/{token}`: the List-Unsubscribe target of reminder digests. A POST (the one-click
//! request a mail client makes, RFC 8058, or the button on the GET page) switches every optional
//! reminder e-mail off for the token's owner; escalations still come. A GET only asks, so a link
//! scanner that follows it changes nothing.
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Html;

use crate::services::records::reminders;
use crate::state::AppState;
use html_escape::encode_quoted_attribute as escape_html;

fn page(title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{t} · Gemba</title><link rel=\"stylesheet\" href=\"{css}/pkg/gemba.css\"></head>\
         <body><main class=\"page\"><h1>{t}</h1>{body}</main></body></html>",
        t = escape_html(title),
        css = super::assets::prefix()
    ))
}

pub async fn ask(Path(token): Path<String>) -> Html<String> {
    page(
        "Stop reminder e-mails",
        &format!(
            "<p>Stop the optional reminder e-mails from Gemba? You keep seeing reminders in the app, and \
             escalations to you as a site's manager are still sent.</p>\
             <form method=\"post\" action=\"/unsubscribe/{}\"><button type=\"submit\">Stop reminder e-mails</button></form>",
            escape_html(&token)
        ),
    )
}

pub async fn confirm(State(state): State<AppState>, Path(token): Path<String>) -> (StatusCode, Html<String>) {
    match reminders::unsubscribe(&state, &token).await {
        Ok(true) => (
            StatusCode::OK,
            page(
                "Reminder e-mails stopped",
                "<p>You will get no more optional reminder e-mails. Turn them back on from your profile \
                 (<a href=\"/profile#reminders\">Reminders</a>).</p>",
            ),
        ),
        Ok(false) => (StatusCode::NOT_FOUND, page("Link not valid", "<p>This unsubscribe link is not valid.</p>")),
        Err(e) => {
            tracing::error!(error = ?e, "unsubscribe failed");
            (StatusCode::INTERNAL_SERVER_ERROR, page("Something went wrong", "<p>Please try again later.</p>"))
        }
    }
}
