//! One round trip for a form posted in place. `enhance.js` posts a form in the background and
//! shows the page the server sends back; a server function answers a form with a redirect to the
//! page it came from, so a phone would wait for two round trips (the post, then the page): on a
//! 300 ms network that alone is 600 ms. When the post asks for it (`Gemba-In-Place`), the page the
//! redirect names is rendered here, through the same app and with the same cookies (plus those the
//! answer set: a kept form's, a renewed session's), and sent as the answer, with
//! `Gemba-Location` saying which page it is. Anything else (not a redirect, another site, a page
//! that does not answer 200) goes back as it was, and the browser follows it as before.
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::{ACCEPT, ACCEPT_LANGUAGE, COOKIE, HOST, LOCATION, SET_COOKIE, USER_AGENT};
use http::{HeaderValue, Method, StatusCode};
use tower::ServiceExt;

/// Request header of a post sent by `enhance.js`.
pub const ASK: &str = "gemba-in-place";
/// Response header: the path of the page sent in place of the redirect.
pub const PAGE: &str = "gemba-location";

pub async fn follow(pages: Router, req: Request, next: Next) -> Response {
    if req.method() != Method::POST || !req.headers().contains_key(ASK) {
        return next.run(req).await;
    }
    let mut carried = http::HeaderMap::new();
    for name in [HOST, ACCEPT_LANGUAGE, USER_AGENT] {
        if let Some(v) = req.headers().get(&name) {
            carried.insert(name, v.clone());
        }
    }
    let sent_cookies: Vec<String> =
        req.headers().get_all(COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_string).collect();
    let answer = next.run(req).await;
    let host = carried.get(HOST).and_then(|h| h.to_str().ok()).unwrap_or_default().to_string();
    let Some(path) = local_redirect(&answer, &host) else { return answer };
    let Some(cookie) = cookies_for(&path, &sent_cookies, &answer) else { return answer };
    let target = path.split('#').next().unwrap_or(&path);
    let mut get = Request::builder().method(Method::GET).uri(target);
    for (name, value) in &carried {
        get = get.header(name, value);
    }
    get = get.header(ACCEPT, "text/html");
    if !cookie.is_empty() {
        get = get.header(COOKIE, cookie);
    }
    let Ok(get) = get.body(Body::empty()) else { return answer };
    let Ok(mut page) = pages.oneshot(get).await;
    if page.status() != StatusCode::OK {
        return answer;
    }
    // what the post's answer said besides the redirect: its cookies, set before the page's own (a
    // browser following the redirect applies the page's last: a cookie the page clears, such as a
    // new token's secret shown once, stays cleared), and the clock check
    let page_cookies: Vec<HeaderValue> = page.headers().get_all(SET_COOKIE).iter().cloned().collect();
    page.headers_mut().remove(SET_COOKIE);
    for (name, value) in answer.headers() {
        if name == SET_COOKIE || (name.as_str().starts_with("gemba-") && !page.headers().contains_key(name)) {
            page.headers_mut().append(name.clone(), value.clone());
        }
    }
    for value in page_cookies {
        page.headers_mut().append(SET_COOKIE, value);
    }
    if let Ok(v) = HeaderValue::from_str(&path) {
        page.headers_mut().insert(PAGE, v);
    }
    page
}

/// The path of this app a redirect leads to: a path, or an address on the host the post was sent
/// to (`host`); never another host.
fn local_redirect(answer: &Response, host: &str) -> Option<String> {
    if !answer.status().is_redirection() {
        return None;
    }
    let to = answer.headers().get(LOCATION)?.to_str().ok()?;
    let path = match to.split_once("://") {
        Some((scheme, rest)) if matches!(scheme, "http" | "https") && !host.is_empty() => {
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            (authority == host).then_some(path)?
        }
        Some(_) => return None,
        None => to,
    };
    (path.starts_with('/') && !path.starts_with("//") && !path.contains('\\')).then(|| path.to_string())
}

/// The Cookie header a browser would send to `path` after the answer: the post's cookies with
/// those the answer set, changed or removed. None when a cookie cannot be read (leave it to the
/// browser).
fn cookies_for(path: &str, sent: &[String], answer: &Response) -> Option<String> {
    let mut jar: Vec<(String, String)> = Vec::new();
    for header in sent {
        for c in cookie::Cookie::split_parse(header.as_str()) {
            let c = c.ok()?;
            jar.push((c.name().to_string(), c.value().to_string()));
        }
    }
    let page_path = path.split(['?', '#']).next().unwrap_or("/");
    for set in answer.headers().get_all(SET_COOKIE) {
        let c = cookie::Cookie::parse(set.to_str().ok()?).ok()?;
        jar.retain(|(name, _)| name != c.name());
        let gone = c.max_age().is_some_and(|a| a.is_zero() || a.is_negative());
        let sent_there = c.path().is_none_or(|p| page_path.starts_with(p));
        if !gone && sent_there {
            jar.push((c.name().to_string(), c.value().to_string()));
        }
    }
    Some(jar.iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(set: &[&str]) -> Response {
        let mut r = Response::builder().status(302).header(LOCATION, "/work-orders/7#time");
        for s in set {
            r = r.header(SET_COOKIE, *s);
        }
        r.body(Body::empty()).unwrap()
    }

    #[test]
    fn the_page_gets_the_cookies_a_browser_would_send_it() {
        let sent = vec!["gemba_session=abc; gemba_draft=old".to_string()];
        let a = answer(&[
            "gemba_draft=new; Path=/; HttpOnly; Max-Age=900",
            "gemba_new_token=s3cret; Path=/profile; Max-Age=300",
            "gemba_session=; Path=/; Max-Age=0",
        ]);
        assert_eq!(local_redirect(&a, "gemba.plant").as_deref(), Some("/work-orders/7#time"));
        assert_eq!(cookies_for("/work-orders/7#time", &sent, &a).as_deref(), Some("gemba_draft=new"));
    }

    #[test]
    fn only_a_redirect_to_this_app_is_followed() {
        let to = |to: &str| Response::builder().status(303).header(LOCATION, to).body(Body::empty()).unwrap();
        for away in [
            "https://evil.example/x",
            "//evil.example/x",
            "/\\evil.example",
            "javascript:alert(1)",
            "https://gemba.plant.evil/x",
        ] {
            assert_eq!(local_redirect(&to(away), "gemba.plant"), None, "{away}");
        }
        assert_eq!(local_redirect(&to("http://gemba.plant/work?x=1"), "gemba.plant").as_deref(), Some("/work?x=1"));
        assert_eq!(local_redirect(&to("https://gemba.plant"), "gemba.plant"), None);
        assert_eq!(local_redirect(&Response::builder().status(200).body(Body::empty()).unwrap(), "gemba.plant"), None);
    }
}
