//! The app: persisted settings, the screen state machine, and the loop between views and the
//! worker. Views return actions; the app turns them into [`Request`]s; the worker's
//! [`Response`]s are drained in [`eframe::App::logic`] before each frame is drawn.

use std::collections::HashMap;
use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers, OpenUrl, RichText, ThemePreference};
use serde::{Deserialize, Serialize};
use url::Url;

use super::client_form::{ClientForm, ClientFormAction};
use super::compare::CompareView;
use super::logo_panel::LogoAction;
use super::org_view::{OrgAction, OrgView};
use super::overview::{OverviewAction, OverviewView};
use super::save_prompt::{SavePrompt, SavePromptAction, SaveWhat};
use super::screen::{ProblemAction, ProblemScreen, Screen, waiting_ui};
use super::signing_in::{SigningInAction, SigningInView};
use super::status::{ScreenKey, Status, StatusBar, Topic};
use super::style;
use super::switcher::{self, Place, Switcher, SwitcherAction};
use super::welcome::{Region, WelcomeAction, WelcomeView};
use super::widgets;
use crate::i18n::{self, Arg, Lang, t};
use crate::problem::Problem;
use crate::worker::{
    Account, LogoUpdate, OrgId, OrgList, OrgSnapshot, Request, Response, SaveOutcome, SaveTarget,
    SignInUpdate, WorkerConfig, WorkerHandle,
};

/// The window title.
pub const APP_NAME: &str = "Org Viewer for Zoho CRM";

/// Settings kept between runs (eframe's storage; window size and position are kept by eframe).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Where the last sign-in started.
    pub region: Region,
    /// Light, dark, or the system's choice.
    pub theme: ThemePreference,
    /// The language picked in the menu; `None` follows the system.
    pub language: Option<Lang>,
    /// Where the app was when it closed, so it opens there again.
    pub place: StartPlace,
}

/// Where the app opens when orgs are signed in: where the person left it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum StartPlace {
    /// The current org's screen.
    #[default]
    Org,
    /// The overview of every org.
    Overview,
}

/// The app.
pub struct OrgViewerApp {
    settings: Settings,
    /// The language the system asks for, read once at start.
    system_language: Lang,
    /// The language the system fonts were last picked for (eframe picks them for the system's).
    fonts_for: Lang,
    /// The language the worker was last told to write dates in.
    worker_speaks: Option<Lang>,
    screen: Screen,
    status: StatusBar,
    worker: WorkerHandle,
    /// Who the app talks to, as the worker last said.
    account: Account,
    /// Whether sign-in starts at a configured address (then the region choice is hidden).
    accounts_url_configured: bool,
    /// The signed-in orgs and the current one, as the worker last said.
    orgs: OrgList,
    /// What the worker last said of each org.
    snapshots: HashMap<OrgId, Box<OrgSnapshot>>,
    save_prompt: Option<SavePrompt>,
    about_open: bool,
    /// The org the person asked to sign out of, while the confirmation is open.
    confirm_sign_out: Option<OrgId>,
    /// Where sign-ins and the client secret are kept, as the worker said at start.
    credentials_location: Arg,
    /// The app's data folder, as the worker said at start.
    data_folder: Option<PathBuf>,
    /// The installed user guide's address, as the worker said at start.
    user_guide: Option<String>,
    /// The widget that had keyboard focus last frame: a newly focused one is scrolled to.
    last_focus: Option<egui::Id>,
    /// Whether the log said the organization, and its logo, reached the screen (once each:
    /// `scripts/window-test` waits for these lines before taking its screenshots).
    announced: (bool, bool),
    /// The window title last sent: egui repaints after every viewport command, so sending it
    /// every frame would repaint forever (issue #6 measured 47 frames a second when idle).
    window_title: String,
    /// The switcher down the left (issue #13), with the screens of the orgs not on screen.
    switcher: Switcher,
    /// The overview's search and order.
    overview: OverviewView,
    /// Which two orgs compare shows.
    compare: CompareView,
    /// The overview is to be shown as soon as the saved orgs are known (it was on screen when
    /// the app last closed).
    reopen_overview: bool,
}

impl OrgViewerApp {
    /// Creates the app and starts its worker.
    pub fn new(cc: &eframe::CreationContext<'_>, config: WorkerConfig) -> std::io::Result<Self> {
        Ok(Self::with_worker(cc, WorkerHandle::start(config)?))
    }

    /// Creates the app around a worker started before the window (see [`WorkerHandle::start`]).
    pub fn with_worker(cc: &eframe::CreationContext<'_>, worker: WorkerHandle) -> Self {
        worker.attach(&cc.egui_ctx);
        egui_extras::install_image_loaders(&cc.egui_ctx);
        style::apply(&cc.egui_ctx);
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_theme(settings.theme);
        let system_language = Lang::from_system();
        let reopen_overview = settings.place == StartPlace::Overview;
        Self {
            settings,
            system_language,
            fonts_for: system_language,
            worker_speaks: None,
            screen: Screen::Starting,
            status: StatusBar::default(),
            worker,
            account: Account {
                client: None,
                demo: false,
            },
            accounts_url_configured: false,
            orgs: OrgList::default(),
            snapshots: HashMap::new(),
            save_prompt: None,
            about_open: false,
            confirm_sign_out: None,
            credentials_location: t::ui_system_keychain().into(),
            data_folder: None,
            user_guide: None,
            last_focus: None,
            announced: (false, false),
            window_title: APP_NAME.to_owned(),
            switcher: Switcher::default(),
            overview: OverviewView::default(),
            compare: CompareView::default(),
            reopen_overview,
        }
    }

    /// The language the app speaks: the one picked in the menu, or the system's.
    pub fn language(&self) -> Lang {
        self.settings.language.unwrap_or(self.system_language)
    }

    /// Takes `lang` as the system's language, whatever the process's environment says: tests
    /// pin their language with it, so a developer's German desktop does not change them.
    pub fn assume_system_language(&mut self, lang: Lang) {
        self.system_language = lang;
        self.fonts_for = lang;
    }

    /// The current screen (for tests).
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The current screen, to change (tests pin what they snapshot, e.g. the fetch time).
    pub fn screen_mut(&mut self) -> &mut Screen {
        &mut self.screen
    }

    /// What the status area says (for tests).
    pub fn status(&self) -> &Status {
        self.status.status()
    }

    /// The settings kept between runs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The overview's state (tests pin its clock).
    pub fn overview_mut(&mut self) -> &mut OverviewView {
        &mut self.overview
    }

    /// Compare's state (tests pick the two orgs).
    pub fn compare_mut(&mut self) -> &mut CompareView {
        &mut self.compare
    }

    /// Whether the demo is running (for tests).
    pub fn is_demo(&self) -> bool {
        self.account.demo
    }

    fn on_response(&mut self, ctx: &egui::Context, response: Response) {
        match response {
            Response::Ready(startup) => {
                self.account = startup.account;
                self.accounts_url_configured = startup.accounts_url_configured;
                self.credentials_location = startup.credentials_location.into();
                self.data_folder = Some(startup.data_folder);
                self.user_guide = startup.user_guide;
                self.screen = if startup.signed_in {
                    Screen::Loading
                } else {
                    self.reopen_overview = false;
                    self.welcome()
                };
                if let Some(notice) = startup.notice {
                    self.status.set(Status::Notice(t::ui_notice(notice)));
                }
                if let Some(problem) = startup.problem {
                    self.status.problem(problem);
                }
            }
            Response::Account(account) => self.account = account,
            Response::Orgs(list) => {
                let switched = list.current != self.orgs.current;
                self.snapshots
                    .retain(|id, _| list.orgs.iter().any(|org| &org.id == id));
                self.switcher.keep_only(&list);
                self.orgs = list;
                if switched {
                    self.show_current(ctx, true);
                }
            }
            Response::Org(snapshot) => {
                let id = snapshot.id.clone();
                let before = self.snapshots.insert(id.clone(), snapshot);
                if self.orgs.current.as_ref() == Some(&id) {
                    self.report_changes(before.as_deref(), &id);
                    self.show_current(ctx, false);
                    self.log_what_is_on_screen(before.as_deref());
                }
            }
            Response::SignIn(SignInUpdate::Waiting { url, timeout }) => {
                if let Screen::SigningIn(view) = &mut self.screen {
                    view.waiting(url.clone(), timeout);
                }
                open_in_browser(ctx, &url);
            }
            Response::SignIn(SignInUpdate::Finished(Ok(added))) => {
                let done = if added.renewed {
                    t::ui_signed_in_again(&added.name)
                } else {
                    t::ui_added_org(&added.name)
                };
                self.show_current(ctx, true);
                self.status.report(Topic::SignIn, Status::Done(done));
            }
            Response::SignIn(SignInUpdate::Finished(Err(problem))) => {
                self.leave_sign_in(ctx);
                self.status.problem_about(Topic::SignIn, problem);
            }
            Response::SignIn(SignInUpdate::Cancelled) => {
                self.leave_sign_in(ctx);
                self.status.set(Status::Quiet);
            }
            Response::LogoCopied(Ok(())) => self
                .status
                .report(Topic::Logo, Status::Done(t::ui_logo_copied())),
            Response::LogoCopied(Err(problem)) => self.status.problem_about(Topic::Logo, problem),
            Response::FolderOpened(Err(problem)) => {
                self.status.problem_about(Topic::Folder, problem);
            }
            Response::FolderOpened(Ok(())) => self.status.succeeded(Topic::Folder),
            Response::LogoSaved(outcome) => self.saved(SaveWhat::Logo, outcome),
            Response::Exported(format, outcome) => self.saved(SaveWhat::Export(format), outcome),
            Response::OverviewExported(outcome) => self.saved(SaveWhat::Overview, outcome),
            Response::SignedOut(outcome) => match outcome {
                Ok(()) => self
                    .status
                    .report(Topic::SignOut, Status::Done(t::ui_signed_out())),
                Err(problem) => self.status.problem_about(Topic::SignOut, problem),
            },
            Response::SignInExpired(problem) => self.status.problem_about(Topic::SignIn, problem),
            Response::DemoStarted(Ok(())) => {
                self.screen = Screen::SigningIn(SigningInView::preparing());
                self.status
                    .report(Topic::SignIn, Status::Notice(t::ui_demo_notice()));
            }
            Response::DemoLeft => {
                self.leave_sign_in(ctx);
                self.status.set(Status::Done(t::ui_demo_left()));
            }
            Response::DemoStarted(Err(problem)) | Response::Notice(problem) => {
                self.status.problem(problem);
            }
            Response::LogoChange(update) => self.on_logo_change(ctx, update),
        }
    }

    /// Shows the current org as the worker last described it: its data, or that it is on its
    /// way, or why it could not be loaded; the welcome screen when no org is signed in. Screens
    /// the person is busy with (the sign-in, the client form) stay unless `take_over`.
    fn show_current(&mut self, ctx: &egui::Context, take_over: bool) {
        let showing_orgs = matches!(
            self.screen,
            Screen::Starting | Screen::Loading | Screen::Organization(_) | Screen::Failed(_)
        );
        if !showing_orgs && !take_over {
            return;
        }
        // Back where the person left it: the overview, drawn from the saved orgs as they come,
        // with no org screen built behind it.
        if self.reopen_overview
            && matches!(self.screen, Screen::Starting | Screen::Loading)
            && !self.orgs.orgs.is_empty()
        {
            self.reopen_overview = false;
            self.screen = Screen::Overview;
            return;
        }
        let Some(current) = self.orgs.current.clone() else {
            if showing_orgs || take_over {
                self.screen = self.welcome();
            }
            return;
        };
        let Some(snapshot) = self.snapshots.get(&current) else {
            self.screen = Screen::Loading;
            return;
        };
        if let Screen::Organization(view) = &mut self.screen
            && view.id == current
        {
            view.apply(ctx, snapshot);
            return;
        }
        // Another org's screen is kept as the person left it (scroll position, filter), and
        // this org's is brought back the same way (issue #13).
        if let Screen::Organization(view) = std::mem::replace(&mut self.screen, Screen::Loading) {
            self.switcher.park(view);
        }
        if let Some(mut view) = self.switcher.unpark(&current) {
            view.apply(ctx, snapshot);
            self.screen = Screen::Organization(view);
            return;
        }
        self.screen = match OrgView::from_snapshot(ctx, snapshot) {
            Some(view) => Screen::Organization(Box::new(view)),
            None if snapshot.problem.is_some() && !snapshot.refreshing => {
                Screen::Failed(ProblemScreen)
            }
            None => Screen::Loading,
        };
    }

    /// Says in the log when the org and its logo reach the screen (scripts/window-test and the
    /// benchmarks wait for these lines).
    fn log_what_is_on_screen(&self, before: Option<&OrgSnapshot>) {
        let Screen::Organization(view) = &self.screen else {
            return;
        };
        let Some(now) = self.snapshots.get(&view.id) else {
            return;
        };
        let same_data = before.is_some_and(|before| match (&before.data, &now.data) {
            (Some(old), Some(new)) => std::sync::Arc::ptr_eq(old, new),
            _ => false,
        });
        if !same_data {
            tracing::info!("the organization is on screen");
        }
        let logo_was_shown = before.is_some_and(|before| {
            matches!((&before.logo, &now.logo), (LogoUpdate::Shown { preview: old, .. }, LogoUpdate::Shown { preview: new, .. }) if std::sync::Arc::ptr_eq(old, new))
        });
        if matches!(now.logo, LogoUpdate::Shown { .. }) && !logo_was_shown {
            tracing::info!("the logo is on screen");
        }
    }

    /// The status area follows the current org: a refresh starting clears the last one's
    /// problem, and a new problem is shown once.
    fn report_changes(&mut self, before: Option<&OrgSnapshot>, id: &str) {
        let Some(now) = self.snapshots.get(id) else {
            return;
        };
        let was_refreshing = before.is_some_and(|before| before.refreshing);
        if now.refreshing && !was_refreshing {
            self.status.refresh_started();
        }
        if was_refreshing && !now.refreshing && now.problem.is_none() {
            self.status.succeeded(Topic::Refresh);
        }
        let problem = now.problem.clone().or_else(|| match &now.logo {
            LogoUpdate::Failed(problem) => Some(problem.clone()),
            _ => None,
        });
        let before_problem = before.and_then(|before| before.problem.clone());
        if let Some(problem) = problem
            && Some(&problem) != before_problem.as_ref()
        {
            self.status.refresh_problem(problem);
        }
    }

    /// Back from a sign-in that did not add an org: to the org shown before, else the welcome.
    fn leave_sign_in(&mut self, ctx: &egui::Context) {
        if self.orgs.current.is_some() {
            self.show_current(ctx, true);
        } else {
            self.screen = self.welcome();
        }
    }

    /// The outcome of saving a file: the confirmation, the app's own dialog when the system has
    /// none or the file exists, or what went wrong.
    fn saved(&mut self, what: SaveWhat, outcome: Result<SaveOutcome, Problem>) {
        let topic = match what {
            SaveWhat::Logo => Topic::Logo,
            SaveWhat::Export(_) | SaveWhat::Overview => Topic::Export,
        };
        let view = match &mut self.screen {
            Screen::Organization(view) => Some(view),
            _ => None,
        };
        match outcome {
            Ok(SaveOutcome::Saved(path)) => {
                self.save_prompt = None;
                let (message, slot) = match what {
                    SaveWhat::Logo => (
                        t::ui_logo_saved(path.display().to_string()),
                        view.map(|view| &mut view.logo.saved_to),
                    ),
                    // The status names the format; the header's line says "Exported to".
                    SaveWhat::Export(format) => (
                        t::ui_export_saved(format.label(), path.display().to_string()),
                        view.map(|view| &mut view.exported_to),
                    ),
                    SaveWhat::Overview => (t::ui_overview_saved(path.display().to_string()), None),
                };
                self.status.report(topic, Status::Done(message));
                if let Some(slot) = slot {
                    *slot = Some(path);
                }
            }
            Ok(SaveOutcome::Cancelled) => {}
            Ok(SaveOutcome::NeedsPath(path)) => {
                self.save_prompt = Some(SavePrompt::ask(what, &path));
            }
            Ok(SaveOutcome::Exists(path)) => match &mut self.save_prompt {
                // Asked from the app's own dialog: it asks about replacing, the path kept.
                Some(prompt) => prompt.exists(path),
                None => self.save_prompt = Some(SavePrompt::confirm_replace(what, path)),
            },
            Err(problem) => {
                // An earlier save's confirmation must not sit beside this failure.
                if let Some(view) = view {
                    match what {
                        SaveWhat::Logo => view.logo.saved_to = None,
                        SaveWhat::Export(_) => view.exported_to = None,
                        SaveWhat::Overview => {}
                    }
                }
                match &mut self.save_prompt {
                    // The dialog stays open with the path as typed, so it can be corrected.
                    Some(prompt) => prompt.failed(problem),
                    None => self.status.problem_about(topic, problem),
                }
            }
        }
    }

    fn welcome(&self) -> Screen {
        Screen::Welcome(WelcomeView {
            region_choice: !self.accounts_url_configured,
        })
    }

    /// Which screen the status area's messages belong to.
    fn screen_key(&self) -> ScreenKey {
        match &self.screen {
            Screen::Welcome(_) => ScreenKey::Welcome,
            Screen::ConfigureClient(_) => ScreenKey::ClientForm,
            Screen::SigningIn(_) => ScreenKey::SigningIn,
            Screen::Starting
            | Screen::Loading
            | Screen::Organization(_)
            | Screen::Failed(_)
            | Screen::Overview
            | Screen::Compare => ScreenKey::Org(self.orgs.current.clone()),
        }
    }

    /// The client form, telling where the secret will be kept.
    fn client_form(&self) -> Screen {
        Screen::ConfigureClient(ClientForm::new(self.credentials_location.clone()))
    }

    /// The region's sign-in address, or the problem if it does not read.
    fn region_url(&mut self) -> Option<Url> {
        match Url::parse(self.settings.region.accounts_url()) {
            Ok(url) => Some(url),
            Err(error) => {
                self.status.problem(
                    Problem::new(t::ui_bad_sign_in_address(), t::ui_reinstall())
                        .with_detail(error.to_string()),
                );
                None
            }
        }
    }

    fn start_sign_in(&mut self) {
        if let Some(accounts_url) = self.region_url() {
            self.worker.send(Request::SignIn { accounts_url });
            self.screen = Screen::SigningIn(SigningInView::preparing());
        }
    }

    /// The worker's news about a logo change goes to that org's logo panel (if it is on
    /// screen); Zoho's consent page for the one-time grant opens in the browser.
    fn on_logo_change(&mut self, ctx: &egui::Context, update: crate::worker::LogoChangeUpdate) {
        let org = match &update {
            crate::worker::LogoChangeUpdate::Prepared { org, .. }
            | crate::worker::LogoChangeUpdate::Backups { org, .. }
            | crate::worker::LogoChangeUpdate::GrantWaiting { org, .. }
            | crate::worker::LogoChangeUpdate::Done { org, .. } => org.clone(),
        };
        if let crate::worker::LogoChangeUpdate::GrantWaiting { url, .. } = &update {
            open_in_browser(ctx, url);
        }
        if let Screen::Organization(view) = &mut self.screen
            && view.id == org
        {
            view.logo.change.others = self
                .orgs
                .orgs
                .iter()
                .filter(|other| other.id != org)
                .map(|other| (other.id.clone(), other.name().to_owned()))
                .collect();
            view.logo.change.apply(ctx, update);
        }
    }

    fn on_logo_action(&mut self, action: LogoAction) {
        let Some(org) = self.orgs.current.clone() else {
            return;
        };
        match action {
            LogoAction::CopyImage => {
                self.status.set(Status::Working(t::ui_copying_logo()));
                self.worker.send(Request::CopyLogo(org));
            }
            LogoAction::Save => self.worker.send(Request::SaveLogo {
                org,
                to: SaveTarget::Ask,
            }),
            LogoAction::OpenFolder(path) => self.worker.send(Request::OpenFolder(path)),
            LogoAction::Change(intent) => self.worker.send(intent.into_request(org)),
        }
    }

    /// Asks before signing out: it revokes the sign-in at Zoho at once, and signing in again
    /// takes a trip through the browser.
    fn ask_sign_out(&mut self) {
        self.confirm_sign_out = self.orgs.current.clone();
    }

    fn sign_out(&mut self, org: OrgId) {
        self.status
            .report(Topic::SignOut, Status::Working(t::ui_signing_out()));
        self.worker.send(Request::SignOut(org));
    }

    fn confirm_sign_out_ui(&mut self, ctx: &egui::Context) {
        let Some(org) = self.confirm_sign_out.clone() else {
            return;
        };
        let name = self
            .orgs
            .orgs
            .iter()
            .find(|signed_in| signed_in.id == org)
            .map_or_else(
                || t::ui_this_organization().text(),
                |signed_in| signed_in.company_name.clone(),
            );
        let answer = widgets::confirm_ui(
            ctx,
            "confirm-sign-out",
            &t::ui_sign_out_title(name).text(),
            &t::ui_sign_out_body().text(),
            &t::ui_sign_out_confirm().text(),
        );
        if let Some(sign_out) = answer {
            self.confirm_sign_out = None;
            if sign_out {
                self.sign_out(org);
            }
        }
    }

    /// Keyboard focus moved: the newly focused control is scrolled into view (egui does not do
    /// this by itself, so Tab could land on a button below the window's edge).
    fn follow_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(egui::Memory::focused);
        if focused == self.last_focus {
            return;
        }
        match focused.map(|id| ctx.read_response(id)) {
            Some(Some(response)) => {
                // Only the screen's own controls: a dialog's do not move the screen behind it.
                if response.layer_id.order == egui::Order::Background {
                    response.scroll_to_me(None);
                }
                self.last_focus = focused;
            }
            // Not laid out yet: try again next frame.
            Some(None) => {}
            None => self.last_focus = None,
        }
    }

    fn refresh(&mut self) {
        if let Some(org) = self.orgs.current.clone() {
            self.worker.send(Request::Refresh(org));
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let Screen::Organization(view) = &self.screen else {
            return;
        };
        let can_save = view.logo.has_file() && !view.logo.busy;
        let (refresh, save) = ctx.input_mut(|input| {
            let refresh = input.consume_key(Modifiers::NONE, Key::F5)
                || input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::R));
            let save = input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S));
            (refresh, save)
        });
        if refresh {
            self.refresh();
        }
        if save && can_save {
            self.on_logo_action(LogoAction::Save);
        }
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.add(
                egui::Image::new(egui::include_image!(
                    "../../assets/icon/zoho-org-viewer-32.png"
                ))
                .fit_to_exact_size(egui::vec2(20.0, 20.0))
                .alt_text(t::ui_app_icon().text()),
            );
            ui.label(RichText::new(APP_NAME).font(style::heading(14.0)).strong());
            if self.account.demo {
                widgets::badge_ui(ui, &t::ui_demo_badge().text(), style::warning(ui));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.menu_button(t::ui_menu(), |ui| {
                    ui.label(RichText::new(t::ui_appearance().text()).small().weak());
                    let before = self.settings.theme;
                    ui.radio_value(
                        &mut self.settings.theme,
                        ThemePreference::System,
                        t::ui_theme_system(),
                    );
                    ui.radio_value(
                        &mut self.settings.theme,
                        ThemePreference::Light,
                        t::ui_theme_light(),
                    );
                    ui.radio_value(
                        &mut self.settings.theme,
                        ThemePreference::Dark,
                        t::ui_theme_dark(),
                    );
                    if self.settings.theme != before {
                        ui.ctx().set_theme(self.settings.theme);
                    }
                    self.language_menu_ui(ui);
                    ui.separator();
                    self.organizations_menu_ui(ui);
                    if ui.button(t::ui_about()).clicked() {
                        self.about_open = true;
                        ui.close();
                    }
                });
                self.header_switcher_ui(ui);
            });
        });
    }

    /// Words this thread's messages in the app's language, and picks the system fonts for it
    /// when it changed.
    fn speak(&mut self, ctx: &egui::Context) {
        let lang = self.language();
        i18n::set_current(lang);
        if self.fonts_for != lang {
            self.fonts_for = lang;
            super::fonts::use_system_fonts_for(ctx, lang);
        }
        if self.worker_speaks != Some(lang) {
            self.worker_speaks = Some(lang);
            self.worker.send(Request::Speak(lang));
        }
    }

    /// The language choice: the system's, or one of the ten, each named in itself.
    fn language_menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(t::menu_language(), |ui| {
            let system = t::language_follow_system(self.system_language.native_name());
            ui.radio_value(&mut self.settings.language, None, system);
            for lang in Lang::OFFERED {
                ui.radio_value(&mut self.settings.language, Some(lang), lang.native_name());
            }
        });
        // Words change from the next line drawn on; the rest of this frame may still be in
        // the old language, so one more frame follows at once.
        if i18n::current() != self.language() {
            self.speak(ui.ctx());
            ui.ctx().request_repaint();
        }
    }

    /// The signed-in orgs to switch between, and *Add an organization…*, which signs in again
    /// so that Zoho's consent page can pick another org.
    fn organizations_menu_ui(&mut self, ui: &mut egui::Ui) {
        if self.orgs.orgs.is_empty() {
            return;
        }
        ui.label(RichText::new(t::ui_organizations().text()).small().weak());
        let mut chosen = None;
        for org in &self.orgs.orgs {
            let current = self.orgs.current.as_ref() == Some(&org.id);
            let label = match org.environment.as_deref() {
                Some(environment) if !environment.is_empty() => {
                    format!("{} ({environment})", org.name())
                }
                _ => org.name().to_owned(),
            };
            if ui.radio(current, label).clicked() && !current {
                chosen = Some(org.id.clone());
            }
        }
        if ui.button(t::ui_add_organization()).clicked() {
            ui.close();
            self.switcher.asking_to_add = true;
        }
        if self.orgs.current.is_some() && ui.button(t::ui_sign_out_this()).clicked() {
            ui.close();
            self.ask_sign_out();
        }
        if ui.button(t::ui_sign_out_all()).clicked() {
            ui.close();
            self.switcher.asking_to_sign_out_all = true;
        }
        ui.separator();
        if let Some(id) = chosen {
            ui.close();
            self.switch_to(ui.ctx(), id);
        }
    }

    /// Shows `org` at once from what the worker last sent, and asks the worker to make it
    /// current (it refreshes the org when its data is a few minutes old).
    fn switch_to(&mut self, ctx: &egui::Context, org: OrgId) {
        self.orgs.current = Some(org.clone());
        self.show_current(ctx, true);
        self.worker.send(Request::Switch(org));
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        if !self.about_open {
            return;
        }
        let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
            ui.set_width(380.0);
            // Longer languages make the box taller than a 480 px window: it scrolls then.
            let room = ui.ctx().content_rect().height() - 80.0;
            egui::ScrollArea::vertical()
                .id_salt("about-scroll")
                .max_height(room.max(120.0))
                .show(ui, |ui| self.about_content_ui(ui));
        });
        if modal.should_close() {
            self.about_open = false;
        }
    }

    /// What About says: the app, its version, where the sign-in is kept, the data folder.
    fn about_content_ui(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add(
                egui::Image::new(egui::include_image!(
                    "../../assets/icon/zoho-org-viewer-128.png"
                ))
                .fit_to_exact_size(egui::vec2(72.0, 72.0))
                .alt_text(t::ui_app_icon_large().text()),
            );
            ui.label(RichText::new(APP_NAME).font(style::heading(18.0)).strong());
            ui.label(t::ui_version(env!("CARGO_PKG_VERSION")));
            ui.add_space(6.0);
            ui.label(t::ui_about_text());
            ui.add_space(6.0);
            if let Some(guide) = &self.user_guide {
                ui.hyperlink_to(t::ui_help_link(), guide);
                ui.add_space(6.0);
            }
            ui.label(t::ui_sign_in_kept_in(self.credentials_location.clone()));
            if let Some(folder) = self.data_folder.clone()
                && ui
                    .button(t::ui_open_data_folder())
                    .on_hover_text(folder.display().to_string())
                    .clicked()
            {
                self.worker.send(Request::OpenFolder(folder));
            }
            ui.add_space(6.0);
            ui.label(RichText::new(t::ui_not_by_zoho().text()).small().weak());
            ui.add_space(10.0);
            if ui.button(t::ui_close()).clicked() {
                self.about_open = false;
            }
        });
    }
}

impl eframe::App for OrgViewerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.speak(ctx);
        while let Some(response) = self.worker.try_recv() {
            self.on_response(ctx, response);
        }
        self.shortcuts(ctx);
        self.switch_shortcuts(ctx);
        if let Screen::Organization(view) = &self.screen {
            if !self.announced.0 {
                self.announced.0 = true;
                tracing::info!("the organization is on screen");
            }
            if !self.announced.1 && view.logo.texture().is_some() {
                self.announced.1 = true;
                tracing::info!("the logo is on screen");
            }
        }
        let title = if self.account.demo {
            format!("{APP_NAME} (demo)")
        } else {
            APP_NAME.to_owned()
        };
        if title != self.window_title {
            self.window_title.clone_from(&title);
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        i18n::set_current(self.language());
        let ctx = ui.ctx().clone();
        self.status.on_screen(self.screen_key());
        egui::Panel::top("top-bar")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(14, 8)),
            )
            .show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::bottom("status")
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(14, 8)),
            )
            .show(ui, |ui| self.status.ui(ui));
        self.switcher_ui(ui);
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::same(16)))
            .show(ui, |ui| {
                if matches!(self.screen, Screen::Organization(_)) {
                    // The org screen scrolls its own columns.
                    self.screen_ui(ui);
                } else {
                    // Every other screen scrolls when the window is too small for it.
                    egui::ScrollArea::vertical()
                        .id_salt("screen")
                        .auto_shrink([false, false])
                        .show(ui, |ui| {
                            // Inside the scroll area: it only follows targets set within it.
                            self.follow_focus(ui.ctx());
                            self.screen_ui(ui);
                        });
                }
            });
        if let Some(prompt) = &mut self.save_prompt
            && let Some(action) = prompt.ui(&ctx)
        {
            match action {
                SavePromptAction::Save { path, replace } if prompt.what() == SaveWhat::Overview => {
                    prompt.saving();
                    self.worker.send(Request::ExportOverview {
                        to: SaveTarget::Path { path, replace },
                        lang: i18n::current(),
                    });
                }
                SavePromptAction::Save { path, replace } => {
                    if let Some(org) = self.orgs.current.clone() {
                        // The dialog stays until the worker answers: a failure is shown in it.
                        prompt.saving();
                        let to = SaveTarget::Path { path, replace };
                        self.worker.send(match prompt.what() {
                            SaveWhat::Logo => Request::SaveLogo { org, to },
                            SaveWhat::Export(format) => Request::Export {
                                org,
                                format,
                                to,
                                lang: i18n::current(),
                            },
                            SaveWhat::Overview => Request::ExportOverview {
                                to,
                                lang: i18n::current(),
                            },
                        });
                    } else {
                        self.save_prompt = None;
                    }
                }
                SavePromptAction::Cancel => self.save_prompt = None,
            }
        }
        self.about_ui(&ctx);
        self.confirm_sign_out_ui(&ctx);
        self.switcher_prompts_ui(&ctx);
        style::focus_ring_ui(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if !self.reopen_overview {
            match self.screen {
                Screen::Overview => self.settings.place = StartPlace::Overview,
                Screen::Organization(_) | Screen::Compare | Screen::Failed(_) => {
                    self.settings.place = StartPlace::Org;
                }
                // Not yet anywhere, or signed out: the next start keeps the last place.
                _ => {}
            }
        }
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl OrgViewerApp {
    fn screen_ui(&mut self, ui: &mut egui::Ui) {
        match &mut self.screen {
            Screen::Starting => waiting_ui(ui, &t::ui_starting().text()),
            Screen::Loading => waiting_ui(ui, &t::ui_loading_org().text()),
            Screen::Welcome(view) => match view.ui(
                ui,
                &mut self.settings.region,
                self.account.demo,
                self.account.client.is_some(),
            ) {
                Some(WelcomeAction::SignIn) => {
                    if self.account.client.is_some() {
                        self.start_sign_in();
                    } else {
                        self.screen = self.client_form();
                    }
                }
                Some(WelcomeAction::TryDemo) => self.worker.send(Request::StartDemo),
                Some(WelcomeAction::LeaveDemo) => self.worker.send(Request::LeaveDemo),
                Some(WelcomeAction::EditClient) => self.screen = self.client_form(),
                None => {}
            },
            Screen::ConfigureClient(form) => match form.ui(ui) {
                Some(ClientFormAction::Save {
                    client_id,
                    client_secret,
                }) => {
                    if let Some(accounts_url) = self.region_url() {
                        self.worker.send(Request::SaveClientAndSignIn {
                            client_id,
                            client_secret,
                            accounts_url,
                        });
                        self.screen = Screen::SigningIn(SigningInView::preparing());
                    }
                }
                Some(ClientFormAction::Back) => self.screen = self.welcome(),
                Some(ClientFormAction::TryDemo) => self.worker.send(Request::StartDemo),
                None => {}
            },
            Screen::SigningIn(view) => match view.ui(ui) {
                Some(SigningInAction::OpenAgain) => {
                    if let Some(url) = view.url().cloned() {
                        open_in_browser(ui.ctx(), &url);
                    }
                }
                Some(SigningInAction::Cancel) => self.worker.send(Request::CancelSignIn),
                None => {}
            },
            // Each org's widgets have their own IDs, so each keeps its own scroll position.
            Screen::Organization(view) => match ui.push_id(view.id.clone(), |ui| view.ui(ui)).inner
            {
                Some(OrgAction::Refresh) => self.refresh(),
                Some(OrgAction::SignOut) => self.ask_sign_out(),
                Some(OrgAction::Logo(action)) => self.on_logo_action(action),
                Some(OrgAction::Export(format)) => {
                    if let Some(org) = self.orgs.current.clone() {
                        self.worker.send(Request::Export {
                            org,
                            format,
                            to: SaveTarget::Ask,
                            lang: i18n::current(),
                        });
                    }
                }
                Some(OrgAction::OpenFolder(path)) => self.worker.send(Request::OpenFolder(path)),
                None => {}
            },
            Screen::Overview => {
                match self.overview.ui(
                    ui,
                    &self.orgs,
                    &self.snapshots,
                    &mut self.switcher.thumbnails,
                ) {
                    Some(OverviewAction::Open(org)) => self.switch_to(ui.ctx(), org),
                    Some(OverviewAction::RefreshAll) => self.worker.send(Request::RefreshAll),
                    Some(OverviewAction::Export) => {
                        self.worker.send(Request::ExportOverview {
                            to: SaveTarget::Ask,
                            lang: i18n::current(),
                        });
                    }
                    None => {}
                }
            }
            Screen::Compare => self.compare.ui(ui, &self.orgs, &self.snapshots),
            Screen::Failed(view) => match view.ui(ui) {
                Some(ProblemAction::Retry) => {
                    self.screen = Screen::Loading;
                    self.refresh();
                }
                Some(ProblemAction::SignOut) => self.ask_sign_out(),
                None => {}
            },
        }
    }
}

/// Opens `url` in the system browser (egui hands it to the platform; the URL is also on screen).
fn open_in_browser(ctx: &egui::Context, url: &Url) {
    ctx.open_url(OpenUrl::new_tab(url.as_str()));
}

/// The switcher, the overview and compare (issue #13).
impl OrgViewerApp {
    /// Pins every org's fetch time and "now" for the overview (tests and snapshots draw the
    /// same picture on any day), with dates written as the window's language writes them.
    pub fn pin_clock(&mut self, at: std::time::SystemTime) {
        let format = crate::zoho::display::ValueFormat::fixed_in(self.language());
        for snapshot in self.snapshots.values_mut() {
            if let Some(data) = &snapshot.data {
                snapshot.data = Some(std::sync::Arc::new(crate::worker::OrgData::new(
                    data.org.clone(),
                    at,
                    &format,
                )));
            }
        }
        self.overview.pin_clock(at);
        if let Screen::Organization(view) = &mut self.screen {
            view.pin_clock(at);
            if let Some(snapshot) = self.snapshots.get(&view.id)
                && let Some(data) = &snapshot.data
            {
                view.update((**data).clone(), view.freshness);
            }
        }
    }

    /// How many orgs' small logos are uploaded as textures (the benchmark's frame lines).
    pub fn thumbnails_shown(&self) -> usize {
        self.switcher.thumbnails.len()
    }

    /// Shows the overview of every org, as its place in the switcher does (benchmarks).
    pub fn open_overview(&mut self) {
        self.show_place(Screen::Overview);
    }

    /// Where the main area is, for the switcher to highlight.
    fn place(&self) -> Option<Place> {
        match self.screen {
            Screen::Organization(_) | Screen::Loading | Screen::Failed(_) | Screen::Starting => {
                Some(Place::Org)
            }
            Screen::Overview => Some(Place::Overview),
            Screen::Compare => Some(Place::Compare),
            Screen::Welcome(_) | Screen::ConfigureClient(_) | Screen::SigningIn(_) => None,
        }
    }

    /// The switcher on the left while orgs are signed in and one of their screens is shown.
    fn switcher_ui(&mut self, ui: &mut egui::Ui) {
        let Some(place) = self.place() else {
            return;
        };
        if self.orgs.orgs.is_empty() || !switcher::fits_beside(ui.ctx().content_rect().width()) {
            return;
        }
        let action = self.switcher.ui(ui, &self.orgs, &self.snapshots, place);
        self.on_switcher_action(ui.ctx(), action);
    }

    /// The switcher in the top bar, where the window is too narrow for it on the side.
    fn header_switcher_ui(&mut self, ui: &mut egui::Ui) {
        let Some(place) = self.place() else {
            return;
        };
        if self.orgs.orgs.is_empty() || switcher::fits_beside(ui.ctx().content_rect().width()) {
            return;
        }
        let action = self
            .switcher
            .header_ui(ui, &self.orgs, &self.snapshots, place);
        self.on_switcher_action(ui.ctx(), action);
    }

    fn on_switcher_action(&mut self, ctx: &egui::Context, action: Option<SwitcherAction>) {
        match action {
            Some(SwitcherAction::Switch(org)) => self.switch_to(ctx, org),
            Some(SwitcherAction::Overview) => self.show_place(Screen::Overview),
            Some(SwitcherAction::Compare) => self.show_place(Screen::Compare),
            Some(SwitcherAction::AddOrg) => self.switcher.asking_to_add = true,
            Some(SwitcherAction::SignOut(org)) => self.confirm_sign_out = Some(org),
            None => {}
        }
    }

    /// Shows the overview or compare, keeping the org screen it replaces for the way back.
    fn show_place(&mut self, screen: Screen) {
        if let Screen::Organization(view) = std::mem::replace(&mut self.screen, screen) {
            self.switcher.park(view);
        }
    }

    /// Ctrl+1…Ctrl+9 and Ctrl+Tab switch orgs wherever their screens are shown.
    fn switch_shortcuts(&mut self, ctx: &egui::Context) {
        if self.place().is_none() || self.save_prompt.is_some() {
            return;
        }
        if let Some(org) = switcher::shortcut_target(ctx, &self.orgs) {
            let on_screen = matches!(&self.screen, Screen::Organization(view) if view.id == org);
            if !on_screen {
                self.switch_to(ctx, org);
            }
        }
    }

    /// The sentence before *Add an organization…* opens the browser, and the confirmation of
    /// *Sign out of all…*.
    fn switcher_prompts_ui(&mut self, ctx: &egui::Context) {
        if self.switcher.asking_to_add
            && let Some(go) = switcher::add_org_prompt_ui(ctx)
        {
            self.switcher.asking_to_add = false;
            if go {
                self.start_sign_in();
            }
        }
        if self.switcher.asking_to_sign_out_all
            && let Some(sign_out) = switcher::sign_out_all_prompt_ui(ctx, self.orgs.orgs.len())
        {
            self.switcher.asking_to_sign_out_all = false;
            if sign_out {
                self.status
                    .report(Topic::SignOut, Status::Working(t::ui_signing_out()));
                self.worker.send(Request::SignOutAll);
            }
        }
    }
}
