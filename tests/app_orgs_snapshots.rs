//! Pictures of the screens for several organizations (issue #13), in the light and the dark
//! theme: the switcher beside an org, the overview, compare, and the narrow window's switcher
//! in the top bar. `UPDATE_SNAPSHOTS=1` rewrites them after a deliberate change.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::time::{Duration, UNIX_EPOCH};

use egui::Theme;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use support::app::World;
use zoho_org_viewer::sim::SimOptions;
use zoho_org_viewer::ui::{LogoState, OrgViewerApp, Screen};

const SANDBOX: &str = "4876876000004120011";
const DEVELOPER: &str = "7310042000000018003";

const SIZE: egui::Vec2 = egui::vec2(1100.0, 700.0);

/// Signs in to the three demo orgs in a window of `size` and `theme`, with the sandbox on
/// screen and every logo in.
fn three_orgs(world: &mut World, size: egui::Vec2, theme: Theme) -> Harness<'static, OrgViewerApp> {
    let mut harness = world.harness_themed(world.config(), size, theme);
    world.sign_in(&mut harness);
    for org in [DEVELOPER, SANDBOX] {
        harness
            .query_all_by_label_contains("Add an organization")
            .next()
            .unwrap()
            .click();
        world.step_until_label(&mut harness, "Continue in the browser");
        harness.get_by_label("Continue in the browser").click();
        world.step(&mut harness);
        world.play_browser_for_org(&mut harness, org);
        world.step_until(&mut harness, "the org and its logo", |harness| {
            matches!(harness.state().screen(), Screen::Organization(view) if view.id == org && matches!(view.logo.state, LogoState::Shown { .. }))
        });
    }
    // The last sign-in's confirmation fades after a few real seconds, so a busy machine would
    // photograph it on some runs and not on others: it is closed, as a person may.
    harness.get_by_label("Close message").click();
    world.step(&mut harness);
    harness
}

/// Pins the clock, lets the picture settle, and compares it with `name`.
fn settle_and_snapshot(
    world: &mut World,
    harness: &mut Harness<'static, OrgViewerApp>,
    name: &str,
) {
    harness
        .state_mut()
        .pin_clock(UNIX_EPOCH + Duration::from_secs(1_795_000_000));
    for _ in 0..4 {
        world.step(harness);
    }
    harness.snapshot(name);
}

/// The switcher beside the sandbox, then the overview, then compare, in `theme`.
fn screens_in(theme: Theme, suffix: &str) {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world, SIZE, theme);
    settle_and_snapshot(&mut world, &mut harness, &format!("switcher_{suffix}"));

    harness.get_by_label("Overview").click();
    world.step_until_label(&mut harness, "Search organizations");
    settle_and_snapshot(&mut world, &mut harness, &format!("overview_{suffix}"));

    harness.get_by_label("Compare").click();
    world.step_until_label(&mut harness, "Show only differences");
    settle_and_snapshot(&mut world, &mut harness, &format!("compare_{suffix}"));
}

#[test]
fn switcher_overview_and_compare_light() {
    screens_in(Theme::Light, "light");
}

#[test]
fn switcher_overview_and_compare_dark() {
    screens_in(Theme::Dark, "dark");
}

/// At 640 × 480 the switcher is a menu in the top bar, so the org screen keeps its width.
#[test]
fn the_smallest_window_has_the_switcher_in_the_top_bar() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world, SIZE, Theme::Light);
    harness.set_size(egui::vec2(640.0, 480.0));
    settle_and_snapshot(&mut world, &mut harness, "switcher_small");
    harness
        .get_by_label("Switch organization (showing Zylker Traders (Sandbox))")
        .click();
    world.step_until_label(&mut harness, "Zylker Labs: Developer, data centre US");
    settle_and_snapshot(&mut world, &mut harness, "switcher_small_open");
    harness
        .get_by_label("Zylker Labs: Developer, data centre US")
        .click();
    world.step(&mut harness);
    assert!(matches!(harness.state().screen(), Screen::Organization(view) if view.id == DEVELOPER));
    harness.get_by_label_contains("Switch organization").click();
    world.step_until_label(&mut harness, "Overview");
    harness.get_by_label("Overview").click();
    world.step_until_label(&mut harness, "Search organizations");
    settle_and_snapshot(&mut world, &mut harness, "overview_small");
}

/// Between 760 and 900 px the switcher folds to logos with a short environment word.
#[test]
fn a_middle_sized_window_folds_the_switcher_to_logos() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world, SIZE, Theme::Dark);
    harness.set_size(egui::vec2(820.0, 600.0));
    settle_and_snapshot(&mut world, &mut harness, "switcher_rail");
    // Each logo still says which org it is to a screen reader.
    assert!(
        harness
            .query_by_label("Zylker Labs: Developer, data centre US")
            .is_some()
    );
}
