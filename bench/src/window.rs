//! Running a real window (the app's release binary, or the reference window) as its own process
//! on the X display the harness runs under, and reading what it did: the frame lines its
//! benchmark hook writes, its CPU time and its memory from `/proc`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use url::Url;
use zoho_org_viewer::bench_hook::EVENTS_VARIABLE;

use crate::error::{HarnessError, Result};
use crate::world::Home;

/// Variables passed on from the harness's environment; everything else is set per run.
const PASSED_ON: [&str; 6] = [
    "PATH",
    "DISPLAY",
    "XAUTHORITY",
    "LANG",
    "LC_ALL",
    "DBUS_SESSION_BUS_ADDRESS",
];

/// Names a command line to start the windows under (a profiler), for investigations only.
pub const PROFILER_VARIABLE: &str = "ZOHO_ORG_VIEWER_BENCH_PROFILER";

/// One painted frame, as the benchmark hook wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameEvent {
    /// 1 for the first frame.
    pub number: u64,
    /// When the frame started, in nanoseconds since the Unix epoch.
    pub start_ns: u128,
    /// When its `ui` pass ended.
    pub end_ns: u128,
    /// eframe's time for the previous frame (painting included), in milliseconds.
    pub previous_ms: Option<f64>,
    /// What the screen showed.
    pub screen: String,
}

impl FrameEvent {
    fn parse(line: &str) -> Option<FrameEvent> {
        let mut fields = line.split_whitespace();
        if fields.next()? != "frame" {
            return None;
        }
        let number = fields.next()?.parse().ok()?;
        let start_ns = fields.next()?.parse().ok()?;
        let end_ns = fields.next()?.parse().ok()?;
        let previous = fields.next()?;
        let previous_ms = previous.parse::<f64>().ok().map(|micros| micros / 1000.0);
        let screen = fields.next()?.to_owned();
        Some(FrameEvent {
            number,
            start_ns,
            end_ns,
            previous_ms,
            screen,
        })
    }
}

/// Memory of a process, in MiB.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    /// Resident now.
    pub resident: f64,
    /// The most it was ever resident.
    pub peak: f64,
    /// Resident and private (heap, stacks, driver buffers).
    pub anonymous: f64,
    /// Resident and backed by files (the program and its libraries, fonts).
    pub file_backed: f64,
}

/// A window process under measurement. Dropping it kills the process.
pub struct Launched {
    child: Child,
    events: PathBuf,
    stderr: PathBuf,
    /// When the harness started the process, in nanoseconds since the Unix epoch.
    pub spawned_ns: u128,
    what: String,
}

/// Nanoseconds since the Unix epoch, the clock the hook writes.
pub fn now_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos())
}

/// Starts `binary` (with `args`) living in `home`, with sign-in starting at `accounts`.
pub fn launch(
    what: &str,
    binary: &Path,
    args: &[&str],
    home: &Home,
    accounts: Option<&Url>,
) -> Result<Launched> {
    if !binary.exists() {
        return Err(HarnessError::MissingBinary(binary.to_path_buf()));
    }
    let events = home.file("frames.log");
    let stderr = home.file("stderr.log");
    let stderr_file = File::create(&stderr).map_err(HarnessError::io("creating a log file"))?;
    let mut command = match std::env::var(PROFILER_VARIABLE) {
        // For finding where the time goes, e.g. "perf record -g -o /tmp/perf.data --"; the
        // numbers taken this way are not comparable with the others.
        Ok(profiler) if !profiler.trim().is_empty() => {
            let mut words = profiler.split_whitespace();
            let mut command = Command::new(words.next().unwrap_or_default());
            command.args(words).arg(binary);
            command
        }
        _ => Command::new(binary),
    };
    command.args(args).env_clear();
    for name in PASSED_ON {
        if let Some(value) = std::env::var_os(name) {
            command.env(name, value);
        }
    }
    command
        .envs(home.environment(accounts))
        .env(EVENTS_VARIABLE, &events)
        .current_dir(home.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr_file);
    let spawned_ns = now_ns();
    let child = command
        .spawn()
        .map_err(HarnessError::io(format!("starting {}", binary.display())))?;
    Ok(Launched {
        child,
        events,
        stderr,
        spawned_ns,
        what: what.to_owned(),
    })
}

impl Launched {
    /// The process ID.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Every frame recorded so far.
    pub fn frames(&self) -> Vec<FrameEvent> {
        std::fs::read_to_string(&self.events)
            .map(|text| text.lines().filter_map(FrameEvent::parse).collect())
            .unwrap_or_default()
    }

    /// Waits for the first frame that `matches`; fails after `patience` or when the process ends.
    pub fn wait_for(
        &mut self,
        what: &str,
        patience: Duration,
        matches: impl Fn(&FrameEvent) -> bool,
    ) -> Result<FrameEvent> {
        let deadline = Instant::now() + patience;
        loop {
            if let Some(frame) = self.frames().into_iter().find(|frame| matches(frame)) {
                return Ok(frame);
            }
            self.check_running()?;
            if Instant::now() >= deadline {
                return Err(HarnessError::Timeout(format!(
                    "{} did not show {what} within {} s{}",
                    self.what,
                    patience.as_secs(),
                    self.stderr_tail()
                )));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// When the frame numbered `number` was on screen: the start of the next frame (eframe starts
    /// it only after painting and presenting this one), or the end of its `ui` pass when no next
    /// frame comes within a second.
    pub fn painted_ns(&mut self, frame: &FrameEvent) -> (u128, Option<f64>) {
        let next = frame.number + 1;
        match self.wait_for("the next frame", Duration::from_secs(1), |candidate| {
            candidate.number == next
        }) {
            Ok(next) => (next.start_ns, next.previous_ms),
            Err(_) => (frame.end_ns, None),
        }
    }

    fn check_running(&mut self) -> Result<()> {
        match self.child.try_wait() {
            Ok(None) => Ok(()),
            Ok(Some(status)) => Err(HarnessError::Setup(format!(
                "{} ended early ({status}){}",
                self.what,
                self.stderr_tail()
            ))),
            Err(error) => Err(HarnessError::Io {
                what: format!("watching {}", self.what),
                source: error,
            }),
        }
    }

    fn stderr_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let tail = lines[lines.len().saturating_sub(5)..].join(" | ");
        if tail.is_empty() {
            String::new()
        } else {
            format!("; its last words: {tail}")
        }
    }

    /// CPU time used so far by all its threads.
    pub fn cpu_time(&mut self) -> Result<Duration> {
        self.check_running()?;
        cpu_time(self.pid())
    }

    /// Its memory now.
    pub fn memory(&mut self) -> Result<Memory> {
        self.check_running()?;
        memory(self.pid())
    }
}

impl Drop for Launched {
    fn drop(&mut self) {
        // Only this process, started here; it may have ended already.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// CPU time used by every thread of process `pid` (the first field of each thread's
/// `schedstat`, in nanoseconds).
pub fn cpu_time(pid: u32) -> Result<Duration> {
    let tasks = format!("/proc/{pid}/task");
    let mut total: u64 = 0;
    for entry in std::fs::read_dir(&tasks).map_err(HarnessError::io(format!("reading {tasks}")))? {
        let Ok(entry) = entry else { continue };
        // A thread that ended meanwhile has no file any more; its time is lost either way.
        let Ok(text) = std::fs::read_to_string(entry.path().join("schedstat")) else {
            continue;
        };
        if let Some(nanos) = text
            .split_whitespace()
            .next()
            .and_then(|field| field.parse::<u64>().ok())
        {
            total += nanos;
        }
    }
    Ok(Duration::from_nanos(total))
}

/// Resident and peak resident memory of process `pid`.
pub fn memory(pid: u32) -> Result<Memory> {
    let path = format!("/proc/{pid}/status");
    let status =
        std::fs::read_to_string(&path).map_err(HarnessError::io(format!("reading {path}")))?;
    let field = |name: &str| -> Result<f64> {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|kilobytes| kilobytes.parse::<f64>().ok())
            .map(|kilobytes| kilobytes / 1024.0)
            .ok_or_else(|| HarnessError::Setup(format!("{path} has no {name}")))
    };
    Ok(Memory {
        resident: field("VmRSS:")?,
        peak: field("VmHWM:")?,
        anonymous: field("RssAnon:")?,
        file_backed: field("RssFile:")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_lines_read_back() {
        let frame = FrameEvent::parse("frame 3 100 250 1520 org+logo:User(1)").unwrap();
        assert_eq!(frame.number, 3);
        assert_eq!((frame.start_ns, frame.end_ns), (100, 250));
        assert_eq!(frame.previous_ms, Some(1.52));
        assert_eq!(frame.screen, "org+logo:User(1)");
        assert_eq!(
            FrameEvent::parse("frame 1 5 6 - starting")
                .unwrap()
                .previous_ms,
            None
        );
        assert!(FrameEvent::parse("frame 1 5").is_none());
    }

    #[test]
    fn this_process_has_cpu_time_and_memory() {
        let pid = std::process::id();
        let before = cpu_time(pid).unwrap();
        let mut spin = 0u64;
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(30) {
            spin = spin.wrapping_add(1);
        }
        std::hint::black_box(spin);
        assert!(cpu_time(pid).unwrap() > before);
        let memory = memory(pid).unwrap();
        assert!(memory.resident > 0.0 && memory.peak >= memory.resident);
    }
}
