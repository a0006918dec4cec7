//! HTTP integration tests: each test starts Gemba on a free port with a fresh database and talks
//! to it with a real HTTP client. SQLite by default; PostgreSQL when GEMBA_TEST_DATABASE_URL is
//! set (each test gets its own schema in that database).
mod helpers;

mod api_v1;
mod audit_trail;
mod auth;
mod cli;
mod compliance;
mod escaping;
mod forms;
mod home;
mod inspections;
mod languages;
mod maintenance;
mod offline;
mod permissions;
mod production;
mod reminders;
mod safety;
mod smtp;
mod web;
