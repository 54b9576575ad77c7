//! The command line as a person uses it: the real binary, its own home folders, a simulated Zoho
//! on loopback and a small script playing the browser (`tests/support/fake-browser.py`).

// Helpers outside `#[test]` functions count as test code too.
#![expect(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use std::fs;
use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use support::ports::free_port;
use tempfile::TempDir;
use zoho_org_viewer::sim::{
    DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DataCentre, Endpoint, Fault, FaultRule, Sim, SimOptions,
    SimOrg, SimPhoto,
};
use zoho_org_viewer::zoho::api::CALLS_PER_HOST;

/// Longer than any command should take; a command still running then has hung.
const COMMAND_TIME_LIMIT: Duration = Duration::from_secs(60);

/// Settings a developer's shell may hold that would change what the binary does.
const INHERITED_SETTINGS: [&str; 24] = [
    // The language: English unless a test asks for another.
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
    // No display: the window test must fail fast instead of opening a window.
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "ZOHO_CLIENT_ID",
    "ZOHO_CLIENT_SECRET",
    "ZOHO_ACCOUNTS_URL",
    "ZOHO_ORG_VIEWER_STORE",
    "ZOHO_ORG_VIEWER_REDIRECT_PORT",
    "RUST_LOG",
    "BROWSER",
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "FAKE_BROWSER_DECISION",
    "FAKE_BROWSER_TAMPER",
    "FAKE_BROWSER_THEN_REAL",
    "FAKE_BROWSER_ORG",
    "DBUS_SESSION_BUS_ADDRESS",
];

/// What one run of the binary did.
#[derive(Debug)]
struct Outcome {
    success: bool,
    stdout: String,
    stderr: String,
    took: Duration,
}

impl Outcome {
    /// stdout and stderr together, for searching.
    fn all_output(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// One person's computer: home folders of its own, a simulated Zoho whose client has this
/// computer's redirect URI registered, and the settings pointing the binary at it.
struct Computer {
    home: TempDir,
    sim: Sim,
    redirect_port: u16,
    runs: std::cell::Cell<u32>,
}

impl Computer {
    fn new(options: SimOptions) -> Computer {
        let redirect_port = free_port();
        let sim = Sim::start(
            options.redirect_uris([format!("http://127.0.0.1:{redirect_port}/callback")]),
        )
        .expect("the simulated Zoho starts");
        Computer {
            home: tempfile::tempdir().expect("a home folder"),
            sim,
            redirect_port,
            runs: std::cell::Cell::new(0),
        }
    }

    fn demo() -> Computer {
        Computer::new(SimOptions::default())
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    /// The binary with this computer's settings, plus `settings` (`None` removes one).
    fn command(&self, arguments: &[&str], settings: &[(&str, Option<&str>)]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_zoho-org-viewer"));
        command.args(arguments);
        for name in INHERITED_SETTINGS {
            command.env_remove(name);
        }
        let browser = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/fake-browser.py");
        let accounts_url = self.sim.accounts_url().to_string();
        let port = self.redirect_port.to_string();
        let defaults: [(&str, std::ffi::OsString); 12] = [
            ("HOME", self.home.path().into()),
            ("XDG_CONFIG_HOME", self.path("config").into()),
            ("XDG_CACHE_HOME", self.path("cache").into()),
            ("XDG_DATA_HOME", self.path("data").into()),
            ("ZOHO_ORG_VIEWER_STORE", "file".into()),
            ("ZOHO_ACCOUNTS_URL", accounts_url.into()),
            ("ZOHO_CLIENT_ID", DEMO_CLIENT_ID.into()),
            ("ZOHO_CLIENT_SECRET", DEMO_CLIENT_SECRET.into()),
            ("ZOHO_ORG_VIEWER_REDIRECT_PORT", port.into()),
            ("BROWSER", browser.into()),
            ("FAKE_BROWSER_LOG", self.path("browser.log").into()),
            ("FAKE_BROWSER_CODE_FILE", self.path("code").into()),
        ];
        for (name, value) in defaults {
            command.env(name, value);
        }
        for (name, value) in settings {
            match value {
                Some(value) => command.env(name, value),
                None => command.env_remove(name),
            };
        }
        command
    }

    /// Runs the binary and waits for it (at most [`COMMAND_TIME_LIMIT`]). Output goes to files,
    /// so a chatty command cannot block on a full pipe.
    fn run_with(&self, arguments: &[&str], settings: &[(&str, Option<&str>)]) -> Outcome {
        let run = self.runs.get() + 1;
        self.runs.set(run);
        let stdout_path = self.path(&format!("run-{run}.stdout"));
        let stderr_path = self.path(&format!("run-{run}.stderr"));
        let started = Instant::now();
        let mut child = self
            .command(arguments, settings)
            .stdin(Stdio::null())
            .stdout(fs::File::create(&stdout_path).unwrap())
            .stderr(fs::File::create(&stderr_path).unwrap())
            .spawn()
            .expect("the binary starts");
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > COMMAND_TIME_LIMIT {
                child.kill().ok();
                child.wait().ok();
                panic!(
                    "`{}` hung; stderr so far: {}; browser: {}",
                    arguments.join(" "),
                    fs::read_to_string(&stderr_path).unwrap_or_default(),
                    self.browser_log()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        Outcome {
            success: status.success(),
            stdout: fs::read_to_string(&stdout_path).unwrap(),
            stderr: fs::read_to_string(&stderr_path).unwrap(),
            took: started.elapsed(),
        }
    }

    fn run(&self, arguments: &[&str]) -> Outcome {
        self.run_with(arguments, &[])
    }

    /// Runs a command that must succeed.
    fn ok(&self, arguments: &[&str]) -> Outcome {
        let outcome = self.run(arguments);
        assert!(
            outcome.success,
            "`{}` failed: {outcome:?}; browser: {}",
            arguments.join(" "),
            self.browser_log()
        );
        outcome
    }

    fn login(&self) -> Outcome {
        self.ok(&["login"])
    }

    /// Signs in, picking `org_id` on the consent page.
    fn login_to(&self, org_id: &str) -> Outcome {
        let outcome = self.run_with(&["login"], &[("FAKE_BROWSER_ORG", Some(org_id))]);
        assert!(outcome.success, "login to {org_id}: {outcome:?}");
        outcome
    }

    /// `orgs --json`, parsed.
    fn orgs(&self) -> Vec<Value> {
        let listed = self.ok(&["orgs", "--json"]);
        serde_json::from_str::<Value>(&listed.stdout)
            .expect("orgs --json is JSON")
            .as_array()
            .expect("an array")
            .clone()
    }

    fn browser_log(&self) -> String {
        fs::read_to_string(self.path("browser.log")).unwrap_or_else(|_| "(never ran)".to_owned())
    }

    fn credentials_file(&self) -> PathBuf {
        self.path("config/zoho-org-viewer/credentials.json")
    }

    /// The name of the one org's saved session in the credential file, `None` when there is none.
    fn session_name(&self) -> Option<String> {
        let text = fs::read_to_string(self.credentials_file()).ok()?;
        let file: Value = serde_json::from_str(&text).unwrap();
        let names: Vec<String> = file["secrets"]
            .as_object()?
            .keys()
            .filter(|name| name.starts_with("session"))
            .cloned()
            .collect();
        assert!(names.len() <= 1, "one org signed in: {names:?}");
        names.into_iter().next()
    }

    /// The saved session document of the one org signed in, `None` when there is none.
    fn session(&self) -> Option<Value> {
        let name = self.session_name()?;
        let text = fs::read_to_string(self.credentials_file()).ok()?;
        let file: Value = serde_json::from_str(&text).unwrap();
        let session = file["secrets"][&name].as_str()?;
        Some(serde_json::from_str(session).unwrap())
    }

    fn saved_access_token(&self) -> String {
        self.session().expect("a saved session")["access_token"]["token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    fn saved_refresh_token(&self) -> String {
        self.session().expect("a saved session")["refresh_token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Rewrites the saved access token's expiry, as if time had passed.
    fn set_saved_expiry(&self, expires_at: SystemTime) {
        let path = self.credentials_file();
        let name = self.session_name().expect("a saved session");
        let mut file: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let mut session: Value =
            serde_json::from_str(file["secrets"][&name].as_str().unwrap()).unwrap();
        session["access_token"]["expires_at_unix_seconds"] =
            json!(expires_at.duration_since(UNIX_EPOCH).unwrap().as_secs());
        file["secrets"][&name] = json!(session.to_string());
        fs::write(&path, file.to_string()).unwrap();
    }
}

/// The seed org from Zoho's own page plus a key Zoho might add one day.
fn org_with_an_unknown_key() -> Value {
    let seed: Value =
        serde_json::from_str(include_str!("data/org_seed.json")).expect("the seed parses");
    let mut org = seed["org"][0].clone();
    org["zia_future_flag"] = json!({"enabled": true, "since": "2031-01-01"});
    org
}

#[test]
fn login_org_logo_logout_journey() {
    let org = org_with_an_unknown_key();
    let computer = Computer::new(SimOptions::default().org_json(org.clone()));

    let login = computer.login();
    assert!(
        login
            .stdout
            .contains(computer.sim.accounts_url().as_str().trim_end_matches('/')),
        "the sign-in address is printed: {login:?}"
    );
    assert!(login.stdout.contains("Europe data centre"), "{login:?}");
    assert!(
        login.stdout.contains("Waiting up to 3 minutes"),
        "the default time for the browser step is said: {login:?}"
    );
    assert!(
        login.stdout.contains("credentials.json"),
        "where the sign-in is kept is said once: {login:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(computer.credentials_file())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the credential file is private");
    }

    let printed = computer.ok(&["org", "--json"]);
    let printed_org: Value = serde_json::from_str(&printed.stdout).expect("org --json is JSON");
    assert_eq!(
        printed_org, org,
        "every key Zoho sent, the unknown one included"
    );

    let text = computer.ok(&["org"]);
    assert!(text.stdout.contains("org808232144"), "{text:?}");

    let logo_path = computer.path("saved/zylker logo.png");
    fs::create_dir_all(logo_path.parent().unwrap()).unwrap();
    let saved = computer.ok(&["logo", "--out", logo_path.to_str().unwrap()]);
    assert_eq!(fs::read(&logo_path).unwrap(), SimPhoto::demo_png().bytes);
    assert!(saved.stdout.contains("PNG"), "{saved:?}");
    assert!(saved.stdout.contains("zylker logo.png"), "{saved:?}");

    let logout = computer.ok(&["logout"]);
    assert!(logout.stdout.contains("Signed out"), "{logout:?}");
    assert_eq!(computer.sim.stats().revocations, 1);
    assert!(computer.session().is_none(), "no session left in the file");

    let after = computer.run(&["org"]);
    assert!(!after.success);
    assert!(after.stderr.contains("not signed in"), "{after:?}");
}

#[test]
fn a_dozen_org_runs_mint_no_new_token() {
    let computer = Computer::demo();
    computer.login();
    let after_login = computer.sim.stats();
    assert_eq!(after_login.token_requests, 1, "the code exchange only");
    for _ in 0..12 {
        computer.ok(&["org"]);
    }
    let stats = computer.sim.stats();
    assert_eq!(
        stats.org_requests, 13,
        "the sign-in's own, to learn the org, and 12"
    );
    assert_eq!(
        stats.refreshes, 0,
        "the access token from the sign-in was reused"
    );
    assert_eq!(stats.token_requests, 1);
}

#[test]
fn an_expired_access_token_is_refreshed_once_and_saved_for_the_next_runs() {
    let computer = Computer::demo();
    computer.login();
    let first = computer.saved_access_token();
    computer.set_saved_expiry(SystemTime::now() + Duration::from_secs(60));
    computer.ok(&["org"]);
    assert_eq!(computer.sim.stats().refreshes, 1);
    let refreshed = computer.saved_access_token();
    assert_ne!(refreshed, first, "the new token was saved");
    for _ in 0..3 {
        computer.ok(&["org", "--json"]);
    }
    assert_eq!(computer.sim.stats().refreshes, 1, "and reused");
}

#[test]
fn no_token_secret_or_code_is_printed_or_logged_even_at_trace() {
    let computer = Computer::demo();
    let trace = [("RUST_LOG", Some("trace"))];
    let mut outputs = Vec::new();
    let mut secrets = vec![DEMO_CLIENT_SECRET.to_owned()];

    let login = computer.run_with(&["login"], &trace);
    assert!(login.success, "{login:?}");
    outputs.push(login.all_output());
    secrets.push(fs::read_to_string(computer.path("code")).expect("the browser saw a code"));
    secrets.push(computer.saved_refresh_token());
    secrets.push(computer.saved_access_token());

    // A refresh too, so the refresh request and its answer are covered.
    computer.set_saved_expiry(SystemTime::now());
    for arguments in [&["org"][..], &["org", "--json"][..]] {
        let outcome = computer.run_with(arguments, &trace);
        assert!(outcome.success, "{outcome:?}");
        outputs.push(outcome.all_output());
    }
    assert_eq!(computer.sim.stats().refreshes, 1);
    secrets.push(computer.saved_access_token());

    let logo = computer.path("logo.png");
    let saved = computer.run_with(&["logo", "--out", logo.to_str().unwrap()], &trace);
    assert!(saved.success, "{saved:?}");
    outputs.push(saved.all_output());
    let logout = computer.run_with(&["logout"], &trace);
    assert!(logout.success, "{logout:?}");
    outputs.push(logout.all_output());

    let everything = outputs.join("\n");
    assert!(
        everything.contains(" DEBUG ") || everything.contains(" TRACE "),
        "RUST_LOG=trace was honoured: {everything}"
    );
    for secret in &secrets {
        assert!(secret.len() >= 16, "a real value was read: {secret:?}");
        assert!(
            !everything.contains(secret.as_str()),
            "a secret was printed: {secret:.8}…"
        );
    }
}

#[test]
fn a_short_retry_after_is_waited_out() {
    let computer = Computer::demo();
    computer.login();
    computer.sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::TooManyRequests {
                retry_after_secs: Some(1),
            },
        )
        .for_requests(1),
    );
    let outcome = computer.ok(&["org", "--json"]);
    assert!(outcome.took >= Duration::from_secs(1), "{outcome:?}");
    assert!(outcome.took < Duration::from_secs(10), "{outcome:?}");
    assert_eq!(
        computer.sim.stats().org_requests,
        3,
        "the sign-in's own, then asked again once"
    );
}

#[test]
fn a_long_retry_after_fails_fast_naming_the_code() {
    let computer = Computer::demo();
    computer.login();
    computer.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::TooManyRequests {
            retry_after_secs: Some(600),
        },
    ));
    let outcome = computer.run(&["org"]);
    assert!(!outcome.success);
    assert!(outcome.stderr.contains("TOO_MANY_REQUESTS"), "{outcome:?}");
    assert!(outcome.took < Duration::from_secs(5), "{outcome:?}");
    assert_eq!(
        computer.sim.stats().org_requests,
        2,
        "the sign-in's own, then no retry"
    );
}

#[test]
fn an_org_without_logo_writes_no_file() {
    let computer = Computer::new(SimOptions::default().photo(None));
    computer.login();
    let target = computer.path("logo.png");
    let outcome = computer.run(&["logo", "--out", target.to_str().unwrap()]);
    assert!(!outcome.success);
    assert!(outcome.stderr.contains("no logo"), "{outcome:?}");
    assert!(!target.exists());
    let leftovers: Vec<_> = fs::read_dir(computer.home.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .filter(|name| name.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_zoho_error_is_one_line_naming_its_code() {
    let computer = Computer::demo();
    computer.login();
    computer.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::ZohoError {
            code: "NO_PERMISSION".to_owned(),
        },
    ));
    let outcome = computer.run(&["org"]);
    assert!(!outcome.success);
    assert!(outcome.stdout.is_empty(), "{outcome:?}");
    assert_eq!(outcome.stderr.trim_end().lines().count(), 1, "{outcome:?}");
    assert!(outcome.stderr.contains("NO_PERMISSION"), "{outcome:?}");
}

#[test]
fn not_signed_in_says_so_without_asking_zoho() {
    let computer = Computer::demo();
    for arguments in [&["org"][..], &["logo", "--out", "x.png"][..]] {
        let outcome = computer.run(arguments);
        assert!(!outcome.success);
        assert!(outcome.stderr.contains("not signed in"), "{outcome:?}");
        assert!(
            outcome.stderr.contains("zoho-org-viewer login"),
            "{outcome:?}"
        );
    }
    let logout = computer.ok(&["logout"]);
    assert!(logout.stdout.contains("not signed in"), "{logout:?}");
    assert_eq!(computer.sim.stats(), Default::default(), "nothing was sent");
}

#[test]
fn without_a_client_login_says_how_to_set_one_up() {
    if zoho_org_viewer::store::built_in_client().is_some() {
        eprintln!("skipped: this build has an OAuth client built in");
        return;
    }
    let computer = Computer::demo();
    let outcome = computer.run_with(
        &["login"],
        &[("ZOHO_CLIENT_ID", None), ("ZOHO_CLIENT_SECRET", None)],
    );
    assert!(!outcome.success);
    assert!(outcome.stderr.contains("ZOHO_CLIENT_ID"), "{outcome:?}");
    let port = computer.redirect_port;
    assert!(
        outcome
            .stderr
            .contains(&format!("http://127.0.0.1:{port}/callback")),
        "the redirect URI to register: {outcome:?}"
    );
    assert_eq!(computer.sim.stats().auth_pages, 0);
}

#[test]
fn an_insecure_accounts_url_is_refused_before_anything_is_sent() {
    let computer = Computer::demo();
    let outcome = computer.run_with(
        &["login"],
        &[("ZOHO_ACCOUNTS_URL", Some("http://accounts.zoho.com"))],
    );
    assert!(!outcome.success);
    assert!(outcome.stderr.contains("ZOHO_ACCOUNTS_URL"), "{outcome:?}");
    assert!(outcome.stderr.contains("https://"), "{outcome:?}");
    assert_eq!(computer.browser_log(), "(never ran)");
}

#[test]
fn denied_consent_fails_and_saves_nothing() {
    let computer = Computer::demo();
    let outcome = computer.run_with(&["login"], &[("FAKE_BROWSER_DECISION", Some("deny"))]);
    assert!(!outcome.success);
    assert!(outcome.stderr.contains("access_denied"), "{outcome:?}");
    assert!(computer.browser_log().contains("consent (deny)"));
    assert!(computer.session().is_none());
    assert_eq!(computer.sim.stats().code_exchanges, 0);
}

/// A failed `login` on a computer that was never signed in: one plain sentence saying `says`,
/// and nothing saved anywhere afterwards.
fn assert_failed_and_nothing_saved(computer: &Computer, outcome: &Outcome, says: &str) {
    assert!(!outcome.success, "{outcome:?}");
    assert!(
        outcome.stderr.contains(says),
        "{outcome:?}; browser: {}",
        computer.browser_log()
    );
    assert_eq!(outcome.stderr.trim_end().lines().count(), 1, "{outcome:?}");
    assert!(computer.session().is_none(), "no session saved");
    assert!(
        !computer.credentials_file().exists(),
        "no credential file left behind"
    );
    let later = computer.run(&["org"]);
    assert!(later.stderr.contains("not signed in"), "{later:?}");
}

#[test]
fn an_expired_code_fails_and_saves_nothing() {
    let computer = Computer::new(SimOptions::default().code_lifetime(Duration::ZERO));
    let outcome = computer.run(&["login"]);
    assert_failed_and_nothing_saved(
        &computer,
        &outcome,
        "The sign-in code from Zoho had expired or was already used (Zoho code invalid_code).",
    );
    assert_eq!(computer.sim.stats().code_exchanges, 1);
}

#[test]
fn a_forged_state_is_turned_away_and_the_real_callback_still_signs_in() {
    let computer = Computer::demo();
    let outcome = computer.run_with(
        &["login"],
        &[
            ("FAKE_BROWSER_TAMPER", Some("state=not-this-sign-in")),
            ("FAKE_BROWSER_THEN_REAL", Some("1")),
        ],
    );
    let browser = computer.browser_log();
    assert!(browser.contains("tampered with state"), "{browser}");
    // Another page's forged callback does not end the sign-in (issue 11): it is turned away...
    assert!(browser.contains("callback answered 400"), "{browser}");
    // ...and the person's own callback, arriving after it, still signs in.
    assert!(browser.contains("real callback answered 200"), "{browser}");
    assert!(outcome.success, "{outcome:?}");
    assert!(computer.session().is_some());
    assert_eq!(computer.sim.stats().token_requests, 1, "only the real one");
}

#[test]
fn a_foreign_accounts_server_fails_gets_nothing_and_saves_nothing() {
    let computer = Computer::demo();
    // Counts connections without accepting them: the handshake completes in the backlog.
    let foreign = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    foreign.set_nonblocking(true).unwrap();
    let server = format!("http://zoho@{}", foreign.local_addr().unwrap());
    let outcome = computer.run_with(
        &["login"],
        &[(
            "FAKE_BROWSER_TAMPER",
            Some(&format!("accounts-server={server}")),
        )],
    );
    assert!(
        computer
            .browser_log()
            .contains("tampered with accounts-server")
    );
    assert_failed_and_nothing_saved(
        &computer,
        &outcome,
        &format!("The sign-in came back naming {server}, which is not a Zoho sign-in server"),
    );
    assert!(
        matches!(foreign.accept(), Err(error) if error.kind() == std::io::ErrorKind::WouldBlock),
        "the foreign server was contacted"
    );
    assert_eq!(computer.sim.stats().token_requests, 0, "nothing exchanged");
}

#[test]
fn a_corrupt_credential_file_is_one_sentence_and_login_replaces_it() {
    let computer = Computer::demo();
    computer.login();
    let org_requests = computer.sim.stats().org_requests;
    fs::write(computer.credentials_file(), b"\x00\xffnot {json at all").unwrap();

    let org = computer.run(&["org"]);
    assert!(!org.success, "{org:?}");
    assert!(org.stdout.is_empty(), "{org:?}");
    assert_eq!(
        org.stderr.trim_end().lines().count(),
        1,
        "one sentence: {org:?}"
    );
    assert!(org.stderr.contains("credentials.json"), "{org:?}");
    assert!(org.stderr.contains("Sign in again"), "{org:?}");
    assert_eq!(
        computer.sim.stats().org_requests,
        org_requests,
        "nothing sent"
    );

    let login = computer.login();
    assert!(
        login
            .stdout
            .contains("Zylker Traders (production, Zoho's Europe data centre); it is now the current organization."),
        "a fresh sign-in of the org: {login:?}"
    );
    assert_eq!(
        login.stderr.matches("credentials.json").count(),
        1,
        "the replaced file is mentioned once: {login:?}"
    );
    assert!(
        computer.session().is_some(),
        "the file holds a session again"
    );
    let printed = computer.ok(&["org", "--json"]);
    assert!(
        serde_json::from_str::<Value>(&printed.stdout).is_ok(),
        "{printed:?}"
    );
}

// Linux only: there the keychain is the Secret Service on the session bus, which a runtime
// folder of the test's own keeps out of reach. Elsewhere the person's real keychain would answer.
#[cfg(target_os = "linux")]
#[test]
fn insisting_on_an_unreachable_keychain_is_one_sentence_naming_why() {
    let computer = Computer::demo();
    let runtime_dir = computer.path("runtime");
    fs::create_dir_all(&runtime_dir).unwrap();
    let outcome = computer.run_with(
        &["org"],
        &[
            ("ZOHO_ORG_VIEWER_STORE", Some("keyring")),
            ("XDG_RUNTIME_DIR", runtime_dir.to_str()),
        ],
    );
    assert!(!outcome.success, "{outcome:?}");
    assert_eq!(outcome.stderr.trim_end().lines().count(), 1, "{outcome:?}");
    assert!(
        outcome
            .stderr
            .starts_with("The system keychain cannot be used on this computer ("),
        "{outcome:?}"
    );
    assert!(
        outcome.stderr.contains("ZOHO_ORG_VIEWER_STORE=file"),
        "{outcome:?}"
    );
    assert!(!computer.credentials_file().exists());
}

#[test]
fn logout_while_zoho_is_unreachable_still_forgets_and_says_so() {
    let computer = Computer::demo();
    computer.login();
    computer
        .sim
        .set_fault(FaultRule::new(Endpoint::Revoke, Fault::Offline));
    let outcome = computer.run(&["logout"]);
    assert!(!outcome.success, "Zoho was not told: {outcome:?}");
    assert!(
        outcome
            .stderr
            .contains("Signed out of Zylker Traders on this computer"),
        "{outcome:?}"
    );
    assert!(outcome.stderr.contains("Connected apps"), "{outcome:?}");
    assert!(computer.session().is_none(), "forgotten locally");
    assert!(computer.sim.stats().faults_served >= 1);
    let org = computer.run(&["org"]);
    assert!(org.stderr.contains("not signed in"), "{org:?}");
}

#[test]
fn a_sign_in_revoked_at_zoho_is_forgotten_and_login_asks_for_consent_again() {
    let computer = Computer::demo();
    computer.login();
    let first = computer.saved_refresh_token();
    let again = computer.login();
    assert!(
        again
            .stdout
            .contains("Renewed the sign-in of Zylker Traders"),
        "the same org is renewed, not added twice: {again:?}"
    );
    assert_ne!(computer.saved_refresh_token(), first);
    assert_eq!(
        computer.sim.stats().revocations,
        1,
        "the replaced refresh token was revoked"
    );

    // The person removes the app under Connected apps; the cached access token then runs out.
    let refresh_token = computer.saved_refresh_token();
    let revoke_url = computer
        .sim
        .second_accounts_url()
        .join("oauth/v2/token/revoke")
        .unwrap();
    let status = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            zoho_org_viewer::zoho::http::install_tls_crypto();
            reqwest::Client::builder()
                .no_proxy()
                .build()
                .unwrap()
                .post(revoke_url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(format!("token={refresh_token}"))
                .send()
                .await
                .unwrap()
                .status()
        });
    assert!(status.is_success(), "{status}");
    computer.set_saved_expiry(SystemTime::now());

    let outcome = computer.run(&["org"]);
    assert!(!outcome.success);
    assert!(outcome.stderr.contains("invalid_code"), "{outcome:?}");
    assert!(
        outcome.stderr.contains("removed from this computer"),
        "{outcome:?}"
    );
    assert!(computer.session().is_none());

    computer.login();
    assert_ne!(computer.saved_refresh_token(), refresh_token);
    computer.ok(&["org"]);
}

#[test]
fn help_documents_the_redirect_port_and_without_a_display_the_window_says_why() {
    let computer = Computer::demo();
    let help = computer.ok(&["--help"]);
    assert!(
        help.stdout.contains("ZOHO_ORG_VIEWER_REDIRECT_PORT"),
        "{help:?}"
    );
    for command in ["login", "org", "logo", "logout", "sim", "demo"] {
        assert!(help.stdout.contains(command), "{command}: {help:?}");
    }
    for arguments in [&[][..], &["demo"][..]] {
        let window = computer.run(arguments);
        assert!(!window.success);
        assert!(
            window.stderr.contains("The app window could not open"),
            "{window:?}"
        );
        assert_eq!(window.stderr.lines().count(), 1, "one sentence: {window:?}");
    }
    let bad_port = computer.run_with(
        &["login"],
        &[("ZOHO_ORG_VIEWER_REDIRECT_PORT", Some("seventeen"))],
    );
    assert!(!bad_port.success);
    assert!(bad_port.stderr.contains("\"seventeen\""), "{bad_port:?}");
}

#[cfg(unix)]
#[test]
fn sim_prints_its_addresses_registers_the_redirect_port_and_stops_on_ctrl_c() {
    let computer = Computer::demo();
    let stdout_path = computer.path("sim.stdout");
    let mut child = computer
        .command(
            &["sim"],
            &[("ZOHO_ORG_VIEWER_REDIRECT_PORT", Some("18999"))],
        )
        .stdin(Stdio::null())
        .stdout(fs::File::create(&stdout_path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let started = Instant::now();
    let printed = loop {
        let printed = fs::read_to_string(&stdout_path).unwrap();
        if printed.contains("Press Ctrl-C") || started.elapsed() > COMMAND_TIME_LIMIT {
            break printed;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    // `sim::run_foreground` watches for Ctrl-C before it prints the prompt, so the signal can
    // follow the prompt at once.
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > COMMAND_TIME_LIMIT {
            child.kill().ok();
            panic!("the sim did not stop on Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    assert!(printed.contains("Accounts, us:"), "{printed}");
    assert!(printed.contains("http://127.0.0.1:"), "{printed}");
    assert!(
        printed.contains("http://127.0.0.1:18999/callback"),
        "{printed}"
    );
    assert!(
        printed.contains("http://127.0.0.1:17645/callback"),
        "{printed}"
    );
}

/// The demo's three orgs: production and sandbox in the EU, a developer org in the US.
const PRODUCTION: &str = "4876876000000020005";
const SANDBOX: &str = "4876876000004120011";
const DEVELOPER: &str = "7310042000000018003";

#[test]
fn three_orgs_in_two_data_centres_are_kept_apart_and_switched_between() {
    let computer = Computer::demo();
    assert_eq!(
        computer.sim.org(DEVELOPER).map(|org| org.data_centre),
        Some(DataCentre::Us)
    );
    assert!(computer.orgs().is_empty(), "nothing signed in yet");
    let listed = computer.ok(&["orgs"]);
    assert!(listed.stdout.contains("not signed in"), "{listed:?}");

    let first = computer.login_to(PRODUCTION);
    assert!(
        first.stdout.contains("added Zylker Traders (production"),
        "{first:?}"
    );
    let sandbox = computer.login_to(SANDBOX);
    assert!(
        sandbox.stdout.contains("Zylker Traders (Sandbox) (sandbox"),
        "{sandbox:?}"
    );
    let developer = computer.login_to(DEVELOPER);
    assert!(
        developer
            .stdout
            .contains("Zylker Labs (developer, Zoho's United States data centre)"),
        "the second data centre is named: {developer:?}"
    );

    let orgs = computer.orgs();
    let ids: Vec<&str> = orgs.iter().map(|org| org["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [PRODUCTION, SANDBOX, DEVELOPER],
        "in the order they were added"
    );
    let current: Vec<&str> = orgs
        .iter()
        .filter(|org| org["current"] == true)
        .map(|org| org["id"].as_str().unwrap())
        .collect();
    assert_eq!(current, [DEVELOPER], "the last signed in to is current");
    assert_eq!(orgs[2]["data_centre"], "us");
    assert_eq!(orgs[0]["data_centre"], "eu");
    assert_eq!(orgs[1]["type"], "sandbox");
    assert!(orgs[0]["zgid"].is_string() && orgs[0]["company_name"] == "Zylker Traders");

    // Each org is read with its own token at its own API host.
    let current_org: Value = serde_json::from_str(&computer.ok(&["org", "--json"]).stdout).unwrap();
    assert_eq!(current_org["id"], DEVELOPER);
    let by_name: Value =
        serde_json::from_str(&computer.ok(&["org", "--org", "sandbox", "--json"]).stdout).unwrap();
    assert_eq!(by_name["id"], SANDBOX);
    let by_domain: Value = serde_json::from_str(
        &computer
            .ok(&["org", "--org", "zylkertraderssandbox", "--json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(by_domain["id"], SANDBOX);

    let switched = computer.ok(&["switch", PRODUCTION]);
    assert!(
        switched
            .stdout
            .contains("Zylker Traders is now the current organization"),
        "{switched:?}"
    );
    let table = computer.ok(&["orgs"]);
    let marked: Vec<&str> = table
        .stdout
        .lines()
        .filter(|line| line.starts_with('*'))
        .collect();
    assert_eq!(marked.len(), 1, "{table:?}");
    assert!(
        marked[0].contains("Zylker Traders") && marked[0].contains("Production"),
        "{table:?}"
    );
    let now: Value = serde_json::from_str(&computer.ok(&["org", "--json"]).stdout).unwrap();
    assert_eq!(
        now["id"], PRODUCTION,
        "commands without --org follow the switch"
    );

    let all: Value =
        serde_json::from_str(&computer.ok(&["org", "--all", "--json"]).stdout).unwrap();
    let all_ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|org| org["id"].as_str().unwrap())
        .collect();
    assert_eq!(all_ids, [PRODUCTION, SANDBOX, DEVELOPER]);
    let text = computer.ok(&["org", "--all"]);
    for name in ["Zylker Traders", "Zylker Traders (Sandbox)", "Zylker Labs"] {
        assert!(text.stdout.contains(name), "{name}: {text:?}");
    }

    // One org's failure is that org's problem.
    computer.sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::ZohoError {
                code: "INTERNAL_ERROR".into(),
            },
        )
        .for_org(SANDBOX),
    );
    let partial = computer.run(&["org", "--all", "--json"]);
    assert!(!partial.success, "{partial:?}");
    let partial_ids: Vec<String> = serde_json::from_str::<Value>(&partial.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|org| org["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        partial_ids,
        [PRODUCTION, DEVELOPER],
        "the others are printed"
    );
    assert!(
        partial.stderr.contains("Zylker Traders (Sandbox): "),
        "{partial:?}"
    );
    assert!(partial.stderr.contains("INTERNAL_ERROR"), "{partial:?}");
    assert!(
        partial.stderr.contains("1 of 3 organizations"),
        "{partial:?}"
    );
    computer.sim.clear_faults();

    // Signing out of one revokes only its refresh token, at its own accounts server.
    let revocations = computer.sim.stats().revocations;
    let logout = computer.ok(&["logout", "--org", "labs"]);
    assert!(
        logout.stdout.contains("Signed out of Zylker Labs"),
        "{logout:?}"
    );
    assert_eq!(computer.sim.stats().revocations, revocations + 1);
    assert_eq!(computer.sim.org_stats(DEVELOPER).unwrap().revocations, 1);
    assert_eq!(computer.sim.org_stats(PRODUCTION).unwrap().revocations, 0);
    let left: Vec<String> = computer
        .orgs()
        .iter()
        .map(|org| org["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(left, [PRODUCTION, SANDBOX]);
    computer.ok(&["org", "--org", SANDBOX]);
    computer.ok(&["org"]);

    let everything = computer.ok(&["logout", "--all"]);
    assert_eq!(
        everything.stdout.matches("Signed out of").count(),
        2,
        "{everything:?}"
    );
    assert!(computer.orgs().is_empty());
    assert!(computer.session().is_none(), "no sign-in left in the file");
}

#[test]
fn an_org_that_matches_nothing_or_several_is_refused_with_the_list() {
    let computer = Computer::demo();
    computer.login_to(PRODUCTION);
    computer.login_to(SANDBOX);
    let requests = computer.sim.stats().org_requests;
    for (query, says) in [
        ("acme", "No signed-in organization matches \"acme\""),
        ("zylker", "\"zylker\" matches more than one"),
    ] {
        let refused = computer.run(&["org", "--org", query]);
        assert!(!refused.success, "{refused:?}");
        assert!(refused.stderr.contains(says), "{refused:?}");
        assert!(
            refused
                .stderr
                .contains(&format!("Zylker Traders (Sandbox) (ID {SANDBOX})")),
            "the list to choose from: {refused:?}"
        );
        assert_eq!(
            refused.stderr.trim_end().lines().count(),
            1,
            "one sentence: {refused:?}"
        );
        let switch = computer.run(&["switch", query]);
        assert!(
            !switch.success && switch.stderr.contains(says),
            "{switch:?}"
        );
    }
    assert_eq!(
        computer.sim.stats().org_requests,
        requests,
        "nothing was sent"
    );
}

#[test]
fn signing_in_to_a_known_org_again_renews_it_and_revokes_the_old_token() {
    let computer = Computer::demo();
    computer.login_to(SANDBOX);
    computer.login_to(PRODUCTION);
    let old = computer.orgs();
    computer.login_to(SANDBOX);
    assert_eq!(
        computer.orgs().len(),
        old.len(),
        "renewed, not listed twice"
    );
    let sandbox = computer.sim.org_stats(SANDBOX).unwrap();
    assert_eq!(
        sandbox.revocations, 1,
        "the replaced refresh token was revoked"
    );
    assert_eq!(computer.sim.org_stats(PRODUCTION).unwrap().revocations, 0);
    let now: Value = serde_json::from_str(&computer.ok(&["org", "--json"]).stdout).unwrap();
    assert_eq!(now["id"], SANDBOX, "the renewed org is current");
    computer.ok(&["org", "--org", PRODUCTION]);
}

#[test]
fn a_dozen_org_all_runs_mint_at_most_once_per_org() {
    let computer = Computer::demo();
    for org in [PRODUCTION, SANDBOX, DEVELOPER] {
        computer.login_to(org);
    }
    computer.sim.expire_access_tokens();
    for _ in 0..12 {
        computer.ok(&["org", "--all", "--json"]);
    }
    for org in [PRODUCTION, SANDBOX, DEVELOPER] {
        assert_eq!(computer.sim.org_stats(org).unwrap().refreshes, 1, "{org}");
    }
}

#[test]
fn twelve_commands_at_once_after_expiry_refresh_once() {
    let computer = Computer::demo();
    computer.login();
    computer.sim.expire_access_tokens();
    let children: Vec<std::process::Child> = (0..12)
        .map(|run| {
            computer
                .command(&["org", "--json"], &[])
                .stdin(Stdio::null())
                .stdout(fs::File::create(computer.path(&format!("parallel-{run}.out"))).unwrap())
                .stderr(fs::File::create(computer.path(&format!("parallel-{run}.err"))).unwrap())
                .spawn()
                .unwrap()
        })
        .collect();
    for (run, mut child) in children.into_iter().enumerate() {
        let status = child.wait().unwrap();
        assert!(
            status.success(),
            "run {run}: {}",
            fs::read_to_string(computer.path(&format!("parallel-{run}.err"))).unwrap()
        );
    }
    assert_eq!(
        computer.sim.stats().refreshes,
        1,
        "one process refreshed; the others used the token it saved"
    );
}

#[test]
fn a_sign_in_that_cannot_be_saved_is_undone_at_zoho() {
    let computer = Computer::demo();
    // Root may write anywhere, so a folder where the file must go stands in for a full or
    // read-only disk: the credential file cannot be written.
    fs::create_dir_all(computer.credentials_file()).unwrap();
    let outcome = computer.run(&["login"]);
    assert!(!outcome.success, "{outcome:?}");
    assert!(
        outcome
            .stderr
            .contains("could not be saved on this computer, so it was undone at Zoho"),
        "{outcome:?}"
    );
    assert_eq!(
        computer.sim.stats().revocations,
        1,
        "no live refresh token is left behind"
    );
    fs::remove_dir(computer.credentials_file()).unwrap();
    assert!(computer.orgs().is_empty(), "nothing listed");
}

/// Saves a sign-in to `org` where the binary finds it (the private file in this computer's
/// home), as `login` would leave it, without a browser: tokens minted by the sim.
fn save_sign_in(computer: &Computer, org: &SimOrg) {
    use oauth2::{AccessToken, RefreshToken};
    use zoho_org_viewer::store::{AppPaths, CredentialStore, FileSecretStore, SignIns};
    use zoho_org_viewer::zoho::oauth::{CachedAccessToken, Tokens};

    let paths = AppPaths {
        config_dir: computer.path("config/zoho-org-viewer"),
        cache_dir: computer.path("cache/zoho-org-viewer"),
        data_dir: computer.path("data/zoho-org-viewer"),
    };
    let store = CredentialStore::new(std::sync::Arc::new(FileSecretStore::new(
        paths.credentials_file(),
    )));
    let minted = computer
        .sim
        .mint_tokens_for(&org.id, "ZohoCRM.org.READ")
        .unwrap();
    let tokens = Tokens {
        refresh_token: RefreshToken::new(minted.refresh_token),
        accounts_server: computer.sim.accounts_url_for(org.data_centre),
        api_domain: computer.sim.api_url_for(org.data_centre),
        location: Some(org.data_centre.code().to_owned()),
        access_token: Some(CachedAccessToken::expiring_after(
            AccessToken::new(minted.access_token),
            Duration::from_secs(3600),
            SystemTime::now(),
        )),
    };
    SignIns::new(store, &paths)
        .add(org.as_signed_in(), &tokens)
        .unwrap();
}

#[test]
fn org_all_runs_a_few_calls_per_host_on_reused_connections_in_the_lists_order() {
    // One data centre, so one API host, whose limit is then the whole limit.
    let orgs: Vec<SimOrg> = (0..30)
        .map(|index| {
            let mut org = SimOrg::generated(index);
            org.data_centre = DataCentre::Eu;
            org
        })
        .collect();
    let computer = Computer::new(SimOptions::default().orgs(orgs.clone()));
    for org in &orgs {
        save_sign_in(&computer, org);
    }
    // Long enough that calls started together are still in flight together.
    computer
        .sim
        .set_latency(Endpoint::Org, Duration::from_millis(40));
    let broken = &orgs[13];
    computer.sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::ZohoError {
                code: "INTERNAL_ERROR".into(),
            },
        )
        .for_org(&broken.id),
    );

    let outcome = computer.run(&["org", "--all", "--json"]);
    assert!(!outcome.success, "one org failed: {outcome:?}");
    let printed: Vec<String> = serde_json::from_str::<Value>(&outcome.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|org| org["id"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = orgs
        .iter()
        .filter(|org| org.id != broken.id)
        .map(|org| org.id.clone())
        .collect();
    assert_eq!(printed, expected, "the others, in the list's order");
    let failures: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|line| line.contains("INTERNAL_ERROR"))
        .collect();
    assert_eq!(failures.len(), 1, "{outcome:?}");
    assert!(
        failures[0].starts_with(&format!("{}: ", broken.company_name)),
        "{outcome:?}"
    );
    assert!(
        outcome.stderr.contains("1 of 30 organizations"),
        "{outcome:?}"
    );

    let stats = computer.sim.stats();
    assert_eq!(stats.org_requests, 30, "one call per org");
    assert!(
        (2..=CALLS_PER_HOST as u32).contains(&stats.peak_concurrent_crm_requests),
        "concurrent, {CALLS_PER_HOST} at most: {stats:?}"
    );
    assert!(
        stats.crm_connections <= CALLS_PER_HOST as u32,
        "connections are reused, not one per org: {stats:?}"
    );
}

/// A 4000 × 3000 JPEG of smooth gradients: over Zoho's 10 megapixels, under 1 MB once scaled to
/// them.
fn camera_photo() -> Vec<u8> {
    let image = image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x * 255 / 4000) as u8, (y * 255 / 3000) as u8, 90])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .unwrap();
    bytes.into_inner()
}

#[test]
fn logo_set_fits_backs_up_and_changes_then_remove_removes() {
    const PRODUCTION: &str = "4876876000000020005";
    let computer = Computer::demo();
    computer.login();
    let original = computer.sim.current_photo(PRODUCTION).unwrap();
    let picture = computer.path("new logo.jpg");
    fs::write(&picture, camera_photo()).unwrap();

    let set = computer.ok(&["logo", "--set", picture.to_str().unwrap()]);
    assert!(
        set.stdout
            .contains("The picture was scaled from 4000×3000 to 3651×2738, "),
        "{set:?}"
    );
    assert!(
        set.stdout.contains("Zoho asks once in your browser"),
        "{set:?}"
    );
    assert!(
        set.stdout.contains("Changed the logo of Zylker Traders."),
        "{set:?}"
    );
    let sent = computer.sim.current_photo(PRODUCTION).unwrap();
    let decoded = image::load_from_memory(&sent.bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (3651, 2738));
    assert!(sent.bytes.len() <= 1024 * 1024);
    let backups = computer
        .path("data/zoho-org-viewer/orgs")
        .join(PRODUCTION)
        .join("logo-backups");
    let saved: Vec<PathBuf> = fs::read_dir(&backups)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert_eq!(fs::read(&saved[0]).unwrap(), original.bytes);
    assert!(
        set.stdout.contains(&format!(
            "Saved a copy of the current logo to {}.",
            saved[0].display()
        )),
        "{set:?}"
    );
    // Only the one-time grant wrote; the saved sign-in is still the read-only one.
    let writes = computer.sim.photo_writes();
    assert!(
        writes
            .iter()
            .all(|write| write.scopes == ["ZohoCRM.org.ALL"]),
        "{writes:?}"
    );
    assert_eq!(
        computer.sim.token_scopes(&computer.saved_access_token()),
        Some(vec!["ZohoCRM.org.READ".to_owned()])
    );
    // The one-time permission was not written anywhere: settings, data or cache.
    fn holds(folder: &Path, needle: &[u8]) -> bool {
        fs::read_dir(folder)
            .into_iter()
            .flatten()
            .flatten()
            .any(|entry| {
                let path = entry.path();
                if path.is_dir() {
                    holds(&path, needle)
                } else {
                    fs::read(&path)
                        .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle))
                }
            })
    }
    for folder in ["config", "data", "cache"] {
        assert!(
            !holds(&computer.path(folder), writes[0].token.as_bytes()),
            "{folder}"
        );
    }

    let removed = computer.ok(&["logo", "--remove"]);
    assert!(
        removed
            .stdout
            .contains("Removed the logo of Zylker Traders."),
        "{removed:?}"
    );
    assert_eq!(computer.sim.current_photo(PRODUCTION), None);
    assert_eq!(fs::read_dir(&backups).unwrap().count(), 2);
    let again = computer.ok(&["logo", "--remove"]);
    assert!(
        again
            .stdout
            .contains("had no logo, so there was nothing to keep a copy of"),
        "{again:?}"
    );
}

#[test]
fn logo_set_refuses_a_grant_for_another_org_before_sending() {
    let computer = Computer::demo();
    computer.login();
    let picture = computer.path("logo.png");
    let mut bytes = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_pixel(64, 32, image::Rgb([1, 2, 3]))
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    fs::write(&picture, bytes.into_inner()).unwrap();
    let outcome = computer.run_with(
        &["logo", "--set", picture.to_str().unwrap()],
        &[("FAKE_BROWSER_ORG", Some("4876876000004120011"))],
    );
    assert!(!outcome.success, "{outcome:?}");
    assert!(
        outcome
            .stdout
            .contains("The picture is sent as it is (PNG, 64×32"),
        "{outcome:?}"
    );
    assert_eq!(
        outcome.stderr.trim(),
        "Zoho gave permission for Zylker Traders (Sandbox), not for the organization being changed, so nothing was sent. Try again and pick Zylker Traders on Zoho's page."
    );
    let stats = computer.sim.stats();
    assert_eq!((stats.photo_uploads, stats.photo_deletions), (0, 0));

    let not_a_picture = computer.run(&[
        "logo",
        "--set",
        computer.path("browser.log").to_str().unwrap(),
    ]);
    assert!(!not_a_picture.success);
    assert!(
        not_a_picture.stderr.contains("cannot become the logo"),
        "{not_a_picture:?}"
    );
}

#[test]
fn logo_remove_walks_through_several_orgs_one_grant_each() {
    const PRODUCTION: &str = "4876876000000020005";
    const SANDBOX: &str = "4876876000004120011";
    let computer = Computer::demo();
    computer.login_to(PRODUCTION);
    computer.login_to(SANDBOX);
    let both = format!("{PRODUCTION},{SANDBOX}");
    let removed = computer.run_with(
        &["logo", "--remove", "--org", PRODUCTION, "--org", SANDBOX],
        &[("FAKE_BROWSER_ORG", Some(both.as_str()))],
    );
    assert!(removed.success, "{removed:?}");
    assert!(
        removed
            .stdout
            .contains("your browser opens once for each of these 2 organizations"),
        "{removed:?}"
    );
    assert!(
        removed.stdout.contains("1 of 2: Zylker Traders\n"),
        "{removed:?}"
    );
    assert!(
        removed
            .stdout
            .contains("2 of 2: Zylker Traders (Sandbox)\n"),
        "{removed:?}"
    );
    assert!(
        removed
            .stdout
            .contains("Removed the logo of Zylker Traders."),
        "{removed:?}"
    );
    assert!(
        removed
            .stdout
            .contains("Removed the logo of Zylker Traders (Sandbox)."),
        "{removed:?}"
    );
    assert_eq!(computer.sim.current_photo(PRODUCTION), None);
    assert_eq!(computer.sim.current_photo(SANDBOX), None);
    for org in [PRODUCTION, SANDBOX] {
        let backups = computer
            .path("data/zoho-org-viewer/orgs")
            .join(org)
            .join("logo-backups");
        assert_eq!(fs::read_dir(&backups).unwrap().count(), 1, "{org}");
    }
    assert_eq!(computer.sim.stats().photo_deletions, 2);
}

#[test]
fn one_org_of_several_failing_is_its_own_line_and_the_others_go_on() {
    const PRODUCTION: &str = "4876876000000020005";
    const SANDBOX: &str = "4876876000004120011";
    let computer = Computer::demo();
    computer.login_to(PRODUCTION);
    computer.login_to(SANDBOX);
    // The person picks production on Zoho's page both times.
    let twice = format!("{PRODUCTION},{PRODUCTION}");
    let outcome = computer.run_with(
        &["logo", "--remove", "--org", SANDBOX, "--org", PRODUCTION],
        &[("FAKE_BROWSER_ORG", Some(twice.as_str()))],
    );
    assert!(!outcome.success, "{outcome:?}");
    assert!(
        outcome.stderr.contains("Zylker Traders (Sandbox): Zoho gave permission for Zylker Traders, not for the organization being changed"),
        "{outcome:?}"
    );
    assert!(
        outcome
            .stdout
            .contains("Removed the logo of Zylker Traders."),
        "{outcome:?}"
    );
    assert!(
        outcome
            .stderr
            .trim_end()
            .ends_with("The logo of 1 of 2 organizations was not changed; see the lines above."),
        "{outcome:?}"
    );
    assert!(computer.sim.current_photo(SANDBOX).is_some());
    assert_eq!(computer.sim.current_photo(PRODUCTION), None);
}

/// The command line words its lines in the language the environment asks for (issue 14), and
/// what scripts read (`--json`) is the same bytes in every language.
#[test]
fn the_command_line_speaks_german_and_japanese_and_json_stays_the_same() {
    const GERMAN: (&str, Option<&str>) = ("LANG", Some("de_DE.UTF-8"));
    const JAPANESE: (&str, Option<&str>) = ("LANG", Some("ja_JP.UTF-8"));
    const PLAIN_C: (&str, Option<&str>) = ("LANG", Some("C"));
    let computer = Computer::demo();
    let said = |arguments: &[&str], language: (&str, Option<&str>)| {
        let outcome = computer.run_with(arguments, &[language]);
        assert!(outcome.success, "{arguments:?}: {outcome:?}");
        outcome.stdout
    };

    let nothing = said(&["orgs"], GERMAN);
    assert!(
        nothing.contains("Sie sind auf diesem Computer bei keiner Organisation angemeldet."),
        "{nothing}"
    );
    let login = computer.run_with(
        &["login"],
        &[GERMAN, ("FAKE_BROWSER_ORG", Some(PRODUCTION))],
    );
    assert!(login.success, "{login:?}");
    for line in [
        "Zohos Anmeldeseite wird in Ihrem Browser geöffnet.",
        "Es wird bis zu 3 Minuten gewartet",
        "Bei Zoho angemeldet und Zylker Traders hinzugefügt (Produktion, Zohos Rechenzentrum Europa)",
    ] {
        assert!(login.stdout.contains(line), "{line}: {login:?}");
    }
    assert!(!login.stdout.contains("Waiting up to"), "{login:?}");
    computer.login_to(DEVELOPER);

    let listed = said(&["orgs"], GERMAN);
    let lines: Vec<&str> = listed.lines().collect();
    assert!(
        lines[0].contains("Organisation")
            && lines[0].contains("Umgebung")
            && lines[0].contains("Rechenzentrum"),
        "{listed}"
    );
    assert!(
        lines[1].contains("Zylker Traders") && lines[1].contains("Produktion"),
        "{listed}"
    );
    assert!(lines[1].contains("Europa (eu)"), "{listed}");
    assert!(
        lines[2].starts_with("*  Zylker Labs") && lines[2].contains("Entwickler"),
        "{listed}"
    );
    assert!(
        listed.contains(
            "Die aktuelle Organisation ist mit * markiert; `zoho-org-viewer switch ORG` ändert sie."
        ),
        "{listed}"
    );

    let listed = said(&["orgs"], JAPANESE);
    for words in [
        "組織",
        "環境",
        "データセンター",
        "本番",
        "開発者",
        "ヨーロッパ（eu）",
        "米国（us）",
    ] {
        assert!(listed.contains(words), "{words}: {listed}");
    }
    assert!(
        listed.contains("現在の組織には * が付いています。"),
        "{listed}"
    );

    let switched = said(&["switch", PRODUCTION], GERMAN);
    assert_eq!(
        switched,
        "Zylker Traders ist jetzt die aktuelle Organisation.\n"
    );
    let switched = said(&["switch", DEVELOPER], JAPANESE);
    assert_eq!(switched, "Zylker Labs が現在の組織になりました。\n");

    for arguments in [["orgs", "--json"], ["org", "--json"]] {
        let english = said(&arguments, PLAIN_C);
        assert!(english.starts_with(['[', '{']), "{english}");
        assert_eq!(said(&arguments, GERMAN), english, "{arguments:?} in German");
        assert_eq!(
            said(&arguments, JAPANESE),
            english,
            "{arguments:?} in Japanese"
        );
    }

    let help = said(&["--help"], JAPANESE);
    assert!(
        help.contains("設定（環境変数）") && help.contains("ZOHO_ACCOUNTS_URL"),
        "{help}"
    );

    let logout = said(&["logout"], GERMAN);
    assert!(
        logout.contains("Von Zylker Labs abgemeldet: Zoho hat den Zugriff der App widerrufen"),
        "{logout}"
    );
    assert!(
        logout.contains("Zylker Traders ist jetzt die aktuelle Organisation."),
        "{logout}"
    );
    let logout = said(&["logout"], JAPANESE);
    assert!(
        logout.contains("Zylker Traders からサインアウトしました。"),
        "{logout}"
    );
    let nothing = said(&["logout"], JAPANESE);
    assert!(
        nothing
            .contains("Zoho にサインインしていないため、サインアウトするものはありませんでした。"),
        "{nothing}"
    );
}
