//! Process wiring: configuration -> database (connect, migrate) -> router with its middleware ->
//! background loop -> graceful shutdown. Integration tests start the same app with `start`.
// no unwrap or expect outside tests: a refusal or an error, never a panic on data
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use app::ui::{App, shell};
use axum::Router;
use axum::http::Request;
use axum::routing::get;
use axum::serve::ListenerExt;
use backend::auth::password::PasswordHasher;
use backend::clock::Clock;
use backend::config::{Config, LogFormat};
use backend::state::AppState;
use backend::web::{
    compliance, context, files, health, in_place, install, kept_input, operations, osha, security, session, sfn_status,
    unsubscribe,
};
use backend::{db, jobs, rest};
use leptos::config::LeptosOptions;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

pub use backend::web::BODY_LIMIT;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Db(#[from] db::DbStartError),
    #[error("migrations failed: {0}")]
    Migrate(sea_orm::DbErr),
    #[error("{0}")]
    Mail(String),
    #[error(transparent)]
    Password(#[from] backend::auth::password::HashError),
}

/// Connects, migrates and assembles the state.
pub async fn prepare(cfg: Config, clock: Arc<dyn Clock>) -> Result<AppState, StartError> {
    let mailer = backend::mail::Mailer::from_config(&cfg).map_err(StartError::Mail)?;
    let conn = db::connect(&cfg).await?;
    db::migrate(&conn, &cfg).await.map_err(StartError::Migrate)?;
    backend::web::assets::init(&cfg.site_dir);
    let leptos_options = LeptosOptions::builder()
        .output_name("gemba")
        .site_root(cfg.site_dir.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(cfg.addr)
        .build();
    Ok(AppState {
        leptos_options,
        db: conn,
        config: Arc::new(cfg),
        clock,
        hasher: PasswordHasher::new()?,
        mailer,
        sessions: Default::default(),
    })
}

/// The app's routes, generated once per process. Generating them renders the app with resource
/// loading switched off through a process-wide flag (leptos_server's `SuppressResourceLoad`): a
/// resource first polled by a concurrent page render while that flag is up never resolves and its
/// response never ends (leptos issue 4773). Only the first router built pays that window, before
/// anything is served; later routers (tests build many in one process) reuse the list.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The page paths of the app (`/work-orders/:id` style for those with parameters).
pub fn page_paths() -> Vec<String> {
    route_list().iter().map(|r| r.path().to_string()).collect()
}

/// The whole HTTP application with its middleware.
pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let options = state.leptos_options.clone();
    let bundle = format!("{}/pkg", backend::web::assets::prefix());
    let pkg_dir = state.config.site_dir.join("pkg");
    let mut csrf = CsrfLayer::new();
    // Behind a proxy that rewrites Host, the public origin still matches.
    if let Ok(with_origin) = CsrfLayer::new().add_trusted_origin(state.config.base_url.as_str()) {
        csrf = with_origin;
    }
    // uploads carry their own, larger, byte limit; everything else gets BODY_LIMIT
    let uploads = Router::new()
        .route("/files/work-order/{id}", axum::routing::post(files::upload_to_work_order))
        .route("/report/{id}/send", axum::routing::post(files::report_problem))
        .route("/rounds/not-ok", axum::routing::post(files::cil_not_ok))
        .route("/safety/report", axum::routing::post(osha::report))
        .route("/inspections/{id}/photo", axum::routing::post(osha::inspection_photo))
        .route("/compliance/evidence/{id}/file", axum::routing::post(compliance::evidence_file))
        .route("/compliance/person-certs/{id}/file", axum::routing::post(compliance::person_cert_file))
        .layer(RequestBodyLimitLayer::new(files::ROUTE_LIMIT))
        .layer(axum::extract::DefaultBodyLimit::disable());
    let app = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/manifest.webmanifest", get(install::manifest))
        .route("/sw.js", get(install::service_worker))
        .route("/favicon.ico", get(|| async { axum::response::Redirect::permanent("/pkg/favicon.svg") }))
        .nest_service(&bundle, ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip())
        .nest("/api/v1", rest::router(state.clone()))
        .leptos_routes_with_context(&state, routes, context::provide, move || shell(options.clone()))
        .route("/files/{id}", get(files::download))
        .route("/compliance/matrix.csv", get(compliance::matrix_csv))
        .route("/compliance/packs/{id}/download", get(compliance::pack_download))
        .route("/files/{id}/thumb", get(files::thumbnail))
        .route("/assets/export.csv", get(files::export_assets))
        .route("/osha/cases/{id}/decide", axum::routing::post(osha::decide))
        .route("/unsubscribe/{token}", get(unsubscribe::ask).post(unsubscribe::confirm))
        .route("/osha/300.csv", get(osha::log_csv))
        .route("/osha/ita-300a.csv", get(osha::ita_summary))
        .route("/osha/ita-cases.csv", get(osha::ita_cases))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context::provide, shell))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT));
    let app = Router::new()
        .merge(uploads)
        .merge(app)
        // a bug answers 500 (logged, with the request id and security headers) instead of a
        // dropped connection
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn(sfn_status::fix))
        // a refused form's input is kept and written back into the page it returns to
        .layer(axum::middleware::from_fn_with_state(state.clone(), kept_input::keep))
        // an operation id (offline queue, retries) applies once; a replay gets the first answer
        .layer(axum::middleware::from_fn_with_state(state.clone(), operations::once))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::resolve))
        .layer(csrf)
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::headers));
    // a form posted in place gets the page it returns to in the same round trip
    let pages = app.clone().with_state(state.clone());
    app.layer(axum::middleware::from_fn(move |req, next| in_place::follow(pages.clone(), req, next)))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<_>| {
                    tracing::info_span!(
                        "request",
                        method = %req.method(),
                        path = %req.uri().path(),
                        request_id = %backend::web::request::request_id(req.headers()),
                    )
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        // pages and JSON compressed when the client takes it (the bundle is served precompressed)
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Runs the background jobs every `every` until the process ends; each is one `run_once` step.
pub fn spawn_jobs(state: AppState, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match jobs::pm::run_once(&state, state.now()).await {
                Ok(r) => {
                    tracing::info!(schedules = r.schedules, generated = r.generated, missed = r.missed, "pm generation")
                }
                Err(e) => tracing::warn!(error = ?e, "pm generation failed"),
            }
            match backend::services::workflows::audit_packs::run_pending(&state).await {
                Ok(n) => tracing::info!(built = n, "audit packs"),
                Err(e) => tracing::warn!(error = ?e, "audit pack build failed"),
            }
            match backend::services::records::evidence::expire_due(&state).await {
                Ok(n) => tracing::info!(expired = n, "evidence expiry"),
                Err(e) => tracing::warn!(error = ?e, "evidence expiry failed"),
            }
            match jobs::inspections::run_once(&state, state.now()).await {
                Ok(n) => tracing::info!(generated = n, "audit generation"),
                Err(e) => tracing::warn!(error = ?e, "audit generation failed"),
            }
            match jobs::housekeeping::run_once(&state, state.now()).await {
                Ok(r) => tracing::debug!(?r, "housekeeping"),
                Err(e) => tracing::warn!(error = ?e, "housekeeping failed"),
            }
            tokio::time::sleep(every).await;
        }
    })
}

/// Runs the reminder job every `every` (each run plans a site's day once, composes the digests
/// whose hour has come, and delivers the outbox, retries included).
pub fn spawn_reminders(state: AppState, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        if !state.mailer.configured() {
            tracing::warn!("no SMTP server is configured (smtp_url): reminder e-mails are kept in the outbox");
        }
        loop {
            match jobs::reminders::run_once(&state, state.now()).await {
                Ok(r) if r == Default::default() => tracing::debug!("reminders: nothing to do"),
                Ok(r) => tracing::info!(
                    sites_planned = r.sites_planned,
                    reminders = r.reminders,
                    digests = r.digests,
                    sent = r.sent,
                    retried = r.retried,
                    failed = r.failed,
                    "reminders"
                ),
                Err(e) => tracing::warn!(error = ?e, "reminder run failed"),
            }
            tokio::time::sleep(every).await;
        }
    })
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish for up to `grace`.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let (tx, rx) = tokio::sync::watch::channel(false);
    // Without TCP_NODELAY a streamed page (several writes) waits ~40 ms for the client's delayed
    // ACK (Nagle's algorithm): every server-rendered page paid it.
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!("TCP_NODELAY not set: {e}");
        }
    });
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        let mut rx = rx;
        let _ = rx.wait_for(|stop| *stop).await;
    });
    let stopper = async move {
        shutdown.await;
        tracing::info!("shutting down: finishing requests in flight");
        let _ = tx.send(true);
        tokio::time::sleep(grace).await;
        tracing::warn!("shutdown grace period over; closing remaining connections");
    };
    tokio::select! {
        r = server => r,
        _ = stopper => Ok(()),
    }
}

/// SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

pub fn init_logging(cfg: &Config) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_new(format!("{},sqlx=warn,sea_orm=warn", cfg.log_level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = match cfg.log_format {
        LogFormat::Json => builder.json().flatten_event(true).with_current_span(true).try_init(),
        LogFormat::Text => builder.try_init(),
    };
}
