//! A scripted browser: it opens the authorize URL, answers the consent page, and follows the
//! redirect to the app's loopback callback one step at a time, so a test can look at (or tamper
//! with) each step.

use std::time::Duration;

use reqwest::{StatusCode, header};
use url::Url;
use zoho_org_viewer::sim::{CONSENT_PATH, consent_orgs, consent_ticket};

/// A page as the browser received it.
#[derive(Debug)]
pub struct Page {
    /// The HTTP status.
    pub status: StatusCode,
    /// The body as text.
    pub body: String,
}

/// A browser that never follows redirects by itself.
#[derive(Clone)]
pub struct Browser {
    http: reqwest::Client,
}

impl Browser {
    /// A browser reaching only what the test points it at (no proxy, no automatic redirects).
    pub fn new() -> Browser {
        zoho_org_viewer::zoho::http::install_tls_crypto();
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .timeout(Duration::from_secs(20))
            .build()
            .expect("the scripted browser's HTTP client");
        Browser { http }
    }

    /// Opens the authorize URL at the simulated Zoho, answers its consent page with `decision`
    /// (`allow` or `deny`) for the preselected org and returns where Zoho sends the browser next:
    /// the app's callback.
    pub async fn consent(&self, authorize_url: &Url, decision: &str) -> Url {
        self.answer_consent(authorize_url, None, decision).await
    }

    /// Like [`Browser::consent`], picking the org with ID `org_id` on the consent page first
    /// (it must be one the page offers).
    pub async fn consent_for_org(&self, authorize_url: &Url, org_id: &str, decision: &str) -> Url {
        self.answer_consent(authorize_url, Some(org_id), decision)
            .await
    }

    async fn answer_consent(
        &self,
        authorize_url: &Url,
        org_id: Option<&str>,
        decision: &str,
    ) -> Url {
        let page = self.visit(authorize_url).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "the consent page opens: {}",
            page.body
        );
        let ticket = consent_ticket(&page.body).expect("a ticket on the consent page");
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("ticket", &ticket)
            .append_pair("decision", decision);
        if let Some(org_id) = org_id {
            assert!(
                consent_orgs(&page.body)
                    .iter()
                    .any(|offered| offered == org_id),
                "the consent page offers org {org_id}"
            );
            form.append_pair("org", org_id);
        }
        let answer = self
            .http
            .post(authorize_url.join(CONSENT_PATH).expect("the consent URL"))
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(form.finish())
            .send()
            .await
            .expect("the consent answer is taken");
        location_of(&answer)
    }

    /// Opens an authorize URL that redirects straight back (the OAuth peer has no consent page)
    /// and returns the redirect's target.
    pub async fn authorize_without_consent(&self, authorize_url: &Url) -> Url {
        let response = self
            .http
            .get(authorize_url.clone())
            .send()
            .await
            .expect("the authorize URL answers");
        location_of(&response)
    }

    /// GETs `url` and reads the page.
    pub async fn visit(&self, url: &Url) -> Page {
        self.try_visit(url).await.expect("the page answers")
    }

    /// GETs `url`; an error when nothing answers (the port is closed).
    pub async fn try_visit(&self, url: &Url) -> Result<Page, reqwest::Error> {
        let response = self.http.get(url.clone()).send().await?;
        let status = response.status();
        let body = response.text().await?;
        Ok(Page { status, body })
    }

    /// Sends `method` to `url` and returns the status.
    pub async fn status_of(&self, method: reqwest::Method, url: &Url) -> StatusCode {
        self.http
            .request(method, url.clone())
            .send()
            .await
            .expect("the server answers")
            .status()
    }
}

/// The `Location` of a redirect, which must be one.
pub fn location_of(response: &reqwest::Response) -> Url {
    assert_eq!(
        response.status(),
        StatusCode::FOUND,
        "a redirect back to the app"
    );
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .expect("a Location header");
    Url::parse(location).expect("an absolute Location")
}

/// The value of query parameter `name`.
pub fn query_param(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// `url` with query parameter `name` set to `value` (added when missing), the others unchanged.
pub fn with_query_param(url: &Url, name: &str, value: &str) -> Url {
    let mut pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    match pairs.iter_mut().find(|(key, _)| key == name) {
        Some(pair) => value.clone_into(&mut pair.1),
        None => pairs.push((name.to_owned(), value.to_owned())),
    }
    let mut changed = url.clone();
    changed.query_pairs_mut().clear().extend_pairs(pairs);
    changed
}
