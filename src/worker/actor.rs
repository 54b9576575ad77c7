//! The worker's loop. It owns all state that outlives a request (the profile, the session, the
//! logo bytes) and changes it only here; work that takes time runs in spawned tasks, which report
//! back as [`Event`]s. A generation counter lets results of work started before a sign-out or a
//! switch to the demo be recognised and dropped.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, mpsc};
use std::time::SystemTime;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::task::AbortHandle;
use url::Url;

use super::logo::{PREVIEW_MAX_SIDE, Preview, PreviewError, decode_full_rgba, decode_preview};
use super::messages::{LogoInfo, LogoUpdate, OrgData, Request, Response, Startup};
use super::platform::{SaveChoice, default_save_folder};
use super::{StoreSetup, WorkerConfig};
use crate::problem::Problem;
use crate::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sim};
use crate::store::{
    CachedOrg, ClientCredentials, ClientSource, CredentialStore, OrgCache, open_credential_store,
    resolve_client, write_atomically,
};
use crate::zoho::display::ValueFormat;
use crate::zoho::error::SignInProblem;
use crate::zoho::oauth::{SignInOptions, Tokens, start_sign_in};
use crate::zoho::photo::safe_file_name;
use crate::zoho::session::check_saved_tokens;
use crate::zoho::{CrmClient, Error, Org, Photo, Session};

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
    },
    DemoStarted(Result<Sim, Problem>),
}

/// What the start-up check found, read off the UI thread.
struct Restored {
    credentials: CredentialStore,
    saved_client: Option<ClientCredentials>,
    tokens: Option<Tokens>,
    cached: Option<(CachedOrg, Option<Result<Preview, PreviewError>>)>,
    notice: Option<String>,
    problem: Option<Problem>,
}

/// Whose Zoho the worker talks to: the person's own, or the simulated one of the demo.
struct Profile {
    credentials: CredentialStore,
    cache: Option<OrgCache>,
    client: Option<(ClientCredentials, ClientSource)>,
    /// Where sign-in starts when it does not depend on the region chosen (configured, or demo).
    accounts_url: Option<Url>,
    session: Option<Arc<Session>>,
    /// Keeps the simulated Zoho running while the demo lasts.
    demo: Option<Sim>,
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
    /// The organization of the refresh under way, cached once the logo is in too.
    fetched_org: Option<(Org, SystemTime)>,
    /// The logo file as Zoho sent it, for copying and saving.
    logo: Option<Photo>,
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
        credentials: CredentialStore::in_memory(),
        cache: None,
        client: None,
        accounts_url: config.accounts_url.clone(),
        session: None,
        demo: None,
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
        fetched_org: None,
        logo: None,
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
            }
            Event::SignedOut { problem } => {
                if self.profile.demo.is_some()
                    && let Some(real) = self.real_profile.take()
                {
                    // Leaving the demo: back to the person's own Zoho.
                    self.profile = real;
                }
                self.outbox.send(Response::SignedOut { problem });
                if self.profile.session.is_some() {
                    self.outbox.send(Response::SignedIn);
                    self.refresh();
                }
            }
            Event::DemoStarted(Ok(sim)) => self.demo_started(sim),
            Event::DemoStarted(Err(problem)) => self.outbox.send(Response::Problem(problem)),
            // Results of work started before a sign-out or a switch of profile.
            Event::SignInFinished { .. }
            | Event::OrgFetched { .. }
            | Event::LogoFetched { .. }
            | Event::RefreshDone { .. } => {}
        }
    }

    // ----------------------------------------------------------------------------------------
    // Start-up

    /// Reads the credential store and the cache off the loop (the keychain may take a while).
    fn restore(&self) {
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
            let notice = credentials.location_notice();
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

    fn restored(&mut self, restored: Restored) {
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
    fn start_url(&self, region: Option<Url>) -> Url {
        self.profile
            .accounts_url
            .clone()
            .or(region)
            .unwrap_or_else(|| self.default_start_url.clone())
    }

    fn new_session(
        &self,
        client: ClientCredentials,
        tokens: Tokens,
        start_url: Url,
    ) -> Arc<Session> {
        let crm = CrmClient::new(self.http.clone()).with_timeouts(self.config.crm_timeouts);
        Arc::new(Session::new(self.http.clone(), client, tokens, start_url).with_crm(crm))
    }

    // ----------------------------------------------------------------------------------------
    // Client and sign-in

    fn save_client(&mut self, client_id: &str, client_secret: &str) {
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

    fn sign_in(&mut self, region_url: Url) {
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

    fn signed_in(&mut self, tokens: Tokens, client: ClientCredentials, start_url: Url) {
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

    // ----------------------------------------------------------------------------------------
    // Refresh

    fn refresh(&mut self) {
        if self.refreshing {
            return;
        }
        let Some(session) = self.profile.session.clone() else {
            self.outbox
                .send(Response::SignInExpired(Problem::from(&Error::NotSignedIn)));
            return;
        };
        self.refreshing = true;
        self.fetched_org = None;
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

    fn org_fetched(&mut self, result: Result<Box<Org>, Error>) {
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

    fn logo_fetched(&mut self, result: LogoResult) {
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
            // The organization's answer reports these; the logo on screen stays as it was.
            Err(error) if error.needs_sign_in() || error.is_connectivity() => {}
            Err(error) => self
                .outbox
                .send(Response::Logo(LogoUpdate::Failed(Problem::from(&error)))),
        }
    }

    /// Keeps the logo file for copy and save, and describes it for the screen.
    fn keep_logo(&mut self, photo: Photo, preview: Result<Preview, PreviewError>) -> LogoUpdate {
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

    fn save_cache(&mut self) {
        let (Some((org, fetched_at)), Some(cache)) =
            (self.fetched_org.take(), self.profile.cache.clone())
        else {
            return;
        };
        let cached = CachedOrg {
            org,
            fetched_at,
            logo: self.logo.clone(),
        };
        tokio::task::spawn_blocking(move || {
            if let Err(error) = cache.save(&cached) {
                // Only the next start is slower for it; nothing the person must act on.
                tracing::warn!("the organization could not be kept for next time: {error}");
            }
        });
    }

    /// Zoho no longer accepts the saved sign-in: forget it and ask for a new one.
    fn sign_in_expired(&mut self, error: &Error) {
        self.generation += 1;
        self.refreshing = false;
        self.profile.session = None;
        self.logo = None;
        self.forget_locally();
        self.outbox
            .send(Response::SignInExpired(Problem::from(error)));
    }

    fn forget_locally(&self) {
        let credentials = self.profile.credentials.clone();
        let cache = self.profile.cache.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(error) = credentials.forget_session() {
                tracing::warn!("the saved sign-in could not be removed: {error}");
            }
            if let Some(cache) = cache
                && let Err(error) = cache.clear()
            {
                tracing::warn!("the saved organization could not be removed: {error}");
            }
        });
    }

    // ----------------------------------------------------------------------------------------
    // Logo

    fn copy_logo(&self) {
        let Some(photo) = self.logo.clone() else {
            self.outbox.send(Response::Problem(no_logo_problem()));
            return;
        };
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let result = decode_full_rgba(&photo.bytes, photo.format)
                .map_err(|error| error.to_string())
                .and_then(|(width, height, rgba)| {
                    desktop.copy_image(width as usize, height as usize, rgba)
                });
            outbox.send(match result {
                Ok(()) => Response::LogoCopied,
                Err(detail) => Response::Problem(
                    Problem::new(
                        "The logo could not be put on the clipboard.",
                        "Try again, or save the logo to a file instead.",
                    )
                    .with_detail(detail),
                ),
            });
        });
    }

    fn suggested_file_name(&self, photo: &Photo) -> String {
        let company = self.org_name.as_deref().unwrap_or("Organization");
        safe_file_name(&format!("{company} logo.{}", photo.format.extension()))
            .unwrap_or_else(|| format!("Organization logo.{}", photo.format.extension()))
    }

    fn save_logo(&self) {
        let Some(photo) = self.logo.clone() else {
            self.outbox.send(Response::Problem(no_logo_problem()));
            return;
        };
        let name = self.suggested_file_name(&photo);
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let folder = default_save_folder();
            match desktop.choose_save_path(&folder, &name) {
                SaveChoice::Chosen(path) => outbox.send(write_logo(&photo, &path)),
                SaveChoice::Cancelled => outbox.send(Response::SaveCancelled),
                SaveChoice::Unavailable => outbox.send(Response::AskSavePath(folder.join(name))),
            }
        });
    }

    fn save_logo_to(&self, path: PathBuf, replace: bool) {
        let Some(photo) = self.logo.clone() else {
            self.outbox.send(Response::Problem(no_logo_problem()));
            return;
        };
        let name = self.suggested_file_name(&photo);
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let path = if path.is_dir() { path.join(name) } else { path };
            if path.exists() && !replace {
                outbox.send(Response::AskReplace(path));
            } else {
                outbox.send(write_logo(&photo, &path));
            }
        });
    }

    fn open_folder(&self, path: &Path) {
        let folder = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(detail) = desktop.open_folder(&folder) {
                outbox.send(Response::Problem(
                    Problem::new(
                        format!("The folder {} could not be opened.", folder.display()),
                        "Open it from your file manager.",
                    )
                    .with_detail(detail),
                ));
            }
        });
    }

    // ----------------------------------------------------------------------------------------
    // Sign-out and the demo

    fn sign_out(&mut self) {
        self.generation += 1;
        if let Some(sign_in) = self.sign_in.take() {
            sign_in.abort();
        }
        self.refreshing = false;
        self.logo = None;
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

    fn start_demo(&mut self) {
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

    fn demo_started(&mut self, sim: Sim) {
        self.generation += 1;
        self.refreshing = false;
        self.logo = None;
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

async fn decode_on_pool(photo: Photo) -> FetchedLogo {
    tokio::task::spawn_blocking(move || {
        let preview = decode_preview(&photo.bytes, photo.format, PREVIEW_MAX_SIDE);
        FetchedLogo { photo, preview }
    })
    .await
    .unwrap_or_else(|join_error| FetchedLogo {
        photo: Photo::new(Vec::new(), None),
        preview: Err(PreviewError::Damaged(join_error.to_string())),
    })
}

fn write_logo(photo: &Photo, path: &Path) -> Response {
    match write_atomically(path, &photo.bytes, false) {
        Ok(()) => Response::LogoSaved(path.to_path_buf()),
        Err(error) => Response::Problem(
            Problem::new(
                format!("The logo could not be saved to {}.", path.display()),
                "Choose another folder and try again.",
            )
            .with_detail(error.to_string()),
        ),
    }
}

fn no_logo_problem() -> Problem {
    Problem::new(
        "There is no logo to use.",
        "Refresh to fetch the organization's logo.",
    )
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
