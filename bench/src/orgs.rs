//! Measurements 9 and 10 (issue #13), headless like measurement 1: switching between two orgs
//! whose data the app holds (the frame that shows the other org: the target is the next frame,
//! within 16 ms of UI time), and the overview of 200 orgs while it scrolls (the longest frame of
//! each run; target 16 ms).

use std::time::{Duration, Instant};

use zoho_org_viewer::sim::{Sim, SimOptions, SimOrg};
use zoho_org_viewer::ui::{OrgViewerApp, Screen};

use crate::error::{HarnessError, Result};
use crate::headless::Headless;
use crate::report::{Row, Section, Target, Unit};
use crate::stats::{Samples, ms};
use crate::world::several_orgs_config;

/// How long the app may take to fetch what is measured before the run counts as broken.
const PATIENCE: Duration = Duration::from_secs(60);

/// How many orgs the overview holds.
const OVERVIEW_ORGS: usize = 200;

/// Frames of scrolling per overview run.
const SCROLL_FRAMES: usize = 120;

/// Runs measurements 9 and 10, `runs` times each.
pub fn measure(runs: usize) -> Section {
    let mut section = Section::default();
    let what = "Switch between two orgs the app holds: the frame that shows the other one";
    match switching(runs) {
        Ok(frames) => {
            section.details.push(format!(
                "9: {} switches with Ctrl+1 and Ctrl+2, each shown by the first frame after the key (median {:.2} ms).",
                frames.len(),
                frames.median()
            ));
            section.rows.push(
                Row::new("9", what, Unit::Ms, frames.summary(), "no runs")
                    .target(Target::AtMost(16.0)),
            );
        }
        Err(error) => section
            .rows
            .push(Row::not_measured("9", what, Unit::Ms, error.to_string())),
    }
    let what = "Overview of 200 orgs scrolling: the longest frame of each run";
    match overview(runs) {
        Ok((longest, every)) => {
            section.details.push(format!(
                "10: {} runs of {SCROLL_FRAMES} frames scrolling the overview of {OVERVIEW_ORGS} orgs with their logos; median frame {:.2} ms.",
                longest.len(),
                every.median()
            ));
            section.rows.push(
                Row::new("10", what, Unit::Ms, longest.summary(), "no runs")
                    .target(Target::AtMost(16.0)),
            );
        }
        Err(error) => section
            .rows
            .push(Row::not_measured("10", what, Unit::Ms, error.to_string())),
    }
    section
}

/// The org on the screen, if an org's screen is up.
fn shown(app: &OrgViewerApp) -> Option<&str> {
    match app.screen() {
        Screen::Organization(view) => Some(view.id.as_str()),
        _ => None,
    }
}

/// Signs in to the sim's production and sandbox, lets the app fetch both, then switches
/// between them `runs` times: the time of the frame after each key, which must show the other
/// org (else the run is broken: the switch waited for something).
fn switching(runs: usize) -> Result<Samples> {
    let sim = Sim::start(SimOptions::default())?;
    let orgs = [SimOrg::zylker_traders(), SimOrg::zylker_sandbox()];
    let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
    let mut app = Headless::new(several_orgs_config(&sim, &orgs, home.path())?)?;
    // The last signed in is current: the sandbox. Fetch it, then production (Ctrl+1), so both
    // are fresh and no switch starts a refresh.
    let sandbox = orgs[1].id.clone();
    let production = orgs[0].id.clone();
    app.run_until("the sandbox", PATIENCE, |app| {
        matches!(app.screen(), Screen::Organization(view) if view.id == sandbox && !view.refreshing)
    })?;
    app.press_with(egui::Modifiers::COMMAND, egui::Key::Num1);
    app.run_until("production", PATIENCE, |app| {
        matches!(app.screen(), Screen::Organization(view) if view.id == production && !view.refreshing)
    })?;
    app.settle(Duration::from_millis(200));
    let mut frames = Samples::new();
    for run in 0..runs.max(1) * 2 {
        let (key, target) = if run % 2 == 0 {
            (egui::Key::Num2, &sandbox)
        } else {
            (egui::Key::Num1, &production)
        };
        app.press_with(egui::Modifiers::COMMAND, key);
        let took = app.frame();
        if shown(app.app()) != Some(target.as_str()) {
            return Err(HarnessError::Setup(format!(
                "the frame after the key did not show {target}"
            )));
        }
        frames.push(ms(took));
        app.settle(Duration::from_millis(50));
    }
    Ok(frames)
}

/// Signs in to 200 made-up orgs, refreshes them all (F5 on the overview) until every logo is
/// in, then scrolls the overview down and up: the longest frame of each run, and every frame.
fn overview(runs: usize) -> Result<(Samples, Samples)> {
    let sim = Sim::start(SimOptions::default().generated_orgs(OVERVIEW_ORGS))?;
    let orgs: Vec<SimOrg> = (0..OVERVIEW_ORGS).map(SimOrg::generated).collect();
    let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
    let mut app = Headless::new(several_orgs_config(&sim, &orgs, home.path())?)?;
    app.run_until("an org", PATIENCE, |app| {
        matches!(app.screen(), Screen::Organization(_))
    })?;
    app.app_mut().open_overview();
    app.frame();
    app.press(egui::Key::F5);
    let deadline = Instant::now() + PATIENCE;
    while sim.stats().photo_requests < OVERVIEW_ORGS as u32 {
        if !app.wait_for_repaint(deadline) {
            return Err(HarnessError::Timeout(
                "the overview's Refresh all did not fetch every logo".to_owned(),
            ));
        }
        app.frame();
    }
    app.settle(Duration::from_millis(300));
    let mut longest = Samples::new();
    let mut every = Samples::new();
    let over_the_table = egui::pos2(600.0, 400.0);
    for run in 0..runs.max(1) {
        let direction = if run % 2 == 0 { -1.0 } else { 1.0 };
        let mut worst = Duration::ZERO;
        for _ in 0..SCROLL_FRAMES {
            app.event(egui::Event::PointerMoved(over_the_table));
            app.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, direction * 80.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            });
            let took = app.frame();
            worst = worst.max(took);
            every.push(ms(took));
        }
        longest.push(ms(worst));
    }
    if !matches!(app.app().screen(), Screen::Overview) {
        return Err(HarnessError::Setup(
            "the overview was not on screen while scrolling".to_owned(),
        ));
    }
    Ok((longest, every))
}
