//! The smaller controls a person relies on: keyboard shortcuts and navigation, the sign-in
//! screen's helpers, the region choice, the error details, and settings kept between runs.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use support::app::{PATIENCE, World, gl_renderer};
use zoho_org_viewer::i18n::Lang;
use zoho_org_viewer::sim::{Endpoint, Fault, SimOptions};
use zoho_org_viewer::ui::{
    Freshness, OrgViewerApp, Region, Screen, Settings, StartPlace, use_system_fonts_for,
};

/// eframe's storage, in memory; clones share it, as every start of the app reads one file.
#[derive(Default, Clone)]
struct MemoryStorage(Arc<Mutex<BTreeMap<String, String>>>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.lock().unwrap().get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.lock().unwrap().insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.lock().unwrap().remove(key);
    }

    fn flush(&mut self) {}
}

/// The label of the widget that has keyboard focus.
fn focused_label(harness: &Harness<'_, OrgViewerApp>) -> Option<String> {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

#[test]
fn ctrl_r_refreshes_like_f5() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until(&mut harness, "the first fetch to end", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
    });
    let before = world.sim.stats().org_requests;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::R);
    let started = Instant::now();
    while world.sim.stats().org_requests <= before {
        assert!(started.elapsed() < PATIENCE, "Ctrl+R fetched nothing");
        world.step(&mut harness);
    }
}

#[test]
fn the_keyboard_alone_reaches_sign_in() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    let mut presses = 0;
    while focused_label(&harness).as_deref() != Some("Sign in with Zoho") {
        presses += 1;
        assert!(presses <= 10, "Tab never reached Sign in with Zoho");
        harness.key_press(egui::Key::Tab);
        world.step(&mut harness);
    }
    harness.key_press(egui::Key::Enter);
    world.step_until_label(&mut harness, "Open the sign-in page again");
    assert_eq!(world.opened_urls.len(), 1, "Enter started the sign-in");
}

#[test]
fn the_sign_in_screen_counts_down_and_opens_the_page_again() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_label(&mut harness, "Open the sign-in page again");
    // The countdown runs: the seconds left go down.
    let seconds_left = |harness: &Harness<'_, OrgViewerApp>| -> u64 {
        let label = harness
            .get_by_label_contains("Time left: ")
            .accesskit_node()
            .value()
            .unwrap_or_default();
        let (minutes, seconds) = label
            .trim_start_matches("Time left: ")
            .split_once(':')
            .unwrap();
        minutes.parse::<u64>().unwrap() * 60 + seconds.parse::<u64>().unwrap()
    };
    let first = seconds_left(&harness);
    assert!(
        (50..=60).contains(&first),
        "the test world allows 60 s: {first}"
    );
    world.step_until(&mut harness, "the countdown to move", |harness| {
        seconds_left(harness) < first
    });
    assert_eq!(world.opened_urls.len(), 1);
    harness.get_by_label("Open the sign-in page again").click();
    world.step(&mut harness);
    world.step(&mut harness);
    assert_eq!(world.opened_urls.len(), 2, "opened again");
    assert_eq!(world.opened_urls[0], world.opened_urls[1], "the same page");
    harness.get_by_label("Cancel").click();
    world.step_until_label(&mut harness, "Sign in with Zoho");
}

#[test]
fn china_starts_the_sign_in_at_zoho_com_cn_and_the_choice_is_kept() {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    // As installed: sign-in starts at Zoho's own accounts server, so the region matters.
    config.accounts_url = None;
    let storage: &'static mut MemoryStorage = Box::leak(Box::default());
    {
        let mut harness = world.harness_with(config.clone());
        world.step_until_label(&mut harness, "Sign in with Zoho");
        harness.get_by_label("Zoho account in").click();
        world.step_until_label(&mut harness, "China (zoho.com.cn)");
        harness.get_by_label("China (zoho.com.cn)").click();
        world.step(&mut harness);
        assert_sign_in_starts_in_china(&mut world, &mut harness);
        // The menu switches the theme.
        harness.get_by_label("☰ Menu").click();
        world.step_until_label(&mut harness, "Light");
        harness.get_by_label("Light").click();
        world.step(&mut harness);
        world.step(&mut harness);
        assert_eq!(
            harness.state().settings().theme,
            egui::ThemePreference::Light
        );
        assert_eq!(harness.ctx.theme(), egui::Theme::Light);
        eframe::App::save(harness.state_mut(), storage);
    }
    // The next start remembers both.
    let storage: &'static MemoryStorage = storage;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .renderer(gl_renderer())
        .build_eframe(move |cc| {
            cc.storage = Some(storage);
            OrgViewerApp::new(cc, config).unwrap()
        });
    world.step_until_label(&mut harness, "Sign in with Zoho");
    assert_eq!(
        harness.state().settings(),
        &Settings {
            region: Region::China,
            theme: egui::ThemePreference::Light,
            language: None,
            place: StartPlace::Org,
        }
    );
    // (The harness sets its own theme after the app starts, so only the setting is checked.)
    assert_sign_in_starts_in_china(&mut world, &mut harness);
}

#[test]
fn the_language_is_picked_in_the_menu_and_kept_between_runs() {
    let mut world = World::new(SimOptions::default());
    let config = world.config();
    let storage: &'static mut MemoryStorage = Box::leak(Box::default());
    {
        let mut harness = world.harness_with(config.clone());
        // The menu names each language in its own script, which the system's fonts draw.
        use_system_fonts_for(&harness.ctx, Lang::En);
        world.step_until_label(&mut harness, "Sign in with Zoho");
        harness.get_by_label("☰ Menu").click();
        world.step_until_label(&mut harness, "Language");
        harness.get_by_label("Language").click();
        world.step_until_label(&mut harness, "Deutsch");
        // Each language is named in itself, and the system's is named in the first entry.
        assert!(harness.query_by_label("日本語").is_some());
        assert!(harness.query_by_label("हिन्दी").is_some());
        assert!(
            harness
                .query_by_label("Same as the system (English)")
                .is_some()
        );
        harness.get_by_label("Deutsch").click();
        world.step(&mut harness);
        world.step(&mut harness);
        assert_eq!(harness.state().settings().language, Some(Lang::De));
        assert_eq!(harness.state().language(), Lang::De);
        // The menu speaks German at once.
        if harness.query_by_label("Sprache").is_none() {
            harness.get_by_label("☰ Menü").click();
        }
        world.step_until_label(&mut harness, "Sprache");
        assert!(harness.query_by_label("Language").is_none());
        eframe::App::save(harness.state_mut(), storage);
    }
    // The next start speaks German too, whatever the system says.
    let storage: &'static MemoryStorage = storage;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .renderer(gl_renderer())
        .build_eframe(move |cc| {
            cc.storage = Some(storage);
            let mut app = OrgViewerApp::new(cc, config).unwrap();
            app.assume_system_language(Lang::Ja);
            use_system_fonts_for(&cc.egui_ctx, Lang::Ja);
            app
        });
    world.step(&mut harness);
    assert_eq!(harness.state().language(), Lang::De);
    harness.get_by_label("☰ Menü").click();
    world.step_until_label(&mut harness, "Sprache");
    harness.get_by_label("Sprache").click();
    // Back to the system's language, which this test says is Japanese.
    world.step_until_label(&mut harness, "Wie im System (日本語)");
    harness.get_by_label("Wie im System (日本語)").click();
    world.step(&mut harness);
    world.step(&mut harness);
    assert_eq!(harness.state().settings().language, None);
    assert_eq!(harness.state().language(), Lang::Ja);
}

/// Presses *Sign in with Zoho* and checks the sign-in starts at Zoho China's: the page opened
/// is there, or (on a machine that cannot reach it) the app says that server cannot be reached.
fn assert_sign_in_starts_in_china(world: &mut World, harness: &mut Harness<'_, OrgViewerApp>) {
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until(harness, "the sign-in to start or fail", |harness| {
        harness
            .query_by_label("Open the sign-in page again")
            .is_some()
            || matches!(
                harness.state().status(),
                zoho_org_viewer::ui::Status::Problem(_)
            )
    });
    if let zoho_org_viewer::ui::Status::Problem(problem) = harness.state().status() {
        // Offline: the reachability check names the server it tried.
        assert!(
            problem.details_text().contains("accounts.zoho.com.cn"),
            "{}",
            problem.details_text()
        );
        return;
    }
    let url = world.opened_urls.last().unwrap().clone();
    assert!(
        url.starts_with("https://accounts.zoho.com.cn/oauth/v2/auth?"),
        "{url}"
    );
    harness.get_by_label("Cancel").click();
    world.step_until_label(harness, "Sign in with Zoho");
}

#[test]
fn with_a_configured_accounts_server_there_is_no_region_to_choose() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    assert!(harness.query_by_label("Zoho account in").is_none());
}

#[test]
fn details_show_zohos_code_status_and_time_and_hide_again() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.refresh_failing(
        &mut harness,
        Endpoint::Org,
        Fault::ZohoError {
            code: "NO_PERMISSION".into(),
        },
        "Your Zoho CRM user is not allowed to read the organization details.",
    );
    // Zoho answered, but not with data: what is on screen is marked as not up to date.
    assert!(matches!(
        harness.state().screen(),
        Screen::Organization(view) if view.freshness == Freshness::Stale
    ));
    harness.get_by_label_contains("Not up to date: showing saved data");
    assert!(harness.query_by_label("NO_PERMISSION").is_none(), "folded");
    harness.get_by_label("Details").click();
    world.step_until_label(&mut harness, "NO_PERMISSION");
    harness.get_by_label("Zoho code");
    harness.get_by_label("HTTP status");
    harness.get_by_label("403");
    harness.get_by_label("Time");
    harness.get_by_label("Hide details").click();
    world.step(&mut harness);
    world.step(&mut harness);
    assert!(
        harness.query_by_label("NO_PERMISSION").is_none(),
        "folded again"
    );
}

#[test]
fn the_about_box_links_to_the_installed_user_guide() {
    let mut world = World::new(SimOptions::default());
    let guide = world
        .home
        .path()
        .join("share/doc/zoho-org-viewer/README.md");
    std::fs::create_dir_all(guide.parent().unwrap()).unwrap();
    std::fs::write(&guide, "# Org Viewer for Zoho CRM\n").unwrap();
    let mut config = world.config();
    config.user_guide = Some(guide.clone());
    let mut harness = world.harness_with(config);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("☰ Menu").click();
    world.step_until_label(&mut harness, "About Org Viewer…");
    harness.get_by_label("About Org Viewer…").click();
    world.step_until_label(&mut harness, "Help for using the app");
    harness.get_by_label("Help for using the app").click();
    world.step(&mut harness);
    let expected = url::Url::from_file_path(&guide).unwrap().to_string();
    assert_eq!(world.opened_urls.last(), Some(&expected));
}

#[test]
fn the_about_box_shows_the_version_and_closes() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("☰ Menu").click();
    world.step_until_label(&mut harness, "About Org Viewer…");
    harness.get_by_label("About Org Viewer…").click();
    let version = format!("Version {}", env!("CARGO_PKG_VERSION"));
    world.step_until_label(&mut harness, &version);
    harness.get_by_label_contains("It only reads");
    harness.get_by_label("Close").click();
    world.step(&mut harness);
    world.step(&mut harness);
    assert!(harness.query_by_label(&version).is_none(), "closed");
}

/// The app started with `storage` as eframe's saved state, signed in as `world` left it.
fn restarted(world: &World, storage: &MemoryStorage) -> Harness<'static, OrgViewerApp> {
    let config = world.config();
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage.clone()));
    Harness::builder()
        .with_size(egui::vec2(1100.0, 800.0))
        .renderer(gl_renderer())
        .build_eframe(move |cc| {
            cc.storage = Some(storage);
            OrgViewerApp::new(cc, config).unwrap()
        })
}

/// Steps until the saved org is known, then a few frames more: where the app opens.
fn opened_on(world: &mut World, harness: &mut Harness<'static, OrgViewerApp>) -> &'static str {
    world.step_until(harness, "the saved org to be shown", |harness| {
        matches!(
            harness.state().screen(),
            Screen::Organization(_) | Screen::Overview
        )
    });
    world.step(harness);
    world.step(harness);
    harness.state().screen().kind()
}

#[test]
fn a_restarted_app_opens_where_it_was_closed_on_the_overview_or_on_the_org() {
    let mut world = World::new(SimOptions::default());
    world.sign_in_beforehand();
    let storage = MemoryStorage::default();

    // A first start opens on the org; the person goes to the overview and closes the app.
    let mut harness = restarted(&world, &storage);
    assert_eq!(opened_on(&mut world, &mut harness), "org");
    harness.get_by_label("Overview").click();
    world.step_until(&mut harness, "the overview", |harness| {
        matches!(harness.state().screen(), Screen::Overview)
    });
    eframe::App::save(harness.state_mut(), &mut storage.clone());
    drop(harness);
    let saved = eframe::Storage::get_string(&storage, eframe::APP_KEY).unwrap();
    assert!(saved.contains("Overview"), "{saved}");

    // It opens on the overview, and the org is a click away.
    let mut harness = restarted(&world, &storage);
    assert_eq!(opened_on(&mut world, &mut harness), "overview");
    world.step_until_label(&mut harness, "Open Zylker Traders");
    harness.get_by_label("Open Zylker Traders").click();
    world.step_until(&mut harness, "the org", |harness| {
        matches!(harness.state().screen(), Screen::Organization(_))
    });
    eframe::App::save(harness.state_mut(), &mut storage.clone());
    drop(harness);

    // Closed on the org, it opens on the org again.
    let mut harness = restarted(&world, &storage);
    assert_eq!(opened_on(&mut world, &mut harness), "org");
}
