//! A simulated Zoho (accounts and CRM) on loopback, for the demo and the tests.
//!
//! [`Sim::start`] opens four HTTP servers on `127.0.0.1` (ephemeral ports): the accounts servers
//! of data centres "us" (where sign-in starts) and "eu", and the CRM API of each. They run on
//! their own named thread with their own tokio runtime, so sync and async code can use them
//! alike; dropping the [`Sim`] stops them.
//!
//! The simulated user belongs to several orgs ([`SimOrg`]), each in one data centre. As at Zoho
//! (zoho.md §9.1), the consent page asks which org the app may use, and everything that follows
//! is bound to that org: the code is exchanged, and its tokens refreshed and revoked, only at the
//! org's accounts server; its access tokens work only at the org's CRM API (`api_domain`) and
//! read only that org.
//!
//! The sim behaves like Zoho as documented (see `shared/reference/zoho.md`), not like whatever is
//! convenient for a client, so that a client tested against it is tested against Zoho's rules.
//!
//! # Driving the consent page from a script
//!
//! 1. `GET {accounts}/oauth/v2/auth?client_id=…&response_type=code&scope=ZohoCRM.org.READ&
//!    redirect_uri=…&state=…&code_challenge=…&code_challenge_method=S256[&access_type=offline]
//!    [&prompt=consent]` answers 200 with the consent page (or 400 with an error page, or a 302
//!    back to the app with `error=…`).
//! 2. Read the one-time ticket from the page with [`consent_ticket`] (it is the value of the
//!    page's only hidden input, `name="ticket"`), and if you like the org IDs it offers with
//!    [`consent_orgs`] (the values of its radio inputs `name="org"`, the first one checked).
//! 3. `POST {accounts}`[`CONSENT_PATH`] with the form body
//!    `ticket=<ticket>&decision=allow[&org=<org id>]` (or `decision=deny`),
//!    `Content-Type: application/x-www-form-urlencoded`. Without `org` the first org is picked;
//!    an org ID the user does not belong to gets a 400 page.
//! 4. The answer is a 302 whose `Location` is the redirect URI with `code`, `state`, and the
//!    picked org's data centre in `location` and `accounts-server` (or
//!    `error=access_denied&state=…`).

mod accounts;
mod crm;
mod error;
mod fault;
mod listener;
mod options;
mod org;
mod pages;
mod photo_change;
mod reply;
pub(crate) mod sample;
mod server;
mod state;
mod stats;

use std::{
    fmt::Write as _,
    io::Write as _,
    net::Ipv4Addr,
    sync::Arc,
    thread::JoinHandle,
    time::{Duration, Instant},
};

use tokio::sync::oneshot;
use url::Url;

pub use accounts::CONSENT_PATH;
pub use error::SimError;
pub use fault::{Endpoint, Fault, FaultRule};
pub use options::{
    DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URIS, DataCentre, SimOptions, SimPhoto,
};
pub use org::{DEVELOPER, PRODUCTION, SANDBOX, SimOrg};
pub use photo_change::{MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, SimPhotoWrite};
pub use stats::{SimOrgStats, SimStats};

use state::{Config, OrgIndex, Shared};

/// A running simulated Zoho. Dropping it stops its servers and waits for its thread.
pub struct Sim {
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

/// Tokens issued directly by [`Sim::mint_tokens`], as a Self Client would get them.
#[derive(Clone, PartialEq, Eq)]
pub struct SimTokens {
    /// An access token that lives the configured access-token lifetime.
    pub access_token: String,
    /// The refresh token it belongs to, usable at its org's data centre.
    pub refresh_token: String,
}

impl std::fmt::Debug for SimTokens {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("SimTokens { .. }")
    }
}

impl Sim {
    /// Opens the four servers on `127.0.0.1` and starts serving.
    pub fn start(options: SimOptions) -> Result<Sim, SimError> {
        let first_org = check_orgs(&options.orgs)?;
        let bind = || -> Result<(std::net::TcpListener, Url), SimError> {
            let listener =
                std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).map_err(SimError::Bind)?;
            listener.set_nonblocking(true).map_err(SimError::Bind)?;
            let address = listener.local_addr().map_err(SimError::Bind)?;
            let url = Url::parse(&format!("http://{address}/"))
                .map_err(|error| SimError::Bind(std::io::Error::other(error)))?;
            Ok((listener, url))
        };
        let (us_listener, us_accounts_url) = bind()?;
        let (eu_listener, eu_accounts_url) = bind()?;
        let (us_crm_listener, us_api_url) = bind()?;
        let (eu_crm_listener, eu_api_url) = bind()?;

        let org_bodies = options
            .orgs
            .iter()
            .map(|org| {
                serde_json::json!({ "org": [org.served_json()] })
                    .to_string()
                    .into()
            })
            .collect();
        let shared = Arc::new(Shared::new(Config {
            options,
            us_accounts_url,
            eu_accounts_url,
            us_api_url,
            eu_api_url,
            org_bodies,
            first_org,
        }));

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(SimError::Runtime)?;
        let listeners = {
            let _entered = runtime.enter();
            [us_listener, eu_listener, us_crm_listener, eu_crm_listener]
                .map(tokio::net::TcpListener::from_std)
                .into_iter()
                .collect::<Result<Vec<_>, _>>()
                .map_err(SimError::Bind)?
        };
        let listeners: [tokio::net::TcpListener; 4] = listeners
            .try_into()
            .map_err(|_| SimError::Bind(std::io::Error::other("a listener went missing")))?;
        let (shutdown, shutdown_signal) = oneshot::channel();
        let serving = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("zoho-sim".to_owned())
            .spawn(move || runtime.block_on(server::run(serving, listeners, shutdown_signal)))
            .map_err(SimError::Runtime)?;
        Ok(Sim {
            shared,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// Where sign-in starts: the accounts server of data centre "us".
    pub fn accounts_url(&self) -> Url {
        self.shared.config.us_accounts_url.clone()
    }

    /// The accounts server of the other data centre, "eu".
    pub fn second_accounts_url(&self) -> Url {
        self.shared.config.eu_accounts_url.clone()
    }

    /// The accounts server of `data_centre`.
    pub fn accounts_url_for(&self, data_centre: DataCentre) -> Url {
        self.shared.config.accounts_url(data_centre).clone()
    }

    /// The CRM server of the first org's data centre: the `api_domain` in its token replies.
    pub fn api_url(&self) -> Url {
        self.api_url_for(self.shared.config.first_org.data_centre)
    }

    /// The CRM server of `data_centre`: the `api_domain` of the orgs that live there.
    pub fn api_url_for(&self, data_centre: DataCentre) -> Url {
        self.shared.config.api_url(data_centre).clone()
    }

    /// The orgs the user belongs to, in the consent page's order.
    pub fn orgs(&self) -> &[SimOrg] {
        &self.shared.config.options.orgs
    }

    /// The org with Zoho ID `org_id`, if the user belongs to it.
    pub fn org(&self, org_id: &str) -> Option<&SimOrg> {
        self.orgs().iter().find(|org| org.id == org_id)
    }

    /// Adds a fault. Rules are tried in the order they were added; the first one for the
    /// endpoint (and org) that still has requests left answers.
    pub fn set_fault(&self, rule: FaultRule) {
        self.shared.lock().faults.push(rule);
    }

    /// Removes every fault (latency stays as set).
    pub fn clear_faults(&self) {
        self.shared.lock().faults.clear();
    }

    /// Delays every answer of `endpoint` by `latency` (zero removes the delay).
    pub fn set_latency(&self, endpoint: Endpoint, latency: Duration) {
        let mut state = self.shared.lock();
        if latency.is_zero() {
            state.latency.remove(&endpoint);
        } else {
            state.latency.insert(endpoint, latency);
        }
    }

    /// Makes every access token issued so far answer `INVALID_TOKEN`, as if it expired early.
    /// Refresh tokens stay valid, and tokens issued afterwards work.
    pub fn expire_access_tokens(&self) {
        let now = Instant::now();
        for record in self.shared.lock().access_tokens.values_mut() {
            record.expires_at = now;
        }
    }

    /// Issues a refresh token and an access token for `scope` (comma-separated, as in a sign-in
    /// request) for the first org, without a sign-in, like a Zoho Self Client.
    pub fn mint_tokens(&self, scope: &str) -> SimTokens {
        self.mint_tokens_at(0, scope)
    }

    /// [`Sim::mint_tokens`] for the org with Zoho ID `org_id`; `None` if the user does not
    /// belong to it.
    pub fn mint_tokens_for(&self, org_id: &str, scope: &str) -> Option<SimTokens> {
        let index = self.shared.config.org_index(org_id)?;
        Some(self.mint_tokens_at(index, scope))
    }

    fn mint_tokens_at(&self, org: OrgIndex, scope: &str) -> SimTokens {
        let options = &self.shared.config.options;
        let scopes: Vec<String> = scope
            .split(',')
            .map(str::trim)
            .filter(|scope| !scope.is_empty())
            .map(str::to_owned)
            .collect();
        let mut state = self.shared.lock();
        let refresh_token = state.mint_refresh_token(&options.client_id, &scopes, org);
        let access_token = state.mint_access_token(
            &scopes,
            org,
            Some(&refresh_token),
            options.access_token_lifetime,
        );
        SimTokens {
            access_token,
            refresh_token,
        }
    }

    /// The logo the org with Zoho ID `org_id` has now (after any upload or removal); `None`
    /// when it has none or the user does not belong to it.
    pub fn current_photo(&self, org_id: &str) -> Option<SimPhoto> {
        let index = self.shared.config.org_index(org_id)?;
        self.shared.photo_now(index)
    }

    /// Every `POST` and `DELETE` of a logo so far, in order, with the scopes of the token sent.
    pub fn photo_writes(&self) -> Vec<SimPhotoWrite> {
        self.shared.lock().photo_writes.clone()
    }

    /// The scopes of an access token the sim issued, as granted (`None` for an unknown token).
    pub fn token_scopes(&self, access_token: &str) -> Option<Vec<String>> {
        self.shared
            .lock()
            .access_tokens
            .get(access_token)
            .map(|record| record.scopes.clone())
    }

    /// What the sim has been asked so far.
    pub fn stats(&self) -> SimStats {
        self.shared.lock().stats
    }

    /// What the sim has been asked about the org with Zoho ID `org_id` so far; `None` if the
    /// user does not belong to it.
    pub fn org_stats(&self, org_id: &str) -> Option<SimOrgStats> {
        let index = self.shared.config.org_index(org_id)?;
        Some(
            self.shared
                .lock()
                .org_stats
                .get(&index)
                .copied()
                .unwrap_or_default(),
        )
    }

    /// A few lines for a person: where the servers are, which orgs the user has, and which
    /// client to use.
    pub fn describe(&self) -> String {
        let config = &self.shared.config;
        let options = &config.options;
        let home = config.first_org.data_centre;
        let trimmed = |url: &Url| url.as_str().trim_end_matches('/').to_owned();
        let accounts = |data_centre: DataCentre| {
            let mut notes = Vec::new();
            if data_centre == DataCentre::Us {
                notes.push("sign-in starts here");
            }
            if data_centre == home {
                notes.push("the user's home");
            }
            format!(
                "{}   {}",
                trimmed(config.accounts_url(data_centre)),
                notes.join("; ")
            )
        };
        let mut text = String::new();
        let mut line = |name: &str, value: &str| {
            let _ = writeln!(text, "  {name:<27}{}", value.trim_end());
        };
        line("Accounts, us:", &accounts(DataCentre::Us));
        line("Accounts, eu:", &accounts(DataCentre::Eu));
        line(
            "CRM API, us (api_domain):",
            &trimmed(config.api_url(DataCentre::Us)),
        );
        line(
            "CRM API, eu (api_domain):",
            &trimmed(config.api_url(DataCentre::Eu)),
        );
        for (index, org) in options.orgs.iter().enumerate() {
            line(
                if index == 0 {
                    "Orgs on the consent page:"
                } else {
                    ""
                },
                &format!(
                    "{}  {} ({}, {}){}",
                    org.id,
                    org.company_name,
                    org.environment,
                    org.data_centre.code(),
                    if index == 0 { "  preselected" } else { "" }
                ),
            );
        }
        line("Client ID:", &options.client_id);
        line("Client secret:", &options.client_secret);
        for (index, uri) in options.redirect_uris.iter().enumerate() {
            line(
                if index == 0 {
                    "Registered redirect URIs:"
                } else {
                    ""
                },
                uri,
            );
        }
        format!(
            "Simulated Zoho, listening on this computer only (127.0.0.1). Nothing is sent \
             anywhere else.\n{text}To sign in against it from another terminal:\n  \
             ZOHO_ACCOUNTS_URL={} ZOHO_CLIENT_ID={} ZOHO_CLIENT_SECRET={} zoho-org-viewer login\n",
            trimmed(&config.us_accounts_url),
            options.client_id,
            options.client_secret,
        )
    }
}

/// The first of `orgs`, once they are known to be a valid set: at least one, distinct IDs.
fn check_orgs(orgs: &[SimOrg]) -> Result<SimOrg, SimError> {
    let Some(first) = orgs.first() else {
        return Err(SimError::Orgs("it has no org at all".to_owned()));
    };
    for (index, org) in orgs.iter().enumerate() {
        if orgs[..index].iter().any(|earlier| earlier.id == org.id) {
            return Err(SimError::Orgs(format!(
                "the org ID {} is used twice",
                org.id
            )));
        }
    }
    Ok(first.clone())
}

impl Drop for Sim {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            // The thread may already be gone; then there is nothing to stop.
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
        {
            tracing::warn!("the simulated Zoho's thread ended with a panic");
        }
    }
}

/// The one-time ticket in a consent page, for scripted browsers.
pub fn consent_ticket(consent_page: &str) -> Option<String> {
    const MARKER: &str = r#"name="ticket" value=""#;
    let start = consent_page.find(MARKER)? + MARKER.len();
    let length = consent_page[start..].find('"')?;
    Some(consent_page[start..start + length].to_owned())
}

/// The org IDs a consent page offers (the values of its `name="org"` radio inputs), in order,
/// for scripted browsers; the first one is preselected.
pub fn consent_orgs(consent_page: &str) -> Vec<String> {
    const MARKER: &str = r#"name="org" value=""#;
    consent_page
        .match_indices(MARKER)
        .filter_map(|(start, _)| {
            let value = &consent_page[start + MARKER.len()..];
            value.find('"').map(|length| value[..length].to_owned())
        })
        .collect()
}

/// Runs a simulated Zoho in the foreground: prints [`Sim::describe`] and serves until Ctrl-C.
pub fn run_foreground(options: SimOptions) -> Result<(), SimError> {
    let sim = Sim::start(options)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(SimError::Runtime)?;
    runtime.block_on(async {
        // Listening before the prompt: a Ctrl-C that follows the prompt at once must stop the
        // servers cleanly, not meet the default action of a signal nobody handles yet.
        let mut interrupt = listen_for_ctrl_c().map_err(SimError::Runtime)?;
        // A closed stdout (`zoho-org-viewer sim | head`) must not stop the servers: they are
        // the point, the text is only a courtesy.
        let _ = writeln!(
            std::io::stdout().lock(),
            "{}\nPress Ctrl-C to stop.",
            sim.describe()
        );
        interrupt.recv().await;
        Ok::<(), SimError>(())
    })?;
    drop(sim);
    Ok(())
}

/// Starts listening for Ctrl-C now, unlike `tokio::signal::ctrl_c`, which installs its handler
/// only when first polled.
#[cfg(unix)]
fn listen_for_ctrl_c() -> std::io::Result<tokio::signal::unix::Signal> {
    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
}

/// Starts listening for Ctrl-C now, unlike `tokio::signal::ctrl_c`, which installs its handler
/// only when first polled.
#[cfg(windows)]
fn listen_for_ctrl_c() -> std::io::Result<tokio::signal::windows::CtrlC> {
    tokio::signal::windows::ctrl_c()
}
