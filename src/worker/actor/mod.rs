//! The worker's loop. It owns all state that outlives a request (the profile, the session, the
//! logo bytes) and changes it only here; work that takes time runs in spawned tasks, which report
//! back as [`Event`]s. A generation counter lets results of work started before a sign-out or a
//! switch to the demo be recognised and dropped.
//!
//! The loop and the state are here; the work is grouped by concern in the submodules.

mod account;
mod logo_file;
mod refresh;
mod startup;

use std::sync::{Arc, OnceLock, mpsc};
use std::time::SystemTime;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::task::AbortHandle;
use url::Url;

use super::WorkerConfig;
use super::logo::{Preview, PreviewError};
use super::messages::{Request, Response};
use crate::account::AddedOrg;
use crate::problem::Problem;
use crate::sim::Sim;
use crate::store::{
    CachedOrg, ClientCredentials, ClientSource, CredentialStore, SignIns, SignedInOrg,
};
use crate::zoho::display::ValueFormat;
use crate::zoho::error::SignInProblem;
use crate::zoho::oauth::Tokens;
use crate::zoho::{Error, Org, Photo, Session};

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
    ClientSaved(ClientCredentials, Option<Problem>),
    SignInFinished {
        generation: u64,
        result: Box<Result<Tokens, Error>>,
        client: ClientCredentials,
        start_url: Url,
    },
    OrgFetched {
        generation: u64,
        result: Result<Box<Org>, Error>,
    },
    LogoFetched {
        generation: u64,
        result: LogoResult,
    },
    RefreshDone {
        generation: u64,
    },
    SignedOut {
        problem: Option<Problem>,
        /// The org that is current now, if any is left, with its session.
        next: Option<(SignedInOrg, Arc<Session>)>,
    },
    OrgAdded {
        generation: u64,
        result: Result<(AddedOrg, Arc<Session>), Problem>,
    },
    /// An earlier version's sign-in was moved under its org: read everything again.
    LegacyMoved,
    DemoStarted(Result<Sim, Problem>),
}

/// What the start-up check found, read off the UI thread.
struct Restored {
    sign_ins: SignIns,
    saved_client: Option<ClientCredentials>,
    /// The current org and its saved tokens.
    current: Option<(SignedInOrg, Tokens)>,
    /// An earlier version's sign-in whose org Zoho must name before it can be moved.
    legacy: Option<Tokens>,
    cached: Option<(CachedOrg, Option<Result<Preview, PreviewError>>)>,
    notice: Option<String>,
    problem: Option<Problem>,
}

/// Whose Zoho the worker talks to: the person's own, or the simulated one of the demo.
struct Profile {
    sign_ins: SignIns,
    /// The org on screen: the current one.
    org: Option<SignedInOrg>,
    client: Option<(ClientCredentials, ClientSource)>,
    /// Where sign-in starts when it does not depend on the region chosen (configured, or demo).
    accounts_url: Option<Url>,
    session: Option<Arc<Session>>,
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
    refreshing: bool,
    /// A refresh asked for while one was running; it runs next, so every request is answered.
    refresh_queued: bool,
    /// The organization of the refresh under way, cached once the logo is in too.
    fetched_org: Option<(Org, SystemTime)>,
    /// The logo file as Zoho sent it, for copying and saving.
    logo: Option<Photo>,
    /// Whether the refresh under way failed to fetch the logo (the cache then keeps its own).
    logo_fetch_failed: bool,
    org_name: Option<String>,
    generation: u64,
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
            outbox.send(Response::Problem(Problem::from(&error)));
            return;
        }
    };
    let default_start_url = match Url::parse(crate::zoho::region::DEFAULT_ACCOUNTS_URL) {
        Ok(url) => url,
        Err(error) => {
            outbox.send(Response::Problem(
                Problem::new(
                    "The app is damaged: Zoho's address does not read.",
                    "Reinstall the app.",
                )
                .with_detail(error.to_string()),
            ));
            return;
        }
    };
    let profile = Profile {
        sign_ins: SignIns::new(CredentialStore::in_memory(), &config.paths),
        org: None,
        client: None,
        accounts_url: config.accounts_url.clone(),
        session: None,
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
        refreshing: false,
        refresh_queued: false,
        fetched_org: None,
        logo: None,
        logo_fetch_failed: false,
        org_name: None,
        generation: 0,
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
            Request::SaveClient {
                client_id,
                client_secret,
            } => self.save_client(&client_id, &client_secret),
            Request::SignIn { accounts_url } => self.sign_in(accounts_url),
            Request::CancelSignIn => {
                if let Some(sign_in) = self.sign_in.take() {
                    sign_in.abort();
                }
                self.outbox.send(Response::SignInCancelled);
            }
            Request::Refresh => self.refresh(),
            Request::CopyLogo => self.copy_logo(),
            Request::SaveLogo => self.save_logo(),
            Request::SaveLogoTo { path, replace } => self.save_logo_to(path, replace),
            Request::OpenFolder(path) => self.open_folder(&path),
            Request::SignOut => self.sign_out(),
            Request::StartDemo => self.start_demo(),
        }
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::Restored(restored) => self.restored(*restored),
            Event::ClientSaved(client, problem) => {
                self.profile.client = Some((client, ClientSource::Saved));
                self.outbox.send(Response::ClientSaved);
                if let Some(problem) = problem {
                    self.outbox.send(Response::Problem(problem));
                }
            }
            Event::SignInFinished {
                generation,
                result,
                client,
                start_url,
            } if generation == self.generation => {
                self.sign_in = None;
                match *result {
                    Ok(tokens) => self.signed_in(tokens, client, start_url),
                    Err(Error::SignIn(SignInProblem::Cancelled)) => {}
                    Err(error) => self
                        .outbox
                        .send(Response::SignInFailed(Problem::from(&error))),
                }
            }
            Event::OrgFetched { generation, result } if generation == self.generation => {
                self.org_fetched(result)
            }
            Event::LogoFetched { generation, result } if generation == self.generation => {
                self.logo_fetched(result)
            }
            Event::RefreshDone { generation } if generation == self.generation => {
                self.refreshing = false;
                self.save_cache();
                if std::mem::take(&mut self.refresh_queued) {
                    self.refresh();
                }
            }
            Event::SignedOut { problem, next } => {
                if self.profile.demo.is_some()
                    && let Some(real) = self.real_profile.take()
                {
                    // Leaving the demo: back to the person's own Zoho.
                    self.profile = real;
                } else if let Some((org, session)) = next {
                    // Another org is signed in: it becomes the one on screen.
                    self.profile.org = Some(org);
                    self.profile.session = Some(session);
                }
                self.outbox.send(Response::SignedOut { problem });
                if self.profile.session.is_some() {
                    self.outbox.send(Response::SignedIn);
                    self.refresh();
                }
            }
            Event::OrgAdded { generation, result } if generation == self.generation => {
                self.org_added(result);
            }
            // The demo keeps its own sign-ins; the next start picks the moved one up.
            Event::LegacyMoved if self.profile.demo.is_none() => self.restore(),
            Event::LegacyMoved => {}
            Event::DemoStarted(Ok(sim)) => self.demo_started(sim),
            Event::DemoStarted(Err(problem)) => self.outbox.send(Response::Problem(problem)),
            // Results of work started before a sign-out or a switch of profile.
            Event::SignInFinished { .. }
            | Event::OrgFetched { .. }
            | Event::LogoFetched { .. }
            | Event::RefreshDone { .. }
            | Event::OrgAdded { .. } => {}
        }
    }
}

/// The request's name for logs (never its contents: the form carries the client secret).
fn request_name(request: &Request) -> &'static str {
    match request {
        Request::SaveClient { .. } => "save client",
        Request::SignIn { .. } => "sign in",
        Request::CancelSignIn => "cancel sign-in",
        Request::Refresh => "refresh",
        Request::CopyLogo => "copy logo",
        Request::SaveLogo => "save logo",
        Request::SaveLogoTo { .. } => "save logo to",
        Request::OpenFolder(_) => "open folder",
        Request::SignOut => "sign out",
        Request::StartDemo => "start demo",
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
        outbox.send(Response::Refreshing);
        assert!(
            matches!(receiver.try_recv(), Ok(Response::Refreshing)),
            "answers wait in the queue before the window exists"
        );
        assert!(!ctx.has_requested_repaint());

        let _ = window.set(ctx.clone());
        outbox.send(Response::Refreshing);
        assert!(ctx.has_requested_repaint(), "the answer woke the window");
        assert!(matches!(receiver.try_recv(), Ok(Response::Refreshing)));
    }
}
