//! The account: the OAuth client, the sign-in, the sign-out, and switching to the demo.

use url::Url;

use super::{Event, Profile, Worker};
use crate::problem::Problem;
use crate::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sim};
use crate::store::{ClientCredentials, ClientSource, CredentialStore};
use crate::worker::Response;
use crate::zoho::Error;
use crate::zoho::oauth::{SignInOptions, Tokens, start_sign_in};

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
        let credentials = self.profile.credentials.clone();
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
            force_consent: self.profile.session.is_none(),
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

    pub(super) fn signed_in(&mut self, tokens: Tokens, client: ClientCredentials, start_url: Url) {
        self.profile.session = Some(self.new_session(client, tokens.clone(), start_url));
        self.outbox.send(Response::SignedIn);
        let credentials = self.profile.credentials.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(error) = credentials.save_session(&tokens) {
                outbox.send(Response::Problem(Problem::new(
                    format!("You are signed in, but the sign-in could not be saved: {error}"),
                    "You will be asked to sign in again next time.",
                )));
            }
        });
        self.refresh();
    }

    pub(super) fn sign_out(&mut self) {
        self.start_over();
        if let Some(sign_in) = self.sign_in.take() {
            sign_in.abort();
        }
        self.org_name = None;
        let session = self.profile.session.take();
        let credentials = self.profile.credentials.clone();
        let cache = self.profile.cache.clone();
        let events = self.events.clone();
        tokio::spawn(async move {
            let revoked = match &session {
                Some(session) => session.revoke().await,
                None => Ok(()),
            };
            let forgotten = tokio::task::spawn_blocking(move || {
                let forgotten = credentials.forget_session();
                if let Some(cache) = cache
                    && let Err(error) = cache.clear()
                {
                    tracing::warn!("the saved organization could not be removed: {error}");
                }
                forgotten
            })
            .await;
            let problem = match (revoked, forgotten) {
                (_, Ok(Err(error))) => Some(Problem::new(
                    format!("Signed out, but the sign-in could not be removed from this computer: {error}"),
                    "Try signing out again.",
                )),
                (_, Err(join_error)) => Some(Problem::new("Signed out, but removing the sign-in from this computer failed.", "Try signing out again.").with_detail(join_error.to_string())),
                (Err(error), Ok(Ok(()))) => Some(
                    Problem::new(
                        "You are signed out on this computer, but Zoho could not be told.",
                        "To be sure, remove the app in your Zoho account under Sessions, Connected apps.",
                    )
                    .with_detail(error.to_string()),
                ),
                (Ok(()), Ok(Ok(()))) => None,
            };
            let _ = events.send(Event::SignedOut { problem });
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
        let demo = Profile {
            // The demo never touches the person's keychain or cache.
            credentials: CredentialStore::in_memory(),
            cache: None,
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
        };
        self.real_profile = Some(std::mem::replace(&mut self.profile, demo));
        self.outbox.send(Response::DemoStarted);
        self.sign_in(accounts_url);
    }
}
