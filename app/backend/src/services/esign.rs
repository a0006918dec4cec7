//! Electronic signatures: the one place a password is checked outside sign-in. Every signature
//! (completing and verifying a work order, approving evidence, certifying an OSHA summary,
//! signing off an audit, the auditee's counter-signature) goes through here, so each one has the
//! sign-in throttle (a wrong password counts as a failed sign-in of that account) and the dummy
//! hash (an unknown account costs as much as a known one and answers the same).
use domain::email::Email;
use domain::validation::FieldErrors;

use crate::auth::CurrentUser;
use crate::auth::throttle;
use crate::repo::{login_failures, users};
use crate::state::AppState;
use contract::error::AppError;

/// The field message for a wrong password of the person signing.
pub const WRONG_OWN: &str = "This is not your password.";
/// The field message for the other signer: the same whether the account exists or not.
pub const WRONG_OTHER: &str = "The auditee's e-mail or password is wrong.";

fn throttled(wait: i64) -> String {
    let minutes = (wait + 59) / 60;
    format!("Too many wrong passwords for this account: try again in {minutes} min.")
}

/// The signed-in `user` confirms `meaning` (e.g. "work_order.complete") with their password.
/// A wrong or throttled password adds its message to `errors` under `field`; the caller refuses
/// the whole form with everything else it found.
pub async fn confirm(
    state: &AppState,
    user: &CurrentUser,
    password: &str,
    meaning: &str,
    field: &str,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    let me = users::by_id(&state.db, user.id).await?.filter(|u| u.active).ok_or(AppError::Unauthorized)?;
    check(state, &me.email, Some(&me.password_hash), password, meaning, field, WRONG_OWN, errors).await
}

/// Another person signs beside the signed-in one with their own account (the auditee of an
/// audit). Returns that person when the e-mail and password are theirs, an active account that is
/// not the signer's; otherwise adds one message to `errors` under `field`.
pub async fn confirm_other(
    state: &AppState,
    signer: &CurrentUser,
    email_raw: &str,
    password: &str,
    meaning: &str,
    field: &str,
    errors: &mut FieldErrors,
) -> Result<Option<crate::entities::app_user::Model>, AppError> {
    let account = match Email::parse(email_raw) {
        Ok(e) => users::by_email(&state.db, e.as_str()).await?.filter(|u| u.active),
        Err(_) => None,
    };
    let key_email = account.as_ref().map(|a| a.email.clone()).unwrap_or_else(|| email_raw.trim().to_lowercase());
    let before = errors.0.len();
    check(
        state,
        &key_email,
        account.as_ref().map(|a| a.password_hash.as_str()),
        password,
        meaning,
        field,
        WRONG_OTHER,
        errors,
    )
    .await?;
    if errors.0.len() > before {
        return Ok(None);
    }
    match account {
        Some(a) if a.id == signer.id => {
            errors.add(field, "The auditee signs with their own account.");
            Ok(None)
        }
        Some(a) => Ok(Some(a)),
        // unreachable in practice: the dummy hash never verifies
        None => {
            errors.add(field, WRONG_OTHER);
            Ok(None)
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn check(
    state: &AppState,
    email: &str,
    phc: Option<&str>,
    password: &str,
    meaning: &str,
    field: &str,
    wrong: &str,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    let now = state.now();
    let key = throttle::account_key(email);
    if let Some(wait) = throttle::check(&state.db, &key, &domain::throttle::ACCOUNT, now).await? {
        errors.add(field, throttled(wait));
        return Ok(());
    }
    if state.hasher.verify(password, phc).await && phc.is_some() {
        return Ok(());
    }
    login_failures::record(&state.db, &[&key], now).await?;
    tracing::warn!(meaning, "e-signature refused");
    errors.add(field, wrong);
    Ok(())
}
