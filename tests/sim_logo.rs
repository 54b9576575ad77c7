//! The simulated Zoho's logo writes over real sockets: `POST` and `DELETE /crm/v7/org/photo`
//! with Zoho's rules (one part named `file`, 1 MB and 10 megapixels, an image, a write scope),
//! the change served afterwards, and the one-time grant without a refresh token.

#![expect(
    clippy::expect_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use image::ImageFormat;
use reqwest::{Client, StatusCode, header};
use serde_json::Value;
use url::Url;
use zoho_org_viewer::sim::{DEMO_REDIRECT_URIS, Sim, SimOptions, SimOrg};

use support::browser::{Browser, query_param};
use support::images::{encode, flat, noise};

const WRITE: &str = "ZohoCRM.org.ALL";
const READ: &str = "ZohoCRM.org.READ";

fn http() -> Client {
    zoho_org_viewer::zoho::http::install_tls_crypto();
    Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .build()
        .expect("an HTTP client")
}

/// A multipart body with one part per `(name, bytes)`, written by hand so that the sim's parser
/// is checked against the RFC's shape rather than against the app's own writer.
fn multipart(parts: &[(&str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "sim-test-boundary-7f3a";
    let mut body = Vec::new();
    for (name, bytes) in parts {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"logo.png\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn upload(sim: &Sim, token: &str, parts: &[(&str, &[u8])]) -> (StatusCode, Value) {
    let (content_type, body) = multipart(parts);
    let response = http()
        .post(photo_url(sim))
        .header(header::AUTHORIZATION, format!("Zoho-oauthtoken {token}"))
        .header(header::CONTENT_TYPE, content_type)
        .body(body)
        .send()
        .await
        .expect("the sim answers");
    let status = response.status();
    (status, json(response).await)
}

async fn delete(sim: &Sim, token: &str) -> (StatusCode, Value) {
    let response = http()
        .delete(photo_url(sim))
        .header(header::AUTHORIZATION, format!("Zoho-oauthtoken {token}"))
        .send()
        .await
        .expect("the sim answers");
    let status = response.status();
    (status, json(response).await)
}

async fn json(response: reqwest::Response) -> Value {
    let bytes = response.bytes().await.expect("a body");
    serde_json::from_slice(&bytes).expect("a JSON answer")
}

fn photo_url(sim: &Sim) -> Url {
    sim.api_url().join("crm/v7/org/photo").expect("a URL")
}

async fn photo_id(sim: &Sim, token: &str) -> Value {
    let org = http()
        .get(sim.api_url().join("crm/v7/org").expect("a URL"))
        .header(header::AUTHORIZATION, format!("Zoho-oauthtoken {token}"))
        .send()
        .await
        .expect("the sim answers");
    let org = json(org).await;
    org["org"][0]["photo_id"].clone()
}

async fn served_photo(sim: &Sim, token: &str) -> (StatusCode, Vec<u8>) {
    let response = http()
        .get(photo_url(sim))
        .header(header::AUTHORIZATION, format!("Zoho-oauthtoken {token}"))
        .send()
        .await
        .expect("the sim answers");
    let status = response.status();
    (status, response.bytes().await.expect("a body").to_vec())
}

fn production() -> &'static str {
    "4876876000000020005"
}

#[tokio::test]
async fn an_upload_within_the_limits_is_served_and_changes_the_photo_id() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let token = sim.mint_tokens(WRITE).access_token;
    let before = photo_id(&sim, &token).await;
    let logo = encode(&noise(64, 32), ImageFormat::Png);

    let (status, answer) = upload(&sim, &token, &[("file", &logo)]).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["code"], "SUCCESS");
    assert_eq!(answer["message"], "photo uploaded successfully");

    assert_eq!(
        served_photo(&sim, &token).await,
        (StatusCode::OK, logo.clone())
    );
    let after = photo_id(&sim, &token).await;
    assert!(after.is_string() && after != before, "{before} → {after}");
    assert_eq!(
        sim.current_photo(production()).map(|photo| photo.bytes),
        Some(logo)
    );
    assert_eq!(sim.stats().photo_uploads, 1);
    assert_eq!(
        sim.org_stats(production()).map(|stats| stats.photo_uploads),
        Some(1)
    );
    let writes = sim.photo_writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].scopes, vec![WRITE.to_owned()]);
    assert_eq!(writes[0].org_id.as_deref(), Some(production()));
    // The other orgs keep their logos.
    let sandbox = sim
        .org("4876876000004120011")
        .and_then(|org| org.photo.clone());
    assert_eq!(sim.current_photo("4876876000004120011"), sandbox);
}

#[tokio::test]
async fn over_one_megabyte_or_ten_megapixels_is_refused_with_zohos_size_error() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let token = sim.mint_tokens(WRITE).access_token;
    let heavy = encode(&noise(700, 700), ImageFormat::Png);
    assert!(heavy.len() > 1024 * 1024, "{} bytes", heavy.len());
    let (status, answer) = upload(&sim, &token, &[("file", &heavy)]).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(answer["code"], "FILE_SIZE_MORE_THAN_ALLOWED_SIZE");

    let wide = encode(&flat(4000, 2501), ImageFormat::Png);
    assert!(wide.len() < 1024 * 1024);
    let (status, answer) = upload(&sim, &token, &[("file", &wide)]).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(answer["code"], "FILE_SIZE_MORE_THAN_ALLOWED_SIZE");

    // Exactly ten megapixels is still fine.
    let (status, answer) = upload(
        &sim,
        &token,
        &[("file", &encode(&flat(4000, 2500), ImageFormat::Png))],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

#[tokio::test]
async fn not_an_image_no_file_or_two_files_are_invalid_data() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let token = sim.mint_tokens(WRITE).access_token;
    let logo = encode(&noise(8, 8), ImageFormat::Png);
    let cases: [&[(&str, &[u8])]; 4] = [
        &[("file", b"%PDF-1.7 not a picture")],
        &[("photo", &logo)],
        &[("file", &logo), ("file", &logo)],
        &[],
    ];
    for parts in cases {
        let (status, answer) = upload(&sim, &token, parts).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
        assert_eq!(answer["code"], "INVALID_DATA");
    }
    let original = sim.org(production()).and_then(|org| org.photo.clone());
    assert_eq!(sim.current_photo(production()), original, "nothing changed");
}

#[tokio::test]
async fn a_read_only_token_cannot_write_and_nothing_changes() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let token = sim.mint_tokens(READ).access_token;
    let before = photo_id(&sim, &token).await;
    let logo = encode(&noise(8, 8), ImageFormat::Png);
    let (status, answer) = upload(&sim, &token, &[("file", &logo)]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer["code"], "OAUTH_SCOPE_MISMATCH");
    let (status, answer) = delete(&sim, &token).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer["code"], "OAUTH_SCOPE_MISMATCH");
    assert_eq!(photo_id(&sim, &token).await, before);
    assert_eq!(served_photo(&sim, &token).await.0, StatusCode::OK);
    let writes = sim.photo_writes();
    assert_eq!(writes.len(), 2);
    assert!(
        writes
            .iter()
            .all(|write| write.scopes == vec![READ.to_owned()]
                && write.code == "OAUTH_SCOPE_MISMATCH")
    );
}

#[tokio::test]
async fn a_removal_leaves_no_logo_and_no_photo_id() {
    let sim = Sim::start(SimOptions::default()).expect("the sim starts");
    let token = sim
        .mint_tokens_for(production(), "ZohoCRM.org.DELETE,ZohoCRM.org.READ")
        .expect("an org of the user")
        .access_token;
    let (status, answer) = delete(&sim, &token).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["message"], "Photo deleted");
    assert_eq!(served_photo(&sim, &token).await.0, StatusCode::NO_CONTENT);
    assert_eq!(photo_id(&sim, &token).await, Value::Null);
    assert_eq!(sim.stats().photo_deletions, 1);
    assert_eq!(sim.current_photo(production()), None);
}

#[tokio::test]
async fn an_online_grant_brings_no_refresh_token_and_keeps_its_scopes() {
    let options = SimOptions::default().orgs(vec![SimOrg::zylker_traders()]);
    let sim = Sim::start(options).expect("the sim starts");
    let mut authorize = sim.accounts_url().join("oauth/v2/auth").expect("a URL");
    let verifier = "v".repeat(50);
    let challenge = {
        use base64::Engine as _;
        use sha2::Digest as _;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(sha2::Sha256::digest(verifier.as_bytes()))
    };
    authorize.query_pairs_mut().extend_pairs([
        ("client_id", zoho_org_viewer::sim::DEMO_CLIENT_ID),
        ("response_type", "code"),
        ("scope", WRITE),
        ("redirect_uri", DEMO_REDIRECT_URIS[0]),
        ("state", "s"),
        ("code_challenge", &challenge),
        ("code_challenge_method", "S256"),
        ("access_type", "online"),
    ]);
    let back = Browser::new().consent(&authorize, "allow").await;
    let code = query_param(&back, "code").expect("a code");
    let accounts = query_param(&back, "accounts-server").expect("the org's accounts server");
    let form = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("grant_type", "authorization_code"),
            ("client_id", zoho_org_viewer::sim::DEMO_CLIENT_ID),
            ("client_secret", zoho_org_viewer::sim::DEMO_CLIENT_SECRET),
            ("redirect_uri", DEMO_REDIRECT_URIS[0]),
            ("code", &code),
            ("code_verifier", &verifier),
        ])
        .finish();
    let reply = http()
        .post(format!("{accounts}/oauth/v2/token"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .expect("the token endpoint answers");
    let reply = json(reply).await;
    assert!(reply.get("refresh_token").is_none(), "{reply}");
    let access = reply["access_token"].as_str().expect("an access token");
    assert_eq!(sim.token_scopes(access), Some(vec![WRITE.to_owned()]));
    let logo = encode(&noise(8, 8), ImageFormat::Png);
    assert_eq!(
        upload(&sim, access, &[("file", &logo)]).await.0,
        StatusCode::OK
    );
}
