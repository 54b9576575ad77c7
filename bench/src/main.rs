//! The benchmarks of issue #6. `scripts/bench` builds the release binaries and runs this under
//! a virtual X display; it measures the app beside its references, prints a table of medians
//! (with minimum and maximum) and rewrites the generated part of `bench/RESULTS.md`.
//!
//! A number that misses its target is reported, not an error: the exit status is 1 only when
//! something could not be measured at all (the harness, or what it drives, broke).

mod command_line;
mod decode;
mod error;
mod headless;
mod images;
mod orgs;
mod refresh;
mod refresh_all;
mod report;
mod resident;
mod size;
mod startup;
mod stats;
mod window;
mod world;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};

use crate::error::{HarnessError, Result};
use crate::report::{Row, RunInfo, Section, Unit, Verdict};
use crate::startup::Binaries;

/// Benchmarks of Org Viewer for Zoho CRM (issue #6).
#[derive(Debug, Parser)]
#[command(name = "zoho-org-viewer-bench")]
struct Arguments {
    /// Fewer runs of each measurement, for CI: proves the harness works, in a couple of minutes.
    #[arg(long)]
    quick: bool,
    /// The workspace whose `target/release` holds the binaries.
    #[arg(long, default_value = ".")]
    workspace: PathBuf,
    /// The results file to update.
    #[arg(long, default_value = "bench/RESULTS.md")]
    results: PathBuf,
    /// Only these measurements (1 to 10), e.g. `--only 1,5`.
    #[arg(long, value_delimiter = ',')]
    only: Vec<u8>,
    #[command(subcommand)]
    command: Option<Internal>,
}

#[derive(Debug, Subcommand)]
enum Internal {
    /// (Used by the harness.) Decode an image as the worker does and print the memory it took.
    #[command(hide = true)]
    ProbeDecode {
        /// The image file.
        file: PathBuf,
    },
}

/// How many times each measurement runs.
struct Plan {
    refresh: usize,
    decode: usize,
    startup: usize,
    idle: usize,
    memory: usize,
    command_line: command_line::Runs,
    orgs: usize,
}

impl Plan {
    fn new(quick: bool) -> Self {
        if quick {
            Self {
                refresh: 5,
                decode: 3,
                startup: 3,
                idle: 1,
                memory: 2,
                command_line: command_line::Runs {
                    single: 10,
                    all: 3,
                    memory: 1,
                },
                orgs: 3,
            }
        } else {
            Self {
                refresh: 20,
                decode: 10,
                startup: 10,
                idle: 3,
                memory: 5,
                command_line: command_line::Runs {
                    single: 30,
                    all: 10,
                    memory: 3,
                },
                orgs: 10,
            }
        }
    }
}

/// The idle window the issue asks for.
const IDLE: Duration = Duration::from_secs(10);

fn main() -> ExitCode {
    let arguments = Arguments::parse();
    if let Some(Internal::ProbeDecode { file }) = &arguments.command {
        return match decode::probe_decode(file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        };
    }
    match run(&arguments) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("Some measurements could not be made; see the table above.");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("The benchmark harness failed: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the measurements; true when every one of them could be made.
fn run(arguments: &Arguments) -> Result<bool> {
    let started = Instant::now();
    let plan = Plan::new(arguments.quick);
    let wanted = |number: u8| arguments.only.is_empty() || arguments.only.contains(&number);
    // Absolute, because the windows run in their own home folders.
    let workspace = &std::fs::canonicalize(&arguments.workspace).map_err(HarnessError::io(
        format!("finding the workspace {}", arguments.workspace.display()),
    ))?;
    let app = workspace.join("target/release/zoho-org-viewer");
    let minimal = workspace.join("target/release/minimal-window");
    let binaries = Binaries {
        app: &app,
        minimal: &minimal,
    };
    let harness = std::env::current_exe().map_err(HarnessError::io("finding the harness"))?;
    let scratch = tempfile::Builder::new()
        .prefix("zoho-org-viewer-bench-")
        .tempdir()
        .map_err(HarnessError::io("making a scratch folder"))?;
    let display = std::env::var_os("DISPLAY").filter(|display| !display.is_empty());
    let info_before = machine_info(workspace, arguments.quick);

    let mut sections = Vec::new();
    let progress = |text: &str| eprintln!("[{:>5.1} s] {text}", started.elapsed().as_secs_f64());
    if wanted(6) {
        progress("6. size");
        sections.push(size::measure(&binaries, workspace, scratch.path()));
    }
    let logos = if wanted(4) || wanted(5) {
        progress("drawing the 4096 × 4096 PNG and 2048 × 2048 JPEG logos");
        Some(decode::Logos::make()?)
    } else {
        None
    };
    if let Some(logos) = &logos
        && wanted(5)
    {
        progress("5. logo decode");
        sections.push(decode::measure(
            logos,
            plan.decode,
            &harness,
            scratch.path(),
        ));
    }
    if wanted(1) {
        progress("1. refresh to screen");
        sections.push(refresh::measure(plan.refresh));
    }
    if wanted(8) {
        progress("8. refresh all");
        sections.push(refresh_all::measure(plan.refresh));
    }
    if wanted(7) {
        progress("7. command line");
        sections.push(command_line::measure(&app, plan.command_line));
    }
    if wanted(9) || wanted(10) {
        progress("9, 10. several organizations");
        sections.push(orgs::measure(plan.orgs));
    }
    match &display {
        Some(_) => {
            if wanted(2) {
                progress("2. cold start");
                sections.push(startup::measure(&binaries, plan.startup));
            }
            if wanted(3) {
                progress("3. idle");
                sections.push(resident::measure_idle(&binaries, plan.idle, IDLE));
            }
            if let Some(logos) = &logos
                && wanted(4)
            {
                progress("4. memory");
                sections.push(resident::measure_memory(&binaries, &logos.png, plan.memory));
            }
            if wanted(4) {
                progress("4f. memory with 200 orgs");
                sections.push(resident::measure_orgs_memory(&binaries, plan.memory));
            }
        }
        None => sections.push(no_display(&wanted)),
    }

    let mut info = info_before;
    info.duration_seconds = started.elapsed().as_secs_f64();
    let mut rows: Vec<Row> = sections.iter().flat_map(|s| s.rows.clone()).collect();
    rows.sort_by_cached_key(|row| report::id_order(&row.id));
    let details: Vec<String> = sections.iter().flat_map(|s| s.details.clone()).collect();
    let all = [Section { rows, details }];
    println!("\n{}", report::plain_table(&all));
    report::write_results(&arguments.results, &report::markdown(&info, &all))?;
    println!("Results written to {}", arguments.results.display());
    let complete = all[0]
        .rows
        .iter()
        .all(|row| row.verdict() != Verdict::NotMeasured);
    Ok(complete)
}

/// The rows of the window measurements when there is no X display to run windows on.
fn no_display(wanted: &dyn Fn(u8) -> bool) -> Section {
    let why = "no X display (run under xvfb-run, as scripts/bench does)".to_owned();
    let mut section = Section::default();
    let rows = [
        (2, "2a", "Cold start to the first painted frame", Unit::Ms),
        (3, "3a", "Idle CPU (% of one core)", Unit::PercentOfCore),
        (
            4,
            "4a",
            "Idle resident memory, 4096 × 4096 PNG logo",
            Unit::Mb,
        ),
    ];
    for (number, id, what, unit) in rows {
        if wanted(number) {
            section
                .rows
                .push(Row::not_measured(id, what, unit, why.clone()));
        }
    }
    section
}

/// The machine and the build measured.
fn machine_info(workspace: &Path, quick: bool) -> RunInfo {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let cpu = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or_else(
            || "an unknown CPU".to_owned(),
            |(_, model)| model.trim().to_owned(),
        );
    let memory = read("/proc/meminfo")
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or_else(String::new, |kb| {
            format!("{:.0} GiB RAM, ", kb / 1024.0 / 1024.0)
        });
    let load = read("/proc/loadavg")
        .split_whitespace()
        .next()
        .map_or_else(String::new, |load| format!(", load {load} at the start"));
    let kernel = read("/proc/sys/kernel/osrelease");
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(workspace)
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
    };
    let commit = git(&["rev-parse", "--short", "HEAD"]).map(|commit| {
        let dirty = git(&["status", "--porcelain", "--untracked-files=no"])
            .is_some_and(|status| !status.is_empty());
        if dirty {
            format!("{commit} with local changes")
        } else {
            commit
        }
    });
    RunInfo {
        mode: if quick { "quick" } else { "full" },
        date: chrono::Local::now()
            .format("%Y-%m-%d %H:%M %:z")
            .to_string(),
        cpu,
        cores: std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
        system: format!("{memory}Linux {}{load}", kernel.trim()),
        commit,
        duration_seconds: 0.0,
    }
}
