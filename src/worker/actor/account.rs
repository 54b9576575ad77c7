//! The account: the OAuth client, the sign-in, the sign-out, and switching to the demo.

use url::Url;

use super::{Event, Profile, Worker};
use crate::problem::Problem;
use crate::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sim};
use std::sync::Arc;

use crate::account::{AddOrgError, AddedOrg, Connection, add_org, open_session, sign_out};
use crate::store::{AppPaths, ClientCredentials, ClientSource, CredentialStore, SignIns};
use crate::worker::Response;
use crate::zoho::oauth::{SignInOptions, Tokens, start_sign_in};
use crate::zoho::{Error, Session};

impl Worker {
    pub(super) fn save_client(&mut self, client_id: &str, client_secret: &str) {
        let client = match ClientCredentials::from_form(client_id, client_secret) {
            Ok(client) => client,
            Err(message) => {
                self.outbox
                    .send(Response::Problem(Problem::new(message, "")));
                return;
            }
        };
        let credentials = self.profile.sign_ins.credentials().clone();
        let events = self.events.clone();
        tokio::task::spawn_blocking(move || {
            let problem = credentials.save_client(&client).err().map(|error| {
                Problem::new(
                    format!("The client could not be saved: {error}"),
                    "You can still sign in now; you will be asked for the client again next time.",
                )
            });
            let _ = events.send(Event::ClientSaved(client, problem));
        });
    }

    pub(super) fn sign_in(&mut self, region_url: Url) {
        if let Some(previous) = self.sign_in.take() {
            previous.abort();
        }
        let Some((client, _)) = self.profile.client.clone() else {
            self.outbox
                .send(Response::SignInFailed(Problem::from(&Error::NoClient)));
            return;
        };
        let start_url = self.start_url(Some(region_url));
        let options = SignInOptions {
            accounts_url: start_url.clone(),
            redirect_ports: self.config.redirect_ports.clone(),
            timeout: self.config.sign_in_timeout,
            // Every sign-in adds or renews an org, and Zoho issues a refresh token only on a
            // consented grant; the one it replaces is revoked, so none is wasted.
            force_consent: true,
        };
        let http = self.http.clone();
        let outbox = self.outbox.clone();
        let events = self.events.clone();
        let generation = self.generation;
        let task = tokio::spawn(async move {
            let pending = match start_sign_in(http, client.clone(), options).await {
                Ok(pending) => pending,
                Err(error) => {
                    outbox.send(Response::SignInFailed(Problem::from(&error)));
                    return;
                }
            };
            outbox.send(Response::SignInWaiting {
                url: pending.authorize_url().clone(),
                timeout: pending.timeout(),
            });
            let result = pending.finish().await;
            let _ = events.send(Event::SignInFinished {
                generation,
                result: Box::new(result),
                client,
                start_url,
            });
        });
        self.sign_in = Some(task.abort_handle());
    }

    /// The browser came back with tokens: learn the org, save it, revoke what it replaced.
    pub(super) fn signed_in(&mut self, tokens: Tokens, client: ClientCredentials, start_url: Url) {
        let connection = Connection {
            http: self.http.clone(),
            crm: crate::zoho::CrmClient::new(self.http.clone())
                .with_timeouts(self.config.crm_timeouts),
            client,
            start_url,
            options: crate::zoho::session::SessionOptions::default(),
        };
        let sign_ins = self.profile.sign_ins.clone();
        let events = self.events.clone();
        let generation = self.generation;
        tokio::spawn(async move {
            let result = match add_org(&sign_ins, &connection, tokens).await {
                Ok(added) => {
                    let id = added.org.id.clone();
                    let opening = sign_ins.clone();
                    let connection = connection.clone();
                    match tokio::task::spawn_blocking(move || {
                        open_session(&opening, &connection, &id)
                    })
                    .await
                    {
                        Ok(Ok(session)) => Ok((added, session)),
                        Ok(Err(error)) => Err(Problem::new(error.to_string(), "Sign in again.")),
                        Err(error) => Err(Problem::new(
                            "The sign-in could not be opened.",
                            "Sign in again.",
                        )
                        .with_detail(error.to_string())),
                    }
                }
                Err(error) => Err(add_problem(&error)),
            };
            let _ = events.send(Event::OrgAdded { generation, result });
        });
    }

    /// The org of a sign-in is saved: it is the one on screen now.
    pub(super) fn org_added(&mut self, result: Result<(AddedOrg, Arc<Session>), Problem>) {
        match result {
            Ok((added, session)) => {
                if let Some(error) = &added.old_token_kept {
                    tracing::warn!("the replaced sign-in is still live at Zoho: {error}");
                }
                self.start_over();
                self.profile.org = Some(added.org);
                self.profile.session = Some(session);
                self.outbox.send(Response::SignedIn);
                self.refresh();
            }
            Err(problem) => self.outbox.send(Response::SignInFailed(problem)),
        }
    }

    pub(super) fn sign_out(&mut self) {
        self.start_over();
        if let Some(sign_in) = self.sign_in.take() {
            sign_in.abort();
        }
        self.org_name = None;
        self.profile.session = None;
        let Some(org) = self.profile.org.take() else {
            self.outbox.send(Response::SignedOut { problem: None });
            return;
        };
        let sign_ins = self.profile.sign_ins.clone();
        let http = self.http.clone();
        let start_url = self.start_url(None);
        let connection = self.connection(start_url.clone());
        let events = self.events.clone();
        tokio::spawn(async move {
            let outcome = sign_out(&sign_ins, &http, &start_url, &org.id).await;
            let problem = match (outcome.revoked, outcome.forgotten) {
                (_, Err(error)) => Some(Problem::new(
                    format!("Signed out, but the sign-in could not be removed from this computer: {error}"),
                    "Try signing out again.",
                )),
                (Err(error), Ok(())) => Some(
                    Problem::new(
                        "You are signed out on this computer, but Zoho could not be told.",
                        "To be sure, remove the app in your Zoho account under Sessions, Connected apps.",
                    )
                    .with_detail(error.to_string()),
                ),
                (Ok(()), Ok(())) => None,
            };
            // Another org signed in becomes the one on screen.
            let next = match connection {
                Some(connection) => tokio::task::spawn_blocking(move || {
                    let org = sign_ins.index().ok()?.current().cloned()?;
                    let session = open_session(&sign_ins, &connection, &org.id).ok()?;
                    Some((org, session))
                })
                .await
                .ok()
                .flatten(),
                None => None,
            };
            let _ = events.send(Event::SignedOut { problem, next });
        });
    }

    pub(super) fn start_demo(&mut self) {
        if self.profile.demo.is_some() {
            return;
        }
        let options = self.config.demo.clone();
        let events = self.events.clone();
        tokio::task::spawn_blocking(move || {
            let started = Sim::start(options).map_err(|error| {
                Problem::new(
                    "The demo could not start.",
                    "Close other copies of the app and try again.",
                )
                .with_detail(error.to_string())
            });
            let _ = events.send(Event::DemoStarted(started));
        });
    }

    pub(super) fn demo_started(&mut self, sim: Sim) {
        self.start_over();
        let accounts_url = sim.accounts_url();
        // The demo never touches the person's keychain, list of orgs or cache.
        let scratch = match tempfile::Builder::new()
            .prefix("zoho-org-viewer-demo")
            .tempdir()
        {
            Ok(scratch) => scratch,
            Err(error) => {
                self.outbox.send(Response::Problem(
                    Problem::new(
                        "The demo could not start: no room for its files.",
                        "Free some disk space and try again.",
                    )
                    .with_detail(error.to_string()),
                ));
                return;
            }
        };
        let demo = Profile {
            sign_ins: SignIns::new(
                CredentialStore::in_memory(),
                &AppPaths::under(scratch.path()),
            ),
            org: None,
            client: Some((
                ClientCredentials {
                    client_id: DEMO_CLIENT_ID.to_owned(),
                    client_secret: oauth2::ClientSecret::new(DEMO_CLIENT_SECRET.to_owned()),
                },
                ClientSource::BuiltIn,
            )),
            accounts_url: Some(accounts_url.clone()),
            session: None,
            demo: Some(sim),
            _scratch: Some(scratch),
        };
        self.real_profile = Some(std::mem::replace(&mut self.profile, demo));
        self.outbox.send(Response::DemoStarted);
        self.sign_in(accounts_url);
    }
}

/// What the person reads when a sign-in Zoho accepted did not stick.
fn add_problem(error: &AddOrgError) -> Problem {
    match error {
        AddOrgError::Identify(error) => Problem::from(error),
        AddOrgError::NoOrgId => Problem::new(error.to_string(), "Sign in again."),
        AddOrgError::NotSaved(_) => Problem::new(
            error.to_string(),
            "Check that the disk is not full and your settings folder belongs to you, then sign in again.",
        ),
    }
}
