//! The user's accounts server: the token endpoint (through the `oauth2` crate, with Zoho's
//! quirks) for code exchange and refresh, and the revocation endpoint.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, SystemTime};

use oauth2::basic::{
    BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
    BasicTokenType,
};
use oauth2::{
    AuthType, ClientId, EndpointNotSet, EndpointSet, ExtraTokenFields, RequestTokenError,
    StandardRevocableToken, StandardTokenResponse, TokenResponse, TokenUrl,
};
use serde::{Deserialize, Serialize};
use url::Url;

use super::tokens::{CachedAccessToken, ClientCredentials, Tokens};
use crate::zoho::error::{
    Error, Resource, SignInProblem, TokenErrorCode, TokenRequest, Unreadable,
};
use crate::zoho::http::{self, send_oauth_request};
use crate::zoho::region;

/// How long one request to the accounts server may take.
pub const TOKEN_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Zoho's extra fields in token answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZohoTokenFields {
    /// The CRM host for this user (e.g. `https://www.zohoapis.eu`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_domain: Option<String>,
    /// Older answers give the lifetime here in seconds and put milliseconds in `expires_in`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_sec: Option<u64>,
}

impl ExtraTokenFields for ZohoTokenFields {}

/// A token answer from Zoho's accounts server.
pub type ZohoTokenResponse = StandardTokenResponse<ZohoTokenFields, BasicTokenType>;

pub(super) type ZohoOAuthClient<HasAuthUrl, HasTokenUrl> = oauth2::Client<
    BasicErrorResponse,
    ZohoTokenResponse,
    BasicTokenIntrospectionResponse,
    StandardRevocableToken,
    BasicRevocationErrorResponse,
    HasAuthUrl,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    HasTokenUrl,
>;

/// A fresh access token (and possibly a new API domain) from the saved refresh token.
#[derive(Debug, Clone)]
pub struct Refreshed {
    /// The new access token.
    pub access_token: CachedAccessToken,
    /// The API domain Zoho named, when it named an allowed one.
    pub api_domain: Option<Url>,
}

/// Asks the user's accounts server for a new access token.
pub async fn refresh(
    http: &reqwest::Client,
    client: &ClientCredentials,
    tokens: &Tokens,
    start_url: &Url,
) -> Result<Refreshed, Error> {
    let endpoint_client = TokenEndpointClient::new(http);
    let response = token_client(client, &tokens.accounts_server)
        .exchange_refresh_token(&tokens.refresh_token)
        .request_async(&endpoint_client)
        .await
        .map_err(|err| token_error(err, TokenRequest::Refresh, endpoint_client.last_status()))?;
    let api_domain = response
        .extra_fields()
        .api_domain
        .as_deref()
        .and_then(|domain| region::allowed_api_domain(domain, start_url));
    Ok(Refreshed {
        access_token: cached(&response, SystemTime::now()),
        api_domain,
    })
}

/// Revokes the refresh token (and with it every access token minted from it) at the user's
/// accounts server. The token goes in the form body, as Zoho's own SDK sends it, not in the URL.
pub async fn revoke(http: &reqwest::Client, tokens: &Tokens) -> Result<(), Error> {
    let url = at(&tokens.accounts_server, "oauth/v2/token/revoke");
    let host = http::host_for_message(&Some(url.clone()));
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", tokens.refresh_token.secret())
        .finish();
    let response = http
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .timeout(TOKEN_REQUEST_TIMEOUT)
        .send()
        .await
        .map_err(|err| http::transport_error(&err, &host))?;
    let response = http::refuse_redirect(response, Resource::Accounts)?;
    let status = response.status().as_u16();
    let body = http::read_body(
        response,
        http::ACCOUNTS_BODY_LIMIT,
        Resource::Accounts,
        &host,
    )
    .await?;
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    if let Some(error) = answer.get("error").and_then(serde_json::Value::as_str) {
        let description = answer
            .get("error_description")
            .and_then(serde_json::Value::as_str);
        return Err(Error::Token {
            request: TokenRequest::Revoke,
            code: TokenErrorCode::parse(error, description),
            description: description.map(str::to_owned),
            http_status: status,
        });
    }
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(Error::Token {
            request: TokenRequest::Revoke,
            code: TokenErrorCode::Other(format!("HTTP {status}")),
            description: None,
            http_status: status,
        })
    }
}

/// The `oauth2` client for the token endpoint of `accounts_server`, with Zoho's way of sending
/// the client's credentials.
pub(super) fn token_client(
    client: &ClientCredentials,
    accounts_server: &Url,
) -> ZohoOAuthClient<EndpointNotSet, EndpointSet> {
    ZohoOAuthClient::<EndpointNotSet, EndpointNotSet>::new(ClientId::new(client.client_id.clone()))
        .set_client_secret(client.client_secret.clone())
        // Zoho documents the credentials as form parameters, not HTTP Basic.
        .set_auth_type(AuthType::RequestBody)
        .set_token_uri(TokenUrl::from_url(at(accounts_server, "oauth/v2/token")))
}

/// The `oauth2` crate's view of our HTTP client. It remembers the last HTTP status, because Zoho's
/// error answers are judged by their body and the status is wanted for the details view.
pub(super) struct TokenEndpointClient {
    http: reqwest::Client,
    status: AtomicU16,
}

impl TokenEndpointClient {
    pub(super) fn new(http: &reqwest::Client) -> Self {
        Self {
            http: http.clone(),
            status: AtomicU16::new(0),
        }
    }

    pub(super) fn last_status(&self) -> u16 {
        self.status.load(Ordering::Relaxed)
    }
}

impl<'c> oauth2::AsyncHttpClient<'c> for TokenEndpointClient {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<oauth2::HttpResponse, Error>> + Send + 'c>>;

    fn call(&'c self, request: oauth2::HttpRequest) -> Self::Future {
        Box::pin(async move {
            let response = send_oauth_request(&self.http, request, TOKEN_REQUEST_TIMEOUT).await?;
            self.status
                .store(response.status().as_u16(), Ordering::Relaxed);
            Ok(response)
        })
    }
}

/// Zoho answers most token errors with HTTP 200 and `{"error": ...}`, which the `oauth2` crate
/// reports as a body it could not parse: look inside for Zoho's error first.
pub(super) fn token_error(
    err: RequestTokenError<Error, BasicErrorResponse>,
    request: TokenRequest,
    http_status: u16,
) -> Error {
    match err {
        RequestTokenError::Request(error) => error,
        RequestTokenError::ServerResponse(response) => {
            let description = response.error_description().cloned();
            Error::Token {
                request,
                code: TokenErrorCode::parse(response.error().as_ref(), description.as_deref()),
                description,
                http_status,
            }
        }
        RequestTokenError::Parse(parse_error, body) => {
            let answer: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            match answer.get("error").and_then(serde_json::Value::as_str) {
                Some(error) => {
                    let description = answer
                        .get("error_description")
                        .and_then(serde_json::Value::as_str);
                    Error::Token {
                        request,
                        code: TokenErrorCode::parse(error, description),
                        description: description.map(str::to_owned),
                        http_status,
                    }
                }
                None => Error::Unreadable {
                    resource: Resource::Accounts,
                    problem: if String::from_utf8_lossy(&body).trim_start().starts_with('<') {
                        Unreadable::HtmlPage
                    } else {
                        Unreadable::NotZohoJson
                    },
                    http_status,
                    detail: parse_error.to_string(),
                },
            }
        }
        RequestTokenError::Other(detail) => Error::Unreadable {
            resource: Resource::Accounts,
            problem: Unreadable::NotZohoJson,
            http_status,
            detail,
        },
    }
}

/// The access token and its expiry. Zoho's lifetime is seconds in `expires_in`, except in older
/// answers that carry `expires_in_sec` and milliseconds in `expires_in`.
pub(super) fn cached(response: &ZohoTokenResponse, now: SystemTime) -> CachedAccessToken {
    let lifetime = match (
        response.extra_fields().expires_in_sec,
        response.expires_in(),
    ) {
        (Some(seconds), _) => Duration::from_secs(seconds),
        // Over a day can only be milliseconds: Zoho's access tokens live an hour.
        (None, Some(lifetime)) if lifetime > Duration::from_secs(86_400) => lifetime / 1000,
        (None, Some(lifetime)) => lifetime,
        (None, None) => Duration::from_secs(3600),
    };
    CachedAccessToken {
        token: response.access_token().clone(),
        expires_at: now + lifetime,
    }
}

/// The API domain from a token answer, which must be a Zoho CRM host. Without one, the data
/// centre's production host (or, on loopback, the accounts server itself) is the best guess.
pub(super) fn api_domain_of(
    response: &ZohoTokenResponse,
    start_url: &Url,
    accounts_server: &Url,
) -> Result<Url, Error> {
    match response.extra_fields().api_domain.as_deref() {
        Some(domain) => region::allowed_api_domain(domain, start_url).ok_or_else(|| {
            Error::SignIn(SignInProblem::ApiDomainNotAllowed {
                domain: domain.to_owned(),
            })
        }),
        None => match region::by_accounts_server(accounts_server) {
            Some(centre) => Url::parse(centre.api_domain).map_err(|_| {
                Error::SignIn(SignInProblem::ApiDomainNotAllowed {
                    domain: centre.api_domain.to_owned(),
                })
            }),
            None => Ok(accounts_server.clone()),
        },
    }
}

/// `{base}/{path}`, keeping any path prefix of the base (a loopback test server may have one).
pub(super) fn at(base: &Url, path: &str) -> Url {
    let mut url = base.clone();
    let prefix = url.path().trim_end_matches('/').to_owned();
    url.set_path(&format!("{prefix}/{path}"));
    url.set_query(None);
    url.set_fragment(None);
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho::error::Explain;
    use crate::zoho::oauth::redirect::redirect_uris_for_display;

    fn response(json: &str) -> ZohoTokenResponse {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn lifetimes_in_seconds_and_legacy_milliseconds_are_both_understood() {
        let now = SystemTime::UNIX_EPOCH;
        let plain = response(
            r#"{"access_token":"1000.a.b","token_type":"Bearer","expires_in":3600,"api_domain":"https://www.zohoapis.com"}"#,
        );
        assert_eq!(
            cached(&plain, now).expires_at,
            now + Duration::from_secs(3600)
        );
        let legacy = response(
            r#"{"access_token":"1000.a.b","token_type":"Bearer","expires_in":3600000,"expires_in_sec":3600}"#,
        );
        assert_eq!(
            cached(&legacy, now).expires_at,
            now + Duration::from_secs(3600)
        );
        let legacy_without_hint =
            response(r#"{"access_token":"1000.a.b","token_type":"Bearer","expires_in":3600000}"#);
        assert_eq!(
            cached(&legacy_without_hint, now).expires_at,
            now + Duration::from_secs(3600)
        );
    }

    #[test]
    fn zoho_errors_sent_with_http_200_become_token_errors() {
        let body = br#"{"error":"invalid_code"}"#.to_vec();
        let parse_error = serde_path_to_error::deserialize::<_, ZohoTokenResponse>(
            &mut serde_json::Deserializer::from_slice(&body),
        )
        .unwrap_err();
        let error = token_error(
            RequestTokenError::Parse(parse_error, body),
            TokenRequest::Refresh,
            200,
        );
        assert!(error.needs_sign_in(), "{error:?}");
        assert_eq!(error.zoho_code(), Some("invalid_code"));
        assert_eq!(
            error.summary().text(),
            "Your saved Zoho sign-in is no longer valid; it may have been revoked."
        );

        let body = r#"{"error":"Access Denied","error_description":"You have made too many requests continuously. Please try again after some time.","status":"failure"}"#.as_bytes().to_vec();
        let parse_error = serde_path_to_error::deserialize::<_, ZohoTokenResponse>(
            &mut serde_json::Deserializer::from_slice(&body),
        )
        .unwrap_err();
        let error = token_error(
            RequestTokenError::Parse(parse_error, body),
            TokenRequest::Refresh,
            200,
        );
        assert!(
            matches!(
                error,
                Error::Token {
                    code: TokenErrorCode::Throttled,
                    ..
                }
            ),
            "{error:?}"
        );
        assert_eq!(
            error.resolution().text(),
            "Wait about 10 minutes, then try again."
        );
    }

    /// What `token_error` makes of `body` arriving with `http_status`, as the `oauth2` crate
    /// hands it over: a 200 with an error body fails to parse as tokens; any other status is
    /// read as an OAuth error answer.
    fn code_exchange_error(body: &str, http_status: u16) -> Error {
        let bytes = body.as_bytes().to_vec();
        let request_error = if http_status == 200 {
            let parse_error = serde_path_to_error::deserialize::<_, ZohoTokenResponse>(
                &mut serde_json::Deserializer::from_slice(&bytes),
            )
            .unwrap_err();
            RequestTokenError::Parse(parse_error, bytes)
        } else {
            RequestTokenError::ServerResponse(serde_json::from_slice(&bytes).unwrap())
        };
        token_error(request_error, TokenRequest::CodeExchange, http_status)
    }

    #[test]
    fn every_token_error_code_has_its_own_message_and_remedy() {
        let redirect_advice = format!(
            "In Zoho's API console, add these redirect URIs to the client exactly as written: {}.",
            redirect_uris_for_display()
        );
        let cases = [
            (
                "invalid_code",
                TokenErrorCode::InvalidCode,
                "The sign-in code from Zoho had expired or was already used.",
                "Sign in again.".to_owned(),
            ),
            (
                "invalid_client",
                TokenErrorCode::InvalidClient,
                "Zoho does not recognise this app's client ID for your account's data centre.",
                "Check the client ID. In Zoho's API console, open the client's Settings and enable your data centre (multi-DC), then sign in again.".to_owned(),
            ),
            (
                "invalid_client_secret",
                TokenErrorCode::InvalidClientSecret,
                "Zoho did not accept this app's client secret.",
                "Copy the client secret again from Zoho's API console and enter it again."
                    .to_owned(),
            ),
            (
                "invalid_redirect_uri",
                TokenErrorCode::InvalidRedirectUri,
                "Zoho did not accept the address the sign-in returns to (the redirect URI).",
                redirect_advice,
            ),
            (
                "access_denied",
                TokenErrorCode::AccessDenied,
                "Zoho is refusing new sign-ins for this app for a few minutes.",
                "Wait about 10 minutes, then try again.".to_owned(),
            ),
            (
                "Access Denied",
                TokenErrorCode::Throttled,
                "Zoho has paused new access for this sign-in because too many were requested in a short time.",
                "Wait about 10 minutes, then try again.".to_owned(),
            ),
            (
                "unsupported_grant_type",
                TokenErrorCode::Other("unsupported_grant_type".to_owned()),
                "Zoho refused the sign-in (unsupported_grant_type).",
                "Try signing in again. If it keeps happening, report the problem and mention the error code.".to_owned(),
            ),
        ];
        for (zoho_error, code, sentence, resolution) in cases {
            // Zoho usually says it with HTTP 200; other servers (and Zoho at times) with a 400.
            for http_status in [200, 400] {
                let body = serde_json::json!({ "error": zoho_error }).to_string();
                let error = code_exchange_error(&body, http_status);
                assert_eq!(
                    error,
                    Error::Token {
                        request: TokenRequest::CodeExchange,
                        code: code.clone(),
                        description: None,
                        http_status,
                    },
                    "{zoho_error} with HTTP {http_status}"
                );
                assert_eq!(error.summary().text(), sentence, "{zoho_error}");
                assert_eq!(error.resolution().text(), resolution, "{zoho_error}");
                assert_eq!(error.zoho_code(), Some(zoho_error));
                let line = crate::problem::zoho::one_line(&error).text();
                assert!(
                    line.contains(&format!("(Zoho code {zoho_error}).")),
                    "{line}"
                );
            }
        }

        // Zoho's description is kept for the details view, never in place of the sentence.
        let described = code_exchange_error(
            r#"{"error":"invalid_client","error_description":"Client not found in this DC"}"#,
            200,
        );
        assert_eq!(
            described.technical_detail(),
            Some("Client not found in this DC")
        );
        assert_eq!(
            described.summary().text(),
            "Zoho does not recognise this app's client ID for your account's data centre."
        );
    }

    #[test]
    fn api_domains_outside_zoho_are_refused() {
        let start = Url::parse("https://accounts.zoho.com").unwrap();
        let accounts = Url::parse("https://accounts.zoho.eu").unwrap();
        let evil = response(
            r#"{"access_token":"1000.a.b","token_type":"Bearer","api_domain":"https://www.zohoapis.eu.evil.example"}"#,
        );
        assert!(matches!(
            api_domain_of(&evil, &start, &accounts),
            Err(Error::SignIn(SignInProblem::ApiDomainNotAllowed { .. }))
        ));
        let missing = response(r#"{"access_token":"1000.a.b","token_type":"Bearer"}"#);
        assert_eq!(
            api_domain_of(&missing, &start, &accounts).unwrap().as_str(),
            "https://www.zohoapis.eu/"
        );
    }
}
