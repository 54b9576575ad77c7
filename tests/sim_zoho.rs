//! The simulated Zoho, pinned over real sockets: every documented rule it plays, and every fault.

// Helpers outside `#[test]` functions count as test code too.
#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use std::{collections::HashMap, time::Duration};

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::{Rng, distributions::Alphanumeric};
use reqwest::{Client, Response, StatusCode, header};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use url::Url;
use zoho_org_viewer::sim::{
    CONSENT_PATH, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_REDIRECT_URIS, DEVELOPER, DataCentre,
    Endpoint, Fault, FaultRule, PRODUCTION, SANDBOX, Sim, SimError, SimOptions, SimOrg, SimPhoto,
    SimTokens, consent_orgs, consent_ticket,
};

use support::browser::location_of;
use support::trimmed;

const REDIRECT_URI: &str = DEMO_REDIRECT_URIS[0];

/// Changes to the app's authorization parameters: a name and its new value, `None` to leave it out.
type ParamChanges<'a> = &'a [(&'a str, Option<&'a str>)];

fn http() -> Client {
    zoho_org_viewer::zoho::http::install_tls_crypto();
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .expect("an HTTP client")
}

/// A PKCE pair: a random verifier and its S256 challenge.
struct Pkce {
    verifier: String,
    challenge: String,
}

fn pkce() -> Pkce {
    let verifier: String = rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(64)
        .map(char::from)
        .collect();
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    Pkce {
        verifier,
        challenge,
    }
}

/// An authorization URL at `accounts` with the parameters our app sends, changed by `changes`
/// (`None` leaves a parameter out).
fn auth_url(accounts: &Url, challenge: &str, changes: ParamChanges<'_>) -> Url {
    let mut params: Vec<(&str, Option<&str>)> = vec![
        ("client_id", Some(DEMO_CLIENT_ID)),
        ("response_type", Some("code")),
        ("scope", Some("ZohoCRM.org.READ")),
        ("redirect_uri", Some(REDIRECT_URI)),
        ("state", Some("state-123")),
        ("code_challenge", Some(challenge)),
        ("code_challenge_method", Some("S256")),
        ("access_type", Some("offline")),
        ("prompt", Some("consent")),
    ];
    for (name, value) in changes {
        match params.iter_mut().find(|(key, _)| key == name) {
            Some(param) => param.1 = *value,
            None => params.push((name, *value)),
        }
    }
    let mut url = accounts.join("oauth/v2/auth").expect("an auth URL");
    url.query_pairs_mut().extend_pairs(
        params
            .iter()
            .filter_map(|(name, value)| value.map(|value| (*name, value))),
    );
    url
}

/// The query parameters of a redirect's `Location`, after checking it goes to `redirect_uri`.
fn redirect_params(response: &Response, redirect_uri: &str) -> HashMap<String, String> {
    let location = location_of(response);
    let mut without_query = location.clone();
    without_query.set_query(None);
    assert_eq!(without_query.as_str(), redirect_uri);
    location.query_pairs().into_owned().collect()
}

/// Opens the consent page; returns its status and HTML.
async fn open_page(http: &Client, url: &Url) -> Response {
    http.get(url.clone())
        .send()
        .await
        .expect("the auth page answers")
}

/// Posts the consent form.
async fn answer(http: &Client, accounts: &Url, ticket: &str, decision: &str) -> Response {
    post_form(
        http,
        &accounts.join(CONSENT_PATH).expect("the consent URL"),
        &[("ticket", ticket), ("decision", decision)],
    )
    .await
}

async fn post_form(http: &Client, url: &Url, fields: &[(&str, &str)]) -> Response {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    http.post(url.clone())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .expect("the server answers")
}

async fn json_of(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let body = response.bytes().await.expect("a body");
    (status, serde_json::from_slice(&body).expect("a JSON body"))
}

/// What the app holds after *Allow*.
struct Grant {
    code: String,
    location: String,
    accounts_server: Url,
    verifier: String,
}

/// Signs in through the consent page, starting at the "us" accounts server.
async fn sign_in(sim: &Sim, http: &Client, changes: ParamChanges<'_>) -> Grant {
    sign_in_to(sim, http, None, changes).await
}

/// Signs in through the consent page, picking the org with ID `org_id` (`None` sends no `org`,
/// leaving the preselected one).
async fn sign_in_to(
    sim: &Sim,
    http: &Client,
    org_id: Option<&str>,
    changes: ParamChanges<'_>,
) -> Grant {
    let pair = pkce();
    let page = open_page(
        http,
        &auth_url(&sim.accounts_url(), &pair.challenge, changes),
    )
    .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.expect("the consent page");
    let ticket = consent_ticket(&html).expect("a ticket on the consent page");
    let mut fields = vec![("ticket", ticket.as_str()), ("decision", "allow")];
    fields.extend(org_id.map(|org_id| ("org", org_id)));
    let consent_url = sim
        .accounts_url()
        .join(CONSENT_PATH)
        .expect("the consent URL");
    let params = redirect_params(&post_form(http, &consent_url, &fields).await, REDIRECT_URI);
    assert_eq!(params["state"], "state-123");
    Grant {
        code: params["code"].clone(),
        location: params["location"].clone(),
        accounts_server: Url::parse(&params["accounts-server"]).expect("an accounts server URL"),
        verifier: pair.verifier,
    }
}

/// Exchanges a code at `accounts` with the given verifier.
async fn exchange(http: &Client, accounts: &Url, code: &str, verifier: &str) -> Value {
    let response = post_form(
        http,
        &accounts.join("oauth/v2/token").expect("the token URL"),
        &[
            ("grant_type", "authorization_code"),
            ("client_id", DEMO_CLIENT_ID),
            ("client_secret", DEMO_CLIENT_SECRET),
            ("redirect_uri", REDIRECT_URI),
            ("code", code),
            ("code_verifier", verifier),
        ],
    )
    .await;
    let (status, body) = json_of(response).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "Zoho's token endpoint answers 200, errors included"
    );
    body
}

async fn refresh(http: &Client, accounts: &Url, refresh_token: &str) -> Value {
    let response = post_form(
        http,
        &accounts.join("oauth/v2/token").expect("the token URL"),
        &[
            ("grant_type", "refresh_token"),
            ("client_id", DEMO_CLIENT_ID),
            ("client_secret", DEMO_CLIENT_SECRET),
            ("refresh_token", refresh_token),
        ],
    )
    .await;
    let (status, body) = json_of(response).await;
    assert_eq!(status, StatusCode::OK);
    body
}

async fn revoke(http: &Client, accounts: &Url, token: &str) -> StatusCode {
    let mut url = accounts
        .join("oauth/v2/token/revoke")
        .expect("the revoke URL");
    url.query_pairs_mut().append_pair("token", token);
    http.post(url)
        .send()
        .await
        .expect("revoke answers")
        .status()
}

async fn crm_get(http: &Client, sim: &Sim, path: &str, access_token: &str) -> Response {
    crm_get_at(http, &sim.api_url(), path, access_token).await
}

/// A CRM GET at the API host `api`.
async fn crm_get_at(http: &Client, api: &Url, path: &str, access_token: &str) -> Response {
    http.get(api.join(path).expect("a CRM URL"))
        .header(
            header::AUTHORIZATION,
            format!("Zoho-oauthtoken {access_token}"),
        )
        .send()
        .await
        .expect("the CRM answers")
}

/// Asserts Zoho's four-key CRM error body with the documented status and message.
async fn assert_zoho_error(response: Response, status: u16, code: &str, message: &str) {
    let (actual_status, body) = json_of(response).await;
    assert_eq!(actual_status.as_u16(), status, "status for {code}");
    assert_eq!(
        body,
        json!({"code": code, "details": {}, "message": message, "status": "error"})
    );
}

fn is_zoho_token(token: &str) -> bool {
    let parts: Vec<&str> = token.split('.').collect();
    parts.len() == 3
        && parts[0] == "1000"
        && parts[1..]
            .iter()
            .all(|part| part.len() == 32 && part.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

#[tokio::test]
async fn the_whole_sign_in_journey_works_like_zoho() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();

    let grant = sign_in(&sim, &http, &[]).await;
    assert_eq!(grant.location, "eu");
    assert_eq!(
        trimmed(&grant.accounts_server),
        trimmed(&sim.second_accounts_url())
    );
    assert!(is_zoho_token(&grant.code));

    let tokens = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    let access_token = tokens["access_token"]
        .as_str()
        .expect("an access token")
        .to_owned();
    let refresh_token = tokens["refresh_token"]
        .as_str()
        .expect("a refresh token")
        .to_owned();
    assert!(is_zoho_token(&access_token) && is_zoho_token(&refresh_token));
    assert_eq!(tokens["api_domain"], trimmed(&sim.api_url()));
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 3600);
    assert_eq!(tokens["scope"], "ZohoCRM.org.READ");

    let org = crm_get(&http, &sim, "crm/v7/org", &access_token).await;
    assert_eq!(org.status(), StatusCode::OK);
    assert!(
        org.headers()[header::CONTENT_TYPE]
            .to_str()
            .is_ok_and(|value| value.starts_with("application/json"))
    );
    let (_, org) = json_of(org).await;
    let org = &org["org"][0];
    assert_eq!(org["company_name"], "Zylker Traders");
    assert!(org["id"].is_string());
    assert!(org["photo_id"].is_string(), "the sample org has a logo");

    let photo = crm_get(&http, &sim, "crm/v7/org/photo", &access_token).await;
    assert_eq!(photo.status(), StatusCode::OK);
    assert_eq!(photo.headers()[header::CONTENT_TYPE], "image/png");
    assert_eq!(
        photo.headers()[header::CONTENT_DISPOSITION],
        "attachment; filename=\"zylker-logo.png\""
    );
    let photo = photo.bytes().await.expect("the logo's bytes");
    assert_eq!(photo.as_ref(), SimPhoto::demo_png().bytes.as_slice());
    assert!(image::load_from_memory(&photo).is_ok(), "a real image");

    let refreshed = refresh(&http, &grant.accounts_server, &refresh_token).await;
    let new_access_token = refreshed["access_token"]
        .as_str()
        .expect("a new access token");
    assert_ne!(new_access_token, access_token);
    assert!(
        refreshed.get("refresh_token").is_none(),
        "Zoho never rotates the refresh token"
    );
    assert_eq!(refreshed["api_domain"], trimmed(&sim.api_url()));
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", new_access_token)
            .await
            .status(),
        StatusCode::OK
    );

    assert_eq!(
        revoke(&http, &grant.accounts_server, &refresh_token).await,
        StatusCode::OK
    );
    for token in [access_token.as_str(), new_access_token] {
        let rejected = crm_get(&http, &sim, "crm/v7/org", token).await;
        assert_zoho_error(rejected, 401, "INVALID_TOKEN", "invalid oauth token").await;
    }
    let after_revoke = refresh(&http, &grant.accounts_server, &refresh_token).await;
    assert_eq!(after_revoke, json!({"error": "invalid_code"}));

    let stats = sim.stats();
    assert_eq!(stats.auth_pages, 1);
    assert_eq!(stats.consent_answers, 1);
    assert_eq!(stats.code_exchanges, 1);
    assert_eq!(stats.refreshes, 2);
    assert_eq!(stats.token_requests, 3);
    assert_eq!(stats.revocations, 1);
    assert_eq!(stats.org_requests, 4);
    assert_eq!(stats.photo_requests, 1);
    assert_eq!(stats.faults_served, 0);
}

#[tokio::test]
async fn revoke_answers_success_by_query_or_form_and_400_for_unknown_tokens() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let eu = sim.second_accounts_url();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");

    // Revoking only an access token leaves its refresh token working.
    let revoke_url = eu.join("oauth/v2/token/revoke").expect("the revoke URL");
    let (status, body) =
        json_of(post_form(&http, &revoke_url, &[("token", &tokens.access_token)]).await).await;
    assert_eq!(
        (status, body),
        (StatusCode::OK, json!({"status": "success"}))
    );
    let rejected = crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    assert_eq!(rejected.status(), StatusCode::UNAUTHORIZED);
    let refreshed = refresh(&http, &eu, &tokens.refresh_token).await;
    assert!(refreshed["access_token"].is_string());

    assert_eq!(
        revoke(&http, &sim.accounts_url(), &tokens.refresh_token).await,
        StatusCode::BAD_REQUEST,
        "unknown at the other data centre"
    );
    assert_eq!(
        revoke(&http, &eu, "1000.nothing.known").await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        revoke(&http, &eu, &tokens.refresh_token).await,
        StatusCode::OK
    );
    assert_eq!(
        revoke(&http, &eu, &tokens.refresh_token).await,
        StatusCode::BAD_REQUEST,
        "already revoked"
    );
}

#[tokio::test]
async fn a_code_exchanged_at_the_wrong_data_centre_is_invalid_client() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let grant = sign_in(&sim, &http, &[]).await;

    let wrong = exchange(&http, &sim.accounts_url(), &grant.code, &grant.verifier).await;
    assert_eq!(wrong, json!({"error": "invalid_client"}));
    // A refused attempt does not use the code up.
    let right = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    assert!(right["access_token"].is_string());
}

#[tokio::test]
async fn the_home_data_centre_can_be_the_first_one() {
    let sim =
        Sim::start(SimOptions::default().home_data_centre(DataCentre::Us)).expect("the sim starts");
    let http = http();
    let grant = sign_in(&sim, &http, &[]).await;
    assert_eq!(grant.location, "us");
    assert_eq!(
        trimmed(&grant.accounts_server),
        trimmed(&sim.accounts_url())
    );
    let wrong = exchange(
        &http,
        &sim.second_accounts_url(),
        &grant.code,
        &grant.verifier,
    )
    .await;
    assert_eq!(wrong, json!({"error": "invalid_client"}));
    let right = exchange(&http, &sim.accounts_url(), &grant.code, &grant.verifier).await;
    assert!(right["access_token"].is_string());
}

#[tokio::test]
async fn a_code_works_once() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let grant = sign_in(&sim, &http, &[]).await;
    let first = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    assert!(first["access_token"].is_string());
    let replay = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    assert_eq!(replay, json!({"error": "invalid_code"}));
}

#[tokio::test]
async fn a_code_expires() {
    let sim = Sim::start(SimOptions::default().code_lifetime(Duration::from_millis(200)))
        .expect("the sim starts");
    let http = http();
    let grant = sign_in(&sim, &http, &[]).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let late = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    assert_eq!(late, json!({"error": "invalid_code"}));
}

#[tokio::test]
async fn the_code_verifier_must_match_the_challenge() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let grant = sign_in(&sim, &http, &[]).await;
    let other = pkce();
    let wrong = exchange(&http, &grant.accounts_server, &grant.code, &other.verifier).await;
    assert_eq!(wrong, json!({"error": "invalid_code"}));
    // The challenge itself is not the verifier (a "plain" client's mistake).
    let challenge_as_verifier = URL_SAFE_NO_PAD.encode(Sha256::digest(grant.verifier.as_bytes()));
    let plain = exchange(
        &http,
        &grant.accounts_server,
        &grant.code,
        &challenge_as_verifier,
    )
    .await;
    assert_eq!(plain, json!({"error": "invalid_code"}));
    let missing = exchange(&http, &grant.accounts_server, &grant.code, "").await;
    assert_eq!(missing, json!({"error": "invalid_code"}));
}

#[tokio::test]
async fn client_credentials_count_only_in_the_form_body() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let grant = sign_in(&sim, &http, &[]).await;
    let token_url = grant
        .accounts_server
        .join("oauth/v2/token")
        .expect("the token URL");

    let basic_only = http
        .post(token_url.clone())
        .basic_auth(DEMO_CLIENT_ID, Some(DEMO_CLIENT_SECRET))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(
            url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs([
                    ("grant_type", "authorization_code"),
                    ("redirect_uri", REDIRECT_URI),
                    ("code", grant.code.as_str()),
                    ("code_verifier", grant.verifier.as_str()),
                ])
                .finish(),
        )
        .send()
        .await
        .expect("the token endpoint answers");
    assert_eq!(
        json_of(basic_only).await,
        (StatusCode::OK, json!({"error": "invalid_client"}))
    );

    let in_query = {
        let mut url = token_url.clone();
        url.query_pairs_mut().extend_pairs([
            ("grant_type", "authorization_code"),
            ("client_id", DEMO_CLIENT_ID),
            ("client_secret", DEMO_CLIENT_SECRET),
            ("redirect_uri", REDIRECT_URI),
            ("code", grant.code.as_str()),
            ("code_verifier", grant.verifier.as_str()),
        ]);
        http.post(url)
            .send()
            .await
            .expect("the token endpoint answers")
    };
    assert_eq!(
        json_of(in_query).await.1,
        json!({"error": "invalid_client"})
    );

    let fields = |secret: &'static str, redirect_uri: &'static str| {
        vec![
            ("grant_type", "authorization_code".to_owned()),
            ("client_id", DEMO_CLIENT_ID.to_owned()),
            ("client_secret", secret.to_owned()),
            ("redirect_uri", redirect_uri.to_owned()),
            ("code", grant.code.clone()),
            ("code_verifier", grant.verifier.clone()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let http = http.clone();
        let token_url = token_url.clone();
        async move {
            let pairs: Vec<(&str, &str)> = fields
                .iter()
                .map(|(name, value)| (*name, value.as_str()))
                .collect();
            json_of(post_form(&http, &token_url, &pairs).await).await.1
        }
    };
    assert_eq!(
        send(fields("not-the-secret", REDIRECT_URI)).await,
        json!({"error": "invalid_client_secret"})
    );
    assert_eq!(
        send(fields(DEMO_CLIENT_SECRET, DEMO_REDIRECT_URIS[1])).await,
        json!({"error": "invalid_redirect_uri"}),
        "a different registered URI is still not the one used to sign in"
    );
    let mut unknown_grant = fields(DEMO_CLIENT_SECRET, REDIRECT_URI);
    unknown_grant[0].1 = "password".to_owned();
    assert_eq!(
        send(unknown_grant).await,
        json!({"error": "unsupported_grant_type"})
    );

    let as_json = http
        .post(token_url.clone())
        .header(header::CONTENT_TYPE, "application/json")
        .body(json!({"client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET}).to_string())
        .send()
        .await
        .expect("the token endpoint answers");
    assert_eq!(json_of(as_json).await.1, json!({"error": "invalid_client"}));

    // None of the refused requests used the code up.
    let tokens = send(fields(DEMO_CLIENT_SECRET, REDIRECT_URI)).await;
    assert!(tokens["access_token"].is_string());
}

#[tokio::test]
async fn an_unregistered_redirect_uri_or_client_gets_a_page_never_a_redirect() {
    let sim = Sim::start(
        SimOptions::default().redirect_uris([REDIRECT_URI, "https://app.example.com/callback"]),
    )
    .expect("the sim starts");
    let http = http();
    let pair = pkce();
    let refused = [
        ("redirect_uri", Some("http://127.0.0.1:17648/callback")),
        ("redirect_uri", Some("http://127.0.0.1:17645/callback/")),
        ("redirect_uri", Some("http://localhost:17645/callback")),
        ("redirect_uri", Some("http://127.0.0.1:17645/Callback")),
        ("redirect_uri", Some("https://app.example.com/callback")),
        ("redirect_uri", None),
        ("client_id", Some("1000.SOMEONEELSE")),
        ("client_id", None),
    ];
    for change in refused {
        let page = open_page(
            &http,
            &auth_url(&sim.accounts_url(), &pair.challenge, &[change]),
        )
        .await;
        assert_eq!(page.status(), StatusCode::BAD_REQUEST, "{change:?}");
        assert!(page.headers().get(header::LOCATION).is_none(), "{change:?}");
        assert!(
            page.headers()[header::CONTENT_TYPE]
                .to_str()
                .is_ok_and(|value| value.starts_with("text/html")),
            "{change:?}"
        );
        let html = page.text().await.expect("an error page");
        assert!(
            consent_ticket(&html).is_none(),
            "{change:?} must not reach the consent page"
        );
    }
}

#[tokio::test]
async fn bad_authorization_requests_redirect_back_with_an_oauth_error() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let pair = pkce();
    let cases: [(ParamChanges<'_>, &str); 8] = [
        (&[("response_type", None)], "unsupported_response_type"),
        (
            &[("response_type", Some("token"))],
            "unsupported_response_type",
        ),
        (&[("scope", Some("ZohoCRM.users.READ"))], "invalid_scope"),
        (
            &[("scope", Some("ZohoCRM.org.READ ZohoCRM.users.READ"))],
            "invalid_scope",
        ),
        (&[("code_challenge", None)], "invalid_request"),
        (&[("code_challenge", Some("too-short"))], "invalid_request"),
        (
            &[("code_challenge_method", Some("plain"))],
            "invalid_request",
        ),
        (&[("code_challenge_method", None)], "invalid_request"),
    ];
    for (changes, error) in cases {
        let response = open_page(
            &http,
            &auth_url(&sim.accounts_url(), &pair.challenge, changes),
        )
        .await;
        let params = redirect_params(&response, REDIRECT_URI);
        assert_eq!(
            params.get("error").map(String::as_str),
            Some(error),
            "{changes:?}"
        );
        assert_eq!(
            params.get("state").map(String::as_str),
            Some("state-123"),
            "{changes:?}"
        );
        assert!(!params.contains_key("code"), "{changes:?}");
    }

    let no_state = open_page(
        &http,
        &auth_url(&sim.accounts_url(), &pair.challenge, &[("state", None)]),
    )
    .await;
    let params = redirect_params(&no_state, REDIRECT_URI);
    assert_eq!(params["error"], "invalid_request");
    assert!(!params.contains_key("state"));

    // Comma-separated scopes, as Zoho wants them, are fine; ALL includes read.
    for scope in ["ZohoCRM.users.READ,ZohoCRM.org.READ", "ZohoCRM.org.ALL"] {
        let page = open_page(
            &http,
            &auth_url(
                &sim.accounts_url(),
                &pair.challenge,
                &[("scope", Some(scope))],
            ),
        )
        .await;
        assert_eq!(page.status(), StatusCode::OK, "{scope}");
    }
}

#[tokio::test]
async fn deny_redirects_with_access_denied_and_a_ticket_works_once() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let pair = pkce();
    let page = open_page(&http, &auth_url(&sim.accounts_url(), &pair.challenge, &[])).await;
    let html = page.text().await.expect("the consent page");
    for shown in [
        "Zylker Traders",
        "Allow",
        "Deny",
        "See your organization&#x27;s details and logo",
    ] {
        assert!(html.contains(shown), "the consent page shows {shown}");
    }
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external resources"
    );
    let ticket = consent_ticket(&html).expect("a ticket");

    let denied = answer(&http, &sim.accounts_url(), &ticket, "deny").await;
    let params = redirect_params(&denied, REDIRECT_URI);
    assert_eq!(
        params.get("error").map(String::as_str),
        Some("access_denied")
    );
    assert_eq!(params.get("state").map(String::as_str), Some("state-123"));
    assert!(!params.contains_key("code"));

    let again = answer(&http, &sim.accounts_url(), &ticket, "allow").await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert!(again.headers().get(header::LOCATION).is_none());
    assert_eq!(sim.stats().consent_answers, 2);
}

#[tokio::test]
async fn a_refresh_token_comes_only_with_offline_access_on_a_first_or_forced_consent() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens_for = |changes: &'static [(&'static str, Option<&'static str>)]| {
        let http = http.clone();
        let sim = &sim;
        async move {
            let grant = sign_in(sim, &http, changes).await;
            exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await
        }
    };
    let first_offline = tokens_for(&[("prompt", None)]).await;
    assert!(
        first_offline["refresh_token"].is_string(),
        "the first consent brings one"
    );
    let second_offline = tokens_for(&[("prompt", None)]).await;
    assert!(
        second_offline.get("refresh_token").is_none(),
        "a later one needs prompt=consent"
    );
    let online = tokens_for(&[("access_type", None)]).await;
    assert!(online["access_token"].is_string() && online.get("refresh_token").is_none());
    let forced = tokens_for(&[]).await;
    assert!(forced["refresh_token"].is_string());
}

#[tokio::test]
async fn the_eleventh_refresh_in_ten_minutes_is_throttled() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let eu = sim.second_accounts_url();
    for attempt in 1..=10 {
        let refreshed = refresh(&http, &eu, &tokens.refresh_token).await;
        assert!(refreshed["access_token"].is_string(), "refresh {attempt}");
    }
    let throttled = refresh(&http, &eu, &tokens.refresh_token).await;
    assert_eq!(
        throttled,
        json!({
            "error": "Access Denied",
            "error_description":
                "You have made too many requests continuously. Please try again after some time.",
            "status": "failure"
        })
    );
    // Another refresh token has its own allowance.
    let other = sim.mint_tokens("ZohoCRM.org.READ");
    assert!(refresh(&http, &eu, &other.refresh_token).await["access_token"].is_string());
    assert_eq!(sim.stats().refreshes, 12);
}

#[tokio::test]
async fn unknown_refresh_tokens_and_tokens_of_the_other_data_centre_are_invalid_code() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let unknown = refresh(&http, &sim.second_accounts_url(), "1000.abc.def").await;
    assert_eq!(unknown, json!({"error": "invalid_code"}));
    let elsewhere = refresh(&http, &sim.accounts_url(), &tokens.refresh_token).await;
    assert_eq!(elsewhere, json!({"error": "invalid_code"}));
}

#[tokio::test]
async fn the_crm_answers_zoho_error_bodies() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let org_url = sim.api_url().join("crm/v7/org").expect("the org URL");
    let photo_url = sim
        .api_url()
        .join("crm/v7/org/photo")
        .expect("the photo URL");
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");

    let no_header = http.get(org_url.clone()).send().await.expect("an answer");
    assert_zoho_error(
        no_header,
        401,
        "AUTHENTICATION_FAILURE",
        "Authentication failed",
    )
    .await;
    let bearer = http
        .get(photo_url.clone())
        .bearer_auth(&tokens.access_token)
        .send()
        .await
        .expect("an answer");
    assert_zoho_error(
        bearer,
        401,
        "AUTHENTICATION_FAILURE",
        "Authentication failed",
    )
    .await;
    let unknown = crm_get(&http, &sim, "crm/v7/org", "1000.0.0").await;
    assert_zoho_error(unknown, 401, "INVALID_TOKEN", "invalid oauth token").await;

    let users_only = sim.mint_tokens("ZohoCRM.users.READ");
    for path in ["crm/v7/org", "crm/v7/org/photo"] {
        let mismatch = crm_get(&http, &sim, path, &users_only.access_token).await;
        assert_zoho_error(mismatch, 401, "OAUTH_SCOPE_MISMATCH", "Unauthorized").await;
    }
    let all = sim.mint_tokens("ZohoCRM.org.ALL");
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", &all.access_token)
            .await
            .status(),
        StatusCode::OK
    );

    for (method, url) in [
        (reqwest::Method::POST, &org_url),
        (reqwest::Method::PUT, &org_url),
        // POST and DELETE on the photo are the logo writes (tests/sim_logo.rs).
        (reqwest::Method::PUT, &photo_url),
        (reqwest::Method::PATCH, &photo_url),
    ] {
        let response = http
            .request(method, url.clone())
            .header(
                header::AUTHORIZATION,
                format!("Zoho-oauthtoken {}", tokens.access_token),
            )
            .send()
            .await
            .expect("an answer");
        assert_zoho_error(
            response,
            400,
            "INVALID_REQUEST_METHOD",
            "The http request method type is not a valid one",
        )
        .await;
    }
    for path in ["crm/v7/orgs", "crm/v2/org", "crm/v7/org/photo/x", "nothing"] {
        let response = crm_get(&http, &sim, path, &tokens.access_token).await;
        assert_zoho_error(
            response,
            404,
            "INVALID_URL_PATTERN",
            "Please check if the URL trying to access is a correct one",
        )
        .await;
    }
}

#[tokio::test]
async fn access_tokens_expire_early_on_demand_and_by_lifetime() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", &tokens.access_token)
            .await
            .status(),
        StatusCode::OK
    );
    sim.expire_access_tokens();
    let expired = crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    assert_zoho_error(expired, 401, "INVALID_TOKEN", "invalid oauth token").await;
    let refreshed = refresh(&http, &sim.second_accounts_url(), &tokens.refresh_token).await;
    let fresh = refreshed["access_token"]
        .as_str()
        .expect("a new access token");
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", fresh).await.status(),
        StatusCode::OK
    );

    let short = Sim::start(SimOptions::default().access_token_lifetime(Duration::from_secs(1)))
        .expect("the sim starts");
    let tokens = short.mint_tokens("ZohoCRM.org.READ");
    let refreshed = refresh(&http, &short.second_accounts_url(), &tokens.refresh_token).await;
    assert_eq!(refreshed["expires_in"], 1);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let expired = crm_get(&http, &short, "crm/v7/org", &tokens.access_token).await;
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_org_without_a_logo_says_so() {
    let sim = Sim::start(SimOptions::default().photo(None)).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let (_, org) = json_of(crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await).await;
    assert!(org["org"][0]["photo_id"].is_null());
    let photo = crm_get(&http, &sim, "crm/v7/org/photo", &tokens.access_token).await;
    assert_eq!(photo.status(), StatusCode::NO_CONTENT);
    assert!(photo.bytes().await.expect("an empty body").is_empty());
}

#[tokio::test]
async fn org_and_photo_can_be_replaced() {
    let org = json!({"id": "1", "company_name": "Acme <&> Co", "brand_new_key": [1, 2]});
    let jpeg = SimPhoto::demo_jpeg();
    let sim = Sim::start(
        SimOptions::default()
            .org_json(org.clone())
            .photo(Some(jpeg.clone())),
    )
    .expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let (_, body) = json_of(crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await).await;
    assert_eq!(body, json!({"org": [org]}));
    let photo = crm_get(&http, &sim, "crm/v7/org/photo", &tokens.access_token).await;
    assert_eq!(photo.headers()[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(
        photo.headers()[header::CONTENT_DISPOSITION],
        "attachment; filename=\"zylker-logo.jpg\""
    );
    assert_eq!(
        photo.bytes().await.expect("bytes").as_ref(),
        jpeg.bytes.as_slice()
    );
}

#[tokio::test]
async fn zoho_error_faults_use_the_documented_status_and_message() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let table = [
        (
            "INVALID_REQUEST_METHOD",
            400,
            "The http request method type is not a valid one",
        ),
        ("OAUTH_SCOPE_MISMATCH", 401, "Unauthorized"),
        ("AUTHENTICATION_FAILURE", 401, "Authentication failed"),
        ("NO_PERMISSION", 403, "Permission denied to read"),
        (
            "INVALID_URL_PATTERN",
            404,
            "Please check if the URL trying to access is a correct one",
        ),
        ("INTERNAL_ERROR", 500, "Internal Server Error"),
        (
            "AUTHORIZATION_FAILED",
            400,
            "User does not have sufficient privilege to read organization data",
        ),
        ("INVALID_TOKEN", 401, "invalid oauth token"),
    ];
    for (code, status, message) in table {
        for (endpoint, path) in [
            (Endpoint::Org, "crm/v7/org"),
            (Endpoint::Photo, "crm/v7/org/photo"),
        ] {
            sim.set_fault(
                FaultRule::new(
                    endpoint,
                    Fault::ZohoError {
                        code: code.to_owned(),
                    },
                )
                .for_requests(1),
            );
            let response = crm_get(&http, &sim, path, &tokens.access_token).await;
            assert_zoho_error(response, status, code, message).await;
        }
    }
    // Each rule was for one request: the next ones are normal.
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", &tokens.access_token)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(sim.stats().faults_served, 16);
}

#[tokio::test]
async fn too_many_requests_answers_429_with_or_without_retry_after() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::TooManyRequests {
                retry_after_secs: Some(7),
            },
        )
        .for_requests(1),
    );
    sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::TooManyRequests {
                retry_after_secs: None,
            },
        )
        .for_requests(1),
    );
    let first = crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    assert_eq!(first.headers()[header::RETRY_AFTER], "7");
    let (status, body) = json_of(first).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body["code"], "TOO_MANY_REQUESTS");
    assert_eq!(body["status"], "error");
    let second = crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    assert_eq!(second.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(second.headers().get(header::RETRY_AFTER).is_none());
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", &tokens.access_token)
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn body_faults_damage_the_answer_as_described() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");

    sim.set_fault(FaultRule::new(Endpoint::Photo, Fault::NoPhoto).for_requests(1));
    let no_photo = crm_get(&http, &sim, "crm/v7/org/photo", &tokens.access_token).await;
    assert_eq!(no_photo.status(), StatusCode::NO_CONTENT);
    assert!(no_photo.bytes().await.expect("a body").is_empty());

    for (endpoint, path) in [
        (Endpoint::Org, "crm/v7/org"),
        (Endpoint::Photo, "crm/v7/org/photo"),
    ] {
        sim.set_fault(FaultRule::new(endpoint, Fault::MalformedJson).for_requests(1));
        let malformed = crm_get(&http, &sim, path, &tokens.access_token).await;
        assert_eq!(malformed.status(), StatusCode::OK);
        assert!(
            malformed.headers()[header::CONTENT_TYPE]
                .to_str()
                .is_ok_and(|value| value.starts_with("application/json"))
        );
        let body = malformed.bytes().await.expect("a body");
        assert!(!body.is_empty());
        assert!(
            serde_json::from_slice::<Value>(&body).is_err(),
            "{path}: not valid JSON"
        );

        sim.set_fault(FaultRule::new(endpoint, Fault::EmptyBody).for_requests(1));
        let empty = crm_get(&http, &sim, path, &tokens.access_token).await;
        assert_eq!(empty.status(), StatusCode::OK);
        assert_eq!(empty.content_length(), Some(0));
        let normal_type = if endpoint == Endpoint::Photo {
            "image/png"
        } else {
            "application/json"
        };
        assert!(
            empty.headers()[header::CONTENT_TYPE]
                .to_str()
                .is_ok_and(|value| value.starts_with(normal_type)),
            "{path}: the normal headers"
        );
        assert!(empty.bytes().await.expect("a body").is_empty());

        sim.set_fault(FaultRule::new(endpoint, Fault::CaptivePortal).for_requests(1));
        let portal = crm_get(&http, &sim, path, &tokens.access_token).await;
        assert_eq!(portal.status(), StatusCode::OK);
        assert!(
            portal.headers()[header::CONTENT_TYPE]
                .to_str()
                .is_ok_and(|value| value.starts_with("text/html"))
        );
        assert!(
            portal
                .text()
                .await
                .expect("a page")
                .starts_with("<!DOCTYPE html>")
        );

        sim.set_fault(FaultRule::new(endpoint, Fault::HtmlErrorPage).for_requests(1));
        let html = crm_get(&http, &sim, path, &tokens.access_token).await;
        assert_eq!(html.status(), StatusCode::BAD_GATEWAY);
        assert!(
            html.headers()[header::CONTENT_TYPE]
                .to_str()
                .is_ok_and(|value| value.starts_with("text/html"))
        );
        assert!(
            html.text()
                .await
                .expect("a page")
                .contains("502 Bad Gateway")
        );
    }

    let size = 10 * 1024 * 1024 + 1;
    sim.set_fault(
        FaultRule::new(Endpoint::Photo, Fault::OversizeBody { bytes: size }).for_requests(1),
    );
    let big = crm_get(&http, &sim, "crm/v7/org/photo", &tokens.access_token).await;
    assert_eq!(big.status(), StatusCode::OK);
    assert_eq!(big.content_length(), Some(size as u64));
    let body = big.bytes().await.expect("the whole oversize body");
    assert_eq!(body.len(), size);
    assert!(body.starts_with(&SimPhoto::demo_png().bytes));

    sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::OversizeBody {
                bytes: 1024 * 1024 + 1,
            },
        )
        .for_requests(1),
    );
    let big = crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    let body = big.bytes().await.expect("the whole oversize body");
    assert_eq!(body.len(), 1024 * 1024 + 1);
    let parsed: Value = serde_json::from_slice(&body).expect("padded JSON is still JSON");
    assert_eq!(parsed["org"][0]["company_name"], "Zylker Traders");

    sim.set_fault(
        FaultRule::new(Endpoint::Token, Fault::OversizeBody { bytes: 2048 }).for_requests(1),
    );
    let big = refresh(&http, &sim.second_accounts_url(), &tokens.refresh_token).await;
    assert!(big["access_token"].is_string(), "padded but well-formed");
}

/// Sends a raw HTTP/1.1 GET and returns every byte the server sent before closing.
async fn raw_get(base: &Url, path: &str, headers: &str) -> Vec<u8> {
    let address = format!(
        "{}:{}",
        base.host_str().expect("a host"),
        base.port().expect("a port")
    );
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("a connection");
    let request = format!("GET {path} HTTP/1.1\r\nHost: sim\r\n{headers}Connection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .await
        .expect("the request is sent");
    let mut received = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        match tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(read)) => received.extend_from_slice(&buffer[..read]),
            Err(_) => panic!("the server neither answered nor closed the connection"),
        }
    }
    received
}

fn split_head(response: &[u8]) -> (String, &[u8]) {
    let end = response
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a complete head");
    (
        String::from_utf8_lossy(&response[..end]).to_lowercase(),
        &response[end + 4..],
    )
}

#[tokio::test]
async fn a_truncated_body_promises_more_than_it_sends_then_closes() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let auth = format!("Authorization: Zoho-oauthtoken {}\r\n", tokens.access_token);
    let full_logo = SimPhoto::demo_png().bytes;
    for (endpoint, path) in [
        (Endpoint::Org, "/crm/v7/org"),
        (Endpoint::Photo, "/crm/v7/org/photo"),
    ] {
        let full = raw_get(&sim.api_url(), path, &auth).await;
        let (_, full_body) = split_head(&full);
        sim.set_fault(FaultRule::new(endpoint, Fault::TruncatedBody).for_requests(1));
        let cut = raw_get(&sim.api_url(), path, &auth).await;
        let (head, body) = split_head(&cut);
        assert!(head.starts_with("http/1.1 200"), "{head}");
        assert!(
            head.contains(&format!("content-length: {}", full_body.len())),
            "{head}"
        );
        assert_eq!(
            body.len(),
            full_body.len() / 2,
            "{path}: half the body, then the end"
        );
        assert_eq!(body, &full_body[..body.len()]);
        if endpoint == Endpoint::Photo {
            assert_eq!(full_body, full_logo.as_slice());
        }
    }
    // reqwest sees it as a failed body, not a short success.
    let http = http();
    sim.set_fault(FaultRule::new(Endpoint::Org, Fault::TruncatedBody).for_requests(1));
    let response = crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    assert!(response.bytes().await.is_err());
}

#[tokio::test]
async fn offline_drops_the_connection_without_any_reply() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let auth = format!("Authorization: Zoho-oauthtoken {}\r\n", tokens.access_token);
    sim.set_fault(FaultRule::new(Endpoint::Org, Fault::Offline).for_requests(1));
    let nothing = raw_get(&sim.api_url(), "/crm/v7/org", &auth).await;
    assert!(
        nothing.is_empty(),
        "got {:?}",
        String::from_utf8_lossy(&nothing)
    );

    sim.set_fault(FaultRule::new(Endpoint::Token, Fault::Offline));
    let token_url = sim
        .second_accounts_url()
        .join("oauth/v2/token")
        .expect("the token URL");
    let error = http
        .post(token_url.clone())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("grant_type=refresh_token")
        .send()
        .await
        .expect_err("no HTTP reply at all");
    assert!(!error.is_status() && !error.is_timeout(), "{error}");
    sim.clear_faults();
    let (status, _) =
        json_of(post_form(&http, &token_url, &[("grant_type", "refresh_token")]).await).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "clear_faults brings the network back"
    );
    assert_eq!(
        crm_get(&http, &sim, "crm/v7/org", &tokens.access_token)
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(sim.stats().faults_served, 2);
}

#[tokio::test]
async fn token_error_faults_answer_like_zoho_accounts() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    sim.set_fault(
        FaultRule::new(
            Endpoint::Token,
            Fault::TokenError {
                error: "invalid_code".to_owned(),
                description: None,
            },
        )
        .for_requests(1),
    );
    sim.set_fault(
        FaultRule::new(
            Endpoint::Token,
            Fault::TokenError {
                error: "Access Denied".to_owned(),
                description: Some("Too many".to_owned()),
            },
        )
        .for_requests(1),
    );
    let eu = sim.second_accounts_url();
    assert_eq!(
        refresh(&http, &eu, &tokens.refresh_token).await,
        json!({"error": "invalid_code"})
    );
    assert_eq!(
        refresh(&http, &eu, &tokens.refresh_token).await,
        json!({"error": "Access Denied", "error_description": "Too many"})
    );
    assert!(refresh(&http, &eu, &tokens.refresh_token).await["access_token"].is_string());
    assert_eq!(sim.stats().refreshes, 3, "faulted refreshes count too");

    sim.set_fault(
        FaultRule::new(
            Endpoint::Authorize,
            Fault::TokenError {
                error: "access_denied".to_owned(),
                description: None,
            },
        )
        .for_requests(1),
    );
    let pair = pkce();
    let refused = open_page(&http, &auth_url(&sim.accounts_url(), &pair.challenge, &[])).await;
    let params = redirect_params(&refused, REDIRECT_URI);
    assert_eq!(params["error"], "access_denied");
    assert_eq!(params["state"], "state-123");
    assert_eq!(sim.stats().auth_pages, 1);
}

#[tokio::test]
async fn faults_on_accounts_endpoints_damage_their_answers_too() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let eu = sim.second_accounts_url();
    let token_url = eu.join("oauth/v2/token").expect("the token URL");
    let refresh_form = [
        ("grant_type", "refresh_token"),
        ("client_id", DEMO_CLIENT_ID),
        ("client_secret", DEMO_CLIENT_SECRET),
        ("refresh_token", tokens.refresh_token.as_str()),
    ];

    sim.set_fault(FaultRule::new(Endpoint::Token, Fault::MalformedJson).for_requests(1));
    let body = post_form(&http, &token_url, &refresh_form)
        .await
        .bytes()
        .await
        .expect("a body");
    assert!(serde_json::from_slice::<Value>(&body).is_err());

    sim.set_fault(FaultRule::new(Endpoint::Token, Fault::HtmlErrorPage).for_requests(1));
    assert_eq!(
        post_form(&http, &token_url, &refresh_form).await.status(),
        StatusCode::BAD_GATEWAY
    );

    sim.set_fault(
        FaultRule::new(
            Endpoint::Revoke,
            Fault::ZohoError {
                code: "INTERNAL_ERROR".to_owned(),
            },
        )
        .for_requests(1),
    );
    assert_eq!(
        revoke(&http, &eu, &tokens.refresh_token).await,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    assert_eq!(
        revoke(&http, &eu, &tokens.refresh_token).await,
        StatusCode::OK,
        "the fault was for one request"
    );

    sim.set_fault(FaultRule::new(Endpoint::Authorize, Fault::HtmlErrorPage).for_requests(1));
    let pair = pkce();
    let page = open_page(&http, &auth_url(&sim.accounts_url(), &pair.challenge, &[])).await;
    assert_eq!(page.status(), StatusCode::BAD_GATEWAY);
}

#[tokio::test]
async fn latency_delays_answers_and_concurrent_requests_are_measured() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let tokens = sim.mint_tokens("ZohoCRM.org.READ");
    let latency = Duration::from_millis(300);
    sim.set_latency(Endpoint::Org, latency);
    sim.set_latency(Endpoint::Photo, latency);

    let started = std::time::Instant::now();
    let (org, photo) = tokio::join!(
        crm_get(&http, &sim, "crm/v7/org", &tokens.access_token),
        crm_get(&http, &sim, "crm/v7/org/photo", &tokens.access_token),
    );
    let elapsed = started.elapsed();
    assert_eq!(
        (org.status(), photo.status()),
        (StatusCode::OK, StatusCode::OK)
    );
    // Time only bounds from below under load; the sim's counters tell the rest.
    assert!(elapsed >= latency, "{elapsed:?}");
    let stats = sim.stats();
    assert_eq!(stats.delayed_requests, 2);
    assert_eq!(stats.peak_concurrent_crm_requests, 2, "served side by side");

    sim.set_latency(Endpoint::Org, Duration::ZERO);
    crm_get(&http, &sim, "crm/v7/org", &tokens.access_token).await;
    let stats = sim.stats();
    assert_eq!(stats.org_requests, 2);
    assert_eq!(stats.delayed_requests, 2, "zero removes the delay");
}

#[test]
fn it_works_from_sync_code_and_stops_when_dropped() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let address = format!(
        "{}:{}",
        sim.api_url().host_str().expect("a host"),
        sim.api_url().port().expect("a port")
    );
    let mut stream = std::net::TcpStream::connect(&address).expect("the CRM listens");
    std::io::Write::write_all(
        &mut stream,
        b"GET /crm/v7/org HTTP/1.1\r\nHost: sim\r\nConnection: close\r\n\r\n",
    )
    .expect("the request is sent");
    let mut answer = String::new();
    std::io::Read::read_to_string(&mut stream, &mut answer).expect("an answer");
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    assert!(answer.contains("AUTHENTICATION_FAILURE"));

    let describe = sim.describe();
    for shown in [
        trimmed(&sim.accounts_url()),
        trimmed(&sim.second_accounts_url()),
        trimmed(&sim.api_url()),
        DEMO_CLIENT_ID.to_owned(),
        DEMO_CLIENT_SECRET.to_owned(),
    ]
    .into_iter()
    .chain(DEMO_REDIRECT_URIS.map(str::to_owned))
    {
        assert!(
            describe.contains(&shown),
            "describe() shows {shown}:\n{describe}"
        );
    }

    drop(sim);
    assert!(
        std::net::TcpStream::connect(&address).is_err(),
        "nothing listens after the drop"
    );
}

// Several orgs: one user, an org picked on the consent page, everything bound to that org
// (zoho.md §9.1).

/// The demo's three orgs: production (EU), sandbox (EU), developer (US).
fn demo_orgs(sim: &Sim) -> (SimOrg, SimOrg, SimOrg) {
    match sim.orgs() {
        [production, sandbox, developer] => {
            (production.clone(), sandbox.clone(), developer.clone())
        }
        other => panic!("the demo has three orgs, not {}", other.len()),
    }
}

/// The org object `/crm/v7/org` answers at `api` for `access_token`, which must work there.
async fn org_at(http: &Client, api: &Url, access_token: &str) -> Value {
    let (status, body) = json_of(crm_get_at(http, api, "crm/v7/org", access_token).await).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["org"][0].clone()
}

fn minted(sim: &Sim, org: &SimOrg) -> SimTokens {
    sim.mint_tokens_for(&org.id, "ZohoCRM.org.READ")
        .expect("the user belongs to the org")
}

#[tokio::test]
async fn the_consent_page_offers_every_org_with_the_first_preselected() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let (production, sandbox, developer) = demo_orgs(&sim);
    assert_eq!(
        (
            production.environment.as_str(),
            sandbox.environment.as_str(),
            developer.environment.as_str()
        ),
        (PRODUCTION, SANDBOX, DEVELOPER)
    );
    assert_eq!(
        [
            production.data_centre,
            sandbox.data_centre,
            developer.data_centre
        ],
        [DataCentre::Eu, DataCentre::Eu, DataCentre::Us]
    );
    let pair = pkce();
    let page = open_page(
        &http(),
        &auth_url(&sim.accounts_url(), &pair.challenge, &[]),
    )
    .await;
    let html = page.text().await.expect("the consent page");
    assert_eq!(
        consent_orgs(&html),
        [
            production.id.clone(),
            sandbox.id.clone(),
            developer.id.clone()
        ]
    );
    assert!(html.contains(&format!(r#"name="org" value="{}" checked"#, production.id)));
    for shown in [
        "Zylker Traders</strong>",
        "Zylker Traders (Sandbox)</strong>",
        "Zylker Labs</strong>",
        "Sandbox · data centre EU",
        "Developer · data centre US",
    ] {
        assert!(html.contains(shown), "the page shows {shown}");
    }
}

#[tokio::test]
async fn without_an_org_choice_the_first_org_is_signed_in() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, _, _) = demo_orgs(&sim);
    let grant = sign_in(&sim, &http, &[]).await;
    let tokens = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    let access_token = tokens["access_token"].as_str().expect("an access token");
    let org = org_at(&http, &sim.api_url(), access_token).await;
    assert_eq!(org["id"], production.id.as_str());
}

#[tokio::test]
async fn picking_the_sandbox_gives_a_token_that_reads_the_sandbox() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, sandbox, _) = demo_orgs(&sim);
    let grant = sign_in_to(&sim, &http, Some(&sandbox.id), &[]).await;
    assert_eq!(grant.location, "eu");
    assert_eq!(
        trimmed(&grant.accounts_server),
        trimmed(&sim.accounts_url_for(DataCentre::Eu))
    );
    let tokens = exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await;
    assert_eq!(
        tokens["api_domain"],
        trimmed(&sim.api_url_for(DataCentre::Eu))
    );
    let access_token = tokens["access_token"].as_str().expect("an access token");

    let org = org_at(&http, &sim.api_url_for(DataCentre::Eu), access_token).await;
    assert_eq!(org["id"], sandbox.id.as_str());
    assert_eq!(org["zgid"], sandbox.zgid.as_str());
    assert_eq!(org["company_name"], "Zylker Traders (Sandbox)");
    assert_eq!(org["domain_name"], "zylkertraderssandbox");
    assert_eq!(org["type"], SANDBOX);
    assert_ne!(
        org["license_details"]["users_license_purchased"],
        json!(25),
        "the sandbox has its own licence"
    );
    let photo = crm_get(&http, &sim, "crm/v7/org/photo", access_token).await;
    assert_eq!(photo.status(), StatusCode::OK);
    let photo = photo.bytes().await.expect("the logo's bytes");
    assert_eq!(
        photo.as_ref(),
        sandbox
            .photo
            .as_ref()
            .expect("a sandbox logo")
            .bytes
            .as_slice()
    );
    assert_ne!(
        photo.as_ref(),
        production.photo.as_ref().expect("a logo").bytes.as_slice(),
        "a visibly different logo"
    );
    let stats = sim.org_stats(&sandbox.id).expect("the sandbox's counters");
    assert_eq!(
        (
            stats.code_exchanges,
            stats.org_requests,
            stats.photo_requests
        ),
        (1, 1, 1)
    );
    assert_eq!(
        sim.org_stats(&production.id),
        Some(Default::default()),
        "nothing was asked of production"
    );
}

#[tokio::test]
async fn the_developer_org_lives_in_the_us_and_only_there() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (_, _, developer) = demo_orgs(&sim);
    let us = sim.accounts_url_for(DataCentre::Us);
    let eu = sim.accounts_url_for(DataCentre::Eu);
    let grant = sign_in_to(&sim, &http, Some(&developer.id), &[]).await;
    assert_eq!(grant.location, "us");
    assert_eq!(trimmed(&grant.accounts_server), trimmed(&us));

    let elsewhere = exchange(&http, &eu, &grant.code, &grant.verifier).await;
    assert_eq!(elsewhere, json!({"error": "invalid_client"}));
    let tokens = exchange(&http, &us, &grant.code, &grant.verifier).await;
    assert_eq!(
        tokens["api_domain"],
        trimmed(&sim.api_url_for(DataCentre::Us))
    );
    let access_token = tokens["access_token"].as_str().expect("an access token");
    let refresh_token = tokens["refresh_token"].as_str().expect("a refresh token");

    let org = org_at(&http, &sim.api_url_for(DataCentre::Us), access_token).await;
    assert_eq!(org["id"], developer.id.as_str());
    assert_eq!(org["company_name"], "Zylker Labs");
    assert_eq!(org["type"], DEVELOPER);
    for path in ["crm/v7/org", "crm/v7/org/photo"] {
        let at_eu = crm_get_at(&http, &sim.api_url_for(DataCentre::Eu), path, access_token).await;
        assert_zoho_error(at_eu, 401, "INVALID_TOKEN", "invalid oauth token").await;
    }

    assert_eq!(
        refresh(&http, &eu, refresh_token).await,
        json!({"error": "invalid_code"})
    );
    let refreshed = refresh(&http, &us, refresh_token).await;
    assert_eq!(
        refreshed["api_domain"],
        trimmed(&sim.api_url_for(DataCentre::Us))
    );
    assert_eq!(
        revoke(&http, &eu, refresh_token).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(revoke(&http, &us, refresh_token).await, StatusCode::OK);
}

#[tokio::test]
async fn an_org_the_user_is_not_in_gets_a_page_and_the_consent_can_be_answered_again() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (_, sandbox, _) = demo_orgs(&sim);
    let pair = pkce();
    let page = open_page(&http, &auth_url(&sim.accounts_url(), &pair.challenge, &[])).await;
    let ticket = consent_ticket(&page.text().await.expect("the page")).expect("a ticket");
    let consent_url = sim
        .accounts_url()
        .join(CONSENT_PATH)
        .expect("the consent URL");

    let unknown = post_form(
        &http,
        &consent_url,
        &[("ticket", &ticket), ("decision", "allow"), ("org", "999")],
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    assert!(
        unknown.headers().get(header::LOCATION).is_none(),
        "no redirect"
    );

    let picked = post_form(
        &http,
        &consent_url,
        &[
            ("ticket", &ticket),
            ("decision", "allow"),
            ("org", &sandbox.id),
        ],
    )
    .await;
    assert!(redirect_params(&picked, REDIRECT_URI)["code"].starts_with("1000."));
}

#[tokio::test]
async fn a_token_reads_its_own_org_and_never_another() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, sandbox, developer) = demo_orgs(&sim);
    for org in [&production, &sandbox, &developer] {
        let tokens = minted(&sim, org);
        let api = sim.api_url_for(org.data_centre);
        assert_eq!(
            org_at(&http, &api, &tokens.access_token).await["id"],
            org.id.as_str()
        );
        let other_api = sim.api_url_for(match org.data_centre {
            DataCentre::Eu => DataCentre::Us,
            DataCentre::Us => DataCentre::Eu,
        });
        let elsewhere = crm_get_at(&http, &other_api, "crm/v7/org", &tokens.access_token).await;
        assert_eq!(elsewhere.status(), StatusCode::UNAUTHORIZED);
    }
    assert!(sim.mint_tokens_for("999", "ZohoCRM.org.READ").is_none());
}

#[tokio::test]
async fn revoking_one_orgs_refresh_token_leaves_the_other_orgs_signed_in() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, sandbox, developer) = demo_orgs(&sim);
    let eu = sim.accounts_url_for(DataCentre::Eu);
    let production_tokens = minted(&sim, &production);
    let sandbox_tokens = minted(&sim, &sandbox);
    let developer_tokens = minted(&sim, &developer);

    assert_eq!(
        revoke(&http, &eu, &production_tokens.refresh_token).await,
        StatusCode::OK
    );
    assert_eq!(
        refresh(&http, &eu, &production_tokens.refresh_token).await,
        json!({"error": "invalid_code"})
    );
    let revoked = crm_get(&http, &sim, "crm/v7/org", &production_tokens.access_token).await;
    assert_zoho_error(revoked, 401, "INVALID_TOKEN", "invalid oauth token").await;

    let eu_api = sim.api_url_for(DataCentre::Eu);
    assert_eq!(
        org_at(&http, &eu_api, &sandbox_tokens.access_token).await["id"],
        sandbox.id.as_str()
    );
    assert!(refresh(&http, &eu, &sandbox_tokens.refresh_token).await["access_token"].is_string());
    let us_api = sim.api_url_for(DataCentre::Us);
    assert_eq!(
        org_at(&http, &us_api, &developer_tokens.access_token).await["id"],
        developer.id.as_str()
    );
}

#[tokio::test]
async fn every_orgs_refresh_token_mints_at_most_ten_access_tokens_in_ten_minutes() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, _, developer) = demo_orgs(&sim);
    let us = sim.accounts_url_for(DataCentre::Us);
    let tokens = minted(&sim, &developer);
    for attempt in 1..=10 {
        let refreshed = refresh(&http, &us, &tokens.refresh_token).await;
        assert!(refreshed["access_token"].is_string(), "refresh {attempt}");
    }
    // zoho.md §9.1: HTTP 200 (checked by `refresh`) and "Access Denied".
    assert_eq!(
        refresh(&http, &us, &tokens.refresh_token).await["error"],
        "Access Denied"
    );
    let stats = sim
        .org_stats(&developer.id)
        .expect("the developer org's counters");
    assert_eq!(stats.refreshes, 11);
    assert_eq!(
        stats.access_tokens_minted, 11,
        "the first from the mint, ten refreshes"
    );
    assert_eq!(
        sim.org_stats(&production.id).map(|stats| stats.refreshes),
        Some(0)
    );
}

#[tokio::test]
async fn a_fault_for_one_org_hits_only_that_orgs_requests() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, sandbox, developer) = demo_orgs(&sim);
    let production_tokens = minted(&sim, &production);
    let sandbox_tokens = minted(&sim, &sandbox);
    let developer_tokens = minted(&sim, &developer);
    sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::ZohoError {
                code: "INTERNAL_ERROR".to_owned(),
            },
        )
        .for_org(&sandbox.id),
    );
    sim.set_fault(
        FaultRule::new(
            Endpoint::Token,
            Fault::TokenError {
                error: "invalid_code".to_owned(),
                description: None,
            },
        )
        .for_org(&developer.id)
        .for_requests(1),
    );

    let eu_api = sim.api_url_for(DataCentre::Eu);
    assert_eq!(
        org_at(&http, &eu_api, &production_tokens.access_token).await["id"],
        production.id.as_str()
    );
    let failed = crm_get_at(&http, &eu_api, "crm/v7/org", &sandbox_tokens.access_token).await;
    assert_zoho_error(failed, 500, "INTERNAL_ERROR", "Internal Server Error").await;

    let eu = sim.accounts_url_for(DataCentre::Eu);
    let us = sim.accounts_url_for(DataCentre::Us);
    assert!(
        refresh(&http, &eu, &production_tokens.refresh_token).await["access_token"].is_string()
    );
    assert_eq!(
        refresh(&http, &us, &developer_tokens.refresh_token).await,
        json!({"error": "invalid_code"})
    );
    assert!(refresh(&http, &us, &developer_tokens.refresh_token).await["access_token"].is_string());

    let faults = |org: &SimOrg| sim.org_stats(&org.id).map(|stats| stats.faults_served);
    assert_eq!(faults(&production), Some(0));
    assert_eq!(faults(&sandbox), Some(1));
    assert_eq!(faults(&developer), Some(1));
    assert_eq!(sim.stats().faults_served, 2);
}

#[tokio::test]
async fn generated_orgs_are_distinct_and_each_is_served_in_its_data_centre() {
    let sim = Sim::start(SimOptions::default().generated_orgs(7)).expect("the sim starts");
    let http = http();
    let orgs = sim.orgs().to_vec();
    assert_eq!(orgs.len(), 7);
    let pair = pkce();
    let page = open_page(&http, &auth_url(&sim.accounts_url(), &pair.challenge, &[])).await;
    let offered = consent_orgs(&page.text().await.expect("the consent page"));
    assert_eq!(
        offered,
        orgs.iter().map(|org| org.id.clone()).collect::<Vec<_>>()
    );

    let mut logos = Vec::new();
    for org in &orgs {
        let tokens = minted(&sim, org);
        let api = sim.api_url_for(org.data_centre);
        let served = org_at(&http, &api, &tokens.access_token).await;
        assert_eq!(served["id"], org.id.as_str());
        assert_eq!(served["company_name"], org.company_name.as_str());
        assert_eq!(served["domain_name"], org.domain_name.as_str());
        assert_eq!(served["type"], org.environment.as_str());
        let photo = crm_get_at(&http, &api, "crm/v7/org/photo", &tokens.access_token).await;
        assert_eq!(photo.headers()[header::CONTENT_TYPE], "image/png");
        logos.push(photo.bytes().await.expect("a logo").to_vec());
    }
    let distinct = |values: Vec<&str>| {
        values
            .into_iter()
            .collect::<std::collections::HashSet<_>>()
            .len()
    };
    assert_eq!(
        distinct(orgs.iter().map(|org| org.id.as_str()).collect()),
        7
    );
    assert_eq!(
        distinct(orgs.iter().map(|org| org.zgid.as_str()).collect()),
        7
    );
    assert_eq!(
        distinct(orgs.iter().map(|org| org.company_name.as_str()).collect()),
        7
    );
    assert_eq!(
        distinct(orgs.iter().map(|org| org.domain_name.as_str()).collect()),
        7
    );
    logos.sort();
    logos.dedup();
    assert_eq!(logos.len(), 7, "every org has its own logo");
    for data_centre in [DataCentre::Eu, DataCentre::Us] {
        assert!(orgs.iter().any(|org| org.data_centre == data_centre));
    }
}

#[tokio::test]
async fn consenting_for_a_new_org_is_a_first_consent() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let http = http();
    let (production, sandbox, _) = demo_orgs(&sim);
    let offline_without_prompt: ParamChanges<'_> = &[("prompt", None)];
    let refresh_token_for = |org_id: String| {
        let http = http.clone();
        let sim = &sim;
        async move {
            let grant = sign_in_to(sim, &http, Some(&org_id), offline_without_prompt).await;
            exchange(&http, &grant.accounts_server, &grant.code, &grant.verifier).await
                ["refresh_token"]
                .is_string()
        }
    };
    assert!(refresh_token_for(production.id.clone()).await);
    assert!(
        !refresh_token_for(production.id.clone()).await,
        "consented before"
    );
    assert!(
        refresh_token_for(sandbox.id.clone()).await,
        "tokens are per org, so the sandbox's consent is a first one"
    );
}

#[test]
fn the_first_org_decides_api_url_and_describe_names_every_org_and_both_apis() {
    let sim =
        Sim::start(SimOptions::default().home_data_centre(DataCentre::Us)).expect("the sim starts");
    assert_eq!(sim.orgs()[0].data_centre, DataCentre::Us);
    assert_eq!(sim.api_url(), sim.api_url_for(DataCentre::Us));
    assert_ne!(
        sim.api_url_for(DataCentre::Us),
        sim.api_url_for(DataCentre::Eu)
    );
    let describe = sim.describe();
    for shown in [
        trimmed(&sim.api_url_for(DataCentre::Us)),
        trimmed(&sim.api_url_for(DataCentre::Eu)),
    ]
    .into_iter()
    .chain(
        sim.orgs()
            .iter()
            .flat_map(|org| [org.id.clone(), org.company_name.clone()]),
    ) {
        assert!(
            describe.contains(&shown),
            "describe() shows {shown}:\n{describe}"
        );
    }
}

#[test]
fn a_sim_without_orgs_or_with_one_id_twice_does_not_start() {
    let none = Sim::start(SimOptions::default().orgs(Vec::new()));
    assert!(matches!(none, Err(SimError::Orgs(_))), "no org at all");
    let twice = Sim::start(
        SimOptions::default().orgs(vec![SimOrg::zylker_traders(), SimOrg::zylker_traders()]),
    );
    assert!(matches!(twice, Err(SimError::Orgs(_))), "one ID twice");
}
