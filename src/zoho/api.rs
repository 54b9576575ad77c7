//! The two CRM calls the app makes: `GET /crm/v7/org` and `GET /crm/v7/org/photo`.
//!
//! Both take the API domain from the token answer (each data centre has its own) and an access
//! token. Answers are read with size caps and every failure becomes an [`Error`] that says what
//! happened: a Zoho error body, a web page from a proxy, a cut-off answer, a timeout.

use std::time::{Duration, SystemTime};

use oauth2::AccessToken;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, HeaderMap, RETRY_AFTER};
use serde::Deserialize;
use serde_json::Value;
use url::Url;

use super::error::{CrmCode, Error, Resource, Unreadable};
use super::http::{host_for_message, read_body, refuse_redirect, transport_error};
use super::json::{self, JsonError};
use super::org::Org;
use super::photo::{Photo, file_name_from_content_disposition};

/// The largest organization answer the app reads (a real one is a few kilobytes).
pub const ORG_BODY_LIMIT: u64 = 1024 * 1024;

/// The largest logo the app downloads (Zoho itself accepts uploads up to 1 MB).
pub const PHOTO_BODY_LIMIT: u64 = 10 * 1024 * 1024;

/// How many CRM calls the app runs at once against one API host, in the window and on the
/// command line. Zoho limits concurrent calls per org and app (5 on the Free edition, 10 to 25 on
/// paid ones, zoho.md §5.5), so a person's orgs never share a limit; ten connections per host,
/// reused through keep-alive, let the ten orgs one login may belong to fetch their data in one
/// turn when they span two data centres, and keep 200 orgs from opening 200 connections.
pub const CALLS_PER_HOST: usize = 10;

/// How long each call may take in all, connection included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// For the organization details.
    pub org: Duration,
    /// For the logo, which can be larger.
    pub photo: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            org: Duration::from_secs(30),
            photo: Duration::from_secs(60),
        }
    }
}

/// Calls Zoho CRM. Cheap to clone and safe to use from many tasks at once: clones share one
/// connection pool.
#[derive(Debug, Clone)]
pub struct CrmClient {
    pub(super) http: reqwest::Client,
    pub(super) timeouts: Timeouts,
}

impl CrmClient {
    /// A client sending through `http` (see [`super::http::client`]).
    pub fn new(http: reqwest::Client) -> Self {
        Self {
            http,
            timeouts: Timeouts::default(),
        }
    }

    /// The same client with other time limits.
    pub fn with_timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// `GET {api_domain}/crm/v7/org`: the organization the access token belongs to.
    pub async fn get_org(
        &self,
        api_domain: &Url,
        access_token: &AccessToken,
    ) -> Result<Org, Error> {
        let answer = self
            .get(
                api_domain,
                "crm/v7/org",
                access_token,
                self.timeouts.org,
                ORG_BODY_LIMIT,
                Resource::Organization,
            )
            .await?;
        if !answer.status.is_success() || answer.status == StatusCode::NO_CONTENT {
            return Err(error_from_answer(&answer, Resource::Organization));
        }
        org_from_answer(&answer)
    }

    /// `GET {api_domain}/crm/v7/org/photo`: the logo, or `None` when the organization has none
    /// (HTTP 204 or an empty body).
    pub async fn get_org_photo(
        &self,
        api_domain: &Url,
        access_token: &AccessToken,
    ) -> Result<Option<Photo>, Error> {
        let answer = self
            .get(
                api_domain,
                "crm/v7/org/photo",
                access_token,
                self.timeouts.photo,
                PHOTO_BODY_LIMIT,
                Resource::Logo,
            )
            .await?;
        if answer.status == StatusCode::NO_CONTENT
            || (answer.status.is_success() && answer.body.is_empty())
        {
            return Ok(None);
        }
        if !answer.status.is_success() {
            return Err(error_from_answer(&answer, Resource::Logo));
        }
        // A JSON error body with a success status is not a picture.
        if let Some(error) = zoho_error_body(&answer.body, answer.status.as_u16(), Resource::Logo) {
            return Err(error);
        }
        let file_name = answer
            .headers
            .get(CONTENT_DISPOSITION)
            .and_then(|value| value.to_str().ok())
            .and_then(file_name_from_content_disposition);
        let photo = Photo::new(answer.body, file_name);
        if photo.format == super::photo::PhotoFormat::Unknown
            && looks_like_html(&answer.headers, &photo.bytes)
        {
            return Err(Error::Unreadable {
                resource: Resource::Logo,
                problem: Unreadable::HtmlPage,
                http_status: answer.status.as_u16(),
                detail: body_excerpt(&photo.bytes),
            });
        }
        // JSON that is not a Zoho error (cut off, or of another shape) is not a logo either;
        // saving it as one would hand the person a broken file.
        if photo.format == super::photo::PhotoFormat::Unknown
            && looks_like_json(&answer.headers, &photo.bytes)
        {
            let parse_error = json::from_slice::<Value>(&photo.bytes).err();
            let answer = Answer {
                body: photo.bytes,
                ..answer
            };
            return Err(unreadable(&answer, Resource::Logo, parse_error.as_ref()));
        }
        Ok(Some(photo))
    }

    async fn get(
        &self,
        api_domain: &Url,
        path: &str,
        access_token: &AccessToken,
        timeout: Duration,
        limit: u64,
        resource: Resource,
    ) -> Result<Answer, Error> {
        let url = endpoint(api_domain, path);
        let host = host_for_message(&Some(url.clone()));
        let response = self
            .http
            .get(url)
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", access_token.secret()),
            )
            .timeout(timeout)
            .send()
            .await
            .map_err(|err| transport_error(&err, &host))?;
        let response = refuse_redirect(response, resource)?;
        let status = response.status();
        let headers = response.headers().clone();
        tracing::debug!(%status, path, "Zoho CRM answered");
        let body = read_body(response, limit, resource, &host).await?;
        Ok(Answer {
            status,
            headers,
            body,
        })
    }
}

/// An HTTP answer, read whole.
pub(super) struct Answer {
    pub(super) status: StatusCode,
    pub(super) headers: HeaderMap,
    pub(super) body: Vec<u8>,
}

/// `{api_domain}/{path}`, keeping any path prefix the domain has.
pub(super) fn endpoint(api_domain: &Url, path: &str) -> Url {
    let mut url = api_domain.clone();
    let base = url.path().trim_end_matches('/').to_owned();
    url.set_path(&format!("{base}/{path}"));
    url.set_query(None);
    url
}

/// What [`CrmClient::get_org`] makes of the body of a successful (HTTP 200) answer; public for
/// the tests that feed it hostile bodies.
pub fn org_from_body(body: &[u8]) -> Result<Org, Error> {
    org_from_answer(&Answer {
        status: StatusCode::OK,
        headers: HeaderMap::new(),
        body: body.to_vec(),
    })
}

/// The organization in a successful answer: the first object in its `"org"` list. Any valid
/// JSON is read (see [`json`]); a Zoho error object inside the list is an error, not an org.
fn org_from_answer(answer: &Answer) -> Result<Org, Error> {
    let resource = Resource::Organization;
    let http_status = answer.status.as_u16();
    let value: Value = match json::from_slice(&answer.body) {
        Ok(value) => value,
        Err(err) => {
            return Err(zoho_error_body(&answer.body, http_status, resource)
                .unwrap_or_else(|| unreadable(answer, resource, Some(&err))));
        }
    };
    // Only an explicit `"status": "error"`: an org may one day carry a key named `code`.
    if zoho_error_fields(&answer.body).is_some_and(|fields| fields.status.is_some())
        && let Some(error) = zoho_error_body(&answer.body, http_status, resource)
    {
        return Err(error);
    }
    let Some(list) = value.get("org").and_then(Value::as_array) else {
        return Err(Error::Unreadable {
            resource,
            problem: Unreadable::NotZohoJson,
            http_status,
            detail: format!(
                "the answer has no \"org\" list; it began: {}",
                body_excerpt(&answer.body)
            ),
        });
    };
    let Some(first) = list.iter().find(|entry| entry.is_object()) else {
        // Nothing (or only nulls) is no organization; strings or numbers are another shape.
        let problem = if list.iter().all(Value::is_null) {
            Unreadable::NoOrganization
        } else {
            Unreadable::NotZohoJson
        };
        return Err(Error::Unreadable {
            resource,
            problem,
            http_status,
            detail: format!(
                "the \"org\" list held no organization; it began: {}",
                body_excerpt(&answer.body)
            ),
        });
    };
    // An object always reads as an Org: every field takes any JSON value.
    json::from_value::<Org>(first).map_err(|err| Error::Unreadable {
        resource,
        problem: Unreadable::NotZohoJson,
        http_status,
        detail: err.to_string(),
    })
}

/// The error for a non-success answer: 429 first (whatever the body), then Zoho's error body,
/// then whatever the body turned out to be.
pub(super) fn error_from_answer(answer: &Answer, resource: Resource) -> Error {
    if answer.status == StatusCode::TOO_MANY_REQUESTS {
        let message = zoho_error_fields(&answer.body).map(|fields| fields.message);
        return Error::RateLimited {
            retry_after: retry_after(&answer.headers, SystemTime::now()),
            message,
        };
    }
    if let Some(error) = zoho_error_body(&answer.body, answer.status.as_u16(), resource) {
        return error;
    }
    unreadable(answer, resource, None)
}

/// The four-key error body Zoho CRM sends: `{"code","details","message","status":"error"}`, at
/// the top level or as the first element of a list.
#[derive(Debug, Deserialize)]
pub(super) struct ZohoErrorFields {
    pub(super) code: String,
    #[serde(default)]
    pub(super) message: String,
    #[serde(default)]
    status: Option<String>,
}

pub(super) fn zoho_error_fields(body: &[u8]) -> Option<ZohoErrorFields> {
    let value: Value = json::from_slice(body).ok()?;
    let candidate = if value.get("code").is_some() {
        value
    } else {
        // Some Zoho APIs wrap errors: {"data":[{...}]} or {"org":[{...}]}.
        value.as_object()?.values().find_map(|inner| {
            inner
                .as_array()?
                .first()
                .filter(|first| first.get("code").is_some())
                .cloned()
        })?
    };
    let fields: ZohoErrorFields = serde_json::from_value(candidate).ok()?;
    let is_error = fields
        .status
        .as_deref()
        .is_none_or(|status| status.eq_ignore_ascii_case("error"));
    is_error.then_some(fields)
}

fn zoho_error_body(body: &[u8], http_status: u16, resource: Resource) -> Option<Error> {
    let fields = zoho_error_fields(body)?;
    let code = CrmCode::parse(&fields.code);
    if code == CrmCode::Other("TOO_MANY_REQUESTS".to_owned()) {
        return Some(Error::RateLimited {
            retry_after: None,
            message: Some(fields.message),
        });
    }
    Some(Error::Crm {
        code,
        http_status,
        message: fields.message,
        resource,
    })
}

/// Describes a body that is not what the app asked for.
fn unreadable(answer: &Answer, resource: Resource, parse_error: Option<&JsonError>) -> Error {
    let http_status = answer.status.as_u16();
    let problem = if looks_like_html(&answer.headers, &answer.body) {
        Unreadable::HtmlPage
    } else if parse_error.is_some_and(JsonError::is_eof) {
        Unreadable::CutOff
    } else {
        Unreadable::NotZohoJson
    };
    let detail = match parse_error {
        Some(err) if problem != Unreadable::HtmlPage => {
            format!("{err}; the answer began: {}", body_excerpt(&answer.body))
        }
        _ => format!(
            "HTTP {http_status}; the answer began: {}",
            body_excerpt(&answer.body)
        ),
    };
    Error::Unreadable {
        resource,
        problem,
        http_status,
        detail,
    }
}

fn looks_like_html(headers: &HeaderMap, body: &[u8]) -> bool {
    let declared = headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.to_ascii_lowercase().contains("html"));
    let text = String::from_utf8_lossy(&body[..body.len().min(512)])
        .trim_start()
        .to_ascii_lowercase();
    declared || text.starts_with("<!doctype html") || text.starts_with("<html")
}

/// Whether a body is declared as JSON or starts like a JSON object.
fn looks_like_json(headers: &HeaderMap, body: &[u8]) -> bool {
    let declared = headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.to_ascii_lowercase().contains("json"));
    declared || body.trim_ascii_start().starts_with(b"{")
}

/// The first bit of a body as text, for the details view.
fn body_excerpt(body: &[u8]) -> String {
    const LIMIT: usize = 200;
    let text = String::from_utf8_lossy(&body[..body.len().min(LIMIT)]);
    let mut excerpt: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if body.len() > LIMIT {
        excerpt.push('…');
    }
    if excerpt.is_empty() {
        "(nothing)".to_owned()
    } else {
        excerpt
    }
}

/// The longest `Retry-After` taken as said: a header asking for days is capped to this.
pub const LONGEST_RETRY_AFTER: Duration = Duration::from_secs(60 * 60);

/// `Retry-After` as seconds or as an HTTP date, at most [`LONGEST_RETRY_AFTER`].
fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let wait = match value.parse::<u64>() {
        Ok(seconds) => Duration::from_secs(seconds),
        Err(_) => {
            let when = httpdate::parse_http_date(value).ok()?;
            when.duration_since(now).unwrap_or(Duration::ZERO)
        }
    };
    Some(wait.min(LONGEST_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho::error::Explain;
    use crate::zoho::field::Field;
    use reqwest::header::HeaderValue;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn each_documented_error_body_maps_to_its_message() {
        let cases = [
            (
                400,
                "INVALID_REQUEST_METHOD",
                "The http request method type is not a valid one",
                "Zoho did not accept the way this app asked for the organization details.",
                "Update Org Viewer to the latest version. If that does not help, report the problem and mention the error code.",
            ),
            (
                401,
                "OAUTH_SCOPE_MISMATCH",
                "Unauthorized",
                "Your sign-in does not include permission to read the organization details.",
                "Sign out, then sign in again and allow access when Zoho asks. The Zoho client must be allowed the ZohoCRM.org.READ scope.",
            ),
            (
                401,
                "AUTHENTICATION_FAILURE",
                "Authentication failed",
                "Zoho did not accept this app's sign-in when it asked for the organization details.",
                "Sign in again.",
            ),
            (
                403,
                "NO_PERMISSION",
                "Permission denied to read",
                "Your Zoho CRM user is not allowed to read the organization details.",
                "Ask your Zoho CRM administrator for a profile that may view the organization's settings.",
            ),
            (
                404,
                "INVALID_URL_PATTERN",
                "Please check if the URL trying to access is a correct one",
                "Zoho did not recognise the address this app used for the organization details.",
                "Update Org Viewer to the latest version. If that does not help, report the problem and mention the error code.",
            ),
            (
                500,
                "INTERNAL_ERROR",
                "Internal Server Error",
                "Zoho had an internal problem while sending the organization details.",
                "Try again in a few minutes. If it keeps happening, contact Zoho support and mention the error code.",
            ),
            (
                400,
                "AUTHORIZATION_FAILED",
                "User does not have sufficient privilege to read organization data",
                "Your Zoho CRM user does not have the privileges to read the organization details.",
                "Ask your Zoho CRM administrator for a profile that may view the organization's settings.",
            ),
            (
                401,
                "INVALID_TOKEN",
                "invalid oauth token",
                "Your Zoho sign-in has expired or was revoked.",
                "Sign in again.",
            ),
        ];
        for (status, code, message, sentence, resolution) in cases {
            let body = format!(
                r#"{{"code":"{code}","details":{{}},"message":"{message}","status":"error"}}"#
            );
            let error = error_from_answer(&answer(status, &body), Resource::Organization);
            assert_eq!(error.summary().text(), sentence, "{code}");
            assert_eq!(error.resolution().text(), resolution, "{code}");
            assert_eq!(error.zoho_code(), Some(code));
            assert_eq!(error.http_status(), Some(status));
            assert_eq!(error.technical_detail(), Some(message));
        }
    }

    #[test]
    fn rate_limits_keep_retry_after_in_either_form() {
        let mut limited = answer(
            429,
            r#"{"code":"TOO_MANY_REQUESTS","details":{},"message":"Too many requests","status":"error"}"#,
        );
        limited
            .headers
            .insert(RETRY_AFTER, HeaderValue::from_static("7"));
        let error = error_from_answer(&limited, Resource::Organization);
        assert_eq!(error.retry_after(), Some(Duration::from_secs(7)));
        assert_eq!(error.zoho_code(), Some("TOO_MANY_REQUESTS"));
        assert_eq!(error.resolution().text(), "Wait 7 seconds and try again.");

        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        assert_eq!(retry_after(&headers, now), Some(Duration::from_secs(90)));

        // An absurd wait is capped, and the message does not name it.
        let mut absurd = answer(429, "");
        absurd
            .headers
            .insert(RETRY_AFTER, HeaderValue::from_static("86400000000"));
        let error = error_from_answer(&absurd, Resource::Organization);
        assert_eq!(error.retry_after(), Some(LONGEST_RETRY_AFTER));
        assert_eq!(
            error.resolution().text(),
            "Zoho asked for a long pause; try again later."
        );
        let far = httpdate::fmt_http_date(now + Duration::from_secs(400 * 24 * 3600));
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&far).unwrap());
        assert_eq!(retry_after(&headers, now), Some(LONGEST_RETRY_AFTER));

        let bare = error_from_answer(&answer(429, "slow down"), Resource::Logo);
        assert_eq!(bare.retry_after(), None);
        assert_eq!(bare.resolution().text(), "Wait a minute and try again.");
    }

    #[test]
    fn bodies_that_are_not_zoho_json_are_told_apart() {
        let proxy = error_from_answer(
            &answer(502, "<!DOCTYPE html><html><body>Bad gateway</body></html>"),
            Resource::Organization,
        );
        assert!(
            matches!(
                proxy,
                Error::Unreadable {
                    problem: Unreadable::HtmlPage,
                    http_status: 502,
                    ..
                }
            ),
            "{proxy:?}"
        );
        assert!(proxy.is_connectivity());

        let truncated = br#"{"org":[{"company_name":"Zyl"#;
        let err = json::from_slice::<Value>(truncated).unwrap_err();
        let cut = unreadable(
            &answer(200, std::str::from_utf8(truncated).unwrap()),
            Resource::Organization,
            Some(&err),
        );
        assert!(
            matches!(
                cut,
                Error::Unreadable {
                    problem: Unreadable::CutOff,
                    ..
                }
            ),
            "{cut:?}"
        );

        let err = json::from_slice::<Value>(b"{oops").unwrap_err();
        let garbled = unreadable(&answer(200, "{oops"), Resource::Organization, Some(&err));
        assert!(
            matches!(
                garbled,
                Error::Unreadable {
                    problem: Unreadable::NotZohoJson,
                    ..
                }
            ),
            "{garbled:?}"
        );
        assert!(garbled.technical_detail().unwrap().contains("{oops"));
    }

    #[test]
    fn wrapped_error_bodies_are_understood_too() {
        let body = r#"{"data":[{"code":"NO_PERMISSION","details":{},"message":"Permission denied to read","status":"error"}]}"#;
        let error = error_from_answer(&answer(403, body), Resource::Logo);
        assert_eq!(error.zoho_code(), Some("NO_PERMISSION"));
        assert_eq!(
            error.summary().text(),
            "Your Zoho CRM user is not allowed to read the logo."
        );
    }

    fn org_answer(body: &str) -> Result<Org, Error> {
        org_from_answer(&answer(200, body))
    }

    #[test]
    fn numbers_are_kept_digit_for_digit() {
        let body = r#"{"org":[{"id":"1","big_id":20231177000000012345,"low":-9223372036854775809,"tiny":7.038531e-26,"subnormal":2.4703282292062328e-324,"huge":1e400,"max_per_page":200,"zia_zgid":-5,"license_details":{"users_license_purchased":10,"n":20231177000000012345}}]}"#;
        let org = org_answer(body).unwrap();
        // Typed numbers still land in their fields.
        assert_eq!(org.max_per_page, Field::Value(200));
        assert_eq!(org.zia_zgid, Field::Value(-5));
        let license = org.license_details.value().unwrap();
        assert_eq!(license.users_license_purchased, Field::Value(10));
        let printed = org.to_json().to_string();
        for number in [
            "20231177000000012345",
            "-9223372036854775809",
            "7.038531e-26",
            "2.4703282292062328e-324",
            "1e+400",
        ] {
            assert!(printed.contains(number), "{number} in {printed}");
        }
        let sections =
            crate::zoho::display::sections(&org, &crate::zoho::display::ValueFormat::fixed());
        let shown: Vec<String> = sections
            .iter()
            .flat_map(|s| &s.rows)
            .map(|r| r.shown().into_owned())
            .collect();
        assert!(
            shown.contains(&"20231177000000012345".to_owned()),
            "{shown:?}"
        );
    }

    #[test]
    fn unusual_but_valid_json_is_read() {
        let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
        let body = format!(r#"{{"org":[{{"company_name":"Zylker \ud800","deep":{deep}}},null]}}"#);
        let org = org_answer(&body).unwrap();
        assert_eq!(org.company_name, Field::Value("Zylker \u{fffd}".into()));
        assert!(org.other["deep"].is_array());
        let org = org_answer(r#"{"org":[null,{"company_name":"Second"},"x"]}"#).unwrap();
        assert_eq!(org.company_name, Field::Value("Second".into()));
    }

    #[test]
    fn refusals_say_why_in_the_details() {
        let deep = format!(
            r#"{{"org":[{{"x":{}{}}}]}}"#,
            "[".repeat(5000),
            "]".repeat(5000)
        );
        let error = org_answer(&deep).unwrap_err();
        assert!(
            error.technical_detail().unwrap().contains("nested"),
            "{error:?}"
        );
        let error = org_answer(r#"{"org":[null]}"#).unwrap_err();
        assert!(
            matches!(
                error,
                Error::Unreadable {
                    problem: Unreadable::NoOrganization,
                    ..
                }
            ),
            "{error:?}"
        );
        let error = org_answer(r#"{"orgs":[{}]}"#).unwrap_err();
        assert!(
            error
                .technical_detail()
                .unwrap()
                .contains("no \"org\" list"),
            "{error:?}"
        );
    }

    #[test]
    fn an_error_object_inside_a_success_answer_is_an_error() {
        let body = r#"{"org":[{"code":"NO_PERMISSION","details":{},"message":"Permission denied","status":"error"}]}"#;
        let error = org_answer(body).unwrap_err();
        assert_eq!(error.zoho_code(), Some("NO_PERMISSION"));
        // An org that merely has a key named `code` is still an org.
        let org = org_answer(r#"{"org":[{"company_name":"Zylker","code":"Z1"}]}"#).unwrap();
        assert_eq!(org.company_name, Field::Value("Zylker".into()));
    }

    #[test]
    fn the_deepest_org_read_fits_a_worker_stack() {
        let depth = json::MAX_DEPTH - 3;
        let body = format!(
            r#"{{"org":[{{"company_name":"Zylker","license_details":{{"x":{}1{}}},"deep":{}"s"{}}}]}}"#,
            "[".repeat(depth - 1),
            "]".repeat(depth - 1),
            "{\"a\":".repeat(depth),
            "}".repeat(depth)
        );
        let thread = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || {
                let org = org_answer(&body).unwrap();
                let format = crate::zoho::display::ValueFormat::fixed();
                let sections = crate::zoho::display::sections(&org, &format);
                let text = crate::zoho::display::readable_text(&org, &sections);
                let pretty = serde_json::to_string_pretty(&org.to_json()).unwrap();
                let copy = org.clone();
                assert_eq!(copy, org);
                let back: Org = json::from_slice(pretty.as_bytes()).unwrap();
                assert_eq!(back, org);
                drop((org, copy, back));
                text.len() + pretty.len()
            })
            .unwrap();
        assert!(thread.join().unwrap() > 0);
    }

    #[test]
    fn endpoints_keep_the_domain_and_any_prefix() {
        let domain = Url::parse("https://www.zohoapis.eu").unwrap();
        assert_eq!(
            endpoint(&domain, "crm/v7/org").as_str(),
            "https://www.zohoapis.eu/crm/v7/org"
        );
        let prefixed = Url::parse("http://127.0.0.1:4000/zoho/").unwrap();
        assert_eq!(
            endpoint(&prefixed, "crm/v7/org/photo").as_str(),
            "http://127.0.0.1:4000/zoho/crm/v7/org/photo"
        );
    }
}
