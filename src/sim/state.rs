//! Everything the simulated Zoho remembers: sign-ins in progress, codes, tokens, faults and
//! counters, behind one lock that no handler holds across an `await`.

use std::{
    collections::{HashMap, HashSet, VecDeque},
    sync::{Mutex, MutexGuard},
    time::{Duration, Instant},
};

use axum::body::Bytes;
use rand::Rng;
use url::Url;

use super::{DataCentre, Endpoint, Fault, FaultRule, SimOptions, SimStats};

/// What the simulated Zoho is, fixed when it starts.
pub(crate) struct Config {
    pub options: SimOptions,
    pub us_accounts_url: Url,
    pub eu_accounts_url: Url,
    pub api_url: Url,
    /// The `GET /crm/v7/org` body, serialized once.
    pub org_body: Bytes,
}

impl Config {
    /// The accounts server URL of `data_centre`.
    pub fn accounts_url(&self, data_centre: DataCentre) -> &Url {
        match data_centre {
            DataCentre::Us => &self.us_accounts_url,
            DataCentre::Eu => &self.eu_accounts_url,
        }
    }

    /// The user's accounts server as Zoho writes it in `accounts-server` (no trailing slash).
    pub fn home_accounts_server(&self) -> String {
        without_trailing_slash(self.accounts_url(self.options.home_data_centre))
    }

    /// The `api_domain` handed out in token replies, as Zoho writes it (no trailing slash).
    pub fn api_domain(&self) -> String {
        without_trailing_slash(&self.api_url)
    }

    /// Whether `redirect_uri` is registered for the client: an exact string match, and only
    /// plain-http loopback URIs count.
    pub fn is_registered_redirect_uri(&self, redirect_uri: &str) -> bool {
        let loopback = ["http://127.0.0.1:", "http://localhost:"]
            .iter()
            .any(|prefix| redirect_uri.starts_with(prefix));
        loopback
            && self
                .options
                .redirect_uris
                .iter()
                .any(|registered| registered == redirect_uri)
    }
}

fn without_trailing_slash(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_owned()
}

/// The configuration and the mutable state, shared by every server of one simulated Zoho.
pub(crate) struct Shared {
    pub config: Config,
    state: Mutex<State>,
}

impl Shared {
    pub fn new(config: Config) -> Shared {
        Shared {
            config,
            state: Mutex::new(State::default()),
        }
    }

    /// Locks the state. A handler that panicked while holding the lock cannot leave it half
    /// written in a way that matters to a simulation, so a poisoned lock is simply taken over.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A sign-in waiting on the consent page for *Allow* or *Deny*.
#[derive(Debug, Clone)]
pub(crate) struct AuthRequest {
    pub client_id: String,
    pub redirect_uri: String,
    pub state: String,
    pub scopes: Vec<String>,
    pub code_challenge: String,
    pub offline: bool,
    pub prompt_consent: bool,
    pub created: Instant,
}

/// An authorization code handed to the app after *Allow*.
#[derive(Debug, Clone)]
pub(crate) struct GrantCode {
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub code_challenge: String,
    pub issue_refresh_token: bool,
    pub data_centre: DataCentre,
    pub issued: Instant,
}

/// A live refresh token and the times it minted access tokens recently (for the throttle).
#[derive(Debug, Clone)]
pub(crate) struct RefreshRecord {
    pub client_id: String,
    pub scopes: Vec<String>,
    pub data_centre: DataCentre,
    pub recent_mints: VecDeque<Instant>,
}

/// A live access token.
#[derive(Debug, Clone)]
pub(crate) struct AccessRecord {
    pub scopes: Vec<String>,
    pub expires_at: Instant,
    pub data_centre: DataCentre,
    /// The refresh token it came from, so revoking that one revokes this one too.
    pub refresh_token: Option<String>,
}

/// The mutable part of the simulated Zoho.
#[derive(Default)]
pub(crate) struct State {
    pub consent_tickets: HashMap<String, AuthRequest>,
    pub codes: HashMap<String, GrantCode>,
    pub refresh_tokens: HashMap<String, RefreshRecord>,
    pub access_tokens: HashMap<String, AccessRecord>,
    /// Clients the user has consented to before: offline access on a later consent brings no
    /// new refresh token unless the app asks with `prompt=consent`.
    pub consented_clients: HashSet<String>,
    pub faults: Vec<FaultRule>,
    pub latency: HashMap<Endpoint, Duration>,
    pub stats: SimStats,
    pub crm_in_flight: u32,
}

impl State {
    /// The fault for the next request to `endpoint`, if any, using up one of its `times`.
    pub fn take_fault(&mut self, endpoint: Endpoint) -> Option<Fault> {
        let index = self
            .faults
            .iter()
            .position(|rule| rule.endpoint == endpoint && rule.times != Some(0))?;
        let rule = &mut self.faults[index];
        let fault = rule.fault.clone();
        if let Some(times) = rule.times.as_mut() {
            *times -= 1;
            if *times == 0 {
                self.faults.remove(index);
            }
        }
        Some(fault)
    }

    /// Issues a refresh token at `data_centre`.
    pub fn mint_refresh_token(
        &mut self,
        client_id: &str,
        scopes: &[String],
        data_centre: DataCentre,
    ) -> String {
        let token = random_token();
        self.refresh_tokens.insert(
            token.clone(),
            RefreshRecord {
                client_id: client_id.to_owned(),
                scopes: scopes.to_vec(),
                data_centre,
                recent_mints: VecDeque::new(),
            },
        );
        token
    }

    /// Issues an access token that lives `lifetime`, optionally tied to a refresh token.
    pub fn mint_access_token(
        &mut self,
        scopes: &[String],
        data_centre: DataCentre,
        refresh_token: Option<&str>,
        lifetime: Duration,
    ) -> String {
        let token = random_token();
        self.access_tokens.insert(
            token.clone(),
            AccessRecord {
                scopes: scopes.to_vec(),
                expires_at: Instant::now() + lifetime,
                data_centre,
                refresh_token: refresh_token.map(str::to_owned),
            },
        );
        token
    }
}

/// A token in Zoho's shape: `1000.<32 hex>.<32 hex>`.
pub(crate) fn random_token() -> String {
    let mut rng = rand::thread_rng();
    format!(
        "1000.{:032x}.{:032x}",
        rng.r#gen::<u128>(),
        rng.r#gen::<u128>()
    )
}

/// An opaque one-time identifier (consent tickets).
pub(crate) fn random_id() -> String {
    format!("{:032x}", rand::thread_rng().r#gen::<u128>())
}
