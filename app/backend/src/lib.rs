//! Server side only: configuration, database, authentication, services, HTTP plumbing.
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
