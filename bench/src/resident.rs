//! The app's real window left alone. Measurement 3: idle CPU time and frames over ten seconds
//! once the organization is on screen. Measurement 4: resident memory while it shows a 4096 ×
//! 4096 PNG logo (and, from the idle runs, the demo logo). Each against the minimal eframe window
//! measured beside it. The window that shows the large logo also gives 5e: the real frame
//! (texture upload included) in which the logo appears. And (issue #13) the memory of the app
//! idle on the overview of 200 orgs with their logos, against the app with one of them.

use std::time::Duration;

use url::Url;
use zoho_org_viewer::sim::{Endpoint, Sim, SimOptions, SimOrg, SimPhoto};

use crate::error::HarnessError;
use crate::error::Result;
use crate::report::{Row, Section, Target, Unit};
use crate::startup::Binaries;
use crate::stats::Samples;
use crate::window::{FrameEvent, Launched, Memory, launch, now_ns};
use crate::world::{Home, Zoho, free_port, saved_orgs};

/// How many orgs the memory of several orgs is measured with.
const MANY_ORGS: usize = 200;

/// How long a window may take to show what is waited for.
const PATIENCE: Duration = Duration::from_secs(60);

/// Time for the last writes (the cache) and frames to finish before measuring the quiet.
const SETTLE: Duration = Duration::from_secs(2);

fn shows_logo(frame: &FrameEvent) -> bool {
    frame.screen.starts_with("org+logo")
}

/// Starts the app signed in to `zoho`, in `home`.
fn launch_app(binaries: &Binaries<'_>, zoho: &Zoho, home: &Home) -> Result<Launched> {
    home.save_sign_in(&zoho.tokens)?;
    launch(
        "the app",
        binaries.app,
        &[],
        home,
        Some(&zoho.sim.accounts_url()),
    )
}

/// Runs measurement 3 (`runs` windows of `idle` each) and the demo-logo memory row (4c).
pub fn measure_idle(binaries: &Binaries<'_>, runs: usize, idle: Duration) -> Section {
    let mut section = Section::default();
    let cpu_what = format!(
        "Idle CPU over {} s, organization on screen (% of one core)",
        idle.as_secs()
    );
    let frames_what = format!("Frames painted in those {} s", idle.as_secs());
    let memory_what = "Idle resident memory, demo logo (480 × 160 PNG)";
    match run_idle(binaries, runs, idle) {
        Ok(result) => {
            section.rows.push(
                Row::new(
                    "3a",
                    cpu_what,
                    Unit::PercentOfCore,
                    result.app_cpu.summary(),
                    "no runs",
                )
                .against(
                    "minimal eframe window, same time",
                    result.minimal_cpu.summary(),
                )
                .target(Target::AtMost(0.5)),
            );
            section.rows.push(
                Row::new(
                    "3b",
                    frames_what,
                    Unit::Frames,
                    result.app_frames.summary(),
                    "no runs",
                )
                .against("minimal eframe window", result.minimal_frames.summary())
                .target(Target::AtMost(0.0)),
            );
            if let Some((app, minimal)) = result.split {
                section.details.push(format!(
                    "4c, idle resident memory split (last run): app {:.1} MiB private + {:.1} MiB file-backed (program, libraries, fonts); minimal window {:.1} MiB + {:.1} MiB.",
                    app.anonymous, app.file_backed, minimal.anonymous, minimal.file_backed
                ));
            }
            section.rows.push(
                Row::new(
                    "4c",
                    memory_what,
                    Unit::Mb,
                    result.app_rss.summary(),
                    "no runs",
                )
                .against("minimal eframe window, idle", result.minimal_rss.summary()),
            );
        }
        Err(error) => {
            for (id, what, unit) in [
                ("3a", cpu_what, Unit::PercentOfCore),
                ("3b", frames_what, Unit::Frames),
                ("4c", memory_what.to_owned(), Unit::Mb),
            ] {
                section
                    .rows
                    .push(Row::not_measured(id, what, unit, error.to_string()));
            }
        }
    }
    section
}

#[derive(Default)]
struct IdleResult {
    app_cpu: Samples,
    minimal_cpu: Samples,
    app_frames: Samples,
    minimal_frames: Samples,
    app_rss: Samples,
    minimal_rss: Samples,
    /// The last run's memory, app then minimal window.
    split: Option<(Memory, Memory)>,
}

fn run_idle(binaries: &Binaries<'_>, runs: usize, idle: Duration) -> Result<IdleResult> {
    let zoho = Zoho::start(None)?;
    let mut result = IdleResult::default();
    for _ in 0..runs {
        // Both windows at once: idle, they do not compete for anything. With no window manager
        // both sit at the top left; the app opens second so that it is the one on top.
        let minimal_home = Home::new()?;
        let mut minimal = launch(
            "the minimal window",
            binaries.minimal,
            &[],
            &minimal_home,
            None,
        )?;
        minimal.wait_for("its first frame", PATIENCE, |frame| frame.number == 1)?;
        let app_home = Home::new()?;
        let mut app = launch_app(binaries, &zoho, &app_home)?;
        app.wait_for("the organization and its logo", PATIENCE, shows_logo)?;
        std::thread::sleep(SETTLE);

        let start = now_ns();
        let app_before = app.cpu_time()?;
        let minimal_before = minimal.cpu_time()?;
        std::thread::sleep(idle);
        let app_used = app.cpu_time()?.saturating_sub(app_before);
        let minimal_used = minimal.cpu_time()?.saturating_sub(minimal_before);
        let end = now_ns();

        let percent = |used: Duration| used.as_secs_f64() / idle.as_secs_f64() * 100.0;
        let frames_within = |window: &Launched| {
            window
                .frames()
                .iter()
                .filter(|frame| frame.start_ns > start && frame.start_ns <= end)
                .count() as f64
        };
        result.app_cpu.push(percent(app_used));
        result.minimal_cpu.push(percent(minimal_used));
        result.app_frames.push(frames_within(&app));
        result.minimal_frames.push(frames_within(&minimal));
        let (app_memory, minimal_memory) = (app.memory()?, minimal.memory()?);
        result.app_rss.push(app_memory.resident);
        result.minimal_rss.push(minimal_memory.resident);
        result.split = Some((app_memory, minimal_memory));
    }
    Ok(result)
}

/// Runs the large-logo memory rows (4a, 4b) and the real-window logo frame (5e), `runs` times.
pub fn measure_memory(binaries: &Binaries<'_>, png: &[u8], runs: usize) -> Section {
    let mut section = Section::default();
    let idle_what = "Idle resident memory, showing a 4096 × 4096 PNG logo";
    let peak_what = "Peak resident memory, showing a 4096 × 4096 PNG logo";
    let frame_what =
        "Real window: the frame that shows the 4096 PNG logo (texture upload included)";
    match run_memory(binaries, png, runs) {
        Ok(result) => {
            if let Some(app) = result.split {
                section.details.push(format!(
                    "4a, the app's idle resident memory with the 4096 × 4096 logo (last run): {:.1} MiB private + {:.1} MiB file-backed.",
                    app.anonymous, app.file_backed
                ));
            }
            section.rows.push(
                Row::new(
                    "4a",
                    idle_what,
                    Unit::Mb,
                    result.app_rss.summary(),
                    "no runs",
                )
                .against("minimal eframe window, idle", result.minimal_rss.summary())
                .target(Target::RatioAtMost(2.0)),
            );
            section.rows.push(
                Row::new(
                    "4b",
                    peak_what,
                    Unit::Mb,
                    result.app_peak.summary(),
                    "no runs",
                )
                .against("minimal eframe window, peak", result.minimal_peak.summary()),
            );
            section.rows.push(
                Row::new(
                    "5e",
                    frame_what,
                    Unit::Ms,
                    result.logo_frame.summary(),
                    "the frame time was not reported",
                )
                .against("the next frame, nothing new", result.quiet_frame.summary())
                .target(Target::AtMost(16.0)),
            );
        }
        Err(error) => {
            for (id, what, unit) in [
                ("4a", idle_what, Unit::Mb),
                ("4b", peak_what, Unit::Mb),
                ("5e", frame_what, Unit::Ms),
            ] {
                section
                    .rows
                    .push(Row::not_measured(id, what, unit, error.to_string()));
            }
        }
    }
    section
}

#[derive(Default)]
struct MemoryResult {
    app_rss: Samples,
    app_peak: Samples,
    minimal_rss: Samples,
    minimal_peak: Samples,
    logo_frame: Samples,
    quiet_frame: Samples,
    /// The app's memory in the last run.
    split: Option<Memory>,
}

fn run_memory(binaries: &Binaries<'_>, png: &[u8], runs: usize) -> Result<MemoryResult> {
    let zoho = Zoho::start(Some(SimPhoto::png(png.to_vec(), "logo-4096.png")))?;
    // The logo comes well after the organization, so it has a frame of its own to time.
    zoho.sim
        .set_latency(Endpoint::Photo, Duration::from_millis(300));
    let mut result = MemoryResult::default();
    for _ in 0..runs {
        let home = Home::new()?;
        let mut minimal = launch("the minimal window", binaries.minimal, &[], &home, None)?;
        minimal.wait_for("its first frame", PATIENCE, |frame| frame.number == 1)?;
        std::thread::sleep(SETTLE);
        let memory = minimal.memory()?;
        result.minimal_rss.push(memory.resident);
        result.minimal_peak.push(memory.peak);
        drop(minimal);

        let home = Home::new()?;
        let mut app = launch_app(binaries, &zoho, &home)?;
        let shown = app.wait_for("the organization and its logo", PATIENCE, shows_logo)?;
        // The hook reports each frame's full time in the next frame's line, and after a change
        // it asks for two more frames: the second is the same screen with nothing new.
        let reported = |app: &mut Launched, number: u64| {
            app.wait_for("the next frame", Duration::from_secs(2), |frame| {
                frame.number == number + 1
            })
            .ok()
            .and_then(|frame| frame.previous_ms)
        };
        if let Some(time) = reported(&mut app, shown.number) {
            result.logo_frame.push(time);
        }
        if let Some(time) = reported(&mut app, shown.number + 1) {
            result.quiet_frame.push(time);
        }
        std::thread::sleep(SETTLE);
        let memory = app.memory()?;
        result.app_rss.push(memory.resident);
        result.app_peak.push(memory.peak);
        result.split = Some(memory);
    }
    Ok(result)
}

/// Runs the several-orgs memory row (4f), `runs` times: the app idle on the overview of
/// [`MANY_ORGS`] orgs with their logos against the app idle on one of them, both from the cache
/// with no network (the same data either way; nothing is fetched meanwhile).
pub fn measure_orgs_memory(binaries: &Binaries<'_>, runs: usize) -> Section {
    let mut section = Section::default();
    let what =
        format!("Idle resident memory, {MANY_ORGS} orgs signed in, the overview with their logos");
    match run_orgs_memory(binaries, runs) {
        Ok(result) => {
            if let Some((many, one, screen)) = result.split {
                section.details.push(format!(
                    "4f (last run): {MANY_ORGS} orgs {:.1} MiB private + {:.1} MiB file-backed, the overview showing “{screen}” (small logos uploaded: those of the rows and switcher entries in view); one org {:.1} MiB + {:.1} MiB.",
                    many.anonymous, many.file_backed, one.anonymous, one.file_backed
                ));
            }
            section.rows.push(
                Row::new("4f", what, Unit::Mb, result.many.summary(), "no runs")
                    .against(
                        "the app with one of them, idle on its org",
                        result.one.summary(),
                    )
                    .target(Target::RatioAtMost(1.5)),
            );
        }
        Err(error) => section
            .rows
            .push(Row::not_measured("4f", what, Unit::Mb, error.to_string())),
    }
    section
}

#[derive(Default)]
struct OrgsMemory {
    many: Samples,
    one: Samples,
    /// The last run's memory with many orgs and with one, and what the overview showed.
    split: Option<(Memory, Memory, String)>,
}

fn run_orgs_memory(binaries: &Binaries<'_>, runs: usize) -> Result<OrgsMemory> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(HarnessError::io("starting a runtime"))?;
    let dead = Url::parse(&format!("http://127.0.0.1:{}/", free_port()?)).map_err(|error| {
        HarnessError::Setup(format!("a loopback address did not read: {error}"))
    })?;
    let sim = Sim::start(SimOptions::default().generated_orgs(MANY_ORGS))?;
    let orgs: Vec<SimOrg> = (0..MANY_ORGS).map(SimOrg::generated).collect();
    let saved = saved_orgs(&sim, &orgs, &dead, &runtime)?;
    drop(sim);
    let mut result = OrgsMemory::default();
    for _ in 0..runs {
        let home = Home::new()?;
        home.save_orgs(&saved[..1])?;
        let mut app = launch(
            "the app with one org",
            binaries.app,
            &[],
            &home,
            Some(&dead),
        )?;
        app.wait_for("the org and its logo", PATIENCE, shows_logo)?;
        std::thread::sleep(SETTLE);
        let one = app.memory()?;
        drop(app);

        let home = Home::new()?;
        home.save_orgs(&saved)?;
        home.save_place_overview()?;
        let mut app = launch(
            "the app with many orgs",
            binaries.app,
            &[],
            &home,
            Some(&dead),
        )?;
        let shown = app.wait_for("the overview with logos", PATIENCE, |frame| {
            frame
                .screen
                .strip_prefix("overview+logos:")
                .and_then(|count| count.parse::<usize>().ok())
                .is_some_and(|count| count > 0)
        })?;
        std::thread::sleep(SETTLE);
        let many = app.memory()?;
        result.one.push(one.resident);
        result.many.push(many.resident);
        result.split = Some((many, one, shown.screen));
    }
    Ok(result)
}
