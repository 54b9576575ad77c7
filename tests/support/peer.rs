//! The independent OAuth peer (`tests/oauth-peer`, Node): started as a child process on a free
//! loopback port, following the stdout contract in its README, and stopped when dropped.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use url::Url;

/// The command that installs the peer's pinned dependencies, from the repository root.
pub const INSTALL_COMMAND: &str = "npm ci --prefix tests/oauth-peer";

/// How long the peer may take to print its URL.
const START_LIMIT: Duration = Duration::from_secs(20);

fn peer_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oauth-peer")
}

/// A running peer.
pub struct Peer {
    /// Its base URL, `http://127.0.0.1:PORT`, which is also the `accounts-server` it names.
    pub url: Url,
    child: Child,
    stdin: Option<ChildStdin>,
    stderr: Arc<Mutex<String>>,
    stderr_reader: Option<JoinHandle<()>>,
}

impl Peer {
    /// Starts `node tests/oauth-peer/zoho-peer.mjs --port 0 --watch-stdin` with `env` and waits
    /// for its one line on stdout. Fails with the install command when its packages are missing.
    pub fn start(env: &[(&str, &str)]) -> Peer {
        let dir = peer_dir();
        assert!(
            dir.join("node_modules/oauth2-mock-server").is_dir(),
            "The OAuth test peer's packages are not installed. From the repository root, run: {INSTALL_COMMAND}"
        );
        let mut command = Command::new("node");
        command
            .arg(dir.join("zoho-peer.mjs"))
            .args(["--port", "0", "--watch-stdin"])
            .current_dir(&dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().unwrap_or_else(|error| {
            panic!("Could not run node ({error}); the OAuth test peer needs Node.js 20 or later")
        });
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("the peer's stdout");
        let stderr_pipe = child.stderr.take().expect("the peer's stderr");

        let stderr = Arc::new(Mutex::new(String::new()));
        let collected = Arc::clone(&stderr);
        let stderr_reader = std::thread::Builder::new()
            .name("oauth-peer-stderr".to_owned())
            .spawn(move || {
                for line in BufReader::new(stderr_pipe).lines().map_while(Result::ok) {
                    let mut text = collected.lock().expect("the peer's stderr");
                    text.push_str(&line);
                    text.push('\n');
                }
            })
            .expect("a thread reading the peer's stderr");

        // The first stdout line, read off the test's thread so a silent peer cannot hang it.
        let (line_sender, line_receiver) = mpsc::channel();
        std::thread::Builder::new()
            .name("oauth-peer-stdout".to_owned())
            .spawn(move || {
                let mut reader = BufReader::new(stdout);
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                let _ = line_sender.send(line);
                // The contract says nothing more comes; drain anyway so the pipe never fills.
                let _ = reader.read_to_end(&mut Vec::new());
            })
            .expect("a thread reading the peer's stdout");
        let mut peer = Peer {
            url: Url::parse("http://127.0.0.1/").expect("a placeholder URL"),
            child,
            stdin,
            stderr,
            stderr_reader: Some(stderr_reader),
        };
        let line = line_receiver.recv_timeout(START_LIMIT).unwrap_or_default();
        let announced: serde_json::Value = serde_json::from_str(line.trim()).unwrap_or_else(|_| {
            panic!(
                "the peer did not announce its URL; it said on stderr:\n{}",
                peer.stderr_so_far()
            )
        });
        peer.url = announced["url"]
            .as_str()
            .and_then(|url| Url::parse(url).ok())
            .expect("a URL in the peer's announcement");
        peer
    }

    /// What the peer wrote to stderr so far.
    pub fn stderr_so_far(&self) -> String {
        self.stderr.lock().expect("the peer's stderr").clone()
    }

    /// Stops the peer (it stops when its stdin closes) and returns everything it wrote to
    /// stderr, its closing count of refused requests included.
    pub fn stop(mut self) -> String {
        self.stdin.take();
        let _ = self.child.wait();
        if let Some(reader) = self.stderr_reader.take() {
            let _ = reader.join();
        }
        self.stderr_so_far()
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        self.stdin.take();
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
