//! Fetching an org and its logo, keeping them for next time, and a sign-in Zoho no longer
//! accepts.

use std::sync::Arc;
use std::time::SystemTime;

use tokio::sync::Semaphore;

use super::{Event, FetchedLogo, LogoResult, Worker};
use crate::problem::Problem;
use crate::store::{CachedOrg, SignedInOrg};
use crate::worker::logo::{PREVIEW_MAX_SIDE, Preview, PreviewError, decode_preview};
use crate::worker::messages::{Freshness, Response};
use crate::worker::{LogoInfo, LogoUpdate, OrgData};
use crate::zoho::api::CALLS_PER_HOST;
use crate::zoho::{Error, Org, Photo};

/// A refresh makes two calls at once, the org and its logo.
const CALLS_PER_REFRESH: u32 = 2;

impl Worker {
    /// Fetches the org and its logo at the same time. Asked while one runs, it runs again next,
    /// so every request is answered with data at least as new as the request.
    pub(super) fn refresh(&mut self, org: &str) {
        let limit = self.refresh_limit(org);
        let Some(entry) = self.entry_mut(org) else {
            return;
        };
        if entry.refreshing {
            entry.refresh_queued = true;
            return;
        }
        let Some(session) = entry.session.clone() else {
            entry.problem = Some(Problem::from(&Error::NoClient));
            self.publish(org);
            return;
        };
        entry.refreshing = true;
        entry.fetched = None;
        entry.logo_fetch_failed = false;
        // A new attempt: what went wrong with the last one no longer applies.
        entry.problem = None;
        let generation = entry.generation;
        let id = entry.id().clone();
        self.publish(org);
        let events = self.events.clone();
        tokio::spawn(async move {
            // Orgs of one data centre take turns beyond a few at once (two calls each: org and
            // logo); others never wait.
            let _turn = limit.acquire_many_owned(CALLS_PER_REFRESH).await;
            // One token for both calls, so a needed refresh happens once, before either starts.
            if let Err(error) = session.access_token().await {
                let _ = events.send(Event::OrgFetched {
                    org: id.clone(),
                    generation,
                    result: Err(error),
                });
                let _ = events.send(Event::RefreshDone {
                    org: id,
                    generation,
                });
                return;
            }
            let fetch_org = async {
                let result = session.get_org().await.map(Box::new);
                let _ = events.send(Event::OrgFetched {
                    org: id.clone(),
                    generation,
                    result,
                });
            };
            let fetch_logo = async {
                let result = match session.get_org_photo().await {
                    Ok(Some(photo)) => Ok(Some(Box::new(decode_on_pool(photo).await))),
                    Ok(None) => Ok(None),
                    Err(error) => Err(error),
                };
                let _ = events.send(Event::LogoFetched {
                    org: id.clone(),
                    generation,
                    result,
                });
            };
            tokio::join!(fetch_org, fetch_logo);
            let _ = events.send(Event::RefreshDone {
                org: id,
                generation,
            });
        });
    }

    /// The turns of the org's data centre.
    fn refresh_limit(&mut self, org: &str) -> Arc<Semaphore> {
        let centre = self
            .entry(org)
            .and_then(|entry| entry.signed_in.data_centre.clone())
            .unwrap_or_default();
        Arc::clone(
            self.refresh_limits
                .entry(centre)
                .or_insert_with(|| Arc::new(Semaphore::new(CALLS_PER_HOST))),
        )
    }

    pub(super) fn org_fetched(&mut self, org: &str, result: Result<Box<Org>, Error>) {
        let format = self.format.clone();
        let Some(entry) = self.entry_mut(org) else {
            return;
        };
        match result {
            Ok(fetched) => {
                let fetched_at = SystemTime::now();
                entry.fetched = Some(((*fetched).clone(), fetched_at));
                entry.data = Some(Arc::new(OrgData::new(*fetched, fetched_at, &format)));
                entry.freshness = Freshness::Live;
            }
            Err(error) if error.needs_sign_in() => return self.sign_in_expired(org, &error),
            Err(error) => {
                entry.freshness = if error.is_connectivity() {
                    Freshness::Offline
                } else {
                    Freshness::Stale
                };
                entry.problem = Some(Problem::from(&error));
            }
        }
        self.publish(org);
    }

    pub(super) fn logo_fetched(&mut self, org: &str, result: LogoResult) {
        let Some(entry) = self.entry_mut(org) else {
            return;
        };
        match result {
            Ok(Some(fetched)) => {
                let FetchedLogo { photo, preview } = *fetched;
                entry.logo = logo_update(&photo, preview);
                entry.logo_file = Some(photo);
            }
            Ok(None) => {
                entry.logo_file = None;
                entry.logo = LogoUpdate::Missing;
            }
            // Reported even when the org came through, so the panel never waits forever; a
            // logo already on screen stays there, and in the cache.
            Err(error) => {
                entry.logo_fetch_failed = true;
                if entry.logo_file.is_none() {
                    entry.logo = LogoUpdate::Failed(Problem::from(&error));
                }
                if entry.problem.is_none() {
                    entry.problem = Some(Problem::from(&error));
                }
            }
        }
        self.publish(org);
    }

    pub(super) fn refresh_done(&mut self, org: &str) {
        let Some(entry) = self.entry_mut(org) else {
            return;
        };
        entry.refreshing = false;
        let queued = std::mem::take(&mut entry.refresh_queued);
        self.save_cache(org);
        self.publish(org);
        if queued {
            self.refresh(org);
        }
    }

    /// Keeps what the refresh fetched for the next start, and the org's name in the list.
    fn save_cache(&mut self, org: &str) {
        let sign_ins = self.profile.sign_ins.clone();
        let Some(entry) = self.entry_mut(org) else {
            return;
        };
        let Some((fetched, fetched_at)) = entry.fetched.take() else {
            return;
        };
        if entry.logo_fetch_failed && entry.logo_file.is_none() {
            // Saving now would record "no logo" for a logo that merely failed to arrive; the
            // cache keeps what it has until a refresh gets both.
            return;
        }
        let renamed = SignedInOrg::from_org(&fetched, entry.signed_in.data_centre.clone())
            .filter(|renamed| renamed.id == entry.signed_in.id && *renamed != entry.signed_in);
        if let Some(renamed) = &renamed {
            entry.signed_in = renamed.clone();
        }
        let cache = sign_ins.cache(entry.id());
        let cached = CachedOrg {
            org: fetched,
            fetched_at,
            logo: entry.logo_file.clone(),
        };
        if renamed.is_some() {
            self.send_orgs();
        }
        tokio::task::spawn_blocking(move || {
            if let Err(error) = cache.save(&cached) {
                // Only the next start is slower for it; nothing the person must act on.
                tracing::warn!("the organization could not be kept for next time: {error}");
            }
            // The list names the org as Zoho does now (a new company name, say).
            if let Some(org) = renamed
                && let Err(error) = sign_ins.update(org)
            {
                tracing::warn!("the list of organizations could not be updated: {error}");
            }
        });
    }

    /// Zoho no longer accepts the org's sign-in: forget it, and show another org if any.
    pub(super) fn sign_in_expired(&mut self, org: &str, error: &Error) {
        self.profile.orgs.retain(|entry| entry.id() != org);
        if self.profile.current.as_deref() == Some(org) {
            self.profile.current = self.next_current();
        }
        let sign_ins = self.profile.sign_ins.clone();
        let id = org.to_owned();
        tokio::task::spawn_blocking(move || {
            if let Err(error) = sign_ins.remove(&id) {
                tracing::warn!("the saved sign-in could not be removed: {error}");
            }
        });
        self.send_orgs();
        self.outbox
            .send(Response::SignInExpired(Problem::from(error)));
        if let Some(current) = self.profile.current.clone() {
            self.publish(&current);
        }
    }
}

/// Describes the logo file for the screen.
pub(super) fn logo_update(photo: &Photo, preview: Result<Preview, PreviewError>) -> LogoUpdate {
    let dimensions = preview.as_ref().ok().map(|preview| preview.original);
    let info = LogoInfo {
        format: photo.format,
        dimensions,
        file_size: photo.bytes.len(),
    };
    match preview {
        Ok(preview) => LogoUpdate::Shown {
            preview: Arc::new(preview),
            info,
        },
        Err(error) => LogoUpdate::NoPreview {
            info,
            reason: crate::problem::preview_reason(&error),
        },
    }
}

async fn decode_on_pool(photo: Photo) -> FetchedLogo {
    tokio::task::spawn_blocking(move || {
        let preview = decode_preview(&photo.bytes, photo.format, PREVIEW_MAX_SIDE);
        FetchedLogo { photo, preview }
    })
    .await
    // A decoder bug: reported as a damaged logo where panics unwind (debug and test builds);
    // the release build aborts with a crash report instead (see Cargo.toml).
    .unwrap_or_else(|join_error| FetchedLogo {
        photo: Photo::new(Vec::new(), None),
        preview: Err(PreviewError::Damaged(join_error.to_string())),
    })
}
