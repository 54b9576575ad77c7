//! Start-up: what was saved (the keychain may take a while, so off the loop): the orgs, their
//! sessions and their last data.

use std::collections::HashMap;
use std::sync::Arc;

use url::Url;

use super::org_entry::OrgEntry;
use super::refresh::logo_update;
use super::{Event, Restored, Worker};
use crate::account::Connection;
use crate::i18n::t;
use crate::problem::Problem;
use crate::store::{LegacySignIn, OrgIndex, SignIns, open_credential_store, resolve_client};
use crate::worker::logo::{PREVIEW_MAX_SIDE, decode_preview};
use crate::worker::messages::{Account, Freshness, LogoUpdate, Response, Startup};
use crate::worker::{OrgData, StoreSetup};
use crate::zoho::Session;
use crate::zoho::oauth::Tokens;
use crate::zoho::session::check_saved_tokens;

impl Worker {
    /// Reads the credential store and the caches off the loop (the keychain may take a while).
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
                problem = Some(Problem::without_fix(crate::problem::store_sentence(&error)));
                None
            });
            let legacy = match sign_ins.move_legacy() {
                Ok(LegacySignIn::NeedsOrg(tokens)) => Some(tokens),
                Ok(LegacySignIn::None | LegacySignIn::Moved(_)) => None,
                Err(error) => {
                    problem = Some(Problem::new(
                        crate::problem::store_sentence(&error),
                        t::err_fix_sign_in_again(),
                    ));
                    None
                }
            };
            let index = sign_ins.index().unwrap_or_else(|error| {
                problem = Some(Problem::new(
                    crate::problem::store_sentence(&error),
                    t::err_fix_sign_in_again(),
                ));
                OrgIndex::default()
            });
            let mut tokens = HashMap::new();
            let mut cached = HashMap::new();
            for org in index.orgs() {
                match sign_ins.tokens(&org.id) {
                    Ok(Some(saved)) => {
                        tokens.insert(org.id.clone(), saved);
                    }
                    Ok(None) => {}
                    Err(error) => {
                        problem = Some(Problem::new(
                            crate::problem::store_sentence(&error),
                            t::err_fix_sign_in_again(),
                        ));
                    }
                }
                if let Some(saved) = sign_ins.cache(&org.id).load() {
                    let preview = saved
                        .logo
                        .as_ref()
                        .map(|logo| decode_preview(&logo.bytes, logo.format, PREVIEW_MAX_SIDE));
                    cached.insert(org.id.clone(), (saved, preview));
                }
            }
            // Whether the last run crashed. Where credentials are kept is not a message before
            // anything happened: the client form and the About box say it where it matters.
            let notice = crate::crash::mention_last_crash(&config.paths.data_dir);
            // A message, not text: this task speaks no language, the window words it in its own.
            let credentials_location = crate::problem::location_words(&credentials.location());
            let restored = Restored {
                sign_ins,
                saved_client,
                index,
                tokens,
                cached,
                legacy,
                notice,
                problem,
                credentials_location,
            };
            // The loop outlives this task unless the app is closing.
            let _ = events.send(Event::Restored(Box::new(restored)));
        });
    }

    pub(super) fn restored(&mut self, restored: Restored) {
        let Restored {
            sign_ins,
            saved_client,
            index,
            mut tokens,
            mut cached,
            legacy,
            notice,
            mut problem,
            credentials_location,
        } = restored;
        // A configuration problem found before the window opened comes first: it explains
        // what follows (sign-in starting at Zoho's own address, say).
        if let Some(config_problem) = self.config.startup_problem.clone() {
            problem = Some(config_problem);
        }
        let env = self.config.env.clone();
        self.profile.client = resolve_client(|name| env(name), saved_client);
        self.profile.sign_ins = sign_ins;
        let start_url = self.start_url(None);
        if let Some(tokens) = legacy {
            self.move_legacy(tokens, &start_url);
        }
        let connection = self.connection(start_url.clone());
        let mut orgs = Vec::new();
        for signed_in in index.orgs() {
            let Some(saved) = tokens.remove(&signed_in.id) else {
                continue;
            };
            if let Err(error) = check_saved_tokens(&saved, &start_url) {
                problem = Some(Problem::from(&error));
                continue;
            }
            let session = connection.as_ref().map(|connection| {
                Arc::new(connection.session(&self.profile.sign_ins, &signed_in.id, saved))
            });
            let generation = self.generation();
            let mut entry = OrgEntry::new(signed_in.clone(), session, generation);
            if let Some((saved, preview)) = cached.remove(&signed_in.id) {
                entry.data = Some(Arc::new(OrgData::new(
                    saved.org,
                    saved.fetched_at,
                    &self.format,
                )));
                entry.freshness = Freshness::Cached;
                entry.logo = match (&saved.logo, preview) {
                    (Some(photo), Some(preview)) => logo_update(photo, preview),
                    _ => LogoUpdate::Missing,
                };
                entry.logo_file = saved.logo;
            }
            orgs.push(entry);
        }
        self.profile.current = index
            .current()
            .map(|org| org.id.clone())
            .filter(|id| orgs.iter().any(|entry| entry.id() == id))
            .or_else(|| orgs.first().map(|entry| entry.id().clone()));
        self.profile.orgs = orgs;
        let startup = Startup {
            account: Account {
                client: self.profile.client.as_ref().map(|(_, source)| *source),
                demo: false,
            },
            signed_in: self.profile.current.is_some(),
            notice,
            problem,
            accounts_url_configured: self.config.accounts_url.is_some(),
            credentials_location,
            data_folder: self.config.paths.data_dir.clone(),
            user_guide: self
                .config
                .user_guide
                .as_deref()
                .and_then(|guide| Url::from_file_path(guide).ok())
                .map(String::from),
        };
        self.outbox.send(Response::Ready(startup));
        self.send_orgs();
        for entry in &self.profile.orgs {
            self.outbox.send(Response::Org(Box::new(entry.snapshot())));
        }
        if self.config.start_in_demo {
            self.start_demo();
        } else if let Some(current) = self.profile.current.clone() {
            self.refresh(&current);
        }
    }

    /// Asks Zoho which org an earlier version's sign-in belongs to and moves it there; then
    /// everything is read again. Failing that, it stays for the next start to try.
    fn move_legacy(&self, tokens: Tokens, start_url: &Url) {
        let Some(connection) = self.connection(start_url.clone()) else {
            return;
        };
        if check_saved_tokens(&tokens, start_url).is_err() {
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
        Some(self.connection_with(client, start_url))
    }
}
