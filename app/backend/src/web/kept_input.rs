//! Nothing typed is lost when the server refuses a form.
//!
//! A form posted without JavaScript to a server function that refuses it is sent back to its page
//! (`?__path=<function>&__err=<error>`, leptos' form redirects) and would come back empty. Here,
//! on the way out of such a refusal, what was typed is kept for a quarter of an hour under a
//! random token held in an HttpOnly cookie and bound to the signed-in person
//! (`repo::form_drafts`); on the way back, the page gets it written into the same form: values
//! and choices, each field's message beside it (`aria-invalid`, `aria-describedby`), focus on the
//! first refused field and a summary at the top that links to the fields. Passwords, hidden fields
//! and files are never kept (a file input says to choose the file again). One mechanism for every
//! form of every page; the browser script (`enhance.js`) posts forms in the background and shows
//! this same answer in place.
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::Duration;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use lol_html::html_content::{ContentType, Element};
use lol_html::{RewriteStrSettings, element, rewrite_str, text};
use serde::{Deserialize, Serialize};

use super::request::Auth;
use crate::auth::cookie;
use crate::repo::form_drafts;
use crate::state::AppState;
use crate::token::{random_hex, sha256_hex};
use contract::error::AppError;
use i18n::Lang;

pub const COOKIE: &str = "gemba_form";
/// How long refused input is kept.
pub const KEEP_MINUTES: i64 = 15;
/// What a signed-in person's refused form may keep (bytes of JSON); sign-in keeps little more
/// than an e-mail address.
const MAX_KEPT: usize = 256 * 1024;
const MAX_ANONYMOUS: usize = 4 * 1024;
/// Pages are far smaller; one larger is sent as it is.
const MAX_PAGE: usize = 8 * 1024 * 1024;
const MAX_ERROR_BODY: usize = 64 * 1024;

/// What was sent, in the browser's order, and why it was refused.
#[derive(Debug, Serialize, Deserialize)]
struct Draft {
    fields: Vec<(String, String)>,
    error: Option<AppError>,
}

pub async fn keep(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let posted = (path.starts_with("/sfn/") && is_form(req.headers())) || is_multipart(req.headers());
    if req.method() == Method::POST && posted && !path.starts_with("/api/") && accepts_html(req.headers()) {
        return posted_form(state, req, next).await;
    }
    if req.method() == Method::GET
        && !path.starts_with("/sfn/")
        && !path.starts_with("/api/")
        && let Some(sfn) = refused_function(req.uri().query())
        && let Some(token) = cookie::read_named(req.headers(), COOKIE)
    {
        return restore_page(state, req, next, sfn, token).await;
    }
    next.run(req).await
}

fn user_id(req: &Request) -> Option<i64> {
    req.extensions().get::<Auth>().and_then(|a| a.0.as_ref()).map(|u| u.id)
}

fn is_form(h: &HeaderMap) -> bool {
    h.get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

fn is_multipart(h: &HeaderMap) -> bool {
    h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("multipart/form-data"))
}

/// The text fields of a multipart form (files are never kept).
async fn multipart_fields(content_type: &str, body: axum::body::Bytes) -> Vec<(String, String)> {
    let Ok(boundary) = multer::parse_boundary(content_type) else { return Vec::new() };
    let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
    let mut mp = multer::Multipart::new(stream, boundary);
    let mut out = Vec::new();
    while let Ok(Some(field)) = mp.next_field().await {
        let Some(name) = field.name().map(str::to_string) else { continue };
        if field.file_name().is_some() {
            continue;
        }
        match field.text().await {
            Ok(text) => out.push((name, text)),
            Err(_) => break,
        }
    }
    out
}

fn accepts_html(h: &HeaderMap) -> bool {
    h.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// The server function named by a refusal's redirect (`__path`), when it carries an error.
fn refused_function(query: Option<&str>) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query?).ok()?;
    let has_error = pairs.iter().any(|(k, _)| k == "__err");
    let path = pairs.into_iter().find(|(k, _)| k == "__path").map(|(_, v)| v)?;
    (has_error && path.starts_with('/')).then_some(path)
}

/// The fields worth giving back: never a password, never leptos' or this module's own.
fn kept_fields(sent: Vec<(String, String)>) -> Vec<(String, String)> {
    sent.into_iter().filter(|(k, _)| !k.starts_with("__") && !k.to_ascii_lowercase().contains("password")).collect()
}

fn set_cookie(token: &str, https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}", KEEP_MINUTES * 60)
}

/// The section a form asks to land on after its post (`__anchor`, e.g. `time`), when valid.
fn anchor(fields: &[(String, String)]) -> Option<&str> {
    fields.iter().find(|(k, _)| k == "__anchor").map(|(_, v)| v.as_str()).filter(|a| {
        !a.is_empty() && a.len() <= 64 && a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    })
}

/// Where a form asks to land after a post that was taken (`__then`), when it is the form's own page
/// (`from`) with another query or section: never another page, never another site.
fn then<'a>(fields: &'a [(String, String)], from: Option<&str>) -> Option<&'a str> {
    let then = fields.iter().find(|(k, _)| k == "__then").map(|(_, v)| v.as_str())?;
    let path = then.split(['?', '#']).next()?;
    (from == Some(path) && then.len() <= 300 && then.chars().all(|c| c.is_ascii_graphic()) && !then.contains('\\'))
        .then_some(then)
}

/// Sends a form post on, then: a redirect back to the form's page lands on the form's section
/// (`#anchor`, without JavaScript); a refusal keeps what was typed.
async fn posted_form(state: AppState, req: Request, next: Next) -> Response {
    let user = user_id(&req);
    let function = req.uri().path().to_string();
    let token = cookie::read_named(req.headers(), COOKIE).unwrap_or_else(|| random_hex(16));
    let from = req
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|i| rest[i..].split(['?', '#']).next().unwrap_or("/").to_string()));
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|_| is_multipart(req.headers()))
        .map(str::to_string);
    let (parts, body) = req.into_parts();
    let limit = if multipart.is_some() { super::files::ROUTE_LIMIT } else { super::BODY_LIMIT };
    let Ok(sent) = to_bytes(body, limit).await else {
        if multipart.is_some() {
            // a photo too large for the route: back to the form with the reason, not a bare 413
            let back = domain::url::safe_next(from.as_deref());
            let why = format!(
                "The file is larger than {} MB; choose a smaller one.",
                super::files::ROUTE_LIMIT / (1024 * 1024)
            );
            let to = format!("{back}?upload_error={}", domain::url::query_value(&why));
            let mut res = axum::response::Redirect::to(&to).into_response();
            res.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
            return res;
        }
        return super::sfn_status::too_large();
    };
    let pairs: Vec<(String, String)> = match &multipart {
        Some(ct) => multipart_fields(ct, sent.clone()).await,
        None => serde_urlencoded::from_bytes(&sent).unwrap_or_default(),
    };
    let mut res = next.run(Request::from_parts(parts, Body::from(sent.clone()))).await;
    let Some(location) = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .filter(|_| res.status().is_redirection())
    else {
        return res;
    };
    let back_home = from.as_deref().is_some_and(|from| {
        let to =
            location.split_once("://").map(|(_, r)| r.find('/').map(|i| &r[i..]).unwrap_or("/")).unwrap_or(&location);
        to.split(['?', '#']).next() == Some(from)
    });
    if back_home
        && !location.contains('#')
        && let Some(a) = anchor(&pairs)
        && let Ok(v) = HeaderValue::from_str(&format!("{}#{a}", location.trim_end_matches('?')))
    {
        res.headers_mut().insert(header::LOCATION, v);
    }
    // a form that moves on after its post (`__then`: the next inspection item) lands there, when
    // the post was taken and the place is on the form's own page
    if back_home
        && !location.contains("__err=")
        && let Some(then) = then(&pairs, from.as_deref())
        && let Ok(v) = HeaderValue::from_str(then)
    {
        res.headers_mut().insert(header::LOCATION, v);
    }
    if !location.contains("__err=") && multipart.is_none() {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let body = to_bytes(body, MAX_ERROR_BODY).await.unwrap_or_default();
    let error: Option<AppError> = serde_json::from_slice(&body).ok();
    if multipart.is_some() {
        // an upload route says it refused by the error in its answer (`files::fail`); its
        // redirect learns the refusal's place in leptos' terms, so the page finds what was kept
        let Some(e) = &error else { return Response::from_parts(parts, Body::from(body)) };
        let now = parts.headers.get(header::LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("/").to_string();
        let (path, fragment) = match now.split_once('#') {
            Some((p, f)) => (p.to_string(), format!("#{f}")),
            None => (now.clone(), String::new()),
        };
        let sep = if path.contains('?') { '&' } else { '?' };
        let with = format!("{path}{sep}__path={}&__err={}{fragment}", domain::url::query_value(&function), e.code());
        if let Ok(v) = HeaderValue::from_str(&with) {
            parts.headers.insert(header::LOCATION, v);
        }
    }
    let draft = Draft { fields: kept_fields(pairs), error };
    let limit = if user.is_some() { MAX_KEPT } else { MAX_ANONYMOUS };
    match serde_json::to_string(&draft) {
        Ok(json) if json.len() <= limit => {
            match form_drafts::put(&state.db, &sha256_hex(&token), user, &function, &json, state.now()).await {
                Ok(()) => {
                    if let Ok(v) = HeaderValue::from_str(&set_cookie(&token, state.config.https())) {
                        parts.headers.append(header::SET_COOKIE, v);
                    }
                }
                Err(e) => tracing::warn!(error = ?e, "keeping a refused form's input failed"),
            }
        }
        Ok(json) => tracing::info!(bytes = json.len(), %function, "refused form input too large to keep"),
        Err(e) => tracing::warn!(error = ?e, "refused form input not kept"),
    }
    Response::from_parts(parts, Body::from(body))
}

async fn restore_page(state: AppState, req: Request, next: Next, function: String, token: String) -> Response {
    let user = user_id(&req);
    let lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
    let since = state.now() - Duration::minutes(KEEP_MINUTES);
    let draft = match form_drafts::find(&state.db, &sha256_hex(&token), user, &function, since).await {
        Ok(found) => found.and_then(|json| serde_json::from_str::<Draft>(&json).ok()),
        Err(e) => {
            tracing::warn!(error = ?e, "reading kept form input failed");
            None
        }
    };
    let res = next.run(req).await;
    let html = res.headers().get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    let Some(draft) = draft.filter(|_| html && res.status().is_success()) else {
        return res;
    };
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE).await else {
        tracing::warn!(%function, "page too large to give refused input back");
        return Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR).body(Body::empty()).unwrap_or_default();
    };
    match std::str::from_utf8(&bytes)
        .ok()
        .and_then(|page| restore(lang, page, &function, &draft.fields, draft.error.as_ref()))
    {
        Some(page) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(page))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

/// Whether a form's `action` is the server function `function`.
fn posts_to(el: &Element, function: &str) -> bool {
    el.get_attribute("action").is_some_and(|a| a.split(['#', '?']).next() == Some(function))
}

/// A field's type, for inputs: what it holds decides what is given back.
fn input_type(el: &Element) -> String {
    if el.tag_name() == "input" {
        el.get_attribute("type").unwrap_or_else(|| "text".into()).to_ascii_lowercase()
    } else {
        el.tag_name()
    }
}

/// What one form posting to the function holds (first pass).
#[derive(Default)]
struct FormSeen {
    hidden: Vec<(String, String)>,
    /// named fields in order, with their id
    fields: Vec<(String, Option<String>)>,
    ids: HashSet<String>,
}

#[derive(Default)]
struct Scan {
    island_depth: usize,
    current: Option<usize>,
    forms: Vec<FormSeen>,
    label_for: Option<String>,
    labels: HashMap<String, String>,
    /// for each `<details>` in order, the forms posting to the function inside it
    details: Vec<Vec<usize>>,
    open_details: Vec<usize>,
}

/// Runs `f` when `el`'s end tag is reached.
fn at_end(el: &mut Element, f: impl FnOnce() + 'static) {
    if let Some(handlers) = el.end_tag_handlers() {
        handlers.push(Box::new(move |_| {
            f();
            Ok(())
        }));
    }
}

/// Islands hydrate their own forms: what is inside `<leptos-island>` is left as rendered.
fn island_handler(
    state: Rc<RefCell<impl IslandDepth + 'static>>,
) -> impl FnMut(&mut Element) -> lol_html::HandlerResult {
    move |el| {
        state.borrow_mut().depth_add(1);
        let s = state.clone();
        at_end(el, move || s.borrow_mut().depth_add(-1));
        Ok(())
    }
}

trait IslandDepth {
    fn depth_add(&mut self, by: isize);
}

impl IslandDepth for Scan {
    fn depth_add(&mut self, by: isize) {
        self.island_depth = self.island_depth.saturating_add_signed(by);
    }
}

fn scan(html: &str, function: &str) -> Option<Scan> {
    let state = Rc::new(RefCell::new(Scan::default()));
    let (s1, s2, s3, s4) = (state.clone(), state.clone(), state.clone(), state.clone());
    let handlers = vec![
        element!("leptos-island", island_handler(state.clone())),
        element!("form", move |el| {
            let mut s = s1.borrow_mut();
            if s.island_depth == 0 && posts_to(el, function) {
                s.forms.push(FormSeen::default());
                let i = s.forms.len() - 1;
                s.current = Some(i);
                for d in s.open_details.clone() {
                    s.details[d].push(i);
                }
                drop(s);
                let s = s1.clone();
                at_end(el, move || s.borrow_mut().current = None);
            } else {
                s.current = None;
            }
            Ok(())
        }),
        element!("form *[id]", move |el| {
            let mut s = s2.borrow_mut();
            if let (Some(i), Some(id)) = (s.current, el.get_attribute("id")) {
                s.forms[i].ids.insert(id);
            }
            Ok(())
        }),
        element!("form input[name], form textarea[name], form select[name]", move |el| {
            let mut s = s3.borrow_mut();
            let (Some(i), Some(name)) = (s.current, el.get_attribute("name")) else { return Ok(()) };
            if input_type(el) == "hidden" {
                let value = el.get_attribute("value").unwrap_or_default();
                s.forms[i].hidden.push((name, value));
            } else if !matches!(input_type(el).as_str(), "submit" | "button" | "reset" | "image") {
                let id = el.get_attribute("id");
                s.forms[i].fields.push((name, id));
            }
            Ok(())
        }),
        element!("details", {
            let s = state.clone();
            move |el| {
                let mut st = s.borrow_mut();
                st.details.push(Vec::new());
                let d = st.details.len() - 1;
                st.open_details.push(d);
                drop(st);
                let s = s.clone();
                at_end(el, move || {
                    s.borrow_mut().open_details.pop();
                });
                Ok(())
            }
        }),
        element!("label[for]", move |el| {
            s4.borrow_mut().label_for = el.get_attribute("for");
            let s = s4.clone();
            at_end(el, move || s.borrow_mut().label_for = None);
            Ok(())
        }),
        text!("label[for]", {
            let s = state.clone();
            move |t| {
                let mut s = s.borrow_mut();
                if let Some(id) = s.label_for.clone() {
                    s.labels.entry(id).or_default().push_str(t.as_str());
                }
                Ok(())
            }
        }),
    ];
    let settings = handlers.into_iter().fold(RewriteStrSettings::new(), |s, h| s.append_element_content_handler(h));
    rewrite_str(html, settings).ok()?;
    Rc::try_unwrap(state).ok().map(RefCell::into_inner)
}

/// The form that was sent: the first posting to the function whose hidden fields all carry the
/// values sent (a page lists one form per checklist step, each naming its step); an empty hidden
/// field matches one that was not sent (a form's asset not chosen yet).
fn sent_form(forms: &[FormSeen], fields: &[(String, String)]) -> Option<usize> {
    let carried = |(k, v): &(String, String)| {
        fields.iter().any(|(n, w)| n == k && w == v) || (v.is_empty() && !fields.iter().any(|(n, _)| n == k))
    };
    forms.iter().position(|f| f.hidden.iter().filter(|(k, _)| !k.starts_with("__")).all(carried))
}

/// A field's message and where it shows.
struct Marked {
    id: String,
    /// the message element's id (a page's own `FieldError`, or the one written here)
    message_id: String,
    message: String,
    /// written here: the page has no message element for it
    write_message: bool,
}

#[derive(Default)]
struct Apply {
    island_depth: usize,
    seen: usize,
    inside: bool,
    select: Option<String>,
    used: HashMap<String, usize>,
    done: HashSet<String>,
    focused: bool,
    details_seen: usize,
}

impl IslandDepth for Apply {
    fn depth_add(&mut self, by: isize) {
        self.island_depth = self.island_depth.saturating_add_signed(by);
    }
}

/// Writes what was sent (and the error's field messages) into the form that sent it; None when
/// the page has no such form.
pub fn restore(
    lang: Lang,
    html: &str,
    function: &str,
    fields: &[(String, String)],
    error: Option<&AppError>,
) -> Option<String> {
    let seen = scan(html, function)?;
    let target = sent_form(&seen.forms, fields)?;
    let form = &seen.forms[target];
    // in the reader's language where the catalogue knows the server's message
    let messages: BTreeMap<String, String> = match error {
        Some(AppError::Validation(f)) => {
            f.0.iter().map(|(k, m)| (k.clone(), i18n::translate_english(lang, m))).collect()
        }
        _ => BTreeMap::new(),
    };
    let mut marked: HashMap<String, Marked> = HashMap::new();
    let mut summary = Vec::new();
    for (name, id) in &form.fields {
        let Some(message) = messages.get(name) else { continue };
        if marked.contains_key(name) {
            continue;
        }
        let id = id.clone().unwrap_or_else(|| format!("kept-{target}-{}", slug(name)));
        let own = format!("{name}-error");
        let write_message = !form.ids.contains(&own);
        let message_id = if write_message { format!("{id}-error") } else { own };
        let label = seen.labels.get(&id).map(|l| l.trim().to_string()).filter(|l| !l.is_empty());
        summary.push((Some(id.clone()), label, message.clone()));
        marked.insert(name.clone(), Marked { id, message_id, message: message.clone(), write_message });
    }
    for (name, message) in &messages {
        if !marked.contains_key(name) {
            summary.push((None, None, message.clone()));
        }
    }
    let summary_html = summary_html(lang, error, &summary);
    let mut values: HashMap<&str, Vec<&str>> = HashMap::new();
    for (k, v) in fields {
        values.entry(k.as_str()).or_default().push(v.as_str());
    }

    // a refused form folded in `<details>` is shown open, with its messages in view
    let unfold: HashSet<usize> =
        seen.details.iter().enumerate().filter(|(_, forms)| forms.contains(&target)).map(|(i, _)| i).collect();
    let state = Rc::new(RefCell::new(Apply::default()));
    let (s1, s2, s3, s4) = (state.clone(), state.clone(), state.clone(), state.clone());
    let (values1, values2) = (&values, &values);
    let marked = &marked;
    let handlers = vec![
        element!("leptos-island", island_handler(state.clone())),
        element!("form", move |el| {
            let mut s = s1.borrow_mut();
            if s.island_depth == 0 && posts_to(el, function) {
                s.inside = s.seen == target;
                s.seen += 1;
                if s.inside {
                    if let Some(h) = &summary_html {
                        el.prepend(h, ContentType::Html);
                    }
                    drop(s);
                    let s = s1.clone();
                    at_end(el, move || s.borrow_mut().inside = false);
                }
            } else {
                s.inside = false;
            }
            Ok(())
        }),
        element!("form input[name], form textarea[name], form select[name]", move |el| {
            let mut s = s2.borrow_mut();
            let Some(name) = el.get_attribute("name").filter(|_| s.inside) else { return Ok(()) };
            let kind = input_type(el);
            if matches!(kind.as_str(), "hidden" | "submit" | "button" | "reset" | "image") {
                return Ok(());
            }
            let sent = values1.get(name.as_str());
            let nth = {
                let n = s.used.entry(name.clone()).or_default();
                *n += 1;
                *n - 1
            };
            match kind.as_str() {
                "password" | "file" => {}
                "checkbox" | "radio" => {
                    if let Some(sent) = sent {
                        let value = el.get_attribute("value").unwrap_or_else(|| "on".into());
                        if sent.contains(&value.as_str()) {
                            el.set_attribute("checked", "")?;
                        } else {
                            el.remove_attribute("checked");
                        }
                    } else if fields_sent_by_form(values1) {
                        // an unticked box is not sent at all
                        el.remove_attribute("checked");
                    }
                }
                "select" => {
                    s.select = Some(name.clone());
                    let st = s2.clone();
                    at_end(el, move || st.borrow_mut().select = None);
                }
                "textarea" => {
                    if let Some(v) = sent.and_then(|v| v.get(nth)) {
                        el.set_inner_content(&html_escape::encode_text(v), ContentType::Html);
                    }
                }
                _ => {
                    if let Some(v) = sent.and_then(|v| v.get(nth)) {
                        el.set_attribute("value", v)?;
                    }
                }
            }
            if let Some(m) = marked.get(&name)
                && s.done.insert(name.clone())
            {
                if el.get_attribute("id").is_none() {
                    el.set_attribute("id", &m.id)?;
                }
                el.set_attribute("aria-invalid", "true")?;
                let described = match el.get_attribute("aria-describedby") {
                    Some(d) if !d.is_empty() => format!("{d} {}", m.message_id),
                    _ => m.message_id.clone(),
                };
                el.set_attribute("aria-describedby", &described)?;
                if !s.focused {
                    s.focused = true;
                    el.set_attribute("autofocus", "")?;
                }
                if m.write_message {
                    let again = if kind == "file" { " Choose the file again." } else { "" };
                    el.after(
                        &format!(
                            "<p class=\"field-error\" id=\"{}\">{}{again}</p>",
                            html_escape::encode_double_quoted_attribute(&m.message_id),
                            html_escape::encode_text(&m.message)
                        ),
                        ContentType::Html,
                    );
                }
            }
            Ok(())
        }),
        element!("details", move |el| {
            let mut s = s4.borrow_mut();
            if unfold.contains(&s.details_seen) && !el.has_attribute("open") {
                el.set_attribute("open", "")?;
            }
            s.details_seen += 1;
            Ok(())
        }),
        element!("form select option", move |el| {
            let s = s3.borrow();
            let Some(select) = s.select.as_deref().filter(|_| s.inside) else { return Ok(()) };
            let (Some(sent), Some(value)) = (values2.get(select), el.get_attribute("value")) else { return Ok(()) };
            if sent.contains(&value.as_str()) {
                el.set_attribute("selected", "")?;
            } else {
                el.remove_attribute("selected");
            }
            Ok(())
        }),
    ];
    let settings = handlers.into_iter().fold(RewriteStrSettings::new(), |s, h| s.append_element_content_handler(h));
    rewrite_str(html, settings).ok()
}

/// Any field at all was sent: then a checkbox missing from what was sent was unticked.
fn fields_sent_by_form(values: &HashMap<&str, Vec<&str>>) -> bool {
    !values.is_empty()
}

fn slug(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect()
}

/// The summary at the top of the refused form: the error, then each field's message linking to
/// the field. A refusal that is not about a field (the record changed meanwhile: a work order
/// cancelled, a step already answered) is said there too, so the form never comes back silent.
fn summary_html(
    lang: Lang,
    error: Option<&AppError>,
    items: &[(Option<String>, Option<String>, String)],
) -> Option<String> {
    // sign-in says its own refusals (wrong password, too many tries) under its form
    let error = error.filter(|e| {
        !matches!(e, AppError::Unauthorized | AppError::BadCredentials | AppError::TooManyRequests { .. })
    })?;
    let mut h = format!(
        "<div class=\"error-summary\" role=\"alert\"><p><strong>{}</strong></p><ul>",
        html_escape::encode_text(&i18n::translate_english(lang, &error.to_string()))
    );
    for (id, label, message) in items {
        let text = match label {
            Some(l) => format!("{l}: {message}"),
            None => message.clone(),
        };
        match id {
            Some(id) => h.push_str(&format!(
                "<li><a href=\"#{}\">{}</a></li>",
                html_escape::encode_double_quoted_attribute(id),
                html_escape::encode_text(&text)
            )),
            None => h.push_str(&format!("<li>{}</li>", html_escape::encode_text(&text))),
        }
    }
    h.push_str("</ul></div>");
    Some(h)
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::validation::FieldErrors;

    const PAGE: &str = r#"<main>
<form method="post" action="/sfn/answer_step"><input type="hidden" name="step_id" value="1"/><input name="value"/><input name="note"/><button>Save</button></form>
<form method="post" action="/sfn/answer_step"><input type="hidden" name="step_id" value="2"/><label for="v2">Reading</label><input id="v2" name="value"/><input name="note"/><button>Save</button></form>
<form method="post" action="/sfn/add_part"><input name="quantity"/></form>
</main>"#;

    fn sent(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_form_that_was_sent_gets_its_values_and_messages() {
        let error =
            AppError::Validation(FieldErrors::single("note", "250 is outside the limits (180 to 210 bar); add a note"));
        let out = restore(
            Lang::En,
            PAGE,
            "/sfn/answer_step",
            &sent(&[("step_id", "2"), ("value", "250"), ("note", "")]),
            Some(&error),
        )
        .expect("restored");
        let second = out.split("<form").nth(2).expect("second form");
        assert!(second.contains(r#"<input id="v2" name="value" value="250""#), "{second}");
        assert!(second.contains(r#"aria-invalid="true""#), "{second}");
        assert!(second.contains("250 is outside the limits (180 to 210 bar); add a note</p>"), "{second}");
        assert!(second.contains("autofocus"), "{second}");
        assert!(second.contains(r##"<a href="#kept-1-note">"##), "{second}");
        let first = out.split("<form").nth(1).expect("first form");
        assert!(!first.contains("250") && !first.contains("aria-invalid"), "the other step is untouched: {first}");
        assert!(!out.split("<form").nth(3).unwrap_or_default().contains("value="), "other forms untouched");
    }

    #[test]
    fn text_is_written_escaped_and_passwords_never_come_back() {
        let page = r#"<form action="/sfn/x"><textarea name="d"></textarea><input type="password" name="pw"/><select name="s"><option value="a" selected>A</option><option value="b">B</option></select><input type="checkbox" name="c" checked/></form>"#;
        let fields = sent(&[("d", "</textarea><b id=x>"), ("pw", "secret"), ("s", "b")]);
        let out = restore(Lang::En, page, "/sfn/x", &fields, None).expect("restored");
        assert!(out.contains("<textarea name=\"d\">&lt;/textarea&gt;&lt;b id=x&gt;</textarea>"), "{out}");
        assert!(!out.contains("secret"), "{out}");
        assert!(out.contains(r#"<option value="b" selected"#) && out.contains(r#"<option value="a">"#), "{out}");
        assert!(!out.contains("checked"), "an unticked box stays unticked: {out}");
        let posted = sent(&[("email", "a@b.c"), ("password", "x"), ("signature_password", "y"), ("__anchor", "z")]);
        assert_eq!(kept_fields(posted), sent(&[("email", "a@b.c")]));
    }

    #[test]
    fn a_refused_form_folded_away_is_shown_open() {
        let page = r#"<details id="a"><summary>Other</summary></details><details id="b"><summary>Add an action</summary><form action="/sfn/x"><input name="t"/></form></details>"#;
        let out = restore(Lang::En, page, "/sfn/x", &sent(&[("t", "Fix the guard")]), None).expect("restored");
        assert!(out.contains(r#"<details id="a">"#) && out.contains(r#"<details id="b" open"#), "{out}");
    }

    #[test]
    fn islands_and_other_pages_are_left_alone() {
        let island = r#"<leptos-island><form action="/sfn/x"><input name="a"/></form></leptos-island>"#;
        assert_eq!(restore(Lang::En, island, "/sfn/x", &sent(&[("a", "1")]), None), None);
        assert_eq!(restore(Lang::En, PAGE, "/sfn/other", &sent(&[("a", "1")]), None), None);
        assert_eq!(refused_function(Some("x=1&__path=%2Fsfn%2Fadd_time&__err=e30")), Some("/sfn/add_time".into()));
        assert_eq!(refused_function(Some("__path=%2Fsfn%2Fadd_time")), None);
    }
}
