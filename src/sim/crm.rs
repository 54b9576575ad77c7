//! The simulated Zoho CRM of one data centre: `GET /crm/v7/org` and `GET /crm/v7/org/photo` of
//! the token's org, with Zoho's error bodies for a missing or bad token (a token of an org served
//! elsewhere included), a token without org access, a wrong method, an unknown URL.

use std::sync::Arc;

use axum::{
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::{
    DataCentre,
    accounts::ORG_READ_SCOPES,
    reply,
    state::{OrgIndex, Shared},
};

/// One data centre's CRM API: the shared state plus which data centre it serves.
#[derive(Clone)]
pub(crate) struct CrmServer {
    pub shared: Arc<Shared>,
    pub data_centre: DataCentre,
}

/// `GET /crm/v7/org`: `{"org":[…]}` of the token's org.
pub(crate) async fn org(State(server): State<CrmServer>, headers: HeaderMap) -> Response {
    match check_access(&server, &headers) {
        Ok(org) => reply::bytes(
            StatusCode::OK,
            reply::JSON_CONTENT_TYPE,
            server.shared.org_body_now(org),
        ),
        Err(code) => reply::zoho_error(code),
    }
}

/// `GET /crm/v7/org/photo`: the logo's bytes of the token's org, or 204 when it has none.
pub(crate) async fn photo(State(server): State<CrmServer>, headers: HeaderMap) -> Response {
    let org = match check_access(&server, &headers) {
        Ok(org) => org,
        Err(code) => return reply::zoho_error(code),
    };
    match &server.shared.photo_now(org) {
        Some(photo) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, photo.content_type.clone()),
                (
                    header::CONTENT_DISPOSITION,
                    content_disposition(&photo.file_name),
                ),
            ],
            photo.bytes.clone(),
        )
            .into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    }
}

/// Any method the org paths do not take.
pub(crate) async fn invalid_method() -> Response {
    reply::zoho_error("INVALID_REQUEST_METHOD")
}

/// Any other path on the CRM server.
pub(crate) async fn unknown_url() -> Response {
    reply::zoho_error("INVALID_URL_PATTERN")
}

/// `attachment; filename="…"`, with quotes and backslashes kept out of the name.
pub(crate) fn content_disposition(file_name: &str) -> String {
    let safe: String = file_name
        .chars()
        .map(|character| match character {
            '"' | '\\' => '_',
            other => other,
        })
        .collect();
    format!("attachment; filename=\"{safe}\"")
}

/// The token of `Authorization: Zoho-oauthtoken <token>`, if the header is there and well formed.
pub(crate) fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("Zoho-oauthtoken"))
        .map(|(_, token)| token.trim())
        .filter(|token| !token.is_empty())
}

/// Checks the request's access token and answers its org; the error is Zoho's code for what is
/// wrong. A token works only at its own org's data centre (zoho.md §9.1): elsewhere Zoho does not
/// know it, so it is `INVALID_TOKEN`.
fn check_access(server: &CrmServer, headers: &HeaderMap) -> Result<OrgIndex, &'static str> {
    check_token(server, headers, &ORG_READ_SCOPES)
}

/// As [`check_access`], for a call that needs one of the `allowed` scopes: a token without one
/// is `OAUTH_SCOPE_MISMATCH`.
pub(super) fn check_token(
    server: &CrmServer,
    headers: &HeaderMap,
    allowed: &[&str],
) -> Result<OrgIndex, &'static str> {
    let token = bearer_token(headers).ok_or("AUTHENTICATION_FAILURE")?;
    let config = &server.shared.config;
    let state = server.shared.lock();
    let record = state
        .access_tokens
        .get(token)
        .filter(|record| std::time::Instant::now() < record.expires_at)
        .filter(|record| config.org_data_centre(record.org) == server.data_centre)
        .ok_or("INVALID_TOKEN")?;
    if !record
        .scopes
        .iter()
        .any(|scope| allowed.contains(&scope.as_str()))
    {
        return Err("OAUTH_SCOPE_MISMATCH");
    }
    Ok(record.org)
}
