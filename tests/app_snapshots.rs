//! Pictures of the three main screens, compared pixel by pixel with the ones in
//! `tests/snapshots/` (rendered with wgpu's GL backend on Mesa llvmpipe, so every machine draws
//! alike; `UPDATE_SNAPSHOTS=1` rewrites them after a deliberate change).

mod support;

use egui::Theme;
use support::app::{World, pin_org_screen};
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, SimOptions};
use zoho_org_viewer::ui::Screen;

const SIZE: egui::Vec2 = egui::vec2(960.0, 680.0);

#[test]
fn welcome_screen() {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    // As installed: the region choice shows.
    config.accounts_url = None;
    let mut harness = world.harness_themed(config, SIZE, Theme::Light);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.snapshot("welcome");
}

#[test]
fn organization_screen() {
    organization_snapshot(SIZE, "organization");
}

/// The smallest window the app allows: a compact header, the details first.
#[test]
fn organization_screen_at_the_smallest_size() {
    organization_snapshot(egui::vec2(640.0, 480.0), "organization_small");
}

/// The sample org in a window of `size`, compared with the picture `name`.
fn organization_snapshot(size: egui::Vec2, name: &str) {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness_themed(world.config(), size, Theme::Light);
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    pin_org_screen(&mut harness);
    world.step(&mut harness);
    harness.snapshot(name);
}

#[test]
fn error_screen() {
    let mut world = World::new(SimOptions::default());
    // Signed in on an earlier run; this start cannot read the org and has nothing saved to show.
    world.sign_in_beforehand();
    world.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::ZohoError {
            code: "NO_PERMISSION".into(),
        },
    ));
    let mut harness = world.harness_themed(world.config(), SIZE, Theme::Light);
    world.step_until(&mut harness, "the error screen", |harness| {
        matches!(harness.state().screen(), Screen::Failed(_))
    });
    harness.snapshot("error");
}
