//! `zoho-org-viewer logo --set FILE [--org ORG]` and `logo --remove [--org ORG]`: change the
//! logo with a one-time grant from the browser, the current logo saved first
//! ([`crate::logo_change`]).

use std::path::Path;

use super::error::CliError;
use super::login::open_browser;
use super::setup::{Setup, runtime};
use super::terminal::{say, say_err};
use crate::i18n::{Msg, t};
use crate::logo_change::{LogoChange, LogoChangeError, LogoChanged, change_logo, start_grant};
use crate::logo_fit::{Change, fit};
use crate::problem::plain_duration;
use crate::store::{AppPaths, LogoBackups, SignedInOrg};
use crate::zoho::oauth::SignInOptions;

/// What was done to an org's logo, for the line that says so.
#[derive(Debug, Clone, Copy)]
enum Done {
    /// `--set`.
    Changed,
    /// `--remove`.
    Removed,
}

impl Done {
    /// "Changed the logo of Zylker Traders."
    fn line(self, org: &str) -> Msg {
        match self {
            Done::Changed => t::cli_logo_changed(org),
            Done::Removed => t::cli_logo_removed(org),
        }
    }
}

/// The largest file `--set` reads: far beyond any photo, short of filling memory.
const MAX_PICTURE_FILE: u64 = 200 * 1024 * 1024;

/// Fits the picture at `picture` to Zoho's limits, then changes the logo of the orgs `queries`
/// name (the current org without any) to it.
pub(crate) fn set(picture: &Path, queries: &[String]) -> Result<(), CliError> {
    let read_error = |source| CliError::ReadPicture {
        path: picture.to_path_buf(),
        source,
    };
    let length = std::fs::metadata(picture).map_err(read_error)?.len();
    if length > MAX_PICTURE_FILE {
        return Err(CliError::Picture {
            path: picture.to_path_buf(),
            error: crate::logo_fit::FitError::TooLarge(
                crate::logo_fit::size_in_words(usize::try_from(length).unwrap_or(usize::MAX))
                    .text(),
            ),
        });
    }
    let bytes = std::fs::read(picture).map_err(read_error)?;
    let fitted = fit(&bytes).map_err(|error| CliError::Picture {
        path: picture.to_path_buf(),
        error,
    })?;
    let line = if fitted.change == Change::Unchanged {
        t::cli_picture_is(fitted.what_changed())
    } else {
        t::cli_picture_was(fitted.what_changed(), fitted.why())
    };
    say(&line);
    run_all(queries, &LogoChange::Set(fitted), Done::Changed)
}

/// Removes the logo of the orgs `queries` name (the current org without any).
pub(crate) fn remove(queries: &[String]) -> Result<(), CliError> {
    run_all(queries, &LogoChange::Remove, Done::Removed)
}

/// The change for each org in turn: one org's failure is its own line, and the others go on.
fn run_all(queries: &[String], change: &LogoChange, done: Done) -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let mut orgs: Vec<SignedInOrg> = Vec::new();
    if queries.is_empty() {
        orgs.push(setup.choose(None)?);
    }
    for query in queries {
        let org = setup.choose(Some(query))?;
        if !orgs.iter().any(|known| known.id == org.id) {
            orgs.push(org);
        }
    }
    let connection = setup.connection()?;
    let backups = LogoBackups::new(&AppPaths::platform()?);
    let runtime = runtime()?;
    let total = orgs.len();
    if total > 1 {
        say(&t::cli_logo_one_at_a_time(total));
    }
    let mut failed = 0;
    let mut last_error = None;
    for (number, org) in orgs.iter().enumerate() {
        if total > 1 {
            say(&t::cli_logo_progress(number + 1, org.name(), total));
        }
        let outcome = runtime.block_on(run(
            &setup,
            &connection,
            &backups,
            org,
            change.clone(),
            done,
        ));
        if let Err(error) = outcome {
            failed += 1;
            if total > 1 {
                say_err(&t::cli_org_failed(error.to_string(), org.name()));
            }
            last_error = Some(error);
        }
    }
    // A text-mode browser may still be running in the foreground; do not wait for it.
    runtime.shutdown_background();
    match last_error {
        None => Ok(()),
        Some(error) if total == 1 => Err(error),
        Some(_) => Err(CliError::SomeLogosUnchanged { failed, total }),
    }
}

/// The grant in the browser, then the change of one org; prints where its old logo went and
/// the result.
async fn run(
    setup: &Setup,
    connection: &crate::account::Connection,
    backups: &LogoBackups,
    org: &SignedInOrg,
    change: LogoChange,
    done: Done,
) -> Result<(), CliError> {
    // Started at Zoho's main accounts server, a grant for an org in China would not reach it.
    let default_start = setup.accounts_url.as_str().trim_end_matches('/')
        == crate::zoho::region::DEFAULT_ACCOUNTS_URL;
    let start_url = org
        .data_centre
        .as_deref()
        .and_then(crate::zoho::region::sign_in_start_for)
        .filter(|_| default_start)
        .unwrap_or_else(|| setup.accounts_url.clone());
    let mut options = SignInOptions::new(start_url);
    options.redirect_ports.clone_from(&setup.redirect_ports);
    let pending = start_grant(connection, options).await?;
    let address = pending.authorize_url().to_string();
    say(&t::cli_logo_permission(org.name()));
    say(&t::cli_browser_fallback());
    println!("  {}", super::terminal::visible(&address));
    say(&t::cli_logo_waiting(plain_duration(pending.timeout())));
    open_browser(address);
    let changed = match pending.finish_write_grant().await {
        Ok(grant) => {
            change_logo(&connection.crm, backups, &org.id, org.name(), grant, change).await
        }
        Err(error) => Err(LogoChangeError::Grant(error)),
    };
    match changed {
        Ok(changed) => {
            print_backup(
                org,
                changed.backup.as_ref().map(|backup| backup.path.as_path()),
            );
            say(&done.line(changed_name(org, &changed)));
            Ok(())
        }
        Err(LogoChangeError::Write { error, backup }) => {
            print_backup(org, backup.as_ref().map(|backup| backup.path.as_path()));
            Err(LogoChangeError::Write {
                error,
                backup: None,
            }
            .into())
        }
        Err(error) => Err(error.into()),
    }
}

fn changed_name<'a>(org: &'a SignedInOrg, changed: &'a LogoChanged) -> &'a str {
    if changed.org_name.is_empty() {
        org.name()
    } else {
        &changed.org_name
    }
}

/// Where the logo the org had was saved, or that it had none.
fn print_backup(org: &SignedInOrg, backup: Option<&Path>) {
    say(&match backup {
        Some(path) => t::cli_logo_backup_saved(path.display().to_string()),
        None => t::cli_logo_no_backup(org.name()),
    });
}
