//! A signed-in session: the saved tokens plus the rules Zoho's limits impose on using them.
//!
//! A refresh token may mint only 10 access tokens in 10 minutes, so the access token is cached
//! until shortly before it expires, refreshed by one caller at a time (everyone else waits for
//! that refresh and shares its result), and refreshed early only when Zoho says `INVALID_TOKEN`;
//! the call is then retried once.

use std::future::Future;
use std::time::{Duration, SystemTime};

use oauth2::AccessToken;
use tokio::sync::Mutex;

use super::api::CrmClient;
use super::error::{CrmCode, Error};
use super::oauth::{self, ClientCredentials, Tokens};
use super::org::Org;
use super::photo::Photo;
use url::Url;

/// How a session behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionOptions {
    /// The longest `Retry-After` the session waits out by itself before retrying a call once;
    /// longer waits are reported to the person instead.
    pub max_rate_limit_wait: Duration,
}

impl Default for SessionOptions {
    fn default() -> Self {
        Self {
            max_rate_limit_wait: Duration::from_secs(5),
        }
    }
}

/// A signed-in session with Zoho. Share it behind an `Arc`; every method takes `&self`.
#[derive(Debug)]
pub struct Session {
    http: reqwest::Client,
    crm: CrmClient,
    client: ClientCredentials,
    start_url: Url,
    options: SessionOptions,
    tokens: Mutex<Tokens>,
}

impl Session {
    /// A session over saved `tokens`. `start_url` is where sign-in starts; it decides whether
    /// loopback hosts are acceptable (only for the simulator).
    pub fn new(
        http: reqwest::Client,
        client: ClientCredentials,
        tokens: Tokens,
        start_url: Url,
    ) -> Self {
        let crm = CrmClient::new(http.clone());
        Self {
            http,
            crm,
            client,
            start_url,
            options: SessionOptions::default(),
            tokens: Mutex::new(tokens),
        }
    }

    /// The same session with other options.
    pub fn with_options(mut self, options: SessionOptions) -> Self {
        self.options = options;
        self
    }

    /// The same session calling the CRM through `crm` (other time limits, for instance).
    pub fn with_crm(mut self, crm: CrmClient) -> Self {
        self.crm = crm;
        self
    }

    /// The tokens as they are now, to be saved (the cached access token included).
    pub async fn tokens(&self) -> Tokens {
        self.tokens.lock().await.clone()
    }

    /// An access token that is good for a call starting now: the cached one, or a new one.
    pub async fn access_token(&self) -> Result<AccessToken, Error> {
        let mut tokens = self.tokens.lock().await;
        if let Some(cached) = tokens
            .access_token
            .as_ref()
            .filter(|cached| cached.is_usable_at(SystemTime::now()))
        {
            return Ok(cached.token.clone());
        }
        self.refresh_locked(&mut tokens).await
    }

    /// Zoho refused `rejected`: get a new token, unless another caller already replaced it.
    async fn replace_rejected(&self, rejected: &AccessToken) -> Result<AccessToken, Error> {
        let mut tokens = self.tokens.lock().await;
        if let Some(current) = &tokens.access_token
            && current.token.secret() != rejected.secret()
            && current.is_usable_at(SystemTime::now())
        {
            return Ok(current.token.clone());
        }
        self.refresh_locked(&mut tokens).await
    }

    /// Refreshes while holding the lock, so concurrent callers wait for this one refresh.
    async fn refresh_locked(&self, tokens: &mut Tokens) -> Result<AccessToken, Error> {
        tracing::info!("getting a new access token from Zoho");
        let refreshed = oauth::refresh(&self.http, &self.client, tokens, &self.start_url).await?;
        if let Some(api_domain) = refreshed.api_domain {
            tokens.api_domain = api_domain;
        }
        let token = refreshed.access_token.token.clone();
        tokens.access_token = Some(refreshed.access_token);
        Ok(token)
    }

    /// Runs a CRM call with a good token: once more with a new token if Zoho says the token is
    /// invalid, and once more after a short `Retry-After` if Zoho says to wait.
    async fn call<T, F, Fut>(&self, operation: F) -> Result<T, Error>
    where
        F: Fn(CrmClient, Url, AccessToken) -> Fut,
        Fut: Future<Output = Result<T, Error>>,
    {
        let mut token = self.access_token().await?;
        let mut replaced_token = false;
        let mut waited = false;
        loop {
            let api_domain = self.tokens.lock().await.api_domain.clone();
            match operation(self.crm.clone(), api_domain, token.clone()).await {
                Err(Error::Crm {
                    code: CrmCode::InvalidToken,
                    ..
                }) if !replaced_token => {
                    replaced_token = true;
                    token = self.replace_rejected(&token).await?;
                }
                Err(Error::RateLimited { retry_after, .. })
                    if !waited
                        && retry_after.unwrap_or(Duration::from_secs(1))
                            <= self.options.max_rate_limit_wait =>
                {
                    waited = true;
                    let wait = retry_after.unwrap_or(Duration::from_secs(1));
                    tracing::info!(
                        seconds = wait.as_secs_f32(),
                        "Zoho asked to wait; retrying once"
                    );
                    tokio::time::sleep(wait).await;
                }
                outcome => return outcome,
            }
        }
    }

    /// The organization.
    pub async fn get_org(&self) -> Result<Org, Error> {
        self.call(|crm, api_domain, token| async move { crm.get_org(&api_domain, &token).await })
            .await
    }

    /// The logo, or `None` when the organization has none.
    pub async fn get_org_photo(&self) -> Result<Option<Photo>, Error> {
        self.call(
            |crm, api_domain, token| async move { crm.get_org_photo(&api_domain, &token).await },
        )
        .await
    }

    /// The organization and its logo, fetched at the same time on separate connections.
    pub async fn get_org_and_photo(&self) -> (Result<Org, Error>, Result<Option<Photo>, Error>) {
        // Take the token first, so the two calls share one refresh instead of racing for it.
        if let Err(error) = self.access_token().await {
            return (Err(error.clone()), Err(error));
        }
        tokio::join!(self.get_org(), self.get_org_photo())
    }

    /// Revokes the refresh token at Zoho. The caller forgets the tokens locally whatever this
    /// returns: a person who signs out must end up signed out.
    pub async fn revoke(&self) -> Result<(), Error> {
        let tokens = self.tokens.lock().await.clone();
        oauth::revoke(&self.http, &tokens).await
    }
}

/// The tokens of a session restored from disk, checked again against the allow-lists: a
/// tampered credential file must not send a token or the secret anywhere but Zoho.
pub fn check_saved_tokens(tokens: &Tokens, start_url: &Url) -> Result<(), Error> {
    use super::error::SignInProblem;
    use super::region;
    if region::allowed_accounts_server(tokens.accounts_server.as_str(), start_url).is_none() {
        return Err(Error::SignIn(SignInProblem::AccountsServerNotAllowed {
            server: tokens.accounts_server.to_string(),
        }));
    }
    if region::allowed_api_domain(tokens.api_domain.as_str(), start_url).is_none() {
        return Err(Error::SignIn(SignInProblem::ApiDomainNotAllowed {
            domain: tokens.api_domain.to_string(),
        }));
    }
    Ok(())
}
