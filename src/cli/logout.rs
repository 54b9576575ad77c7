//! `zoho-org-viewer logout [--org ORG | --all]`: revoke sign-ins at Zoho, then forget them here
//! whatever happened.

use super::error::{CliError, sentence_with_code};
use super::setup::{Setup, runtime};
use super::terminal::say;
use crate::account::{SignedOut, sign_out};
use crate::i18n::{Msg, t};
use crate::store::SignedInOrg;
use crate::zoho;

/// Signs out of the org `query` names (the current one without it, every one with `all`): each
/// refresh token is revoked at its own accounts server, then forgotten here. A person who signs
/// out ends up signed out on this computer even when Zoho cannot be told; the error then says
/// how to remove the app's access at Zoho.
pub(crate) fn logout(query: Option<&str>, all: bool) -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let index = setup.orgs()?;
    if index.is_empty() {
        say(&t::cli_logout_nothing());
        return Ok(());
    }
    let orgs: Vec<SignedInOrg> = if all {
        index.orgs().to_vec()
    } else {
        vec![setup.choose(query)?]
    };
    let previous = index.current().map(|org| org.id.clone());
    let http = zoho::http::client()?;
    let outcomes = runtime()?
        .block_on(futures_util::future::join_all(orgs.iter().map(|org| {
            sign_out(&setup.sign_ins, &http, &setup.accounts_url, &org.id)
        })));
    let mut last_error = None;
    for (org, outcome) in orgs.iter().zip(outcomes) {
        match report(org, outcome) {
            Ok(line) => say(&line),
            Err(error) => {
                if last_error.is_some() {
                    eprintln!("{}", super::terminal::visible(&error.to_string()));
                }
                last_error = Some(error);
            }
        }
    }
    let left_current = orgs.iter().any(|org| Some(&org.id) == previous.as_ref());
    if left_current
        && let Some(current) = setup
            .sign_ins
            .index()
            .ok()
            .and_then(|index| index.current().cloned())
    {
        say(&t::cli_now_current(current.name()));
    }
    last_error.map_or(Ok(()), Err)
}

/// The line for one org: what Zoho said and whether it is gone from this computer.
fn report(org: &SignedInOrg, outcome: SignedOut) -> Result<Msg, CliError> {
    let name = org.name().to_owned();
    match (outcome.revoked, outcome.forgotten) {
        (Ok(()), Ok(())) => Ok(t::cli_logout_done(name)),
        (Err(error), Ok(())) => Err(CliError::RevokeFailed {
            org: name,
            reason: sentence_with_code(&error).text(),
        }),
        (revoked, Err(error)) => Err(CliError::ForgetFailed {
            org: name,
            revoked: revoked.is_ok(),
            error,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StoreError;

    fn org() -> SignedInOrg {
        SignedInOrg {
            id: "1".to_owned(),
            zgid: None,
            company_name: "Zylker Traders".to_owned(),
            environment: None,
            data_centre: None,
            domain_name: None,
        }
    }

    fn read_only() -> StoreError {
        StoreError::FileWrite {
            path: "/home/a/.config/zoho-org-viewer/credentials.json".into(),
            source: std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem),
        }
    }

    #[test]
    fn a_sign_in_that_cannot_be_forgotten_says_whether_zoho_revoked_it() {
        let revoked_but_kept = report(
            &org(),
            SignedOut {
                org: Some(org()),
                revoked: Ok(()),
                forgotten: Err(read_only()),
            },
        )
        .unwrap_err()
        .to_string();
        assert!(
            revoked_but_kept.starts_with("Zoho revoked the app's access, but the sign-in of Zylker Traders could not be removed"),
            "{revoked_but_kept}"
        );
        let neither = report(
            &org(),
            SignedOut {
                org: Some(org()),
                revoked: Err(zoho::Error::Timeout {
                    host: "accounts.zoho.eu".into(),
                }),
                forgotten: Err(read_only()),
            },
        )
        .unwrap_err()
        .to_string();
        assert!(
            neither.starts_with("Zoho could not be told to revoke the sign-in,"),
            "{neither}"
        );
    }
}
