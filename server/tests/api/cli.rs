//! The `gemba` command line, run as a real process against a real database.
use std::io::Write;
use std::process::{Command, Stdio};

use crate::helpers::*;

fn gemba(cfg: &backend::config::Config, args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gemba"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("GEMBA_DATABASE_URL", &cfg.database_url)
        .env("GEMBA_LOG_FORMAT", "text")
        .env("GEMBA_LOG_LEVEL", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(s) = &cfg.database_schema {
        cmd.env("GEMBA_DATABASE_SCHEMA", s);
    }
    let mut child = cmd.spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[tokio::test]
async fn user_create_then_verify_then_tamper() {
    let (cfg, _dir) = test_config();
    let (code, out, err) = gemba(&cfg, &["migrate"], "");
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = gemba(
        &cfg,
        &[
            "user",
            "create",
            "--email",
            "Root@Plant.Example",
            "--name",
            "Root Admin",
            "--role",
            "admin",
            "--site",
            "all",
            "--password-stdin",
        ],
        "a long admin password\n",
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("root@plant.example"), "{out}");
    // bad input is named
    let (code, _, err) = gemba(
        &cfg,
        &["user", "create", "--email", "x", "--name", "X", "--role", "boss", "--site", "nowhere", "--password-stdin"],
        "short\n",
    );
    assert_eq!(code, 2);
    for field in ["--email", "--role", "--site", "--password"] {
        assert!(err.contains(field), "{field} in {err}");
    }
    let (code, out, _) = gemba(&cfg, &["audit", "verify"], "");
    assert_eq!(code, 0);
    assert!(out.contains("2 events verified"), "{out}");
    // the signed-in admin can use the password from stdin
    let state = server::prepare(cfg.clone(), std::sync::Arc::new(backend::clock::SystemClock)).await.unwrap();
    let root = backend::repo::users::by_email(&state.db, "root@plant.example").await.unwrap().unwrap();
    assert!(state.hasher.verify("a long admin password", Some(&root.password_hash)).await);
    crate::audit_trail::tamper(&state.db, 1).await;
    let (code, _, err) = gemba(&cfg, &["audit", "verify"], "");
    assert_eq!(code, 1);
    assert!(err.contains("BROKEN at event 1"), "{err}");
}

#[tokio::test]
async fn unknown_configuration_keys_stop_start_up() {
    let (cfg, _dir) = test_config();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gemba"));
    let out = cmd
        .arg("migrate")
        .env_clear()
        .env("GEMBA_DATABASE_URL", &cfg.database_url)
        .env("GEMBA_DATABSE_POOL", "3")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("GEMBA_DATABSE_POOL"));
}

#[tokio::test]
async fn backup_writes_a_consistent_copy() {
    if postgres_url().is_some() {
        return; // SQLite only; PostgreSQL prints the pg_dump hint (covered below)
    }
    let (cfg, dir) = test_config();
    let (code, ..) = gemba(&cfg, &["migrate"], "");
    assert_eq!(code, 0);
    let target = dir.as_ref().unwrap().0.join("backup.db");
    let (code, out, err) = gemba(&cfg, &["backup", target.to_str().unwrap()], "");
    assert_eq!(code, 0, "{out}{err}");
    let mut copy = cfg.clone();
    copy.database_url = format!("sqlite://{}", target.display());
    let state = server::prepare(copy, std::sync::Arc::new(backend::clock::SystemClock)).await.unwrap();
    assert_eq!(backend::services::audit::verify(&state.db).await.unwrap(), 0);
    let (code, ..) = gemba(&cfg, &["backup", target.to_str().unwrap()], "");
    assert_eq!(code, 2, "an existing file is not overwritten");
}

#[tokio::test]
async fn backup_on_postgres_explains_pg_dump() {
    let Some(_) = postgres_url() else { return };
    let (cfg, _dir) = test_config();
    let (code, _, err) = gemba(&cfg, &["backup", "/tmp/x.dump"], "");
    assert_eq!(code, 2);
    assert!(err.contains("pg_dump"), "{err}");
}
