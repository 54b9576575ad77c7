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
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Zoho (or the way to it) failed.
    #[error("{}", terminal_line(.0))]
    Zoho(#[from] zoho::Error),
    /// Zoho no longer accepts the org's saved sign-in, so it was removed from this computer.
    #[error(
        "{} The sign-in of {org} was removed from this computer; run `zoho-org-viewer login` to sign in to it again.",
        sentence_with_code(.error)
    )]
    SignInRevoked {
        /// The org's name.
        org: String,
        /// What Zoho said.
        error: zoho::Error,
    },
    /// `--org` names no single signed-in org.
    #[error("{}", choice_line(.0))]
    OrgChoice(#[from] OrgChoiceError),
    /// A sign-in Zoho accepted did not stick.
    #[error(transparent)]
    AddOrg(#[from] crate::account::AddOrgError),
    /// Some orgs of `--all` failed; each was reported on its own line.
    #[error("{failed} of {total} organizations could not be fetched; see the lines above.")]
    SomeOrgsFailed {
        /// How many failed.
        failed: usize,
        /// How many were asked.
        total: usize,
    },
    /// No OAuth client is configured anywhere.
    #[error(
        "No Zoho client is set up for signing in. Create a Server-based client in Zoho's API console (https://api-console.zoho.com) with the redirect URI {redirect_uris}, then set ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET to its client ID and secret."
    )]
    NoClient {
        /// The redirect URIs to register, as one phrase.
        redirect_uris: String,
    },
    /// There is no saved sign-in.
    #[error(
        "You are not signed in to any organization on this computer. Run `zoho-org-viewer login` first."
    )]
    NotSignedIn,
    /// The organization has no logo.
    #[error("Your organization has no logo in Zoho CRM, so no file was written.")]
    NoLogo,
    /// `--out` names a folder.
    #[error("{} is a folder. Give a file name for the logo, such as {}.", .path.display(), .example.display())]
    OutIsFolder {
        /// The folder given.
        path: PathBuf,
        /// A file name in it that would work.
        example: PathBuf,
    },
    /// The logo could not be written; nothing was left behind.
    #[error("Could not save the logo to {}: {source}. Check that the folder exists and that you may write to it; nothing was written.", .path.display())]
    SaveLogo {
        /// The file asked for.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },
    /// The sign-out did not reach Zoho, but the sign-in is gone from this computer.
    #[error(
        "Signed out of {org} on this computer, but Zoho could not be told to revoke the sign-in. {} The app may still have access at Zoho until you remove it there: sign in to your Zoho account, open Sessions, then Connected apps, and remove Org Viewer.",
        .reason
    )]
    RevokeFailed {
        /// The org's name.
        org: String,
        /// Why Zoho could not be told, as a sentence.
        reason: String,
    },
    /// The sign-in could not be removed from this computer.
    #[error(
        "{} but the sign-in of {org} could not be removed from this computer: {error} Fix that and run the command again.",
        if *.revoked { "Zoho revoked the app's access," } else { "Zoho could not be told to revoke the sign-in," }
    )]
    ForgetFailed {
        /// The org's name.
        org: String,
        /// Whether Zoho revoked it.
        revoked: bool,
        /// Why it could not be removed here.
        error: StoreError,
    },
    /// The logo was not changed.
    #[error("{}", logo_change_line(.0))]
    LogoChange(Box<crate::logo_change::LogoChangeError>),
    /// The picture for `--set` could not be read.
    #[error("Could not read {}: {source}. Check the file name; the logo was not changed.", .path.display())]
    ReadPicture {
        /// The file given.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },
    /// The picture for `--set` cannot become the logo.
    #[error("{} cannot become the logo: {}. The logo was not changed.", .path.display(), crate::logo_fit::fit_error_words(.error))]
    Picture {
        /// The file given.
        path: PathBuf,
        /// Why.
        error: crate::logo_fit::FitError,
    },
    /// `logo --out` with more than one `--org`.
    #[error("logo --out saves one organization's logo; give one --org.")]
    OneOrgOnly,
    /// Some orgs of a logo change across several orgs failed; each said why on its own line.
    #[error("The logo of {failed} of {total} organizations was not changed; see the lines above.")]
    SomeLogosUnchanged {
        /// How many failed.
        failed: usize,
        /// How many were asked.
        total: usize,
    },
    /// `logo` without --out, --set or --remove (clap refuses it first; kept for safety).
    #[error("Say what to do with the logo: --out FILE, --set FILE or --remove.")]
    NothingToDo,
    /// The async runtime the command needs could not start.
    #[error(
        "Could not start the command's background work ({0}). Close some programs and try again."
    )]
    Runtime(#[source] std::io::Error),
    /// The simulated Zoho failed.
    #[error(transparent)]
    Sim(#[from] SimError),
    /// The window could not be opened (no display, no OpenGL).
    #[error(
        "The app window could not open ({detail}). Make sure you are in a desktop session and your graphics driver supports OpenGL 2 or later; the commands (login, org, logo, logout) work without a window."
    )]
    Window {
        /// What the windowing system said.
        detail: String,
    },
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
        .map(|org| format!("{} (ID {})", org.name(), org.id))
        .collect();
    format!(
        "{error} Name one of these by its ID, domain or a piece of its name that fits only it: {}.",
        listed.join("; ")
    )
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
