//! `/unsubscribe/{token}`: the List-Unsubscribe target of reminder digests. A POST (the one-click
//! request a mail client makes, RFC 8058, or the button on the GET page) switches every optional
//! reminder e-mail off for the token's owner; escalations still come. A GET only asks, so a link
//! scanner that follows it changes nothing.
use axum::extract::{Extension, Path, State};
use axum::http::StatusCode;
use axum::response::Html;

use crate::services::records::reminders;
use crate::state::AppState;
use html_escape::encode_quoted_attribute as escape_html;
use i18n::{Lang, t};

fn page(lang: Lang, title: &str, body: &str) -> Html<String> {
    Html(format!(
        "<!DOCTYPE html><html lang=\"{l}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{t} · Gemba</title><link rel=\"stylesheet\" href=\"{css}/pkg/gemba.css\"></head>\
         <body><main class=\"page\"><h1>{t}</h1>{body}</main></body></html>",
        l = lang.code(),
        t = escape_html(title),
        css = super::assets::prefix()
    ))
}

/// A paragraph of text.
fn para(text: &str) -> String {
    format!("<p>{}</p>", escape_html(text))
}

/// In the language of the browser that opened the link (the e-mail was in its reader's).
pub async fn ask(Extension(lang): Extension<Lang>, Path(token): Path<String>) -> Html<String> {
    let stop = t!(lang, "unsub-stop");
    page(
        lang,
        &stop,
        &format!(
            "{}<form method=\"post\" action=\"/unsubscribe/{}\"><button type=\"submit\">{}</button></form>",
            para(&t!(lang, "unsub-ask")),
            escape_html(&token),
            escape_html(&stop)
        ),
    )
}

pub async fn confirm(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(token): Path<String>,
) -> (StatusCode, Html<String>) {
    match reminders::unsubscribe(&state, &token).await {
        Ok(true) => (
            StatusCode::OK,
            page(
                lang,
                &t!(lang, "unsub-stopped"),
                &format!(
                    "<p>{} (<a href=\"/profile#reminders\">{}</a>).</p>",
                    escape_html(&t!(lang, "unsub-stopped-text")),
                    escape_html(&t!(lang, "nav-reminders"))
                ),
            ),
        ),
        Ok(false) => {
            (StatusCode::NOT_FOUND, page(lang, &t!(lang, "unsub-invalid"), &para(&t!(lang, "unsub-invalid-text"))))
        }
        Err(e) => {
            tracing::error!(error = ?e, "unsubscribe failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                page(lang, &t!(lang, "unsub-failed"), &para(&t!(lang, "unsub-failed-text"))),
            )
        }
    }
}
