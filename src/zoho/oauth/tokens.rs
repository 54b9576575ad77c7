//! What a sign-in yields and the app keeps: the refresh token, where to use it, and the cached
//! access token. Plain data, so the store can save it without knowing how it was obtained.

use std::time::{Duration, SystemTime};

use oauth2::{AccessToken, ClientSecret, RefreshToken};
use url::Url;

/// The OAuth client registered in Zoho's API console.
#[derive(Debug, Clone)]
pub struct ClientCredentials {
    /// The client ID, e.g. `1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123`.
    pub client_id: String,
    /// The client secret (Zoho requires it even with PKCE); its `Debug` output is redacted.
    pub client_secret: ClientSecret,
}

/// A cached access token is not used in its last minutes, so a call started just before expiry
/// does not fail on the way (Zoho tokens live an hour; this reuses them for 55 minutes).
pub const ACCESS_TOKEN_SAFETY_MARGIN: Duration = Duration::from_secs(5 * 60);

/// A usable access token and when it stops working.
#[derive(Debug, Clone)]
pub struct CachedAccessToken {
    /// The token for `Authorization: Zoho-oauthtoken …`.
    pub token: AccessToken,
    /// When Zoho stops accepting it.
    pub expires_at: SystemTime,
}

impl CachedAccessToken {
    /// A token that Zoho said (`expires_in`) is valid for `lifetime` from `now`.
    pub fn expiring_after(token: AccessToken, lifetime: Duration, now: SystemTime) -> Self {
        let expires_at = now.checked_add(lifetime).unwrap_or(now);
        Self { token, expires_at }
    }

    /// Whether the token can still be sent at `now`, leaving [`ACCESS_TOKEN_SAFETY_MARGIN`].
    pub fn is_usable_at(&self, now: SystemTime) -> bool {
        now.checked_add(ACCESS_TOKEN_SAFETY_MARGIN)
            .is_some_and(|deadline| deadline < self.expires_at)
    }
}

/// What a sign-in yields and what the app keeps between runs.
#[derive(Debug, Clone)]
pub struct Tokens {
    /// The long-lived token that mints access tokens.
    pub refresh_token: RefreshToken,
    /// The user's accounts server: refresh and revocation go here.
    pub accounts_server: Url,
    /// The CRM host for this user's data centre and environment.
    pub api_domain: Url,
    /// Zoho's data-centre code, when it said.
    pub location: Option<String>,
    /// The current access token, if any.
    pub access_token: Option<CachedAccessToken>,
}
