//! Pictures of every screen in Japanese and in German (issue 14), compared pixel by pixel with
//! the ones in `tests/snapshots/` (`UPDATE_SNAPSHOTS=1` rewrites them after a deliberate
//! change). Japanese draws with the system's CJK fonts, German has the longest words: together
//! they show labels that wrap, clip or run out of their buttons and columns. The window speaks
//! the language from its first frame, so the worker words dates and sizes in it too.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use egui::Theme;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use support::app::{Dropped, World, gl_renderer};
use zoho_org_viewer::i18n::{Lang, t};
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, SimOptions};
use zoho_org_viewer::store::{CredentialStore, FileSecretStore};
use zoho_org_viewer::ui::{LogoState, OrgViewerApp, Screen, use_system_fonts_for};
use zoho_org_viewer::worker::{StoreSetup, WorkerConfig};

const SANDBOX: &str = "4876876000004120011";
const DEVELOPER: &str = "7310042000000018003";

/// The size of the single-org snapshots (`app_snapshots`).
const SIZE: egui::Vec2 = egui::vec2(960.0, 680.0);
/// The size of the several-org snapshots (`app_orgs_snapshots`).
const ORGS_SIZE: egui::Vec2 = egui::vec2(1100.0, 700.0);
/// The smallest window the app allows.
const SMALL: egui::Vec2 = egui::vec2(640.0, 480.0);

/// The moment every picture's clock shows.
fn pinned_time() -> std::time::SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_000_000)
}

/// The app in a light window of `size`, speaking `lang` as the system's language, with the
/// system's fonts for it; a glyph no font has panics, so tofu cannot pass a picture unseen.
fn harness(config: WorkerConfig, size: egui::Vec2, lang: Lang) -> Harness<'static, OrgViewerApp> {
    let harness = Harness::builder()
        .with_size(size)
        .with_theme(Theme::Light)
        .renderer(gl_renderer())
        .build_eframe(move |cc| {
            let mut app = OrgViewerApp::new(cc, config).unwrap();
            app.assume_system_language(lang);
            use_system_fonts_for(&cc.egui_ctx, lang);
            app
        });
    harness
        .ctx
        .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    harness
}

/// Lets the picture settle, and compares it with `name` in `lang`.
fn snapshot(
    world: &mut World,
    harness: &mut Harness<'static, OrgViewerApp>,
    lang: Lang,
    name: &str,
) {
    for _ in 0..4 {
        world.step(harness);
    }
    harness.snapshot(format!("{name}_{}", lang.tag()));
}

/// Pins the org screens' fetch time and "now", then [`snapshot`]s.
fn pinned_snapshot(
    world: &mut World,
    harness: &mut Harness<'static, OrgViewerApp>,
    lang: Lang,
    name: &str,
) {
    harness.state_mut().pin_clock(pinned_time());
    snapshot(world, harness, lang, name);
}

/// Signs in from the welcome screen in `lang` and waits for the org and its logo.
fn sign_in(world: &mut World, harness: &mut Harness<'static, OrgViewerApp>, lang: Lang) {
    let sign_in = t::ui_sign_in_with_zoho().text_in(lang);
    world.step_until_label(harness, &sign_in);
    harness.get_by_label(&sign_in).click();
    world.play_browser(harness, "allow");
    world.step_until_logo(harness);
}

/// Adds `org` through the switcher's *Add an organization…* in `lang`.
fn add_org(world: &mut World, harness: &mut Harness<'static, OrgViewerApp>, lang: Lang, org: &str) {
    harness
        .query_all_by_label(&t::org_switcher_add().text_in(lang))
        .next()
        .unwrap()
        .click();
    let go_on = t::org_add_continue().text_in(lang);
    world.step_until_label(harness, &go_on);
    harness.get_by_label(&go_on).click();
    world.step(harness);
    world.play_browser_for_org(harness, org);
    world.step_until(harness, "the org and its logo", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == org && matches!(view.logo.state, LogoState::Shown { .. }))
    });
}

/// The welcome screen, About, and the client form a first sign-in leads to.
fn welcome_about_and_client_form(lang: Lang) {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    // As installed: the region choice shows, and no Zoho client is known.
    config.accounts_url = None;
    config.env = Arc::new(|_| None);
    // About names the file sign-ins are kept in: the same path on every run, where this flow
    // writes nothing (it only reads, and finds nothing).
    config.store = StoreSetup::Given(CredentialStore::new(Arc::new(FileSecretStore::new(
        PathBuf::from("/nonexistent/zoho-org-viewer/credentials.json"),
    ))));
    let mut harness = harness(config, SIZE, lang);
    let sign_in = t::ui_sign_in_with_zoho().text_in(lang);
    world.step_until_label(&mut harness, &sign_in);
    snapshot(&mut world, &mut harness, lang, "welcome");

    harness.get_by_label(&t::ui_menu().text_in(lang)).click();
    let about = t::ui_about().text_in(lang);
    world.step_until_label(&mut harness, &about);
    harness.get_by_label(&about).click();
    world.step_until_label(&mut harness, &t::ui_about_text().text_in(lang));
    snapshot(&mut world, &mut harness, lang, "about");
    harness.get_by_label(&t::ui_close().text_in(lang)).click();
    world.step(&mut harness);
    world.step(&mut harness);

    harness.get_by_label(&sign_in).click();
    world.step_until_label(&mut harness, &t::ui_connect_title().text_in(lang));
    snapshot(&mut world, &mut harness, lang, "client_form");
}

#[test]
fn welcome_about_and_client_form_in_japanese() {
    welcome_about_and_client_form(Lang::Ja);
}

#[test]
fn welcome_about_and_client_form_in_german() {
    welcome_about_and_client_form(Lang::De);
}

/// The wait for the browser, the org screen (at the usual size and the smallest), and the
/// preview of a new logo beside the current one.
fn signing_in_organization_and_logo_change(lang: Lang) {
    let mut world = World::new(SimOptions::default());
    let mut harness = harness(world.config(), SIZE, lang);
    let sign_in = t::ui_sign_in_with_zoho().text_in(lang);
    world.step_until_label(&mut harness, &sign_in);
    harness.get_by_label(&sign_in).click();
    world.step_until_label(&mut harness, &t::ui_browser_did_not_open().text_in(lang));
    // The sign-in page's address has the test's ports in it, and the countdown runs: both are
    // pinned to what a person would see at the start.
    if let Screen::SigningIn(view) = harness.state_mut().screen_mut() {
        let url = "https://accounts.zoho.com/oauth/v2/auth?response_type=code&client_id=1000.DEMO&scope=ZohoCRM.org.READ&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&state=pinned";
        view.waiting(url.parse().unwrap(), Duration::from_millis(299_500));
    }
    // The spinner's angle follows the input's clock, which is set to a moment after any this
    // test reaches by stepping.
    harness.input_mut().time = Some(1000.0);
    snapshot(&mut world, &mut harness, lang, "signing_in");

    world.play_browser(&mut harness, "allow");
    world.step_until_logo(&mut harness);
    pinned_snapshot(&mut world, &mut harness, lang, "organization");
    harness.set_size(SMALL);
    pinned_snapshot(&mut world, &mut harness, lang, "organization_small");
    harness.set_size(SIZE);

    let path = world.home.path().join("logo.png");
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        120,
        40,
        image::Rgb([200, 30, 30]),
    ))
    .save_with_format(&path, image::ImageFormat::Png)
    .unwrap();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    world.step(&mut harness);
    harness.input_mut().dropped_files.clear();
    let change = t::ui_change_logo().text_in(lang);
    world.step_until_label(&mut harness, &change);
    harness.state_mut().pin_clock(pinned_time());
    harness.get_by_label(&change).scroll_to_me();
    pinned_snapshot(&mut world, &mut harness, lang, "logo_change_preview");
}

#[test]
fn signing_in_organization_and_logo_change_in_japanese() {
    signing_in_organization_and_logo_change(Lang::Ja);
}

#[test]
fn signing_in_organization_and_logo_change_in_german() {
    signing_in_organization_and_logo_change(Lang::De);
}

/// The screen for an org that could not be loaded and has nothing saved to show.
fn error_screen(lang: Lang) {
    let mut world = World::new(SimOptions::default());
    world.sign_in_beforehand();
    world.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::ZohoError {
            code: "NO_PERMISSION".into(),
        },
    ));
    let mut harness = harness(world.config(), SIZE, lang);
    world.step_until(&mut harness, "the error screen", |harness| {
        matches!(harness.state().screen(), Screen::Failed(_))
    });
    snapshot(&mut world, &mut harness, lang, "error");
}

#[test]
fn error_screen_in_japanese() {
    error_screen(Lang::Ja);
}

#[test]
fn error_screen_in_german() {
    error_screen(Lang::De);
}

/// The three demo orgs: the switcher beside the sandbox, the overview, compare, and at the
/// smallest size the switcher's menu open in the top bar.
fn three_orgs(lang: Lang) {
    let mut world = World::new(SimOptions::default());
    let mut harness = harness(world.config(), ORGS_SIZE, lang);
    sign_in(&mut world, &mut harness, lang);
    for org in [DEVELOPER, SANDBOX] {
        add_org(&mut world, &mut harness, lang, org);
    }
    // The last sign-in's confirmation fades after a few real seconds: it is closed.
    harness
        .get_by_label(&t::ui_close_message().text_in(lang))
        .click();
    world.step(&mut harness);
    pinned_snapshot(&mut world, &mut harness, lang, "switcher");

    let overview = t::org_overview_title().text_in(lang);
    harness.get_by_label(&overview).click();
    world.step_until_label(&mut harness, &t::org_overview_search().text_in(lang));
    pinned_snapshot(&mut world, &mut harness, lang, "overview");

    harness
        .get_by_label(&t::org_compare_title().text_in(lang))
        .click();
    world.step_until_label(
        &mut harness,
        &t::org_compare_only_differences().text_in(lang),
    );
    pinned_snapshot(&mut world, &mut harness, lang, "compare");

    // Back to the sandbox, then the smallest window with the switcher's menu open.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    world.step(&mut harness);
    harness.set_size(SMALL);
    for _ in 0..3 {
        world.step(&mut harness);
    }
    let Screen::Organization(view) = harness.state().screen() else {
        unreachable!("Ctrl+2 shows the second org")
    };
    let name = view.data.org.display_name().unwrap().to_owned();
    harness
        .get_by_label(&t::org_switcher_menu(name.as_str()).text_in(lang))
        .click();
    world.step_until_label(&mut harness, &t::org_switcher_add().text_in(lang));
    pinned_snapshot(&mut world, &mut harness, lang, "switcher_small_open");
}

#[test]
fn three_orgs_in_japanese() {
    three_orgs(Lang::Ja);
}

#[test]
fn three_orgs_in_german() {
    three_orgs(Lang::De);
}
