//! Measurement 7, the command line: the release binary's `org --json` and `org --all --json`
//! against the simulated Zoho with 20 ms on every org call, as a new process each time (as a
//! script runs it). The references, measured in the same loop: one org call alone from this
//! process on a new connection (the physical limit of a command that makes one call), and a
//! single `org --json` beside `org --all --json`.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use url::Url;
use zoho_org_viewer::sim::{Endpoint, Sim, SimOptions, SimOrg};
use zoho_org_viewer::zoho::CrmClient;

use crate::error::{HarnessError, Result};
use crate::report::{Row, Section, Target, Unit};
use crate::stats::{Samples, mib, ms};
use crate::world::{Home, signed_in_org, tokens_for};

/// The latency of every org call, as the issue asks.
const LATENCY: Duration = Duration::from_millis(20);

/// How many orgs `org --all` reads.
const MANY_ORGS: usize = 200;

/// The target for `org --all --json` over [`MANY_ORGS`] orgs.
const ALL_ORGS_TARGET_MS: f64 = 500.0;

/// The memory target for `org --all --json`: 60 MB, in the report's MiB.
const ALL_ORGS_MEMORY_TARGET_MIB: f64 = 60.0 * 1_000_000.0 / 1024.0 / 1024.0;

/// Variables passed on from the harness's environment; everything else is set per run. The
/// trust store's location is passed on so that its cost can be looked at (the commands read it
/// in the background; see `zoho::http`).
const PASSED_ON: [&str; 5] = ["PATH", "LANG", "LC_ALL", "SSL_CERT_FILE", "SSL_CERT_DIR"];

/// GNU time, for a finished process's peak resident memory (scripts/bench installs it).
const GNU_TIME: &str = "/usr/bin/time";

/// How many times each part of measurement 7 runs.
#[derive(Debug, Clone, Copy)]
pub struct Runs {
    /// Single-org commands and round trips.
    pub single: usize,
    /// `org --all --json` runs (each takes a few hundred milliseconds).
    pub all: usize,
    /// Runs under GNU time for peak memory.
    pub memory: usize,
}

/// Runs measurement 7 with the release binary `app`.
pub fn measure(app: &Path, runs: Runs) -> Section {
    let mut section = Section::default();
    match run(app, runs) {
        Ok(times) => times.report(&mut section),
        Err(error) => {
            let why = error.to_string();
            for (id, what, unit) in [
                ("7a", "`org --json`, one org signed in", Unit::Ms),
                ("7c", "`org --all --json`, 200 orgs", Unit::Ms),
                ("7d", "Peak resident memory of `org --all --json`", Unit::Mb),
            ] {
                section
                    .rows
                    .push(Row::not_measured(id, what, unit, why.clone()));
            }
        }
    }
    section
}

#[derive(Default)]
struct Times {
    round_trip: Samples,
    one_org: Samples,
    one_of_many: Samples,
    all: Samples,
    one_org_memory: Samples,
    all_memory: Samples,
    /// Where the time goes, without latency: the process alone (`--version`), the round trip,
    /// `org --json` and `org --all --json`.
    version: Samples,
    bare_round_trip: Samples,
    bare_one_org: Samples,
    bare_all: Samples,
    /// The most org calls the sim saw in flight at once, over all the `--all` runs.
    peak_in_flight: u32,
    /// The distinct API hosts the orgs live on.
    hosts: usize,
    /// How many calls the command runs at once per host.
    per_host: usize,
}

impl Times {
    fn report(&self, section: &mut Section) {
        let reference = "one org call alone (new connection)";
        section.rows.push(
            Row::new(
                "7a",
                "`org --json`, one org signed in, org call 20 ms",
                Unit::Ms,
                self.one_org.summary(),
                "no runs",
            )
            .against(reference, self.round_trip.summary())
            .target(Target::RatioAtMost(1.2)),
        );
        section.rows.push(
            Row::new(
                "7b",
                format!("`org --json`, {MANY_ORGS} orgs signed in, org call 20 ms"),
                Unit::Ms,
                self.one_of_many.summary(),
                "no runs",
            )
            .against(reference, self.round_trip.summary())
            .target(Target::RatioAtMost(1.2)),
        );
        section.rows.push(
            Row::new(
                "7c",
                format!("`org --all --json`, {MANY_ORGS} orgs, org call 20 ms"),
                Unit::Ms,
                self.all.summary(),
                "no runs",
            )
            .against("`org --json`, one org", self.one_org.summary())
            .target(Target::AtMost(ALL_ORGS_TARGET_MS)),
        );
        section.rows.push(
            Row::new(
                "7d",
                format!("Peak resident memory of `org --all --json`, {MANY_ORGS} orgs"),
                Unit::Mb,
                self.all_memory.summary(),
                "no runs",
            )
            .against("`org --json`, one org, peak", self.one_org_memory.summary())
            .target(Target::AtMost(ALL_ORGS_MEMORY_TARGET_MIB)),
        );
        // With `per_host` calls at once on each host, the orgs of the busiest host go in
        // waves of one round trip each: the least `--all` can take.
        let per_host_orgs = MANY_ORGS.div_ceil(self.hosts.max(1));
        let waves = per_host_orgs.div_ceil(self.per_host.max(1));
        section.details.push(format!(
            "7: {MANY_ORGS} orgs on {} API hosts; at most {} org calls were in flight at once during `org --all` ({} per host allowed), so its least possible time is {waves} waves of one round trip: {:.0} ms at the median round trip of {:.1} ms. 7d's target is 60 MB ({ALL_ORGS_MEMORY_TARGET_MIB:.1} MiB).",
            self.hosts,
            self.peak_in_flight,
            self.per_host,
            waves as f64 * self.round_trip.median(),
            self.round_trip.median(),
        ));
        section.details.push(format!(
            "7, where the time goes (no latency, medians): starting and ending the process with nothing to do (`--version`) {:.1} ms; one org call alone {:.1} ms; `org --json` {:.1} ms; `org --all --json` over {MANY_ORGS} orgs {:.1} ms.",
            self.version.median(),
            self.bare_round_trip.median(),
            self.bare_one_org.median(),
            self.bare_all.median(),
        ));
    }
}

fn run(app: &Path, runs: Runs) -> Result<Times> {
    if !app.exists() {
        return Err(HarnessError::MissingBinary(app.to_path_buf()));
    }
    let sim = Sim::start(SimOptions::default().generated_orgs(MANY_ORGS))?;
    sim.set_latency(Endpoint::Org, LATENCY);
    let orgs = sim.orgs().to_vec();
    let first = orgs
        .first()
        .ok_or_else(|| HarnessError::Setup("the sim has no org".to_owned()))?;
    let accounts = sim.accounts_url();

    let one = Home::new()?;
    one.sign_in(signed_in_org(first), &tokens_for(&sim, first)?)?;
    let many = Home::new()?;
    for org in &orgs {
        many.sign_in(signed_in_org(org), &tokens_for(&sim, org)?)?;
    }
    let mut hosts: Vec<Url> = orgs
        .iter()
        .map(|org| sim.api_url_for(org.data_centre))
        .collect();
    hosts.sort();
    hosts.dedup();

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(HarnessError::io("starting a runtime"))?;
    let token = tokens_for(&sim, first)?
        .access_token
        .map(|cached| cached.token)
        .ok_or_else(|| HarnessError::Setup("the minted sign-in has no token".to_owned()))?;
    let api = sim.api_url_for(first.data_centre);
    let round_trip = || -> Result<Duration> {
        // A new client, so a new connection, as a new process makes; built before the clock
        // starts, since what it costs to build is part of what the command is measured for.
        let crm = CrmClient::new(zoho_org_viewer::zoho::http::client()?);
        let start = Instant::now();
        runtime.block_on(crm.get_org(&api, &token))?;
        Ok(start.elapsed())
    };

    let mut times = Times {
        hosts: hosts.len(),
        per_host: zoho_org_viewer::zoho::api::CALLS_PER_HOST,
        ..Times::default()
    };
    let single = ["org", "--json"];
    let all = ["org", "--all", "--json"];
    for run in 0..=runs.single {
        let round = round_trip()?;
        let one_org = timed(app, &one, &accounts, &single)?;
        let one_of_many = timed(app, &many, &accounts, &single)?;
        if run == 0 {
            // Warm-up: the binary's pages and the sim's first answers.
            check_one(&one_org.1, &first.id)?;
            continue;
        }
        times.round_trip.push(ms(round));
        times.one_org.push(ms(one_org.0));
        times.one_of_many.push(ms(one_of_many.0));
    }
    for run in 0..=runs.all {
        let (took, output) = timed(app, &many, &accounts, &all)?;
        if run == 0 {
            check_all(&output, &orgs)?;
            continue;
        }
        times.all.push(ms(took));
    }
    times.peak_in_flight = sim.stats().peak_concurrent_crm_requests;
    sim.set_latency(Endpoint::Org, Duration::ZERO);
    for _ in 0..runs.all {
        times
            .version
            .push(ms(timed(app, &one, &accounts, &["--version"])?.0));
        times.bare_round_trip.push(ms(round_trip()?));
        times
            .bare_one_org
            .push(ms(timed(app, &one, &accounts, &single)?.0));
        times
            .bare_all
            .push(ms(timed(app, &many, &accounts, &all)?.0));
    }
    for _ in 0..runs.memory {
        times
            .one_org_memory
            .push(peak_memory(app, &one, &accounts, &single)?);
        times
            .all_memory
            .push(peak_memory(app, &many, &accounts, &all)?);
    }
    Ok(times)
}

/// The command `app args` living in `home`, against the sim whose sign-in starts at `accounts`.
fn command(program: &Path, home: &Home, accounts: &Url) -> Command {
    let mut command = Command::new(program);
    command.env_clear();
    for name in PASSED_ON {
        if let Some(value) = std::env::var_os(name) {
            command.env(name, value);
        }
    }
    command
        .envs(home.environment(Some(accounts)))
        .current_dir(home.path())
        .stdin(Stdio::null());
    command
}

/// Runs `app args` to the end; how long it took from start to exit, and its output.
fn timed(app: &Path, home: &Home, accounts: &Url, args: &[&str]) -> Result<(Duration, Vec<u8>)> {
    let mut command = command(app, home, accounts);
    command.args(args);
    let start = Instant::now();
    let output = command
        .output()
        .map_err(HarnessError::io(format!("running `{}`", args.join(" "))))?;
    let took = start.elapsed();
    succeeded(&output, args)?;
    Ok((took, output.stdout))
}

/// The peak resident memory of one run of `app args`, in MiB, as GNU time reads it from the
/// kernel when the process ends.
fn peak_memory(app: &Path, home: &Home, accounts: &Url, args: &[&str]) -> Result<f64> {
    let report = home.file("peak-memory.txt");
    let mut command = command(Path::new(GNU_TIME), home, accounts);
    command
        .arg("--format=%M")
        .arg(format!("--output={}", report.display()))
        .arg(app)
        .args(args);
    let output = command.output().map_err(HarnessError::io(format!(
        "running `{} {}` (GNU time, Debian package `time`)",
        GNU_TIME,
        args.join(" ")
    )))?;
    succeeded(&output, args)?;
    let text =
        std::fs::read_to_string(&report).map_err(HarnessError::io("reading GNU time's report"))?;
    let kib: u64 = text
        .lines()
        .last()
        .and_then(|line| line.trim().parse().ok())
        .ok_or_else(|| HarnessError::Setup(format!("GNU time reported {text:?}")))?;
    Ok(mib(kib * 1024))
}

fn succeeded(output: &Output, args: &[&str]) -> Result<()> {
    if output.status.success() {
        return Ok(());
    }
    Err(HarnessError::Setup(format!(
        "`zoho-org-viewer {}` failed ({}): {}",
        args.join(" "),
        output.status,
        String::from_utf8_lossy(&output.stderr).trim()
    )))
}

/// `org --json` printed the org asked for.
fn check_one(stdout: &[u8], id: &str) -> Result<()> {
    let printed: serde_json::Value = serde_json::from_slice(stdout)
        .map_err(|error| HarnessError::Setup(format!("`org --json` printed no JSON: {error}")))?;
    if printed["id"] != id {
        return Err(HarnessError::Setup(format!(
            "`org --json` printed org {} instead of {id}",
            printed["id"]
        )));
    }
    Ok(())
}

/// `org --all --json` printed every org, in the list's order.
fn check_all(stdout: &[u8], orgs: &[SimOrg]) -> Result<()> {
    let printed: Vec<serde_json::Value> = serde_json::from_slice(stdout).map_err(|error| {
        HarnessError::Setup(format!("`org --all --json` printed no JSON array: {error}"))
    })?;
    let ids: Vec<&str> = printed
        .iter()
        .map(|org| org["id"].as_str().unwrap_or_default())
        .collect();
    let expected: Vec<&str> = orgs.iter().map(|org| org.id.as_str()).collect();
    if ids != expected {
        return Err(HarnessError::Setup(format!(
            "`org --all --json` printed {} orgs, not the {} signed in in their order",
            ids.len(),
            expected.len()
        )));
    }
    Ok(())
}
