//! Running Zoho calls with the saved sign-ins of one org or of all of them.
//!
//! The token lifecycle itself (the cached access token, one refresh at a time across processes,
//! saving it at once, forgetting a sign-in Zoho refuses) lives in the core: `account` and
//! `zoho::Session` with the store's vault.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot};

use super::error::CliError;
use super::setup::{Setup, runtime};
use crate::account::{Connection, open_session};
use crate::store::SignedInOrg;
use crate::zoho::api::CALLS_PER_HOST;
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

/// Runs `call` for every signed-in org, at most [`CALLS_PER_HOST`] at once per API host; each
/// org's outcome, in the list's order.
///
/// The orgs' saved sign-ins are read on a thread of their own while the first calls are under
/// way: each read is a keychain call or a parse of the whole credential file, so reading 200
/// of them before the first call would add their time to the command's.
pub(crate) fn for_every_org<T, Call, Running>(
    setup: &Setup,
    call: Call,
) -> Result<Vec<OrgOutcome<T>>, CliError>
where
    Call: Fn(Arc<Session>) -> Running,
    Running: Future<Output = Result<T, zoho::Error>>,
{
    let index = setup.orgs()?;
    let orgs = index.orgs();
    if orgs.is_empty() {
        return Err(CliError::NotSignedIn);
    }
    let connection = setup.connection()?;
    let runtime = runtime()?;
    let (opened, sessions): (Vec<_>, Vec<_>) = orgs.iter().map(|_| oneshot::channel()).unzip();
    let outcomes = std::thread::scope(|scope| {
        let connection = &connection;
        scope.spawn(move || {
            for (org, opened) in orgs.iter().zip(opened) {
                // The receiver is gone only when the command is ending anyway.
                let _ = opened.send(open_org(setup, connection, org));
            }
        });
        let limits = HostLimits::default();
        let (limits, call) = (&limits, &call);
        // Every call waits for its host's turn in the list's order (sessions arrive in that
        // order and tokio's semaphore is fair), and join_all gives the outcomes back in that
        // order whatever order they finish in.
        runtime.block_on(futures_util::future::join_all(
            orgs.iter().zip(sessions).map(|(org, session)| async move {
                // Only a panic on the reading thread drops the sender, and that ends the process.
                let session = session.await.map_err(|_| CliError::NotSignedIn)??;
                let _turn = limits.turn(&session).await;
                call(session)
                    .await
                    .map_err(|error| dead_or_plain(org, error))
            }),
        ))
    });
    Ok(orgs.iter().cloned().zip(outcomes).collect())
}

/// One semaphore of [`CALLS_PER_HOST`] permits per API host (scheme, host and port), made when
/// the host's first call asks for its turn. The calls share one thread, hence the `RefCell`.
#[derive(Default)]
struct HostLimits {
    hosts: RefCell<HashMap<String, Arc<Semaphore>>>,
}

impl HostLimits {
    /// Waits until `session`'s host has room for one more call; the call may go on while the
    /// returned permit lives.
    async fn turn(&self, session: &Session) -> Option<OwnedSemaphorePermit> {
        let host = session
            .tokens()
            .await
            .api_domain
            .origin()
            .ascii_serialization();
        let semaphore = Arc::clone(
            self.hosts
                .borrow_mut()
                .entry(host)
                .or_insert_with(|| Arc::new(Semaphore::new(CALLS_PER_HOST))),
        );
        // Fails only if the semaphore is closed, which these never are.
        semaphore.acquire_owned().await.ok()
    }
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
