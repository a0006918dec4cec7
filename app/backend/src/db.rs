//! Database connection (SQLite embedded or PostgreSQL), migrations, and write transactions.
use std::str::FromStr;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, SqliteTransactionMode,
    SqlxPostgresConnector, SqlxSqliteConnector, Statement, TransactionOptions, TransactionTrait,
};

use super::config::{Config, SqliteSync};

/// Bundled SQLite must include the fix for the WAL-reset corruption bug (security baseline).
pub const MIN_SQLITE: (u32, u32, u32) = (3, 51, 3);

#[derive(Debug, thiserror::Error)]
pub enum DbStartError {
    #[error("database_url: {0}")]
    Url(String),
    #[error("cannot open the database: {0}")]
    Connect(String),
    #[error("SQLite {found} is too old; Gemba needs {}.{}.{} or newer", MIN_SQLITE.0, MIN_SQLITE.1, MIN_SQLITE.2)]
    OldSqlite { found: String },
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

pub async fn connect(cfg: &Config) -> Result<DatabaseConnection, DbStartError> {
    if cfg.is_sqlite() { connect_sqlite(cfg).await } else { connect_postgres(cfg).await }
}

async fn connect_sqlite(cfg: &Config) -> Result<DatabaseConnection, DbStartError> {
    let mut opts = SqliteConnectOptions::from_str(&cfg.database_url).map_err(|e| DbStartError::Url(e.to_string()))?;
    if let Some(path) = cfg.sqlite_path()
        && let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| DbStartError::Connect(format!("{}: {e}", dir.display())))?;
    }
    let in_memory = cfg.sqlite_path().is_none();
    // synchronous=FULL: an acknowledged write of a compliance record survives a power cut.
    let sync = match cfg.sqlite_synchronous {
        SqliteSync::Full => SqliteSynchronous::Full,
        SqliteSync::Normal => SqliteSynchronous::Normal,
    };
    opts = opts
        .create_if_missing(true)
        .journal_mode(if in_memory { SqliteJournalMode::Memory } else { SqliteJournalMode::Wal })
        .synchronous(sync)
        .busy_timeout(std::time::Duration::from_millis(5000))
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        // an in-memory database exists once per connection
        .max_connections(if in_memory { 1 } else { cfg.database_max_connections })
        .acquire_timeout(cfg.database_acquire_timeout)
        // sqlx pings a connection each time it is lent (a round trip to its worker thread, two or
        // three per page); a connection to a file in this process cannot be lost
        .test_before_acquire(false)
        .after_connect(|conn, _| Box::pin(async move { plan_once(conn).await }))
        .connect_with(opts)
        .await
        .map_err(|e| DbStartError::Connect(e.to_string()))?;
    let db = SqlxSqliteConnector::from_sqlx_sqlite_pool(pool);
    check_sqlite_version(&db).await?;
    Ok(db)
}

/// Turns on SQLite's query planner stability guarantee for the connection: a statement's plan no longer
/// depends on the values bound to it. Without it, SQLite compiles a kept prepared statement again
/// each time a parameter its planner looked at is bound (every `LIMIT ?` sea-orm writes, STAT4
/// probes, `LIKE ?`): 12 % of a page's CPU in a profile of `GET /work`. Queries that need a partial
/// index spell its condition as literals (`repo::reminders`), which the guarantee leaves usable.
async fn plan_once(conn: &mut sea_orm::sqlx::SqliteConnection) -> Result<(), sea_orm::sqlx::Error> {
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle().as_ptr();
    let mut now_on: std::ffi::c_int = 0;
    // SAFETY: `db` is this connection's open handle, held locked for the call; the option takes an
    // int and a pointer to an int, as documented for SQLITE_DBCONFIG_ENABLE_QPSG.
    let rc = unsafe {
        libsqlite3_sys::sqlite3_db_config(
            db,
            libsqlite3_sys::SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as std::ffi::c_int,
            &mut now_on,
        )
    };
    if rc != libsqlite3_sys::SQLITE_OK || now_on != 1 {
        return Err(sea_orm::sqlx::Error::Configuration(
            format!("SQLite refused the query planner stability guarantee ({rc})").into(),
        ));
    }
    Ok(())
}

/// How long a PostgreSQL connection may lie idle in the pool before it is checked again when lent.
pub const PING_AFTER_IDLE: std::time::Duration = std::time::Duration::from_secs(1);

async fn connect_postgres(cfg: &Config) -> Result<DatabaseConnection, DbStartError> {
    let mut opts = PgConnectOptions::from_str(&cfg.database_url)
        .map_err(|e| DbStartError::Url(super::config::redact_url(&e.to_string())))?
        .application_name("gemba");
    if let Some(schema) = &cfg.database_schema {
        opts = opts.options([("search_path", schema.as_str())]);
    }
    let pool = PgPoolOptions::new()
        .max_connections(cfg.database_max_connections)
        .acquire_timeout(cfg.database_acquire_timeout)
        // A connection is pinged before it is lent only after it lay idle (sqlx pings every time: a
        // round trip to the server before each statement of a page). One in steady use would have
        // failed its last statement if the server had gone; one left idle may have been closed by
        // a restart or an administrator meanwhile, and is replaced before a request meets it.
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for >= PING_AFTER_IDLE {
                    sea_orm::sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        })
        .connect_with(opts)
        .await
        .map_err(|e| DbStartError::Connect(e.to_string()))?;
    Ok(SqlxPostgresConnector::from_sqlx_postgres_pool(pool))
}

pub async fn sqlite_version(db: &DatabaseConnection) -> Result<String, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, "SELECT sqlite_version() AS v"))
        .await?
        .ok_or_else(|| DbErr::Custom("sqlite_version() returned nothing".into()))?;
    row.try_get("", "v")
}

async fn check_sqlite_version(db: &DatabaseConnection) -> Result<(), DbStartError> {
    let found = sqlite_version(db).await?;
    if !version_at_least(&found, MIN_SQLITE) {
        return Err(DbStartError::OldSqlite { found });
    }
    Ok(())
}

fn version_at_least(v: &str, min: (u32, u32, u32)) -> bool {
    let mut parts = v.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
    let got = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    got >= min
}

/// Creates the schema (when needed) and applies pending migrations.
pub async fn migrate(db: &DatabaseConnection, cfg: &Config) -> Result<(), DbErr> {
    if let (DbBackend::Postgres, Some(schema)) = (db.get_database_backend(), &cfg.database_schema) {
        db.execute_unprepared(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\"")).await?;
    }
    Migrator::up(db, None).await
}

/// Migration names not yet applied (without creating anything).
pub async fn pending_migrations(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    Ok(Migrator::get_pending_migrations_read_only(db).await?.iter().map(|m| m.name().to_string()).collect())
}

/// Starts a write transaction: `BEGIN IMMEDIATE` on SQLite, so writers queue on the lock up front
/// instead of failing with SQLITE_BUSY when a read transaction upgrades; plain BEGIN on PostgreSQL.
/// A request carrying an operation id claims it here, in the transaction of its effect
/// (`crate::operation`).
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    crate::operation::claim_in(&txn).await?;
    Ok(txn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_comparison() {
        assert!(version_at_least("3.51.3", MIN_SQLITE));
        assert!(version_at_least("3.52.0", MIN_SQLITE));
        assert!(!version_at_least("3.51.2", MIN_SQLITE));
        assert!(!version_at_least("3.45.1", MIN_SQLITE));
    }

    /// Every pooled SQLite connection plans a statement once, whatever is bound to it.
    #[tokio::test]
    async fn sqlite_connections_keep_their_plans() {
        let cfg = Config { database_url: "sqlite::memory:".into(), ..Config::default() };
        let db = connect(&cfg).await.expect("connect");
        let mut conn = db.get_sqlite_connection_pool().acquire().await.expect("a connection");
        let mut handle = conn.lock_handle().await.expect("handle");
        let mut on: std::ffi::c_int = -1;
        // SAFETY: as in `plan_once`; -1 asks for the setting without changing it.
        let rc = unsafe {
            libsqlite3_sys::sqlite3_db_config(
                handle.as_raw_handle().as_ptr(),
                libsqlite3_sys::SQLITE_DBCONFIG_ENABLE_QPSG,
                -1 as std::ffi::c_int,
                &mut on,
            )
        };
        assert_eq!((rc, on), (libsqlite3_sys::SQLITE_OK, 1));
    }
}
