//! The simulated Zoho accounts server: consent page, token endpoint, revocation.
//!
//! It follows Zoho's documented behaviour (zoho.md §1, §9.1), including the parts a lenient
//! server would skip: exact redirect URI match, single-use short-lived codes bound to the org
//! picked on the consent page and to its data centre, PKCE S256, credentials in the form body
//! only, errors as HTTP 200 `{"error": …}`, no refresh token on refresh, and the refresh
//! throttle.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{
    body::Bytes,
    extract::{RawQuery, State},
    http::{HeaderMap, StatusCode, header},
    response::Response,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use serde_json::json;
use sha2::{Digest, Sha256};
use url::Url;

use super::{
    DataCentre,
    pages::{ConsentPage, error_page},
    reply,
    sample::SIGNED_IN_USER,
    state::{AuthRequest, Config, GrantCode, OrgIndex, Shared, random_id, random_token},
};

/// Where the consent page's form posts its answer.
pub const CONSENT_PATH: &str = "/oauth/v2/consent";

/// The scopes that let a token read the org (either is enough, per Zoho's org pages).
pub(crate) const ORG_READ_SCOPES: [&str; 2] = ["ZohoCRM.org.READ", "ZohoCRM.org.ALL"];

/// How long a consent page can be answered.
const CONSENT_TICKET_LIFETIME: Duration = Duration::from_secs(600);

/// One accounts server: the shared state plus which data centre it plays.
#[derive(Clone)]
pub(crate) struct AccountsServer {
    pub shared: Arc<Shared>,
    pub data_centre: DataCentre,
}

/// Request parameters from a query string or a form body; the first value of a name wins.
pub(crate) struct Params(Vec<(String, String)>);

impl Params {
    /// The parameters of a query string.
    pub fn from_query(query: Option<&str>) -> Params {
        let pairs = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes());
        Params(pairs.into_owned().collect())
    }

    /// The parameters of a form body; a body of any other content type has none.
    pub fn from_form(headers: &HeaderMap, body: &[u8]) -> Params {
        let is_form = headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|mime| {
                mime.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Params(Vec::new());
        }
        Params(url::form_urlencoded::parse(body).into_owned().collect())
    }

    /// The value of `name`, if present and not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .filter(|value| !value.is_empty())
    }
}

/// `GET /oauth/v2/auth`: checks the request and shows the consent page.
pub(crate) async fn authorize(
    State(server): State<AccountsServer>,
    RawQuery(query): RawQuery,
) -> Response {
    let config = &server.shared.config;
    let params = Params::from_query(query.as_deref());
    let redirect_uri = match checked_redirect_uri(config, &params) {
        Ok(redirect_uri) => redirect_uri,
        Err(rejection) => return rejection.page(),
    };
    let state = params.get("state");
    let refuse = |error: &str, description: &str| {
        redirect_with_error(redirect_uri, error, Some(description), state)
    };
    if params.get("response_type") != Some("code") {
        return refuse("unsupported_response_type", "response_type must be code");
    }
    let Some(state) = state else {
        return refuse("invalid_request", "state is missing");
    };
    let scopes: Vec<String> = params
        .get("scope")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|scope| !scope.is_empty())
        .map(str::to_owned)
        .collect();
    if !scopes
        .iter()
        .any(|scope| ORG_READ_SCOPES.contains(&scope.as_str()))
    {
        return refuse("invalid_scope", "the scope must include ZohoCRM.org.READ");
    }
    let Some(code_challenge) = params
        .get("code_challenge")
        .filter(|c| is_s256_challenge(c))
    else {
        return refuse("invalid_request", "code_challenge is missing or malformed");
    };
    if params.get("code_challenge_method") != Some("S256") {
        return refuse("invalid_request", "code_challenge_method must be S256");
    }

    let request = AuthRequest {
        client_id: config.options.client_id.clone(),
        redirect_uri: redirect_uri.to_owned(),
        state: state.to_owned(),
        scopes,
        code_challenge: code_challenge.to_owned(),
        offline: params.get("access_type") == Some("offline"),
        prompt_consent: params.get("prompt") == Some("consent"),
        created: Instant::now(),
    };
    let ticket = random_id();
    let page = ConsentPage {
        orgs: &config.options.orgs,
        user: SIGNED_IN_USER,
        data_centre: config.first_org.data_centre,
        scopes: &request.scopes,
        offline: request.offline,
        ticket: &ticket,
    }
    .render();
    {
        let mut state = server.shared.lock();
        state
            .consent_tickets
            .retain(|_, pending| pending.created.elapsed() < CONSENT_TICKET_LIFETIME);
        state.consent_tickets.insert(ticket, request);
    }
    reply::html(StatusCode::OK, page)
}

/// An authorization request that cannot even be redirected back: the page to show instead.
struct Unredirectable {
    title: &'static str,
    message: &'static str,
}

impl Unredirectable {
    fn page(&self) -> Response {
        bad_request_page(self.title, self.message)
    }
}

/// The redirect URI of an authorization request whose client and redirect URI are both valid;
/// otherwise what the error page says, since an unregistered URI must never be redirected to.
fn checked_redirect_uri<'a>(
    config: &Config,
    params: &'a Params,
) -> Result<&'a str, Unredirectable> {
    if params.get("client_id") != Some(config.options.client_id.as_str()) {
        return Err(Unredirectable {
            title: "This app is not registered",
            message: "Zoho does not know the app that sent you here (its client ID is missing \
                      or unknown). Check the client ID in the app's settings, then sign in again.",
        });
    }
    match params.get("redirect_uri") {
        Some(redirect_uri) if config.is_registered_redirect_uri(redirect_uri) => Ok(redirect_uri),
        _ => Err(Unredirectable {
            title: "Invalid redirect URI",
            message: "The address this app wants to return to is not registered for it. \
                      Register the exact redirect URI in the Zoho API console, then sign in \
                      again.",
        }),
    }
}

/// The answer to an authorization request that a fault says must fail with `error`: a redirect
/// back to the app when its client and redirect URI are valid, else the error page.
pub(crate) fn authorize_error(
    config: &Config,
    query: Option<&str>,
    error: &str,
    description: Option<&str>,
) -> Response {
    let params = Params::from_query(query);
    match checked_redirect_uri(config, &params) {
        Ok(redirect_uri) => {
            redirect_with_error(redirect_uri, error, description, params.get("state"))
        }
        Err(rejection) => rejection.page(),
    }
}

/// `POST /oauth/v2/consent` with `ticket`, `decision` (`allow` or `deny`) and `org` (the picked
/// org's ID; without it the first org, which the page preselects).
pub(crate) async fn consent(
    State(server): State<AccountsServer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let params = Params::from_form(&headers, &body);
    let mut state = server.shared.lock();
    state.stats.consent_answers += 1;
    let allow = match params.get("decision") {
        Some("allow") => true,
        Some("deny") => false,
        _ => {
            return bad_request_page(
                "Choose Allow or Deny",
                "The answer to the consent page was not understood. Go back and click Allow or \
                 Deny.",
            );
        }
    };
    let config = &server.shared.config;
    let org = match params.get("org") {
        None => 0,
        Some(org_id) => match config.org_index(org_id) {
            Some(org) => org,
            None => {
                return bad_request_page(
                    "Choose one of your organizations",
                    "The organization picked on the consent page is not one you belong to. Go \
                     back and pick one from the list.",
                );
            }
        },
    };
    let request = params
        .get("ticket")
        .and_then(|ticket| state.consent_tickets.remove(ticket))
        .filter(|request| request.created.elapsed() < CONSENT_TICKET_LIFETIME);
    let Some(request) = request else {
        return bad_request_page(
            "This page has expired",
            "This consent page was already answered or is too old. Go back to the app and sign \
             in again.",
        );
    };
    if !allow {
        return redirect_with_error(
            &request.redirect_uri,
            "access_denied",
            None,
            Some(&request.state),
        );
    }

    let first_consent = state.consented.insert((request.client_id.clone(), org));
    let code = random_token();
    state
        .codes
        .retain(|_, code| code.issued.elapsed() < config.options.code_lifetime);
    state.codes.insert(
        code.clone(),
        GrantCode {
            client_id: request.client_id,
            redirect_uri: request.redirect_uri.clone(),
            scopes: request.scopes,
            code_challenge: request.code_challenge,
            issue_refresh_token: request.offline && (request.prompt_consent || first_consent),
            org,
            issued: Instant::now(),
        },
    );
    drop(state);
    let accounts_server = config.accounts_server(org);
    redirect_with(
        &request.redirect_uri,
        &[
            ("code", code.as_str()),
            ("state", request.state.as_str()),
            ("location", config.org_data_centre(org).code()),
            ("accounts-server", accounts_server.as_str()),
        ],
    )
}

/// `POST /oauth/v2/token`: the authorization-code and refresh-token grants.
pub(crate) async fn token(
    State(server): State<AccountsServer>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Credentials count only in the form body: an HTTP Basic header alone leaves the body without
    // a client_id, which Zoho answers with invalid_client.
    let params = Params::from_form(&headers, &body);
    let options = &server.shared.config.options;
    if params.get("client_id") != Some(options.client_id.as_str()) {
        return reply::token_error("invalid_client", None);
    }
    if params.get("client_secret") != Some(options.client_secret.as_str()) {
        return reply::token_error("invalid_client_secret", None);
    }
    match params.get("grant_type") {
        Some("authorization_code") => exchange_code(&server, &params),
        Some("refresh_token") => refresh(&server, &params),
        _ => reply::token_error("unsupported_grant_type", None),
    }
}

/// The authorization-code grant.
fn exchange_code(server: &AccountsServer, params: &Params) -> Response {
    let config = &server.shared.config;
    let mut state = server.shared.lock();
    let Some((code, grant)) = params
        .get("code")
        .and_then(|code| state.codes.get(code).map(|grant| (code, grant.clone())))
    else {
        return reply::token_error("invalid_code", None);
    };
    if config.org_data_centre(grant.org) != server.data_centre {
        // What real users see when they exchange at accounts.zoho.com instead of their own DC.
        return reply::token_error("invalid_client", None);
    }
    if grant.client_id != config.options.client_id {
        return reply::token_error("invalid_code", None);
    }
    if params.get("redirect_uri") != Some(grant.redirect_uri.as_str()) {
        return reply::token_error("invalid_redirect_uri", None);
    }
    if grant.issued.elapsed() >= config.options.code_lifetime {
        state.codes.remove(code);
        return reply::token_error("invalid_code", None);
    }
    let verified = params
        .get("code_verifier")
        .is_some_and(|verifier| verifier_matches(verifier, &grant.code_challenge));
    if !verified {
        return reply::token_error("invalid_code", None);
    }
    state.codes.remove(code);

    let refresh_token = grant
        .issue_refresh_token
        .then(|| state.mint_refresh_token(&grant.client_id, &grant.scopes, grant.org));
    let access_token = state.mint_access_token(
        &grant.scopes,
        grant.org,
        refresh_token.as_deref(),
        config.options.access_token_lifetime,
    );
    drop(state);
    token_reply(
        config,
        grant.org,
        &access_token,
        refresh_token.as_deref(),
        &grant.scopes,
    )
}

/// The refresh-token grant: a new access token, never a new refresh token.
fn refresh(server: &AccountsServer, params: &Params) -> Response {
    let config = &server.shared.config;
    let mut state = server.shared.lock();
    let Some(refresh_token) = params.get("refresh_token") else {
        return reply::token_error("invalid_code", None);
    };
    let Some(record) = state
        .refresh_tokens
        .get_mut(refresh_token)
        .filter(|record| {
            config.org_data_centre(record.org) == server.data_centre
                && record.client_id == config.options.client_id
        })
    else {
        return reply::token_error("invalid_code", None);
    };
    if !record.take_mint(Instant::now()) {
        // zoho.md §1.9: HTTP 200 and this body, past 10 new access tokens in 10 minutes.
        return reply::json(
            StatusCode::OK,
            &json!({
                "error": "Access Denied",
                "error_description":
                    "You have made too many requests continuously. Please try again after some time.",
                "status": "failure"
            }),
        );
    }
    let scopes = record.scopes.clone();
    let org = record.org;
    let access_token = state.mint_access_token(
        &scopes,
        org,
        Some(refresh_token),
        config.options.access_token_lifetime,
    );
    drop(state);
    token_reply(config, org, &access_token, None, &scopes)
}

/// A successful token reply for `org`, with Zoho's fields in Zoho's order; `api_domain` is the
/// CRM API of the org's data centre.
fn token_reply(
    config: &Config,
    org: OrgIndex,
    access_token: &str,
    refresh_token: Option<&str>,
    scopes: &[String],
) -> Response {
    let mut body = serde_json::Map::new();
    body.insert("access_token".to_owned(), access_token.into());
    if let Some(refresh_token) = refresh_token {
        body.insert("refresh_token".to_owned(), refresh_token.into());
    }
    // Requests separate scopes with commas; Zoho's replies separate them with spaces.
    body.insert("scope".to_owned(), scopes.join(" ").into());
    body.insert("api_domain".to_owned(), config.api_domain(org).into());
    body.insert("token_type".to_owned(), "Bearer".into());
    body.insert(
        "expires_in".to_owned(),
        config.options.access_token_lifetime.as_secs().into(),
    );
    reply::json(StatusCode::OK, &serde_json::Value::Object(body))
}

/// `POST /oauth/v2/token/revoke?token=…` (or `token` in a form body), at the token's org's
/// accounts server. Revoking a refresh token revokes the access tokens it minted and nothing
/// else: other refresh tokens, of its org or another, keep working.
pub(crate) async fn revoke(
    State(server): State<AccountsServer>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let from_query = Params::from_query(query.as_deref());
    let from_form = Params::from_form(&headers, &body);
    let token = from_query.get("token").or_else(|| from_form.get("token"));
    let revoked = token.is_some_and(|token| {
        let config = &server.shared.config;
        let mut state = server.shared.lock();
        let here = |org: OrgIndex| config.org_data_centre(org) == server.data_centre;
        if state
            .refresh_tokens
            .get(token)
            .is_some_and(|record| here(record.org))
        {
            state.refresh_tokens.remove(token);
            state
                .access_tokens
                .retain(|_, access| access.refresh_token.as_deref() != Some(token));
            true
        } else if state
            .access_tokens
            .get(token)
            .is_some_and(|record| here(record.org))
        {
            state.access_tokens.remove(token);
            true
        } else {
            false
        }
    });
    if revoked {
        reply::json(StatusCode::OK, &json!({"status": "success"}))
    } else {
        reply::json(StatusCode::BAD_REQUEST, &json!({"error": "invalid_token"}))
    }
}

/// Any other path on the accounts server.
pub(crate) async fn not_found() -> Response {
    reply::html(
        StatusCode::NOT_FOUND,
        error_page("Page not found", "There is no page at this address."),
    )
}

fn bad_request_page(title: &str, message: &str) -> Response {
    reply::html(StatusCode::BAD_REQUEST, error_page(title, message))
}

/// A redirect back to the app with OAuth's `error` (and `state` when the app sent one).
fn redirect_with_error(
    redirect_uri: &str,
    error: &str,
    description: Option<&str>,
    state: Option<&str>,
) -> Response {
    let mut params = vec![("error", error)];
    if let Some(description) = description {
        params.push(("error_description", description));
    }
    if let Some(state) = state {
        params.push(("state", state));
    }
    redirect_with(redirect_uri, &params)
}

/// A redirect to a registered `redirect_uri` with `params` added to its query.
fn redirect_with(redirect_uri: &str, params: &[(&str, &str)]) -> Response {
    match Url::parse(redirect_uri) {
        Ok(mut location) => {
            location.query_pairs_mut().extend_pairs(params);
            reply::redirect(location.as_str())
        }
        // Registered URIs are checked to be loopback http URLs, so this is a broken registration.
        Err(_) => bad_request_page(
            "Invalid redirect URI",
            "The redirect URI registered for this app is not a valid address. Fix it in the Zoho \
             API console, then sign in again.",
        ),
    }
}

/// Whether `challenge` has the shape of an S256 challenge: 43 base64url characters.
fn is_s256_challenge(challenge: &str) -> bool {
    challenge.len() == 43
        && challenge
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_')
}

/// Whether `verifier` is a valid PKCE verifier (RFC 7636 §4.1) whose S256 is `challenge`.
fn verifier_matches(verifier: &str, challenge: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"-._~".contains(&byte));
    well_formed && URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == challenge
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_7636_example_verifier_matches_its_challenge() {
        // The example pair from RFC 7636 Appendix B.
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assert!(is_s256_challenge(challenge));
        assert!(verifier_matches(verifier, challenge));
        assert!(!verifier_matches(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXx",
            challenge
        ));
        assert!(!verifier_matches("short", challenge));
        assert!(!is_s256_challenge(
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM="
        ));
    }
}
