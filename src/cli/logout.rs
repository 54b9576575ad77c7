//! `zoho-org-viewer logout`: revoke the sign-in at Zoho, then forget it here whatever happened.

use super::error::{CliError, sentence_with_code};
use super::setup::{Setup, runtime};
use crate::zoho::error::{TokenErrorCode, TokenRequest};
use crate::zoho::oauth;
use crate::zoho::session::check_saved_tokens;
use crate::zoho::{self};

/// Revokes the refresh token at the user's accounts server, then forgets the sign-in and the
/// saved organization. A person who signs out ends up signed out on this computer even when
/// Zoho cannot be told; the error then says how to remove the app's access at Zoho.
pub(crate) fn logout() -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let saved = match setup.store.load_session() {
        Ok(Some(saved)) => saved,
        Ok(None) => {
            setup.forget_sign_in()?;
            println!("You are not signed in to Zoho, so there was nothing to sign out of.");
            return Ok(());
        }
        Err(error) => {
            tracing::warn!("the saved sign-in cannot be read: {error}");
            setup.forget_sign_in()?;
            return Err(CliError::RevokeFailed {
                reason: "The saved sign-in could not be read, so there was nothing to send."
                    .to_owned(),
            });
        }
    };
    // A tampered file must not send the refresh token anywhere but Zoho.
    let revoked = match check_saved_tokens(&saved, &setup.accounts_url) {
        Ok(()) => {
            let runtime = runtime()?;
            runtime.block_on(async {
                let http = zoho::http::client()?;
                oauth::revoke(&http, &saved).await
            })
        }
        Err(error) => Err(error),
    };
    setup.forget_sign_in()?;
    match revoked {
        Ok(()) => {
            println!(
                "Signed out: Zoho revoked the app's access, and the sign-in was removed from this computer."
            );
            Ok(())
        }
        Err(error) if already_revoked(&error) => {
            println!(
                "Signed out: Zoho no longer knew this sign-in (it was already revoked), and it was removed from this computer."
            );
            Ok(())
        }
        Err(error) => Err(CliError::RevokeFailed {
            reason: sentence_with_code(&error),
        }),
    }
}

/// Zoho answers a revocation of a token it does not know (already revoked, or removed under
/// Connected apps) with HTTP 400: the outcome the person wanted.
fn already_revoked(error: &zoho::Error) -> bool {
    match error {
        zoho::Error::Token {
            request: TokenRequest::Revoke,
            code,
            ..
        } => match code {
            TokenErrorCode::InvalidCode => true,
            TokenErrorCode::Other(code) => code == "invalid_token",
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revoke_error(code: TokenErrorCode) -> zoho::Error {
        zoho::Error::Token {
            request: TokenRequest::Revoke,
            code,
            description: None,
            http_status: 400,
        }
    }

    #[test]
    fn an_unknown_token_counts_as_signed_out_but_an_outage_does_not() {
        assert!(already_revoked(&revoke_error(TokenErrorCode::Other(
            "invalid_token".into()
        ))));
        assert!(already_revoked(&revoke_error(TokenErrorCode::InvalidCode)));
        assert!(!already_revoked(&revoke_error(TokenErrorCode::Other(
            "HTTP 500".into()
        ))));
        assert!(!already_revoked(&zoho::Error::Network {
            host: "accounts.zoho.eu".into(),
            cause: "connection refused".into()
        }));
    }
}
