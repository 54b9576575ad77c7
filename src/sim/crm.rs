//! The simulated Zoho CRM: `GET /crm/v7/org` and `GET /crm/v7/org/photo`, with Zoho's error
//! bodies for a missing or bad token, a token without org access, a wrong method, an unknown URL.

use std::sync::Arc;

use axum::{
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
};

use super::{accounts::ORG_READ_SCOPES, reply, state::Shared};

/// `GET /crm/v7/org`: `{"org":[…]}`.
pub(crate) async fn org(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(code) = check_access(&shared, &headers) {
        return reply::zoho_error(code);
    }
    reply::bytes(
        StatusCode::OK,
        reply::JSON_CONTENT_TYPE,
        shared.config.org_body.clone(),
    )
}

/// `GET /crm/v7/org/photo`: the logo's bytes, or 204 when the org has none.
pub(crate) async fn photo(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    if let Err(code) = check_access(&shared, &headers) {
        return reply::zoho_error(code);
    }
    match &shared.config.options.photo {
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

/// Any method but GET on the org paths.
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

/// Checks `Authorization: Zoho-oauthtoken <token>`; the error is Zoho's code for what is wrong.
fn check_access(shared: &Shared, headers: &HeaderMap) -> Result<(), &'static str> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("Zoho-oauthtoken"))
        .map(|(_, token)| token.trim())
        .filter(|token| !token.is_empty())
        .ok_or("AUTHENTICATION_FAILURE")?;
    let state = shared.lock();
    let record = state
        .access_tokens
        .get(token)
        .filter(|record| std::time::Instant::now() < record.expires_at)
        .ok_or("INVALID_TOKEN")?;
    if !record
        .scopes
        .iter()
        .any(|scope| ORG_READ_SCOPES.contains(&scope.as_str()))
    {
        return Err("OAUTH_SCOPE_MISMATCH");
    }
    Ok(())
}
