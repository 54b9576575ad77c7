//! Signing in to Zoho: the authorization-code flow with PKCE (S256) over a loopback redirect,
//! then token refresh and revocation at the user's own data centre.
//!
//! The flow: [`start_sign_in`] opens the loopback port and builds the URL for the browser;
//! [`PendingSignIn::finish`] waits for Zoho to send the browser back, checks where it says the
//! user's account lives, exchanges the code there and returns [`Tokens`].
//!
//! The pieces import one another in one direction only: `sign_in` uses `callback`, `endpoint`,
//! `redirect` and `tokens`; `endpoint` uses `tokens`; `callback` uses `redirect`; `redirect` and
//! `tokens` use nothing of the client, so `zoho::error` can name the redirect URIs.

mod callback;
mod endpoint;
pub(crate) mod redirect;
mod sign_in;
mod tokens;

pub use callback::ResultPage;
pub use endpoint::{
    Refreshed, TOKEN_REQUEST_TIMEOUT, ZohoTokenFields, ZohoTokenResponse, refresh, revoke,
};
pub use redirect::{
    CALLBACK_PATH, REDIRECT_PORTS, redirect_uri, redirect_uris, redirect_uris_for_display,
};
pub use sign_in::{
    PendingSignIn, SCOPE, SIGN_IN_TIMEOUT, SignInOptions, WRITE_SCOPE, WriteGrant, start_sign_in,
    start_write_grant,
};
pub use tokens::{ACCESS_TOKEN_SAFETY_MARGIN, CachedAccessToken, ClientCredentials, Tokens};
