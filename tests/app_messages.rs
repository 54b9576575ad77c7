//! Messages, dialogs and the first start as a person meets them (issue 12): a message can be
//! closed and never outstays its use, the app's own save dialog keeps what was typed, the
//! window says what is wrong instead of not opening or waiting in vain, the demo offers its own
//! way out, and every screen is reachable at the smallest window size.

#![allow(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use support::app::{World, free_port};
use zoho_org_viewer::i18n::t;
use zoho_org_viewer::problem::Problem;
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, SimOptions};
use zoho_org_viewer::ui::{MIN_WINDOW_SIZE, OrgViewerApp, Screen, Status};
use zoho_org_viewer::worker::SaveChoice;

fn is_problem(harness: &Harness<'_, OrgViewerApp>, start: &str) -> bool {
    matches!(harness.state().status(), Status::Problem(problem) if problem.summary.text().starts_with(start))
}

/// The label of the widget that has keyboard focus.
fn focused_label(harness: &Harness<'_, OrgViewerApp>) -> Option<String> {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

/// Opens the About box and presses *Open data folder*, then closes the box.
fn open_data_folder(world: &mut World, harness: &mut Harness<'_, OrgViewerApp>) {
    harness.get_by_label("☰ Menu").click();
    world.step_until_label(harness, "About Org Viewer…");
    harness.get_by_label("About Org Viewer…").click();
    world.step_until_label(harness, "Open data folder");
    harness.get_by_label("Open data folder").click();
    world.step(harness);
    harness.get_by_label("Close").click();
    world.step_until(harness, "the About box to close", |harness| {
        harness.query_by_label("Open data folder").is_none()
    });
}

#[test]
fn a_problem_can_be_closed_and_goes_with_the_next_success_of_its_kind() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    *world.desktop.folders_fail.lock().unwrap() = true;
    open_data_folder(&mut world, &mut harness);
    world.step_until(&mut harness, "the folder problem", |harness| {
        matches!(harness.state().status(), Status::Problem(_))
    });
    // A refresh is another kind of action: the folder problem stays...
    let before = world.sim.stats().org_requests;
    harness.key_press(egui::Key::F5);
    let started = Instant::now();
    while world.sim.stats().org_requests <= before {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "F5 fetched nothing"
        );
        world.step(&mut harness);
    }
    world.step_until(&mut harness, "the refresh to end", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
    });
    assert!(matches!(harness.state().status(), Status::Problem(_)));
    // ...until closed...
    harness.get_by_label("Close message").click();
    world.step(&mut harness);
    assert_eq!(harness.state().status(), &Status::Quiet, "closed");

    // ...or until a folder opens after all.
    open_data_folder(&mut world, &mut harness);
    world.step_until(&mut harness, "the folder problem again", |harness| {
        matches!(harness.state().status(), Status::Problem(_))
    });
    *world.desktop.folders_fail.lock().unwrap() = false;
    open_data_folder(&mut world, &mut harness);
    world.step_until(&mut harness, "the problem to go", |harness| {
        !matches!(harness.state().status(), Status::Problem(_))
    });
    assert_eq!(world.desktop.opened.lock().unwrap().len(), 1);
}

#[test]
fn a_sign_out_problem_does_not_follow_to_the_next_sign_in() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world
        .sim
        .set_fault(FaultRule::new(Endpoint::Revoke, Fault::Offline));
    world.sign_out(&mut harness);
    world.step_until_text(&mut harness, "Zoho could not be told");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_label(&mut harness, "Open the sign-in page again");
    assert!(
        !matches!(harness.state().status(), Status::Problem(_)),
        "{:?}",
        harness.state().status()
    );
}

#[test]
fn sign_out_asks_first_and_cancel_keeps_the_org() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    harness.get_by_label("Sign out…").click();
    world.step_until_label(&mut harness, "Sign out of Zylker Traders?");
    harness.get_by_label("Cancel").click();
    for _ in 0..5 {
        world.step(&mut harness);
    }
    assert!(
        harness
            .query_by_label("Sign out of Zylker Traders?")
            .is_none()
    );
    assert!(matches!(harness.state().screen(), Screen::Organization(_)));
    assert_eq!(world.sim.stats().revocations, 0, "nothing revoked");
    assert!(world.saved_session().is_some());
    world.sign_out(&mut harness);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    // The org leaves the list at once; Zoho is told beside it.
    let started = Instant::now();
    while world.sim.stats().revocations == 0 {
        assert!(started.elapsed() < Duration::from_secs(20), "never revoked");
        world.step(&mut harness);
    }
    assert_eq!(world.sim.stats().revocations, 1);
}

#[test]
fn the_apps_save_dialog_stays_open_with_the_error_and_creates_folders() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Unavailable);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    world.step_until_text(&mut harness, "did not offer its usual file chooser");
    harness.get_by_label_contains("Folders that do not exist yet are created");

    // A path under a file cannot be written: the dialog says so and keeps the path.
    let blocker = world.home.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let bad = blocker.join("logo.png").display().to_string();
    world.type_into(&mut harness, "Save as", &bad);
    harness.get_by_label("Save").click();
    world.step_until_text(&mut harness, "⚠ ");
    harness.get_by_label("Save as");
    assert!(
        !matches!(harness.state().status(), Status::Done(text) if text.text_in(zoho_org_viewer::i18n::Lang::En).starts_with("Logo saved")),
        "nothing was saved"
    );

    // Corrected to a folder that does not exist yet: saved there, and the dialog closes.
    let good = world.home.path().join("new folder").join("logo.png");
    world.type_into(&mut harness, "Save as", &good.display().to_string());
    harness.get_by_label("Save").click();
    // The file is the proof; the confirmation may already have faded on a slow machine.
    let started = Instant::now();
    while !good.exists() || harness.query_by_label("Save as").is_some() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the logo was not saved to the new folder: {:?}",
            harness.state().status()
        );
        world.step(&mut harness);
    }
    assert!(
        !matches!(harness.state().status(), Status::Problem(_)),
        "{:?}",
        harness.state().status()
    );
    assert!(
        harness.query_by_label("Save as").is_none(),
        "the dialog closed"
    );
}

#[test]
fn a_setting_the_app_cannot_use_is_said_in_the_window() {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    config.startup_problem = Some(Problem::new(
        t::cli_startup_setting_refused(),
        t::cli_startup_setting_refused_next(),
    ));
    let mut harness = world.harness_with(config);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    world.step_until(&mut harness, "the setting's problem", |harness| {
        is_problem(harness, "The app was started with a setting")
    });
}

#[test]
fn an_unreachable_sign_in_server_is_said_at_once() {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    // Nothing listens there.
    config.accounts_url =
        Some(url::Url::parse(&format!("http://127.0.0.1:{}", free_port())).unwrap());
    let mut harness = world.harness_with(config);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    let started = Instant::now();
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until(
        &mut harness,
        "the unreachable server's problem",
        |harness| is_problem(harness, "Zoho's sign-in page cannot be reached"),
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(world.opened_urls.is_empty(), "no browser opened in vain");
    assert!(matches!(harness.state().screen(), Screen::Welcome(_)));
}

#[test]
fn headlines_name_no_addresses_and_details_do() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.sim.clear_faults();
    world
        .sim
        .set_fault(FaultRule::new(Endpoint::Org, Fault::Offline));
    harness.key_press(egui::Key::F5);
    world.step_until(&mut harness, "a connection problem", |harness| {
        matches!(harness.state().status(), Status::Problem(_))
    });
    let Status::Problem(problem) = harness.state().status().clone() else {
        unreachable!()
    };
    assert!(
        !problem.summary.text().contains("127.0.0.1"),
        "{}",
        problem.summary
    );
    assert!(
        problem.details_text().contains("127.0.0.1"),
        "{}",
        problem.details_text()
    );
}

/// A world where no OAuth client is configured, so signing in asks for one.
fn without_client(world: &World) -> zoho_org_viewer::worker::WorkerConfig {
    let mut config = world.config();
    config.env = std::sync::Arc::new(|_| None);
    config
}

#[test]
fn the_client_form_tells_the_truth_goes_back_and_submits_with_enter() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness_with(without_client(&world));
    world.step_until_label(&mut harness, "Sign in with Zoho");
    // Nothing to change yet, and nothing to warn about before anything happened.
    assert!(harness.query_by_label("Change the Zoho client…").is_none());
    assert_eq!(harness.state().status(), &Status::Quiet);
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_label(&mut harness, "Connect the app to Zoho");
    // This world keeps credentials in a file, and the form says so (not "keychain").
    harness.get_by_label_contains("The client secret is kept in the file");
    assert!(harness.query_by_label_contains("keychain").is_none());

    // Escape goes back, and so does Back.
    harness.key_press(egui::Key::Escape);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_label(&mut harness, "Back");
    harness.get_by_label("Back").click();
    world.step_until_label(&mut harness, "Sign in with Zoho");

    // A validation message wraps inside the card instead of moving it.
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_label(&mut harness, "Client ID");
    let before = harness.get_by_label("Client ID").rect();
    world.type_into(&mut harness, "Client ID", &"x".repeat(3));
    world.type_into(&mut harness, "Client secret", "y");
    let after = harness.get_by_label("Client ID").rect();
    assert!(
        (before.left() - after.left()).abs() < 0.5,
        "{before:?} {after:?}"
    );

    // Enter in the secret field saves, as the button would.
    world.type_into(
        &mut harness,
        "Client ID",
        zoho_org_viewer::sim::DEMO_CLIENT_ID,
    );
    world.type_into(
        &mut harness,
        "Client secret",
        zoho_org_viewer::sim::DEMO_CLIENT_SECRET,
    );
    harness.key_press(egui::Key::Enter);
    world.step_until_label(&mut harness, "Open the sign-in page again");
}

#[test]
fn after_a_denied_demo_sign_in_the_demo_offers_its_own_way_on() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Try the demo");
    harness.get_by_label("Try the demo").click();
    let page = world.play_browser(&mut harness, "deny");
    assert!(!page.is_empty());
    world.step_until_label(&mut harness, "Leave the demo");
    assert!(harness.state().is_demo());
    harness.get_by_label("Sign in to the demo again");
    assert!(
        harness.query_by_label("Sign in with Zoho").is_none(),
        "no way into the real client form from the demo"
    );
    assert!(harness.query_by_label_contains("Accept").is_none());
    harness.get_by_label("Leave the demo").click();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    assert!(!harness.state().is_demo());
}

#[test]
fn the_about_box_says_where_the_sign_in_is_kept_and_opens_the_data_folder() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("☰ Menu").click();
    world.step_until_label(&mut harness, "About Org Viewer…");
    harness.get_by_label("About Org Viewer…").click();
    world.step_until_label(&mut harness, "Open data folder");
    assert!(
        harness.query_by_label("Help for using the app").is_none(),
        "no guide is installed beside the test binary, so no link leads nowhere"
    );
    harness.get_by_label_contains("Your sign-in is kept in the file");
    harness.get_by_label("Open data folder").click();
    world.step_until(&mut harness, "the folder to open", |_| true);
    let started = Instant::now();
    while world.desktop.opened.lock().unwrap().is_empty() {
        assert!(started.elapsed() < Duration::from_secs(10));
        world.step(&mut harness);
    }
    let opened = world.desktop.opened.lock().unwrap()[0].clone();
    assert!(
        opened.starts_with(world.home.path()),
        "{}",
        opened.display()
    );
}

#[test]
fn at_the_smallest_size_the_keyboard_reaches_everything_on_the_welcome_screen() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness_sized(world.config(), egui::Vec2::from(MIN_WINDOW_SIZE));
    world.step_until_label(&mut harness, "Sign in with Zoho");
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::Vec2::from(MIN_WINDOW_SIZE));
    let mut presses = 0;
    while focused_label(&harness).as_deref() != Some("Change the Zoho client…") {
        presses += 1;
        assert!(presses <= 15, "Tab never reached Change the Zoho client…");
        harness.key_press(egui::Key::Tab);
        world.step(&mut harness);
    }
    for _ in 0..10 {
        world.step(&mut harness);
    }
    for label in ["Change the Zoho client…", "Try the demo"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            window.contains_rect(rect),
            "{label} scrolled into view: {rect:?}"
        );
    }
}
