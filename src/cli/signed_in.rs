//! Running Zoho calls with the saved sign-ins of one org or of all of them.
//!
//! The token lifecycle itself (the cached access token, one refresh at a time across processes,
//! saving it at once, forgetting a sign-in Zoho refuses) lives in the core: `account` and
//! `zoho::Session` with the store's vault.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use super::error::CliError;
use super::setup::{Setup, runtime};
use crate::account::{Connection, open_session};
use crate::store::SignedInOrg;
use crate::zoho::{self, Session};

/// The longest `Retry-After` a command waits out before retrying once; longer waits are
/// reported instead, so a script never hangs on Zoho's rate limit.
pub(crate) const MAX_RATE_LIMIT_WAIT: Duration = Duration::from_secs(5);

/// Runs `call` with the session of the org `query` names (the current org without one).
pub(crate) fn with_org_session<T, Call, Running>(
    setup: &Setup,
    query: Option<&str>,
    call: Call,
) -> Result<T, CliError>
where
    Call: FnOnce(Arc<Session>) -> Running,
    Running: Future<Output = Result<T, zoho::Error>>,
{
    let org = setup.choose(query)?;
    let connection = setup.connection()?;
    let session = open_org(setup, &connection, &org)?;
    let outcome = runtime()?.block_on(call(session));
    outcome.map_err(|error| dead_or_plain(&org, error))
}

/// One org's outcome of a call made for every org.
pub(crate) type OrgOutcome<T> = (SignedInOrg, Result<T, CliError>);

/// Runs `call` for every signed-in org at once; each org's outcome, in the list's order.
pub(crate) fn for_every_org<T, Call, Running>(
    setup: &Setup,
    call: Call,
) -> Result<Vec<OrgOutcome<T>>, CliError>
where
    Call: Fn(Arc<Session>) -> Running,
    Running: Future<Output = Result<T, zoho::Error>>,
{
    let orgs = setup.orgs()?;
    if orgs.is_empty() {
        return Err(CliError::NotSignedIn);
    }
    let connection = setup.connection()?;
    let sessions: Vec<(SignedInOrg, Result<Arc<Session>, CliError>)> = orgs
        .orgs()
        .iter()
        .map(|org| (org.clone(), open_org(setup, &connection, org)))
        .collect();
    let outcomes = runtime()?.block_on(futures_util::future::join_all(sessions.iter().map(
        |(_, session)| {
            let running = session
                .as_ref()
                .ok()
                .map(|session| call(Arc::clone(session)));
            async move {
                match running {
                    Some(running) => Some(running.await),
                    None => None,
                }
            }
        },
    )));
    Ok(sessions
        .into_iter()
        .zip(outcomes)
        .map(|((org, session), outcome)| {
            let result = match (session, outcome) {
                (Err(error), _) => Err(error),
                (Ok(_), Some(outcome)) => outcome.map_err(|error| dead_or_plain(&org, error)),
                (Ok(_), None) => Err(CliError::NotSignedIn),
            };
            (org, result)
        })
        .collect())
}

/// The org's session over its saved tokens.
fn open_org(
    setup: &Setup,
    connection: &Connection,
    org: &SignedInOrg,
) -> Result<Arc<Session>, CliError> {
    open_session(&setup.sign_ins, connection, &org.id).map_err(|error| match error {
        crate::account::OpenError::NotSignedIn => CliError::NotSignedIn,
        crate::account::OpenError::Store(error) => error.into(),
        crate::account::OpenError::Zoho(error) => error.into(),
    })
}

/// A refused refresh token has been forgotten by the session's vault: say so.
fn dead_or_plain(org: &SignedInOrg, error: zoho::Error) -> CliError {
    if error.refresh_token_is_dead() {
        CliError::SignInRevoked {
            org: org.name().to_owned(),
            error,
        }
    } else {
        error.into()
    }
}
