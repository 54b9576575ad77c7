//! The command-line face of the app (a public contract; see DESIGN.md "The command line"):
//!
//! ```text
//! zoho-org-viewer                 open the app
//! zoho-org-viewer demo            open the app against the built-in simulated Zoho
//! zoho-org-viewer login           sign in through the browser; the org picked there is added
//! zoho-org-viewer orgs [--json]   list the signed-in orgs, the current one marked
//! zoho-org-viewer switch ORG      make ORG the current org
//! zoho-org-viewer org [--org ORG | --all] [--json]   print orgs (readable text, or JSON)
//! zoho-org-viewer logo --out FILE [--org ORG]        save the logo, byte for byte
//! zoho-org-viewer logo --set FILE [--org ORG]        change the logo (fitted, backed up first)
//! zoho-org-viewer logo --remove [--org ORG]          remove the logo (backed up first)
//! zoho-org-viewer logout [--org ORG | --all]         revoke at Zoho and forget
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
mod logo_change;
mod logout;
mod org;
mod orgs;
mod setup;
mod signed_in;
mod switch;
mod terminal;

use std::process::ExitCode;

pub use args::{Cli, Command, parse};
pub use config::{ACCOUNTS_URL_VARIABLE, ConfigError, REDIRECT_PORT_VARIABLE};
pub use console::attach_parent_console;
pub use error::CliError;
pub use logging::init_logging;

use crate::i18n::t;
use crate::problem::Problem;
use crate::sim::{self, DEMO_REDIRECT_URIS, SimOptions};
use crate::store::{AppPaths, StoreChoice};
use crate::worker::WorkerConfig;
use crate::zoho::oauth::redirect_uri;

/// Runs what the command line asked for and says how it went.
pub fn run(cli: Cli) -> ExitCode {
    let outcome = match cli.command {
        None => return run_gui(false),
        Some(Command::Demo) => return run_gui(true),
        Some(Command::Login) => login::login(),
        Some(Command::Orgs { json }) => orgs::orgs(json),
        Some(Command::Switch { org }) => switch::switch(&org),
        Some(Command::Org { org, all, json }) => org::org(org.as_deref(), all, json),
        Some(Command::Logo {
            out,
            set,
            remove,
            org,
        }) => match (out, set) {
            (Some(out), _) => match org.as_slice() {
                [] => logo::logo(&out, None),
                [one] => logo::logo(&out, Some(one)),
                _ => Err(CliError::OneOrgOnly),
            },
            (None, Some(picture)) => logo_change::set(&picture, &org),
            (None, None) if remove => logo_change::remove(&org),
            (None, None) => Err(CliError::NothingToDo),
        },
        Some(Command::Logout { org, all }) => logout::logout(org.as_deref(), all),
        Some(Command::Sim { orgs }) => run_sim(orgs),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", terminal::visible(&error.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// Opens the app window, against the simulated Zoho when `demo`, and runs until it closes.
pub fn run_gui(demo: bool) -> ExitCode {
    let outcome = gui_config(demo).and_then(|config| {
        crate::ui::run(config).map_err(|error| CliError::Window {
            detail: error.to_string(),
        })
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", terminal::visible(&error.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The window's settings from the environment, checked as strictly as the commands' are.
fn gui_config(demo: bool) -> Result<WorkerConfig, CliError> {
    gui_config_from(
        demo,
        &|name| std::env::var(name).ok(),
        AppPaths::platform()?,
    )
}

/// [`gui_config`] with `env` for the environment. A setting that cannot be used does not stop
/// the app: started from a desktop launcher, a refusal printed on no terminal looks like an app
/// that does not open. The normal setting is used instead and the window says what is wrong.
fn gui_config_from(
    demo: bool,
    env: &dyn Fn(&str) -> Option<String>,
    paths: AppPaths,
) -> Result<WorkerConfig, CliError> {
    let mut refused: Vec<String> = Vec::new();
    // Unset means "the region chosen in the window"; set means "always here".
    let accounts_url = match env(ACCOUNTS_URL_VARIABLE) {
        Some(value) if !value.trim().is_empty() => match config::accounts_url(Some(&value)) {
            Ok(url) => Some(url),
            Err(error) => {
                refused.push(error.to_string());
                None
            }
        },
        _ => None,
    };
    let redirect_ports = match config::redirect_ports(env(REDIRECT_PORT_VARIABLE).as_deref()) {
        Ok(ports) => ports,
        Err(error) => {
            refused.push(error.to_string());
            config::redirect_ports(None)?
        }
    };
    let store_choice = StoreChoice::from_env(env).unwrap_or_else(|error| {
        refused.push(crate::problem::store_sentence(&error).text());
        None
    });
    let mut config = WorkerConfig::from_environment(paths, store_choice, accounts_url);
    config.start_in_demo = demo;
    config.demo = SimOptions::default()
        .redirect_uris(redirect_ports.iter().map(|port| redirect_uri(*port)))
        .paid_plans_end_after(chrono::Utc::now(), DEMO_PLAN_DAYS_LEFT);
    config.redirect_ports = redirect_ports;
    if !refused.is_empty() {
        config.startup_problem = Some(
            Problem::new(
                t::cli_startup_setting_refused(),
                t::cli_startup_setting_refused_next(),
            )
            .with_detail(refused.join(" ")),
        );
    }
    Ok(config)
}

/// How long the demo's paid plans run from today: long enough that no badge warns of their end.
const DEMO_PLAN_DAYS_LEFT: i64 = 300;

/// Runs the simulated Zoho until Ctrl-C, with the demo's orgs or `orgs` made-up ones. A redirect
/// port set for `login` is registered too, so `login` from another terminal works against it.
fn run_sim(orgs: Option<u16>) -> Result<(), CliError> {
    let ports = config::redirect_ports(std::env::var(REDIRECT_PORT_VARIABLE).ok().as_deref())?;
    let mut redirect_uris: Vec<String> = DEMO_REDIRECT_URIS.map(str::to_owned).to_vec();
    for uri in ports.into_iter().map(redirect_uri) {
        if !redirect_uris.contains(&uri) {
            redirect_uris.push(uri);
        }
    }
    let mut options = SimOptions::default().redirect_uris(redirect_uris);
    if let Some(count) = orgs {
        options = options.generated_orgs(usize::from(count));
    }
    sim::run_foreground(options)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_accounts_url_opens_the_window_and_says_why() {
        let home = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let env = |name: &str| {
            (name == ACCOUNTS_URL_VARIABLE).then(|| "http://accounts.example.com".to_owned())
        };
        let config = gui_config_from(false, &env, AppPaths::under(home.path()))
            .unwrap_or_else(|error| panic!("the window must open: {error}"));
        assert_eq!(
            config.accounts_url, None,
            "the usual sign-in address is used"
        );
        let problem = config
            .startup_problem
            .unwrap_or_else(|| panic!("the window says what is wrong"));
        let detail = problem.detail.unwrap_or_default();
        assert!(detail.contains("ZOHO_ACCOUNTS_URL"), "{detail}");
        assert!(
            !problem.summary.text().contains("ZOHO_"),
            "{}",
            problem.summary
        );
    }

    #[test]
    fn usable_settings_bring_no_problem() {
        let home = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let env = |name: &str| {
            (name == ACCOUNTS_URL_VARIABLE).then(|| "https://accounts.zoho.eu".to_owned())
        };
        let config = gui_config_from(false, &env, AppPaths::under(home.path()))
            .unwrap_or_else(|error| panic!("{error}"));
        assert!(config.startup_problem.is_none());
        assert!(config.accounts_url.is_some());
    }
}
