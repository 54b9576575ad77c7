//! The app: persisted settings, the screen state machine, and the loop between views and the
//! worker. Views return actions; the app turns them into [`Request`]s; the worker's
//! [`Response`]s are drained in [`eframe::App::logic`] before each frame is drawn.

use egui::{Key, KeyboardShortcut, Modifiers, OpenUrl, RichText, TextureOptions, ThemePreference};
use serde::{Deserialize, Serialize};
use url::Url;

use super::client_form::{ClientForm, ClientFormAction};
use super::logo_panel::{LogoAction, LogoPanel, LogoState};
use super::org_view::{Freshness, OrgAction, OrgView};
use super::save_prompt::{SavePrompt, SavePromptAction};
use super::screen::{ProblemAction, ProblemScreen, Screen, waiting_ui};
use super::signing_in::{SigningInAction, SigningInView};
use super::status::{Status, StatusBar};
use super::style;
use super::welcome::{Region, WelcomeAction, WelcomeView};
use crate::problem::Problem;
use crate::worker::{LogoUpdate, Request, Response, WorkerConfig, WorkerHandle};

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
}

/// The app.
pub struct OrgViewerApp {
    settings: Settings,
    screen: Screen,
    status: StatusBar,
    worker: WorkerHandle,
    /// Whether an OAuth client is configured.
    client_ready: bool,
    /// Whether sign-in starts at a configured address (then the region choice is hidden).
    accounts_url_configured: bool,
    /// Whether the simulated Zoho is in use.
    demo: bool,
    /// A logo that arrived before the organization screen exists.
    pending_logo: Option<LogoState>,
    save_prompt: Option<SavePrompt>,
    about_open: bool,
    /// The window title last sent: egui repaints after every viewport command, so sending it
    /// every frame would repaint forever (issue #6 measured 47 frames a second when idle).
    window_title: String,
}

impl OrgViewerApp {
    /// Creates the app and starts its worker.
    pub fn new(cc: &eframe::CreationContext<'_>, config: WorkerConfig) -> std::io::Result<Self> {
        let demo = config.start_in_demo;
        Ok(Self::with_worker(cc, WorkerHandle::start(config)?, demo))
    }

    /// Creates the app around a worker started before the window (see [`WorkerHandle::start`]).
    pub fn with_worker(cc: &eframe::CreationContext<'_>, worker: WorkerHandle, demo: bool) -> Self {
        worker.attach(cc.egui_ctx.clone());
        egui_extras::install_image_loaders(&cc.egui_ctx);
        style::apply(&cc.egui_ctx);
        let settings: Settings = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
            .unwrap_or_default();
        cc.egui_ctx.set_theme(settings.theme);
        Self {
            settings,
            screen: Screen::Starting,
            status: StatusBar::default(),
            worker,
            client_ready: false,
            accounts_url_configured: false,
            demo,
            pending_logo: None,
            save_prompt: None,
            about_open: false,
            window_title: APP_NAME.to_owned(),
        }
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

    /// Whether the demo is running (for tests).
    pub fn is_demo(&self) -> bool {
        self.demo
    }

    fn on_response(&mut self, ctx: &egui::Context, response: Response) {
        match response {
            Response::Ready(startup) => {
                self.client_ready = startup.client.is_some();
                self.accounts_url_configured = startup.accounts_url_configured;
                if let Some(notice) = startup.notice {
                    self.status.set(Status::Notice(notice));
                }
                if let Some(problem) = startup.problem {
                    self.status.problem(problem);
                }
                self.screen = match (startup.signed_in, startup.cached) {
                    (true, Some(data)) => {
                        let mut logo = LogoPanel::default();
                        if let Some(update) = startup.cached_logo {
                            logo.state = logo_state(ctx, update);
                        }
                        Screen::Organization(Box::new(OrgView::new(*data, Freshness::Cached, logo)))
                    }
                    (true, None) => Screen::Loading,
                    (false, _) => self.welcome(),
                };
            }
            Response::ClientSaved => {
                self.client_ready = true;
                self.start_sign_in();
            }
            Response::SignInWaiting { url, timeout } => {
                if let Screen::SigningIn(view) = &mut self.screen {
                    view.waiting(url.clone(), timeout);
                }
                open_in_browser(ctx, &url);
            }
            Response::SignedIn => {
                self.status.set(Status::Done("Signed in".to_owned()));
                self.screen = Screen::Loading;
            }
            Response::SignInFailed(problem) => {
                self.screen = self.welcome();
                self.status.problem(problem);
            }
            Response::SignInCancelled => {
                self.screen = self.welcome();
                self.status.set(Status::Quiet);
            }
            Response::Refreshing => {
                // A new attempt: what went wrong with the last one no longer applies.
                self.pending_logo = None;
                self.status.refresh_started();
                if let Screen::Organization(view) = &mut self.screen {
                    view.refreshing = true;
                }
            }
            Response::Org(data) => {
                tracing::info!("the organization is on screen");
                if let Screen::Organization(view) = &mut self.screen {
                    view.update(*data, Freshness::Live);
                    view.refreshing = false;
                } else {
                    let mut logo = LogoPanel::default();
                    if let Some(state) = self.pending_logo.take() {
                        logo.state = state;
                    }
                    self.screen =
                        Screen::Organization(Box::new(OrgView::new(*data, Freshness::Live, logo)));
                }
            }
            Response::Logo(LogoUpdate::Failed(problem)) => {
                // The status area explains it, unless it already shows why the refresh failed.
                if !matches!(self.status.status(), Status::Problem(_)) {
                    self.status.refresh_problem(problem.clone());
                }
                match &mut self.screen {
                    // The logo already on screen stays: an older logo beats none.
                    Screen::Organization(view) if view.logo.has_file() => {}
                    Screen::Organization(view) => view.logo.state = LogoState::Failed(problem),
                    _ => self.pending_logo = Some(LogoState::Failed(problem)),
                }
            }
            Response::Logo(update) => {
                let state = logo_state(ctx, update);
                if matches!(state, LogoState::Shown { .. }) {
                    tracing::info!("the logo is on screen");
                }
                match &mut self.screen {
                    Screen::Organization(view) => view.logo.state = state,
                    _ => self.pending_logo = Some(state),
                }
            }
            Response::RefreshFailed { problem, offline } => {
                match &mut self.screen {
                    Screen::Organization(view) => {
                        view.refreshing = false;
                        view.freshness = if offline {
                            Freshness::Offline
                        } else {
                            Freshness::Stale
                        };
                    }
                    _ => self.screen = Screen::Failed(ProblemScreen),
                }
                self.status.refresh_problem(problem);
            }
            Response::SignInExpired(problem) => {
                self.pending_logo = None;
                self.screen = self.welcome();
                self.status.problem(problem);
            }
            Response::LogoCopied => {
                self.set_logo_busy(false);
                self.status
                    .set(Status::Done("Logo copied to the clipboard".to_owned()));
            }
            Response::LogoSaved(path) => {
                self.set_logo_busy(false);
                self.status
                    .set(Status::Done(format!("Logo saved to {}", path.display())));
                if let Screen::Organization(view) = &mut self.screen {
                    view.logo.saved_to = Some(path);
                }
            }
            Response::AskSavePath(path) => {
                self.set_logo_busy(false);
                self.save_prompt = Some(SavePrompt::ask(path));
            }
            Response::AskReplace(path) => {
                self.set_logo_busy(false);
                self.save_prompt = Some(SavePrompt::confirm_replace(path));
            }
            Response::SaveCancelled => self.set_logo_busy(false),
            Response::SignedOut { problem } => {
                self.demo = false;
                self.pending_logo = None;
                self.screen = self.welcome();
                match problem {
                    Some(problem) => self.status.problem(problem),
                    None => self.status.set(Status::Done("Signed out".to_owned())),
                }
            }
            Response::DemoStarted => {
                self.demo = true;
                self.screen = Screen::SigningIn(SigningInView::preparing());
                self.status.set(Status::Notice(
                    "Demo: you are signing in to a simulated Zoho on this computer.".to_owned(),
                ));
            }
            Response::Problem(problem) => {
                self.set_logo_busy(false);
                self.status.problem(problem);
            }
        }
    }

    fn welcome(&self) -> Screen {
        Screen::Welcome(WelcomeView {
            region_choice: !self.accounts_url_configured,
        })
    }

    fn set_logo_busy(&mut self, busy: bool) {
        if let Screen::Organization(view) = &mut self.screen {
            view.logo.busy = busy;
        }
    }

    fn start_sign_in(&mut self) {
        match Url::parse(self.settings.region.accounts_url()) {
            Ok(accounts_url) => {
                self.worker.send(Request::SignIn { accounts_url });
                self.screen = Screen::SigningIn(SigningInView::preparing());
            }
            Err(error) => self.status.problem(
                Problem::new("The sign-in address does not read.", "Reinstall the app.")
                    .with_detail(error.to_string()),
            ),
        }
    }

    fn on_logo_action(&mut self, action: LogoAction) {
        match action {
            LogoAction::CopyImage => {
                self.set_logo_busy(true);
                self.status
                    .set(Status::Working("Copying the logo…".to_owned()));
                self.worker.send(Request::CopyLogo);
            }
            LogoAction::Save => {
                self.set_logo_busy(true);
                self.worker.send(Request::SaveLogo);
            }
            LogoAction::OpenFolder(path) => self.worker.send(Request::OpenFolder(path)),
        }
    }

    fn sign_out(&mut self) {
        self.status.set(Status::Working("Signing out…".to_owned()));
        self.worker.send(Request::SignOut);
    }

    fn refresh(&mut self) {
        if let Screen::Organization(view) = &mut self.screen {
            if view.refreshing {
                return;
            }
            view.refreshing = true;
        }
        self.worker.send(Request::Refresh);
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
                .alt_text("App icon"),
            );
            ui.label(RichText::new(APP_NAME).font(style::heading(14.0)).strong());
            if self.demo {
                super::widgets::badge_ui(ui, "Demo", style::warning(ui));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.menu_button("☰ Menu", |ui| {
                    ui.label(RichText::new("Appearance").small().weak());
                    let before = self.settings.theme;
                    ui.radio_value(
                        &mut self.settings.theme,
                        ThemePreference::System,
                        "Follow the system",
                    );
                    ui.radio_value(&mut self.settings.theme, ThemePreference::Light, "Light");
                    ui.radio_value(&mut self.settings.theme, ThemePreference::Dark, "Dark");
                    if self.settings.theme != before {
                        ui.ctx().set_theme(self.settings.theme);
                    }
                    ui.separator();
                    if ui.button("About Org Viewer…").clicked() {
                        self.about_open = true;
                        ui.close();
                    }
                });
            });
        });
    }

    fn about_ui(&mut self, ctx: &egui::Context) {
        if !self.about_open {
            return;
        }
        let modal = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
            ui.set_width(380.0);
            ui.vertical_centered(|ui| {
                ui.add(
                    egui::Image::new(egui::include_image!("../../assets/icon/zoho-org-viewer-128.png"))
                        .fit_to_exact_size(egui::vec2(72.0, 72.0))
                        .alt_text("Org Viewer icon"),
                );
                ui.label(RichText::new(APP_NAME).font(style::heading(18.0)).strong());
                ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
                ui.add_space(6.0);
                ui.label("Shows your Zoho CRM organization's details and logo. It only reads; it never changes anything in Zoho.");
                ui.add_space(6.0);
                ui.label(RichText::new("Not made by Zoho. Zoho and Zoho CRM are trademarks of Zoho Corporation.").small().weak());
                ui.add_space(10.0);
                if ui.button("Close").clicked() {
                    self.about_open = false;
                }
            });
        });
        if modal.should_close() {
            self.about_open = false;
        }
    }
}

impl eframe::App for OrgViewerApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        while let Some(response) = self.worker.try_recv() {
            self.on_response(ctx, response);
        }
        self.shortcuts(ctx);
        let title = if self.demo {
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
        let ctx = ui.ctx().clone();
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
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(egui::Margin::same(16)))
            .show(ui, |ui| self.screen_ui(ui));
        if let Some(prompt) = &mut self.save_prompt
            && let Some(action) = prompt.ui(&ctx)
        {
            self.save_prompt = None;
            if let SavePromptAction::Save { path, replace } = action {
                self.set_logo_busy(true);
                self.worker.send(Request::SaveLogoTo { path, replace });
            }
        }
        self.about_ui(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

impl OrgViewerApp {
    fn screen_ui(&mut self, ui: &mut egui::Ui) {
        match &mut self.screen {
            Screen::Starting => waiting_ui(ui, "Starting…"),
            Screen::Loading => waiting_ui(ui, "Loading your organization…"),
            Screen::Welcome(view) => match view.ui(ui, &mut self.settings.region) {
                Some(WelcomeAction::SignIn) => {
                    if self.client_ready {
                        self.start_sign_in();
                    } else {
                        self.screen = Screen::ConfigureClient(ClientForm::new(false));
                    }
                }
                Some(WelcomeAction::TryDemo) => self.worker.send(Request::StartDemo),
                Some(WelcomeAction::EditClient) => {
                    self.screen = Screen::ConfigureClient(ClientForm::new(self.client_ready))
                }
                None => {}
            },
            Screen::ConfigureClient(form) => match form.ui(ui) {
                Some(ClientFormAction::Save {
                    client_id,
                    client_secret,
                }) => {
                    self.worker.send(Request::SaveClient {
                        client_id,
                        client_secret,
                    });
                    self.screen = Screen::SigningIn(SigningInView::preparing());
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
            Screen::Organization(view) => match view.ui(ui) {
                Some(OrgAction::Refresh) => self.refresh(),
                Some(OrgAction::SignOut) => self.sign_out(),
                Some(OrgAction::Logo(action)) => self.on_logo_action(action),
                None => {}
            },
            Screen::Failed(view) => match view.ui(ui) {
                Some(ProblemAction::Retry) => {
                    self.screen = Screen::Loading;
                    self.worker.send(Request::Refresh);
                }
                Some(ProblemAction::SignOut) => self.sign_out(),
                None => {}
            },
        }
    }
}

/// Turns a logo from the worker into what the panel draws; the only work here is the texture
/// upload (the decode and downscale happened on the worker).
fn logo_state(ctx: &egui::Context, update: LogoUpdate) -> LogoState {
    match update {
        LogoUpdate::Missing => LogoState::Missing,
        LogoUpdate::Failed(problem) => LogoState::Failed(problem),
        LogoUpdate::Shown { preview, info } => {
            let texture =
                ctx.load_texture("organization-logo", preview.image, TextureOptions::LINEAR);
            LogoState::Shown { texture, info }
        }
        LogoUpdate::NoPreview { info, reason } => LogoState::NoPreview { info, reason },
    }
}

/// Opens `url` in the system browser (egui hands it to the platform; the URL is also on screen).
fn open_in_browser(ctx: &egui::Context, url: &Url) {
    ctx.open_url(OpenUrl::new_tab(url.as_str()));
}
