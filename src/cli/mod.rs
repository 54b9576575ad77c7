//! The command-line face of the app (a public contract; see DESIGN.md "The command line"):
//!
//! ```text
//! zoho-org-viewer                 open the app
//! zoho-org-viewer demo            open the app against the built-in simulated Zoho
//! zoho-org-viewer login           sign in through the browser and remember the credentials
//! zoho-org-viewer org [--json]    print the organization (readable text, or Zoho's org object)
//! zoho-org-viewer logo --out FILE save the logo, byte for byte as Zoho sent it
//! zoho-org-viewer logout          revoke the token at Zoho and forget it
//! zoho-org-viewer sim             run the simulated Zoho in the foreground and print its URLs
//! ```
//!
//! Results go to stdout; a failure is one line on stderr (what happened, Zoho's code when there
//! is one, what to do) and exit status 1. Nothing printed or logged contains a token or the
//! client secret.

mod args;
mod config;
mod console;
mod error;
mod logging;
mod login;
mod logo;
mod logout;
mod org;
mod setup;
mod signed_in;

use std::process::ExitCode;

pub use args::{Cli, Command};
pub use config::{ACCOUNTS_URL_VARIABLE, ConfigError, REDIRECT_PORT_VARIABLE};
pub use console::attach_parent_console;
pub use error::CliError;
pub use logging::init_logging;

use crate::sim::{self, DEMO_REDIRECT_URIS, SimOptions};
use crate::zoho::oauth::redirect_uri;

/// Runs what the command line asked for and says how it went.
pub fn run(cli: Cli) -> ExitCode {
    let outcome = match cli.command {
        None => return run_gui(false),
        Some(Command::Demo) => return run_gui(true),
        Some(Command::Login) => login::login(),
        Some(Command::Org { json }) => org::org(json),
        Some(Command::Logo { out }) => logo::logo(&out),
        Some(Command::Logout) => logout::logout(),
        Some(Command::Sim) => run_sim(),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::FAILURE
        }
    }
}

/// Opens the app window, against the simulated Zoho when `demo`. The window is not part of this
/// build yet, so for now this says so and fails.
pub fn run_gui(demo: bool) -> ExitCode {
    tracing::debug!(demo, "the window was asked for");
    eprintln!("{}", CliError::NoWindow);
    ExitCode::FAILURE
}

/// Runs the simulated Zoho until Ctrl-C. A redirect port set for `login` is registered too, so
/// `login` from another terminal works against it.
fn run_sim() -> Result<(), CliError> {
    let ports = config::redirect_ports(std::env::var(REDIRECT_PORT_VARIABLE).ok().as_deref())?;
    let mut redirect_uris: Vec<String> = DEMO_REDIRECT_URIS.map(str::to_owned).to_vec();
    for uri in ports.into_iter().map(redirect_uri) {
        if !redirect_uris.contains(&uri) {
            redirect_uris.push(uri);
        }
    }
    sim::run_foreground(SimOptions::default().redirect_uris(redirect_uris))?;
    Ok(())
}
