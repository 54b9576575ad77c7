//! The words for the Zoho client's typed errors: what happened and what to do, from the
//! catalog. The client itself holds no sentences; it reaches these through
//! [`crate::zoho::error::Explain`], which is implemented here.

use std::time::Duration;

use crate::i18n::{Msg, t};
use crate::zoho::error::{
    CrmCode, Error, Explain, Resource, SignInProblem, TokenErrorCode, TokenRequest, Unreadable,
};
use crate::zoho::oauth::redirect_uris_for_display;

/// The longest wait a message names; past it, "try again later".
pub const LONGEST_WAIT_NAMED: Duration = Duration::from_secs(15 * 60);

/// The selector value the catalog's `$what` takes for a resource.
fn what(resource: Resource) -> &'static str {
    match resource {
        Resource::Organization => "org",
        Resource::Logo => "logo",
        Resource::Accounts => "accounts",
    }
}

/// "45 seconds", "1 minute", "3 minutes".
pub fn plain_duration(duration: Duration) -> Msg {
    let seconds = duration.as_secs().max(1);
    if seconds < 60 {
        t::err_duration(seconds, "seconds")
    } else {
        t::err_duration(seconds.div_ceil(60), "minutes")
    }
}

impl Explain for Error {
    fn summary(&self) -> Msg {
        match self {
            Self::Crm { code, resource, .. } => crm_summary(code, what(*resource)),
            Self::RateLimited { .. } => t::err_rate_limited(),
            Self::Network { .. } => t::err_network(),
            Self::Dropped { .. } => t::err_dropped(),
            Self::Timeout { .. } => t::err_timeout(),
            Self::TooLarge { resource, limit } => {
                t::err_too_large(*limit / (1024 * 1024), what(*resource))
            }
            Self::Unreadable {
                problem, resource, ..
            } => {
                let what = what(*resource);
                match problem {
                    Unreadable::HtmlPage => t::err_html_page(what),
                    Unreadable::CutOff => t::err_cut_off(what),
                    Unreadable::NotZohoJson => t::err_not_zoho_json(what),
                    Unreadable::NoOrganization => t::err_no_organization(),
                    Unreadable::Redirected => t::err_redirected(what),
                }
            }
            Self::Token { code, request, .. } => token_summary(code, *request),
            Self::SignIn(problem) => sign_in_summary(problem),
            Self::NotSignedIn => t::err_not_signed_in(),
            Self::NoClient => t::err_no_client(),
        }
    }

    fn resolution(&self) -> Msg {
        match self {
            Self::Crm { code, .. } => crm_resolution(code),
            Self::RateLimited { retry_after, .. } => match retry_after {
                // A wait that long is not worth a number: nobody waits hours in front of the app.
                Some(wait) if *wait > LONGEST_WAIT_NAMED => t::err_fix_long_pause(),
                Some(wait) if wait.as_secs() > 0 => t::err_fix_wait(plain_duration(*wait)),
                _ => t::err_fix_wait_a_minute(),
            },
            Self::Network { .. } => t::err_fix_network(),
            Self::Timeout { .. } => t::err_fix_timeout(),
            Self::Dropped { .. } => t::err_fix_dropped(),
            Self::TooLarge { .. } => t::err_fix_too_large(),
            Self::Unreadable { problem, .. } => match problem {
                Unreadable::HtmlPage => t::err_fix_html_page(),
                Unreadable::CutOff => t::err_fix_cut_off(),
                Unreadable::NotZohoJson | Unreadable::NoOrganization => t::err_fix_unreadable(),
                Unreadable::Redirected => t::err_fix_redirected(),
            },
            Self::Token { code, request, .. } => token_resolution(code, *request),
            Self::SignIn(problem) => sign_in_resolution(problem),
            Self::NotSignedIn => t::err_fix_sign_in_first(),
            Self::NoClient => t::err_fix_no_client(),
        }
    }
}

/// The summary for a terminal, which names the host (its reader may be debugging a proxy);
/// the window's headline leaves it to *Details*.
pub fn summary_naming_host(error: &Error) -> Msg {
    match error {
        Error::Network { host, .. } => t::err_network_host(host),
        Error::Dropped { host, .. } => t::err_dropped_host(host),
        _ => error.summary(),
    }
}

/// "What happened (Zoho code X)." when Zoho sent a code, else the sentence as it is.
pub fn with_code(sentence: Msg, code: Option<&str>) -> Msg {
    match code {
        Some(code) => {
            let text = sentence.text();
            let bare = text.trim_end().trim_end_matches(['.', '。', '।']);
            t::err_with_code(code, bare)
        }
        None => sentence,
    }
}

/// The whole story in one line for a terminal: what happened, Zoho's code, what to do.
pub fn one_line(error: &Error) -> Msg {
    t::err_two_sentences(
        with_code(summary_naming_host(error), error.zoho_code()),
        error.resolution(),
    )
}

fn crm_summary(code: &CrmCode, what: &str) -> Msg {
    match code {
        CrmCode::InvalidRequestMethod => t::err_crm_invalid_request_method(what),
        CrmCode::OauthScopeMismatch => t::err_crm_oauth_scope_mismatch(what),
        CrmCode::AuthenticationFailure => t::err_crm_authentication_failure(what),
        CrmCode::NoPermission => t::err_crm_no_permission(what),
        CrmCode::InvalidUrlPattern => t::err_crm_invalid_url_pattern(what),
        CrmCode::InternalError => t::err_crm_internal_error(what),
        CrmCode::AuthorizationFailed => t::err_crm_authorization_failed(what),
        CrmCode::InvalidToken => t::err_crm_invalid_token(),
        CrmCode::Other(code) => t::err_crm_other(code.as_str(), what),
    }
}

fn crm_resolution(code: &CrmCode) -> Msg {
    match code {
        CrmCode::InvalidRequestMethod | CrmCode::InvalidUrlPattern => t::err_fix_update_app(),
        CrmCode::OauthScopeMismatch => t::err_fix_read_scope(),
        CrmCode::AuthenticationFailure | CrmCode::InvalidToken => t::err_fix_sign_in_again(),
        CrmCode::NoPermission | CrmCode::AuthorizationFailed => t::err_fix_ask_admin_view(),
        CrmCode::InternalError => t::err_fix_internal(),
        CrmCode::Other(_) => t::err_fix_crm_other(),
    }
}

fn token_summary(code: &TokenErrorCode, request: TokenRequest) -> Msg {
    match (code, request) {
        (TokenErrorCode::InvalidCode, TokenRequest::CodeExchange) => t::err_token_code_used(),
        (TokenErrorCode::InvalidCode, _) => t::err_token_revoked(),
        (TokenErrorCode::InvalidClient, _) => t::err_token_invalid_client(),
        (TokenErrorCode::InvalidClientSecret, _) => t::err_token_invalid_secret(),
        (TokenErrorCode::InvalidRedirectUri, _) => t::err_token_invalid_redirect(),
        (TokenErrorCode::AccessDenied, _) => t::err_token_access_denied(),
        (TokenErrorCode::Throttled, _) => t::err_token_throttled(),
        (TokenErrorCode::Other(code), TokenRequest::Revoke) => {
            t::err_token_revoke_other(code.as_str())
        }
        (TokenErrorCode::Other(code), _) => t::err_token_other(code.as_str()),
    }
}

fn token_resolution(code: &TokenErrorCode, request: TokenRequest) -> Msg {
    match code {
        TokenErrorCode::InvalidCode => t::err_fix_sign_in_again(),
        TokenErrorCode::InvalidClient => t::err_fix_invalid_client(),
        TokenErrorCode::InvalidClientSecret => t::err_fix_invalid_secret(),
        TokenErrorCode::InvalidRedirectUri => {
            t::err_fix_invalid_redirect(redirect_uris_for_display())
        }
        TokenErrorCode::AccessDenied | TokenErrorCode::Throttled => t::err_fix_wait_ten_minutes(),
        TokenErrorCode::Other(_) if request == TokenRequest::Revoke => t::err_fix_revoke_other(),
        TokenErrorCode::Other(_) => t::err_fix_token_other(),
    }
}

fn sign_in_summary(problem: &SignInProblem) -> Msg {
    match problem {
        SignInProblem::StateMismatch => t::err_state_mismatch(),
        SignInProblem::AccountsServerNotAllowed { server } => {
            t::err_accounts_server_not_allowed(server)
        }
        SignInProblem::ApiDomainNotAllowed { domain } => t::err_api_domain_not_allowed(domain),
        SignInProblem::PortsUnavailable { ports } => {
            let (rest, last) = match ports.as_slice() {
                [] => (String::new(), String::new()),
                [rest @ .., last] => (
                    rest.iter()
                        .map(u16::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    last.to_string(),
                ),
            };
            t::err_ports_unavailable(ports.len(), last, rest)
        }
        SignInProblem::TimedOut { after } => t::err_sign_in_timed_out(plain_duration(*after)),
        SignInProblem::Cancelled => t::err_sign_in_cancelled(),
        SignInProblem::DeniedInBrowser => t::err_denied_in_browser(),
        SignInProblem::ZohoRefused { error } => t::err_zoho_refused_sign_in(error),
        SignInProblem::MissingCode => t::err_missing_code(),
        SignInProblem::NoRefreshToken => t::err_no_refresh_token(),
    }
}

fn sign_in_resolution(problem: &SignInProblem) -> Msg {
    match problem {
        SignInProblem::StateMismatch | SignInProblem::MissingCode => t::err_fix_restart_sign_in(),
        SignInProblem::AccountsServerNotAllowed { .. }
        | SignInProblem::ApiDomainNotAllowed { .. } => t::err_fix_interference(),
        SignInProblem::PortsUnavailable { .. } => t::err_fix_ports(),
        SignInProblem::TimedOut { .. } => t::err_fix_timed_out(),
        SignInProblem::Cancelled => t::err_fix_cancelled(),
        SignInProblem::DeniedInBrowser => t::err_fix_denied(),
        SignInProblem::ZohoRefused { .. } => t::err_fix_zoho_refused(),
        SignInProblem::NoRefreshToken => t::err_fix_no_refresh_token(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            for text in [error.summary().text(), error.resolution().text()] {
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
            one_line(&error).text(),
            "Your Zoho CRM user is not allowed to read the organization details (Zoho code NO_PERMISSION). Ask your Zoho CRM administrator for a profile that may view the organization's settings."
        );
    }

    #[test]
    fn ports_are_listed_in_plain_words() {
        let sentence = |ports: Vec<u16>| {
            Error::SignIn(SignInProblem::PortsUnavailable { ports })
                .summary()
                .text()
        };
        assert!(sentence(vec![17645]).contains(" port 17645 is in use"));
        assert!(sentence(vec![1, 2, 3]).contains(" ports 1, 2 and 3 are in use"));
        assert!(sentence(vec![]).contains(" the sign-in port is in use"));
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
        assert_eq!(error.resolution().text(), "Sign in again.");
    }
}
