//! Everything that can go wrong between the app and Zoho, told the way a CRM admin needs it: one
//! sentence saying what happened (`Display`), one saying what to do (`Error::resolution`), and the
//! technical facts (Zoho's code, the HTTP status, Zoho's own message) kept apart for a *Details*
//! view and for support tickets.

use std::fmt;
use std::time::Duration;

use super::oauth::redirect::redirect_uris_for_display;

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

impl Resource {
    /// The noun used in messages ("the organization details").
    fn noun(self) -> &'static str {
        match self {
            Self::Organization => "the organization details",
            Self::Logo => "the logo",
            Self::Accounts => "the sign-in",
        }
    }
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
    #[error("{}", crm_sentence(.code, *.resource))]
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
    #[error("Zoho is limiting how often this app may ask for data right now.")]
    RateLimited {
        /// How long Zoho asked us to wait, when it said.
        retry_after: Option<Duration>,
        /// Zoho's message, when there was one.
        message: Option<String>,
    },
    /// The connection to Zoho failed.
    #[error("Could not connect to Zoho ({host}).")]
    Network {
        /// The host the app tried to reach.
        host: String,
        /// The underlying failure, for the details view.
        cause: String,
    },
    /// The connection was made, then closed or reset before a whole answer arrived.
    #[error("The connection to Zoho ({host}) dropped before the answer arrived.")]
    Dropped {
        /// The host the app reached.
        host: String,
        /// The underlying failure, for the details view.
        cause: String,
    },
    /// Zoho did not answer in time.
    #[error("Zoho did not answer in time.")]
    Timeout {
        /// The host the app tried to reach.
        host: String,
    },
    /// An answer was bigger than the app accepts.
    #[error("Zoho's answer for {} was larger than {} MB, so the app stopped reading it.", .resource.noun(), .limit / (1024 * 1024))]
    TooLarge {
        /// What was asked for.
        resource: Resource,
        /// The cap, in bytes.
        limit: u64,
    },
    /// An answer the app could not read.
    #[error("{}", unreadable_sentence(*.problem, *.resource))]
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
    #[error("{}", token_sentence(.code, *.request))]
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
    #[error("{}", sign_in_sentence(.0))]
    SignIn(SignInProblem),
    /// There is no saved sign-in.
    #[error("You are not signed in to Zoho.")]
    NotSignedIn,
    /// No OAuth client is configured.
    #[error("This app is not set up with a Zoho client yet.")]
    NoClient,
}

impl Error {
    /// What the person can do about it, in one or two sentences.
    pub fn resolution(&self) -> String {
        match self {
            Self::Crm { code, .. } => crm_resolution(code).to_owned(),
            Self::RateLimited { retry_after, .. } => match retry_after {
                // A wait that long is not worth a number: nobody waits hours in front of the app.
                Some(wait) if *wait > LONGEST_WAIT_NAMED => {
                    "Zoho asked for a long pause; try again later.".to_owned()
                }
                Some(wait) if wait.as_secs() > 0 => format!(
                    "Wait {} and try again.",
                    plain_duration(*wait)
                ),
                _ => "Wait a minute and try again.".to_owned(),
            },
            Self::Network { .. } => {
                "Check your internet connection, then try again. If you use a proxy or VPN, make sure it lets the app reach Zoho.".to_owned()
            }
            Self::Timeout { .. } => {
                "Check your internet connection and try again in a moment.".to_owned()
            }
            Self::Dropped { .. } => {
                "Try again in a moment. If it keeps happening, a proxy, VPN or firewall may be cutting the connection to Zoho.".to_owned()
            }
            Self::TooLarge { .. } => {
                "Try again later. If it keeps happening, contact Zoho support.".to_owned()
            }
            Self::Unreadable { problem, .. } => match problem {
                Unreadable::HtmlPage => "If your network needs you to sign in to a Wi-Fi portal or proxy, do that first; then try again.".to_owned(),
                Unreadable::CutOff => "Check your internet connection and try again.".to_owned(),
                Unreadable::NotZohoJson | Unreadable::NoOrganization => "Try again. If it keeps happening, contact Zoho support.".to_owned(),
                Unreadable::Redirected => "Try again. If it keeps happening, tell your IT team: something between you and Zoho may be redirecting the app.".to_owned(),
            },
            Self::Token { code, request, .. } => token_resolution(code, *request),
            Self::SignIn(problem) => sign_in_resolution(problem),
            Self::NotSignedIn => "Sign in with Zoho first.".to_owned(),
            Self::NoClient => "Enter the client ID and secret from Zoho's API console, or set ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET.".to_owned(),
        }
    }

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

    /// The whole story in one line for a terminal: what happened, Zoho's code, what to do.
    pub fn one_line(&self) -> String {
        let mut line = self.to_string();
        if let Some(code) = self.zoho_code() {
            if line.ends_with('.') {
                line.pop();
            }
            line.push_str(&format!(" (Zoho code {code})."));
        }
        line.push(' ');
        line.push_str(&self.resolution());
        line
    }
}

fn crm_sentence(code: &CrmCode, resource: Resource) -> String {
    let what = resource.noun();
    match code {
        CrmCode::InvalidRequestMethod => {
            format!("Zoho did not accept the way this app asked for {what}.")
        }
        CrmCode::OauthScopeMismatch => {
            format!("Your sign-in does not include permission to read {what}.")
        }
        CrmCode::AuthenticationFailure => {
            format!("Zoho did not accept this app's sign-in when it asked for {what}.")
        }
        CrmCode::NoPermission => {
            format!("Your Zoho CRM user is not allowed to read {what}.")
        }
        CrmCode::InvalidUrlPattern => {
            format!("Zoho did not recognise the address this app used for {what}.")
        }
        CrmCode::InternalError => format!("Zoho had an internal problem while sending {what}."),
        CrmCode::AuthorizationFailed => {
            format!("Your Zoho CRM user does not have the privileges to read {what}.")
        }
        CrmCode::InvalidToken => "Your Zoho sign-in has expired or was revoked.".to_owned(),
        CrmCode::Other(code) => format!("Zoho refused to send {what} ({code})."),
    }
}

fn crm_resolution(code: &CrmCode) -> &'static str {
    match code {
        CrmCode::InvalidRequestMethod | CrmCode::InvalidUrlPattern => {
            "Update Org Viewer to the latest version. If that does not help, report the problem and mention the error code."
        }
        CrmCode::OauthScopeMismatch => {
            "Sign out, then sign in again and allow access when Zoho asks. The Zoho client must be allowed the ZohoCRM.org.READ scope."
        }
        CrmCode::AuthenticationFailure | CrmCode::InvalidToken => "Sign in again.",
        CrmCode::NoPermission | CrmCode::AuthorizationFailed => {
            "Ask your Zoho CRM administrator for a profile that may view the organization's settings."
        }
        CrmCode::InternalError => {
            "Try again in a few minutes. If it keeps happening, contact Zoho support and mention the error code."
        }
        CrmCode::Other(_) => {
            "Try again. If it keeps happening, contact Zoho support and mention the error code."
        }
    }
}

fn unreadable_sentence(problem: Unreadable, resource: Resource) -> String {
    let what = resource.noun();
    match problem {
        Unreadable::HtmlPage => {
            format!(
                "A web page came back instead of {what}; something between you and Zoho answered in Zoho's place."
            )
        }
        Unreadable::CutOff => format!("The answer with {what} was cut off before it was complete."),
        Unreadable::NotZohoJson => format!("Zoho's answer with {what} could not be read."),
        Unreadable::NoOrganization => "Zoho's answer did not contain an organization.".to_owned(),
        Unreadable::Redirected => format!(
            "The request for {what} was redirected to another address; the app does not follow redirects, so nothing was sent there."
        ),
    }
}

fn token_sentence(code: &TokenErrorCode, request: TokenRequest) -> String {
    match (code, request) {
        (TokenErrorCode::InvalidCode, TokenRequest::CodeExchange) => {
            "The sign-in code from Zoho had expired or was already used.".to_owned()
        }
        (TokenErrorCode::InvalidCode, _) => {
            "Your saved Zoho sign-in is no longer valid; it may have been revoked.".to_owned()
        }
        (TokenErrorCode::InvalidClient, _) => {
            "Zoho does not recognise this app's client ID for your account's data centre.".to_owned()
        }
        (TokenErrorCode::InvalidClientSecret, _) => {
            "Zoho did not accept this app's client secret.".to_owned()
        }
        (TokenErrorCode::InvalidRedirectUri, _) => {
            "Zoho did not accept the address the sign-in returns to (the redirect URI).".to_owned()
        }
        (TokenErrorCode::AccessDenied, _) => {
            "Zoho is refusing new sign-ins for this app for a few minutes.".to_owned()
        }
        (TokenErrorCode::Throttled, _) => {
            "Zoho has paused new access for this sign-in because too many were requested in a short time.".to_owned()
        }
        (TokenErrorCode::Other(code), TokenRequest::Revoke) => {
            format!("Zoho could not sign this app out ({code}).")
        }
        (TokenErrorCode::Other(code), _) => format!("Zoho refused the sign-in ({code})."),
    }
}

fn token_resolution(code: &TokenErrorCode, request: TokenRequest) -> String {
    match code {
        TokenErrorCode::InvalidCode => "Sign in again.".to_owned(),
        TokenErrorCode::InvalidClient => "Check the client ID. In Zoho's API console, open the client's Settings and enable your data centre (multi-DC), then sign in again.".to_owned(),
        TokenErrorCode::InvalidClientSecret => "Copy the client secret again from Zoho's API console and enter it again.".to_owned(),
        TokenErrorCode::InvalidRedirectUri => format!(
            "In Zoho's API console, add these redirect URIs to the client exactly as written: {}.",
            redirect_uris_for_display()
        ),
        TokenErrorCode::AccessDenied | TokenErrorCode::Throttled => {
            "Wait about 10 minutes, then try again.".to_owned()
        }
        TokenErrorCode::Other(_) if request == TokenRequest::Revoke => {
            "You can also remove the app in your Zoho account under Sessions, Connected apps.".to_owned()
        }
        TokenErrorCode::Other(_) => "Try signing in again. If it keeps happening, report the problem and mention the error code.".to_owned(),
    }
}

fn sign_in_sentence(problem: &SignInProblem) -> String {
    match problem {
        SignInProblem::StateMismatch => {
            "The answer from the browser did not belong to this sign-in, so the app ignored it."
                .to_owned()
        }
        SignInProblem::AccountsServerNotAllowed { server } => format!(
            "The sign-in came back naming {server}, which is not a Zoho sign-in server, so the app stopped without contacting it."
        ),
        SignInProblem::ApiDomainNotAllowed { domain } => format!(
            "Zoho's answer named {domain} as the CRM address, which is not a Zoho address, so the app will not use it."
        ),
        SignInProblem::PortsUnavailable { ports } => format!(
            "The app could not receive the sign-in because {} in use by another program.",
            port_list(ports)
        ),
        SignInProblem::TimedOut { after } => format!(
            "The sign-in was not finished within {}.",
            plain_duration(*after)
        ),
        SignInProblem::Cancelled => "The sign-in was cancelled.".to_owned(),
        SignInProblem::DeniedInBrowser => {
            "Access was not allowed on Zoho's consent page.".to_owned()
        }
        SignInProblem::ZohoRefused { error } => {
            format!("Zoho could not complete the sign-in ({error}).")
        }
        SignInProblem::MissingCode => {
            "The browser came back without a sign-in code from Zoho.".to_owned()
        }
        SignInProblem::NoRefreshToken => "Zoho did not give the app a lasting sign-in.".to_owned(),
    }
}

fn sign_in_resolution(problem: &SignInProblem) -> String {
    match problem {
        SignInProblem::StateMismatch | SignInProblem::MissingCode => {
            "Start the sign-in again from the app and finish it in the browser tab it opens.".to_owned()
        }
        SignInProblem::AccountsServerNotAllowed { .. } | SignInProblem::ApiDomainNotAllowed { .. } => {
            "Try again. If it happens again, tell your IT team: something may be interfering with the sign-in.".to_owned()
        }
        SignInProblem::PortsUnavailable { .. } => {
            "Close the other program (or another copy of this app) and try again.".to_owned()
        }
        SignInProblem::TimedOut { .. } => {
            "Start the sign-in again and complete it in your browser.".to_owned()
        }
        SignInProblem::Cancelled => "Sign in again whenever you are ready.".to_owned(),
        SignInProblem::DeniedInBrowser => {
            "Sign in again and allow access so the app can read your organization.".to_owned()
        }
        SignInProblem::ZohoRefused { .. } => {
            "Try again. If it keeps happening, report the problem and mention the error code.".to_owned()
        }
        SignInProblem::NoRefreshToken => {
            "Sign out, then sign in again so that Zoho asks for your consent.".to_owned()
        }
    }
}

/// "port 17645 is" / "ports 17645, 17646 and 17647 are".
fn port_list(ports: &[u16]) -> String {
    match ports {
        [] => "the sign-in port is".to_owned(),
        [only] => format!("port {only} is"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u16::to_string).collect();
            format!("ports {} and {last} are", rest.join(", "))
        }
    }
}

/// The longest wait a message names; past it, "try again later".
pub const LONGEST_WAIT_NAMED: Duration = Duration::from_secs(15 * 60);

/// "45 seconds", "1 minute", "3 minutes".
pub(crate) fn plain_duration(duration: Duration) -> String {
    let seconds = duration.as_secs().max(1);
    if seconds < 60 {
        let unit = if seconds == 1 { "second" } else { "seconds" };
        format!("{seconds} {unit}")
    } else {
        let minutes = seconds.div_ceil(60);
        let unit = if minutes == 1 { "minute" } else { "minutes" };
        format!("{minutes} {unit}")
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

    /// The kind of an error, down to its code or problem. No arm is a wildcard, so a new variant
    /// does not compile until it is named here; [`EVERY_KIND`] then wants a sample of it below.
    fn kind(error: &Error) -> &'static str {
        match error {
            Error::Crm { code, .. } => match code {
                CrmCode::InvalidRequestMethod => "Crm/InvalidRequestMethod",
                CrmCode::OauthScopeMismatch => "Crm/OauthScopeMismatch",
                CrmCode::AuthenticationFailure => "Crm/AuthenticationFailure",
                CrmCode::NoPermission => "Crm/NoPermission",
                CrmCode::InvalidUrlPattern => "Crm/InvalidUrlPattern",
                CrmCode::InternalError => "Crm/InternalError",
                CrmCode::AuthorizationFailed => "Crm/AuthorizationFailed",
                CrmCode::InvalidToken => "Crm/InvalidToken",
                CrmCode::Other(_) => "Crm/Other",
            },
            Error::RateLimited { .. } => "RateLimited",
            Error::Network { .. } => "Network",
            Error::Dropped { .. } => "Dropped",
            Error::Timeout { .. } => "Timeout",
            Error::TooLarge { .. } => "TooLarge",
            Error::Unreadable { problem, .. } => match problem {
                Unreadable::HtmlPage => "Unreadable/HtmlPage",
                Unreadable::CutOff => "Unreadable/CutOff",
                Unreadable::NotZohoJson => "Unreadable/NotZohoJson",
                Unreadable::NoOrganization => "Unreadable/NoOrganization",
                Unreadable::Redirected => "Unreadable/Redirected",
            },
            Error::Token { code, .. } => match code {
                TokenErrorCode::InvalidCode => "Token/InvalidCode",
                TokenErrorCode::InvalidClient => "Token/InvalidClient",
                TokenErrorCode::InvalidClientSecret => "Token/InvalidClientSecret",
                TokenErrorCode::InvalidRedirectUri => "Token/InvalidRedirectUri",
                TokenErrorCode::AccessDenied => "Token/AccessDenied",
                TokenErrorCode::Throttled => "Token/Throttled",
                TokenErrorCode::Other(_) => "Token/Other",
            },
            Error::SignIn(problem) => match problem {
                SignInProblem::StateMismatch => "SignIn/StateMismatch",
                SignInProblem::AccountsServerNotAllowed { .. } => "SignIn/AccountsServerNotAllowed",
                SignInProblem::ApiDomainNotAllowed { .. } => "SignIn/ApiDomainNotAllowed",
                SignInProblem::PortsUnavailable { .. } => "SignIn/PortsUnavailable",
                SignInProblem::TimedOut { .. } => "SignIn/TimedOut",
                SignInProblem::Cancelled => "SignIn/Cancelled",
                SignInProblem::DeniedInBrowser => "SignIn/DeniedInBrowser",
                SignInProblem::ZohoRefused { .. } => "SignIn/ZohoRefused",
                SignInProblem::MissingCode => "SignIn/MissingCode",
                SignInProblem::NoRefreshToken => "SignIn/NoRefreshToken",
            },
            Error::NotSignedIn => "NotSignedIn",
            Error::NoClient => "NoClient",
        }
    }

    /// Every name [`kind`] can give.
    const EVERY_KIND: [&str; 38] = [
        "Crm/InvalidRequestMethod",
        "Crm/OauthScopeMismatch",
        "Crm/AuthenticationFailure",
        "Crm/NoPermission",
        "Crm/InvalidUrlPattern",
        "Crm/InternalError",
        "Crm/AuthorizationFailed",
        "Crm/InvalidToken",
        "Crm/Other",
        "RateLimited",
        "Network",
        "Dropped",
        "Timeout",
        "TooLarge",
        "Unreadable/HtmlPage",
        "Unreadable/CutOff",
        "Unreadable/NotZohoJson",
        "Unreadable/NoOrganization",
        "Unreadable/Redirected",
        "Token/InvalidCode",
        "Token/InvalidClient",
        "Token/InvalidClientSecret",
        "Token/InvalidRedirectUri",
        "Token/AccessDenied",
        "Token/Throttled",
        "Token/Other",
        "SignIn/StateMismatch",
        "SignIn/AccountsServerNotAllowed",
        "SignIn/ApiDomainNotAllowed",
        "SignIn/PortsUnavailable",
        "SignIn/TimedOut",
        "SignIn/Cancelled",
        "SignIn/DeniedInBrowser",
        "SignIn/ZohoRefused",
        "SignIn/MissingCode",
        "SignIn/NoRefreshToken",
        "NotSignedIn",
        "NoClient",
    ];

    /// At least one error of every kind, each in every resource or request it can be about, since
    /// those change the wording.
    fn one_of_every_kind() -> Vec<Error> {
        let resources = [Resource::Organization, Resource::Logo, Resource::Accounts];
        let crm_codes = [
            CrmCode::InvalidRequestMethod,
            CrmCode::OauthScopeMismatch,
            CrmCode::AuthenticationFailure,
            CrmCode::NoPermission,
            CrmCode::InvalidUrlPattern,
            CrmCode::InternalError,
            CrmCode::AuthorizationFailed,
            CrmCode::InvalidToken,
            CrmCode::Other("LIMIT_REACHED".into()),
        ];
        let problems = [
            Unreadable::HtmlPage,
            Unreadable::CutOff,
            Unreadable::NotZohoJson,
            Unreadable::NoOrganization,
            Unreadable::Redirected,
        ];
        let token_codes = [
            TokenErrorCode::InvalidCode,
            TokenErrorCode::InvalidClient,
            TokenErrorCode::InvalidClientSecret,
            TokenErrorCode::InvalidRedirectUri,
            TokenErrorCode::AccessDenied,
            TokenErrorCode::Throttled,
            TokenErrorCode::Other("unsupported_grant_type".into()),
        ];
        let requests = [
            TokenRequest::CodeExchange,
            TokenRequest::Refresh,
            TokenRequest::Revoke,
        ];
        let sign_in_problems = [
            SignInProblem::StateMismatch,
            SignInProblem::AccountsServerNotAllowed {
                server: "https://accounts.zoho.com.evil.example".into(),
            },
            SignInProblem::ApiDomainNotAllowed {
                domain: "https://www.zohoapis.evil.example".into(),
            },
            SignInProblem::PortsUnavailable { ports: vec![] },
            SignInProblem::PortsUnavailable { ports: vec![17645] },
            SignInProblem::PortsUnavailable {
                ports: vec![17645, 17646, 17647],
            },
            SignInProblem::TimedOut {
                after: Duration::from_secs(300),
            },
            SignInProblem::Cancelled,
            SignInProblem::DeniedInBrowser,
            SignInProblem::ZohoRefused {
                error: "server_error".into(),
            },
            SignInProblem::MissingCode,
            SignInProblem::NoRefreshToken,
        ];

        let mut errors = Vec::new();
        for resource in resources {
            for code in &crm_codes {
                errors.push(Error::Crm {
                    code: code.clone(),
                    http_status: 400,
                    message: "Zoho's own words".into(),
                    resource,
                });
            }
            for problem in problems {
                errors.push(Error::Unreadable {
                    resource,
                    problem,
                    http_status: 200,
                    detail: "<html>".into(),
                });
            }
            errors.push(Error::TooLarge {
                resource,
                limit: 1024 * 1024,
            });
        }
        for retry_after in [None, Some(Duration::ZERO), Some(Duration::from_secs(30))] {
            errors.push(Error::RateLimited {
                retry_after,
                message: None,
            });
        }
        for code in &token_codes {
            for request in requests {
                errors.push(Error::Token {
                    request,
                    code: code.clone(),
                    description: None,
                    http_status: 200,
                });
            }
        }
        errors.extend(sign_in_problems.into_iter().map(Error::SignIn));
        errors.extend([
            Error::Network {
                host: "www.zohoapis.eu".into(),
                cause: "connection refused".into(),
            },
            Error::Dropped {
                host: "www.zohoapis.eu".into(),
                cause: "connection closed before message completed".into(),
            },
            Error::Timeout {
                host: "www.zohoapis.eu".into(),
            },
            Error::NotSignedIn,
            Error::NoClient,
        ]);
        errors
    }

    #[test]
    fn messages_name_no_rust_types_and_end_as_sentences() {
        let errors = one_of_every_kind();
        let covered: std::collections::BTreeSet<&str> = errors.iter().map(kind).collect();
        let every: std::collections::BTreeSet<&str> = EVERY_KIND.into_iter().collect();
        assert_eq!(covered, every, "every kind of error has a sample");

        for error in errors {
            for text in [error.to_string(), error.resolution()] {
                assert!(text.ends_with('.'), "{error:?}: {text}");
                assert!(
                    !text.contains("::") && !text.contains("Error") && !text.contains("Some("),
                    "{error:?}: {text}"
                );
            }
        }
    }

    #[test]
    fn one_line_names_the_zoho_code() {
        let error = Error::Crm {
            code: CrmCode::NoPermission,
            http_status: 403,
            message: "Permission denied to read".into(),
            resource: Resource::Organization,
        };
        assert_eq!(
            error.one_line(),
            "Your Zoho CRM user is not allowed to read the organization details (Zoho code NO_PERMISSION). Ask your Zoho CRM administrator for a profile that may view the organization's settings."
        );
    }

    #[test]
    fn ports_are_listed_in_plain_words() {
        assert_eq!(port_list(&[17645]), "port 17645 is");
        assert_eq!(port_list(&[1, 2, 3]), "ports 1, 2 and 3 are");
    }

    #[test]
    fn a_revoked_refresh_token_means_sign_in_again() {
        let error = Error::Token {
            request: TokenRequest::Refresh,
            code: TokenErrorCode::InvalidCode,
            description: None,
            http_status: 200,
        };
        assert!(error.needs_sign_in());
        assert_eq!(error.resolution(), "Sign in again.");
    }
}
