//! `gemba`: serve (default), migrate, user create, audit verify, backup.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
use std::io::BufRead;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use backend::clock::SystemClock;
use backend::config::Config;
use backend::services::{Caller, audit, records::users, workflows::demo};
use clap::{Parser, Subcommand};

/// The allocator: under load, glibc's malloc spent a quarter of a page's time in its arena locks
/// (README, "Performance").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "gemba", version, about = "Maintenance and safety compliance for manufacturing plants")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the web app and API (the default).
    Serve {
        /// On an empty database, create the demo organisation and print its accounts once.
        #[arg(long)]
        demo_data: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Reminders and the outbox.
    Reminders {
        #[command(subcommand)]
        command: RemindersCommand,
    },
    /// Write an online backup of the SQLite database to PATH (for PostgreSQL, prints the pg_dump command).
    Backup { path: std::path::PathBuf },
    /// Tools for developers (benchmark data).
    #[command(hide = true)]
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
}

#[derive(Subcommand)]
enum DevCommand {
    /// Adds synthetic assets and work orders to a site, some assigned to one user.
    BenchData {
        #[arg(long)]
        site: String,
        #[arg(long, default_value_t = 20_000)]
        assets: u64,
        #[arg(long, default_value_t = 200_000)]
        work_orders: u64,
        /// The user some open work orders are assigned to.
        #[arg(long)]
        email: String,
        /// How many open work orders that user gets.
        #[arg(long, default_value_t = 60)]
        open: u64,
        /// OSHA cases to add to the site's current year.
        #[arg(long, default_value_t = 0)]
        osha_cases: u64,
    },
    /// Forgets every reminder, planned day and outbox message (so a benchmark plans from scratch).
    ResetReminders,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a user with one role on a site (or on all sites). The password is read from stdin.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, manager, ehs_officer, technician, operator or auditor
        #[arg(long)]
        role: String,
        /// Site code or id, or "all"
        #[arg(long)]
        site: String,
        /// Last day of the grant (required for auditors), YYYY-MM-DD
        #[arg(long)]
        expires_on: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

#[derive(Subcommand)]
enum RemindersCommand {
    /// One run of the reminder job now: plan today's reminders, compose the digests whose hour
    /// has come, deliver the outbox (what `serve` does every minute).
    RunOnce,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute the hash chain; exit 0 with the count if intact, 1 naming the first broken event.
    Verify,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let cfg = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gemba: {e}");
            return ExitCode::from(2);
        }
    };
    server::init_logging(&cfg);
    let rt = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("gemba: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    rt.block_on(run(cli.command.unwrap_or(Command::Serve { demo_data: false }), cfg))
}

async fn run(command: Command, cfg: Config) -> ExitCode {
    let state = match server::prepare(cfg, Arc::new(SystemClock)).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gemba: {e}");
            return ExitCode::FAILURE;
        }
    };
    match command {
        Command::Migrate => {
            println!("database migrated");
            ExitCode::SUCCESS
        }
        Command::Serve { demo_data } => serve(state, demo_data).await,
        Command::User { command: UserCommand::Create { email, name, role, site, expires_on, password_stdin: _ } } => {
            let mut password = String::new();
            if let Err(e) = std::io::stdin().lock().read_line(&mut password) {
                eprintln!("gemba: cannot read the password from stdin: {e}");
                return ExitCode::FAILURE;
            }
            let password = password.trim_end_matches(['\r', '\n']).to_string();
            let input = users::NewUserInput {
                email,
                display_name: name,
                password,
                role,
                site: users::SiteChoice::parse(&site),
                expires_on,
            };
            match users::create(&state, Caller::Cli, input).await {
                Ok(u) => {
                    println!("created user {} ({})", u.id, u.email);
                    ExitCode::SUCCESS
                }
                Err(contract::error::AppError::Validation(f)) => {
                    for (field, msg) in f.0 {
                        eprintln!("gemba: --{}: {msg}", field.replace('_', "-").replace("display-name", "name"));
                    }
                    ExitCode::from(2)
                }
                Err(e) => {
                    eprintln!("gemba: {e} {}", cause(&e));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Audit { command: AuditCommand::Verify } => match audit::verify(&state.db).await {
            Ok(n) => {
                println!("audit trail intact: {n} events verified");
                ExitCode::SUCCESS
            }
            Err(e) => {
                match e.first_broken_seq() {
                    Some(seq) => eprintln!("audit trail BROKEN at event {seq}: {e}"),
                    None => eprintln!("gemba: cannot verify the audit trail: {e}"),
                }
                ExitCode::FAILURE
            }
        },
        Command::Backup { path } => backup(&state, &path).await,
        Command::Dev { command: DevCommand::ResetReminders } => {
            match backend::repo::reminders::forget_all(&state.db).await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("gemba: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Reminders { command: RemindersCommand::RunOnce } => {
            match backend::jobs::reminders::run_once(&state, state.now()).await {
                Ok(r) => {
                    println!(
                        "sites planned {}, reminders {}, digests {}, sent {}, retried {}, failed {}",
                        r.sites_planned, r.reminders, r.digests, r.sent, r.retried, r.failed
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("gemba: reminder run failed: {e} {}", cause(&e));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Dev { command: DevCommand::BenchData { site, assets, work_orders, email, open, osha_cases } } => {
            let started = std::time::Instant::now();
            let made = match backend::bench_data::generate(&state, &site, assets, work_orders, &email, open).await {
                Ok(c) if osha_cases > 0 => backend::bench_data::osha_cases(&state, &site, osha_cases).await.map(|_| c),
                other => other,
            };
            match made {
                Ok(c) => {
                    println!(
                        "added {} assets, {} work orders ({} open assigned to {email}) and {osha_cases} OSHA cases in {:.1} s",
                        c.assets,
                        c.work_orders,
                        c.assigned_to_user,
                        started.elapsed().as_secs_f64()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("gemba: {e} {}", cause(&e));
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn cause(e: &contract::error::AppError) -> String {
    match e {
        contract::error::AppError::Internal { cause: Some(c), .. } => format!("({c})"),
        _ => String::new(),
    }
}

async fn serve(state: backend::state::AppState, demo_data: bool) -> ExitCode {
    if demo_data {
        match demo::seed_if_empty(&state).await {
            Ok(accounts) if !accounts.is_empty() => {
                println!("\n  Demo data created. These passwords are shown only this once:\n");
                for a in &accounts {
                    println!("    {:<28} {:<22} site {:<4} password {}", a.email, a.role.label(), a.site, a.password);
                }
                println!();
            }
            Ok(_) => {}
            Err(e) => {
                eprintln!("gemba: creating demo data failed: {e} {}", cause(&e));
                return ExitCode::FAILURE;
            }
        }
    }
    let addr = state.config.addr;
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("gemba: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("Gemba is serving on http://{addr} ({})", state.config.base_url);
    let _jobs = server::spawn_jobs(state.clone(), Duration::from_secs(900));
    let _reminders = server::spawn_reminders(state.clone(), Duration::from_secs(60));
    match server::serve(state, listener, server::shutdown_signal(), Duration::from_secs(20)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gemba: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn backup(state: &backend::state::AppState, path: &std::path::Path) -> ExitCode {
    use sea_orm::ConnectionTrait;
    if !state.config.is_sqlite() {
        eprintln!(
            "gemba: the database is PostgreSQL; back it up with pg_dump, for example:\n  \
             pg_dump --format=custom --file {} \"$GEMBA_DATABASE_URL\"",
            path.display()
        );
        return ExitCode::from(2);
    }
    if path.exists() {
        eprintln!("gemba: {} exists; choose a new file name", path.display());
        return ExitCode::from(2);
    }
    let target = path.to_string_lossy().replace('\'', "''");
    // VACUUM INTO: a consistent snapshot of the live database, never a copy of a file in use.
    match state.db.execute_unprepared(&format!("VACUUM INTO '{target}'")).await {
        Ok(_) => {
            println!("backup written to {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gemba: backup failed: {e}");
            ExitCode::FAILURE
        }
    }
}
