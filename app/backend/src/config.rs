//! Configuration: defaults, then an optional `gemba.toml`, then `GEMBA_*` environment variables.
//! Unknown keys and bad values stop start-up with a message naming the key.
use serde::Deserialize;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone)]
pub struct Config {
    /// `sqlite://path/to/file.db` or `postgres://user@host/db`.
    pub database_url: String,
    /// PostgreSQL schema to use (several instances or test runs in one database); none by default.
    pub database_schema: Option<String>,
    pub database_max_connections: u32,
    pub database_acquire_timeout: Duration,
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    /// The address people use to reach Gemba; `https://` turns on Secure cookies and HSTS.
    pub base_url: String,
    /// Where the browser bundle (pkg/) lives.
    pub site_dir: PathBuf,
    pub log_format: LogFormat,
    pub log_level: String,
    /// Absolute session lifetime.
    pub session_hours: i64,
    /// A session not used for this long ends.
    pub session_idle_minutes: i64,
    /// Take the client address from X-Forwarded-For (only behind a reverse proxy you control).
    pub trust_proxy: bool,
    pub sqlite_synchronous: SqliteSync,
    /// Outgoing mail: `smtp://host:25` (no TLS), `smtp://host:587?tls=required` (STARTTLS) or
    /// `smtps://host:465` (implicit TLS), with optional `user:password@`. None: messages are kept
    /// in the outbox and not sent.
    pub smtp_url: Option<String>,
    /// The From address of reminders, e.g. `Gemba <gemba@plant.example>` (default: gemba@ the
    /// base_url's host).
    pub smtp_from: Option<String>,
    /// One SMTP conversation longer than this counts as a temporary failure.
    pub smtp_timeout: Duration,
    /// A PEM file of extra root certificates for the SMTP server's TLS (a private CA).
    pub smtp_ca_file: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Json,
    Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SqliteSync {
    Full,
    Normal,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("database_schema", &self.database_schema)
            .field("database_max_connections", &self.database_max_connections)
            .field("addr", &self.addr)
            .field("data_dir", &self.data_dir)
            .field("base_url", &self.base_url)
            .field("site_dir", &self.site_dir)
            .field("log_format", &self.log_format)
            .field("session_hours", &self.session_hours)
            .field("trust_proxy", &self.trust_proxy)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("smtp_from", &self.smtp_from)
            .finish_non_exhaustive()
    }
}

/// Hides a password in `scheme://user:password@host/...`.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((creds, host)) = rest.split_once('@')
        && let Some((user, _)) = creds.split_once(':')
    {
        return format!("{scheme}://{user}:***@{host}");
    }
    url.to_string()
}

impl Default for Config {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map(|n| n.get() as u32).unwrap_or(2);
        Config {
            database_url: "sqlite://./data/gemba.db".into(),
            database_schema: None,
            database_max_connections: cores * 2 + 1,
            database_acquire_timeout: Duration::from_secs(3),
            addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            data_dir: PathBuf::from("./data"),
            base_url: "http://127.0.0.1:3000".into(),
            site_dir: PathBuf::from("target/site"),
            log_format: LogFormat::Json,
            log_level: "info".into(),
            session_hours: 12,
            session_idle_minutes: 240,
            trust_proxy: false,
            sqlite_synchronous: SqliteSync::Full,
            smtp_url: None,
            smtp_from: None,
            smtp_timeout: Duration::from_secs(30),
            smtp_ca_file: None,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("configuration file {path}: {message}")]
    File { path: String, message: String },
    #[error("unknown configuration key {0}")]
    UnknownKey(String),
    #[error("configuration key {key}: {message}")]
    BadValue { key: String, message: String },
}

/// Environment variables with these prefixes belong to the build and test scripts, not the server.
const FOREIGN_ENV_PREFIXES: &[&str] = &["GEMBA_BUILD_", "GEMBA_TEST_", "GEMBA_CONFIG"];

#[derive(Deserialize)]
#[serde(transparent)]
struct FileValues(BTreeMap<String, toml::Value>);

impl Config {
    /// Loads from the real environment: `GEMBA_CONFIG` names the file (default `./gemba.toml`, used
    /// when present).
    pub fn load() -> Result<Config, ConfigError> {
        let env: Vec<(String, String)> = std::env::vars().collect();
        let explicit = std::env::var("GEMBA_CONFIG").ok();
        let path = explicit.clone().unwrap_or_else(|| "gemba.toml".into());
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => Some((path, text)),
            Err(e) if explicit.is_none() && e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(ConfigError::File { path, message: e.to_string() }),
        };
        Config::from_sources(file.as_ref().map(|(p, t)| (p.as_str(), t.as_str())), &env)
    }

    pub fn from_sources(file: Option<(&str, &str)>, env: &[(String, String)]) -> Result<Config, ConfigError> {
        let mut cfg = Config::default();
        if let Some((path, text)) = file {
            let values: FileValues = toml::from_str(text)
                .map_err(|e| ConfigError::File { path: path.into(), message: e.message().to_string() })?;
            for (key, value) in values.0 {
                let text = match value {
                    toml::Value::String(s) => s,
                    toml::Value::Integer(i) => i.to_string(),
                    toml::Value::Boolean(b) => b.to_string(),
                    other => {
                        return Err(ConfigError::BadValue { key, message: format!("unsupported value {other:?}") });
                    }
                };
                cfg.set(&key, &text, &key)?;
            }
        }
        for (name, value) in env {
            let Some(suffix) = name.strip_prefix("GEMBA_") else { continue };
            if FOREIGN_ENV_PREFIXES.iter().any(|p| name.starts_with(p)) {
                continue;
            }
            cfg.set(&suffix.to_lowercase(), value, name)?;
        }
        cfg.check()?;
        Ok(cfg)
    }

    /// Sets one key from its text: the one list of the keys Gemba accepts (`gemba.toml` and
    /// `GEMBA_` + the key upper-cased); the README's table is checked against it by a test.
    fn set(&mut self, key: &str, value: &str, shown: &str) -> Result<(), ConfigError> {
        let bad = |message: String| ConfigError::BadValue { key: shown.to_string(), message };
        let v = value.trim();
        match key {
            "database_url" => self.database_url = v.to_string(),
            "database_schema" => {
                if v.is_empty() || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return Err(bad(format!("'{v}' is not a schema name (letters, digits, _)")));
                }
                self.database_schema = Some(v.to_string())
            }
            "database_max_connections" => {
                self.database_max_connections = parse_num(v, 1, 1000).map_err(bad)? as u32;
            }
            "database_acquire_timeout_ms" => {
                self.database_acquire_timeout = Duration::from_millis(parse_num(v, 100, 600_000).map_err(bad)? as u64);
            }
            "addr" => {
                self.addr = v.parse().map_err(|_| bad(format!("'{v}' is not an address like 127.0.0.1:3000")))?;
            }
            "data_dir" => self.data_dir = PathBuf::from(v),
            "base_url" => self.base_url = v.trim_end_matches('/').to_string(),
            "site_dir" => self.site_dir = PathBuf::from(v),
            "log_format" => {
                self.log_format = match v {
                    "json" => LogFormat::Json,
                    "text" => LogFormat::Text,
                    _ => return Err(bad(format!("'{v}' is not json or text"))),
                }
            }
            "log_level" => self.log_level = v.to_string(),
            "session_hours" => self.session_hours = parse_num(v, 1, 24 * 30).map_err(bad)?,
            "session_idle_minutes" => self.session_idle_minutes = parse_num(v, 5, 60 * 24 * 30).map_err(bad)?,
            "trust_proxy" => self.trust_proxy = parse_bool(v).map_err(bad)?,
            "sqlite_synchronous" => {
                self.sqlite_synchronous = match v {
                    "full" => SqliteSync::Full,
                    "normal" => SqliteSync::Normal,
                    _ => return Err(bad(format!("'{v}' is not full or normal"))),
                }
            }
            "smtp_url" => {
                if !(v.is_empty() || v.starts_with("smtp://") || v.starts_with("smtps://")) {
                    return Err(bad("use smtp://host:25, smtp://host:587?tls=required or smtps://host:465".into()));
                }
                self.smtp_url = (!v.is_empty()).then(|| v.to_string());
            }
            "smtp_from" => self.smtp_from = (!v.is_empty()).then(|| v.to_string()),
            "smtp_timeout_secs" => self.smtp_timeout = Duration::from_secs(parse_num(v, 1, 600).map_err(bad)? as u64),
            "smtp_ca_file" => self.smtp_ca_file = (!v.is_empty()).then(|| PathBuf::from(v)),
            _ => return Err(ConfigError::UnknownKey(shown.to_string())),
        }
        Ok(())
    }

    fn check(&self) -> Result<(), ConfigError> {
        let key = |k: &str| k.to_string();
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres://")
            || self.database_url.starts_with("postgresql://"))
        {
            return Err(ConfigError::BadValue {
                key: key("database_url"),
                message: "use sqlite://path/to/file.db or postgres://user@host/database".into(),
            });
        }
        if !(self.base_url.starts_with("http://") || self.base_url.starts_with("https://")) {
            return Err(ConfigError::BadValue {
                key: key("base_url"),
                message: format!("'{}' must start with http:// or https://", self.base_url),
            });
        }
        Ok(())
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    /// Served over HTTPS: Secure cookies with the `__Host-` prefix, HSTS.
    pub fn https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// The SQLite file, for backups; None for PostgreSQL or in-memory databases.
    pub fn sqlite_path(&self) -> Option<&Path> {
        let rest = self.database_url.strip_prefix("sqlite://").or_else(|| self.database_url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or(rest);
        (!path.is_empty() && !path.starts_with(":memory:")).then(|| Path::new(path))
    }
}

fn parse_num(v: &str, min: i64, max: i64) -> Result<i64, String> {
    match v.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!("'{v}' is not a whole number from {min} to {max}")),
    }
}

fn parse_bool(v: &str) -> Result<bool, String> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(format!("'{v}' is not true or false")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_in_the_readme_table_is_one_gemba_accepts() {
        let readme = include_str!("../../../README.md");
        let table = readme.split("## Configuration").nth(1).and_then(|s| s.split("\n## ").next()).unwrap();
        let keys: Vec<&str> =
            table.lines().filter_map(|l| l.strip_prefix("| `")).filter_map(|l| l.split('`').next()).collect();
        assert!(keys.len() >= 18, "{keys:?}");
        for k in keys {
            let answer = Config::default().set(k, "", k);
            assert!(
                !matches!(answer, Err(ConfigError::UnknownKey(_))),
                "the README documents {k}, which Gemba refuses"
            );
        }
        assert_eq!(Config::default().set("colour", "", "colour"), Err(ConfigError::UnknownKey("colour".into())));
    }

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_then_file_then_env() {
        let file = "addr = \"0.0.0.0:8080\"\nsession_hours = 8\nbase_url = \"https://gemba.plant.example/\"\n";
        let cfg = Config::from_sources(
            Some(("gemba.toml", file)),
            &env(&[("GEMBA_ADDR", "127.0.0.1:9000"), ("HOME", "/root"), ("GEMBA_BUILD_TOOLCHAIN", "x")]),
        )
        .unwrap();
        assert_eq!(cfg.addr.to_string(), "127.0.0.1:9000");
        assert_eq!(cfg.session_hours, 8);
        assert_eq!(cfg.base_url, "https://gemba.plant.example");
        assert!(cfg.https());
        assert_eq!(cfg.database_url, "sqlite://./data/gemba.db");
    }

    #[test]
    fn unknown_keys_are_named() {
        assert_eq!(
            Config::from_sources(None, &env(&[("GEMBA_DATABSE_URL", "x")])).unwrap_err(),
            ConfigError::UnknownKey("GEMBA_DATABSE_URL".into())
        );
        assert_eq!(
            Config::from_sources(Some(("gemba.toml", "adr = \"x\"")), &[]).unwrap_err(),
            ConfigError::UnknownKey("adr".into())
        );
    }

    #[test]
    fn bad_values_are_named() {
        let err = Config::from_sources(None, &env(&[("GEMBA_ADDR", "localhost")])).unwrap_err();
        assert!(matches!(err, ConfigError::BadValue { ref key, .. } if key == "GEMBA_ADDR"), "{err}");
        let err = Config::from_sources(None, &env(&[("GEMBA_DATABASE_URL", "mysql://x")])).unwrap_err();
        assert!(err.to_string().contains("database_url"), "{err}");
        let err = Config::from_sources(Some(("g.toml", "trust_proxy = \"maybe\"")), &[]).unwrap_err();
        assert!(err.to_string().contains("trust_proxy"), "{err}");
        let err = Config::from_sources(Some(("g.toml", "addr = [")), &[]).unwrap_err();
        assert!(matches!(err, ConfigError::File { .. }), "{err}");
    }

    #[test]
    fn secrets_are_not_in_debug_output() {
        let cfg =
            Config::from_sources(None, &env(&[("GEMBA_DATABASE_URL", "postgres://gemba:s3cret@db/gemba")])).unwrap();
        let shown = format!("{cfg:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("postgres://gemba:***@db/gemba"));
        let cfg = Config::from_sources(
            None,
            &env(&[("GEMBA_SMTP_URL", "smtp://mailer:hunter22@mx.example:587?tls=required")]),
        )
        .unwrap();
        let shown = format!("{cfg:?}");
        assert!(!shown.contains("hunter22"), "{shown}");
        assert!(shown.contains("smtp://mailer:***@mx.example"), "{shown}");
    }

    #[test]
    fn smtp_settings() {
        let cfg = Config::from_sources(
            Some(("gemba.toml", "smtp_url = \"smtps://mx.example:465\"\nsmtp_timeout_secs = 10\n")),
            &env(&[("GEMBA_SMTP_FROM", "Gemba <gemba@plant.example>")]),
        )
        .unwrap();
        assert_eq!(cfg.smtp_url.as_deref(), Some("smtps://mx.example:465"));
        assert_eq!(cfg.smtp_timeout, Duration::from_secs(10));
        assert_eq!(cfg.smtp_from.as_deref(), Some("Gemba <gemba@plant.example>"));
        assert_eq!(Config::default().smtp_url, None, "no SMTP unless configured");
        let err = Config::from_sources(None, &env(&[("GEMBA_SMTP_URL", "mail.example:25")])).unwrap_err();
        assert!(matches!(err, ConfigError::BadValue { ref key, .. } if key == "GEMBA_SMTP_URL"), "{err}");
    }

    #[test]
    fn sqlite_path() {
        let cfg = Config::default();
        assert_eq!(cfg.sqlite_path(), Some(Path::new("./data/gemba.db")));
    }
}
