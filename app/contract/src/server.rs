//! The server's conversions into the boundary error (feature `server`; the browser build has none
//! of this). Causes are kept (never serialised) and logged with the request id where the request
//! ends (`app::api::ctx::finish` for server functions, `backend::rest::error::render` for the API).
use sea_orm::{ConnAcquireErr, DbErr, RuntimeErr, SqlxError};

use crate::error::AppError;

impl From<DbErr> for AppError {
    fn from(e: DbErr) -> Self {
        // pool exhausted: tell the client to come back instead of hanging or failing hard
        if pool_timed_out(&e) {
            return AppError::Unavailable;
        }
        AppError::internal(format!("database: {e}"))
    }
}

/// No connection could be had from the pool within the acquire timeout.
fn pool_timed_out(e: &DbErr) -> bool {
    match e {
        DbErr::ConnectionAcquire(ConnAcquireErr::Timeout) => true,
        DbErr::Conn(RuntimeErr::SqlxError(s))
        | DbErr::Exec(RuntimeErr::SqlxError(s))
        | DbErr::Query(RuntimeErr::SqlxError(s)) => {
            matches!(s.as_ref(), SqlxError::PoolTimedOut)
        }
        _ => false,
    }
}

/// The status of the error; the JSON body is written by the API's render middleware, which finds
/// the error in the response extensions (so it can log internal causes with the request id).
impl axum_core::response::IntoResponse for AppError {
    fn into_response(self) -> axum_core::response::Response {
        let status = http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = axum_core::response::IntoResponse::into_response(status);
        res.extensions_mut().insert(self);
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_timeout_is_unavailable_and_other_database_errors_internal() {
        assert_eq!(AppError::from(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout)), AppError::Unavailable);
        let timed_out = DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(SqlxError::PoolTimedOut)));
        assert_eq!(AppError::from(timed_out), AppError::Unavailable);
        assert_eq!(AppError::from(DbErr::Custom("pool timed out".into())).code(), "internal");
    }
}
