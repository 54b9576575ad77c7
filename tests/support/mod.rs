//! Shared helpers for the tests: the simulated Zoho set up for a sign-in on a free port, a
//! scripted browser, small loopback servers that record or count what reaches them, and (in
//! `app`) the whole app wired to a simulated Zoho.
//!
//! Each test binary uses only some of these, so unused ones are not a warning here.

#![expect(
    dead_code,
    clippy::expect_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

pub mod app;
pub mod browser;
pub mod loopback;
pub mod peer;
pub mod ports;

use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

use oauth2::{AccessToken, ClientSecret, RefreshToken};
use url::Url;
use zoho_org_viewer::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sim, SimOptions, SimTokens};
use zoho_org_viewer::zoho::Session;
use zoho_org_viewer::zoho::oauth::{
    CachedAccessToken, ClientCredentials, SignInOptions, Tokens, redirect_uri,
};

/// The scope the app asks for.
pub const ORG_READ: &str = "ZohoCRM.org.READ";

/// How long a scripted sign-in may wait for its browser before the test is considered stuck.
pub const SIGN_IN_TIMEOUT: Duration = Duration::from_secs(20);

/// The app's own HTTP client, exactly as the app builds it.
pub fn http() -> reqwest::Client {
    zoho_org_viewer::zoho::http::client().expect("the app's HTTP client")
}

/// The simulated Zoho's demo client, as the app would be configured with it.
pub fn demo_client() -> ClientCredentials {
    ClientCredentials {
        client_id: DEMO_CLIENT_ID.to_owned(),
        client_secret: ClientSecret::new(DEMO_CLIENT_SECRET.to_owned()),
    }
}

/// A simulated Zoho whose client has exactly the redirect URIs of `ports` registered.
pub fn sim_for_ports(options: SimOptions, ports: &[u16]) -> Sim {
    let uris: Vec<String> = ports.iter().map(|port| redirect_uri(*port)).collect();
    Sim::start(options.redirect_uris(uris)).expect("the simulated Zoho starts")
}

/// Sign-in options starting at `accounts_url`, listening on `ports`, with consent forced.
pub fn sign_in_options(accounts_url: &Url, ports: &[u16]) -> SignInOptions {
    let mut options = SignInOptions::new(accounts_url.clone());
    options.redirect_ports = ports.to_vec();
    options.timeout = SIGN_IN_TIMEOUT;
    options.force_consent = true;
    options
}

/// The tokens the app would hold for `minted` (a Self Client grant at the sim's home data centre,
/// "eu"), with the access token cached as fresh or without any access token.
pub fn saved_tokens(sim: &Sim, minted: &SimTokens, cache_access_token: bool) -> Tokens {
    Tokens {
        refresh_token: RefreshToken::new(minted.refresh_token.clone()),
        accounts_server: sim.second_accounts_url(),
        api_domain: sim.api_url(),
        location: Some("eu".to_owned()),
        access_token: cache_access_token.then(|| {
            CachedAccessToken::expiring_after(
                AccessToken::new(minted.access_token.clone()),
                Duration::from_secs(3600),
                SystemTime::now(),
            )
        }),
    }
}

/// A session over freshly minted tokens for the org scope.
pub fn session(sim: &Sim, cache_access_token: bool) -> Session {
    let minted = sim.mint_tokens(ORG_READ);
    Session::new(
        http(),
        demo_client(),
        saved_tokens(sim, &minted, cache_access_token),
        sim.accounts_url(),
    )
}

/// A URL without its trailing slash, as Zoho writes hosts in its answers.
pub fn trimmed(url: &Url) -> String {
    url.as_str().trim_end_matches('/').to_owned()
}

/// Polls `condition` every few milliseconds until it holds; panics naming `what` after `limit`.
pub async fn wait_until<F, Fut>(what: &str, limit: Duration, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    while !condition().await {
        assert!(start.elapsed() < limit, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
