//! Fetching the organization and its logo, keeping them for next time, and a sign-in Zoho no
//! longer accepts.

use std::time::SystemTime;

use super::{Event, FetchedLogo, LogoResult, Worker};
use crate::problem::Problem;
use crate::store::{CachedOrg, SignedInOrg};
use crate::worker::logo::{PREVIEW_MAX_SIDE, Preview, PreviewError, decode_preview};
use crate::worker::{LogoInfo, LogoUpdate, OrgData, Response};
use crate::zoho::{Error, Org, Photo};

impl Worker {
    pub(super) fn refresh(&mut self) {
        if self.refreshing {
            // The one under way may have started before what the person wants to see changed.
            self.refresh_queued = true;
            return;
        }
        let Some(session) = self.profile.session.clone() else {
            self.outbox
                .send(Response::SignInExpired(Problem::from(&Error::NotSignedIn)));
            return;
        };
        self.refreshing = true;
        self.fetched_org = None;
        self.logo_fetch_failed = false;
        self.outbox.send(Response::Refreshing);
        let generation = self.generation;
        let events = self.events.clone();
        tokio::spawn(async move {
            // One token for both calls, so a needed refresh happens once, before either starts.
            if let Err(error) = session.access_token().await {
                let _ = events.send(Event::OrgFetched {
                    generation,
                    result: Err(error),
                });
                let _ = events.send(Event::RefreshDone { generation });
                return;
            }
            let org = async {
                let result = session.get_org().await.map(Box::new);
                let _ = events.send(Event::OrgFetched { generation, result });
            };
            let logo = async {
                let result = match session.get_org_photo().await {
                    Ok(Some(photo)) => Ok(Some(Box::new(decode_on_pool(photo).await))),
                    Ok(None) => Ok(None),
                    Err(error) => Err(error),
                };
                let _ = events.send(Event::LogoFetched { generation, result });
            };
            tokio::join!(org, logo);
            let _ = events.send(Event::RefreshDone { generation });
        });
    }

    pub(super) fn org_fetched(&mut self, result: Result<Box<Org>, Error>) {
        match result {
            Ok(org) => {
                let fetched_at = SystemTime::now();
                self.org_name = org.display_name().map(str::to_owned);
                self.fetched_org = Some(((*org).clone(), fetched_at));
                self.outbox.send(Response::Org(Box::new(OrgData::new(
                    *org,
                    fetched_at,
                    &self.format,
                ))));
            }
            Err(error) if error.needs_sign_in() => self.sign_in_expired(&error),
            Err(error) => self.outbox.send(Response::RefreshFailed {
                problem: Problem::from(&error),
                offline: error.is_connectivity(),
            }),
        }
    }

    pub(super) fn logo_fetched(&mut self, result: LogoResult) {
        match result {
            Ok(Some(fetched)) => {
                let FetchedLogo { photo, preview } = *fetched;
                let update = self.keep_logo(photo, preview);
                self.outbox.send(Response::Logo(update));
            }
            Ok(None) => {
                self.logo = None;
                self.outbox.send(Response::Logo(LogoUpdate::Missing));
            }
            // Reported even when the organization came through, so the panel never waits
            // forever; a logo already on screen stays there, and in the cache.
            Err(error) => {
                self.logo_fetch_failed = true;
                self.outbox
                    .send(Response::Logo(LogoUpdate::Failed(Problem::from(&error))));
            }
        }
    }

    /// Keeps the logo file for copy and save, and describes it for the screen.
    pub(super) fn keep_logo(
        &mut self,
        photo: Photo,
        preview: Result<Preview, PreviewError>,
    ) -> LogoUpdate {
        let dimensions = preview.as_ref().ok().map(|preview| preview.original);
        let info = LogoInfo {
            format: photo.format,
            dimensions,
            file_size: photo.bytes.len(),
        };
        self.logo = Some(photo);
        match preview {
            Ok(preview) => LogoUpdate::Shown {
                preview: Box::new(preview),
                info,
            },
            Err(error) => LogoUpdate::NoPreview {
                info,
                reason: error.to_string(),
            },
        }
    }

    pub(super) fn save_cache(&mut self) {
        let (Some((org, fetched_at)), Some(signed_in)) =
            (self.fetched_org.take(), self.profile.org.clone())
        else {
            return;
        };
        let sign_ins = self.profile.sign_ins.clone();
        let cache = sign_ins.cache(&signed_in.id);
        if self.logo_fetch_failed && self.logo.is_none() {
            // Saving now would record "no logo" for a logo that merely failed to arrive; the
            // cache keeps what it has until a refresh gets both.
            return;
        }
        let cached = CachedOrg {
            org,
            fetched_at,
            logo: self.logo.clone(),
        };
        let renamed = SignedInOrg::from_org(&cached.org, signed_in.data_centre.clone());
        tokio::task::spawn_blocking(move || {
            if let Err(error) = cache.save(&cached) {
                // Only the next start is slower for it; nothing the person must act on.
                tracing::warn!("the organization could not be kept for next time: {error}");
            }
            // The list names the org as Zoho does now (a new company name, say).
            if let Some(org) = renamed.filter(|org| org.id == signed_in.id)
                && let Err(error) = sign_ins.update(org)
            {
                tracing::warn!("the list of organizations could not be updated: {error}");
            }
        });
    }

    /// Leaves the work of the sign-in or profile in use: results still on their way are dropped
    /// (the generation moves on), and no refresh or logo carries over.
    pub(super) fn start_over(&mut self) {
        self.generation += 1;
        self.refreshing = false;
        self.refresh_queued = false;
        self.logo = None;
    }

    /// Zoho no longer accepts the saved sign-in: forget it and ask for a new one.
    pub(super) fn sign_in_expired(&mut self, error: &Error) {
        self.start_over();
        self.profile.session = None;
        if let Some(org) = self.profile.org.take() {
            self.forget_locally(&org.id);
        }
        self.outbox
            .send(Response::SignInExpired(Problem::from(error)));
    }

    pub(super) fn forget_locally(&self, org_id: &str) {
        let sign_ins = self.profile.sign_ins.clone();
        let id = org_id.to_owned();
        tokio::task::spawn_blocking(move || {
            if let Err(error) = sign_ins.remove(&id) {
                tracing::warn!("the saved sign-in could not be removed: {error}");
            }
        });
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
