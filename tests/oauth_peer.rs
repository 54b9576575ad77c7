//! Issue #3 against an OAuth server this project did not write (`tests/oauth-peer`, built on
//! oauth2-mock-server): our real sign-in must complete against it, and a wrong code verifier must
//! be refused. The peer's own loud refusals (credentials only in HTTP Basic, a PKCE method other
//! than S256) are checked here too, so the guards that keep the other tests honest are known to
//! work. Needs Node 20+ and `npm ci --prefix tests/oauth-peer`; without the packages the
//! tests fail and say so.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use oauth2::{ClientSecret, PkceCodeChallenge};
use reqwest::StatusCode;
use url::Url;
use zoho_org_viewer::problem::Explain;
use zoho_org_viewer::sim::{Sim, SimOptions};
use zoho_org_viewer::zoho::Error;
use zoho_org_viewer::zoho::error::{TokenErrorCode, TokenRequest};
use zoho_org_viewer::zoho::oauth::{self, ClientCredentials, Tokens, redirect_uri, start_sign_in};

use support::browser::{Browser, query_param, with_query_param};
use support::peer::Peer;
use support::ports::ReservedPort;
use support::{http, sign_in_options, trimmed};

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
    assert_eq!(error.resolution().text(), "Sign in again.");
}

/// A client that is not the app's: the refusal tests send what the app never would.
fn raw_http() -> reqwest::Client {
    zoho_org_viewer::zoho::http::install_tls_crypto();
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The peer's authorize URL for our client and `port`'s redirect URI, with `challenge` sent
/// under `method`.
fn authorize_url(peer: &Peer, port: u16, challenge: &str, method: &str) -> Url {
    let mut url = peer.url.join("oauth/v2/auth").unwrap();
    url.query_pairs_mut()
        .append_pair("response_type", "code")
        .append_pair("client_id", PEER_CLIENT_ID)
        .append_pair("scope", oauth::SCOPE)
        .append_pair("access_type", "offline")
        .append_pair("state", "refusal-test-state-0123456789")
        .append_pair("redirect_uri", &redirect_uri(port))
        .append_pair("code_challenge", challenge)
        .append_pair("code_challenge_method", method);
    url
}

#[tokio::test]
async fn the_peer_refuses_a_secret_sent_only_with_http_basic() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let (peer, port) = start_peer(&sim);
    // A real code, so nothing but where the secret travels is wrong with the exchange.
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let callback = Browser::new()
        .authorize_without_consent(&authorize_url(&peer, port, challenge.as_str(), "S256"))
        .await;
    let code = query_param(&callback, "code").expect("the peer issued a code");

    let form = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("grant_type", "authorization_code")
        .append_pair("client_id", PEER_CLIENT_ID)
        .append_pair("redirect_uri", &redirect_uri(port))
        .append_pair("code", &code)
        .append_pair("code_verifier", verifier.secret())
        .finish();
    let response = raw_http()
        .post(peer.url.join("oauth/v2/token").unwrap())
        .basic_auth(PEER_CLIENT_ID, Some(PEER_CLIENT_SECRET))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .expect("the peer answers");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body = response.bytes().await.expect("the peer's answer");
    let answer: serde_json::Value = serde_json::from_slice(&body).expect("a JSON answer");
    assert_eq!(answer["error"], "invalid_client", "{answer}");
    assert_eq!(
        answer["error_description"], "client_secret missing from the request body",
        "{answer}"
    );
    assert!(answer.get("access_token").is_none(), "{answer}");

    let stderr = peer.stop();
    assert!(
        stderr.contains(
            "REFUSED token: client_secret missing from the request body (credentials were sent with HTTP Basic"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("1 request(s) refused"), "{stderr}");
}

#[tokio::test]
async fn the_peer_refuses_the_plain_pkce_method() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let (peer, port) = start_peer(&sim);
    let (_, verifier) = PkceCodeChallenge::new_random_sha256();
    // With `plain` the challenge is the verifier itself, which is what Zoho would then compare.
    let url = authorize_url(&peer, port, verifier.secret(), "plain");

    let page = Browser::new().visit(&url).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.body);
    assert!(page.body.contains("it must be S256"), "{}", page.body);

    let stderr = peer.stop();
    assert!(
        stderr.contains(r#"REFUSED authorize: code_challenge_method is "plain"; it must be S256"#),
        "{stderr}"
    );
    assert!(stderr.contains("1 request(s) refused"), "{stderr}");
}
