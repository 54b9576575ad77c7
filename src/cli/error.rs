//! Why a command failed, as the one line it prints on stderr.

use std::path::PathBuf;

use super::config::ConfigError;
use crate::i18n::{Msg, t};
use crate::problem::{self, Explain};
use crate::sim::SimError;
use crate::store::{OrgChoiceError, StoreError};
use crate::zoho;
use crate::zoho::error::SignInProblem;

/// A command that could not do what was asked. `Display` is the whole line for stderr: what
/// happened, Zoho's code when there is one, and what to do.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// A setting in the environment cannot be used.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The credential store or the settings folder failed.
    #[error("{}", self.line())]
    Store(#[from] StoreError),
    /// Zoho (or the way to it) failed.
    #[error("{}", self.line())]
    Zoho(#[from] zoho::Error),
    /// Zoho no longer accepts the org's saved sign-in, so it was removed from this computer.
    #[error("{}", self.line())]
    SignInRevoked {
        /// The org's name.
        org: String,
        /// What Zoho said.
        error: zoho::Error,
    },
    /// `--org` names no single signed-in org.
    #[error("{}", self.line())]
    OrgChoice(#[from] OrgChoiceError),
    /// A sign-in Zoho accepted did not stick.
    #[error("{}", self.line())]
    AddOrg(#[from] crate::account::AddOrgError),
    /// Some orgs of `--all` failed; each was reported on its own line.
    #[error("{}", self.line())]
    SomeOrgsFailed {
        /// How many failed.
        failed: usize,
        /// How many were asked.
        total: usize,
    },
    /// No OAuth client is configured anywhere.
    #[error("{}", self.line())]
    NoClient {
        /// The redirect URIs to register, as one phrase.
        redirect_uris: String,
    },
    /// There is no saved sign-in.
    #[error("{}", self.line())]
    NotSignedIn,
    /// The organization has no logo.
    #[error("{}", self.line())]
    NoLogo,
    /// `--out` names a folder.
    #[error("{}", self.line())]
    OutIsFolder {
        /// The folder given.
        path: PathBuf,
        /// A file name in it that would work.
        example: PathBuf,
    },
    /// The logo could not be written; nothing was left behind.
    #[error("{}", self.line())]
    SaveLogo {
        /// The file asked for.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },
    /// The sign-out did not reach Zoho, but the sign-in is gone from this computer.
    #[error("{}", self.line())]
    RevokeFailed {
        /// The org's name.
        org: String,
        /// Why Zoho could not be told, as a sentence.
        reason: String,
    },
    /// The sign-in could not be removed from this computer.
    #[error("{}", self.line())]
    ForgetFailed {
        /// The org's name.
        org: String,
        /// Whether Zoho revoked it.
        revoked: bool,
        /// Why it could not be removed here.
        error: StoreError,
    },
    /// The logo was not changed.
    #[error("{}", self.line())]
    LogoChange(Box<crate::logo_change::LogoChangeError>),
    /// The picture for `--set` could not be read.
    #[error("{}", self.line())]
    ReadPicture {
        /// The file given.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },
    /// The picture for `--set` cannot become the logo.
    #[error("{}", self.line())]
    Picture {
        /// The file given.
        path: PathBuf,
        /// Why.
        error: crate::logo_fit::FitError,
    },
    /// `logo --out` with more than one `--org`.
    #[error("{}", self.line())]
    OneOrgOnly,
    /// Some orgs of a logo change across several orgs failed; each said why on its own line.
    #[error("{}", self.line())]
    SomeLogosUnchanged {
        /// How many failed.
        failed: usize,
        /// How many were asked.
        total: usize,
    },
    /// `logo` without --out, --set or --remove (clap refuses it first; kept for safety).
    #[error("{}", self.line())]
    NothingToDo,
    /// The async runtime the command needs could not start.
    #[error("{}", self.line())]
    Runtime(#[source] std::io::Error),
    /// The simulated Zoho failed.
    #[error(transparent)]
    Sim(#[from] SimError),
    /// The window could not be opened (no display, no OpenGL).
    #[error("{}", self.line())]
    Window {
        /// What the windowing system said.
        detail: String,
    },
}

impl CliError {
    /// The whole line for stderr, in the command line's language.
    fn line(&self) -> String {
        let message = match self {
            Self::Config(error) => return error.to_string(),
            Self::Sim(error) => return error.to_string(),
            Self::Store(error) => problem::store_sentence(error),
            Self::Zoho(error) => return terminal_line(error),
            Self::SignInRevoked { org, error } => {
                t::err_cli_sign_in_revoked(sentence_with_code(error), org)
            }
            Self::OrgChoice(error) => return choice_line(error),
            Self::AddOrg(error) => problem::add_org_sentence(error),
            Self::SomeOrgsFailed { failed, total } => t::err_cli_some_orgs_failed(*failed, *total),
            Self::NoClient { redirect_uris } => t::err_cli_no_client(redirect_uris),
            Self::NotSignedIn => t::err_cli_not_signed_in(),
            Self::NoLogo => t::err_cli_no_logo(),
            Self::OutIsFolder { path, example } => {
                t::err_cli_out_is_folder(example.display().to_string(), path.display().to_string())
            }
            Self::SaveLogo { path, source } => {
                t::err_cli_save_logo(source.to_string(), path.display().to_string())
            }
            Self::RevokeFailed { org, reason } => t::err_cli_revoke_failed(org, reason),
            Self::ForgetFailed {
                org,
                revoked,
                error,
            } => t::err_cli_forget_failed(
                problem::store_sentence(error),
                org,
                if *revoked { "yes" } else { "no" },
            ),
            Self::LogoChange(error) => return logo_change_line(error),
            Self::ReadPicture { path, source } => {
                t::err_cli_read_picture(source.to_string(), path.display().to_string())
            }
            Self::Picture { path, error } => t::err_cli_picture(
                path.display().to_string(),
                problem::fit_reason(error, false),
            ),
            Self::OneOrgOnly => t::err_cli_one_org_only(),
            Self::SomeLogosUnchanged { failed, total } => {
                t::err_cli_some_logos_unchanged(*failed, *total)
            }
            Self::NothingToDo => t::err_cli_nothing_to_do(),
            Self::Runtime(source) => t::err_cli_runtime(source.to_string()),
            Self::Window { detail } => t::err_cli_window(detail),
        };
        message.text()
    }
}

impl From<crate::logo_change::LogoChangeError> for CliError {
    fn from(error: crate::logo_change::LogoChangeError) -> Self {
        CliError::LogoChange(Box::new(error))
    }
}

/// What happened and, when there is more to say, what to do, on one line.
fn logo_change_line(error: &crate::logo_change::LogoChangeError) -> String {
    match problem::logo_change_words(error) {
        (summary, None) => summary.text(),
        (summary, Some(resolution)) => t::err_two_sentences(summary, resolution).text(),
    }
}

/// The refusal of an `ORG` with the orgs to choose from, on one line.
fn choice_line(error: &OrgChoiceError) -> String {
    let choices = match error {
        OrgChoiceError::NoneSignedIn => {
            return CliError::NotSignedIn.to_string();
        }
        OrgChoiceError::NoMatch { choices, .. } | OrgChoiceError::Ambiguous { choices, .. } => {
            choices
        }
    };
    let listed: Vec<String> = choices
        .iter()
        .map(|org| t::err_cli_org_choice(org.id.as_str(), org.name()).text())
        .collect();
    t::err_cli_choose_org(listed.join("; "), problem::choice_sentence(error)).text()
}

/// A Zoho error for a terminal: what happened, Zoho's code, and what to do with this command
/// line.
pub(crate) fn terminal_line(error: &zoho::Error) -> String {
    let resolution = if error.needs_sign_in() {
        t::err_cli_fix_login_again()
    } else if matches!(
        error,
        zoho::Error::SignIn(SignInProblem::PortsUnavailable { .. })
    ) {
        t::err_cli_fix_ports(error.resolution())
    } else {
        error.resolution()
    };
    t::err_two_sentences(sentence_with_code(error), resolution).text()
}

/// "What happened (Zoho code X)." as [`crate::problem::zoho::one_line`] starts.
pub(crate) fn sentence_with_code(error: &zoho::Error) -> Msg {
    problem::with_code(problem::summary_naming_host(error), error.zoho_code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho::error::{CrmCode, Resource, TokenErrorCode, TokenRequest};

    #[test]
    fn zoho_errors_name_their_code_on_one_line_with_terminal_advice() {
        let error = CliError::from(zoho::Error::Crm {
            code: CrmCode::InternalError,
            http_status: 500,
            message: "Internal Server Error".into(),
            resource: Resource::Organization,
        });
        let line = error.to_string();
        assert!(line.contains("(Zoho code INTERNAL_ERROR)."), "{line}");
        assert!(!line.contains("details below"), "{line}");
        assert!(!line.contains('\n'), "{line}");
    }

    #[test]
    fn a_dead_sign_in_points_at_login() {
        let revoked = zoho::Error::Token {
            request: TokenRequest::Refresh,
            code: TokenErrorCode::InvalidCode,
            description: None,
            http_status: 200,
        };
        let line = CliError::from(revoked.clone()).to_string();
        assert!(
            line.ends_with("Run `zoho-org-viewer login` to sign in again."),
            "{line}"
        );
        let removed = CliError::SignInRevoked {
            org: "Zylker".into(),
            error: revoked,
        }
        .to_string();
        assert!(removed.contains("(Zoho code invalid_code)."), "{removed}");
        assert!(removed.contains("removed from this computer"), "{removed}");
    }

    #[test]
    fn rate_limits_name_too_many_requests() {
        let line = CliError::from(zoho::Error::RateLimited {
            retry_after: Some(std::time::Duration::from_secs(120)),
            message: None,
        })
        .to_string();
        assert!(line.contains("TOO_MANY_REQUESTS"), "{line}");
        assert!(line.contains("2 minutes"), "{line}");
    }
}
