//! Conversions into the boundary error. Causes are kept (never serialised) and logged with the
//! request id where the request ends (see `api::ctx` and `rest::ApiError`).
use sea_orm::DbErr;

use crate::api::error::AppError;

impl From<DbErr> for AppError {
    fn from(e: DbErr) -> Self {
        let text = e.to_string();
        // pool exhausted: tell the client to come back instead of hanging or failing hard
        if text.contains("pool timed out") || text.contains("PoolTimedOut") {
            return AppError::Unavailable;
        }
        AppError::internal(format!("database: {text}"))
    }
}

impl From<super::auth::password::HashError> for AppError {
    fn from(e: super::auth::password::HashError) -> Self {
        AppError::internal(e)
    }
}

/// True for a unique-constraint violation (a concurrent insert of the same key).
pub fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}
