//! Everything the simulated Zoho remembers: sign-ins in progress, codes, tokens, faults and
//! counters, behind one lock that no handler holds across an `await`.

use std::{
    collections::{HashMap, HashSet, VecDeque},
    net::SocketAddr,
    sync::{Mutex, MutexGuard},
    time::{Duration, Instant},
};

use axum::body::Bytes;
use rand::Rng;
use url::Url;

use super::{
    DataCentre, Endpoint, Fault, FaultRule, SimOptions, SimOrg, SimOrgStats, SimPhoto,
    SimPhotoWrite, SimStats,
};

/// An org's position in `SimOptions::orgs`, fixed for the sim's life.
pub(crate) type OrgIndex = usize;

/// What the simulated Zoho is, fixed when it starts.
pub(crate) struct Config {
    pub options: SimOptions,
    pub us_accounts_url: Url,
    pub eu_accounts_url: Url,
    pub us_api_url: Url,
    pub eu_api_url: Url,
    /// Each org's `GET /crm/v7/org` body, serialized once, in the order of `options.orgs`.
    pub org_bodies: Vec<Bytes>,
    /// A copy of the first org (there always is one), so that looking an org up never panics.
    pub first_org: SimOrg,
}

impl Config {
    /// The accounts server URL of `data_centre`.
    pub fn accounts_url(&self, data_centre: DataCentre) -> &Url {
        match data_centre {
            DataCentre::Us => &self.us_accounts_url,
            DataCentre::Eu => &self.eu_accounts_url,
        }
    }

    /// The CRM API URL of `data_centre`.
    pub fn api_url(&self, data_centre: DataCentre) -> &Url {
        match data_centre {
            DataCentre::Us => &self.us_api_url,
            DataCentre::Eu => &self.eu_api_url,
        }
    }

    /// The org at `index` of `options.orgs`; indexes come from the sim itself, and a wrong one
    /// gets the first org rather than a panic in a server.
    pub fn org(&self, index: OrgIndex) -> &SimOrg {
        self.options.orgs.get(index).unwrap_or(&self.first_org)
    }

    /// The index of the org with Zoho ID `id`.
    pub fn org_index(&self, id: &str) -> Option<OrgIndex> {
        self.options.orgs.iter().position(|org| org.id == id)
    }

    /// The org body of the org at `index`.
    pub fn org_body(&self, index: OrgIndex) -> Bytes {
        self.org_bodies
            .get(index)
            .or_else(|| self.org_bodies.first())
            .cloned()
            .unwrap_or_default()
    }

    /// The data centre of the org at `index`.
    pub fn org_data_centre(&self, index: OrgIndex) -> DataCentre {
        self.org(index).data_centre
    }

    /// The org's accounts server as Zoho writes it in `accounts-server` (no trailing slash).
    pub fn accounts_server(&self, index: OrgIndex) -> String {
        without_trailing_slash(self.accounts_url(self.org_data_centre(index)))
    }

    /// The `api_domain` handed out in the org's token replies, as Zoho writes it (no trailing
    /// slash).
    pub fn api_domain(&self, index: OrgIndex) -> String {
        without_trailing_slash(self.api_url(self.org_data_centre(index)))
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

    /// The org's logo as it is now: the last upload or removal, else the one it started with.
    pub fn photo_now(&self, org: OrgIndex) -> Option<SimPhoto> {
        match self.lock().photo_changes.get(&org) {
            Some(changed) => changed.photo.clone(),
            None => self.config.org(org).photo.clone(),
        }
    }

    /// The org's `GET /crm/v7/org` body as it is now: its `photo_id` follows the logo's changes.
    pub fn org_body_now(&self, org: OrgIndex) -> Bytes {
        let body = self.config.org_body(org);
        let Some(photo_id) = self
            .lock()
            .photo_changes
            .get(&org)
            .map(|changed| changed.photo_id.clone())
        else {
            return body;
        };
        let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(&body) else {
            return body;
        };
        if let Some(org) = value
            .get_mut("org")
            .and_then(|orgs| orgs.get_mut(0))
            .and_then(serde_json::Value::as_object_mut)
        {
            org.insert("photo_id".to_owned(), photo_id.into());
        }
        Bytes::from(value.to_string())
    }

    /// Locks the state. A handler that panicked while holding the lock cannot leave it half
    /// written in a way that matters to a simulation, so a poisoned lock is simply taken over.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
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

/// An authorization code handed to the app after *Allow*, for the org picked on the page.
#[derive(Debug, Clone)]
pub(crate) struct GrantCode {
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub code_challenge: String,
    pub issue_refresh_token: bool,
    pub org: OrgIndex,
    pub issued: Instant,
}

/// How many access tokens one refresh token may mint in [`MINT_WINDOW`] (zoho.md §1.8, §9.1).
pub(crate) const MINTS_PER_WINDOW: usize = 10;
/// The sliding window of the mint limit.
pub(crate) const MINT_WINDOW: Duration = Duration::from_secs(600);

/// A live refresh token of one org and the times it minted access tokens recently (for the
/// throttle).
#[derive(Debug, Clone)]
pub(crate) struct RefreshRecord {
    pub client_id: String,
    pub scopes: Vec<String>,
    pub org: OrgIndex,
    pub recent_mints: VecDeque<Instant>,
}

impl RefreshRecord {
    /// Whether the token may mint another access token at `now`, and if so counts the mint:
    /// at most [`MINTS_PER_WINDOW`] in any [`MINT_WINDOW`]; a refused attempt is not a mint.
    pub fn take_mint(&mut self, now: Instant) -> bool {
        while self
            .recent_mints
            .front()
            .is_some_and(|minted| now.saturating_duration_since(*minted) >= MINT_WINDOW)
        {
            self.recent_mints.pop_front();
        }
        if self.recent_mints.len() >= MINTS_PER_WINDOW {
            return false;
        }
        self.recent_mints.push_back(now);
        true
    }
}

/// A live access token of one org.
#[derive(Debug, Clone)]
pub(crate) struct AccessRecord {
    pub scopes: Vec<String>,
    pub expires_at: Instant,
    pub org: OrgIndex,
    /// The refresh token it came from, so revoking that one revokes this one too.
    pub refresh_token: Option<String>,
}

/// An org's logo after an upload or a removal through the API.
#[derive(Debug, Clone)]
pub(crate) struct ChangedPhoto {
    /// The logo now served; `None` after a removal.
    pub photo: Option<SimPhoto>,
    /// The `photo_id` `GET /org` now names.
    pub photo_id: Option<String>,
}

/// The mutable part of the simulated Zoho.
#[derive(Default)]
pub(crate) struct State {
    pub consent_tickets: HashMap<String, AuthRequest>,
    pub codes: HashMap<String, GrantCode>,
    pub refresh_tokens: HashMap<String, RefreshRecord>,
    pub access_tokens: HashMap<String, AccessRecord>,
    /// The clients the user has consented to before, per org (tokens are per org, so a consent
    /// for a new org is a first one): offline access on a later consent brings no new refresh
    /// token unless the app asks with `prompt=consent`.
    pub consented: HashSet<(String, OrgIndex)>,
    pub faults: Vec<FaultRule>,
    pub latency: HashMap<Endpoint, Duration>,
    pub stats: SimStats,
    pub org_stats: HashMap<OrgIndex, SimOrgStats>,
    pub crm_in_flight: u32,
    /// The client ends of the connections CRM requests came on, to count them.
    pub crm_peers: HashSet<SocketAddr>,
    /// Logos changed through `POST`/`DELETE /crm/v7/org/photo`, per org.
    pub photo_changes: HashMap<OrgIndex, ChangedPhoto>,
    /// Every write to a logo, in order, with the scopes of the token that asked.
    pub photo_writes: Vec<SimPhotoWrite>,
}

impl State {
    /// The fault for the next request to `endpoint` about the org with ID `org_id` (`None` when
    /// the request names no org the sim knows), using up one of its `times`. A rule for one org
    /// answers only that org's requests.
    pub fn take_fault(&mut self, endpoint: Endpoint, org_id: Option<&str>) -> Option<Fault> {
        let index = self.faults.iter().position(|rule| {
            rule.endpoint == endpoint
                && rule.times != Some(0)
                && rule
                    .org
                    .as_deref()
                    .is_none_or(|wanted| Some(wanted) == org_id)
        })?;
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

    /// The org of the token or code a request carries, if the sim issued it.
    pub fn org_of(&self, token_or_code: &str) -> Option<OrgIndex> {
        self.access_tokens
            .get(token_or_code)
            .map(|record| record.org)
            .or_else(|| {
                self.refresh_tokens
                    .get(token_or_code)
                    .map(|record| record.org)
            })
            .or_else(|| self.codes.get(token_or_code).map(|grant| grant.org))
    }

    /// Issues a refresh token for `org`.
    pub fn mint_refresh_token(
        &mut self,
        client_id: &str,
        scopes: &[String],
        org: OrgIndex,
    ) -> String {
        let token = random_token();
        self.refresh_tokens.insert(
            token.clone(),
            RefreshRecord {
                client_id: client_id.to_owned(),
                scopes: scopes.to_vec(),
                org,
                recent_mints: VecDeque::new(),
            },
        );
        token
    }

    /// Issues an access token for `org` that lives `lifetime`, optionally tied to a refresh
    /// token.
    pub fn mint_access_token(
        &mut self,
        scopes: &[String],
        org: OrgIndex,
        refresh_token: Option<&str>,
        lifetime: Duration,
    ) -> String {
        let token = random_token();
        self.org_stats.entry(org).or_default().access_tokens_minted += 1;
        self.access_tokens.insert(
            token.clone(),
            AccessRecord {
                scopes: scopes.to_vec(),
                expires_at: Instant::now() + lifetime,
                org,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> RefreshRecord {
        RefreshRecord {
            client_id: "client".to_owned(),
            scopes: Vec::new(),
            org: 0,
            recent_mints: VecDeque::new(),
        }
    }

    #[test]
    fn a_refresh_token_mints_ten_per_ten_minutes_and_no_more() {
        let start = Instant::now();
        let mut token = record();
        for mint in 1..=10 {
            assert!(token.take_mint(start), "mint {mint}");
        }
        assert!(!token.take_mint(start), "the eleventh is refused");
        assert!(
            !token.take_mint(start + MINT_WINDOW - Duration::from_secs(1)),
            "still refused a second before the window ends"
        );
        assert_eq!(token.recent_mints.len(), 10, "a refusal is not a mint");
        assert!(
            token.take_mint(start + MINT_WINDOW),
            "ten minutes after the first ten, the allowance is back"
        );
    }

    #[test]
    fn the_window_slides_mint_by_mint() {
        let start = Instant::now();
        let mut token = record();
        for minute in 0..10 {
            assert!(token.take_mint(start + Duration::from_secs(60 * minute)));
        }
        // At 10:00 only the mint of 0:00 has left the window: one more, then refused again.
        let ten_minutes = start + MINT_WINDOW;
        assert!(token.take_mint(ten_minutes));
        assert!(!token.take_mint(ten_minutes));
    }
}
