//! The account: the OAuth client, signing in (which adds or renews an org), signing out of orgs,
//! and switching to the demo.

use std::sync::Arc;

use url::Url;

use super::org_entry::OrgEntry;
use super::{Event, Profile, Worker};
use crate::account::{
    AddOrgError, AddedOrg, Connection, add_org, open_session, result_page, sign_out,
};
use crate::i18n::t;
use crate::problem::{self, Problem};
use crate::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sim};
use crate::store::{AppPaths, ClientCredentials, ClientSource, CredentialStore, SignIns};
use crate::worker::messages::{AddedSummary, Freshness, OrgId, Response, SignInUpdate};
use crate::zoho::error::SignInProblem;
use crate::zoho::oauth::{SignInOptions, start_sign_in};
use crate::zoho::{Error, Session};

impl Worker {
    /// Saves the client typed into the form, then signs in with it. A client that cannot be
    /// saved is still used now; the person is told it will be asked for again.
    pub(super) fn save_client(&mut self, client_id: &str, client_secret: &str, accounts_url: Url) {
        let client = match ClientCredentials::from_form(client_id, client_secret) {
            Ok(client) => client,
            Err(message) => {
                self.outbox
                    .send(Response::SignIn(SignInUpdate::Finished(Err(Problem::new(
                        message,
                        t::err_fix_check_client(),
                    )))));
                return;
            }
        };
        let credentials = self.profile.sign_ins.credentials().clone();
        let events = self.events.clone();
        tokio::task::spawn_blocking(move || {
            let problem = credentials.save_client(&client).err().map(|error| {
                Problem::new(t::err_client_not_saved(), t::err_fix_client_not_saved())
                    .with_detail(problem::store_sentence(&error).text())
            });
            let _ = events.send(Event::ClientSaved {
                client,
                problem,
                accounts_url,
            });
        });
    }

    /// Opens the loopback port, tells the screen where the browser goes, and waits for it.
    pub(super) fn sign_in(&mut self, region_url: Url) {
        if let Some(previous) = self.sign_in.take() {
            previous.abort();
        }
        let Some((client, _)) = self.profile.client.clone() else {
            self.outbox
                .send(Response::SignIn(SignInUpdate::Finished(Err(
                    Problem::from(&Error::NoClient),
                ))));
            return;
        };
        self.sign_in_generation += 1;
        let start_url = self.start_url(Some(region_url));
        let options = SignInOptions {
            accounts_url: start_url.clone(),
            redirect_ports: self.config.redirect_ports.clone(),
            timeout: self.config.sign_in_timeout,
            // Every sign-in adds or renews an org, and Zoho issues a refresh token only on a
            // consented grant; the one it replaces is revoked, so none is wasted.
            force_consent: true,
        };
        let connection = self.connection_with(client, start_url);
        let sign_ins = self.profile.sign_ins.clone();
        let outbox = self.outbox.clone();
        let events = self.events.clone();
        let generation = self.sign_in_generation;
        let task = tokio::spawn(async move {
            // Without this, an unreachable sign-in server meant three minutes of "the page is
            // open in your browser" in front of a browser showing an error.
            if let Err(problem) = check_reachable(&connection.http, &connection.start_url).await {
                outbox.send(Response::SignIn(SignInUpdate::Finished(Err(problem))));
                return;
            }
            let pending =
                match start_sign_in(connection.http.clone(), connection.client.clone(), options)
                    .await
                {
                    Ok(pending) => pending,
                    Err(error) => {
                        outbox.send(Response::SignIn(SignInUpdate::Finished(Err(
                            Problem::from(&error),
                        ))));
                        return;
                    }
                };
            outbox.send(Response::SignIn(SignInUpdate::Waiting {
                url: pending.authorize_url().clone(),
                timeout: pending.timeout(),
            }));
            // The org is learned and saved before the browser's last page, which names it.
            let finished = pending
                .finish_then(|tokens| async {
                    let outcome = add_org(&sign_ins, &connection, tokens).await;
                    let page = result_page(&outcome);
                    (outcome, page)
                })
                .await;
            let result = match finished {
                Err(Error::SignIn(SignInProblem::Cancelled)) => return,
                Err(error) => Err(Problem::from(&error)),
                Ok(Err(error)) => Err(add_problem(&error)),
                Ok(Ok(added)) => {
                    let id = added.org.id.clone();
                    match tokio::task::spawn_blocking(move || {
                        open_session(&sign_ins, &connection, &id)
                    })
                    .await
                    {
                        Ok(Ok(session)) => Ok((Box::new(added), session)),
                        Ok(Err(error)) => Err(Problem::new(
                            problem::open_sentence(&error),
                            t::err_fix_sign_in_again(),
                        )),
                        Err(error) => Err(Problem::new(
                            t::err_sign_in_not_opened(),
                            t::err_fix_sign_in_again(),
                        )
                        .with_detail(error.to_string())),
                    }
                }
            };
            let _ = events.send(Event::OrgAdded { generation, result });
        });
        self.sign_in = Some(task.abort_handle());
    }

    /// The org of a sign-in is saved: it is listed, current and shown, and fetched with its logo.
    pub(super) fn org_added(&mut self, result: Result<(Box<AddedOrg>, Arc<Session>), Problem>) {
        let (added, session) = match result {
            Ok(added) => added,
            Err(problem) => {
                self.outbox
                    .send(Response::SignIn(SignInUpdate::Finished(Err(problem))));
                return;
            }
        };
        if let Some(error) = &added.old_token_kept {
            tracing::warn!("the replaced sign-in is still live at Zoho: {error}");
        }
        let id: OrgId = added.org.id.clone();
        let generation = self.generation();
        let mut entry = OrgEntry::new(added.org.clone(), Some(session), generation);
        if let Some(known) = self.entry(&id) {
            // Renewed: what is on screen stays while it is fetched again.
            entry.data.clone_from(&known.data);
            entry.logo_file.clone_from(&known.logo_file);
            entry.logo = known.logo.clone();
            entry.freshness = known.freshness;
        } else {
            let fetched_at = std::time::SystemTime::now();
            entry.data = Some(Arc::new(crate::worker::OrgData::new(
                *added.data.clone(),
                fetched_at,
                &self.format,
            )));
            entry.freshness = Freshness::Live;
        }
        let summary = AddedSummary {
            name: entry.name(),
            renewed: added.renewed,
        };
        self.upsert(entry);
        self.profile.current = Some(id.clone());
        self.send_orgs();
        self.outbox
            .send(Response::SignIn(SignInUpdate::Finished(Ok(summary))));
        self.refresh(&id);
        self.publish(&id);
    }

    /// Signs out of `orgs`: they leave the list at once, then each is revoked at its own
    /// accounts server and forgotten here. The answer comes once, when all are done.
    pub(super) fn sign_out(&mut self, orgs: Vec<OrgId>) {
        self.profile.orgs.retain(|entry| !orgs.contains(entry.id()));
        if self
            .profile
            .current
            .as_ref()
            .is_some_and(|current| orgs.contains(current))
        {
            self.profile.current = self.next_current();
        }
        let sign_ins = self.profile.sign_ins.clone();
        let http = self.http.clone();
        let start_url = self.start_url(None);
        let events = self.events.clone();
        let current = self.profile.current.clone();
        // Leaving the demo's last org leaves the demo at once; its simulated Zoho lives on
        // until the revocation reached it.
        let left_demo = self.leave_demo_if_empty();
        if left_demo.is_none() {
            self.send_orgs();
            if let Some(current) = &current {
                self.publish(current);
            }
        }
        tokio::spawn(async move {
            let outcomes = futures_util::future::join_all(
                orgs.iter()
                    .map(|org| sign_out(&sign_ins, &http, &start_url, org)),
            )
            .await;
            let mut problem = None;
            for outcome in outcomes {
                let this = match (outcome.revoked, outcome.forgotten) {
                    (_, Err(error)) => Some(Problem::new(
                        t::err_sign_out_not_forgotten(problem::store_sentence(&error)),
                        t::err_fix_sign_out_again(),
                    )),
                    (Err(error), Ok(())) => Some(
                        Problem::new(t::err_sign_out_not_told(), t::err_fix_sign_out_not_told())
                            .with_detail(error.to_string()),
                    ),
                    (Ok(()), Ok(())) => None,
                };
                problem = problem.or(this);
            }
            if let Some(current) = current {
                let keeping = sign_ins.clone();
                let _ = tokio::task::spawn_blocking(move || keeping.set_current(&current)).await;
            }
            if let Some(demo) = left_demo {
                // Stopping the simulated Zoho waits for its thread.
                let _ = tokio::task::spawn_blocking(move || drop(demo)).await;
            }
            let _ = events.send(Event::SignedOut { problem });
        });
    }

    /// Back to the person's own Zoho when the demo has no org left; returns the demo's profile,
    /// to be dropped once its work is done.
    fn leave_demo_if_empty(&mut self) -> Option<Profile> {
        if self.profile.demo.is_none() || !self.profile.orgs.is_empty() {
            return None;
        }
        self.restore_real_profile()
    }

    /// Signing out ended.
    pub(super) fn signed_out(&mut self, problem: Option<Problem>) {
        self.outbox.send(Response::SignedOut(match problem {
            Some(problem) => Err(problem),
            None => Ok(()),
        }));
    }

    /// Leaves the demo: back to the person's own orgs.
    pub(super) fn leave_demo(&mut self) {
        if self.profile.demo.is_some() {
            if let Some(previous) = self.sign_in.take() {
                previous.abort();
            }
            if let Some(demo) = self.restore_real_profile() {
                // Stopping the simulated Zoho waits for its thread.
                tokio::task::spawn_blocking(move || drop(demo));
            }
        }
        self.outbox.send(Response::DemoLeft);
    }

    /// Back to the person's own profile after the demo: their orgs listed, the current one
    /// shown and refreshed. Returns the demo's profile, to be dropped once its work is done.
    fn restore_real_profile(&mut self) -> Option<Profile> {
        let real = self.real_profile.take()?;
        let demo = std::mem::replace(&mut self.profile, real);
        self.sign_in_generation += 1;
        self.send_account();
        self.send_orgs();
        if let Some(current) = self.profile.current.clone() {
            self.publish(&current);
            self.refresh(&current);
        }
        Some(demo)
    }

    pub(super) fn start_demo(&mut self) {
        if self.profile.demo.is_some() {
            return;
        }
        let options = self.config.demo.clone();
        let events = self.events.clone();
        tokio::task::spawn_blocking(move || {
            let started = Sim::start(options).map_err(|error| {
                Problem::new(t::err_demo_not_started(), t::err_fix_demo_not_started())
                    .with_detail(error.to_string())
            });
            let _ = events.send(Event::DemoStarted(started));
        });
    }

    pub(super) fn demo_started(&mut self, sim: Sim) {
        // The demo never touches the person's keychain, list of orgs or cache.
        let scratch = match tempfile::Builder::new()
            .prefix("zoho-org-viewer-demo")
            .tempdir()
        {
            Ok(scratch) => scratch,
            Err(error) => {
                self.outbox.send(Response::DemoStarted(Err(Problem::new(
                    t::err_demo_no_room(),
                    t::err_fix_free_disk(),
                )
                .with_detail(error.to_string()))));
                return;
            }
        };
        let accounts_url = sim.accounts_url();
        let demo = Profile {
            sign_ins: SignIns::new(
                CredentialStore::in_memory(),
                &AppPaths::under(scratch.path()),
            ),
            client: Some((
                ClientCredentials {
                    client_id: DEMO_CLIENT_ID.to_owned(),
                    client_secret: oauth2::ClientSecret::new(DEMO_CLIENT_SECRET.to_owned()),
                },
                ClientSource::BuiltIn,
            )),
            accounts_url: Some(accounts_url.clone()),
            orgs: Vec::new(),
            current: None,
            demo: Some(sim),
            _scratch: Some(scratch),
        };
        self.real_profile = Some(std::mem::replace(&mut self.profile, demo));
        self.send_account();
        self.send_orgs();
        self.outbox.send(Response::DemoStarted(Ok(())));
        self.sign_in(accounts_url);
    }

    /// How to reach Zoho with `client`, starting sign-ins at `start_url`.
    pub(super) fn connection_with(&self, client: ClientCredentials, start_url: Url) -> Connection {
        Connection {
            http: self.http.clone(),
            crm: crate::zoho::CrmClient::new(self.http.clone())
                .with_timeouts(self.config.crm_timeouts),
            client,
            start_url,
            options: crate::zoho::session::SessionOptions::default(),
        }
    }
}

/// How long the sign-in server gets to answer before the app says it cannot be reached.
const REACHABLE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(6);

/// Asks the sign-in server anything at all: any HTTP answer means the browser can reach it
/// too; no answer within [`REACHABLE_TIMEOUT`] means the sign-in would only wait in vain.
async fn check_reachable(http: &reqwest::Client, accounts_url: &Url) -> Result<(), Problem> {
    let answer = http
        .get(accounts_url.clone())
        .timeout(REACHABLE_TIMEOUT)
        .send()
        .await;
    match answer {
        Ok(_) => Ok(()),
        Err(error) => {
            let host = accounts_url.host_str().unwrap_or_default();
            Err(Problem::new(
                t::err_sign_in_page_unreachable(),
                t::err_fix_sign_in_page_unreachable(),
            )
            .with_detail(format!("{host}: {error}")))
        }
    }
}

/// What the person reads when a sign-in Zoho accepted did not stick.
fn add_problem(error: &AddOrgError) -> Problem {
    match error {
        AddOrgError::Identify(error) => Problem::from(error),
        AddOrgError::NoOrgId => {
            Problem::new(problem::add_org_sentence(error), t::err_fix_sign_in_again())
        }
        AddOrgError::NotSaved(_) => Problem::new(
            problem::add_org_sentence(error),
            t::err_fix_not_saved_sign_in(),
        ),
    }
}
