//! Running one Zoho call with the saved sign-in, and keeping what the call learned.
//!
//! A refresh token may mint only 10 access tokens in 10 minutes, so a command must not mint one
//! per run: the access token is saved with its expiry and reused by the next command, and a new
//! one is saved back as soon as the call that minted it ends, whether the call itself worked.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use super::error::CliError;
use super::setup::{Setup, runtime};
use crate::zoho::error::{TokenErrorCode, TokenRequest};
use crate::zoho::oauth::Tokens;
use crate::zoho::session::SessionOptions;
use crate::zoho::{self, Session};

/// The longest `Retry-After` a command waits out before retrying once; longer waits are
/// reported instead, so a script never hangs on Zoho's rate limit.
pub(crate) const MAX_RATE_LIMIT_WAIT: Duration = Duration::from_secs(5);

/// Runs `call` with a session over the saved sign-in, then saves the session back if the access
/// token changed. A sign-in Zoho says is dead is removed, so the next `login` starts afresh.
pub(crate) fn with_session<T, Call, Running>(setup: &Setup, call: Call) -> Result<T, CliError>
where
    Call: FnOnce(Arc<Session>) -> Running,
    Running: Future<Output = Result<T, zoho::Error>>,
{
    let saved = setup.saved_session()?;
    let client = setup.client()?;
    let session = Arc::new(
        Session::new(
            zoho::http::client()?,
            client,
            saved.clone(),
            setup.accounts_url.clone(),
        )
        .with_options(SessionOptions {
            max_rate_limit_wait: MAX_RATE_LIMIT_WAIT,
        }),
    );
    let (outcome, now) = runtime()?.block_on(async {
        let outcome = call(Arc::clone(&session)).await;
        (outcome, session.tokens().await)
    });
    if access_token_changed(&saved, &now)
        && let Err(error) = setup.store.save_session(&now)
    {
        eprintln!(
            "The new access token could not be saved, so the next command will ask Zoho for another: {error}"
        );
    }
    match outcome {
        Err(error) if refresh_token_is_dead(&error) => {
            setup.forget_sign_in()?;
            Err(CliError::SignInRevoked(error))
        }
        outcome => outcome.map_err(CliError::from),
    }
}

/// Whether the session now holds another access token (or API domain) than the saved one.
fn access_token_changed(saved: &Tokens, now: &Tokens) -> bool {
    let access = |tokens: &Tokens| {
        tokens
            .access_token
            .as_ref()
            .map(|cached| (cached.token.secret().clone(), cached.expires_at))
    };
    access(saved) != access(now) || saved.api_domain != now.api_domain
}

/// Zoho refused the refresh token itself (revoked, or pushed out by newer ones): it can never
/// work again.
fn refresh_token_is_dead(error: &zoho::Error) -> bool {
    matches!(
        error,
        zoho::Error::Token {
            request: TokenRequest::Refresh,
            code: TokenErrorCode::InvalidCode,
            ..
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho::oauth::CachedAccessToken;
    use oauth2::{AccessToken, RefreshToken};
    use std::time::UNIX_EPOCH;
    use url::Url;

    fn tokens(access: Option<(&str, u64)>) -> Tokens {
        Tokens {
            refresh_token: RefreshToken::new("refresh".to_owned()),
            accounts_server: Url::parse("https://accounts.zoho.eu").unwrap(),
            api_domain: Url::parse("https://www.zohoapis.eu").unwrap(),
            location: Some("eu".to_owned()),
            access_token: access.map(|(token, expires)| CachedAccessToken {
                token: AccessToken::new(token.to_owned()),
                expires_at: UNIX_EPOCH + Duration::from_secs(expires),
            }),
        }
    }

    #[test]
    fn only_a_new_token_or_domain_counts_as_a_change() {
        let saved = tokens(Some(("a", 100)));
        assert!(!access_token_changed(&saved, &tokens(Some(("a", 100)))));
        assert!(access_token_changed(&saved, &tokens(Some(("b", 100)))));
        assert!(access_token_changed(&saved, &tokens(Some(("a", 200)))));
        assert!(access_token_changed(&tokens(None), &saved));
        let mut moved = tokens(Some(("a", 100)));
        moved.api_domain = Url::parse("https://sandbox.zohoapis.eu").unwrap();
        assert!(access_token_changed(&saved, &moved));
    }

    #[test]
    fn only_a_refused_refresh_token_is_dead() {
        let refused = |request, code| zoho::Error::Token {
            request,
            code,
            description: None,
            http_status: 200,
        };
        assert!(refresh_token_is_dead(&refused(
            TokenRequest::Refresh,
            TokenErrorCode::InvalidCode
        )));
        assert!(!refresh_token_is_dead(&refused(
            TokenRequest::Refresh,
            TokenErrorCode::Throttled
        )));
        assert!(!refresh_token_is_dead(&refused(
            TokenRequest::CodeExchange,
            TokenErrorCode::InvalidCode
        )));
        assert!(!refresh_token_is_dead(&zoho::Error::Timeout {
            host: "accounts.zoho.eu".into()
        }));
    }
}
