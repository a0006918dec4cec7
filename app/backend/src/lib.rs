//! Server side only: configuration, database, authentication, services, HTTP plumbing.
// no unwrap or expect outside tests: a refusal or an error, never a panic on data
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
pub mod auth;
pub mod bench_data;
pub mod clock;
pub mod config;
pub mod db;
pub mod entities;
pub mod error;
pub mod jobs;
pub mod mail;
pub mod operation;
pub mod pm_calendar;
pub mod repo;
pub mod rest;
pub mod services;
pub mod state;
pub mod token;
pub mod web;
