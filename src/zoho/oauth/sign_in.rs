//! The browser step of signing in: open the loopback port, send the person to Zoho's consent
//! page, take the code from the redirect back, and exchange it at their own data centre.

use std::time::{Duration, SystemTime};

use oauth2::{
    AccessToken, AuthUrl, AuthorizationCode, ClientId, CsrfToken, EndpointNotSet,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, Scope, TokenResponse,
};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use url::Url;

use super::callback::{self, Arrival, ResultPage};
use super::endpoint::{
    TokenEndpointClient, ZohoOAuthClient, api_domain_of, at, cached, token_client, token_error,
};
use super::redirect::{REDIRECT_PORTS, redirect_uri};
use super::tokens::{CachedAccessToken, ClientCredentials, Tokens};
use crate::zoho::error::{Error, SignInProblem, TokenRequest};
use crate::zoho::region;

/// The scope the app asks for: reading the organization, nothing else.
pub const SCOPE: &str = "ZohoCRM.org.READ";

/// The scope of the one-time grant that changes the logo (zoho.md §1.2, §9.2): upload and
/// delete of the org's photo, and reading the org to check which one it is.
pub const WRITE_SCOPE: &str = "ZohoCRM.org.ALL";

/// What a sign-in asks Zoho for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grant {
    /// The everyday sign-in: read only, with a refresh token the app keeps.
    Lasting,
    /// Write access for one change: `access_type=online`, so Zoho issues no refresh token and
    /// the access token is all there is.
    OneTimeWrite,
}

/// How long the app waits for the browser step by default.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(180);

/// Where and how a sign-in runs.
#[derive(Debug, Clone)]
pub struct SignInOptions {
    /// Where sign-in starts (`https://accounts.zoho.com` unless configured).
    pub accounts_url: Url,
    /// The loopback ports to try, in order.
    pub redirect_ports: Vec<u16>,
    /// How long to wait for the browser.
    pub timeout: Duration,
    /// Ask Zoho to show the consent page (and so issue a new refresh token). Needed when the app
    /// holds no refresh token; otherwise it would only burn one of Zoho's 20 per user.
    pub force_consent: bool,
}

impl SignInOptions {
    /// The defaults for a sign-in starting at `accounts_url`.
    pub fn new(accounts_url: Url) -> Self {
        Self {
            accounts_url,
            redirect_ports: REDIRECT_PORTS.to_vec(),
            timeout: SIGN_IN_TIMEOUT,
            force_consent: true,
        }
    }
}

/// A sign-in waiting for the browser: the port is open and the URL is ready to open.
#[derive(Debug)]
pub struct PendingSignIn {
    authorize_url: Url,
    redirect_uri: String,
    listener: TcpListener,
    state: CsrfToken,
    verifier: PkceCodeVerifier,
    client: ClientCredentials,
    start_url: Url,
    timeout: Duration,
    http: reqwest::Client,
}

/// Opens the loopback port and prepares the authorization URL. Nothing has been sent anywhere yet.
pub async fn start_sign_in(
    http: reqwest::Client,
    client: ClientCredentials,
    options: SignInOptions,
) -> Result<PendingSignIn, Error> {
    start(http, client, options, Grant::Lasting).await
}

/// Like [`start_sign_in`], for a one-time grant of [`WRITE_SCOPE`] with `access_type=online`:
/// finish it with [`PendingSignIn::finish_write_grant`]. Consent is always asked, so the person
/// picks the org on Zoho's page.
pub async fn start_write_grant(
    http: reqwest::Client,
    client: ClientCredentials,
    options: SignInOptions,
) -> Result<PendingSignIn, Error> {
    start(http, client, options, Grant::OneTimeWrite).await
}

async fn start(
    http: reqwest::Client,
    client: ClientCredentials,
    options: SignInOptions,
    grant: Grant,
) -> Result<PendingSignIn, Error> {
    let listener = callback::bind(&options.redirect_ports).await?;
    let port = listener
        .local_addr()
        .map_err(|err| Error::Network {
            host: "127.0.0.1".to_owned(),
            cause: err.to_string(),
        })?
        .port();
    let redirect_uri = redirect_uri(port);
    let auth_url = at(&options.accounts_url, "oauth/v2/auth");
    let oauth = ZohoOAuthClient::<EndpointNotSet, EndpointNotSet>::new(ClientId::new(
        client.client_id.clone(),
    ))
    .set_auth_uri(AuthUrl::from_url(auth_url))
    .set_redirect_uri(redirect_url(&redirect_uri)?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (scope, access_type) = match grant {
        Grant::Lasting => (SCOPE, "offline"),
        Grant::OneTimeWrite => (WRITE_SCOPE, "online"),
    };
    let mut request = oauth
        .authorize_url(|| CsrfToken::new_random_len(24))
        .add_scope(Scope::new(scope.to_owned()))
        .set_pkce_challenge(challenge)
        .add_extra_param("access_type", access_type);
    if options.force_consent || grant == Grant::OneTimeWrite {
        request = request.add_extra_param("prompt", "consent");
    }
    let (authorize_url, state) = request.url();
    tracing::info!(port, "sign-in is waiting for the browser");
    Ok(PendingSignIn {
        authorize_url,
        redirect_uri,
        listener,
        state,
        verifier,
        client,
        start_url: options.accounts_url,
        timeout: options.timeout,
        http,
    })
}

impl PendingSignIn {
    /// The URL to open in the browser (it holds no secret; showing it is safe).
    pub fn authorize_url(&self) -> &Url {
        &self.authorize_url
    }

    /// The redirect URI in use, for messages about registering it.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// How long [`PendingSignIn::finish`] waits for the browser.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Waits for the browser to come back, then exchanges the code at the user's data centre.
    /// Dropping the future cancels the sign-in and closes the port.
    pub async fn finish(self) -> Result<Tokens, Error> {
        let outcome = self
            .finish_then(|tokens| async move {
                (
                    Ok::<_, std::convert::Infallible>(tokens),
                    ResultPage::signed_in(),
                )
            })
            .await?;
        match outcome {
            Ok(tokens) => Ok(tokens),
            Err(never) => match never {},
        }
    }

    /// Like [`PendingSignIn::finish`], then runs `then` with the tokens before the browser gets
    /// its page, so the page can say what came of the sign-in (the org that was added). `then`
    /// gives its outcome and the page to show.
    pub async fn finish_then<T, E, Then, Running>(self, then: Then) -> Result<Result<T, E>, Error>
    where
        Then: FnOnce(Tokens) -> Running,
        Running: Future<Output = (Result<T, E>, ResultPage)>,
    {
        self.run(Exchanged::into_tokens, then).await
    }

    /// Waits for the browser of a [`start_write_grant`], exchanges the code, and gives the
    /// access token (in memory only; no refresh token exists). The browser's page says to go
    /// back to the app.
    pub async fn finish_write_grant(self) -> Result<WriteGrant, Error> {
        let outcome = self
            .run(Exchanged::into_write_grant, |grant| async move {
                (
                    Ok::<_, std::convert::Infallible>(grant),
                    ResultPage::write_granted(),
                )
            })
            .await?;
        match outcome {
            Ok(grant) => Ok(grant),
            Err(never) => match never {},
        }
    }

    /// The browser step and the exchange, then `convert` and `then`.
    async fn run<X, T, E, Then, Running>(
        self,
        convert: fn(Exchanged) -> Result<X, Error>,
        then: Then,
    ) -> Result<Result<T, E>, Error>
    where
        Then: FnOnce(X) -> Running,
        Running: Future<Output = (Result<T, E>, ResultPage)>,
    {
        let (stop, stopped) = oneshot::channel();
        let (arrival, server) =
            callback::serve(self.listener, self.state.secret().clone(), stopped);
        // Closing the port when this future ends or is dropped, whatever the outcome.
        let _stop_server = StopOnDrop(Some(stop));
        let arrival = match tokio::time::timeout(self.timeout, arrival).await {
            Ok(Ok(arrival)) => arrival,
            Ok(Err(_)) => return Err(Error::SignIn(SignInProblem::Cancelled)),
            Err(_) => {
                return Err(Error::SignIn(SignInProblem::TimedOut {
                    after: self.timeout,
                }));
            }
        };
        let Arrival::Callback(callback, reply) = arrival;
        let outcome = exchange_callback(
            &self.http,
            &self.client,
            &self.start_url,
            &self.redirect_uri,
            self.verifier,
            callback,
        )
        .await
        .and_then(convert);
        let (outcome, page) = match outcome {
            Ok(tokens) => {
                let (result, page) = then(tokens).await;
                (Ok(result), page)
            }
            Err(error) => {
                let page = ResultPage::failed(&error);
                (Err(error), page)
            }
        };
        // The browser may have gone away; the outcome stands either way.
        let _ = reply.send(page);
        drop(_stop_server);
        // Let the page reach the browser before the port closes.
        let _ = tokio::time::timeout(Duration::from_secs(5), server).await;
        outcome
    }
}

/// Stops the callback server when dropped.
struct StopOnDrop(Option<oneshot::Sender<()>>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        if let Some(stop) = self.0.take() {
            // The server may already be gone; nothing to do then.
            let _ = stop.send(());
        }
    }
}

/// Checks the callback and exchanges its code at the accounts server it names.
async fn exchange_callback(
    http: &reqwest::Client,
    client: &ClientCredentials,
    start_url: &Url,
    redirect_uri: &str,
    verifier: PkceCodeVerifier,
    callback: callback::Callback,
) -> Result<Exchanged, Error> {
    if let Some(error) = callback.error {
        return Err(Error::SignIn(if error == "access_denied" {
            SignInProblem::DeniedInBrowser
        } else {
            SignInProblem::ZohoRefused { error }
        }));
    }
    let code = callback
        .code
        .ok_or(Error::SignIn(SignInProblem::MissingCode))?;
    // Zoho names the user's data centre; the secret goes there only if it is a Zoho host.
    let accounts_server = match (&callback.accounts_server, &callback.location) {
        (Some(server), _) => {
            region::allowed_accounts_server(server, start_url).ok_or_else(|| {
                Error::SignIn(SignInProblem::AccountsServerNotAllowed {
                    server: server.clone(),
                })
            })?
        }
        (None, Some(location)) => match region::by_location(location) {
            Some(centre) => Url::parse(centre.accounts_server).map_err(|err| {
                Error::SignIn(SignInProblem::AccountsServerNotAllowed {
                    server: err.to_string(),
                })
            })?,
            None => start_url.clone(),
        },
        (None, None) => start_url.clone(),
    };
    let endpoint_client = TokenEndpointClient::new(http);
    let oauth =
        token_client(client, &accounts_server).set_redirect_uri(redirect_url(redirect_uri)?);
    let response = oauth
        .exchange_code(AuthorizationCode::new(code))
        .set_pkce_verifier(verifier)
        .request_async(&endpoint_client)
        .await
        .map_err(|err| {
            token_error(
                err,
                TokenRequest::CodeExchange,
                endpoint_client.last_status(),
            )
        })?;
    let api_domain = api_domain_of(&response, start_url, &accounts_server)?;
    Ok(Exchanged {
        refresh_token: response.refresh_token().cloned(),
        accounts_server,
        api_domain,
        location: callback.location,
        access_token: cached(&response, SystemTime::now()),
    })
}

/// What the code exchange gave, before it is known which kind of sign-in wanted it.
struct Exchanged {
    refresh_token: Option<RefreshToken>,
    accounts_server: Url,
    api_domain: Url,
    location: Option<String>,
    access_token: CachedAccessToken,
}

impl Exchanged {
    /// The lasting sign-in's tokens: without a refresh token there is nothing to keep.
    fn into_tokens(self) -> Result<Tokens, Error> {
        let refresh_token = self
            .refresh_token
            .ok_or(Error::SignIn(SignInProblem::NoRefreshToken))?;
        Ok(Tokens {
            refresh_token,
            accounts_server: self.accounts_server,
            api_domain: self.api_domain,
            location: self.location,
            access_token: Some(self.access_token),
        })
    }

    /// The one-time grant: the access token only. Zoho issues no refresh token for
    /// `access_type=online`; should one come anyway it is dropped here, never kept.
    fn into_write_grant(self) -> Result<WriteGrant, Error> {
        if self.refresh_token.is_some() {
            tracing::warn!("Zoho sent a refresh token with a one-time grant; it is not kept");
        }
        Ok(WriteGrant {
            access_token: self.access_token.token,
            api_domain: self.api_domain,
        })
    }
}

/// A one-time write grant: an access token with [`WRITE_SCOPE`] and where to use it. It lives in
/// memory only: it is neither `Clone` nor serializable, its `Debug` hides the token, and the
/// change consumes it.
pub struct WriteGrant {
    /// The token for `Authorization: Zoho-oauthtoken …`.
    pub access_token: AccessToken,
    /// The CRM host of the org Zoho's consent page picked.
    pub api_domain: Url,
}

impl std::fmt::Debug for WriteGrant {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("WriteGrant")
            .field("api_domain", &self.api_domain.as_str())
            .finish_non_exhaustive()
    }
}

/// The redirect URI as the `oauth2` crate takes it.
fn redirect_url(uri: &str) -> Result<RedirectUrl, Error> {
    RedirectUrl::new(uri.to_owned()).map_err(|err| Error::Network {
        host: "127.0.0.1".to_owned(),
        cause: err.to_string(),
    })
}
