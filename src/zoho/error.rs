//! Everything that can go wrong between the app and Zoho, as typed data: what happened, Zoho's
//! code, the HTTP status and Zoho's own message. The words a person reads (what happened, what
//! to do) come from the catalog through [`Explain`], which the app implements outside the
//! client (`crate::problem`); `Display` is a short technical line for logs only.

use std::fmt;
use std::time::Duration;

use crate::i18n::Msg;

/// The words for an error, in the person's language. The app supplies them (`crate::problem`),
/// so the client names the trait but holds no sentences.
pub trait Explain {
    /// What happened, in one sentence.
    fn summary(&self) -> Msg;
    /// What the person can do about it, in one or two sentences.
    fn resolution(&self) -> Msg;
}

/// Which piece of data a request was for, so messages can name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// `GET /crm/v7/org`.
    Organization,
    /// `GET /crm/v7/org/photo`.
    Logo,
    /// A request to Zoho's accounts server (sign-in, token refresh, sign-out).
    Accounts,
}

/// The error codes Zoho CRM documents for the organization endpoints, plus the ones every CRM
/// call can return. Codes the app does not know are kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CrmCode {
    /// `INVALID_REQUEST_METHOD` (HTTP 400).
    InvalidRequestMethod,
    /// `OAUTH_SCOPE_MISMATCH` (HTTP 401).
    OauthScopeMismatch,
    /// `AUTHENTICATION_FAILURE` (HTTP 401).
    AuthenticationFailure,
    /// `NO_PERMISSION` (HTTP 403).
    NoPermission,
    /// `INVALID_URL_PATTERN` (HTTP 404).
    InvalidUrlPattern,
    /// `INTERNAL_ERROR` (HTTP 500).
    InternalError,
    /// `AUTHORIZATION_FAILED` (HTTP 400).
    AuthorizationFailed,
    /// `INVALID_TOKEN` (HTTP 401): expired or revoked access token.
    InvalidToken,
    /// Any other code, as Zoho sent it.
    Other(String),
}

impl CrmCode {
    /// Reads a code as it appears in Zoho's error body.
    pub fn parse(code: &str) -> Self {
        match code.trim().to_ascii_uppercase().as_str() {
            "INVALID_REQUEST_METHOD" => Self::InvalidRequestMethod,
            "OAUTH_SCOPE_MISMATCH" => Self::OauthScopeMismatch,
            "AUTHENTICATION_FAILURE" => Self::AuthenticationFailure,
            "NO_PERMISSION" => Self::NoPermission,
            "INVALID_URL_PATTERN" => Self::InvalidUrlPattern,
            "INTERNAL_ERROR" | "INTERNAL_SERVER_ERROR" => Self::InternalError,
            "AUTHORIZATION_FAILED" => Self::AuthorizationFailed,
            "INVALID_TOKEN" | "INVALID_OAUTHTOKEN" => Self::InvalidToken,
            _ => Self::Other(code.trim().to_owned()),
        }
    }

    /// The code as Zoho spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequestMethod => "INVALID_REQUEST_METHOD",
            Self::OauthScopeMismatch => "OAUTH_SCOPE_MISMATCH",
            Self::AuthenticationFailure => "AUTHENTICATION_FAILURE",
            Self::NoPermission => "NO_PERMISSION",
            Self::InvalidUrlPattern => "INVALID_URL_PATTERN",
            Self::InternalError => "INTERNAL_ERROR",
            Self::AuthorizationFailed => "AUTHORIZATION_FAILED",
            Self::InvalidToken => "INVALID_TOKEN",
            Self::Other(code) => code,
        }
    }
}

impl fmt::Display for CrmCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which request to Zoho's token endpoint failed: the same Zoho answer means different things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRequest {
    /// Turning the sign-in code from the browser into tokens.
    CodeExchange,
    /// Getting a fresh access token with the saved refresh token.
    Refresh,
    /// Revoking the refresh token at sign-out.
    Revoke,
}

/// An `error` value from Zoho's token endpoint (usually sent with HTTP 200).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenErrorCode {
    /// `invalid_code`: the sign-in code expired or was used, or the refresh token was revoked.
    InvalidCode,
    /// `invalid_client`: unknown client ID, or the right client at the wrong data centre.
    InvalidClient,
    /// `invalid_client_secret`.
    InvalidClientSecret,
    /// `invalid_redirect_uri`: the redirect URI is not registered for the client.
    InvalidRedirectUri,
    /// `access_denied`: too many sign-in codes for this client in ten minutes.
    AccessDenied,
    /// "Access Denied" (any spelling or language) with "too many requests": too many access
    /// tokens minted from one refresh token in ten minutes.
    Throttled,
    /// Anything else, as Zoho sent it.
    Other(String),
}

impl TokenErrorCode {
    /// Reads Zoho's `error` value. Zoho localises the throttling message, so it is recognised by
    /// its description or its capitalised form rather than by exact text.
    pub fn parse(error: &str, description: Option<&str>) -> Self {
        let trimmed = error.trim();
        let throttle_words = |text: &str| {
            let lower = text.to_lowercase();
            lower.contains("too many") || lower.contains("continuously")
        };
        if trimmed != "access_denied"
            && (trimmed.eq_ignore_ascii_case("access denied")
                || description.is_some_and(throttle_words))
        {
            return Self::Throttled;
        }
        match trimmed {
            "invalid_code" | "invalid_grant" => Self::InvalidCode,
            "invalid_client" => Self::InvalidClient,
            "invalid_client_secret" => Self::InvalidClientSecret,
            "invalid_redirect_uri" => Self::InvalidRedirectUri,
            "access_denied" => Self::AccessDenied,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The value as Zoho spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidCode => "invalid_code",
            Self::InvalidClient => "invalid_client",
            Self::InvalidClientSecret => "invalid_client_secret",
            Self::InvalidRedirectUri => "invalid_redirect_uri",
            Self::AccessDenied => "access_denied",
            Self::Throttled => "Access Denied",
            Self::Other(code) => code,
        }
    }
}

/// Why an answer from Zoho could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// A web page came back instead of data, typically from a proxy or a captive portal.
    HtmlPage,
    /// The answer stopped in the middle.
    CutOff,
    /// Not JSON, or JSON of an unexpected shape.
    NotZohoJson,
    /// A well-formed answer without any organization in it.
    NoOrganization,
    /// A redirect instead of an answer; the app never follows one, so nothing went elsewhere.
    Redirected,
}

/// Why the sign-in in the browser did not complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInProblem {
    /// The `state` in the callback did not match this sign-in.
    StateMismatch,
    /// The callback named an accounts server that is not a known Zoho one.
    AccountsServerNotAllowed {
        /// The server as the callback named it.
        server: String,
    },
    /// The token answer named an API domain that is not a known Zoho one.
    ApiDomainNotAllowed {
        /// The domain as Zoho's answer named it.
        domain: String,
    },
    /// None of the redirect ports could be opened.
    PortsUnavailable {
        /// The ports that were tried, in order.
        ports: Vec<u16>,
    },
    /// The browser step was not finished in time.
    TimedOut {
        /// How long the app waited.
        after: Duration,
    },
    /// The person cancelled the sign-in in the app.
    Cancelled,
    /// The person declined access on Zoho's consent page.
    DeniedInBrowser,
    /// Zoho sent the browser back with another error.
    ZohoRefused {
        /// The `error` parameter of the callback.
        error: String,
    },
    /// The callback had no `code`.
    MissingCode,
    /// Zoho gave no refresh token, so the sign-in would not last.
    NoRefreshToken,
}

/// An error from the Zoho client: sign-in, token, CRM or transport.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// Zoho CRM answered with one of its error bodies.
    #[error("Zoho CRM refused the request for {resource:?}: {code} (HTTP {http_status})")]
    Crm {
        /// Zoho's code.
        code: CrmCode,
        /// The HTTP status.
        http_status: u16,
        /// Zoho's own message, for the details view.
        message: String,
        /// What was asked for.
        resource: Resource,
    },
    /// Zoho's API limit was reached (HTTP 429).
    #[error("Zoho rate limit (HTTP 429), retry after {retry_after:?}")]
    RateLimited {
        /// How long Zoho asked us to wait, when it said.
        retry_after: Option<Duration>,
        /// Zoho's message, when there was one.
        message: Option<String>,
    },
    /// The connection to Zoho failed.
    #[error("connection to {host} failed: {cause}")]
    Network {
        /// The host the app tried to reach.
        host: String,
        /// The underlying failure, for the details view.
        cause: String,
    },
    /// The connection was made, then closed or reset before a whole answer arrived.
    #[error("connection to {host} dropped: {cause}")]
    Dropped {
        /// The host the app reached.
        host: String,
        /// The underlying failure, for the details view.
        cause: String,
    },
    /// Zoho did not answer in time.
    #[error("{host} did not answer in time")]
    Timeout {
        /// The host the app tried to reach.
        host: String,
    },
    /// An answer was bigger than the app accepts.
    #[error("answer for {resource:?} larger than {limit} bytes")]
    TooLarge {
        /// What was asked for.
        resource: Resource,
        /// The cap, in bytes.
        limit: u64,
    },
    /// An answer the app could not read.
    #[error("unreadable answer for {resource:?} (HTTP {http_status}): {problem:?}")]
    Unreadable {
        /// What was asked for.
        resource: Resource,
        /// What was wrong with it.
        problem: Unreadable,
        /// The HTTP status.
        http_status: u16,
        /// The parser's complaint or the start of the body, for the details view.
        detail: String,
    },
    /// Zoho's token endpoint refused a request.
    #[error("token endpoint refused {request:?}: {} (HTTP {http_status})", .code.as_str())]
    Token {
        /// Which request it was.
        request: TokenRequest,
        /// Zoho's `error` value.
        code: TokenErrorCode,
        /// Zoho's `error_description`, when there was one.
        description: Option<String>,
        /// The HTTP status (often 200 for Zoho's token errors).
        http_status: u16,
    },
    /// The browser sign-in did not complete.
    #[error("sign-in did not complete: {0:?}")]
    SignIn(SignInProblem),
    /// There is no saved sign-in.
    #[error("no saved sign-in")]
    NotSignedIn,
    /// No OAuth client is configured.
    #[error("no OAuth client configured")]
    NoClient,
}

impl Error {
    /// Zoho's error code, when Zoho sent one (for the details view and the command line).
    pub fn zoho_code(&self) -> Option<&str> {
        match self {
            Self::Crm { code, .. } => Some(code.as_str()),
            Self::RateLimited { .. } => Some("TOO_MANY_REQUESTS"),
            Self::Token { code, .. } => Some(code.as_str()),
            Self::SignIn(SignInProblem::ZohoRefused { error }) => Some(error),
            Self::SignIn(SignInProblem::DeniedInBrowser) => Some("access_denied"),
            _ => None,
        }
    }

    /// The HTTP status of Zoho's answer, when there was one.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Self::Crm { http_status, .. }
            | Self::Unreadable { http_status, .. }
            | Self::Token { http_status, .. } => Some(*http_status),
            Self::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    /// Zoho's own wording or the low-level cause, for the details view.
    pub fn technical_detail(&self) -> Option<&str> {
        match self {
            Self::Crm { message, .. } => Some(message),
            Self::RateLimited { message, .. } => message.as_deref(),
            Self::Network { cause, .. } | Self::Dropped { cause, .. } => Some(cause),
            Self::Unreadable { detail, .. } => Some(detail),
            Self::Token { description, .. } => description.as_deref(),
            _ => None,
        }
    }

    /// How long Zoho asked us to wait before the next call.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// True when the saved sign-in can no longer be used and the person must sign in again.
    pub fn needs_sign_in(&self) -> bool {
        matches!(
            self,
            Self::NotSignedIn
                | Self::Crm {
                    code: CrmCode::InvalidToken | CrmCode::AuthenticationFailure,
                    ..
                }
                | Self::Token {
                    request: TokenRequest::Refresh,
                    code: TokenErrorCode::InvalidCode,
                    ..
                }
        )
    }

    /// Whether Zoho refused the refresh token itself (revoked, or pushed out by newer ones): the
    /// sign-in can never work again and is forgotten.
    pub fn refresh_token_is_dead(&self) -> bool {
        matches!(
            self,
            Self::Token {
                request: TokenRequest::Refresh,
                code: TokenErrorCode::InvalidCode,
                ..
            }
        )
    }

    /// True when Zoho could not be reached at all (offline, DNS, proxy page, cut-off answer):
    /// the last data the app has is still the best it can show.
    pub fn is_connectivity(&self) -> bool {
        matches!(
            self,
            Self::Network { .. }
                | Self::Dropped { .. }
                | Self::Timeout { .. }
                | Self::Unreadable {
                    problem: Unreadable::HtmlPage | Unreadable::CutOff,
                    ..
                }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_crm_code_parses_to_its_own_variant() {
        let codes = [
            ("INVALID_REQUEST_METHOD", CrmCode::InvalidRequestMethod),
            ("OAUTH_SCOPE_MISMATCH", CrmCode::OauthScopeMismatch),
            ("AUTHENTICATION_FAILURE", CrmCode::AuthenticationFailure),
            ("NO_PERMISSION", CrmCode::NoPermission),
            ("INVALID_URL_PATTERN", CrmCode::InvalidUrlPattern),
            ("INTERNAL_ERROR", CrmCode::InternalError),
            ("AUTHORIZATION_FAILED", CrmCode::AuthorizationFailed),
            ("INVALID_TOKEN", CrmCode::InvalidToken),
        ];
        for (text, code) in codes {
            assert_eq!(CrmCode::parse(text), code);
            assert_eq!(code.as_str(), text);
        }
        assert_eq!(
            CrmCode::parse("SOMETHING_NEW"),
            CrmCode::Other("SOMETHING_NEW".into())
        );
    }

    #[test]
    fn throttling_is_recognised_in_any_language_by_its_shape() {
        assert_eq!(
            TokenErrorCode::parse(
                "Access Denied",
                Some("You have made too many requests continuously.")
            ),
            TokenErrorCode::Throttled
        );
        assert_eq!(
            TokenErrorCode::parse(
                "访问被拒绝",
                Some("You have made too many requests continuously")
            ),
            TokenErrorCode::Throttled
        );
        assert_eq!(
            TokenErrorCode::parse("access_denied", None),
            TokenErrorCode::AccessDenied
        );
        assert_eq!(
            TokenErrorCode::parse("invalid_code", None),
            TokenErrorCode::InvalidCode
        );
    }
}
