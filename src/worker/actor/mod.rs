//! The worker's loop. It owns all state that outlives a request (the profile, each org's
//! session, data and logo) and changes it only here; work that takes time runs in spawned tasks,
//! which report back as [`Event`]s. Each org entry has a generation, so results of work started
//! for an entry that was signed out or replaced (or before a switch to the demo) are dropped.
//!
//! After anything about an org changes, the worker sends the whole [`OrgSnapshot`] of it: the
//! screen draws that and keeps no flag of its own.
//!
//! The loop and the state are here; the work is grouped by concern in the submodules.

mod account;
mod export;
mod logo_change;
mod logo_file;
mod org_entry;
mod overview_export;
mod refresh;
mod startup;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, mpsc};

use tokio::sync::Semaphore;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::task::AbortHandle;
use url::Url;

use super::WorkerConfig;
use super::logo::{Preview, PreviewError};
use super::messages::{OrgId, OrgList, Request, Response, SignInUpdate};
use crate::account::AddedOrg;
use crate::i18n::{Lang, t};
use crate::problem::Problem;
use crate::sim::Sim;
use crate::store::{
    CachedOrg, ClientCredentials, ClientSource, CredentialStore, OrgIndex, SignIns,
};
use crate::zoho::display::ValueFormat;
use crate::zoho::oauth::Tokens;
use crate::zoho::{Error, Org, Photo, Session};
use org_entry::OrgEntry;

/// Sends responses to the app and wakes it.
#[derive(Clone)]
pub(super) struct Outbox {
    sender: mpsc::Sender<Response>,
    /// The window to wake; unset until the window exists (answers wait in the queue till then).
    ctx: Arc<OnceLock<egui::Context>>,
}

impl Outbox {
    pub(super) fn new(sender: mpsc::Sender<Response>, ctx: Arc<OnceLock<egui::Context>>) -> Self {
        Self { sender, ctx }
    }

    fn send(&self, response: Response) {
        // Fails only when the app has closed; then nobody is waiting for the answer.
        if self.sender.send(response).is_ok()
            && let Some(ctx) = self.ctx.get()
        {
            ctx.request_repaint();
        }
    }
}

/// A logo as fetched: the file, and its preview or why there is none.
struct FetchedLogo {
    photo: Photo,
    preview: Result<Preview, PreviewError>,
}

/// What fetching the logo gave: the logo, none, or why not.
type LogoResult = Result<Option<Box<FetchedLogo>>, Error>;

/// Results of spawned work, back on the worker's loop.
enum Event {
    Restored(Box<Restored>),
    ClientSaved {
        client: ClientCredentials,
        problem: Option<Problem>,
        accounts_url: Url,
    },
    OrgAdded {
        generation: u64,
        result: Result<(Box<AddedOrg>, Arc<Session>), Problem>,
    },
    OrgFetched {
        org: OrgId,
        generation: u64,
        result: Result<Box<Org>, Error>,
    },
    LogoFetched {
        org: OrgId,
        generation: u64,
        result: LogoResult,
    },
    RefreshDone {
        org: OrgId,
        generation: u64,
    },
    /// A copy or save of the logo ended; `response` is its outcome.
    LogoTaskDone {
        org: OrgId,
        response: Response,
    },
    /// A logo change of `orgs` (the request's first) ended; `response` is its one answer.
    LogoChanged {
        orgs: Vec<OrgId>,
        response: Response,
    },
    SignedOut {
        problem: Option<Problem>,
    },
    DemoStarted(Result<Sim, Problem>),
    /// An earlier version's sign-in was moved under its org: read everything again.
    LegacyMoved,
}

/// What the start-up check found, read off the UI thread.
struct Restored {
    sign_ins: SignIns,
    saved_client: Option<ClientCredentials>,
    index: OrgIndex,
    /// Each listed org's saved tokens (`None` when they cannot be read).
    tokens: HashMap<OrgId, Tokens>,
    /// Each org's saved data and the logo's preview.
    cached: HashMap<OrgId, (CachedOrg, Option<Result<Preview, PreviewError>>)>,
    /// An earlier version's sign-in whose org Zoho must name before it can be moved.
    legacy: Option<Tokens>,
    notice: Option<crate::i18n::Msg>,
    problem: Option<Problem>,
    /// Where credentials are kept, worded by the window.
    credentials_location: crate::i18n::Msg,
}

/// Whose Zoho the worker talks to: the person's own, or the simulated one of the demo.
struct Profile {
    sign_ins: SignIns,
    client: Option<(ClientCredentials, ClientSource)>,
    /// Where sign-in starts when it does not depend on the region chosen (configured, or demo).
    accounts_url: Option<Url>,
    /// The signed-in orgs, in the list's order.
    orgs: Vec<OrgEntry>,
    /// The org on screen.
    current: Option<OrgId>,
    /// Keeps the simulated Zoho running while the demo lasts.
    demo: Option<Sim>,
    /// Where the demo keeps its list of orgs and their data; removed when the demo ends.
    _scratch: Option<tempfile::TempDir>,
}

struct Worker {
    config: WorkerConfig,
    outbox: Outbox,
    events: UnboundedSender<Event>,
    http: reqwest::Client,
    format: ValueFormat,
    default_start_url: Url,
    profile: Profile,
    /// The person's own profile, set aside while the demo runs.
    real_profile: Option<Profile>,
    sign_in: Option<AbortHandle>,
    /// Moves on with every sign-in started (and every switch of profile), so the result of one
    /// that was replaced is dropped.
    sign_in_generation: u64,
    /// Moves on for every org entry, so late results of work for a replaced entry are dropped.
    next_generation: u64,
    /// Refreshes allowed at once per data centre.
    refresh_limits: HashMap<String, Arc<Semaphore>>,
    /// Stops the wait for the browser of each org's running logo change.
    logo_cancels: HashMap<OrgId, tokio::sync::watch::Sender<bool>>,
}

/// Runs the worker until the app drops its end of the request channel.
pub(super) async fn run(
    config: WorkerConfig,
    mut requests: UnboundedReceiver<Request>,
    outbox: Outbox,
) {
    let (events, mut event_receiver) = tokio::sync::mpsc::unbounded_channel();
    let http = match crate::zoho::http::client() {
        Ok(http) => http,
        Err(error) => {
            outbox.send(Response::Notice(Problem::from(&error)));
            return;
        }
    };
    let default_start_url = match Url::parse(crate::zoho::region::DEFAULT_ACCOUNTS_URL) {
        Ok(url) => url,
        Err(error) => {
            outbox.send(Response::Notice(
                Problem::new(t::err_app_damaged_address(), t::err_fix_reinstall())
                    .with_detail(error.to_string()),
            ));
            return;
        }
    };
    // The system's trust store is read in the background, not on the first refresh.
    crate::zoho::http::prepare_tls_for(config.accounts_url.as_ref().unwrap_or(&default_start_url));
    let profile = Profile {
        sign_ins: SignIns::new(CredentialStore::in_memory(), &config.paths),
        client: None,
        accounts_url: config.accounts_url.clone(),
        orgs: Vec::new(),
        current: None,
        demo: None,
        _scratch: None,
    };
    let mut worker = Worker {
        config,
        outbox,
        events,
        http,
        format: ValueFormat::system(),
        default_start_url,
        profile,
        real_profile: None,
        sign_in: None,
        sign_in_generation: 0,
        next_generation: 0,
        refresh_limits: HashMap::new(),
        logo_cancels: HashMap::new(),
    };
    worker.restore();
    loop {
        tokio::select! {
            request = requests.recv() => match request {
                Some(request) => worker.handle(request),
                None => break,
            },
            Some(event) = event_receiver.recv() => worker.on_event(event),
        }
    }
}

impl Worker {
    fn handle(&mut self, request: Request) {
        tracing::debug!(request = request_name(&request), "worker request");
        match request {
            Request::SaveClientAndSignIn {
                client_id,
                client_secret,
                accounts_url,
            } => self.save_client(&client_id, &client_secret, accounts_url),
            Request::SignIn { accounts_url } => self.sign_in(accounts_url),
            Request::CancelSignIn => {
                if let Some(sign_in) = self.sign_in.take() {
                    sign_in.abort();
                }
                self.outbox.send(Response::SignIn(SignInUpdate::Cancelled));
            }
            Request::Switch(org) => self.switch(&org),
            Request::Refresh(org) => self.refresh(&org),
            Request::RefreshAll => {
                let ids: Vec<OrgId> = self
                    .profile
                    .orgs
                    .iter()
                    .map(|org| org.id().clone())
                    .collect();
                for id in ids {
                    self.refresh(&id);
                }
            }
            Request::CopyLogo(org) => self.copy_logo(&org),
            Request::SaveLogo { org, to } => self.save_logo(&org, to),
            Request::Export {
                org,
                format,
                to,
                lang,
            } => self.export(&org, format, to, lang),
            Request::ExportOverview { to, lang } => self.export_overview(to, lang),
            Request::OpenFolder(path) => self.open_folder(&path),
            Request::SignOut(org) => self.sign_out(vec![org]),
            Request::SignOutAll => {
                let ids = self
                    .profile
                    .orgs
                    .iter()
                    .map(|org| org.id().clone())
                    .collect();
                self.sign_out(ids);
            }
            Request::Speak(lang) => self.speak(lang),
            Request::StartDemo => self.start_demo(),
            Request::LeaveDemo => self.leave_demo(),
            Request::PrepareLogo { org, source } => self.prepare_logo(org, source),
            Request::ChangeLogo {
                org,
                prepared,
                also,
            } => {
                self.change_logo(org, logo_change::Wanted::Set(prepared), &also);
            }
            Request::RemoveLogo { org, also } => {
                self.change_logo(org, logo_change::Wanted::Remove, &also);
            }
            Request::RestoreLogo { org, backup } => {
                self.change_logo(org, logo_change::Wanted::Restore(backup), &[]);
            }
            Request::ListLogoBackups(org) => self.list_logo_backups(org),
            Request::CancelLogoChange(org) => {
                if let Some(cancel) = self.logo_cancels.remove(&org) {
                    // The change may have ended meanwhile; then there is nothing to stop.
                    let _ = cancel.send(true);
                }
            }
        }
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::Restored(restored) => self.restored(*restored),
            Event::ClientSaved {
                client,
                problem,
                accounts_url,
            } => {
                self.profile.client = Some((client, ClientSource::Saved));
                self.send_account();
                if let Some(problem) = problem {
                    self.outbox.send(Response::Notice(problem));
                }
                self.sign_in(accounts_url);
            }
            Event::OrgAdded { generation, result } if generation == self.sign_in_generation => {
                self.sign_in = None;
                self.org_added(result);
            }
            Event::OrgFetched {
                org,
                generation,
                result,
            } => {
                if self.is_current_work(&org, generation) {
                    self.org_fetched(&org, result);
                }
            }
            Event::LogoFetched {
                org,
                generation,
                result,
            } => {
                if self.is_current_work(&org, generation) {
                    self.logo_fetched(&org, result);
                }
            }
            Event::RefreshDone { org, generation } => {
                if self.is_current_work(&org, generation) {
                    self.refresh_done(&org);
                }
            }
            Event::LogoTaskDone { org, response } => {
                if let Some(entry) = self.entry_mut(&org) {
                    entry.logo_busy = false;
                    self.publish(&org);
                }
                self.outbox.send(response);
            }
            Event::LogoChanged { orgs, response } => self.logo_changed(&orgs, response),
            Event::SignedOut { problem } => self.signed_out(problem),
            Event::DemoStarted(Ok(sim)) => self.demo_started(sim),
            Event::DemoStarted(Err(problem)) => {
                self.outbox.send(Response::DemoStarted(Err(problem)));
            }
            // The demo keeps its own sign-ins; the next start picks the moved one up.
            Event::LegacyMoved if self.profile.demo.is_none() => self.restore(),
            // Results of a sign-in replaced by another, or from before a switch of profile.
            Event::LegacyMoved | Event::OrgAdded { .. } => {}
        }
    }

    /// Whether work for `org` of `generation` belongs to the entry there now.
    fn is_current_work(&self, org: &str, generation: u64) -> bool {
        self.entry(org)
            .is_some_and(|entry| entry.generation == generation)
    }

    fn entry(&self, org: &str) -> Option<&OrgEntry> {
        self.profile.orgs.iter().find(|entry| entry.id() == org)
    }

    fn entry_mut(&mut self, org: &str) -> Option<&mut OrgEntry> {
        self.profile.orgs.iter_mut().find(|entry| entry.id() == org)
    }

    /// A new generation, for a new entry or sign-in.
    fn generation(&mut self) -> u64 {
        self.next_generation += 1;
        self.next_generation
    }

    /// Writes dates and times in `lang` from now on, and rewrites those of every org held, so
    /// the screen shows them in the language it speaks without fetching anything again.
    fn speak(&mut self, lang: Lang) {
        let format = ValueFormat::in_language(lang);
        if format == self.format {
            return;
        }
        self.format = format;
        let mut changed = Vec::new();
        for entry in &mut self.profile.orgs {
            if let Some(data) = &entry.data {
                let rewritten =
                    crate::worker::OrgData::new(data.org.clone(), data.fetched_at, &self.format);
                entry.data = Some(Arc::new(rewritten));
                changed.push(entry.id().clone());
            }
        }
        for org in changed {
            self.publish(&org);
        }
    }

    /// Sends the screen everything about `org`.
    fn publish(&self, org: &str) {
        if let Some(entry) = self.entry(org) {
            self.outbox.send(Response::Org(Box::new(entry.snapshot())));
        }
    }

    /// Sends the screen the list of orgs and the current one.
    fn send_orgs(&self) {
        self.outbox.send(Response::Orgs(OrgList {
            orgs: self
                .profile
                .orgs
                .iter()
                .map(|entry| entry.signed_in.clone())
                .collect(),
            current: self.profile.current.clone(),
        }));
    }

    /// Sends the screen who the app talks to.
    fn send_account(&self) {
        self.outbox
            .send(Response::Account(super::messages::Account {
                client: self.profile.client.as_ref().map(|(_, source)| *source),
                demo: self.profile.demo.is_some(),
            }));
    }

    /// Makes `org` current (kept between runs), shows it at once, and refreshes it when its data
    /// is missing or a few minutes old.
    fn switch(&mut self, org: &str) {
        let Some(entry) = self.entry(org) else {
            return;
        };
        let needs_refresh = entry.needs_refresh() && !entry.refreshing;
        self.profile.current = Some(org.to_owned());
        self.send_orgs();
        self.publish(org);
        let sign_ins = self.profile.sign_ins.clone();
        let id = org.to_owned();
        tokio::task::spawn_blocking(move || {
            if let Err(error) = sign_ins.set_current(&id) {
                tracing::warn!("the current organization could not be kept: {error}");
            }
        });
        if needs_refresh {
            self.refresh(org);
        }
    }

    /// Adds or replaces the entry of a signed-in org.
    fn upsert(&mut self, entry: OrgEntry) {
        match self
            .profile
            .orgs
            .iter_mut()
            .find(|known| known.id() == entry.id())
        {
            Some(known) => *known = entry,
            None => self.profile.orgs.push(entry),
        }
    }

    /// The org to show next when the current one leaves: the first one left, as the saved list
    /// of orgs picks it too.
    fn next_current(&self) -> Option<OrgId> {
        self.profile.orgs.first().map(|entry| entry.id().clone())
    }
}

/// The request's name for logs, as a key (never its contents: the form carries the client
/// secret).
fn request_name(request: &Request) -> &'static str {
    match request {
        Request::SaveClientAndSignIn { .. } => "save-client-and-sign-in",
        Request::SignIn { .. } => "sign-in",
        Request::CancelSignIn => "cancel-sign-in",
        Request::Switch(_) => "switch",
        Request::Refresh(_) => "refresh",
        Request::RefreshAll => "refresh-all",
        Request::CopyLogo(_) => "copy-logo",
        Request::SaveLogo { .. } => "save-logo",
        Request::Export { .. } => "export",
        Request::ExportOverview { .. } => "export-overview",
        Request::OpenFolder(_) => "open-folder",
        Request::SignOut(_) => "sign-out",
        Request::SignOutAll => "sign-out-of-all",
        Request::Speak(_) => "speak",
        Request::StartDemo => "start-demo",
        Request::LeaveDemo => "leave-demo",
        Request::PrepareLogo { .. } => "prepare-logo",
        Request::ChangeLogo { .. } => "change-logo",
        Request::RemoveLogo { .. } => "remove-logo",
        Request::RestoreLogo { .. } => "restore-logo",
        Request::ListLogoBackups(_) => "list-logo-backups",
        Request::CancelLogoChange(_) => "cancel-logo-change",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::messages::Response;

    #[test]
    fn every_answer_wakes_the_window() {
        let ctx = egui::Context::default();
        // Let the first frames' own repaint requests run out, as an idle window's do.
        for _ in 0..5 {
            if !ctx.has_requested_repaint() {
                break;
            }
            let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
            // No renderer here to take the font texture.
            output.textures_delta.clear();
        }
        assert!(!ctx.has_requested_repaint(), "the window is idle");

        let (sender, receiver) = mpsc::channel();
        let window = Arc::new(OnceLock::new());
        let outbox = Outbox::new(sender, window.clone());
        outbox.send(Response::SignIn(SignInUpdate::Cancelled));
        assert!(
            matches!(
                receiver.try_recv(),
                Ok(Response::SignIn(SignInUpdate::Cancelled))
            ),
            "answers wait in the queue before the window exists"
        );
        assert!(!ctx.has_requested_repaint());

        let _ = window.set(ctx.clone());
        outbox.send(Response::SignIn(SignInUpdate::Cancelled));
        assert!(ctx.has_requested_repaint(), "the answer woke the window");
        assert!(matches!(
            receiver.try_recv(),
            Ok(Response::SignIn(SignInUpdate::Cancelled))
        ));
    }
}
