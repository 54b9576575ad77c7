//! Signing in to Zoho: the authorization-code flow with PKCE (S256) over a loopback redirect,
//! then token refresh and revocation at the user's own data centre.
//!
//! The flow: [`start_sign_in`] opens the loopback port and builds the URL for the browser;
//! [`PendingSignIn::finish`] waits for Zoho to send the browser back, checks where it says the
//! user's account lives, exchanges the code there and returns [`Tokens`].

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, SystemTime};

use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
    BasicTokenType,
};
use oauth2::{
    AccessToken, AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken,
    EndpointNotSet, EndpointSet, ExtraTokenFields, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, RefreshToken, RequestTokenError, Scope, StandardRevocableToken,
    StandardTokenResponse, TokenResponse, TokenUrl,
};
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use url::Url;

use super::callback::{self, Arrival, ResultPage};
use super::error::{Error, SignInProblem, TokenErrorCode, TokenRequest, Unreadable};
use super::http::{self, send_oauth_request};
use super::region;

/// The scope the app asks for: reading the organization, nothing else.
pub const SCOPE: &str = "ZohoCRM.org.READ";

/// The loopback ports the sign-in listens on, in order. They sit below 49152 because Windows
/// may reserve ports in its dynamic range (Hyper-V, WSL, Docker), and each one must be
/// registered as a redirect URI of the Zoho client.
pub const REDIRECT_PORTS: [u16; 3] = [17645, 17646, 17647];

/// The path Zoho sends the browser back to.
pub const CALLBACK_PATH: &str = "/callback";

/// How long the app waits for the browser step by default.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(180);

/// How long one request to the accounts server may take.
pub const TOKEN_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The redirect URI for one port, exactly as it must be registered in Zoho's API console.
pub fn redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}{CALLBACK_PATH}")
}

/// Every redirect URI to register, in order.
pub fn redirect_uris() -> Vec<String> {
    REDIRECT_PORTS
        .iter()
        .map(|port| redirect_uri(*port))
        .collect()
}

/// The redirect URIs as one phrase for messages.
pub fn redirect_uris_for_display() -> String {
    redirect_uris().join(", ")
}

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

/// Zoho's extra fields in token answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZohoTokenFields {
    /// The CRM host for this user (e.g. `https://www.zohoapis.eu`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_domain: Option<String>,
    /// Older answers give the lifetime here in seconds and put milliseconds in `expires_in`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_sec: Option<u64>,
}

impl ExtraTokenFields for ZohoTokenFields {}

/// A token answer from Zoho's accounts server.
pub type ZohoTokenResponse = StandardTokenResponse<ZohoTokenFields, BasicTokenType>;

type ZohoOAuthClient<HasAuthUrl, HasTokenUrl> = oauth2::Client<
    BasicErrorResponse,
    ZohoTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    HasAuthUrl,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    HasTokenUrl,
>;

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
    let listener = callback::bind(&options.redirect_ports).await?;
    let port = listener
        .local_addr()
        .map_err(|err| Error::Network {
            host: "127.0.0.1".to_owned(),
            cause: err.to_string(),
        })?
        .port();
    let redirect_uri = redirect_uri(port);
    let auth_url = endpoint(&options.accounts_url, "oauth/v2/auth")?;
    let oauth = ZohoOAuthClient::<EndpointNotSet, EndpointNotSet>::new(ClientId::new(
        client.client_id.clone(),
    ))
    .set_auth_uri(AuthUrl::from_url(auth_url))
    .set_redirect_uri(redirect_url(&redirect_uri)?);
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = oauth
        .authorize_url(|| CsrfToken::new_random_len(24))
        .add_scope(Scope::new(SCOPE.to_owned()))
        .set_pkce_challenge(challenge)
        .add_extra_param("access_type", "offline");
    if options.force_consent {
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
        .await;
        let page = match &outcome {
            Ok(_) => ResultPage::signed_in(),
            Err(error) => ResultPage::failed(error),
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
) -> Result<Tokens, Error> {
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
        token_client(client, &accounts_server)?.set_redirect_uri(redirect_url(redirect_uri)?);
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
    let refresh_token = response
        .refresh_token()
        .cloned()
        .ok_or(Error::SignIn(SignInProblem::NoRefreshToken))?;
    let api_domain = api_domain_of(&response, start_url, &accounts_server)?;
    Ok(Tokens {
        refresh_token,
        accounts_server,
        api_domain,
        location: callback.location,
        access_token: Some(cached(&response, SystemTime::now())),
    })
}

/// A fresh access token (and possibly a new API domain) from the saved refresh token.
#[derive(Debug, Clone)]
pub struct Refreshed {
    /// The new access token.
    pub access_token: CachedAccessToken,
    /// The API domain Zoho named, when it named an allowed one.
    pub api_domain: Option<Url>,
}

/// Asks the user's accounts server for a new access token.
pub async fn refresh(
    http: &reqwest::Client,
    client: &ClientCredentials,
    tokens: &Tokens,
    start_url: &Url,
) -> Result<Refreshed, Error> {
    let endpoint_client = TokenEndpointClient::new(http);
    let response = token_client(client, &tokens.accounts_server)?
        .exchange_refresh_token(&tokens.refresh_token)
        .request_async(&endpoint_client)
        .await
        .map_err(|err| token_error(err, TokenRequest::Refresh, endpoint_client.last_status()))?;
    let api_domain = response
        .extra_fields()
        .api_domain
        .as_deref()
        .and_then(|domain| region::allowed_api_domain(domain, start_url));
    Ok(Refreshed {
        access_token: cached(&response, SystemTime::now()),
        api_domain,
    })
}

/// Revokes the refresh token (and with it every access token minted from it) at the user's
/// accounts server. The token goes in the form body, as Zoho's own SDK sends it, not in the URL.
pub async fn revoke(http: &reqwest::Client, tokens: &Tokens) -> Result<(), Error> {
    let url = endpoint(&tokens.accounts_server, "oauth/v2/token/revoke")?;
    let host = http::host_for_message(&Some(url.clone()));
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", tokens.refresh_token.secret())
        .finish();
    let response = http
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .timeout(TOKEN_REQUEST_TIMEOUT)
        .send()
        .await
        .map_err(|err| http::transport_error(&err, &host))?;
    let response = http::refuse_redirect(response, super::error::Resource::Accounts)?;
    let status = response.status().as_u16();
    let body = http::read_body(
        response,
        http::ACCOUNTS_BODY_LIMIT,
        super::error::Resource::Accounts,
        &host,
    )
    .await?;
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    if let Some(error) = answer.get("error").and_then(serde_json::Value::as_str) {
        let description = answer
            .get("error_description")
            .and_then(serde_json::Value::as_str);
        return Err(Error::Token {
            request: TokenRequest::Revoke,
            code: TokenErrorCode::parse(error, description),
            description: description.map(str::to_owned),
            http_status: status,
        });
    }
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(Error::Token {
            request: TokenRequest::Revoke,
            code: TokenErrorCode::Other(format!("HTTP {status}")),
            description: None,
            http_status: status,
        })
    }
}

fn token_client(
    client: &ClientCredentials,
    accounts_server: &Url,
) -> Result<ZohoOAuthClient<EndpointNotSet, EndpointSet>, Error> {
    Ok(
        ZohoOAuthClient::<EndpointNotSet, EndpointNotSet>::new(ClientId::new(
            client.client_id.clone(),
        ))
        .set_client_secret(client.client_secret.clone())
        // Zoho documents the credentials as form parameters, not HTTP Basic.
        .set_auth_type(AuthType::RequestBody)
        .set_token_uri(TokenUrl::from_url(endpoint(
            accounts_server,
            "oauth/v2/token",
        )?)),
    )
}

/// The `oauth2` crate's view of our HTTP client. It remembers the last HTTP status, because Zoho's
/// error answers are judged by their body and the status is wanted for the details view.
struct TokenEndpointClient {
    http: reqwest::Client,
    status: AtomicU16,
}

impl TokenEndpointClient {
    fn new(http: &reqwest::Client) -> Self {
        Self {
            http: http.clone(),
            status: AtomicU16::new(0),
        }
    }

    fn last_status(&self) -> u16 {
        self.status.load(Ordering::Relaxed)
    }
}

impl<'c> oauth2::AsyncHttpClient<'c> for TokenEndpointClient {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<oauth2::HttpResponse, Error>> + Send + 'c>>;

    fn call(&'c self, request: oauth2::HttpRequest) -> Self::Future {
        Box::pin(async move {
            let response = send_oauth_request(&self.http, request, TOKEN_REQUEST_TIMEOUT).await?;
            self.status
                .store(response.status().as_u16(), Ordering::Relaxed);
            Ok(response)
        })
    }
}

/// Zoho answers most token errors with HTTP 200 and `{"error": ...}`, which the `oauth2` crate
/// reports as a body it could not parse: look inside for Zoho's error first.
fn token_error(
    err: RequestTokenError<Error, BasicErrorResponse>,
    request: TokenRequest,
    http_status: u16,
) -> Error {
    match err {
        RequestTokenError::Request(error) => error,
        RequestTokenError::ServerResponse(response) => {
            let description = response.error_description().cloned();
            Error::Token {
                request,
                code: TokenErrorCode::parse(response.error().as_ref(), description.as_deref()),
                description,
                http_status,
            }
        }
        RequestTokenError::Parse(parse_error, body) => {
            let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            match answer.get("error").and_then(serde_json::Value::as_str) {
                Some(error) => {
                    let description = answer
                        .get("error_description")
                        .and_then(serde_json::Value::as_str);
                    Error::Token {
                        request,
                        code: TokenErrorCode::parse(error, description),
                        description: description.map(str::to_owned),
                        http_status,
                    }
                }
                None => Error::Unreadable {
                    resource: super::error::Resource::Accounts,
                    problem: if String::from_utf8_lossy(&body).trim_start().starts_with('<') {
                        Unreadable::HtmlPage
                    } else {
                        Unreadable::NotZohoJson
                    },
                    http_status,
                    detail: parse_error.to_string(),
                },
            }
        }
        RequestTokenError::Other(detail) => Error::Unreadable {
            resource: super::error::Resource::Accounts,
            problem: Unreadable::NotZohoJson,
            http_status,
            detail,
        },
    }
}

/// The access token and its expiry. Zoho's lifetime is seconds in `expires_in`, except in older
/// answers that carry `expires_in_sec` and milliseconds in `expires_in`.
fn cached(response: &ZohoTokenResponse, now: SystemTime) -> CachedAccessToken {
    let lifetime = match (
        response.extra_fields().expires_in_sec,
        response.expires_in(),
    ) {
        (Some(seconds), _) => Duration::from_secs(seconds),
        // Over a day can only be milliseconds: Zoho's access tokens live an hour.
        (None, Some(lifetime)) if lifetime > Duration::from_secs(86_400) => lifetime / 1000,
        (None, Some(lifetime)) => lifetime,
        (None, None) => Duration::from_secs(3600),
    };
    CachedAccessToken {
        token: response.access_token().clone(),
        expires_at: now + lifetime,
    }
}

/// The API domain from a token answer, which must be a Zoho CRM host. Without one, the data
/// centre's production host (or, on loopback, the accounts server itself) is the best guess.
fn api_domain_of(
    response: &ZohoTokenResponse,
    start_url: &Url,
    accounts_server: &Url,
) -> Result<Url, Error> {
    match response.extra_fields().api_domain.as_deref() {
        Some(domain) => region::allowed_api_domain(domain, start_url).ok_or_else(|| {
            Error::SignIn(SignInProblem::ApiDomainNotAllowed {
                domain: domain.to_owned(),
            })
        }),
        None => match region::by_accounts_server(accounts_server) {
            Some(centre) => Url::parse(centre.api_domain).map_err(|_| {
                Error::SignIn(SignInProblem::ApiDomainNotAllowed {
                    domain: centre.api_domain.to_owned(),
                })
            }),
            None => Ok(accounts_server.clone()),
        },
    }
}

/// `{base}/{path}`, keeping any path prefix of the base.
fn endpoint(base: &Url, path: &str) -> Result<Url, Error> {
    let mut url = base.clone();
    let prefix = url.path().trim_end_matches('/').to_owned();
    url.set_path(&format!("{prefix}/{path}"));
    url.set_query(None);
    url.set_fragment(None);
    Ok(url)
}

fn redirect_url(uri: &str) -> Result<RedirectUrl, Error> {
    RedirectUrl::new(uri.to_owned()).map_err(|err| Error::Network {
        host: "127.0.0.1".to_owned(),
        cause: err.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(json: &str) -> ZohoTokenResponse {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn lifetimes_in_seconds_and_legacy_milliseconds_are_both_understood() {
        let now = SystemTime::UNIX_EPOCH;
        let plain = response(
            r#"{"access_token":"1000.a.b","token_type":"Bearer","expires_in":3600,"api_domain":"https://www.zohoapis.com"}"#,
        );
        assert_eq!(
            cached(&plain, now).expires_at,
            now + Duration::from_secs(3600)
        );
        let legacy = response(
            r#"{"access_token":"1000.a.b","token_type":"Bearer","expires_in":3600000,"expires_in_sec":3600}"#,
        );
        assert_eq!(
            cached(&legacy, now).expires_at,
            now + Duration::from_secs(3600)
        );
        let legacy_without_hint =
            response(r#"{"access_token":"1000.a.b","token_type":"Bearer","expires_in":3600000}"#);
        assert_eq!(
            cached(&legacy_without_hint, now).expires_at,
            now + Duration::from_secs(3600)
        );
    }

    #[test]
    fn zoho_errors_sent_with_http_200_become_token_errors() {
        let body = br#"{"error":"invalid_code"}"#.to_vec();
        let parse_error = serde_path_to_error::deserialize::<_, ZohoTokenResponse>(
            &mut serde_json::Deserializer::from_slice(&body),
        )
        .unwrap_err();
        let error = token_error(
            RequestTokenError::Parse(parse_error, body),
            TokenRequest::Refresh,
            200,
        );
        assert!(error.needs_sign_in(), "{error:?}");
        assert_eq!(error.zoho_code(), Some("invalid_code"));
        assert_eq!(
            error.to_string(),
            "Your saved Zoho sign-in is no longer valid; it may have been revoked."
        );

        let body = r#"{"error":"Access Denied","error_description":"You have made too many requests continuously. Please try again after some time.","status":"failure"}"#.as_bytes().to_vec();
        let parse_error = serde_path_to_error::deserialize::<_, ZohoTokenResponse>(
            &mut serde_json::Deserializer::from_slice(&body),
        )
        .unwrap_err();
        let error = token_error(
            RequestTokenError::Parse(parse_error, body),
            TokenRequest::Refresh,
            200,
        );
        assert!(
            matches!(
                error,
                Error::Token {
                    code: TokenErrorCode::Throttled,
                    ..
                }
            ),
            "{error:?}"
        );
        assert_eq!(error.resolution(), "Wait about 10 minutes, then try again.");
    }

    /// What `token_error` makes of `body` arriving with `http_status`, as the `oauth2` crate
    /// hands it over: a 200 with an error body fails to parse as tokens; any other status is
    /// read as an OAuth error answer.
    fn code_exchange_error(body: &str, http_status: u16) -> Error {
        let bytes = body.as_bytes().to_vec();
        let request_error = if http_status == 200 {
            let parse_error = serde_path_to_error::deserialize::<_, ZohoTokenResponse>(
                &mut serde_json::Deserializer::from_slice(&bytes),
            )
            .unwrap_err();
            RequestTokenError::Parse(parse_error, bytes)
        } else {
            RequestTokenError::ServerResponse(serde_json::from_slice(&bytes).unwrap())
        };
        token_error(request_error, TokenRequest::CodeExchange, http_status)
    }

    #[test]
    fn every_token_error_code_has_its_own_message_and_remedy() {
        let redirect_advice = format!(
            "In Zoho's API console, add these redirect URIs to the client exactly as written: {}.",
            redirect_uris_for_display()
        );
        let cases = [
            (
                "invalid_code",
                TokenErrorCode::InvalidCode,
                "The sign-in code from Zoho had expired or was already used.",
                "Sign in again.".to_owned(),
            ),
            (
                "invalid_client",
                TokenErrorCode::InvalidClient,
                "Zoho does not recognise this app's client ID for your account's data centre.",
                "Check the client ID. In Zoho's API console, open the client's Settings and enable your data centre (multi-DC), then sign in again.".to_owned(),
            ),
            (
                "invalid_client_secret",
                TokenErrorCode::InvalidClientSecret,
                "Zoho did not accept this app's client secret.",
                "Copy the client secret again from Zoho's API console and enter it again."
                    .to_owned(),
            ),
            (
                "invalid_redirect_uri",
                TokenErrorCode::InvalidRedirectUri,
                "Zoho did not accept the address the sign-in returns to (the redirect URI).",
                redirect_advice,
            ),
            (
                "access_denied",
                TokenErrorCode::AccessDenied,
                "Zoho is refusing new sign-ins for this app for a few minutes.",
                "Wait about 10 minutes, then try again.".to_owned(),
            ),
            (
                "Access Denied",
                TokenErrorCode::Throttled,
                "Zoho has paused new access for this sign-in because too many were requested in a short time.",
                "Wait about 10 minutes, then try again.".to_owned(),
            ),
            (
                "unsupported_grant_type",
                TokenErrorCode::Other("unsupported_grant_type".to_owned()),
                "Zoho refused the sign-in (unsupported_grant_type).",
                "Try signing in again. If it keeps happening, report the problem and mention the error code.".to_owned(),
            ),
        ];
        for (zoho_error, code, sentence, resolution) in cases {
            // Zoho usually says it with HTTP 200; other servers (and Zoho at times) with a 400.
            for http_status in [200, 400] {
                let body = serde_json::json!({ "error": zoho_error }).to_string();
                let error = code_exchange_error(&body, http_status);
                assert_eq!(
                    error,
                    Error::Token {
                        request: TokenRequest::CodeExchange,
                        code: code.clone(),
                        description: None,
                        http_status,
                    },
                    "{zoho_error} with HTTP {http_status}"
                );
                assert_eq!(error.to_string(), sentence, "{zoho_error}");
                assert_eq!(error.resolution(), resolution, "{zoho_error}");
                assert_eq!(error.zoho_code(), Some(zoho_error));
                assert!(
                    error
                        .one_line()
                        .contains(&format!("(Zoho code {zoho_error}).")),
                    "{}",
                    error.one_line()
                );
            }
        }

        // Zoho's description is kept for the details view, never in place of the sentence.
        let described = code_exchange_error(
            r#"{"error":"invalid_client","error_description":"Client not found in this DC"}"#,
            200,
        );
        assert_eq!(
            described.technical_detail(),
            Some("Client not found in this DC")
        );
        assert_eq!(
            described.to_string(),
            "Zoho does not recognise this app's client ID for your account's data centre."
        );
    }

    #[test]
    fn api_domains_outside_zoho_are_refused() {
        let start = Url::parse("https://accounts.zoho.com").unwrap();
        let accounts = Url::parse("https://accounts.zoho.eu").unwrap();
        let evil = response(
            r#"{"access_token":"1000.a.b","token_type":"Bearer","api_domain":"https://www.zohoapis.eu.evil.example"}"#,
        );
        assert!(matches!(
            api_domain_of(&evil, &start, &accounts),
            Err(Error::SignIn(SignInProblem::ApiDomainNotAllowed { .. }))
        ));
        let missing = response(r#"{"access_token":"1000.a.b","token_type":"Bearer"}"#);
        assert_eq!(
            api_domain_of(&missing, &start, &accounts).unwrap().as_str(),
            "https://www.zohoapis.eu/"
        );
    }

    #[test]
    fn redirect_uris_are_loopback_ip_literals_on_fixed_ports() {
        assert_eq!(
            redirect_uris(),
            [
                "http://127.0.0.1:17645/callback",
                "http://127.0.0.1:17646/callback",
                "http://127.0.0.1:17647/callback"
            ]
        );
        assert!(REDIRECT_PORTS.iter().all(|port| *port < 49152));
    }
}
