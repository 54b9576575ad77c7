//! The shapes of the simulated Zoho's answers: JSON, Zoho's error bodies, pages, redirects.

use axum::{
    body::Body,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use serde_json::json;

use super::fault::zoho_error_kind;

/// The content type Zoho's JSON answers carry.
pub(crate) const JSON_CONTENT_TYPE: &str = "application/json;charset=UTF-8";

/// The content type of the pages the accounts server shows.
pub(crate) const HTML_CONTENT_TYPE: &str = "text/html;charset=UTF-8";

/// A JSON answer with the given status.
pub(crate) fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    bytes(status, JSON_CONTENT_TYPE, value.to_string().into_bytes())
}

/// An answer with the given status, content type and body.
pub(crate) fn bytes(status: StatusCode, content_type: &str, body: impl Into<Body>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, content_type.to_owned())],
        body.into(),
    )
        .into_response()
}

/// Zoho CRM's four-key error body for `code`, with its documented status and message.
pub(crate) fn zoho_error(code: &str) -> Response {
    let kind = zoho_error_kind(code);
    let status = StatusCode::from_u16(kind.status).unwrap_or(StatusCode::BAD_REQUEST);
    json(
        status,
        &json!({"code": code, "details": {}, "message": kind.message, "status": "error"}),
    )
}

/// Zoho accounts' token error: HTTP 200 and `{"error": …}`, as real users see it.
pub(crate) fn token_error(error: &str, description: Option<&str>) -> Response {
    let mut body = serde_json::Map::new();
    body.insert("error".to_owned(), error.into());
    if let Some(description) = description {
        body.insert("error_description".to_owned(), description.into());
    }
    json(StatusCode::OK, &serde_json::Value::Object(body))
}

/// An HTML page with the given status.
pub(crate) fn html(status: StatusCode, page: String) -> Response {
    bytes(status, HTML_CONTENT_TYPE, page)
}

/// A 302 redirect to `location`.
pub(crate) fn redirect(location: &str) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, location.to_owned())]).into_response()
}
