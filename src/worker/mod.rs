//! The worker: one named thread with its own tokio runtime that owns the Zoho session and does
//! everything that may take time (network, keychain, image decoding, files, clipboard images).
//!
//! The app sends [`Request`]s and drains [`Response`]s at the start of each frame; the worker
//! wakes the UI with `request_repaint` after every response, so nothing polls.

mod actor;
pub mod logo;
mod messages;
pub mod platform;

use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use url::Url;

pub use messages::{
    Account, AddedSummary, Freshness, LogoInfo, LogoUpdate, OrgData, OrgId, OrgList, OrgSnapshot,
    Request, Response, SaveOutcome, SaveTarget, SignInUpdate, Startup,
};
pub use platform::{Desktop, SaveChoice, SystemDesktop};

use crate::sim::SimOptions;
use crate::store::{AppPaths, CredentialStore, StoreChoice};

/// Looks up a configuration value by name (the environment, or a test's map).
pub type EnvLookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// How the worker reaches the credential store.
#[derive(Clone)]
pub enum StoreSetup {
    /// Open the platform store (keychain, else a private file) on the worker.
    Platform(Option<StoreChoice>),
    /// Use this store (tests, or a caller that opened it already).
    Given(CredentialStore),
}

/// Everything the worker needs to know.
#[derive(Clone)]
pub struct WorkerConfig {
    /// Where files go.
    pub paths: AppPaths,
    /// Where credentials go.
    pub store: StoreSetup,
    /// `ZOHO_ACCOUNTS_URL`, when set: sign-in starts there whatever region is chosen.
    pub accounts_url: Option<Url>,
    /// The loopback ports for the sign-in redirect.
    pub redirect_ports: Vec<u16>,
    /// How long to wait for the browser.
    pub sign_in_timeout: Duration,
    /// Configuration lookups (`ZOHO_CLIENT_ID`, `ZOHO_CLIENT_SECRET`).
    pub env: EnvLookup,
    /// The save dialog, clipboard and file manager.
    pub desktop: Arc<dyn Desktop>,
    /// Start in the demo instead of the person's own organization.
    pub start_in_demo: bool,
    /// How the simulated Zoho of the demo is set up.
    pub demo: SimOptions,
    /// How long a CRM call may take.
    pub crm_timeouts: crate::zoho::api::Timeouts,
    /// A problem with the configuration found before the window opened (a refused
    /// `ZOHO_ACCOUNTS_URL`, say), shown once the window is up instead of stopping the app.
    pub startup_problem: Option<crate::problem::Problem>,
    /// The user guide the About box links to, when one is installed.
    pub user_guide: Option<std::path::PathBuf>,
}

impl WorkerConfig {
    /// The configuration for the installed app: platform folders and store, the environment.
    pub fn from_environment(
        paths: AppPaths,
        store_choice: Option<StoreChoice>,
        accounts_url: Option<Url>,
    ) -> Self {
        Self {
            paths,
            store: StoreSetup::Platform(store_choice),
            accounts_url,
            redirect_ports: crate::zoho::oauth::REDIRECT_PORTS.to_vec(),
            sign_in_timeout: crate::zoho::oauth::SIGN_IN_TIMEOUT,
            env: Arc::new(|name| std::env::var(name).ok()),
            desktop: Arc::new(SystemDesktop::default()),
            start_in_demo: false,
            demo: SimOptions::default(),
            crm_timeouts: crate::zoho::api::Timeouts::default(),
            startup_problem: None,
            user_guide: platform::installed_user_guide(),
        }
    }
}

/// The app's end of the worker.
pub struct WorkerHandle {
    requests: tokio::sync::mpsc::UnboundedSender<Request>,
    responses: mpsc::Receiver<Response>,
    window: Arc<OnceLock<egui::Context>>,
}

impl WorkerHandle {
    /// Starts the worker thread before there is a window, so that it reads the saved sign-in
    /// and organization while the window opens and the first frame can already show them.
    /// [`WorkerHandle::attach`] the window once it exists.
    pub fn start(config: WorkerConfig) -> std::io::Result<Self> {
        let (request_sender, request_receiver) = tokio::sync::mpsc::unbounded_channel();
        let (response_sender, response_receiver) = mpsc::channel();
        let window = Arc::new(OnceLock::new());
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .thread_name("zoho-worker-blocking")
            .build()?;
        let outbox = actor::Outbox::new(response_sender, Arc::clone(&window));
        std::thread::Builder::new()
            .name("zoho-worker".to_owned())
            .spawn(move || runtime.block_on(actor::run(config, request_receiver, outbox)))?;
        Ok(Self {
            requests: request_sender,
            responses: response_receiver,
            window,
        })
    }

    /// Wakes `ctx` after every response from now on, and once now for the answers that came
    /// before the window existed. Only the first window attached counts.
    pub fn attach(&self, ctx: &egui::Context) {
        if self.window.set(ctx.clone()).is_ok() {
            ctx.request_repaint();
        }
    }

    /// Sends a request; the answer arrives through [`WorkerHandle::try_recv`].
    pub fn send(&self, request: Request) {
        if self.requests.send(request).is_err() {
            // Only when the worker thread ended, which it does only when the app closes.
            tracing::warn!("the worker has stopped; a request was dropped");
        }
    }

    /// The next answer, if one is waiting.
    pub fn try_recv(&self) -> Option<Response> {
        self.responses.try_recv().ok()
    }
}
