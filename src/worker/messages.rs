//! What the app asks the worker ([`Request`]) and what the worker answers ([`Response`]).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use url::Url;

use super::logo::Preview;
use crate::export::ExportFormat;
use crate::i18n::{Lang, Msg};
use crate::logo_fit::FittedLogo;
use crate::problem::Problem;
use crate::store::{ClientSource, LogoBackup, SignedInOrg};
use crate::zoho::display::{Section, ValueFormat};
use crate::zoho::{Org, PhotoFormat};

/// Zoho's ID of an org, the key the app and the worker name orgs by.
pub type OrgId = String;

/// An intent from the app: the worker runs the whole use case and answers once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Save the OAuth client typed into the form (in the keychain), then sign in.
    SaveClientAndSignIn {
        /// The client ID.
        client_id: String,
        /// The client secret.
        client_secret: String,
        /// Where sign-in starts for the chosen region.
        accounts_url: Url,
    },
    /// Sign in at `accounts_url` (unless configured otherwise): the org picked on Zoho's page is
    /// added, or renewed when it is signed in already, and shown.
    SignIn {
        /// Where sign-in starts for the chosen region.
        accounts_url: Url,
    },
    /// Stop waiting for the browser.
    CancelSignIn,
    /// Show this org: it becomes current, and is refreshed when its data is not fresh.
    Switch(OrgId),
    /// Fetch this org and its logo again.
    Refresh(OrgId),
    /// Fetch every org again, at once.
    RefreshAll,
    /// Put this org's logo on the clipboard.
    CopyLogo(OrgId),
    /// Save this org's logo.
    SaveLogo {
        /// Whose logo.
        org: OrgId,
        /// Where: ask with the system dialog, or this path.
        to: SaveTarget,
    },
    /// Export this org's card as a file (a PDF to print or attach to a ticket, or Zoho's JSON).
    Export {
        /// Which org.
        org: OrgId,
        /// What kind of file.
        format: ExportFormat,
        /// Where: ask with the system dialog, or this path.
        to: SaveTarget,
        /// The language of the PDF's labels and the save dialog (the worker has none).
        lang: Lang,
    },
    /// Save the overview of every org as a CSV file (issue #13).
    ExportOverview {
        /// Where: ask with the system dialog, or this path.
        to: SaveTarget,
        /// The language of the headings and words (the worker has none).
        lang: Lang,
    },
    /// Show this folder in the file manager.
    OpenFolder(PathBuf),
    /// Revoke this org's sign-in at Zoho and forget it here; the others stay.
    SignOut(OrgId),
    /// Sign out of every org.
    SignOutAll,
    /// The person reads `Lang` now: write dates and times in it, and again for the orgs shown.
    Speak(Lang),
    /// Switch to the simulated Zoho and sign in there.
    StartDemo,
    /// Leave the demo: back to the person's own orgs (or the welcome screen).
    LeaveDemo,
    // Changing the logo (issue 15): each answered once with a `Response::LogoChange`.
    /// Read a picture and fit it to Zoho's limits, for the preview before the change.
    PrepareLogo {
        /// Whose logo it would become.
        org: OrgId,
        /// Where the picture comes from.
        source: LogoSource,
    },
    /// Make the prepared picture the org's logo: one-time grant in the browser, backup, upload;
    /// then the same for each org of `also`, in turn (Zoho grants one org at a time).
    ChangeLogo {
        /// Which org.
        org: OrgId,
        /// The picture exactly as it will be sent.
        prepared: Arc<FittedLogo>,
        /// Other orgs to change the same way, after it.
        also: Vec<OrgId>,
    },
    /// Remove the org's logo: one-time grant in the browser, backup, removal; then the same for
    /// each org of `also`, in turn.
    RemoveLogo {
        /// Which org.
        org: OrgId,
        /// Other orgs to remove the logo of, after it.
        also: Vec<OrgId>,
    },
    /// Make an earlier logo (a backup) the org's logo again, the same way as a change.
    RestoreLogo {
        /// Which org.
        org: OrgId,
        /// The backup file, from [`LogoChangeUpdate::Backups`].
        backup: PathBuf,
    },
    /// List the org's earlier logos.
    ListLogoBackups(OrgId),
    /// Stop waiting for the browser in the org's logo change; the change then ends as not
    /// made. Once Zoho's permission has arrived the change goes on, so it never stops half way.
    CancelLogoChange(OrgId),
}

/// Where a picture for the logo comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoSource {
    /// Ask with the system's open dialog.
    Ask,
    /// This file (dropped on the window).
    Path(PathBuf),
    /// The picture on the clipboard (pasted).
    Clipboard,
}

/// Where a file (the logo, an export) is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveTarget {
    /// Ask with the system's save dialog.
    Ask,
    /// This file (from the app's own dialog).
    Path {
        /// The file to write (a folder gets the suggested name inside it).
        path: PathBuf,
        /// Whether an existing file may be replaced.
        replace: bool,
    },
}

/// An answer from the worker: the outcome of one request, or what changed.
#[derive(Debug)]
pub enum Response {
    /// The start-up check is done.
    Ready(Startup),
    /// Who the app talks to changed: the OAuth client, the demo.
    Account(Account),
    /// The orgs signed in, or the current one, changed.
    Orgs(OrgList),
    /// What the worker knows of one org, whole, after something about it changed.
    Org(Box<OrgSnapshot>),
    /// How the sign-in is going.
    SignIn(SignInUpdate),
    /// The outcome of copying a logo.
    LogoCopied(Result<(), Problem>),
    /// The outcome of saving a logo.
    LogoSaved(Result<SaveOutcome, Problem>),
    /// The outcome of an export of this format.
    Exported(ExportFormat, Result<SaveOutcome, Problem>),
    /// The outcome of saving the overview as CSV.
    OverviewExported(Result<SaveOutcome, Problem>),
    /// The outcome of opening a folder.
    FolderOpened(Result<(), Problem>),
    /// The outcome of signing out; `Err` says what did not work (the org is gone all the same).
    SignedOut(Result<(), Problem>),
    /// Zoho no longer accepts an org's sign-in; it has been forgotten.
    SignInExpired(Problem),
    /// The outcome of starting the demo.
    DemoStarted(Result<(), Problem>),
    /// The demo ended; the person's own orgs (if any) are back.
    DemoLeft,
    /// Something to tell the person that is not the outcome of a request (e.g. the client
    /// could not be kept for next time).
    Notice(Problem),
    /// About changing an org's logo.
    LogoChange(LogoChangeUpdate),
}

/// How a logo change is going: the answer to each of the logo-change requests, and the
/// browser step on the way.
#[derive(Debug)]
pub enum LogoChangeUpdate {
    /// The answer to `PrepareLogo`: the fitted picture, `None` when the dialog was cancelled.
    Prepared {
        /// Which org.
        org: OrgId,
        /// The picture and its preview, or why it cannot be the logo.
        result: Result<Option<PreparedLogo>, Problem>,
    },
    /// The answer to `ListLogoBackups`: newest first.
    Backups {
        /// Which org.
        org: OrgId,
        /// The earlier logos.
        backups: Vec<LogoBackup>,
    },
    /// Zoho's consent page for the one-time grant should open in the browser.
    GrantWaiting {
        /// The org of the request.
        org: OrgId,
        /// The name of the org this grant is for (the request's, or one of `also`).
        granting: String,
        /// The page.
        url: Url,
    },
    /// The answer to `ChangeLogo`, `RemoveLogo` and `RestoreLogo`.
    Done {
        /// The org of the request.
        org: OrgId,
        /// What was done to it, or why not.
        result: Result<LogoChangeDone, Problem>,
        /// The outcome for each org of `also`, in order.
        also: Vec<AlsoChanged>,
    },
}

/// The outcome of a change for one of the other orgs of a request.
#[derive(Debug, Clone)]
pub struct AlsoChanged {
    /// Which org.
    pub org: OrgId,
    /// Its name.
    pub name: String,
    /// What was done to it, or why not.
    pub result: Result<LogoChangeDone, Problem>,
}

/// A picture fitted for the logo, with its preview.
#[derive(Debug, Clone)]
pub struct PreparedLogo {
    /// Exactly what will be sent.
    pub fitted: Arc<FittedLogo>,
    /// It, decoded for the screen.
    pub preview: Arc<Preview>,
}

/// A logo change that went through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoChangeDone {
    /// What happened, in a sentence ("Changed the logo of Zylker Traders.").
    pub sentence: Msg,
    /// Where the logo before it was saved, if it had one.
    pub backup: Option<PathBuf>,
}

/// Who the app talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Account {
    /// Where the OAuth client comes from, if there is one.
    pub client: Option<ClientSource>,
    /// Whether the simulated Zoho of the demo is in use.
    pub demo: bool,
}

/// The orgs signed in and the current one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgList {
    /// The orgs, in the order they were added.
    pub orgs: Vec<SignedInOrg>,
    /// The one on screen.
    pub current: Option<OrgId>,
}

/// How the sign-in is going.
#[derive(Debug)]
pub enum SignInUpdate {
    /// The browser should open `url`; the app waits at most `timeout`.
    Waiting {
        /// The sign-in page.
        url: Url,
        /// How long the app waits.
        timeout: Duration,
    },
    /// The sign-in ended: the org added or renewed (its name), or why not.
    Finished(Result<AddedSummary, Problem>),
    /// The person cancelled it.
    Cancelled,
}

/// What a sign-in added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedSummary {
    /// The org's name.
    pub name: String,
    /// Whether it was signed in already.
    pub renewed: bool,
}

/// How saving a file (the logo, an export) ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved here.
    Saved(PathBuf),
    /// The person cancelled the system dialog.
    Cancelled,
    /// There is no system dialog: ask in the app, starting with this path.
    NeedsPath(PathBuf),
    /// The file exists: ask before replacing it.
    Exists(PathBuf),
}

/// Where the data of an org came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Fetched from Zoho in this session.
    Live,
    /// From the cache on disk, while a refresh runs.
    Cached,
    /// From the cache because Zoho could not be reached.
    Offline,
    /// Kept from before because Zoho answered the last refresh with an error.
    Stale,
}

/// What the worker knows of one org: the whole truth the screen draws.
#[derive(Debug, Clone)]
pub struct OrgSnapshot {
    /// The org's ID.
    pub id: OrgId,
    /// Its data, when any was fetched or saved.
    pub data: Option<Arc<OrgData>>,
    /// Where the data came from.
    pub freshness: Freshness,
    /// Its logo.
    pub logo: LogoUpdate,
    /// Whether a refresh is running.
    pub refreshing: bool,
    /// Whether a copy or save of the logo is running.
    pub logo_busy: bool,
    /// What went wrong with the last refresh, if anything.
    pub problem: Option<Problem>,
}

/// What the worker found at start.
#[derive(Debug)]
pub struct Startup {
    /// Who the app talks to.
    pub account: Account,
    /// Whether any org is signed in.
    pub signed_in: bool,
    /// Something to tell the person once, e.g. where credentials are kept.
    pub notice: Option<Msg>,
    /// Something that went wrong while reading what was saved (e.g. a damaged credential store).
    pub problem: Option<Problem>,
    /// Whether sign-in starts at a configured address (then the region choice is moot).
    pub accounts_url_configured: bool,
    /// Where sign-ins and the client secret are kept ("the system keychain"), worded by the
    /// window in its language.
    pub credentials_location: Msg,
    /// The folder of the app's data (saved org data, crash reports), for *Open data folder*.
    pub data_folder: PathBuf,
    /// The installed user guide as a `file:` address, for *Help for using the app*.
    pub user_guide: Option<String>,
}

/// The organization as the screen needs it, prepared on the worker.
#[derive(Debug, Clone)]
pub struct OrgData {
    /// The organization.
    pub org: Org,
    /// Its values, grouped and labelled for people (worded when drawn).
    pub sections: Vec<Section>,
    /// *Copy as JSON*: Zoho's org object, every key included.
    pub json: String,
    /// When Zoho sent it.
    pub fetched_at: SystemTime,
    /// When Zoho sent it, as a date and time in the reader's words.
    pub fetched_when: String,
}

impl OrgData {
    /// Prepares an organization for display.
    pub fn new(org: Org, fetched_at: SystemTime, format: &ValueFormat) -> Self {
        let sections = crate::zoho::display::sections(&org, format);
        let json = serde_json::to_string_pretty(&org.to_json()).unwrap_or_default();
        let at: chrono::DateTime<chrono::Utc> = fetched_at.into();
        let fetched_when = format.date_time(&at.to_rfc3339());
        Self {
            org,
            sections,
            json,
            fetched_at,
            fetched_when,
        }
    }

    /// "Fetched …", worded where it is shown.
    pub fn fetched_label(&self) -> Msg {
        crate::i18n::t::org_fetched(self.fetched_when.as_str())
    }

    /// *Copy all*: the sections as readable text, in this thread's language.
    pub fn readable_text(&self) -> String {
        crate::zoho::display::readable_text(&self.org, &self.sections)
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
#[derive(Debug, Clone)]
pub enum LogoUpdate {
    /// The logo is on its way (nothing fetched or saved yet).
    Loading,
    /// The organization has no logo.
    Missing,
    /// The logo could not be fetched.
    Failed(Problem),
    /// The logo, decoded and scaled for the screen.
    Shown {
        /// The pixels to upload as a texture (shared: the same logo is not copied per update).
        preview: Arc<Preview>,
        /// Facts about the file.
        info: LogoInfo,
    },
    /// A logo the app cannot draw, which can still be saved.
    NoPreview {
        /// Facts about the file.
        info: LogoInfo,
        /// Why there is no preview.
        reason: Msg,
    },
}
