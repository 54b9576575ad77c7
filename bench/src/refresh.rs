//! Measurement 1, refresh to screen: from the refresh request (F5) until the app holds both the new
//! organization and the new logo texture, against the simulated Zoho with injected latency. The
//! references, measured in the same loop on a warm client of the same configuration: each call
//! alone (the slower one is the physical limit for two calls on two connections) and the two calls
//! one after the other.

use std::time::{Duration, Instant, SystemTime};

use zoho_org_viewer::sim::Endpoint;
use zoho_org_viewer::worker::OrgData;
use zoho_org_viewer::worker::logo::{PREVIEW_MAX_SIDE, decode_preview};
use zoho_org_viewer::zoho::CrmClient;
use zoho_org_viewer::zoho::display::ValueFormat;

use crate::error::{HarnessError, Result};
use crate::headless::{Headless, on_screen, refreshed};
use crate::report::{Row, Section, Target, Unit};
use crate::stats::{Samples, ms};
use crate::world::Zoho;

/// How long the app may take to show a refresh before the run counts as broken.
const PATIENCE: Duration = Duration::from_secs(20);

/// The latencies the issue asks for: (organization, photo).
pub const SETTINGS: [(u64, u64); 2] = [(80, 120), (20, 20)];

/// Runs measurement 1 at every latency setting, `runs` times each (after one warm-up).
pub fn measure(runs: usize) -> Section {
    let mut section = Section::default();
    for (index, (org_ms, photo_ms)) in SETTINGS.into_iter().enumerate() {
        let id = if index == 0 { "1a" } else { "1b" };
        let what = format!("Refresh to screen, org {org_ms} ms / photo {photo_ms} ms");
        match measure_setting(runs, org_ms, photo_ms) {
            Ok(result) => {
                section.rows.push(
                    Row::new(id, what.clone(), Unit::Ms, result.app.summary(), "no runs")
                        .against("slower single call alone", result.slower_single.summary())
                        .target(Target::WithinOfReference {
                            fraction: 0.10,
                            absolute: 5.0,
                        }),
                );
                section.rows.push(
                    Row::new(
                        &format!("{id}′"),
                        format!("{what} (vs sequential)"),
                        Unit::Ms,
                        result.app.summary(),
                        "no runs",
                    )
                    .against(
                        "the two calls one after the other",
                        result.sequential.summary(),
                    ),
                );
                section.details.push(format!(
                    "{id}: org call alone {:.1} ms, photo call alone {:.1} ms, both one after the other {:.1} ms, the app {:.1} ms (median of {} runs).",
                    result.org_alone.median(),
                    result.photo_alone.median(),
                    result.sequential.median(),
                    result.app.median(),
                    result.app.len(),
                ));
            }
            Err(error) => {
                section
                    .rows
                    .push(Row::not_measured(id, what, Unit::Ms, error.to_string()));
            }
        }
    }
    match breakdown(runs.max(5)) {
        Ok(lines) => section.details.extend(lines),
        Err(error) => section
            .details
            .push(format!("1: the breakdown could not be measured: {error}")),
    }
    section
}

struct SettingResult {
    app: Samples,
    org_alone: Samples,
    photo_alone: Samples,
    slower_single: Samples,
    sequential: Samples,
}

fn measure_setting(runs: usize, org_ms: u64, photo_ms: u64) -> Result<SettingResult> {
    let zoho = Zoho::start(None)?;
    zoho.sim
        .set_latency(Endpoint::Org, Duration::from_millis(org_ms));
    zoho.sim
        .set_latency(Endpoint::Photo, Duration::from_millis(photo_ms));
    let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
    let mut app = Headless::new(zoho.worker_config(home.path())?)?;
    // Signed in at start: the app refreshes by itself; that first load is not measured.
    app.run_until("the organization", PATIENCE, |app| refreshed(app, None))?;
    app.settle(Duration::from_millis(100));

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(HarnessError::io("starting a runtime"))?;
    let crm = CrmClient::new(zoho_org_viewer::zoho::http::client()?);
    let token = zoho.access_token()?;
    let api = zoho.sim.api_url();
    let org_call = || -> Result<Duration> {
        let start = Instant::now();
        runtime.block_on(crm.get_org(&api, &token))?;
        Ok(start.elapsed())
    };
    let photo_call = || -> Result<Duration> {
        let start = Instant::now();
        runtime.block_on(crm.get_org_photo(&api, &token))?;
        Ok(start.elapsed())
    };
    // Two warm connections, as the app has after its first refresh.
    runtime.block_on(async {
        let (org, photo) = tokio::join!(crm.get_org(&api, &token), crm.get_org_photo(&api, &token));
        org.map(|_| ()).and(photo.map(|_| ()))
    })?;

    let mut result = SettingResult {
        app: Samples::new(),
        org_alone: Samples::new(),
        photo_alone: Samples::new(),
        slower_single: Samples::new(),
        sequential: Samples::new(),
    };
    for run in 0..=runs {
        let before = on_screen(app.app());
        app.press(egui::Key::F5);
        let start = Instant::now();
        app.frame();
        if !refreshed(app.app(), before) {
            app.run_until("the refreshed organization and logo", PATIENCE, |shown| {
                refreshed(shown, before)
            })?;
        }
        let app_time = start.elapsed();
        // Let the worker finish the refresh (it saves the cache) before the next one.
        std::thread::sleep(Duration::from_millis(100));
        app.settle(Duration::from_millis(20));

        let org = org_call()?;
        let photo = photo_call()?;
        let start = Instant::now();
        org_call()?;
        photo_call()?;
        let sequential = start.elapsed();
        if run == 0 {
            continue; // warm-up
        }
        result.app.push(ms(app_time));
        result.org_alone.push(ms(org));
        result.photo_alone.push(ms(photo));
        result.slower_single.push(ms(org.max(photo)));
        result.sequential.push(ms(sequential));
    }
    Ok(result)
}

/// Where the time beyond the network goes, measured piece by piece without latency: preparing
/// the organization for display, decoding the demo logo, and one frame of the organization screen.
fn breakdown(runs: usize) -> Result<Vec<String>> {
    let zoho = Zoho::start(None)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(HarnessError::io("starting a runtime"))?;
    let (org, photo) = zoho.fetch(&runtime)?;
    let photo = photo.ok_or_else(|| HarnessError::Setup("the demo has no logo".to_owned()))?;
    let format = ValueFormat::system();
    let mut prepare = Samples::new();
    let mut decode = Samples::new();
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(OrgData::new(org.clone(), SystemTime::now(), &format));
        prepare.push(ms(start.elapsed()));
        let start = Instant::now();
        let preview = decode_preview(&photo.bytes, photo.format, PREVIEW_MAX_SIDE);
        std::hint::black_box(preview.is_ok());
        decode.push(ms(start.elapsed()));
    }
    let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
    let mut app = Headless::new(zoho.worker_config(home.path())?)?;
    app.run_until("the organization", PATIENCE, |app| refreshed(app, None))?;
    app.settle(Duration::from_millis(100));
    let frames: Samples = (0..runs).map(|_| ms(app.frame())).collect();
    drop(app);
    // A fresh app whose answers are all in before its first frame, as at a cold start from
    // the cache: that frame lays out the organization with every cache of egui cold.
    let mut cold = Samples::new();
    for _ in 0..runs.min(5) {
        let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
        let mut app = Headless::new(zoho.worker_config(home.path())?)?;
        std::thread::sleep(Duration::from_millis(300));
        let time = app.frame();
        if refreshed(app.app(), None) {
            cold.push(ms(time));
        }
    }
    let mut lines = vec![format!(
        "1, where the time beyond the network goes (no latency, median of {runs}): preparing the organization for display (sections, copy texts) {:.2} ms on the worker; decoding and scaling the demo logo ({} bytes) {:.2} ms on the worker, beside the organization call; one frame of the organization screen (logic, layout, tessellation; no GPU) {:.2} ms on the UI thread.",
        prepare.median(),
        photo.bytes.len(),
        decode.median(),
        frames.median(),
    )];
    lines.push(format!(
        "2, the CPU side of a first frame: a fresh app's first frame, showing the organization and logo with egui's font and layout caches cold, takes {:.1} ms headless (logic, layout, glyphs, tessellation; no GPU; median of {}). The rest of the real first frame is the GL driver.",
        cold.median(),
        cold.len(),
    ));
    Ok(lines)
}
