//! The worker's use cases over several orgs, through its requests and answers alone: each
//! request is answered once with its outcome, and each org's truth arrives as its snapshot.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use std::time::{Duration, Instant};

use support::app::{World, scripted_browser_for_org};
use zoho_org_viewer::export::ExportFormat;
use zoho_org_viewer::sim::{DataCentre, Endpoint, Fault, FaultRule, SimOptions, SimOrg};
use zoho_org_viewer::worker::{
    Freshness, OrgList, OrgSnapshot, Request, Response, SaveOutcome, SaveTarget, SignInUpdate,
    WorkerHandle,
};
use zoho_org_viewer::zoho::api::CALLS_PER_HOST;

const PRODUCTION: &str = "4876876000000020005";
const SANDBOX: &str = "4876876000004120011";
const DEVELOPER: &str = "7310042000000018003";

/// The worker and what it has said so far.
struct Conversation {
    worker: WorkerHandle,
    orgs: OrgList,
    snapshots: std::collections::HashMap<String, OrgSnapshot>,
    answers: Vec<Response>,
}

impl Conversation {
    fn start(world: &World) -> Conversation {
        Conversation::start_with(world.config())
    }

    fn start_with(config: zoho_org_viewer::worker::WorkerConfig) -> Conversation {
        let worker = WorkerHandle::start(config).unwrap();
        let mut conversation = Conversation {
            worker,
            orgs: OrgList::default(),
            snapshots: Default::default(),
            answers: Vec::new(),
        };
        conversation.wait_for("the start", |answer| matches!(answer, Response::Ready(_)));
        conversation
    }

    /// Takes answers until one passes `wanted` (at most 20 s); org lists and snapshots are
    /// kept as they come.
    fn wait_for(&mut self, what: &str, wanted: impl Fn(&Response) -> bool) -> &Response {
        let started = Instant::now();
        loop {
            match self.worker.try_recv() {
                Some(answer) => {
                    match &answer {
                        Response::Orgs(list) => self.orgs = list.clone(),
                        Response::Org(snapshot) => {
                            self.snapshots
                                .insert(snapshot.id.clone(), (**snapshot).clone());
                        }
                        _ => {}
                    }
                    let done = wanted(&answer);
                    self.answers.push(answer);
                    if done {
                        return self.answers.last().unwrap();
                    }
                }
                None => {
                    assert!(
                        started.elapsed() < Duration::from_secs(20),
                        "waited 20 s for {what}"
                    );
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
        }
    }

    /// Waits until `org`'s snapshot passes `wanted`.
    fn wait_for_org(&mut self, org: &str, what: &str, wanted: impl Fn(&OrgSnapshot) -> bool) {
        if self.snapshots.get(org).is_some_and(&wanted) {
            return;
        }
        self.wait_for(what, |answer| {
            matches!(answer, Response::Org(snapshot) if snapshot.id == org && wanted(snapshot))
        });
    }

    /// Signs in through the scripted browser, picking `org` on the consent page.
    fn sign_in_to(&mut self, world: &World, org: &str) {
        self.worker.send(Request::SignIn {
            accounts_url: world.sim.accounts_url(),
        });
        let url = match self.wait_for("the sign-in page", |answer| {
            matches!(answer, Response::SignIn(SignInUpdate::Waiting { .. }))
        }) {
            Response::SignIn(SignInUpdate::Waiting { url, .. }) => url.to_string(),
            _ => unreachable!(),
        };
        let page = scripted_browser_for_org(&url, org);
        let name = world.sim.org(org).unwrap().company_name.clone();
        assert!(
            page.contains(&format!(
                "Org Viewer for Zoho CRM now shows <bdi>{name}</bdi>."
            )),
            "the page names the org: {page}"
        );
        self.wait_for("the sign-in's outcome", |answer| {
            matches!(answer, Response::SignIn(SignInUpdate::Finished(Ok(_))))
        });
        self.wait_for_org(org, "its first refresh", |snapshot| {
            !snapshot.refreshing && snapshot.freshness == Freshness::Live
        });
    }

    fn ids(&self) -> Vec<&str> {
        self.orgs.orgs.iter().map(|org| org.id.as_str()).collect()
    }
}

#[test]
fn three_orgs_are_kept_apart_refreshed_together_and_signed_out_one_by_one() {
    let world = World::new(SimOptions::default());
    let mut talk = Conversation::start(&world);
    for org in [PRODUCTION, SANDBOX, DEVELOPER] {
        talk.sign_in_to(&world, org);
        assert_eq!(
            talk.orgs.current.as_deref(),
            Some(org),
            "the new org is current"
        );
    }
    assert_eq!(talk.ids(), [PRODUCTION, SANDBOX, DEVELOPER]);
    let name = |talk: &Conversation, org: &str| {
        talk.snapshots[org]
            .data
            .as_ref()
            .and_then(|data| data.org.display_name().map(str::to_owned))
    };
    assert_eq!(
        name(&talk, SANDBOX).as_deref(),
        Some("Zylker Traders (Sandbox)")
    );
    assert_eq!(name(&talk, DEVELOPER).as_deref(), Some("Zylker Labs"));

    // Switching shows the org's data at once, from what the worker had.
    talk.worker.send(Request::Switch(PRODUCTION.to_owned()));
    talk.wait_for("the switch", |answer| {
        matches!(answer, Response::Orgs(list) if list.current.as_deref() == Some(PRODUCTION))
    });
    assert!(talk.snapshots[PRODUCTION].data.is_some());

    // Refresh all: every org is fetched again; one org's failure is that org's alone.
    world.sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::ZohoError {
                code: "INTERNAL_ERROR".into(),
            },
        )
        .for_org(SANDBOX),
    );
    let before: Vec<u32> = [PRODUCTION, SANDBOX, DEVELOPER]
        .iter()
        .map(|org| world.sim.org_stats(org).unwrap().org_requests)
        .collect();
    talk.worker.send(Request::RefreshAll);
    for org in [PRODUCTION, SANDBOX, DEVELOPER] {
        talk.wait_for_org(org, "refresh all to start", |snapshot| snapshot.refreshing);
    }
    for org in [PRODUCTION, SANDBOX, DEVELOPER] {
        talk.wait_for_org(org, "refresh all to end", |snapshot| !snapshot.refreshing);
    }
    for (org, before) in [PRODUCTION, SANDBOX, DEVELOPER].iter().zip(before) {
        assert_eq!(
            world.sim.org_stats(org).unwrap().org_requests,
            before + 1,
            "{org} fetched once"
        );
    }
    let sandbox = &talk.snapshots[SANDBOX];
    assert!(
        sandbox
            .problem
            .as_ref()
            .is_some_and(|problem| problem.summary.text().contains("Zoho")),
        "{sandbox:?}"
    );
    assert_eq!(
        sandbox.freshness,
        Freshness::Stale,
        "its data stays, marked"
    );
    for org in [PRODUCTION, DEVELOPER] {
        assert!(talk.snapshots[org].problem.is_none(), "{org}");
        assert_eq!(talk.snapshots[org].freshness, Freshness::Live);
    }
    world.sim.clear_faults();

    // Signing out of one: revoked at its own accounts server; the others stay signed in.
    talk.worker.send(Request::SignOut(DEVELOPER.to_owned()));
    talk.wait_for("the sign-out", |answer| {
        matches!(answer, Response::SignedOut(_))
    });
    assert!(matches!(
        talk.answers.last(),
        Some(Response::SignedOut(Ok(())))
    ));
    assert_eq!(talk.ids(), [PRODUCTION, SANDBOX]);
    assert_eq!(world.sim.org_stats(DEVELOPER).unwrap().revocations, 1);
    assert_eq!(world.sim.org_stats(PRODUCTION).unwrap().revocations, 0);
    talk.worker.send(Request::Refresh(SANDBOX.to_owned()));
    talk.wait_for_org(SANDBOX, "the sandbox to refresh", |snapshot| {
        !snapshot.refreshing && snapshot.problem.is_none() && snapshot.freshness == Freshness::Live
    });

    talk.worker.send(Request::SignOutAll);
    talk.wait_for("signing out of all", |answer| {
        matches!(answer, Response::SignedOut(_))
    });
    assert!(talk.ids().is_empty());
    assert_eq!(talk.orgs.current, None);
    assert!(world.sign_ins().index().unwrap().is_empty(), "nothing kept");
}

#[test]
fn refresh_all_runs_orgs_of_one_data_centre_a_few_at_a_time() {
    let orgs: Vec<SimOrg> = (0..12)
        .map(|index| {
            let mut org = SimOrg::generated(index);
            org.data_centre = DataCentre::Eu;
            org
        })
        .collect();
    let world = World::new(SimOptions::default().orgs(orgs.clone()));
    for org in &orgs {
        world.sign_in_beforehand_to(org);
    }
    let mut talk = Conversation::start(&world);
    // Long enough that every refresh let through is still waiting when the limit is reached.
    world
        .sim
        .set_latency(Endpoint::Org, Duration::from_millis(300));
    world
        .sim
        .set_latency(Endpoint::Photo, Duration::from_millis(300));
    talk.worker.send(Request::RefreshAll);
    for org in &orgs {
        talk.wait_for_org(&org.id, "its refresh to start", |snapshot| {
            snapshot.refreshing
        });
    }
    for org in &orgs {
        talk.wait_for_org(&org.id, "its refresh to end", |snapshot| {
            !snapshot.refreshing && snapshot.problem.is_none()
        });
    }
    let stats = world.sim.stats();
    assert_eq!(
        stats.org_requests as usize,
        12 + 1,
        "each once, and the current one at start"
    );
    assert!(
        stats.peak_concurrent_crm_requests as usize <= CALLS_PER_HOST,
        "at most {CALLS_PER_HOST} calls at once on one host: {stats:?}"
    );
    assert!(
        stats.peak_concurrent_crm_requests >= 4,
        "several orgs at once, not one after another: {stats:?}"
    );
}

#[test]
fn saving_a_logo_is_one_request_answered_once() {
    let world = World::new(SimOptions::default());
    let mut talk = Conversation::start(&world);
    talk.sign_in_to(&world, PRODUCTION);
    talk.wait_for_org(PRODUCTION, "the logo", |snapshot| {
        matches!(
            snapshot.logo,
            zoho_org_viewer::worker::LogoUpdate::Shown { .. }
        )
    });
    let target = world.home.path().join("logo.png");
    std::fs::write(&target, b"someone else's file").unwrap();
    let save = |replace| Request::SaveLogo {
        org: PRODUCTION.to_owned(),
        to: SaveTarget::Path {
            path: target.clone(),
            replace,
        },
    };
    talk.worker.send(save(false));
    talk.wait_for("the answer", |answer| {
        matches!(answer, Response::LogoSaved(_))
    });
    assert!(
        matches!(talk.answers.last(), Some(Response::LogoSaved(Ok(SaveOutcome::Exists(path)))) if *path == target),
        "asks before replacing"
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"someone else's file");
    talk.worker.send(save(true));
    talk.wait_for("the answer", |answer| {
        matches!(answer, Response::LogoSaved(_))
    });
    assert!(matches!(
        talk.answers.last(),
        Some(Response::LogoSaved(Ok(SaveOutcome::Saved(_))))
    ));
    assert_ne!(std::fs::read(&target).unwrap(), b"someone else's file");
    assert!(
        !talk.snapshots[PRODUCTION].logo_busy,
        "nothing left running"
    );

    talk.worker.send(Request::SaveLogo {
        org: "no such org".to_owned(),
        to: SaveTarget::Ask,
    });
    talk.wait_for("the answer", |answer| {
        matches!(answer, Response::LogoSaved(_))
    });
    assert!(matches!(
        talk.answers.last(),
        Some(Response::LogoSaved(Err(_)))
    ));
}

#[test]
fn exporting_writes_the_file_once_asked_and_asks_before_replacing() {
    let world = World::new(SimOptions::default());
    let mut talk = Conversation::start(&world);
    talk.sign_in_to(&world, PRODUCTION);
    talk.wait_for_org(PRODUCTION, "the logo", |snapshot| {
        matches!(
            snapshot.logo,
            zoho_org_viewer::worker::LogoUpdate::Shown { .. }
        )
    });
    let exported = |answer: &Response| matches!(answer, Response::Exported(..));
    let answers = |talk: &Conversation| talk.answers.iter().filter(|a| exported(a)).count();

    // A folder: the suggested name goes inside it.
    let folder = world.home.path().join("exports");
    std::fs::create_dir_all(&folder).unwrap();
    let export = |format, path: &std::path::Path, replace| Request::Export {
        org: PRODUCTION.to_owned(),
        format,
        to: SaveTarget::Path {
            path: path.to_path_buf(),
            replace,
        },
        lang: zoho_org_viewer::i18n::Lang::En,
    };
    talk.worker.send(export(ExportFormat::Pdf, &folder, false));
    talk.wait_for("the PDF", exported);
    let pdf_path = folder.join("Zylker Traders organization.pdf");
    assert!(
        matches!(talk.answers.last(), Some(Response::Exported(ExportFormat::Pdf, Ok(SaveOutcome::Saved(path)))) if *path == pdf_path),
        "{:?}",
        talk.answers.last()
    );
    assert!(std::fs::read(&pdf_path).unwrap().starts_with(b"%PDF-"));

    // The file is there now: the same export asks first and leaves it alone.
    let before = std::fs::read(&pdf_path).unwrap();
    talk.worker
        .send(export(ExportFormat::Pdf, &pdf_path, false));
    talk.wait_for("the question", exported);
    assert!(matches!(
        talk.answers.last(),
        Some(Response::Exported(_, Ok(SaveOutcome::Exists(path)))) if *path == pdf_path
    ));
    assert_eq!(std::fs::read(&pdf_path).unwrap(), before);

    // JSON: Zoho's org object with every key.
    let json_path = folder.join("org.json");
    talk.worker
        .send(export(ExportFormat::Json, &json_path, false));
    talk.wait_for("the JSON", exported);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json_path).unwrap()).unwrap();
    assert_eq!(json["id"], PRODUCTION);
    assert!(
        json.get("fiscal_year_start_month").is_some(),
        "unknown keys kept"
    );

    // Each request was answered exactly once.
    std::thread::sleep(Duration::from_millis(200));
    while let Some(answer) = talk.worker.try_recv() {
        talk.answers.push(answer);
    }
    assert_eq!(answers(&talk), 3);
}

/// The window's worker with the folders and the private-file store the installed app uses
/// under `home`, as the command line finds them through the XDG variables.
fn config_like_the_installed_app(world: &World) -> zoho_org_viewer::worker::WorkerConfig {
    use std::sync::Arc;
    use zoho_org_viewer::store::{AppPaths, CredentialStore, FileSecretStore};
    let home = world.home.path();
    let paths = AppPaths {
        config_dir: home.join("xdg-config/zoho-org-viewer"),
        cache_dir: home.join("xdg-cache/zoho-org-viewer"),
        data_dir: home.join("xdg-data/zoho-org-viewer"),
    };
    let store = CredentialStore::new(Arc::new(FileSecretStore::new(paths.credentials_file())));
    let mut config = world.config();
    config.paths = paths;
    config.store = zoho_org_viewer::worker::StoreSetup::Given(store);
    config
}

/// Runs the command line on the same computer as the window.
fn command_line(
    world: &World,
    arguments: &[&str],
    settings: &[(&str, &str)],
) -> std::process::Output {
    let home = world.home.path();
    let browser =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/fake-browser.py");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_zoho-org-viewer"));
    command
        .args(arguments)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg-config"))
        .env("XDG_CACHE_HOME", home.join("xdg-cache"))
        .env("XDG_DATA_HOME", home.join("xdg-data"))
        .env("ZOHO_ORG_VIEWER_STORE", "file")
        .env("ZOHO_ACCOUNTS_URL", world.sim.accounts_url().as_str())
        .env("ZOHO_CLIENT_ID", zoho_org_viewer::sim::DEMO_CLIENT_ID)
        .env(
            "ZOHO_CLIENT_SECRET",
            zoho_org_viewer::sim::DEMO_CLIENT_SECRET,
        )
        .env("ZOHO_ORG_VIEWER_REDIRECT_PORT", world.port.to_string())
        .env("BROWSER", browser)
        .stdin(std::process::Stdio::null());
    for (name, value) in settings {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn the_window_and_the_command_line_share_sign_ins() {
    let world = World::new(SimOptions::default());
    {
        let mut window = Conversation::start_with(config_like_the_installed_app(&world));
        window.sign_in_to(&world, PRODUCTION);
    }
    let refreshes = world.sim.stats().refreshes;
    let printed = command_line(&world, &["org", "--json"], &[]);
    assert!(printed.status.success(), "{printed:?}");
    let org: serde_json::Value = serde_json::from_slice(&printed.stdout).unwrap();
    assert_eq!(
        org["id"], PRODUCTION,
        "the window's sign-in, used by the command line"
    );
    assert_eq!(
        world.sim.stats().refreshes,
        refreshes,
        "and the window's access token: no new one minted"
    );

    let login = command_line(&world, &["login"], &[("FAKE_BROWSER_ORG", SANDBOX)]);
    assert!(login.status.success(), "{login:?}");
    let mut window = Conversation::start_with(config_like_the_installed_app(&world));
    window.wait_for("the orgs", |answer| matches!(answer, Response::Orgs(_)));
    assert_eq!(
        window.ids(),
        [PRODUCTION, SANDBOX],
        "the command line's sign-in, in the window"
    );
    assert_eq!(
        window.orgs.current.as_deref(),
        Some(SANDBOX),
        "and its current org"
    );
    window.wait_for_org(SANDBOX, "the sandbox", |snapshot| {
        snapshot.freshness == Freshness::Live && !snapshot.refreshing
    });
    assert!(
        window.snapshots[PRODUCTION].data.is_some(),
        "the window's saved data of the other org is there at once"
    );
}

#[test]
fn the_overview_is_exported_in_the_language_the_request_names() {
    use zoho_org_viewer::i18n::{Lang, t};
    let world = World::new(SimOptions::default());
    let mut talk = Conversation::start(&world);
    talk.sign_in_to(&world, PRODUCTION);
    talk.wait_for_org(PRODUCTION, "the data", |snapshot| snapshot.data.is_some());
    let path = world.home.path().join("overview.csv");
    talk.worker.send(Request::ExportOverview {
        to: SaveTarget::Path {
            path: path.clone(),
            replace: false,
        },
        lang: Lang::Pseudo,
    });
    talk.wait_for("the CSV", |answer| {
        matches!(answer, Response::OverviewExported(_))
    });
    assert!(
        matches!(
            talk.answers.last(),
            Some(Response::OverviewExported(Ok(SaveOutcome::Saved(_))))
        ),
        "{:?}",
        talk.answers.last()
    );
    let csv = std::fs::read_to_string(&path).unwrap();
    let heading = csv.lines().next().unwrap();
    assert!(
        heading.starts_with(&t::org_overview_column_name().text_in(Lang::Pseudo)),
        "{csv}"
    );
    assert!(!heading.contains("Organization"), "{csv}");
    assert!(csv.contains("Zylker Traders"), "Zoho's data as sent: {csv}");
}
