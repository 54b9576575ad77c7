//! Start-up: what was saved (the keychain may take a while, so off the loop), and the session.

use std::sync::Arc;

use url::Url;

use super::{Event, Restored, Worker};
use crate::problem::Problem;
use crate::store::{ClientCredentials, OrgCache, open_credential_store, resolve_client};
use crate::worker::logo::{PREVIEW_MAX_SIDE, decode_preview};
use crate::worker::{LogoUpdate, OrgData, Response, Startup, StoreSetup};
use crate::zoho::oauth::Tokens;
use crate::zoho::session::check_saved_tokens;
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
            let mut problem = None;
            let saved_client = credentials.load_client().unwrap_or_else(|error| {
                problem = Some(Problem::new(error.to_string(), ""));
                None
            });
            let tokens = credentials.load_session().unwrap_or_else(|error| {
                problem = Some(Problem::new(error.to_string(), "Sign in again."));
                None
            });
            let cached = OrgCache::new(&config.paths.cache_dir).load().map(|cached| {
                let preview = cached
                    .logo
                    .as_ref()
                    .map(|logo| decode_preview(&logo.bytes, logo.format, PREVIEW_MAX_SIDE));
                (cached, preview)
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
                credentials,
                saved_client,
                tokens,
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
            credentials,
            saved_client,
            tokens,
            cached,
            notice,
            mut problem,
        } = restored;
        let env = self.config.env.clone();
        self.profile.client = resolve_client(|name| env(name), saved_client);
        self.profile.cache = Some(OrgCache::new(&self.config.paths.cache_dir));
        let start_url = self.start_url(None);
        if let (Some(tokens), Some((client, _))) = (tokens, &self.profile.client) {
            match check_saved_tokens(&tokens, &start_url) {
                Ok(()) => {
                    self.profile.session = Some(self.new_session(client.clone(), tokens, start_url))
                }
                Err(error) => problem = Some(Problem::from(&error)),
            }
        }
        self.profile.credentials = credentials;
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

    /// Where sign-in starts: the demo's or configured address, else the region's, else Zoho's
    /// global sign-in.
    pub(super) fn start_url(&self, region: Option<Url>) -> Url {
        self.profile
            .accounts_url
            .clone()
            .or(region)
            .unwrap_or_else(|| self.default_start_url.clone())
    }

    pub(super) fn new_session(
        &self,
        client: ClientCredentials,
        tokens: Tokens,
        start_url: Url,
    ) -> Arc<Session> {
        let crm = CrmClient::new(self.http.clone()).with_timeouts(self.config.crm_timeouts);
        Arc::new(Session::new(self.http.clone(), client, tokens, start_url).with_crm(crm))
    }
}
