//! Shared pieces of the whole-app tests: the app wired to a simulated Zoho in a temporary
//! folder, a desktop that records what the app asked of it, a scripted browser, and a loop that
//! keeps frames coming until something is on screen.

#![expect(
    dead_code,
    clippy::unwrap_used,
    reason = "test helpers: not every test uses each one, and a failure here is a test failure"
)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::OutputCommand;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zoho_org_viewer::i18n::Lang;
use zoho_org_viewer::problem::Problem;
use zoho_org_viewer::sim::{
    DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Endpoint, Fault, FaultRule, Sim, SimOptions,
};
use zoho_org_viewer::store::{AppPaths, CredentialStore, FileSecretStore, SignIns};
use zoho_org_viewer::zoho::oauth::Tokens;

/// The ID of the simulated Zoho's sample org, "Zylker Traders".
pub const SAMPLE_ORG_ID: &str = "4876876000000020005";
use zoho_org_viewer::ui::{LogoState, OrgViewerApp, Screen, Status};
use zoho_org_viewer::worker::{Desktop, SaveChoice, StoreSetup, WorkerConfig};

use super::browser::Browser;
/// A free loopback port for the sign-in redirect (so tests can run in parallel).
pub use super::ports::free_port;

/// How long a test waits for something to appear before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A desktop that answers the save dialog as told and records images and folders.
#[derive(Default)]
pub struct FakeDesktop {
    /// What the next save dialog returns.
    pub save_choice: Mutex<Option<SaveChoice>>,
    /// Images put on the clipboard: (width, height, RGBA bytes).
    pub images: Mutex<Vec<(usize, usize, Vec<u8>)>>,
    /// Folders opened.
    pub opened: Mutex<Vec<PathBuf>>,
    /// What each save dialog was opened with: the folder and the suggested file name.
    pub save_dialogs: Mutex<Vec<(PathBuf, String)>>,
    /// Each save dialog's title, in order.
    pub save_titles: Mutex<Vec<String>>,
    /// Whether opening a folder fails (as when no file manager is installed).
    pub folders_fail: Mutex<bool>,
    /// What the next open dialog returns (the logo change's *Change logo…*).
    pub open_choice: Mutex<Option<SaveChoice>>,
    /// The picture on the clipboard: (width, height, RGBA bytes).
    pub clipboard_image: Mutex<Option<(usize, usize, Vec<u8>)>>,
}

impl Desktop for FakeDesktop {
    fn choose_save_path(&self, title: &str, folder: &Path, suggested_name: &str) -> SaveChoice {
        self.save_titles.lock().unwrap().push(title.to_owned());
        self.save_dialogs
            .lock()
            .unwrap()
            .push((folder.to_path_buf(), suggested_name.to_owned()));
        self.save_choice
            .lock()
            .unwrap()
            .take()
            .unwrap_or(SaveChoice::Cancelled)
    }

    fn copy_image(&self, width: usize, height: usize, rgba: Vec<u8>) -> Result<(), String> {
        self.images.lock().unwrap().push((width, height, rgba));
        Ok(())
    }

    fn choose_open_path(&self, _title: &str, _folder: &Path) -> SaveChoice {
        self.open_choice
            .lock()
            .unwrap()
            .take()
            .unwrap_or(SaveChoice::Cancelled)
    }

    fn paste_image(&self) -> Result<(usize, usize, Vec<u8>), String> {
        self.clipboard_image
            .lock()
            .unwrap()
            .clone()
            .ok_or_else(|| "the clipboard holds no picture".to_owned())
    }

    fn open_folder(&self, folder: &Path) -> Result<(), String> {
        if *self.folders_fail.lock().unwrap() {
            return Err("no file manager".to_owned());
        }
        self.opened.lock().unwrap().push(folder.to_path_buf());
        Ok(())
    }
}

/// The app's world in a test: a simulated Zoho, a temporary home, a fake desktop.
pub struct World {
    pub sim: Sim,
    pub home: tempfile::TempDir,
    pub desktop: Arc<FakeDesktop>,
    pub port: u16,
    /// Everything copied as text, in order.
    pub copied: Vec<String>,
    /// Every URL the app asked the system to open, in order.
    pub opened_urls: Vec<String>,
    /// How many of `opened_urls` the scripted browser has visited.
    browsed: usize,
}

impl World {
    /// A simulated Zoho with `options` (its redirect URI is set here) and an empty home.
    pub fn new(options: SimOptions) -> Self {
        let port = free_port();
        let sim = Sim::start(options.redirect_uris([redirect_uri(port)])).unwrap();
        Self {
            sim,
            home: tempfile::tempdir().unwrap(),
            desktop: Arc::new(FakeDesktop::default()),
            port,
            copied: Vec::new(),
            opened_urls: Vec::new(),
            browsed: 0,
        }
    }

    /// The worker configuration: the sim's accounts server, the demo client from the
    /// environment, credentials in a file in the temporary home.
    pub fn config(&self) -> WorkerConfig {
        let paths = AppPaths::under(self.home.path());
        let credentials = self.credentials();
        WorkerConfig {
            paths,
            store: StoreSetup::Given(credentials),
            accounts_url: Some(self.sim.accounts_url()),
            redirect_ports: vec![self.port],
            sign_in_timeout: Duration::from_secs(60),
            env: Arc::new(|name| match name {
                "ZOHO_CLIENT_ID" => Some(DEMO_CLIENT_ID.to_owned()),
                "ZOHO_CLIENT_SECRET" => Some(DEMO_CLIENT_SECRET.to_owned()),
                _ => None,
            }),
            desktop: self.desktop.clone(),
            start_in_demo: false,
            demo: SimOptions::default().redirect_uris([redirect_uri(self.port)]),
            crm_timeouts: zoho_org_viewer::zoho::api::Timeouts::default(),
            startup_problem: None,
            user_guide: None,
        }
    }

    /// The credential store the app uses (a file in the temporary home).
    pub fn credentials(&self) -> CredentialStore {
        CredentialStore::new(Arc::new(FileSecretStore::new(
            self.home.path().join("credentials.json"),
        )))
    }

    /// The orgs signed in on the app's behalf, as the app keeps them in the temporary home.
    pub fn sign_ins(&self) -> SignIns {
        SignIns::new(self.credentials(), &AppPaths::under(self.home.path()))
    }

    /// The current org's saved sign-in, `None` when no org is signed in.
    pub fn saved_session(&self) -> Option<Tokens> {
        let sign_ins = self.sign_ins();
        let index = sign_ins.index().unwrap();
        let org = index.current()?;
        sign_ins.tokens(&org.id).unwrap()
    }

    /// Saves a sign-in of the sample org as an earlier run would have left it (tokens minted by
    /// the sim, no saved data), so the next start goes straight to fetching it.
    pub fn sign_in_beforehand(&self) {
        self.sign_in_beforehand_to(&zoho_org_viewer::sim::SimOrg::zylker_traders());
    }

    /// Saves a sign-in of `org` (one of the sim's) as an earlier run would have left it.
    pub fn sign_in_beforehand_to(&self, org: &zoho_org_viewer::sim::SimOrg) {
        let minted = self
            .sim
            .mint_tokens_for(&org.id, "ZohoCRM.org.READ")
            .unwrap();
        let tokens = Tokens {
            refresh_token: oauth2::RefreshToken::new(minted.refresh_token),
            accounts_server: self.sim.accounts_url_for(org.data_centre),
            api_domain: self.sim.api_url_for(org.data_centre),
            location: Some(org.data_centre.code().to_owned()),
            access_token: Some(
                zoho_org_viewer::zoho::oauth::CachedAccessToken::expiring_after(
                    oauth2::AccessToken::new(minted.access_token),
                    Duration::from_secs(3600),
                    std::time::SystemTime::now(),
                ),
            ),
        };
        self.sign_ins().add(org.as_signed_in(), &tokens).unwrap();
    }

    /// A file of the sample org's saved data (`organization.json`, `logo`).
    pub fn cache_file(&self, name: &str) -> PathBuf {
        self.home
            .path()
            .join("cache/orgs")
            .join(SAMPLE_ORG_ID)
            .join(name)
    }

    /// The app in a harness, with `config`.
    pub fn harness_with(&self, config: WorkerConfig) -> Harness<'static, OrgViewerApp> {
        self.harness_sized(config, egui::vec2(1100.0, 800.0))
    }

    /// The app in a harness of `size`, with `config`.
    pub fn harness_sized(
        &self,
        config: WorkerConfig,
        size: egui::Vec2,
    ) -> Harness<'static, OrgViewerApp> {
        self.harness_themed(config, size, egui::Theme::Dark)
    }

    /// The app in a harness of `size` in `theme`, with `config`.
    pub fn harness_themed(
        &self,
        config: WorkerConfig,
        size: egui::Vec2,
        theme: egui::Theme,
    ) -> Harness<'static, OrgViewerApp> {
        Harness::builder()
            .with_size(size)
            .with_theme(theme)
            .renderer(gl_renderer())
            .build_eframe(move |cc| {
                let mut app = OrgViewerApp::new(cc, config).unwrap();
                app.assume_system_language(Lang::En);
                app
            })
    }

    /// The app in a harness.
    pub fn harness(&self) -> Harness<'static, OrgViewerApp> {
        self.harness_with(self.config())
    }

    /// Steps frames until `done` holds, collecting copied text and opened URLs on the way.
    /// Panics with `what` after [`PATIENCE`].
    pub fn step_until(
        &mut self,
        harness: &mut Harness<'_, OrgViewerApp>,
        what: &str,
        done: impl Fn(&Harness<'_, OrgViewerApp>) -> bool,
    ) {
        let started = Instant::now();
        loop {
            harness.step();
            self.collect(harness);
            if done(harness) {
                // A few more frames, so what just appeared is laid out where it will stay.
                for _ in 0..3 {
                    harness.step();
                    self.collect(harness);
                }
                // Every screen a test reaches must be usable with a screen reader.
                harness.check_accessibility();
                return;
            }
            assert!(
                started.elapsed() < PATIENCE,
                "waited {PATIENCE:?} for {what}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Steps until a widget with exactly this label is on screen.
    pub fn step_until_label(&mut self, harness: &mut Harness<'_, OrgViewerApp>, label: &str) {
        self.step_until(harness, label, |harness| {
            harness.query_by_label(label).is_some()
        });
    }

    /// Steps until a widget whose label contains `text` is on screen.
    pub fn step_until_text(&mut self, harness: &mut Harness<'_, OrgViewerApp>, text: &str) {
        self.step_until(harness, text, |harness| {
            harness.query_by_label_contains(text).is_some()
        });
    }

    /// Types into the text field labelled `label` as a person would: click it, select what is
    /// there, type.
    pub fn type_into(&mut self, harness: &mut Harness<'_, OrgViewerApp>, label: &str, text: &str) {
        harness.get_by_label(label).click();
        self.step(harness);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
        self.step(harness);
        harness.get_by_label(label).type_text(text);
        // The form reacts to the text a frame later (messages appear or go), then settles.
        for _ in 0..3 {
            self.step(harness);
        }
    }

    /// One frame, collecting its output.
    pub fn step(&mut self, harness: &mut Harness<'_, OrgViewerApp>) {
        harness.step();
        self.collect(harness);
    }

    fn collect(&mut self, harness: &Harness<'_, OrgViewerApp>) {
        for command in &harness.output().platform_output.commands {
            match command {
                OutputCommand::CopyText(text) => self.copied.push(text.clone()),
                OutputCommand::OpenUrl(open) => self.opened_urls.push(open.url.clone()),
                _ => {}
            }
        }
    }

    /// Signs in from the welcome screen: clicks *Sign in with Zoho*, plays the browser
    /// (allowing access), and waits for the organization and the logo's outcome to show.
    pub fn sign_in(&mut self, harness: &mut Harness<'_, OrgViewerApp>) {
        self.step_until_label(harness, "Sign in with Zoho");
        harness.get_by_label("Sign in with Zoho").click();
        let page = self.play_browser(harness, "allow");
        assert!(page.contains("Org Viewer for Zoho CRM now shows"), "{page}");
        self.step_until(harness, "the organization and its logo", |harness| {
            matches!(harness.state().screen(), Screen::Organization(view) if !matches!(view.logo.state, LogoState::Loading))
        });
    }

    /// Signs out of the current org: *Sign out*, then the confirmation's *Yes, sign out*.
    pub fn sign_out(&mut self, harness: &mut Harness<'_, OrgViewerApp>) {
        harness.get_by_label("Sign out…").click();
        self.step_until_label(harness, "Yes, sign out");
        harness.get_by_label("Yes, sign out").click();
        self.step(harness);
    }

    /// Makes `endpoint` answer with `fault` (and only that), presses F5, and steps until the
    /// status area shows a problem whose sentence starts with `message`; returns that problem.
    pub fn refresh_failing(
        &mut self,
        harness: &mut Harness<'_, OrgViewerApp>,
        endpoint: Endpoint,
        fault: Fault,
        message: &str,
    ) -> Problem {
        self.sim.clear_faults();
        self.sim.set_fault(FaultRule::new(endpoint, fault));
        harness.key_press(egui::Key::F5);
        self.step_until(harness, message, |harness| {
            matches!(harness.state().status(), Status::Problem(problem) if problem.summary.text().starts_with(message))
        });
        match harness.state().status() {
            Status::Problem(problem) => problem.clone(),
            other => unreachable!("waited for a problem, and the status is {other:?}"),
        }
    }

    /// Steps until the organization screen shows the logo.
    pub fn step_until_logo(&mut self, harness: &mut Harness<'_, OrgViewerApp>) {
        self.step_until(harness, "the logo", |harness| {
            matches!(harness.state().screen(), Screen::Organization(view) if matches!(view.logo.state, LogoState::Shown { .. }))
        });
    }

    /// Waits for the app to open the sign-in page, then plays the browser on it: the consent
    /// page, the `decision` (`allow` or `deny`), and the redirect to the app. Returns the page the
    /// app showed the browser.
    pub fn play_browser(
        &mut self,
        harness: &mut Harness<'_, OrgViewerApp>,
        decision: &str,
    ) -> String {
        let decision = decision.to_owned();
        self.play_browser_with(harness, move |url| scripted_browser(url, &decision))
    }

    /// Adds `org` through *Add an organization…* (the switcher's, or the menu's): the sentence
    /// about Zoho's picker first, then the browser, where the test picks `org` on the consent
    /// page; returns once the added org is on screen.
    pub fn add_org(&mut self, harness: &mut Harness<'static, OrgViewerApp>, org: &str) {
        harness
            .query_all_by_label("Add an organization…")
            .next()
            .unwrap()
            .click();
        self.step_until_text(harness, "pick the organization to add");
        let opened = self.opened_urls.len();
        self.step(harness);
        assert_eq!(
            self.opened_urls.len(),
            opened,
            "the browser waits until the person has read the sentence"
        );
        harness.get_by_label("Continue in the browser").click();
        self.step(harness);
        let page = self.play_browser_for_org(harness, org);
        assert!(page.contains("was added"), "{page}");
        self.step_until(harness, "the added org on screen", |harness| {
            matches!(harness.state().screen(), Screen::Organization(view) if view.id == org && !view.refreshing)
        });
    }

    /// Plays the browser as [`World::play_browser`] does, picking `org_id` on the consent page.
    pub fn play_browser_for_org(
        &mut self,
        harness: &mut Harness<'_, OrgViewerApp>,
        org_id: &str,
    ) -> String {
        let org_id = org_id.to_owned();
        self.play_browser_with(harness, move |url| scripted_browser_for_org(url, &org_id))
    }

    fn play_browser_with(
        &mut self,
        harness: &mut Harness<'_, OrgViewerApp>,
        browse: impl FnOnce(&str) -> String + Send + 'static,
    ) -> String {
        let started = Instant::now();
        while self.opened_urls.len() == self.browsed {
            self.step(harness);
            assert!(
                started.elapsed() < PATIENCE,
                "the app never opened the sign-in page"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        self.browsed = self.opened_urls.len();
        let url = self.opened_urls.last().unwrap().clone();
        // The browser runs beside the app, which keeps drawing frames meanwhile.
        let browser = std::thread::Builder::new()
            .name("scripted-browser".to_owned())
            .spawn(move || browse(&url))
            .unwrap();
        while !browser.is_finished() {
            self.step(harness);
            std::thread::sleep(Duration::from_millis(5));
        }
        browser.join().unwrap()
    }
}

/// Pictures are drawn through wgpu's GL backend (Mesa llvmpipe on our machines), whatever
/// else is installed, so snapshots compare alike everywhere.
/// A file dropped on the window, as the windowing system hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

/// Pins what the organization screen shows that depends on the clock and the machine's
/// locale (the fetch time, the dates, the licence badges), so a snapshot is the same anywhere.
pub fn pin_org_screen(harness: &mut Harness<'_, OrgViewerApp>) {
    if let Screen::Organization(view) = harness.state_mut().screen_mut() {
        let fetched_at = std::time::UNIX_EPOCH + Duration::from_secs(1_795_000_000);
        let org = view.data.org.clone();
        view.update(
            zoho_org_viewer::worker::OrgData::new(
                org,
                fetched_at,
                &zoho_org_viewer::zoho::display::ValueFormat::fixed(),
            ),
            zoho_org_viewer::ui::Freshness::Live,
        );
        // The sample's paid plan ended in March 2026: the badge says so on any day after.
        view.pin_clock(fetched_at);
    }
}

pub fn gl_renderer() -> egui_kittest::wgpu::WgpuTestRenderer {
    let mut setup = egui_kittest::wgpu::default_wgpu_setup();
    if let egui_wgpu::WgpuSetup::CreateNew(create) = &mut setup {
        create.instance_descriptor.backends = egui_wgpu::wgpu::Backends::GL;
    }
    egui_kittest::wgpu::WgpuTestRenderer::from_setup(setup)
}

/// The redirect URI for a port.
pub fn redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}/callback")
}

/// A browser following the sign-in: the sim's consent page, the `decision`, then the app's
/// callback. Returns the page the app showed.
pub fn scripted_browser(authorize_url: &str, decision: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let browser = Browser::new();
        let authorize_url = url::Url::parse(authorize_url).unwrap();
        let callback = browser.consent(&authorize_url, decision).await;
        browser.visit(&callback).await.body
    })
}

/// Like [`scripted_browser`], picking `org_id` on the consent page and allowing access.
pub fn scripted_browser_for_org(authorize_url: &str, org_id: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let browser = Browser::new();
        let authorize_url = url::Url::parse(authorize_url).unwrap();
        let callback = browser
            .consent_for_org(&authorize_url, org_id, "allow")
            .await;
        browser.visit(&callback).await.body
    })
}
