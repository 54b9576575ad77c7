//! Issue #3 at library level: `start_sign_in` and `PendingSignIn::finish` against the simulated
//! Zoho over real sockets, with a scripted browser playing the person. Every refusal must give
//! its message (to the app and on the browser's page) and no `Tokens`.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::time::{Duration, Instant};
use zoho_org_viewer::problem::Explain;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use html_escape::encode_quoted_attribute;
use oauth2::{ClientSecret, RefreshToken};
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};
use tokio::task::JoinHandle;
use url::Url;
use zoho_org_viewer::sim::{
    DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Endpoint, Fault, FaultRule, Sim, SimOptions,
};
use zoho_org_viewer::zoho::error::{Resource, SignInProblem, TokenErrorCode, TokenRequest};
use zoho_org_viewer::zoho::oauth::{
    self, CALLBACK_PATH, ClientCredentials, PendingSignIn, REDIRECT_PORTS, SCOPE, SignInOptions,
    Tokens, redirect_uri, start_sign_in,
};
use zoho_org_viewer::zoho::{Error, Session};

use support::browser::{Browser, query_param, with_query_param};
use support::loopback::{
    RECORDED_REFRESH_TOKEN, Redirector, TokenRecorder, Tripwire, redirect_refused,
};
use support::ports::free_ports;
use support::{
    SIGN_IN_TIMEOUT, demo_client, http, sign_in_options, sim_for_ports, trimmed, wait_until,
};

/// A sign-in waiting for the browser, its `finish` running on its own task.
struct Flow {
    authorize_url: Url,
    redirect_uri: String,
    port: u16,
    finish: JoinHandle<Result<Tokens, Error>>,
}

impl Flow {
    /// Starts a sign-in at `sim` listening on the first free port of `ports`.
    async fn begin(sim: &Sim, ports: &[u16]) -> Flow {
        let pending = start_sign_in(
            http(),
            demo_client(),
            sign_in_options(&sim.accounts_url(), ports),
        )
        .await
        .expect("the sign-in starts");
        Flow::waiting(pending)
    }

    fn waiting(pending: PendingSignIn) -> Flow {
        let authorize_url = pending.authorize_url().clone();
        let redirect_uri = pending.redirect_uri().to_owned();
        let port = port_of(&redirect_uri);
        let finish = tokio::spawn(pending.finish());
        Flow {
            authorize_url,
            redirect_uri,
            port,
            finish,
        }
    }

    /// The state this sign-in expects back.
    fn state(&self) -> String {
        query_param(&self.authorize_url, "state").expect("a state in the authorize URL")
    }

    /// What the sign-in ended with.
    async fn outcome(self) -> Result<Tokens, Error> {
        tokio::time::timeout(SIGN_IN_TIMEOUT + Duration::from_secs(10), self.finish)
            .await
            .expect("the sign-in ends")
            .expect("the sign-in task did not panic")
    }
}

/// A simulated Zoho with the redirect URIs of three free ports registered, and those ports.
fn sim_on_free_ports(options: SimOptions) -> (Sim, Vec<u16>) {
    let ports = free_ports(3);
    (sim_for_ports(options, &ports), ports)
}

/// The port of a redirect URI.
fn port_of(redirect_uri: &str) -> u16 {
    Url::parse(redirect_uri)
        .ok()
        .and_then(|url| url.port())
        .expect("a redirect URI with a port")
}

/// Asserts the sign-in failed with `expected` and gave no tokens.
fn assert_refused(outcome: Result<Tokens, Error>, expected: &Error) {
    match outcome {
        Ok(tokens) => panic!(
            "expected {expected:?}, but the sign-in gave tokens for {}",
            tokens.accounts_server
        ),
        Err(error) => assert_eq!(&error, expected),
    }
}

/// Asserts the browser's page is the failure page telling `error` and what to do.
fn assert_failure_page(page: &support::browser::Page, error: &Error) {
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.body);
    assert!(
        page.body.contains("The sign-in did not complete"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&*encode_quoted_attribute(&error.summary().text())),
        "the page tells what happened: {}\n{}",
        error,
        page.body
    );
    assert!(
        page.body
            .contains(&*encode_quoted_attribute(&error.resolution().text())),
        "the page tells what to do: {}\n{}",
        error.resolution().text(),
        page.body
    );
}

#[tokio::test]
async fn the_sign_in_completes_at_the_users_own_data_centre() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;

    let callback = browser.consent(&flow.authorize_url, "allow").await;
    assert_eq!(
        callback.as_str().split('?').next(),
        Some(flow.redirect_uri.as_str())
    );
    // Zoho names the user's home, the second data centre, not the one sign-in started at.
    assert_eq!(
        query_param(&callback, "accounts-server"),
        Some(trimmed(&sim.second_accounts_url()))
    );
    assert_ne!(sim.accounts_url(), sim.second_accounts_url());

    let page = browser.visit(&callback).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("You are signed in"), "{}", page.body);
    assert!(
        page.body.contains("You can close this tab"),
        "{}",
        page.body
    );

    let tokens = flow.outcome().await.expect("signed in");
    assert_eq!(tokens.accounts_server, sim.second_accounts_url());
    assert_eq!(tokens.location.as_deref(), Some("eu"));
    assert_eq!(tokens.api_domain, sim.api_url());
    assert!(tokens.access_token.is_some());
    // The sim exchanges a code only at the user's home data centre (elsewhere: invalid_client),
    // so one exchange that gave tokens went to the second data centre.
    let stats = sim.stats();
    assert_eq!((stats.code_exchanges, stats.token_requests), (1, 1));

    // What the sign-in returned works: the cached access token, then the refresh token.
    let session = Session::new(http(), demo_client(), tokens.clone(), sim.accounts_url());
    session.get_org().await.expect("the org with the new token");
    assert_eq!(sim.stats().refreshes, 0);
    oauth::refresh(&http(), &demo_client(), &tokens, &sim.accounts_url())
        .await
        .expect("the refresh token works at the home data centre");

    // One callback only: the port is closed once the sign-in is over.
    wait_until("the callback port to close", Duration::from_secs(5), || {
        let closed = browser.try_visit(&callback);
        async move { closed.await.is_err() }
    })
    .await;
}

#[tokio::test]
async fn the_authorize_url_asks_for_pkce_s256_offline_access_and_consent_only_when_forced() {
    let accounts = Url::parse("http://127.0.0.1:9/").unwrap();
    let mut seen = Vec::new();
    for force_consent in [true, false] {
        let ports = free_ports(3);
        let mut options = sign_in_options(&accounts, &ports);
        options.force_consent = force_consent;
        let pending = start_sign_in(http(), demo_client(), options)
            .await
            .expect("the sign-in starts");
        let url = pending.authorize_url().clone();
        let param = |name: &str| query_param(&url, name);

        assert_eq!(
            url.as_str().split('?').next(),
            Some("http://127.0.0.1:9/oauth/v2/auth")
        );
        assert_eq!(param("response_type").as_deref(), Some("code"));
        assert_eq!(param("client_id").as_deref(), Some(DEMO_CLIENT_ID));
        assert_eq!(param("scope").as_deref(), Some(SCOPE));
        let used = port_of(pending.redirect_uri());
        assert!(ports.contains(&used));
        assert_eq!(pending.redirect_uri(), redirect_uri(used));
        assert_eq!(param("redirect_uri"), Some(redirect_uri(used)));
        assert_eq!(param("code_challenge_method").as_deref(), Some("S256"));
        let challenge = param("code_challenge").expect("a code challenge");
        assert_eq!(challenge.len(), 43, "base64url of a SHA-256 digest");
        assert!(
            URL_SAFE_NO_PAD
                .decode(&challenge)
                .is_ok_and(|digest| digest.len() == 32)
        );
        assert_eq!(param("access_type").as_deref(), Some("offline"));
        assert_eq!(
            param("prompt").as_deref(),
            force_consent.then_some("consent"),
            "prompt=consent only when forced"
        );
        let state = param("state").expect("a state");
        let state_bytes = URL_SAFE_NO_PAD
            .decode(&state)
            .expect("the state is base64url");
        assert!(
            state_bytes.len() >= 16,
            "an unguessable state: at least 128 random bits, not {} bytes",
            state_bytes.len()
        );
        assert!(
            url.query_pairs().all(|(name, _)| name != "client_secret"),
            "the secret never goes to the browser"
        );
        seen.push((state, challenge));
    }
    assert_ne!(seen[0].0, seen[1].0, "each sign-in has its own state");
    assert_ne!(seen[0].1, seen[1].1, "and its own verifier");
}

#[test]
fn by_default_the_sign_in_waits_three_minutes_on_the_registered_ports() {
    let accounts = Url::parse("https://accounts.zoho.com").unwrap();
    let options = SignInOptions::new(accounts.clone());
    assert_eq!(options.timeout, Duration::from_secs(3 * 60));
    assert_eq!(options.redirect_ports, REDIRECT_PORTS);
    assert!(options.force_consent);
    assert_eq!(options.accounts_url, accounts);
}

#[tokio::test]
async fn the_secret_and_the_verifier_travel_in_the_form_body() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let recorder = TokenRecorder::start(&sim.api_url()).await;
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let challenge = query_param(&flow.authorize_url, "code_challenge").unwrap();
    let flow_redirect_uri = flow.redirect_uri.clone();

    // The browser comes back naming the recorder as the user's accounts server (on loopback,
    // which the allow-list accepts because sign-in started on loopback).
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    let code = query_param(&callback, "code").unwrap();
    let callback = with_query_param(&callback, "accounts-server", &trimmed(&recorder.url));
    assert_eq!(browser.visit(&callback).await.status, StatusCode::OK);
    let tokens = flow.outcome().await.expect("signed in at the recorder");
    assert_eq!(tokens.accounts_server, recorder.url);
    assert_eq!(tokens.refresh_token.secret(), RECORDED_REFRESH_TOKEN);
    assert_eq!(
        sim.stats().token_requests,
        0,
        "the exchange went where Zoho said"
    );

    let requests = recorder.requests();
    assert_eq!(requests.len(), 1);
    let exchange = &requests[0];
    assert!(
        exchange.headers.get("authorization").is_none(),
        "no HTTP Basic"
    );
    assert!(
        exchange.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/x-www-form-urlencoded")
    );
    assert_eq!(
        exchange.field("grant_type").as_deref(),
        Some("authorization_code")
    );
    assert_eq!(exchange.field("client_id").as_deref(), Some(DEMO_CLIENT_ID));
    assert_eq!(
        exchange.field("client_secret").as_deref(),
        Some(DEMO_CLIENT_SECRET)
    );
    assert_eq!(exchange.field("code"), Some(code));
    assert_eq!(exchange.field("redirect_uri"), Some(flow_redirect_uri));
    let verifier = exchange.field("code_verifier").expect("a code verifier");
    assert!((43..=128).contains(&verifier.len()));
    assert_eq!(
        URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())),
        challenge,
        "the challenge was the S256 of this verifier"
    );

    // A refresh sends the secret the same way.
    oauth::refresh(&http(), &demo_client(), &tokens, &sim.accounts_url())
        .await
        .expect("a refresh at the recorder");
    let requests = recorder.requests();
    assert_eq!(requests.len(), 2);
    let refresh = &requests[1];
    assert!(
        refresh.headers.get("authorization").is_none(),
        "no HTTP Basic"
    );
    assert_eq!(
        refresh.field("grant_type").as_deref(),
        Some("refresh_token")
    );
    assert_eq!(
        refresh.field("client_secret").as_deref(),
        Some(DEMO_CLIENT_SECRET)
    );
    assert_eq!(
        refresh.field("refresh_token").as_deref(),
        Some(RECORDED_REFRESH_TOKEN)
    );
}

/// Asserts the sign-in is still waiting a moment after something was sent to its port.
async fn assert_still_waiting(flow: &Flow) {
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        !flow.finish.is_finished(),
        "nothing but the real callback, Cancel or the time limit ends the sign-in"
    );
}

#[tokio::test]
async fn a_wrong_state_is_turned_away_and_the_sign_in_goes_on_waiting() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    let forged = with_query_param(&callback, "state", "not-this-sign-in");

    // Any page the person has open could send this; it must not end the sign-in.
    for _ in 0..3 {
        let page = browser.visit(&forged).await;
        let expected = Error::SignIn(SignInProblem::StateMismatch);
        assert_failure_page(&page, &expected);
        assert_eq!(
            expected.summary().text(),
            "The answer from the browser did not belong to this sign-in, so the app ignored it."
        );
    }
    assert_still_waiting(&flow).await;
    assert_eq!(sim.stats().token_requests, 0);

    let page = browser.visit(&callback).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    flow.outcome()
        .await
        .expect("the real callback still signs in");
    assert_eq!(sim.stats().token_requests, 1);
}

#[tokio::test]
async fn a_callback_replayed_into_a_later_sign_in_is_turned_away() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let first = Flow::begin(&sim, &ports).await;
    let first_port = first.port;
    let callback = browser.consent(&first.authorize_url, "allow").await;
    browser.visit(&callback).await;
    first.outcome().await.expect("the first sign-in");

    // The same port again, as after a restart of the app; the old callback is replayed.
    let second = Flow::begin(&sim, &[first_port]).await;
    let page = browser.visit(&callback).await;
    let expected = Error::SignIn(SignInProblem::StateMismatch);
    assert_failure_page(&page, &expected);
    assert_still_waiting(&second).await;
    assert_eq!(
        sim.stats().token_requests,
        1,
        "only the first sign-in's exchange"
    );
    let own = browser.consent(&second.authorize_url, "allow").await;
    browser.visit(&own).await;
    second
        .outcome()
        .await
        .expect("the second sign-in's own callback");
}

/// Sends `request` as raw bytes to the sign-in's port and reads the answer to its end.
async fn raw_request(port: u16, request: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port))
        .await
        .expect("the port is open");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test]
async fn a_request_for_another_host_is_turned_away_even_with_the_right_state() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    // What a DNS-rebinding page sends: this port, but its own host name.
    let target = format!("{}?{}", callback.path(), callback.query().unwrap_or(""));
    let answer = raw_request(
        flow.port,
        &format!(
            "GET {target} HTTP/1.1\r\nHost: rebound.example:{}\r\nConnection: close\r\n\r\n",
            flow.port
        ),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert_still_waiting(&flow).await;
    assert_eq!(sim.stats().token_requests, 0, "nothing was exchanged");

    browser.visit(&callback).await;
    flow.outcome()
        .await
        .expect("the real callback still signs in");
}

#[tokio::test]
async fn slow_headers_are_cut_off_and_do_not_hold_up_the_callback() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;

    // A request line and then nothing: the server must not wait for the rest forever.
    let mut slow = tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, flow.port))
        .await
        .unwrap();
    slow.write_all(b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .await
        .unwrap();
    let started = Instant::now();

    // Meanwhile the real callback goes through at once.
    let page = browser.visit(&callback).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    flow.outcome().await.expect("signed in");

    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(15), slow.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "the slow connection was closed");
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "within the header time limit: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn hundreds_of_idle_connections_do_not_lock_the_browser_out() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;

    let mut idle = Vec::new();
    for _ in 0..600 {
        match tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, flow.port)).await {
            Ok(stream) => idle.push(stream),
            Err(error) => panic!("connection {} refused: {error}", idle.len()),
        }
    }
    let page = tokio::time::timeout(Duration::from_secs(10), browser.visit(&callback))
        .await
        .expect("the real callback is served despite the idle connections");
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    flow.outcome().await.expect("signed in");

    // Past the cap the oldest were closed by the server, so they hold no file handle of its.
    use tokio::io::AsyncReadExt;
    let mut byte = [0u8; 1];
    let oldest = tokio::time::timeout(Duration::from_secs(2), idle[0].read(&mut byte)).await;
    assert!(
        matches!(oldest, Ok(Ok(0) | Err(_))),
        "the oldest idle connection was closed: {oldest:?}"
    );
}

#[tokio::test]
async fn a_second_callback_to_the_same_sign_in_is_turned_away() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    // A slow token endpoint keeps the first callback in progress while the second arrives.
    sim.set_latency(Endpoint::Token, Duration::from_millis(300));
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;

    let first = tokio::spawn({
        let browser = browser.clone();
        let callback = callback.clone();
        async move { browser.visit(&callback).await }
    });
    wait_until(
        "the first exchange to start",
        Duration::from_secs(5),
        || {
            let started = sim.stats().token_requests == 1;
            async move { started }
        },
    )
    .await;
    let replay = browser.visit(&callback).await;
    assert_eq!(replay.status, StatusCode::GONE);
    assert!(
        replay.body.contains("This sign-in is already over"),
        "{}",
        replay.body
    );

    assert_eq!(first.await.unwrap().status, StatusCode::OK);
    flow.outcome().await.expect("the first callback signs in");
    assert_eq!(
        sim.stats().code_exchanges,
        1,
        "the replay exchanged nothing"
    );
}

#[tokio::test]
async fn an_accounts_server_outside_the_allow_list_gets_no_request() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let tripwire = Tripwire::start().await;
    let trap = tripwire.address;
    let browser = Browser::new();
    // Each would reach the tripwire if the app sent the code (and the secret) there.
    let foreign = [
        format!("https://{trap}"),
        format!("http://zoho@{trap}"),
        format!("http://{trap}/oauth"),
        format!("http://{trap}?accounts.zoho.com"),
    ];
    for server in foreign {
        let flow = Flow::begin(&sim, &ports).await;
        let callback = browser.consent(&flow.authorize_url, "allow").await;
        let tampered = with_query_param(&callback, "accounts-server", &server);
        let page = browser.visit(&tampered).await;
        let expected = Error::SignIn(SignInProblem::AccountsServerNotAllowed {
            server: server.clone(),
        });
        assert_failure_page(&page, &expected);
        assert_refused(flow.outcome().await, &expected);
        assert_eq!(
            expected.summary().text(),
            format!(
                "The sign-in came back naming {server}, which is not a Zoho sign-in server, so the app stopped without contacting it."
            )
        );
    }
    assert_eq!(
        tripwire.connections(),
        0,
        "nothing reached the foreign server"
    );
    assert_eq!(sim.stats().token_requests, 0, "nor any token endpoint");
}

#[tokio::test]
async fn a_redirect_from_the_token_endpoint_is_not_followed() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let (redirector, tripwire) = Redirector::to_tripwire("/oauth/v2/token").await;
    let browser = Browser::new();

    // The code exchange: the code, the verifier and the client secret in one POST.
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    let callback = with_query_param(&callback, "accounts-server", &trimmed(&redirector.url));
    let page = browser.visit(&callback).await;
    let exchange = flow
        .outcome()
        .await
        .expect_err("a redirect is no token answer");
    assert_failure_page(&page, &exchange);

    // Refresh (the secret and the refresh token) and revoke (the refresh token) likewise.
    let tokens = Tokens {
        refresh_token: RefreshToken::new("1000.redirected.refresh".to_owned()),
        accounts_server: redirector.url.clone(),
        api_domain: sim.api_url(),
        location: None,
        access_token: None,
    };
    let refresh = oauth::refresh(&http(), &demo_client(), &tokens, &sim.accounts_url())
        .await
        .expect_err("a redirect is no refresh answer");
    let revoke = oauth::revoke(&http(), &tokens)
        .await
        .expect_err("a redirect is no revocation");

    assert_eq!(redirector.requests(), 3, "each request met the redirect");
    assert_eq!(
        tripwire.connections(),
        0,
        "no request followed the redirect to where it pointed"
    );
    for error in [exchange, refresh, revoke] {
        assert_eq!(error, redirect_refused(Resource::Accounts, &tripwire));
        assert_eq!(
            error.summary().text(),
            "The request for the sign-in was redirected to another address; the app does not follow redirects, so nothing was sent there."
        );
    }
}

#[tokio::test]
async fn a_denied_consent_is_told_and_nothing_is_exchanged() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "deny").await;
    assert_eq!(
        query_param(&callback, "error").as_deref(),
        Some("access_denied")
    );

    let page = browser.visit(&callback).await;
    let expected = Error::SignIn(SignInProblem::DeniedInBrowser);
    assert_failure_page(&page, &expected);
    assert!(
        page.body.contains("Zoho code: access_denied"),
        "{}",
        page.body
    );
    assert_refused(flow.outcome().await, &expected);
    assert_eq!(
        expected.summary().text(),
        "Access was not allowed on Zoho's consent page."
    );
    assert_eq!(sim.stats().token_requests, 0);
}

#[tokio::test]
async fn an_expired_code_is_told() {
    // Every code has expired by the time it is exchanged.
    let (sim, ports) = sim_on_free_ports(SimOptions::default().code_lifetime(Duration::ZERO));
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;

    let page = browser.visit(&callback).await;
    let expected = Error::Token {
        request: TokenRequest::CodeExchange,
        code: TokenErrorCode::InvalidCode,
        description: None,
        http_status: 200,
    };
    assert_failure_page(&page, &expected);
    assert_refused(flow.outcome().await, &expected);
    assert_eq!(
        expected.summary().text(),
        "The sign-in code from Zoho had expired or was already used."
    );
    assert_eq!(sim.stats().code_exchanges, 1);
}

/// What a sign-in that reaches the token endpoint ends with, `tamper` applied to the callback
/// and `client` exchanging the code, with the browser's page checked to tell the same.
async fn refused_at_the_token_endpoint(
    sim: &Sim,
    ports: &[u16],
    client: ClientCredentials,
    tamper: impl Fn(Url) -> Url,
) -> Error {
    let browser = Browser::new();
    let pending = start_sign_in(http(), client, sign_in_options(&sim.accounts_url(), ports))
        .await
        .expect("the sign-in starts");
    let flow = Flow::waiting(pending);
    let callback = tamper(browser.consent(&flow.authorize_url, "allow").await);
    let page = browser.visit(&callback).await;
    let error = flow
        .outcome()
        .await
        .expect_err("the token endpoint refused");
    assert_failure_page(&page, &error);
    let code = error.zoho_code().expect("Zoho's code");
    assert!(
        page.body.contains(&format!("Zoho code: {code}")),
        "{}",
        page.body
    );
    error
}

fn exchange_refused(code: TokenErrorCode) -> Error {
    Error::Token {
        request: TokenRequest::CodeExchange,
        code,
        description: None,
        http_status: 200,
    }
}

#[tokio::test]
async fn an_exchange_at_another_data_centre_is_invalid_client() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    // The user lives in the second data centre; the code goes to the first, as when an app
    // ignores `accounts-server` (or the client is not enabled for the user's data centre).
    let first = trimmed(&sim.accounts_url());
    let error = refused_at_the_token_endpoint(&sim, &ports, demo_client(), |callback| {
        with_query_param(&callback, "accounts-server", &first)
    })
    .await;
    assert_eq!(error, exchange_refused(TokenErrorCode::InvalidClient));
    assert_eq!(
        error.summary().text(),
        "Zoho does not recognise this app's client ID for your account's data centre."
    );
    assert!(error.resolution().text().contains("multi-DC"), "{error:?}");
    assert_eq!(sim.stats().token_requests, 1);
}

#[tokio::test]
async fn a_wrong_client_secret_is_invalid_client_secret() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let mut client = demo_client();
    client.client_secret = ClientSecret::new("not-the-registered-secret".to_owned());
    let error = refused_at_the_token_endpoint(&sim, &ports, client, |callback| callback).await;
    assert_eq!(error, exchange_refused(TokenErrorCode::InvalidClientSecret));
    assert_eq!(
        error.summary().text(),
        "Zoho did not accept this app's client secret."
    );
}

#[tokio::test]
async fn token_endpoint_refusals_the_app_cannot_cause_are_told_too() {
    // The app always sends the redirect URI it was called back on, and one code per sign-in, so
    // these come from the sim's fault injection, exactly as Zoho words them (HTTP 200).
    let cases = [
        (
            "invalid_redirect_uri",
            TokenErrorCode::InvalidRedirectUri,
            "Zoho did not accept the address the sign-in returns to (the redirect URI).",
        ),
        (
            "access_denied",
            TokenErrorCode::AccessDenied,
            "Zoho is refusing new sign-ins for this app for a few minutes.",
        ),
    ];
    for (zoho_error, code, sentence) in cases {
        let (sim, ports) = sim_on_free_ports(SimOptions::default());
        sim.set_fault(FaultRule::new(
            Endpoint::Token,
            Fault::TokenError {
                error: zoho_error.to_owned(),
                description: None,
            },
        ));
        let error =
            refused_at_the_token_endpoint(&sim, &ports, demo_client(), |callback| callback).await;
        assert_eq!(error, exchange_refused(code), "{zoho_error}");
        assert_eq!(error.summary().text(), sentence);
        assert_eq!(sim.stats().faults_served, 1, "{zoho_error}");
    }
}

#[tokio::test]
async fn the_callback_server_answers_only_a_get_on_its_path() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let base = Url::parse(&format!("http://127.0.0.1:{}/", flow.port)).unwrap();
    let mut callback_with_state = base.join(CALLBACK_PATH.trim_start_matches('/')).unwrap();
    callback_with_state
        .query_pairs_mut()
        .append_pair("state", &flow.state())
        .append_pair("code", "1000.abc.def");

    assert_eq!(
        browser
            .status_of(Method::GET, &base.join("favicon.ico").unwrap())
            .await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        browser.status_of(Method::GET, &base).await,
        StatusCode::NOT_FOUND
    );
    // HEAD too: axum answers it with a GET handler unless told otherwise, which would spend the
    // one callback on a request no browser sends at the end of a sign-in.
    for method in [Method::HEAD, Method::POST, Method::PUT, Method::DELETE] {
        assert_eq!(
            browser
                .status_of(method.clone(), &callback_with_state)
                .await,
            StatusCode::NOT_FOUND,
            "{method} on the callback path"
        );
    }

    // None of that used up the one callback: the real one still signs in.
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    assert_eq!(browser.visit(&callback).await.status, StatusCode::OK);
    flow.outcome().await.expect("signed in");
}

#[tokio::test]
async fn a_taken_port_is_named_and_the_next_one_is_used() {
    let blocker = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let taken = blocker.local_addr().unwrap().port();
    let free = free_ports(2);
    let all = [&[taken][..], &free].concat();
    let sim = sim_for_ports(SimOptions::default(), &all);

    let error = start_sign_in(
        http(),
        demo_client(),
        sign_in_options(&sim.accounts_url(), &[taken]),
    )
    .await
    .expect_err("the only port is taken");
    assert_eq!(
        error,
        Error::SignIn(SignInProblem::PortsUnavailable { ports: vec![taken] })
    );
    assert_eq!(
        error.summary().text(),
        format!(
            "The app could not receive the sign-in because port {taken} is in use by another program."
        )
    );

    let pending = start_sign_in(
        http(),
        demo_client(),
        sign_in_options(&sim.accounts_url(), &all),
    )
    .await
    .expect("a later port is free");
    let flow = Flow::waiting(pending);
    assert!(free.contains(&flow.port), "{} is not taken", flow.port);
    assert_eq!(
        query_param(&flow.authorize_url, "redirect_uri"),
        Some(redirect_uri(flow.port))
    );
    let browser = Browser::new();
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    assert_eq!(callback.port(), Some(flow.port));
    assert_eq!(browser.visit(&callback).await.status, StatusCode::OK);
    flow.outcome().await.expect("signed in on the next port");
    drop(blocker);
}

#[tokio::test]
async fn the_sign_in_times_out_with_its_message_and_closes_its_port() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let mut options = sign_in_options(&sim.accounts_url(), &ports);
    options.timeout = Duration::from_millis(300);
    let pending = start_sign_in(http(), demo_client(), options)
        .await
        .expect("the sign-in starts");
    assert_eq!(pending.timeout(), Duration::from_millis(300));
    let port = port_of(pending.redirect_uri());

    let started = Instant::now();
    let outcome = pending.finish().await;
    let waited = started.elapsed();
    let expected = Error::SignIn(SignInProblem::TimedOut {
        after: Duration::from_millis(300),
    });
    assert_refused(outcome, &expected);
    assert!(
        waited >= Duration::from_millis(300) && waited < Duration::from_secs(5),
        "{waited:?}"
    );
    assert_eq!(
        expected.summary().text(),
        "The sign-in was not finished within 1 second."
    );
    assert_eq!(
        expected.resolution().text(),
        "Start the sign-in again and complete it in your browser."
    );
    wait_until(
        "the callback port to close",
        Duration::from_secs(5),
        || async move { TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() },
    )
    .await;
    assert_eq!(sim.stats().token_requests, 0);
}

/// The page the browser shows speaks the language its `Accept-Language` asks for (issue 14):
/// English for a language the app does not speak, German for a German browser.
#[tokio::test]
async fn the_page_after_sign_in_speaks_the_browsers_language() {
    let (sim, ports) = sim_on_free_ports(SimOptions::default());
    let browser = Browser::new();
    let flow = Flow::begin(&sim, &ports).await;
    let callback = browser.consent(&flow.authorize_url, "allow").await;
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let page_in = |url: Url, languages: &'static str| {
        let request = client.get(url).header("Accept-Language", languages);
        async move { request.send().await.unwrap().text().await.unwrap() }
    };

    // A request without this sign-in's state is turned away; the sign-in goes on waiting.
    let forged = with_query_param(&callback, "state", "not-this-sign-in");
    let turned_away = page_in(forged, "sw-KE,sw;q=0.9").await;
    assert!(turned_away.contains(r#"<html lang="en">"#), "{turned_away}");
    assert!(
        turned_away.contains("The sign-in did not complete"),
        "{turned_away}"
    );

    let page = page_in(callback, "de-DE,de;q=0.9,en;q=0.5").await;
    assert!(page.contains(r#"<html lang="de">"#), "{page}");
    assert!(page.contains("Sie sind angemeldet"), "{page}");
    assert!(page.contains("Sie können diesen Tab schließen"), "{page}");
    assert!(!page.contains("You can close this tab"), "{page}");
    flow.outcome().await.expect("signed in");
}
