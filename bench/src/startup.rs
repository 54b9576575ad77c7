//! Measurement 2, cold start under the X display: from starting the process to its first painted
//! frame, and to the organization on screen from the cache with no network (the saved sign-in
//! points at loopback ports nobody listens on). The reference is the minimal eframe window, started
//! the same way, in alternation with the app. And (issue #13) to the overview of ten orgs with
//! their logos, from the cache with no network, where the app was left the last time.

use std::path::Path;
use std::time::Duration;

use crate::error::{HarnessError, Result};
use crate::report::{Row, Section, Target, Unit};
use crate::stats::Samples;
use crate::window::{FrameEvent, launch};
use zoho_org_viewer::sim::{Sim, SimOptions, SimOrg};

use crate::world::{Home, Zoho, offline_tokens, saved_orgs};

/// How many orgs the cold start to the overview has.
const OVERVIEW_ORGS: usize = 10;

/// How long a window may take to appear before the run counts as broken.
const PATIENCE: Duration = Duration::from_secs(30);

fn ms_between(from_ns: u128, to_ns: u128) -> f64 {
    to_ns.saturating_sub(from_ns) as f64 / 1e6
}

/// The binaries to start.
pub struct Binaries<'a> {
    /// The app's release binary.
    pub app: &'a Path,
    /// The reference window.
    pub minimal: &'a Path,
}

#[derive(Default)]
struct Times {
    minimal_first: Samples,
    app_first: Samples,
    app_org: Samples,
    app_overview: Samples,
    app_to_first_ui: Samples,
    app_first_frame: Samples,
    minimal_to_first_ui: Samples,
    minimal_first_frame: Samples,
    /// The app's frames in the last run: (ms after process start, frame time, screen).
    app_timeline: Vec<String>,
    /// The same for the app opening on the overview.
    overview_timeline: Vec<String>,
}

/// The frames of `app` (from process start), for the details.
fn timeline(app: &crate::window::Launched) -> Vec<String> {
    let spawned = app.spawned_ns;
    let frames = app.frames();
    frames
        .iter()
        .zip(frames.iter().skip(1).map(Some).chain([None]))
        .map(|(frame, next)| {
            format!(
                "frame {} “{}” from {:.0} ms{}",
                frame.number,
                // The texture's ID says nothing here.
                frame.screen.split(":Managed").next().unwrap_or_default(),
                ms_between(spawned, frame.start_ns),
                // A frame's length is known from the next one; the last has none.
                next.and_then(|next| next.previous_ms)
                    .map_or_else(String::new, |took| format!(", took {took:.0} ms")),
            )
        })
        .collect()
}

/// Runs measurement 2, `runs` times each (after one warm-up of each binary).
pub fn measure(binaries: &Binaries<'_>, runs: usize) -> Section {
    let mut section = Section::default();
    let first = "Cold start to the first painted frame";
    let org = "Cold start to the organization on screen, from the cache, offline";
    let overview = format!(
        "Cold start to the overview of {OVERVIEW_ORGS} orgs with their logos, from the cache, offline"
    );
    match run(binaries, runs) {
        Ok(times) => {
            section.rows.push(
                Row::new("2a", first, Unit::Ms, times.app_first.summary(), "no runs")
                    .against(
                        "minimal eframe window, first painted frame",
                        times.minimal_first.summary(),
                    )
                    .target(Target::RatioAtMost(1.3)),
            );
            section.rows.push(
                Row::new("2b", org, Unit::Ms, times.app_org.summary(), "no runs")
                    .against(
                        "minimal eframe window, first painted frame",
                        times.minimal_first.summary(),
                    )
                    .target(Target::RatioAtMost(1.3)),
            );
            section.rows.push(
                Row::new(
                    "2c",
                    overview.clone(),
                    Unit::Ms,
                    times.app_overview.summary(),
                    "no runs",
                )
                .against(
                    "minimal eframe window, first painted frame",
                    times.minimal_first.summary(),
                )
                .target(Target::RatioAtMost(1.3)),
            );
            section.details.push(format!(
                "2: process start to the first `ui` call: app {:.0} ms, minimal window {:.0} ms; the first frame itself (eframe's frame time, painting included): app {:.0} ms, minimal window {:.0} ms (medians).",
                times.app_to_first_ui.median(),
                times.minimal_to_first_ui.median(),
                times.app_first_frame.median(),
                times.minimal_first_frame.median(),
            ));
            section.details.push(format!(
                "2b, the app's frames in the last run (from process start): {}.",
                times.app_timeline.join("; ")
            ));
            section.details.push(format!(
                "2c, the app's frames in the last run (from process start; logos: the orgs' small logos uploaded): {}.",
                times.overview_timeline.join("; ")
            ));
        }
        Err(error) => {
            section.rows.push(Row::not_measured(
                "2c",
                overview,
                Unit::Ms,
                error.to_string(),
            ));
            section
                .rows
                .push(Row::not_measured("2a", first, Unit::Ms, error.to_string()));
            section
                .rows
                .push(Row::not_measured("2b", org, Unit::Ms, error.to_string()));
        }
    }
    section
}

fn run(binaries: &Binaries<'_>, runs: usize) -> Result<Times> {
    // The cache holds what the simulated Zoho serves; the saved sign-in then points nowhere.
    let zoho = Zoho::start(None)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(HarnessError::io("starting a runtime"))?;
    let (org, logo) = zoho.fetch(&runtime)?;
    let (tokens, dead) = offline_tokens(&zoho.tokens)?;
    drop(zoho);
    // Ten made-up orgs over two data centres, each fetched once, then saved pointing nowhere.
    let sim = Sim::start(SimOptions::default().generated_orgs(OVERVIEW_ORGS))?;
    let orgs: Vec<SimOrg> = (0..OVERVIEW_ORGS).map(SimOrg::generated).collect();
    let ten = saved_orgs(&sim, &orgs, &dead, &runtime)?;
    drop(sim);
    let overview_shown = format!("overview+logos:{OVERVIEW_ORGS}");

    let mut times = Times::default();
    for run in 0..=runs {
        let home = Home::new()?;
        let mut minimal = launch("the minimal window", binaries.minimal, &[], &home, None)?;
        let first = minimal.wait_for("its first frame", PATIENCE, |frame| frame.number == 1)?;
        let (painted, first_frame) = minimal.painted_ns(&first);
        let spawned = minimal.spawned_ns;
        drop(minimal);
        if run > 0 {
            times.minimal_first.push(ms_between(spawned, painted));
            times
                .minimal_to_first_ui
                .push(ms_between(spawned, first.start_ns));
            if let Some(frame) = first_frame {
                times.minimal_first_frame.push(frame);
            }
        }

        let home = Home::new()?;
        home.save_sign_in(&tokens)?;
        home.save_cache(org.clone(), logo.clone())?;
        let mut app = launch("the app", binaries.app, &[], &home, Some(&dead))?;
        let first = app.wait_for("its first frame", PATIENCE, |frame| frame.number == 1)?;
        let (first_painted, first_frame) = app.painted_ns(&first);
        let shown = app.wait_for("the cached organization", PATIENCE, |frame: &FrameEvent| {
            frame.screen.starts_with("org")
        })?;
        let (org_painted, _) = app.painted_ns(&shown);
        let spawned = app.spawned_ns;
        times.app_timeline = timeline(&app);
        drop(app);
        if run > 0 {
            times.app_first.push(ms_between(spawned, first_painted));
            times.app_org.push(ms_between(spawned, org_painted));
            times
                .app_to_first_ui
                .push(ms_between(spawned, first.start_ns));
            if let Some(frame) = first_frame {
                times.app_first_frame.push(frame);
            }
        }

        // Ten orgs, left on the overview last time: it opens there.
        let home = Home::new()?;
        home.save_orgs(&ten)?;
        home.save_place_overview()?;
        let mut app = launch(
            "the app with ten orgs",
            binaries.app,
            &[],
            &home,
            Some(&dead),
        )?;
        let shown = app.wait_for("the overview with every logo", PATIENCE, |frame| {
            frame.screen == overview_shown
        })?;
        let (painted, _) = app.painted_ns(&shown);
        times.overview_timeline = timeline(&app);
        if run > 0 {
            times.app_overview.push(ms_between(app.spawned_ns, painted));
        }
    }
    Ok(times)
}
