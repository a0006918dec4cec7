use std::collections::{BTreeSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use backend::clock::ManualClock;
use backend::config::{Config, LogFormat};
use backend::services::{Caller, records::sites};
use backend::state::AppState;
use backend::token::random_hex;
use chrono::{TimeZone, Utc};
use reqwest::header::HeaderMap;
use serde_json::Value;

pub const PASSWORD: &str = "correct-horse-battery";

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub clock: ManualClock,
    /// Site ids: the two plants.
    pub rvs: i64,
    pub lyn: i64,
    /// User ids by role name.
    pub admin: i64,
    pub tech: i64,
    /// SQL statements run so far (every connection of the pool; `statements_during` counts one
    /// request's)
    pub statements: Arc<std::sync::atomic::AtomicUsize>,
    _dir: Option<TempDir>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

/// Removed when the test ends.
pub struct TempDir(pub PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub fn postgres_url() -> Option<String> {
    std::env::var("GEMBA_TEST_DATABASE_URL").ok().filter(|s| !s.is_empty())
}

/// A fresh database: a new SQLite file, or a new schema in the run's PostgreSQL database.
pub fn test_config() -> (Config, Option<TempDir>) {
    let mut cfg = Config { log_format: LogFormat::Text, database_max_connections: 5, ..Default::default() };
    // Uploads always go to a throwaway directory, whichever database the run uses.
    let dir = std::env::temp_dir().join(format!("gemba-test-{}", random_hex(6)));
    std::fs::create_dir_all(&dir).unwrap();
    cfg.data_dir = dir.clone();
    match postgres_url() {
        Some(url) => {
            cfg.database_url = url;
            cfg.database_schema = Some(format!("t_{}", random_hex(6)));
        }
        None => cfg.database_url = format!("sqlite://{}/gemba.db", dir.display()),
    }
    (cfg, Some(TempDir(dir)))
}

pub async fn spawn_app() -> TestApp {
    spawn_with(|_| {}).await
}

pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (mut cfg, dir) = test_config();
    cfg.addr = addr;
    cfg.base_url = format!("http://{addr}");
    adjust(&mut cfg);
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap());
    let mut state = server::prepare(cfg, Arc::new(clock.clone())).await.expect("app starts");
    let statements = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = statements.clone();
    state.db.set_metric_callback(move |m| {
        if std::env::var("PRINT_SQL").is_ok() {
            eprintln!("SQL: {}", m.statement.sql);
        }
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    let (rvs, lyn, ids) = seed(&state).await;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let serving = state.clone();
    tokio::spawn(async move {
        let _ = server::serve(
            serving,
            listener,
            async {
                let _ = rx.await;
            },
            Duration::from_secs(1),
        )
        .await;
    });
    TestApp {
        base: format!("http://{addr}"),
        state,
        clock,
        rvs,
        lyn,
        admin: ids[0],
        tech: ids[1],
        statements,
        _dir: dir,
        shutdown: Some(tx),
    }
}

/// The test password's argon2id hash, made once per test process: made for each test's six
/// people, hashing was a third of the suite's CPU (measured with `perf`).
static PASSWORD_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Two plants and one user per role: admin (all sites), technician (RVS), auditor (LYN, with an
/// end date), manager (RVS), EHS officer (all), operator (LYN). The people are written as
/// `users::create` writes them (a person and a first grant) with the one hash; creating people
/// through the service is what the tests of the admin pages and the API do.
async fn seed(state: &AppState) -> (i64, i64, Vec<i64>) {
    use backend::repo::{grants, users as people};
    use backend::services::audit::{Change, record};
    use sea_orm::TransactionTrait;
    use serde_json::json;
    let rvs =
        sites::create(state, Caller::Cli, "RVS", "Riverside Plant", "Dayton, OH", "America/Chicago").await.unwrap().id;
    let lyn = sites::create(state, Caller::Cli, "LYN", "Lyon Plant", "Lyon", "Europe/Paris").await.unwrap().id;
    let hash = match PASSWORD_HASH.get() {
        Some(h) => h.clone(),
        None => {
            let h = state.hasher.hash(PASSWORD).await.unwrap();
            PASSWORD_HASH.get_or_init(|| h).clone()
        }
    };
    let (now, actor) = (state.now(), Caller::Cli.actor());
    let txn = state.db.begin().await.unwrap();
    let mut ids = Vec::new();
    for (email, role, site, expires) in [
        ("admin@test.example", "admin", None, None),
        ("tech@test.example", "technician", Some(rvs), None),
        ("auditor@test.example", "auditor", Some(lyn), Some((2026, 12, 31))),
        ("manager@test.example", "manager", Some(rvs), None),
        ("ehs@test.example", "ehs_officer", None, None),
        ("operator@test.example", "operator", Some(lyn), None),
    ] {
        let u = people::insert(&txn, email, &format!("Test {role}"), &hash, now).await.unwrap();
        let role = domain::authz::Role::parse(role).unwrap();
        let expires = expires.map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap());
        let g = grants::insert(&txn, u.id, site, role, expires, None, now).await.unwrap();
        // audited as users::create audits them (the audit trail's tests count on it)
        let person = json!({"email": u.email, "display_name": u.display_name, "active": true});
        record(&txn, &actor, now, Change::new("user.create", "user", u.id).after(person)).await.unwrap();
        let grant = json!({"user_id": g.user_id, "site_id": g.site_id, "role": g.role, "expires_on": g.expires_on, "framework_id": g.framework_id});
        record(&txn, &actor, now, Change::new("grant.create", "grant", g.id).site(g.site_id).after(grant))
            .await
            .unwrap();
        ids.push(u.id);
    }
    txn.commit().await.unwrap();
    (rvs, lyn, ids)
}

/// True for a server function that only reads (declared `input = GetUrl`: called with GET).
pub fn reads(path: &str) -> bool {
    leptos::server_fn::axum::server_fn_paths()
        .any(|(p, method)| p == path && method == leptos::server_fn::http_export::Method::GET)
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Calls a server function as the browser app does: its fields in the query of a GET when it
    /// only reads, else as a POSTed form.
    pub async fn call(&self, c: &reqwest::Client, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let path = format!("/sfn/{endpoint}");
        let request =
            if reads(&path) { c.get(self.url(&path)).query(form) } else { c.post(self.url(&path)).form(form) };
        request.header("Accept", "application/json").send().await.unwrap()
    }

    /// The SQL statements one GET of `path` runs on the server (nothing else may run meanwhile:
    /// the app's background jobs are not started in tests), and the page's status. With
    /// `PRINT_SQL=1` in the environment each statement is printed (to see what a page reads).
    pub async fn statements_during(&self, c: &reqwest::Client, path: &str) -> (usize, reqwest::StatusCode) {
        use std::sync::atomic::Ordering::SeqCst;
        if std::env::var("PRINT_SQL").is_ok() {
            eprintln!("=== GET {path}");
        }
        let before = self.statements.load(SeqCst);
        let status = c.get(self.url(path)).header("Accept", "text/html").send().await.unwrap().status();
        (self.statements.load(SeqCst) - before, status)
    }

    /// A client signed in as `email`.
    pub async fn login(&self, email: &str) -> reqwest::Client {
        let c = client();
        let res = self.call(&c, "login", &[("email", email), ("password", PASSWORD)]).await;
        assert!(res.status().is_success() || res.status().is_redirection(), "login {email}: {}", res.status());
        c
    }

    /// Audit entries that record a change (everything but the log of an auditor's requests).
    pub async fn changes_written(&self) -> usize {
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        backend::entities::audit_event::Entity::find()
            .filter(backend::entities::audit_event::Column::Action.ne("auditor.view"))
            .count(&self.state.db)
            .await
            .unwrap() as usize
    }

    pub async fn audit_count(&self, action: &str) -> usize {
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        backend::entities::audit_event::Entity::find()
            .filter(backend::entities::audit_event::Column::Action.eq(action))
            .count(&self.state.db)
            .await
            .unwrap() as usize
    }
}

/// A safety event reported by `c` as the phone's report form sends it (in the press shop, on
/// 2026-11-20 at 10:15); its id.
pub async fn report_event(app: &TestApp, c: &reqwest::Client, kind: &str, title: &str, description: &str) -> String {
    let form = reqwest::multipart::Form::new()
        .text("kind", kind.to_string())
        .text("title", title.to_string())
        .text("occurred_at", "2026-11-20T10:15")
        .text("area", "Press shop")
        .text("description", description.to_string());
    let r =
        c.post(app.url("/safety/report")).header("Accept", "application/json").multipart(form).send().await.unwrap();
    assert!(r.status().is_success(), "report: {}", r.status());
    json(r).await["id"].to_string()
}

/// A personal API token of `email` (for `/api/v1`).
pub async fn token_for(app: &TestApp, email: &str) -> String {
    let c = app.login(email).await;
    let created = json(app.call(&c, "create_api_token", &[("name", "integration")]).await).await;
    created["secret"].as_str().unwrap().to_string()
}

pub async fn json(res: reqwest::Response) -> Value {
    let text = res.text().await.unwrap();
    serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"))
}

/// A page's HTML as a reader sees it: without the empty comments (`<!>`) that Leptos writes between
/// neighbouring text and views so the browser can hydrate them (native builds erase view types:
/// `.cargo/config.toml`).
pub async fn html(res: reqwest::Response) -> String {
    res.text().await.unwrap().replace("<!>", "")
}

pub fn set_cookies(h: &HeaderMap) -> Vec<String> {
    h.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect()
}

/// Internal links of a page (`href="/..."`), without their fragment.
pub fn links(html: &str) -> Vec<String> {
    html.split("href=\"/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|l| format!("/{}", l.split('#').next().unwrap_or_default().replace("&amp;", "&")))
        .collect()
}

/// Every page reachable from `start` by internal links (at most `limit`), as (path, body) for
/// the HTML ones; files, exports and sign-out are not followed.
pub async fn crawl(app: &TestApp, c: &reqwest::Client, start: &[String], limit: usize) -> Vec<(String, String)> {
    let mut seen: BTreeSet<String> = start.iter().cloned().collect();
    let mut queue: VecDeque<String> = start.iter().cloned().collect();
    let mut pages = Vec::new();
    while let Some(path) = queue.pop_front() {
        if pages.len() >= limit {
            break;
        }
        let res = c.get(app.url(&path)).send().await.unwrap();
        assert!(res.status().as_u16() < 500, "{path}: {}", res.status());
        let html = res.headers().get("content-type").is_some_and(|t| t.to_str().unwrap_or("").starts_with("text/html"));
        if !html {
            continue;
        }
        let body = res.text().await.unwrap();
        for l in links(&body) {
            let skip =
                ["/logout", "/sfn/", "/api/", "/pkg/", "/files/", "/attachments/"].iter().any(|p| l.starts_with(p))
                    || l.contains(".csv")
                    || l.contains(".zip")
                    || l.contains(".pdf");
            if !skip && seen.insert(l.clone()) {
                queue.push_back(l);
            }
        }
        pages.push((path, body));
    }
    pages
}
