//! A signed-in session: the saved tokens plus the rules Zoho's limits impose on using them.
//!
//! A refresh token may mint only 10 access tokens in 10 minutes, so the access token is cached
//! until shortly before it expires, refreshed by one caller at a time (everyone else waits for
//! that refresh and shares its result), and refreshed early only when Zoho says `INVALID_TOKEN`;
//! the call is then retried once.
//!
//! A [`TokenVault`] extends that to other processes: the refresh happens while holding the
//! org's lock, the tokens another process saved meanwhile are used instead of minting, and a new
//! access token is saved at once, so the window and every command share it.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oauth2::AccessToken;
use tokio::sync::Mutex;

use super::api::CrmClient;
use super::error::{CrmCode, Error};
use super::oauth::{self, ClientCredentials, Tokens};
use super::org::Org;
use super::photo::Photo;
use url::Url;

/// What a vault says went wrong; only logged, since a session works on without its vault.
pub type VaultError = Box<dyn std::error::Error + Send + Sync>;

/// Where a session's tokens are kept between runs, shared with other processes. Every method
/// may block (a file lock, the keychain): the session calls them on the blocking pool.
pub trait TokenVault: Send + Sync + 'static {
    /// Waits until no other process is refreshing this sign-in and holds it off until the
    /// returned guard is dropped.
    fn lock(&self) -> Result<Box<dyn Send>, VaultError>;
    /// The tokens saved now (another process may have refreshed since this session started).
    fn load(&self) -> Result<Option<Tokens>, VaultError>;
    /// Saves the tokens after a refresh.
    fn save(&self, tokens: &Tokens) -> Result<(), VaultError>;
    /// Forgets the sign-in: Zoho refused its refresh token, which can never work again.
    fn forget(&self) -> Result<(), VaultError>;
}

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
    vault: Option<Arc<dyn TokenVault>>,
}

impl std::fmt::Debug for dyn TokenVault {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("TokenVault")
    }
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
            vault: None,
        }
    }

    /// The same session keeping its tokens in `vault`: refreshes take turns with other
    /// processes and are saved at once.
    pub fn with_vault(mut self, vault: Arc<dyn TokenVault>) -> Self {
        self.vault = Some(vault);
        self
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
        self.refresh_locked(&mut tokens, None).await
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
        self.refresh_locked(&mut tokens, Some(rejected)).await
    }

    /// Refreshes while holding the lock, so concurrent callers wait for this one refresh; with
    /// a vault, also while holding the org's lock across processes, and only when no other
    /// process saved a usable token meanwhile.
    async fn refresh_locked(
        &self,
        tokens: &mut Tokens,
        rejected: Option<&AccessToken>,
    ) -> Result<AccessToken, Error> {
        let Some(vault) = self.vault.clone() else {
            return self.mint(tokens).await;
        };
        let taking_turn = Arc::clone(&vault);
        let turn = tokio::task::spawn_blocking(move || {
            let guard = taking_turn.lock()?;
            let saved = taking_turn.load()?;
            Ok::<_, VaultError>((guard, saved))
        })
        .await;
        let (guard, saved) = match turn {
            Ok(Ok(turn)) => turn,
            Ok(Err(error)) => {
                tracing::warn!("refreshing without the saved sign-in's lock: {error}");
                return self.mint(tokens).await;
            }
            Err(error) => {
                tracing::warn!("refreshing without the saved sign-in's lock: {error}");
                return self.mint(tokens).await;
            }
        };
        if let Some(adopted) = saved.and_then(|saved| usable_saved_token(tokens, saved, rejected)) {
            tracing::info!("using the access token another process just got");
            let token = adopted
                .access_token
                .as_ref()
                .map(|cached| cached.token.clone());
            *tokens = adopted;
            if let Some(token) = token {
                return Ok(token);
            }
        }
        let minted = self.mint(tokens).await;
        let saving = Arc::clone(&vault);
        let outcome = match &minted {
            Ok(_) => Some(Ok(tokens.clone())),
            Err(error) if error.refresh_token_is_dead() => Some(Err(())),
            Err(_) => None,
        };
        if let Some(outcome) = outcome {
            let saved = tokio::task::spawn_blocking(move || {
                let result = match outcome {
                    Ok(tokens) => saving.save(&tokens),
                    Err(()) => saving.forget(),
                };
                drop(guard);
                result
            })
            .await;
            match saved {
                Ok(Ok(())) => {}
                Ok(Err(error)) => tracing::warn!("the sign-in could not be updated: {error}"),
                Err(error) => tracing::warn!("the sign-in could not be updated: {error}"),
            }
        }
        minted
    }

    /// Asks Zoho for a new access token.
    async fn mint(&self, tokens: &mut Tokens) -> Result<AccessToken, Error> {
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

/// The saved tokens, when they are this sign-in's and hold an access token that is usable, is
/// not the one Zoho just refused, and is not the one this session has already.
fn usable_saved_token(
    current: &Tokens,
    saved: Tokens,
    rejected: Option<&AccessToken>,
) -> Option<Tokens> {
    let cached = saved.access_token.as_ref()?;
    let same_sign_in = saved.refresh_token.secret() == current.refresh_token.secret();
    let rejected = rejected.is_some_and(|rejected| rejected.secret() == cached.token.secret());
    let ours = current
        .access_token
        .as_ref()
        .is_some_and(|ours| ours.token.secret() == cached.token.secret());
    (same_sign_in && !rejected && !ours && cached.is_usable_at(SystemTime::now())).then_some(saved)
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
