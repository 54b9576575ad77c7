//! Issue #3 against an OAuth server this project did not write (`tests/oauth-peer`, built on
//! oauth2-mock-server): our real sign-in must complete against it, and a wrong code verifier must
//! be refused. Needs Node 20+ and `npm ci --prefix tests/oauth-peer`; without the packages the
//! tests fail and say so.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use oauth2::ClientSecret;
use reqwest::StatusCode;
use zoho_org_viewer::sim::{Sim, SimOptions};
use zoho_org_viewer::zoho::Error;
use zoho_org_viewer::zoho::error::{TokenErrorCode, TokenRequest};
use zoho_org_viewer::zoho::oauth::{self, ClientCredentials, Tokens, redirect_uri, start_sign_in};

use support::browser::{Browser, query_param, with_query_param};
use support::peer::Peer;
use support::{ReservedPort, http, sign_in_options, trimmed};

const PEER_CLIENT_ID: &str = "1000.PEERTESTCLIENT";
const PEER_CLIENT_SECRET: &str = "peer-test-secret-0123456789";

fn peer_client() -> ClientCredentials {
    ClientCredentials {
        client_id: PEER_CLIENT_ID.to_owned(),
        client_secret: ClientSecret::new(PEER_CLIENT_SECRET.to_owned()),
    }
}

/// A peer that knows our client, accepts only the redirect URI of one port and names `sim`'s CRM
/// as the API domain, and that port. The port is held while the peer starts, so nothing else
/// takes it before the sign-in binds it.
fn start_peer(sim: &Sim) -> (Peer, u16) {
    let reserved = ReservedPort::new();
    let peer = Peer::start(&[
        ("PEER_CLIENT_ID", PEER_CLIENT_ID),
        ("PEER_CLIENT_SECRET", PEER_CLIENT_SECRET),
        ("PEER_API_DOMAIN", &trimmed(&sim.api_url())),
        ("PEER_REDIRECT_URI", &redirect_uri(reserved.port)),
        ("PEER_LOCATION", "eu"),
    ]);
    (peer, reserved.release())
}

/// Our sign-in against the peer, the scripted browser following its redirect to our callback.
async fn sign_in(peer: &Peer, port: u16) -> Tokens {
    let pending = start_sign_in(http(), peer_client(), sign_in_options(&peer.url, &[port]))
        .await
        .expect("the sign-in starts");
    let authorize_url = pending.authorize_url().clone();
    let finish = tokio::spawn(pending.finish());
    let browser = Browser::new();
    let callback = browser.authorize_without_consent(&authorize_url).await;
    assert_eq!(
        callback.as_str().split('?').next(),
        Some(redirect_uri(port).as_str()),
        "the peer accepted our authorize URL: {}",
        peer.stderr_so_far()
    );
    assert_eq!(
        query_param(&callback, "accounts-server"),
        Some(trimmed(&peer.url))
    );
    let page = browser.visit(&callback).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("You are signed in"), "{}", page.body);
    finish
        .await
        .unwrap()
        .unwrap_or_else(|error| panic!("{error}\npeer:\n{}", peer.stderr_so_far()))
}

#[tokio::test]
async fn our_sign_in_completes_against_the_independent_peer() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let (peer, port) = start_peer(&sim);

    let tokens = sign_in(&peer, port).await;
    assert_eq!(tokens.accounts_server, peer.url);
    assert_eq!(tokens.api_domain, sim.api_url());
    assert_eq!(tokens.location.as_deref(), Some("eu"));
    assert!(!tokens.refresh_token.secret().is_empty());
    assert!(
        tokens
            .access_token
            .as_ref()
            .is_some_and(|cached| !cached.token.secret().is_empty())
    );

    // Refresh and revoke go to the accounts server the peer named, and it accepts both.
    let refreshed = oauth::refresh(&http(), &peer_client(), &tokens, &peer.url)
        .await
        .expect("the peer refreshes");
    assert_eq!(refreshed.api_domain, Some(sim.api_url()));
    // The mock's tokens are JWTs that can repeat within a second, so only their presence counts.
    assert!(!refreshed.access_token.token.secret().is_empty());
    oauth::revoke(&http(), &tokens)
        .await
        .expect("the peer revokes");

    // Nothing we sent was something Zoho would refuse, not even along the way.
    let stderr = peer.stop();
    assert!(
        !stderr.contains("REFUSED"),
        "the peer refused something:\n{stderr}"
    );
    assert!(stderr.contains("0 request(s) refused"), "{stderr}");
}

#[tokio::test]
async fn the_peer_refuses_a_wrong_code_verifier() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let (peer, port) = start_peer(&sim);
    let browser = Browser::new();

    // Sign-in A gets a code bound to A's challenge; A is then abandoned before its callback.
    let abandoned = start_sign_in(http(), peer_client(), sign_in_options(&peer.url, &[port]))
        .await
        .expect("sign-in A starts");
    let callback_for_a = browser
        .authorize_without_consent(abandoned.authorize_url())
        .await;
    drop(abandoned);

    // Sign-in B receives A's code under B's own state, so B exchanges it with B's verifier.
    let pending = start_sign_in(http(), peer_client(), sign_in_options(&peer.url, &[port]))
        .await
        .expect("sign-in B starts");
    let state = query_param(pending.authorize_url(), "state").unwrap();
    let finish = tokio::spawn(pending.finish());
    let injected = with_query_param(&callback_for_a, "state", &state);
    let page = browser.visit(&injected).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.body);

    let error = finish
        .await
        .unwrap()
        .expect_err("a wrong verifier is refused");
    assert_eq!(
        error,
        Error::Token {
            request: TokenRequest::CodeExchange,
            code: TokenErrorCode::Other("invalid_request".to_owned()),
            description: Some("code_verifier provided does not match code_challenge".to_owned()),
            http_status: 400,
        }
    );
    assert!(
        page.body.contains("Zoho code: invalid_request"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn a_refresh_token_the_peer_revoked_means_sign_in_again() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let (peer, port) = start_peer(&sim);
    let tokens = sign_in(&peer, port).await;
    oauth::revoke(&http(), &tokens)
        .await
        .expect("the peer revokes");

    let error = oauth::refresh(&http(), &peer_client(), &tokens, &peer.url)
        .await
        .expect_err("a revoked refresh token");
    assert!(
        matches!(
            error,
            Error::Token {
                request: TokenRequest::Refresh,
                code: TokenErrorCode::InvalidCode,
                http_status: 200,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.needs_sign_in());
    assert_eq!(error.resolution(), "Sign in again.");
}
