//! Measurement 5, logo decode: decoding and scaling a 4096 × 4096 PNG and a 2048 × 2048 JPEG with
//! the worker's own function, against decoding alone; and the UI's frame times while the worker
//! does it, against frames with nothing going on. Also the memory a decode takes and keeps (4d),
//! from a separate process so that nothing else in it moves the numbers.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use image::ImageFormat;
use zoho_org_viewer::sim::SimPhoto;
use zoho_org_viewer::worker::logo::{PREVIEW_MAX_SIDE, decode_preview};
use zoho_org_viewer::zoho::PhotoFormat;

use crate::error::{HarnessError, Result};
use crate::headless::{Headless, on_screen, refreshed};
use crate::report::{Row, Section, Target, Unit};
use crate::stats::{Samples, mib, ms};
use crate::world::Zoho;

/// A frame at 60 Hz.
const FRAME_BUDGET: Duration = Duration::from_micros(16_667);

/// The large logos, made once per run.
pub struct Logos {
    /// 4096 × 4096 PNG with transparency.
    pub png: Vec<u8>,
    /// 2048 × 2048 JPEG.
    pub jpeg: Vec<u8>,
}

impl Logos {
    /// Draws and encodes both logos.
    pub fn make() -> Result<Self> {
        Ok(Self {
            png: crate::images::png_logo(4096)?,
            jpeg: crate::images::jpeg_logo(2048)?,
        })
    }
}

/// Runs measurement 5 (`runs` times each) and the decode part of 4 (4d).
pub fn measure(logos: &Logos, runs: usize, harness: &Path, folder: &Path) -> Section {
    let mut section = Section::default();
    let cases = [
        ("5a", "5c", "4096 × 4096 PNG", &logos.png, PhotoFormat::Png),
        (
            "5b",
            "5d",
            "2048 × 2048 JPEG",
            &logos.jpeg,
            PhotoFormat::Jpeg,
        ),
    ];
    for (decode_id, frame_id, name, bytes, format) in cases {
        let (decoding, alone) = decode_times(bytes, format, runs);
        section.rows.push(
            Row::new(
                decode_id,
                format!(
                    "Decode + scale to ≤ {PREVIEW_MAX_SIDE} px, {name} ({:.1} MiB), worker",
                    mib(bytes.len() as u64)
                ),
                Unit::Ms,
                decoding.summary(),
                "the image did not decode",
            )
            .against("decoding alone (image crate)", alone.summary()),
        );
        let what = format!("Longest UI frame while the worker fetches and decodes the {name}");
        match frames_during_decode(bytes, format, runs) {
            Ok(frames) => {
                section.rows.push(
                    Row::new(frame_id, what, Unit::Ms, frames.during.summary(), "no runs")
                        .against("longest frame, nothing going on", frames.quiet.summary())
                        .target(Target::AtMost(16.0)),
                );
                section.details.push(format!(
                    "{frame_id}: {} frames at 60 Hz in {runs} runs while the {name} was fetched, decoded and shown ({:.0} ms from F5 to the new logo, median); {} of them over 16 ms. Headless frames: logic, layout and tessellation on the UI thread, no GPU upload (5e has the real window's).",
                    frames.count,
                    frames.refresh_ms.median(),
                    frames.over_budget,
                ));
            }
            Err(error) => section.rows.push(Row::not_measured(
                frame_id,
                what,
                Unit::Ms,
                error.to_string(),
            )),
        }
    }
    section.rows.extend(decode_memory(logos, harness, folder));
    section
}

/// The worker's decode and scale, and decoding alone, interleaved.
fn decode_times(bytes: &[u8], format: PhotoFormat, runs: usize) -> (Samples, Samples) {
    let image_format = match format {
        PhotoFormat::Jpeg => ImageFormat::Jpeg,
        _ => ImageFormat::Png,
    };
    let mut decoding = Samples::new();
    let mut alone = Samples::new();
    for run in 0..=runs {
        let start = Instant::now();
        let preview = decode_preview(bytes, format, PREVIEW_MAX_SIDE);
        let decode_time = start.elapsed();
        let start = Instant::now();
        let plain = image::load_from_memory_with_format(bytes, image_format);
        let alone_time = start.elapsed();
        if preview.is_err() || plain.is_err() {
            return (Samples::new(), Samples::new());
        }
        drop((preview, plain));
        if run > 0 {
            decoding.push(ms(decode_time));
            alone.push(ms(alone_time));
        }
    }
    (decoding, alone)
}

struct FrameTimes {
    during: Samples,
    quiet: Samples,
    refresh_ms: Samples,
    count: usize,
    over_budget: usize,
}

/// Frames at 60 Hz (as while the person moves the mouse) for a second with nothing going on,
/// then from F5 until the new logo is on screen; the longest of each, per run.
fn frames_during_decode(bytes: &[u8], format: PhotoFormat, runs: usize) -> Result<FrameTimes> {
    let photo = match format {
        PhotoFormat::Jpeg => SimPhoto::jpeg(bytes.to_vec(), "logo.jpg"),
        _ => SimPhoto::png(bytes.to_vec(), "logo.png"),
    };
    let zoho = Zoho::start(Some(photo))?;
    let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
    let mut app = Headless::new(zoho.worker_config(home.path())?)?;
    let patience = Duration::from_secs(60);
    app.run_until("the organization and its logo", patience, |app| {
        refreshed(app, None)
    })?;
    app.settle(Duration::from_millis(200));
    let mut result = FrameTimes {
        during: Samples::new(),
        quiet: Samples::new(),
        refresh_ms: Samples::new(),
        count: 0,
        over_budget: 0,
    };
    for _ in 0..runs {
        let quiet = paced_frames(&mut app, Instant::now() + Duration::from_secs(1), |_| false);
        let before = on_screen(app.app());
        app.press(egui::Key::F5);
        let start = Instant::now();
        let during = paced_frames(&mut app, start + patience, |app| refreshed(app, before));
        result.refresh_ms.push(ms(start.elapsed()));
        if !refreshed(app.app(), before) {
            return Err(HarnessError::Timeout(
                "the app did not show the new logo within 60 s".to_owned(),
            ));
        }
        result.count += during.len();
        result.over_budget += during.iter().filter(|frame| **frame > FRAME_BUDGET).count();
        let longest = |frames: &[Duration]| frames.iter().max().map_or(0.0, |frame| ms(*frame));
        result.during.push(longest(&during));
        result.quiet.push(longest(&quiet));
        std::thread::sleep(Duration::from_millis(200));
        app.settle(Duration::from_millis(50));
    }
    Ok(result)
}

/// Runs a frame every 1/60 s until `done` holds after one or `deadline` passes; their durations.
fn paced_frames(
    app: &mut Headless,
    deadline: Instant,
    done: impl Fn(&zoho_org_viewer::ui::OrgViewerApp) -> bool,
) -> Vec<Duration> {
    let mut durations = Vec::new();
    let mut next = Instant::now();
    while Instant::now() < deadline {
        let now = Instant::now();
        if next > now {
            std::thread::sleep(next - now);
        }
        durations.push(app.frame());
        if done(app.app()) {
            break;
        }
        next += FRAME_BUDGET;
        // A late frame is not followed by a burst of catch-up frames.
        next = next.max(Instant::now());
    }
    durations
}

/// 4d: what one decode of the 4096 PNG costs in memory, from a fresh process: the peak above
/// what it had before (the file already read), and what it still holds afterwards with the
/// preview kept.
fn decode_memory(logos: &Logos, harness: &Path, folder: &Path) -> Vec<Row> {
    let decoded_mb = mib(4096 * 4096 * 4);
    let what_peak = "Memory a 4096 × 4096 PNG decode takes at its peak (fresh process)";
    let what_kept = "Memory still held after the decode, preview kept";
    let mut peaks = Samples::new();
    let mut kept = Samples::new();
    let file = folder.join("logo-4096.png");
    if let Err(error) = std::fs::write(&file, &logos.png) {
        return vec![Row::not_measured(
            "4d",
            what_peak,
            Unit::Mb,
            error.to_string(),
        )];
    }
    for _ in 0..3 {
        match probe(harness, &file) {
            Ok((peak, after)) => {
                peaks.push(peak);
                kept.push(after);
            }
            Err(error) => {
                return vec![Row::not_measured(
                    "4d",
                    what_peak,
                    Unit::Mb,
                    error.to_string(),
                )];
            }
        }
    }
    let reference = crate::stats::Summary {
        median: decoded_mb,
        min: decoded_mb,
        max: decoded_mb,
        runs: 0,
    };
    vec![
        Row::new("4d", what_peak, Unit::Mb, peaks.summary(), "no runs")
            .against("its full-size pixels (4096² × 4 bytes)", Some(reference)),
        Row::new("4e", what_kept, Unit::Mb, kept.summary(), "no runs")
            .against("its full-size pixels (4096² × 4 bytes)", Some(reference))
            // Keeping the full-size pixels after the decode is what the issue rules out.
            .target(Target::AtMost(decoded_mb / 4.0)),
    ]
}

/// Runs `harness probe-decode FILE` and reads its answer: (peak, kept) in MiB above its baseline.
fn probe(harness: &Path, file: &Path) -> Result<(f64, f64)> {
    let output = Command::new(harness)
        .arg("probe-decode")
        .arg(file)
        .output()
        .map_err(HarnessError::io("running the decode probe"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let numbers: Vec<f64> = text
        .split_whitespace()
        .filter_map(|word| word.parse().ok())
        .collect();
    match numbers[..] {
        [peak, kept] if output.status.success() => Ok((peak, kept)),
        _ => Err(HarnessError::Setup(format!(
            "the decode probe answered {:?} ({}): {}",
            text.trim(),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ))),
    }
}

/// The probe itself, in its own process: reads `file`, decodes it as the worker does, and
/// prints the peak and the kept memory above the baseline, in MiB.
pub fn probe_decode(file: &Path) -> Result<()> {
    let bytes =
        std::fs::read(file).map_err(HarnessError::io(format!("reading {}", file.display())))?;
    let format = PhotoFormat::sniff(&bytes);
    let pid = std::process::id();
    let baseline = crate::window::memory(pid)?;
    let preview = decode_preview(&bytes, format, PREVIEW_MAX_SIDE)
        .map_err(|error| HarnessError::Setup(error.to_string()))?;
    let after = crate::window::memory(pid)?;
    std::hint::black_box(&preview);
    println!(
        "{:.1} {:.1}",
        after.peak - baseline.resident,
        after.resident - baseline.resident
    );
    Ok(())
}
