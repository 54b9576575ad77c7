//! What the worker knows of one signed-in org: the truth the screen draws.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::problem::Problem;
use crate::store::SignedInOrg;
use crate::worker::messages::{Freshness, LogoUpdate, OrgData, OrgId, OrgSnapshot};
use crate::zoho::{Org, Photo, Session};

/// How old an org's data may be before switching to it refreshes it.
const FRESH_FOR: Duration = Duration::from_secs(5 * 60);

/// One org, as the worker keeps it.
pub(super) struct OrgEntry {
    /// What the list of orgs says of it.
    pub signed_in: SignedInOrg,
    /// Its session; `None` when its saved tokens cannot be used (the client is missing).
    pub session: Option<Arc<Session>>,
    /// Its data, when any was fetched or saved.
    pub data: Option<Arc<OrgData>>,
    /// Where the data came from.
    pub freshness: Freshness,
    /// The logo file as Zoho sent it, for copying and saving.
    pub logo_file: Option<Photo>,
    /// The logo as the screen shows it.
    pub logo: LogoUpdate,
    /// Whether a refresh is running.
    pub refreshing: bool,
    /// A refresh asked for while one was running; it runs next, so every request is answered.
    pub refresh_queued: bool,
    /// Whether a copy or save of the logo is running.
    pub logo_busy: bool,
    /// What went wrong with the last refresh.
    pub problem: Option<Problem>,
    /// The org fetched by the refresh under way, kept for the cache once the logo is in too.
    pub fetched: Option<(Org, SystemTime)>,
    /// Whether the refresh under way failed to fetch the logo (the cache then keeps its own).
    pub logo_fetch_failed: bool,
    /// Tells results of this entry's work from those of an entry it replaced.
    pub generation: u64,
}

impl OrgEntry {
    /// A signed-in org with nothing fetched yet.
    pub fn new(signed_in: SignedInOrg, session: Option<Arc<Session>>, generation: u64) -> Self {
        Self {
            signed_in,
            session,
            data: None,
            freshness: Freshness::Cached,
            logo_file: None,
            logo: LogoUpdate::Loading,
            refreshing: false,
            refresh_queued: false,
            logo_busy: false,
            problem: None,
            fetched: None,
            logo_fetch_failed: false,
            generation,
        }
    }

    /// The org's ID.
    pub fn id(&self) -> &OrgId {
        &self.signed_in.id
    }

    /// The company name to use in file names and messages.
    pub fn name(&self) -> String {
        self.data
            .as_ref()
            .and_then(|data| data.org.display_name().map(str::to_owned))
            .unwrap_or_else(|| self.signed_in.name().to_owned())
    }

    /// Whether its data is missing or older than a few minutes.
    pub fn needs_refresh(&self) -> bool {
        match &self.data {
            None => true,
            Some(data) => {
                self.freshness != Freshness::Live
                    || data
                        .fetched_at
                        .elapsed()
                        .map_or(true, |age| age > FRESH_FOR)
            }
        }
    }

    /// Everything the screen needs to draw the org.
    pub fn snapshot(&self) -> OrgSnapshot {
        OrgSnapshot {
            id: self.signed_in.id.clone(),
            data: self.data.clone(),
            freshness: self.freshness,
            logo: self.logo.clone(),
            refreshing: self.refreshing,
            logo_busy: self.logo_busy,
            problem: self.problem.clone(),
        }
    }
}
