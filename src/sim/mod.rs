//! A simulated Zoho (accounts and CRM) on loopback, for the demo and the tests.
//!
//! [`Sim::start`] opens three HTTP servers on `127.0.0.1` (ephemeral ports): the accounts server
//! of data centre "us" (where sign-in starts), the accounts server of data centre "eu" (the
//! signing-in user's home by default, so the code exchange must go there), and the CRM API. They
//! run on their own named thread with their own tokio runtime, so sync and async code can use
//! them alike; dropping the [`Sim`] stops them.
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
//!    page's only hidden input, `name="ticket"`).
//! 3. `POST {accounts}`[`CONSENT_PATH`] with the form body `ticket=<ticket>&decision=allow` (or
//!    `decision=deny`), `Content-Type: application/x-www-form-urlencoded`.
//! 4. The answer is a 302 whose `Location` is the redirect URI with `code`, `state`, `location`
//!    and `accounts-server` (or `error=access_denied&state=…`).

mod accounts;
mod crm;
mod error;
mod fault;
mod listener;
mod options;
mod pages;
mod reply;
mod sample;
mod server;
mod state;
mod stats;

use std::{
    fmt::Write as _,
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
pub use stats::SimStats;

use state::{Config, Shared};

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
    /// The refresh token it belongs to, usable at the home data centre.
    pub refresh_token: String,
}

impl std::fmt::Debug for SimTokens {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("SimTokens { .. }")
    }
}

impl Sim {
    /// Opens the three servers on `127.0.0.1` and starts serving.
    pub fn start(options: SimOptions) -> Result<Sim, SimError> {
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
        let (crm_listener, api_url) = bind()?;

        let org_body = serde_json::json!({ "org": [options.served_org()] }).to_string();
        let shared = Arc::new(Shared::new(Config {
            options,
            us_accounts_url,
            eu_accounts_url,
            api_url,
            org_body: org_body.into(),
        }));

        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(SimError::Runtime)?;
        let listeners = {
            let _entered = runtime.enter();
            [us_listener, eu_listener, crm_listener]
                .map(tokio::net::TcpListener::from_std)
                .into_iter()
                .collect::<Result<Vec<_>, _>>()
                .map_err(SimError::Bind)?
        };
        let listeners: [tokio::net::TcpListener; 3] = listeners
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

    /// The CRM server: the `api_domain` handed out in token replies.
    pub fn api_url(&self) -> Url {
        self.shared.config.api_url.clone()
    }

    /// Adds a fault. Rules are tried in the order they were added; the first one for the
    /// endpoint that still has requests left answers.
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
    /// request) at the user's home data centre, without a sign-in, like a Zoho Self Client.
    pub fn mint_tokens(&self, scope: &str) -> SimTokens {
        let config = &self.shared.config;
        let scopes: Vec<String> = scope
            .split(',')
            .map(str::trim)
            .filter(|scope| !scope.is_empty())
            .map(str::to_owned)
            .collect();
        let home = config.options.home_data_centre;
        let mut state = self.shared.lock();
        let refresh_token = state.mint_refresh_token(&config.options.client_id, &scopes, home);
        let access_token = state.mint_access_token(
            &scopes,
            home,
            Some(&refresh_token),
            config.options.access_token_lifetime,
        );
        SimTokens {
            access_token,
            refresh_token,
        }
    }

    /// What the sim has been asked so far.
    pub fn stats(&self) -> SimStats {
        self.shared.lock().stats
    }

    /// A few lines for a person: where the servers are and which client to use.
    pub fn describe(&self) -> String {
        let config = &self.shared.config;
        let options = &config.options;
        let home = options.home_data_centre;
        let trimmed = |url: &Url| url.as_str().trim_end_matches('/').to_owned();
        let accounts = |data_centre: DataCentre| {
            let mut notes = Vec::new();
            if data_centre == DataCentre::Us {
                notes.push("sign-in starts here");
            }
            if data_centre == home {
                notes.push("the user's home: codes are exchanged here");
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
        line("CRM API (api_domain):", &config.api_domain());
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

/// Runs a simulated Zoho in the foreground: prints [`Sim::describe`] and serves until Ctrl-C.
pub fn run_foreground(options: SimOptions) -> Result<(), SimError> {
    let sim = Sim::start(options)?;
    println!("{}", sim.describe());
    println!("Press Ctrl-C to stop.");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(SimError::Runtime)?;
    runtime
        .block_on(tokio::signal::ctrl_c())
        .map_err(SimError::Runtime)?;
    drop(sim);
    Ok(())
}
