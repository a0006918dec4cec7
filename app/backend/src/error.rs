//! Conversions into the boundary error of the backend's own errors (database errors are converted
//! in `contract`, feature `server`), and database error checks.
use sea_orm::DbErr;

use contract::error::AppError;

impl From<super::auth::password::HashError> for AppError {
    fn from(e: super::auth::password::HashError) -> Self {
        AppError::internal(e)
    }
}

/// True for a unique-constraint violation (a concurrent insert of the same key).
pub fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}
