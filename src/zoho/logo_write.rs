//! The two calls that change the org's logo: `POST /crm/v7/org/photo` (multipart, one part named
//! `file`) and `DELETE /crm/v7/org/photo` (zoho.md §5.4, §9.2). Both need a token with a write
//! scope, which the everyday read-only sign-in does not have.
//!
//! The errors are typed and carry Zoho's facts only; the sentences a person reads are in
//! [`crate::problem`].

use std::time::Duration;

use oauth2::AccessToken;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use url::Url;

use super::api::{Answer, CrmClient, endpoint, error_from_answer, zoho_error_fields};
use super::error::{CrmCode, Error, Resource};
use super::http::{host_for_message, read_body, refuse_redirect, transport_error};
use super::photo::PhotoFormat;

/// The path of both calls, below the API domain.
const PHOTO_PATH: &str = "crm/v7/org/photo";

/// The largest answer read: Zoho's answers to these calls are a few hundred bytes of JSON.
const ANSWER_LIMIT: u64 = 64 * 1024;

/// How long an upload may take in all; a 1 MB upload on a slow line takes a while.
pub const UPLOAD_TIMEOUT: Duration = Duration::from_secs(120);

/// The largest logo Zoho takes: 1 MB (1,048,576 bytes).
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;

/// The most pixels Zoho takes in a logo: 10 megapixels.
pub const MAX_LOGO_PIXELS: u64 = 10_000_000;

/// Why Zoho did not change the logo. `Display` gives Zoho's code and status only;
/// [`crate::problem::Problem`] has the sentences.
#[derive(Debug, thiserror::Error)]
pub enum LogoWriteError {
    /// `FILE_SIZE_MORE_THAN_ALLOWED_SIZE` (HTTP 415 in Zoho's table, 413 in a mirror): over 1 MB
    /// or over 10 megapixels.
    #[error("FILE_SIZE_MORE_THAN_ALLOWED_SIZE (HTTP {http_status})")]
    TooLarge {
        /// The HTTP status Zoho answered with.
        http_status: u16,
    },
    /// `INVALID_DATA` (HTTP 400): not an image, no file, or more than one.
    #[error("INVALID_DATA (HTTP {http_status}): {message}")]
    InvalidData {
        /// The HTTP status.
        http_status: u16,
        /// Zoho's own message.
        message: String,
    },
    /// `OAUTH_SCOPE_MISMATCH` (HTTP 401): the token has no write scope.
    #[error("OAUTH_SCOPE_MISMATCH (HTTP {http_status})")]
    NoWriteScope {
        /// The HTTP status.
        http_status: u16,
    },
    /// `NO_PERMISSION` or `AUTHORIZATION_FAILED`: the Zoho user may not change the org.
    #[error("{code} (HTTP {http_status}): {message}")]
    NotAllowed {
        /// Zoho's code.
        code: CrmCode,
        /// The HTTP status.
        http_status: u16,
        /// Zoho's own message.
        message: String,
    },
    /// Any other answer, or no answer: the network, a proxy, an expired token, a Zoho fault.
    #[error(transparent)]
    Zoho(#[from] Error),
}

impl LogoWriteError {
    /// Whether the request may have reached Zoho and changed the logo although no success
    /// came back (the connection dropped or timed out after sending). Every other error is an
    /// answer from Zoho refusing the change, or a connection that never opened.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            Self::Zoho(Error::Dropped { .. } | Error::Timeout { .. })
        )
    }
}

impl CrmClient {
    /// `POST {api_domain}/crm/v7/org/photo` with `bytes` as the one part named `file`. The bytes
    /// are sent as they are; fitting them to Zoho's limits is the caller's job
    /// (`crate::logo_fit`).
    pub async fn upload_org_photo(
        &self,
        api_domain: &Url,
        access_token: &AccessToken,
        bytes: Vec<u8>,
        format: PhotoFormat,
    ) -> Result<(), LogoWriteError> {
        let part = Part::bytes(bytes)
            .file_name(format!("logo.{}", format.extension()))
            .mime_str(format.mime_type())
            .map_err(|err| {
                LogoWriteError::Zoho(Error::Network {
                    host: host_for_message(&Some(api_domain.clone())),
                    cause: err.to_string(),
                })
            })?;
        let request = self
            .http
            .post(endpoint(api_domain, PHOTO_PATH))
            .multipart(Form::new().part("file", part))
            .timeout(UPLOAD_TIMEOUT);
        self.write(api_domain, access_token, request).await
    }

    /// `DELETE {api_domain}/crm/v7/org/photo`: the org has no logo afterwards.
    pub async fn delete_org_photo(
        &self,
        api_domain: &Url,
        access_token: &AccessToken,
    ) -> Result<(), LogoWriteError> {
        let request = self
            .http
            .delete(endpoint(api_domain, PHOTO_PATH))
            .timeout(self.timeouts.org);
        self.write(api_domain, access_token, request).await
    }

    async fn write(
        &self,
        api_domain: &Url,
        access_token: &AccessToken,
        request: reqwest::RequestBuilder,
    ) -> Result<(), LogoWriteError> {
        let host = host_for_message(&Some(api_domain.clone()));
        let response = request
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", access_token.secret()),
            )
            .send()
            .await
            .map_err(|err| transport_error(&err, &host))?;
        let response = refuse_redirect(response, Resource::Logo)?;
        let status = response.status();
        let headers = response.headers().clone();
        tracing::debug!(%status, "Zoho CRM answered a logo change");
        let body = read_body(response, ANSWER_LIMIT, Resource::Logo, &host).await?;
        outcome(&Answer {
            status,
            headers,
            body,
        })
    }
}

/// What Zoho's answer to a logo change says: success only with Zoho's `SUCCESS` body (an empty
/// 200 or 204 is taken as success too, since Zoho does not document a body for every case).
fn outcome(answer: &Answer) -> Result<(), LogoWriteError> {
    let http_status = answer.status.as_u16();
    let fields = zoho_error_fields(&answer.body);
    if answer.status.is_success() {
        let empty = answer.body.trim_ascii().is_empty();
        let success = serde_json::from_slice::<serde_json::Value>(&answer.body)
            .ok()
            .is_some_and(|value| {
                value.get("code").and_then(|code| code.as_str()) == Some("SUCCESS")
                    || value.get("status").and_then(|status| status.as_str()) == Some("success")
            });
        if empty || success {
            return Ok(());
        }
    }
    if let Some(fields) = fields {
        let code = fields.code.trim().to_ascii_uppercase();
        let message = fields.message;
        return Err(match code.as_str() {
            "FILE_SIZE_MORE_THAN_ALLOWED_SIZE" => LogoWriteError::TooLarge { http_status },
            "INVALID_DATA" => LogoWriteError::InvalidData {
                http_status,
                message,
            },
            "OAUTH_SCOPE_MISMATCH" => LogoWriteError::NoWriteScope { http_status },
            "NO_PERMISSION" | "AUTHORIZATION_FAILED" => LogoWriteError::NotAllowed {
                code: CrmCode::parse(&code),
                http_status,
                message,
            },
            _ => LogoWriteError::Zoho(error_from_answer(answer, Resource::Logo)),
        });
    }
    if answer.status == StatusCode::PAYLOAD_TOO_LARGE {
        return Err(LogoWriteError::TooLarge { http_status });
    }
    Err(LogoWriteError::Zoho(error_from_answer(
        answer,
        Resource::Logo,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status: StatusCode::from_u16(status).unwrap(),
            headers: HeaderMap::new(),
            body: body.as_bytes().to_vec(),
        }
    }

    fn error(code: &str) -> String {
        format!(r#"{{"code":"{code}","details":{{}},"message":"m","status":"error"}}"#)
    }

    #[test]
    fn zohos_answers_become_typed_outcomes() {
        assert!(
            outcome(&answer(
                200,
                r#"{"code":"SUCCESS","details":{},"message":"photo uploaded successfully","status":"success"}"#
            ))
            .is_ok()
        );
        assert!(outcome(&answer(204, "")).is_ok());
        assert!(matches!(
            outcome(&answer(415, &error("FILE_SIZE_MORE_THAN_ALLOWED_SIZE"))),
            Err(LogoWriteError::TooLarge { http_status: 415 })
        ));
        // One mirror of Zoho's docs shows 413; a bare 413 from a proxy means the same.
        assert!(matches!(
            outcome(&answer(413, "<html>too large</html>")),
            Err(LogoWriteError::TooLarge { http_status: 413 })
        ));
        assert!(matches!(
            outcome(&answer(400, &error("INVALID_DATA"))),
            Err(LogoWriteError::InvalidData { .. })
        ));
        assert!(matches!(
            outcome(&answer(401, &error("OAUTH_SCOPE_MISMATCH"))),
            Err(LogoWriteError::NoWriteScope { http_status: 401 })
        ));
        assert!(matches!(
            outcome(&answer(403, &error("NO_PERMISSION"))),
            Err(LogoWriteError::NotAllowed { .. })
        ));
        assert!(matches!(
            outcome(&answer(401, &error("INVALID_TOKEN"))),
            Err(LogoWriteError::Zoho(Error::Crm {
                code: CrmCode::InvalidToken,
                ..
            }))
        ));
        // A 200 that is not Zoho's success body is not taken for a success.
        assert!(outcome(&answer(200, "<html>portal</html>")).is_err());
    }

    #[test]
    fn only_a_cut_connection_leaves_the_outcome_unknown() {
        let dropped = LogoWriteError::Zoho(Error::Dropped {
            host: "h".into(),
            cause: "reset".into(),
        });
        assert!(dropped.outcome_unknown());
        assert!(!LogoWriteError::TooLarge { http_status: 415 }.outcome_unknown());
        let refused = LogoWriteError::Zoho(Error::Network {
            host: "h".into(),
            cause: "refused".into(),
        });
        assert!(!refused.outcome_unknown());
    }
}
