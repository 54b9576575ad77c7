//! What the app asks the worker ([`Request`]) and what the worker answers ([`Response`]).

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use url::Url;

use super::logo::Preview;
use crate::problem::Problem;
use crate::store::ClientSource;
use crate::zoho::display::{Section, ValueFormat};
use crate::zoho::{Org, PhotoFormat};

/// A request from the app to the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Save the OAuth client typed into the form (in the keychain).
    SaveClient {
        /// The client ID.
        client_id: String,
        /// The client secret.
        client_secret: String,
    },
    /// Start the sign-in at `accounts_url` (unless configured otherwise).
    SignIn {
        /// Where sign-in starts for the chosen region.
        accounts_url: Url,
    },
    /// Stop waiting for the browser.
    CancelSignIn,
    /// Fetch the organization and its logo again.
    Refresh,
    /// Put the logo on the clipboard.
    CopyLogo,
    /// Ask where to save the logo (the system dialog), then save it.
    SaveLogo,
    /// Save the logo to this path (from the app's own dialog).
    SaveLogoTo {
        /// The file to write.
        path: PathBuf,
        /// Whether an existing file may be replaced.
        replace: bool,
    },
    /// Show this folder in the file manager.
    OpenFolder(PathBuf),
    /// Revoke the sign-in at Zoho and forget it here.
    SignOut,
    /// Switch to the simulated Zoho and sign in there.
    StartDemo,
}

/// An answer from the worker.
#[derive(Debug)]
pub enum Response {
    /// The start-up check is done.
    Ready(Startup),
    /// The client from the form is saved.
    ClientSaved,
    /// The browser should open `url`; the app waits at most `timeout`.
    SignInWaiting {
        /// The sign-in page.
        url: Url,
        /// How long the app waits.
        timeout: Duration,
    },
    /// The sign-in worked.
    SignedIn,
    /// The sign-in failed.
    SignInFailed(Problem),
    /// The sign-in was cancelled.
    SignInCancelled,
    /// A refresh started.
    Refreshing,
    /// The organization.
    Org(Box<OrgData>),
    /// The logo (or that there is none, or why it is not shown).
    Logo(LogoUpdate),
    /// The organization could not be fetched.
    RefreshFailed {
        /// What went wrong.
        problem: Problem,
        /// Whether Zoho could not be reached at all (the data shown is then marked offline).
        offline: bool,
    },
    /// Zoho no longer accepts the saved sign-in; it has been forgotten.
    SignInExpired(Problem),
    /// The logo is on the clipboard.
    LogoCopied,
    /// The logo was saved here.
    LogoSaved(PathBuf),
    /// No system dialog: ask in the app, starting with this path.
    AskSavePath(PathBuf),
    /// The file exists: ask before replacing it.
    AskReplace(PathBuf),
    /// The person cancelled the save dialog.
    SaveCancelled,
    /// Signed out; `problem` says what did not work (e.g. Zoho was unreachable for the revoke).
    SignedOut {
        /// What did not work, if anything.
        problem: Option<Problem>,
    },
    /// The demo is running; the sign-in follows.
    DemoStarted,
    /// Something went wrong that has no screen of its own.
    Problem(Problem),
}

/// What the worker found at start.
#[derive(Debug)]
pub struct Startup {
    /// Where the OAuth client comes from, if there is one.
    pub client: Option<ClientSource>,
    /// Whether a saved sign-in was found.
    pub signed_in: bool,
    /// The organization from the last run, if any.
    pub cached: Option<Box<OrgData>>,
    /// The cached logo, if any.
    pub cached_logo: Option<LogoUpdate>,
    /// Something to tell the person once, e.g. where credentials are kept.
    pub notice: Option<String>,
    /// Something that went wrong while reading what was saved (e.g. a damaged credential store).
    pub problem: Option<Problem>,
    /// Whether sign-in starts at a configured address (then the region choice is moot).
    pub accounts_url_configured: bool,
}

/// The organization as the screen needs it, prepared on the worker.
#[derive(Debug, Clone)]
pub struct OrgData {
    /// The organization.
    pub org: Org,
    /// Its values, grouped and worded for people.
    pub sections: Vec<Section>,
    /// *Copy all*: the sections as readable text.
    pub readable_text: String,
    /// *Copy as JSON*: Zoho's org object, every key included.
    pub json: String,
    /// When Zoho sent it.
    pub fetched_at: SystemTime,
    /// "Fetched …" in the reader's words.
    pub fetched_label: String,
}

impl OrgData {
    /// Prepares an organization for display.
    pub fn new(org: Org, fetched_at: SystemTime, format: &ValueFormat) -> Self {
        let sections = crate::zoho::display::sections(&org, format);
        let readable_text = crate::zoho::display::readable_text(&org, &sections);
        let json = serde_json::to_string_pretty(&org.to_json()).unwrap_or_default();
        let at: chrono::DateTime<chrono::Utc> = fetched_at.into();
        let fetched_label = format!("Fetched {}", format.date_time(&at.to_rfc3339()));
        Self {
            org,
            sections,
            readable_text,
            json,
            fetched_at,
            fetched_label,
        }
    }
}

/// Facts about the logo file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoInfo {
    /// The format, read from the bytes.
    pub format: PhotoFormat,
    /// Width and height in pixels, when the image could be read.
    pub dimensions: Option<(u32, u32)>,
    /// Size of the file in bytes.
    pub file_size: usize,
}

/// The logo for the screen.
#[derive(Debug)]
pub enum LogoUpdate {
    /// The organization has no logo.
    Missing,
    /// The logo could not be fetched.
    Failed(Problem),
    /// The logo, decoded and scaled for the screen.
    Shown {
        /// The pixels to upload as a texture.
        preview: Box<Preview>,
        /// Facts about the file.
        info: LogoInfo,
    },
    /// A logo the app cannot draw, which can still be saved.
    NoPreview {
        /// Facts about the file.
        info: LogoInfo,
        /// Why there is no preview.
        reason: String,
    },
}
