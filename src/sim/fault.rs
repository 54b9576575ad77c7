//! Faults a test can inject: which endpoint, what goes wrong, how many times.

/// An endpoint of the simulated Zoho that latency and faults can be aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `GET /crm/v7/org`.
    Org,
    /// `GET /crm/v7/org/photo`.
    Photo,
    /// `POST /crm/v7/org/photo` (a new logo).
    PhotoUpload,
    /// `DELETE /crm/v7/org/photo`.
    PhotoDelete,
    /// `POST /oauth/v2/token` in either data centre (code exchange and refresh).
    Token,
    /// `POST /oauth/v2/token/revoke` in either data centre.
    Revoke,
    /// `GET /oauth/v2/auth` (the consent page) in either data centre.
    Authorize,
}

/// One thing that goes wrong instead of the normal answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Zoho's four-key error body for `code`, with the documented HTTP status and message
    /// (`INVALID_REQUEST_METHOD`, `OAUTH_SCOPE_MISMATCH`, `AUTHENTICATION_FAILURE`,
    /// `NO_PERMISSION`, `INVALID_URL_PATTERN`, `INTERNAL_ERROR`, `AUTHORIZATION_FAILED`,
    /// `INVALID_TOKEN`, `TOO_MANY_REQUESTS`; any other code answers 400).
    ZohoError {
        /// Zoho's error code, e.g. `NO_PERMISSION`.
        code: String,
    },
    /// HTTP 429 with a `TOO_MANY_REQUESTS` body and, if given, a `Retry-After` header.
    TooManyRequests {
        /// The `Retry-After` value in seconds; `None` sends no header.
        retry_after_secs: Option<u64>,
    },
    /// HTTP 204 with an empty body (what an org without a logo may get).
    NoPhoto,
    /// HTTP 200 with the normal headers but no body at all: the other way an org without a logo
    /// may be answered, since Zoho does not say which it uses (zoho.md §5.3).
    EmptyBody,
    /// HTTP 200, `Content-Type: application/json`, and a complete JSON body (the normal one, or
    /// Zoho's `INTERNAL_ERROR` body where the normal answer is not JSON) whose first `:` became
    /// `;`, so it no longer parses. A body cut short on the wire is [`Fault::TruncatedBody`].
    MalformedJson,
    /// A proxy's HTTP 502 HTML page instead of Zoho's answer.
    HtmlErrorPage,
    /// HTTP 200 with a `text/html` sign-in page instead of Zoho's answer, as a captive portal or
    /// a proxy that wants a login sends it: a success status that must still not pass for data.
    CaptivePortal,
    /// The normal answer's headers with its full `Content-Length`, half the body, then the
    /// connection closes.
    TruncatedBody,
    /// HTTP 200 with an honest `Content-Length` of `bytes` (at least the normal body's size):
    /// the normal body padded with JSON whitespace or, for the photo, zero bytes after the image.
    OversizeBody {
        /// The body's size in bytes.
        bytes: usize,
    },
    /// HTTP 200 with `{"error": …, "error_description": …}` as Zoho's accounts server answers;
    /// on [`Endpoint::Authorize`] a redirect back to the app with `error=…` instead.
    TokenError {
        /// The `error` value, e.g. `invalid_code`.
        error: String,
        /// The `error_description` value, left out when `None`.
        description: Option<String>,
    },
    /// The connection is closed as soon as the request has arrived, with no HTTP reply at all
    /// (what a client sees when the network drops).
    Offline,
}

/// A fault aimed at one endpoint, for every request or for the next `times` requests, of every
/// org or of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    /// What goes wrong.
    pub fault: Fault,
    /// Where it goes wrong.
    pub endpoint: Endpoint,
    /// For how many requests; `None` until cleared.
    pub times: Option<u32>,
    /// Only for requests about the org with this ID (told by the request's code or token);
    /// `None` for every request.
    pub org: Option<String>,
}

impl FaultRule {
    /// A fault on every request to `endpoint` until the faults are cleared.
    pub fn new(endpoint: Endpoint, fault: Fault) -> FaultRule {
        FaultRule {
            fault,
            endpoint,
            times: None,
            org: None,
        }
    }

    /// Limits the fault to requests about the org with Zoho ID `org_id`: CRM calls with its
    /// access tokens, code exchanges of its codes, refreshes and revocations of its tokens. The
    /// consent page ([`Endpoint::Authorize`]) is about no org yet, so such a rule never hits it.
    pub fn for_org(mut self, org_id: &str) -> FaultRule {
        self.org = Some(org_id.to_owned());
        self
    }

    /// Limits the fault to the next `times` requests to its endpoint.
    pub fn for_requests(mut self, times: u32) -> FaultRule {
        self.times = Some(times);
        self
    }
}

/// A documented Zoho CRM error: its HTTP status and message (from Zoho's org and photo pages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ZohoErrorKind {
    pub status: u16,
    pub message: &'static str,
}

/// The HTTP status and message Zoho documents for an error `code`.
// TOO_MANY_REQUESTS's message is not documented (zoho.md §5.5); ours is a plausible stand-in.
pub(crate) fn zoho_error_kind(code: &str) -> ZohoErrorKind {
    let (status, message) = match code {
        "INVALID_REQUEST_METHOD" => (400, "The http request method type is not a valid one"),
        "OAUTH_SCOPE_MISMATCH" => (401, "Unauthorized"),
        "AUTHENTICATION_FAILURE" => (401, "Authentication failed"),
        "INVALID_TOKEN" => (401, "invalid oauth token"),
        "NO_PERMISSION" => (403, "Permission denied to read"),
        "INVALID_URL_PATTERN" => (
            404,
            "Please check if the URL trying to access is a correct one",
        ),
        "INTERNAL_ERROR" => (500, "Internal Server Error"),
        "AUTHORIZATION_FAILED" => (
            400,
            "User does not have sufficient privilege to read organization data",
        ),
        "FILE_SIZE_MORE_THAN_ALLOWED_SIZE" => {
            (415, "The file size exceeds the maximum allowed size")
        }
        "INVALID_DATA" => (400, "invalid data"),
        "TOO_MANY_REQUESTS" => (429, "You have exceeded the number of API requests allowed"),
        _ => (400, "The request could not be processed"),
    };
    ZohoErrorKind { status, message }
}
