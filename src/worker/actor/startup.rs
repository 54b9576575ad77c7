//! Start-up: what was saved (the keychain may take a while, so off the loop), and the session.

use std::sync::Arc;

use url::Url;

use super::{Event, Restored, Worker};
use crate::account::Connection;
use crate::problem::Problem;
use crate::store::{LegacySignIn, SignIns, open_credential_store, resolve_client};
use crate::worker::logo::{PREVIEW_MAX_SIDE, decode_preview};
use crate::worker::{LogoUpdate, OrgData, Response, Startup, StoreSetup};
use crate::zoho::oauth::Tokens;
use crate::zoho::session::{SessionOptions, check_saved_tokens};
use crate::zoho::{CrmClient, Session};

impl Worker {
    /// Reads the credential store and the cache off the loop (the keychain may take a while).
    pub(super) fn restore(&self) {
        let config = self.config.clone();
        let events = self.events.clone();
        tokio::task::spawn_blocking(move || {
            let credentials = match &config.store {
                StoreSetup::Platform(choice) => open_credential_store(*choice, &config.paths),
                StoreSetup::Given(store) => store.clone(),
            };
            let sign_ins = SignIns::new(credentials.clone(), &config.paths);
            let mut problem = None;
            let saved_client = credentials.load_client().unwrap_or_else(|error| {
                problem = Some(Problem::new(error.to_string(), ""));
                None
            });
            let legacy = match sign_ins.move_legacy() {
                Ok(LegacySignIn::NeedsOrg(tokens)) => Some(tokens),
                Ok(LegacySignIn::None | LegacySignIn::Moved(_)) => None,
                Err(error) => {
                    problem = Some(Problem::new(error.to_string(), "Sign in again."));
                    None
                }
            };
            let current = match sign_ins.index() {
                Ok(index) => index.current().cloned(),
                Err(error) => {
                    problem = Some(Problem::new(error.to_string(), "Sign in again."));
                    None
                }
            };
            let current = current.and_then(|org| match sign_ins.tokens(&org.id) {
                Ok(Some(tokens)) => Some((org, tokens)),
                Ok(None) => None,
                Err(error) => {
                    problem = Some(Problem::new(error.to_string(), "Sign in again."));
                    None
                }
            });
            let cached = current.as_ref().and_then(|(org, _)| {
                sign_ins.cache(&org.id).load().map(|cached| {
                    let preview = cached
                        .logo
                        .as_ref()
                        .map(|logo| decode_preview(&logo.bytes, logo.format, PREVIEW_MAX_SIDE));
                    (cached, preview)
                })
            });
            // Where credentials are kept (said once), and whether the last run crashed.
            let notices: Vec<String> = [
                credentials.location_notice(),
                crate::crash::mention_last_crash(&config.paths.data_dir),
            ]
            .into_iter()
            .flatten()
            .collect();
            let notice = (!notices.is_empty()).then(|| notices.join(" "));
            let restored = Restored {
                sign_ins,
                saved_client,
                current,
                legacy,
                cached,
                notice,
                problem,
            };
            // The loop outlives this task unless the app is closing.
            let _ = events.send(Event::Restored(Box::new(restored)));
        });
    }

    pub(super) fn restored(&mut self, restored: Restored) {
        let Restored {
            sign_ins,
            saved_client,
            current,
            legacy,
            cached,
            notice,
            mut problem,
        } = restored;
        let env = self.config.env.clone();
        self.profile.client = resolve_client(|name| env(name), saved_client);
        self.profile.sign_ins = sign_ins;
        let start_url = self.start_url(None);
        if let Some(tokens) = legacy {
            self.move_legacy(tokens, start_url.clone());
        }
        if let Some((org, tokens)) = current
            && let Some(connection) = self.connection(start_url.clone())
        {
            match check_saved_tokens(&tokens, &start_url) {
                Ok(()) => {
                    self.profile.session = Some(Arc::new(connection.session(
                        &self.profile.sign_ins,
                        &org.id,
                        tokens,
                    )));
                    self.profile.org = Some(org);
                }
                Err(error) => problem = Some(Problem::from(&error)),
            }
        }
        let signed_in = self.profile.session.is_some();
        let (cached_org, cached_logo) = match cached.filter(|_| signed_in) {
            Some((cached, preview)) => {
                self.org_name = cached.org.display_name().map(str::to_owned);
                let data = OrgData::new(cached.org, cached.fetched_at, &self.format);
                let logo = match (cached.logo, preview) {
                    (Some(photo), Some(preview)) => Some(self.keep_logo(photo, preview)),
                    _ => Some(LogoUpdate::Missing),
                };
                (Some(Box::new(data)), logo)
            }
            None => (None, None),
        };
        let startup = Startup {
            client: self.profile.client.as_ref().map(|(_, source)| *source),
            signed_in,
            cached: cached_org,
            cached_logo,
            notice,
            problem,
            accounts_url_configured: self.config.accounts_url.is_some(),
        };
        self.outbox.send(Response::Ready(startup));
        if self.config.start_in_demo {
            self.start_demo();
        } else if signed_in {
            self.refresh();
        }
    }

    /// Asks Zoho which org an earlier version's sign-in belongs to and moves it there; then
    /// everything is read again. Failing that, it stays for the next start to try.
    fn move_legacy(&self, tokens: Tokens, start_url: Url) {
        let Some(connection) = self.connection(start_url.clone()) else {
            return;
        };
        if check_saved_tokens(&tokens, &start_url).is_err() {
            return;
        }
        let sign_ins = self.profile.sign_ins.clone();
        let events = self.events.clone();
        tokio::spawn(async move {
            let session = Session::new(
                connection.http.clone(),
                connection.client.clone(),
                tokens,
                connection.start_url.clone(),
            )
            .with_crm(connection.crm.clone());
            let org = match session.get_org().await {
                Ok(org) => org,
                Err(error) => {
                    tracing::warn!("the earlier sign-in could not be moved yet: {error}");
                    return;
                }
            };
            let tokens = session.tokens().await;
            let moved =
                tokio::task::spawn_blocking(move || sign_ins.finish_legacy(&org, &tokens)).await;
            match moved {
                Ok(Ok(_)) => {
                    let _ = events.send(Event::LegacyMoved);
                }
                Ok(Err(error)) => tracing::warn!("the earlier sign-in could not be moved: {error}"),
                Err(error) => tracing::warn!("the earlier sign-in could not be moved: {error}"),
            }
        });
    }

    /// Where sign-in starts: the demo's or configured address, else the region's, else Zoho's
    /// global sign-in.
    pub(super) fn start_url(&self, region: Option<Url>) -> Url {
        self.profile
            .accounts_url
            .clone()
            .or(region)
            .unwrap_or_else(|| self.default_start_url.clone())
    }

    /// How to reach Zoho with the profile's client, when it has one.
    pub(super) fn connection(&self, start_url: Url) -> Option<Connection> {
        let (client, _) = self.profile.client.clone()?;
        Some(Connection {
            http: self.http.clone(),
            crm: CrmClient::new(self.http.clone()).with_timeouts(self.config.crm_timeouts),
            client,
            start_url,
            options: SessionOptions::default(),
        })
    }
}
