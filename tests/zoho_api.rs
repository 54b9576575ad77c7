//! Issue #2: the two CRM calls (`CrmClient::get_org`, `CrmClient::get_org_photo`) against the
//! simulated Zoho over real sockets: what comes back is exactly what Zoho served, every failure
//! surfaces as its own typed error, and the size caps hold.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use std::time::{Duration, Instant};
use zoho_org_viewer::problem::Explain;

use oauth2::AccessToken;
use serde_json::{Value, json};
use url::Url;
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, Sim, SimOptions, SimPhoto};
use zoho_org_viewer::zoho::api::{ORG_BODY_LIMIT, PHOTO_BODY_LIMIT, Timeouts};
use zoho_org_viewer::zoho::error::{CrmCode, Resource, Unreadable};
use zoho_org_viewer::zoho::{CrmClient, Error, PhotoFormat};

use support::loopback::{EndlessBody, Redirector, redirect_refused};
use support::{ORG_READ, http};

/// A running sim with a fresh org-reading access token.
struct Fixture {
    sim: Sim,
    crm: CrmClient,
    token: AccessToken,
}

impl Fixture {
    fn new(options: SimOptions) -> Fixture {
        let sim = Sim::start(options).expect("the simulated Zoho starts");
        let token = AccessToken::new(sim.mint_tokens(ORG_READ).access_token);
        Fixture {
            sim,
            crm: CrmClient::new(http()),
            token,
        }
    }

    fn demo() -> Fixture {
        Fixture::new(SimOptions::default())
    }

    async fn org(&self) -> Result<zoho_org_viewer::zoho::Org, Error> {
        self.crm.get_org(&self.sim.api_url(), &self.token).await
    }

    async fn photo(&self) -> Result<Option<zoho_org_viewer::zoho::Photo>, Error> {
        self.crm
            .get_org_photo(&self.sim.api_url(), &self.token)
            .await
    }

    /// The error each of the two calls gives while `fault` is set on its endpoint.
    async fn errors_under(&self, fault: Fault) -> (Error, Error) {
        self.sim
            .set_fault(FaultRule::new(Endpoint::Org, fault.clone()).for_requests(1));
        self.sim
            .set_fault(FaultRule::new(Endpoint::Photo, fault).for_requests(1));
        let served_before = self.sim.stats().faults_served;
        let org = self.org().await.expect_err("the org call fails");
        let photo = self.photo().await.expect_err("the photo call fails");
        assert_eq!(
            self.sim.stats().faults_served,
            served_before + 2,
            "both calls reached the sim and met the fault"
        );
        (org, photo)
    }

    /// The org exactly as the sim serves it, read with a plain HTTP client.
    async fn served_org_json(&self) -> Value {
        zoho_org_viewer::zoho::http::install_tls_crypto();
        let body = reqwest::Client::new()
            .get(self.sim.api_url().join("crm/v7/org").unwrap())
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", self.token.secret()),
            )
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let body: Value = serde_json::from_slice(&body).unwrap();
        body["org"][0].clone()
    }
}

fn host_of(url: &Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap(),
        url.port_or_known_default().unwrap()
    )
}

#[tokio::test]
async fn the_org_fetched_is_exactly_the_org_zoho_served() {
    let fixture = Fixture::demo();
    let org = fixture.org().await.expect("the org");
    let served = fixture.served_org_json().await;
    assert!(served.is_object() && served["company_name"].is_string());
    assert_eq!(org.to_json(), served);
    assert_eq!(org.display_name(), served["company_name"].as_str());
}

#[tokio::test]
async fn unknown_keys_nulls_and_odd_values_survive_the_round_trip() {
    let odd = json!({
        "id": "4150868000000225013",
        "company_name": "Ünïcode & Søns \"Ltd\"",
        "photo_id": null,
        "currency": null,
        "country": "Deutschland",
        "mc_status": true,
        "employee_count": "250",
        "type": "sandbox",
        "license_details": {"paid": true, "paid_type": "enterprise", "trial_type": null, "future_key": [1, 2]},
        "zia_portal_id": 12345,
        "brand_new_field": {"nested": [null, "x", {"deep": 1.5}]},
        "empty_string": ""
    });
    let fixture = Fixture::new(SimOptions::default().org_json(odd.clone()));
    let org = fixture.org().await.expect("the org");
    assert_eq!(org.to_json(), odd);
    assert_eq!(
        fixture.served_org_json().await,
        odd,
        "the sim served it as given"
    );
}

#[tokio::test]
async fn the_logo_comes_back_byte_for_byte_with_its_file_name() {
    let fixture = Fixture::demo();
    let photo = fixture.photo().await.expect("the logo").expect("a logo");
    let served = SimPhoto::demo_png();
    assert_eq!(photo.bytes, served.bytes);
    assert_eq!(photo.format, PhotoFormat::Png);
    assert_eq!(photo.file_name.as_deref(), Some(served.file_name.as_str()));
}

#[tokio::test]
async fn the_format_is_read_from_the_bytes_not_from_the_headers() {
    // A JPEG that Zoho labels as a PNG, under a .png name.
    let mislabelled = SimPhoto {
        content_type: "image/png".to_owned(),
        file_name: "Zylker Logo.png".to_owned(),
        ..SimPhoto::demo_jpeg()
    };
    let fixture = Fixture::new(SimOptions::default().photo(Some(mislabelled.clone())));
    let photo = fixture.photo().await.expect("the logo").expect("a logo");
    assert_eq!(photo.format, PhotoFormat::Jpeg);
    assert_eq!(photo.bytes, mislabelled.bytes);
    assert_eq!(photo.file_name.as_deref(), Some("Zylker Logo.png"));
}

#[tokio::test]
async fn an_org_without_a_logo_gets_none() {
    let without = Fixture::new(SimOptions::default().photo(None));
    assert_eq!(without.photo().await.expect("no error"), None);
    let org = without.org().await.expect("the org");
    assert_eq!(org.to_json()["photo_id"], Value::Null);

    // A 204 from an org that normally has one.
    let with = Fixture::demo();
    with.sim
        .set_fault(FaultRule::new(Endpoint::Photo, Fault::NoPhoto).for_requests(1));
    assert_eq!(with.photo().await.expect("no error"), None);
    assert!(with.photo().await.expect("the logo").is_some());

    // A 200 with nothing in it, the other answer Zoho may give (zoho.md §5.3).
    with.sim
        .set_fault(FaultRule::new(Endpoint::Photo, Fault::EmptyBody).for_requests(1));
    assert_eq!(with.photo().await.expect("no error"), None);
    assert_eq!(with.sim.stats().faults_served, 2, "both faults were served");
}

/// Each documented code, the HTTP status Zoho documents for it, and the variant it must become.
const DOCUMENTED_CODES: [(&str, u16, CrmCode); 8] = [
    ("INVALID_REQUEST_METHOD", 400, CrmCode::InvalidRequestMethod),
    ("OAUTH_SCOPE_MISMATCH", 401, CrmCode::OauthScopeMismatch),
    (
        "AUTHENTICATION_FAILURE",
        401,
        CrmCode::AuthenticationFailure,
    ),
    ("NO_PERMISSION", 403, CrmCode::NoPermission),
    ("INVALID_URL_PATTERN", 404, CrmCode::InvalidUrlPattern),
    ("INTERNAL_ERROR", 500, CrmCode::InternalError),
    ("AUTHORIZATION_FAILED", 400, CrmCode::AuthorizationFailed),
    ("INVALID_TOKEN", 401, CrmCode::InvalidToken),
];

#[tokio::test]
async fn each_documented_error_code_surfaces_as_its_typed_error() {
    let fixture = Fixture::demo();
    for (code, status, variant) in DOCUMENTED_CODES {
        let (org, photo) = fixture
            .errors_under(Fault::ZohoError {
                code: code.to_owned(),
            })
            .await;
        for (error, resource) in [(org, Resource::Organization), (photo, Resource::Logo)] {
            match &error {
                Error::Crm {
                    code: got,
                    http_status,
                    message,
                    resource: got_resource,
                } => {
                    assert_eq!(got, &variant, "{code}");
                    assert_eq!(*http_status, status, "{code}");
                    assert_eq!(*got_resource, resource, "{code}");
                    assert!(!message.is_empty(), "Zoho's message is kept for {code}");
                }
                other => panic!("{code} became {other:?}"),
            }
            assert_eq!(error.zoho_code(), Some(code));
            assert_eq!(error.http_status(), Some(status));
            let sentence = error.summary().text();
            assert!(
                sentence.ends_with('.') && !sentence.contains(code),
                "{sentence}"
            );
        }
    }
    // The sentences name what was asked for.
    let (org, photo) = fixture
        .errors_under(Fault::ZohoError {
            code: "NO_PERMISSION".to_owned(),
        })
        .await;
    assert_eq!(
        org.summary().text(),
        "Your Zoho CRM user is not allowed to read the organization details."
    );
    assert_eq!(
        photo.summary().text(),
        "Your Zoho CRM user is not allowed to read the logo."
    );
}

#[tokio::test]
async fn zoho_s_own_refusals_are_typed_too() {
    let fixture = Fixture::demo();

    // A token Zoho no longer accepts.
    fixture.sim.expire_access_tokens();
    let expired = fixture.org().await.expect_err("an expired token");
    assert!(
        matches!(
            expired,
            Error::Crm {
                code: CrmCode::InvalidToken,
                http_status: 401,
                ..
            }
        ),
        "{expired:?}"
    );
    assert!(expired.needs_sign_in());

    // A token for another scope.
    let users_only = AccessToken::new(fixture.sim.mint_tokens("ZohoCRM.users.READ").access_token);
    let scope = fixture
        .crm
        .get_org_photo(&fixture.sim.api_url(), &users_only)
        .await
        .expect_err("a token without the org scope");
    assert!(
        matches!(
            scope,
            Error::Crm {
                code: CrmCode::OauthScopeMismatch,
                http_status: 401,
                resource: Resource::Logo,
                ..
            }
        ),
        "{scope:?}"
    );

    // No token at all.
    let empty = AccessToken::new(String::new());
    let anonymous = fixture
        .crm
        .get_org(&fixture.sim.api_url(), &empty)
        .await
        .expect_err("no token");
    assert_eq!(anonymous.zoho_code(), Some("AUTHENTICATION_FAILURE"));

    // An API domain that is not the CRM's root.
    let fresh = AccessToken::new(fixture.sim.mint_tokens(ORG_READ).access_token);
    let elsewhere = fixture.sim.api_url().join("not-crm/").unwrap();
    let wrong_url = fixture
        .crm
        .get_org(&elsewhere, &fresh)
        .await
        .expect_err("an unknown URL");
    assert!(
        matches!(
            wrong_url,
            Error::Crm {
                code: CrmCode::InvalidUrlPattern,
                http_status: 404,
                ..
            }
        ),
        "{wrong_url:?}"
    );
}

#[tokio::test]
async fn a_rate_limit_keeps_retry_after() {
    let fixture = Fixture::demo();
    let (org, photo) = fixture
        .errors_under(Fault::TooManyRequests {
            retry_after_secs: Some(7),
        })
        .await;
    for error in [org, photo] {
        assert!(
            matches!(error, Error::RateLimited { .. }),
            "{error:?} is a rate limit"
        );
        assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
        assert_eq!(error.http_status(), Some(429));
        assert_eq!(error.zoho_code(), Some("TOO_MANY_REQUESTS"));
        assert_eq!(error.resolution().text(), "Wait 7 seconds and try again.");
    }

    let (org, photo) = fixture
        .errors_under(Fault::TooManyRequests {
            retry_after_secs: None,
        })
        .await;
    for error in [org, photo] {
        assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
        assert_eq!(error.retry_after(), None);
    }
}

#[tokio::test]
async fn a_dropped_connection_says_it_dropped_naming_the_host() {
    let fixture = Fixture::demo();
    let (org, photo) = fixture.errors_under(Fault::Offline).await;
    let host = host_of(&fixture.sim.api_url());
    for error in [org, photo] {
        match &error {
            Error::Dropped { host: named, .. } => assert_eq!(named, &host),
            other => panic!("expected a dropped connection, got {other:?}"),
        }
        assert!(error.is_connectivity());
        assert_eq!(
            zoho_org_viewer::problem::summary_naming_host(&error).text(),
            format!("The connection to Zoho ({host}) dropped before the answer arrived.")
        );
        assert!(!error.resolution().text().contains("internet connection"));
    }
}

#[tokio::test]
async fn a_refused_connection_is_could_not_connect() {
    let fixture = Fixture::demo();
    // A port that was free a moment ago: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let closed = Url::parse(&format!("http://127.0.0.1:{port}")).unwrap();
    let error = fixture
        .crm
        .get_org(&closed, &fixture.token)
        .await
        .expect_err("nothing listens there");
    assert!(matches!(error, Error::Network { .. }), "{error:?}");
    assert!(
        error
            .summary()
            .text()
            .starts_with("Could not connect to Zoho")
    );
}

#[tokio::test]
async fn a_redirect_is_not_followed() {
    let fixture = Fixture::demo();
    let (redirector, tripwire) = Redirector::to_tripwire("/crm/v7/org").await;

    let org = fixture
        .crm
        .get_org(&redirector.url, &fixture.token)
        .await
        .expect_err("a redirect is no organization");
    let photo = fixture
        .crm
        .get_org_photo(&redirector.url, &fixture.token)
        .await
        .expect_err("a redirect is no logo");

    assert_eq!(redirector.requests(), 2, "both calls met the redirect");
    assert_eq!(
        tripwire.connections(),
        0,
        "the access token went nowhere else"
    );
    for (error, resource, what) in [
        (org, Resource::Organization, "the organization details"),
        (photo, Resource::Logo, "the logo"),
    ] {
        assert_eq!(error, redirect_refused(resource, &tripwire));
        assert_eq!(
            error.summary().text(),
            format!(
                "The request for {what} was redirected to another address; the app does not follow redirects, so nothing was sent there."
            )
        );
    }
}

#[tokio::test]
async fn a_slow_answer_times_out() {
    let fixture = Fixture::demo();
    let crm = fixture.crm.clone().with_timeouts(Timeouts {
        org: Duration::from_millis(200),
        photo: Duration::from_millis(200),
    });
    fixture
        .sim
        .set_latency(Endpoint::Org, Duration::from_secs(10));
    fixture
        .sim
        .set_latency(Endpoint::Photo, Duration::from_secs(10));
    // Had the limit not worked, both calls would succeed once the sim answers: a timeout error
    // for requests the sim did receive and hold back is the proof, with no clock to read.
    let org = crm
        .get_org(&fixture.sim.api_url(), &fixture.token)
        .await
        .expect_err("too slow");
    let photo = crm
        .get_org_photo(&fixture.sim.api_url(), &fixture.token)
        .await
        .expect_err("too slow");
    assert_eq!(fixture.sim.stats().delayed_requests, 2);
    for error in [org, photo] {
        assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
        assert!(error.is_connectivity());
        assert_eq!(error.summary().text(), "Zoho did not answer in time.");
    }
}

// Only Linux is sure to drop the handshake when the accept queue is full; Windows refuses it.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_connection_that_never_completes_gives_up_at_the_connect_limit() {
    let nowhere = support::loopback::FullBacklog::start().await;
    let connect_limit = Duration::from_millis(300);
    let crm = CrmClient::new(
        zoho_org_viewer::zoho::http::client_with_connect_timeout(connect_limit).unwrap(),
    );
    // The whole-call limits are far longer, so only the connect limit can end the wait early.
    assert!(Timeouts::default().org >= Duration::from_secs(30));
    let token = AccessToken::new("1000.any.token".to_owned());

    let started = Instant::now();
    let error = crm
        .get_org(&nowhere.url, &token)
        .await
        .expect_err("no connection");
    let waited = started.elapsed();
    assert_eq!(
        error,
        Error::Timeout {
            host: host_of(&nowhere.url)
        }
    );
    // No request ever arrives to count, so the clock decides, bounded by the whole-call limit
    // (the other way this could end) rather than a guess at how busy the machine is.
    assert!(
        waited >= connect_limit && waited < Timeouts::default().org,
        "gave up after {waited:?}"
    );
}

/// Runs both calls under `fault` and checks each fails as `problem` with `http_status`, naming
/// its own resource; returns the two errors for further checks.
async fn unreadable_under(fault: Fault, problem: Unreadable, http_status: u16) -> [Error; 2] {
    let fixture = Fixture::demo();
    let (org, photo) = fixture.errors_under(fault).await;
    for (error, resource) in [(&org, Resource::Organization), (&photo, Resource::Logo)] {
        assert!(
            matches!(
                error,
                Error::Unreadable { problem: got_problem, http_status: got_status, resource: got, .. }
                    if *got_problem == problem && *got_status == http_status && *got == resource
            ),
            "{error:?}"
        );
    }
    [org, photo]
}

#[tokio::test]
async fn a_proxy_s_html_page_is_recognised() {
    for error in unreadable_under(Fault::HtmlErrorPage, Unreadable::HtmlPage, 502).await {
        assert!(error.is_connectivity());
    }
}

#[tokio::test]
async fn a_web_page_sent_with_a_success_status_is_recognised() {
    for error in unreadable_under(Fault::CaptivePortal, Unreadable::HtmlPage, 200).await {
        assert!(error.is_connectivity());
    }
}

#[tokio::test]
async fn broken_json_is_unreadable_for_both_calls() {
    // For the logo, a JSON body with a success status is not a picture, even a broken one.
    unreadable_under(Fault::MalformedJson, Unreadable::NotZohoJson, 200).await;
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_unreadable() {
    let fixture = Fixture::new(SimOptions::default().org_json(json!("not an organization")));
    let error = fixture.org().await.expect_err("not an org");
    assert!(
        matches!(
            error,
            Error::Unreadable {
                problem: Unreadable::NotZohoJson,
                resource: Resource::Organization,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        error.summary().text(),
        "Zoho's answer with the organization details could not be read."
    );
}

#[tokio::test]
async fn a_body_cut_off_on_the_wire_is_unreadable() {
    let fixture = Fixture::demo();
    let (org, photo) = fixture.errors_under(Fault::TruncatedBody).await;
    for (error, resource) in [(org, Resource::Organization), (photo, Resource::Logo)] {
        assert!(
            matches!(
                error,
                Error::Unreadable {
                    problem: Unreadable::CutOff,
                    resource: got,
                    ..
                } if got == resource
            ),
            "{error:?}"
        );
        assert!(error.is_connectivity());
    }
}

#[tokio::test]
async fn an_org_over_one_megabyte_is_refused_and_one_at_the_limit_is_read() {
    let fixture = Fixture::demo();
    let limit = usize::try_from(ORG_BODY_LIMIT).unwrap();
    assert_eq!(limit, 1024 * 1024);

    fixture.sim.set_fault(
        FaultRule::new(Endpoint::Org, Fault::OversizeBody { bytes: limit + 1 }).for_requests(1),
    );
    let error = fixture.org().await.expect_err("too large");
    assert_eq!(
        error,
        Error::TooLarge {
            resource: Resource::Organization,
            limit: ORG_BODY_LIMIT,
        }
    );
    assert_eq!(
        error.summary().text(),
        "Zoho's answer for the organization details was larger than 1 MB, so the app stopped reading it."
    );

    fixture.sim.set_fault(
        FaultRule::new(Endpoint::Org, Fault::OversizeBody { bytes: limit }).for_requests(1),
    );
    let org = fixture.org().await.expect("exactly at the limit");
    assert_eq!(org.to_json(), fixture.served_org_json().await);
}

#[tokio::test]
async fn a_logo_over_ten_megabytes_is_refused_and_one_at_the_limit_is_read() {
    let fixture = Fixture::demo();
    let limit = usize::try_from(PHOTO_BODY_LIMIT).unwrap();
    assert_eq!(limit, 10 * 1024 * 1024);

    fixture.sim.set_fault(
        FaultRule::new(Endpoint::Photo, Fault::OversizeBody { bytes: limit + 1 }).for_requests(1),
    );
    let error = fixture.photo().await.expect_err("too large");
    assert_eq!(
        error,
        Error::TooLarge {
            resource: Resource::Logo,
            limit: PHOTO_BODY_LIMIT,
        }
    );

    fixture.sim.set_fault(
        FaultRule::new(Endpoint::Photo, Fault::OversizeBody { bytes: limit }).for_requests(1),
    );
    let photo = fixture
        .photo()
        .await
        .expect("exactly at the limit")
        .expect("a logo");
    let demo = SimPhoto::demo_png().bytes;
    assert_eq!(photo.bytes.len(), limit);
    assert_eq!(&photo.bytes[..demo.len()], demo.as_slice());
    assert!(photo.bytes[demo.len()..].iter().all(|byte| *byte == 0));
    assert_eq!(photo.format, PhotoFormat::Png);
}

#[tokio::test]
async fn the_caps_hold_when_no_length_is_declared() {
    let crm = CrmClient::new(http());
    let token = AccessToken::new("1000.any.token".to_owned());

    let org_server = EndlessBody::start(
        "application/json",
        br#"{"org":[{"company_name":"Endless"}]}"#.to_vec(),
        b' ',
        ORG_BODY_LIMIT * 4,
    )
    .await;
    let error = crm
        .get_org(&org_server.url, &token)
        .await
        .expect_err("too large");
    assert_eq!(
        error,
        Error::TooLarge {
            resource: Resource::Organization,
            limit: ORG_BODY_LIMIT,
        }
    );

    let photo_server = EndlessBody::start(
        "image/png",
        SimPhoto::demo_png().bytes,
        0,
        PHOTO_BODY_LIMIT * 3,
    )
    .await;
    let error = crm
        .get_org_photo(&photo_server.url, &token)
        .await
        .expect_err("too large");
    assert_eq!(
        error,
        Error::TooLarge {
            resource: Resource::Logo,
            limit: PHOTO_BODY_LIMIT,
        }
    );
    // The client hung up instead of reading everything offered.
    assert!(photo_server.written() < PHOTO_BODY_LIMIT * 3);

    // A body just under the cap, streamed the same way, is read.
    let under = EndlessBody::start(
        "application/json",
        br#"{"org":[{"company_name":"Endless"}]}"#.to_vec(),
        b' ',
        ORG_BODY_LIMIT,
    )
    .await;
    let org = crm.get_org(&under.url, &token).await.expect("at the cap");
    assert_eq!(org.display_name(), Some("Endless"));
}
