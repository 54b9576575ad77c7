//! Measurement 8, refresh all: ten signed-in orgs (the most one Zoho login belongs to), the
//! simulated Zoho answering each call after 20 ms. From *Refresh all* until the worker the
//! window uses has sent every org's new data and decoded logo. The reference, measured in the
//! same loop: each org's two calls alone (together, on a warm client), the slowest of the ten;
//! refreshing them all cannot beat that.

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use zoho_org_viewer::sim::{Endpoint, Sim, SimOptions};
use zoho_org_viewer::store::{AppPaths, CredentialStore, SignIns};
use zoho_org_viewer::worker::{Request, Response, WorkerHandle};
use zoho_org_viewer::zoho::CrmClient;
use zoho_org_viewer::zoho::api::CALLS_PER_HOST;

use crate::error::{HarnessError, Result};
use crate::report::{Row, Section, Target, Unit};
use crate::stats::{Samples, ms};
use crate::world::{signed_in_org, tokens_for, worker_config};

/// How many orgs are signed in.
const ORGS: usize = 10;

/// What each call of the simulated Zoho waits before answering.
const LATENCY: Duration = Duration::from_millis(20);

/// How long one refresh of every org may take before the run counts as broken.
const PATIENCE: Duration = Duration::from_secs(20);

/// Runs measurement 8 `runs` times (after one warm-up).
pub fn measure(runs: usize) -> Section {
    let mut section = Section::default();
    let what = format!(
        "Refresh all, {ORGS} orgs, {} ms per call",
        LATENCY.as_millis()
    );
    match run(runs) {
        Ok(times) => {
            section.rows.push(
                Row::new("8a", what, Unit::Ms, times.all.summary(), "no runs")
                    .against("slowest single org alone", times.slowest.summary())
                    .target(Target::RatioAtMost(1.2)),
            );
            section.details.push(format!(
                "8a: {ORGS} orgs over {} data centres, at most {CALLS_PER_HOST} calls at once per API host (each org makes two); the slowest org alone {:.1} ms, all of them {:.1} ms (median of {} runs).",
                times.data_centres,
                times.slowest.median(),
                times.all.median(),
                times.all.len(),
            ));
        }
        Err(error) => section
            .rows
            .push(Row::not_measured("8a", what, Unit::Ms, error.to_string())),
    }
    section
}

struct Times {
    all: Samples,
    slowest: Samples,
    data_centres: usize,
}

fn run(runs: usize) -> Result<Times> {
    let sim = Sim::start(SimOptions::default().generated_orgs(ORGS))?;
    sim.set_latency(Endpoint::Org, LATENCY);
    sim.set_latency(Endpoint::Photo, LATENCY);
    let orgs = sim.orgs().to_vec();
    let home = tempfile::tempdir().map_err(HarnessError::io("making a home folder"))?;
    let credentials = CredentialStore::in_memory();
    let sign_ins = SignIns::new(credentials.clone(), &AppPaths::under(home.path()));
    let mut singles = Vec::new();
    for org in &orgs {
        let tokens = tokens_for(&sim, org)?;
        let token = tokens
            .access_token
            .as_ref()
            .map(|cached| cached.token.clone())
            .ok_or_else(|| HarnessError::Setup("the minted sign-in has no token".to_owned()))?;
        singles.push((tokens.api_domain.clone(), token));
        sign_ins.add(signed_in_org(org), &tokens)?;
    }
    let mut data_centres: Vec<_> = orgs.iter().map(|org| org.data_centre.code()).collect();
    data_centres.sort_unstable();
    data_centres.dedup();

    let app = Refreshing::start(worker_config(&sim, home.path(), credentials)?, ORGS)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(HarnessError::io("starting a runtime"))?;
    let crm = CrmClient::new(zoho_org_viewer::zoho::http::client()?);
    let one_org = |api: &url::Url, token: &oauth2::AccessToken| -> Result<Duration> {
        let start = Instant::now();
        runtime.block_on(async {
            let (org, photo) = tokio::join!(crm.get_org(api, token), crm.get_org_photo(api, token));
            org.map(|_| ()).and(photo.map(|_| ()))
        })?;
        Ok(start.elapsed())
    };
    // Warm connections for the reference, as the app has after its first refresh.
    for (api, token) in &singles {
        one_org(api, token)?;
    }

    let mut times = Times {
        all: Samples::new(),
        slowest: Samples::new(),
        data_centres: data_centres.len(),
    };
    for run in 0..=runs {
        let all = app.refresh_all()?;
        let mut slowest = Duration::ZERO;
        for (api, token) in &singles {
            slowest = slowest.max(one_org(api, token)?);
        }
        if run == 0 {
            continue; // warm-up: the app's first refresh of the orgs it did not show
        }
        times.all.push(ms(all));
        times.slowest.push(ms(slowest));
    }
    Ok(times)
}

/// The window's worker, talked to as the window does.
struct Refreshing {
    worker: WorkerHandle,
    orgs: usize,
}

impl Refreshing {
    /// Starts the worker and waits until it has read its `orgs` sign-ins.
    fn start(config: zoho_org_viewer::worker::WorkerConfig, orgs: usize) -> Result<Self> {
        let worker =
            WorkerHandle::start(config).map_err(HarnessError::io("starting the worker"))?;
        let app = Self { worker, orgs };
        app.wait("the start", |answer| matches!(answer, Response::Ready(_)))?;
        Ok(app)
    }

    /// Asks for *Refresh all* and waits until every org has answered with data fetched after
    /// the request and its logo decoded (its refresh is over).
    fn refresh_all(&self) -> Result<Duration> {
        let asked = SystemTime::now();
        let start = Instant::now();
        self.worker.send(Request::RefreshAll);
        let mut done: HashMap<String, bool> = HashMap::new();
        self.wait("every org refreshed", |answer| {
            if let Response::Org(snapshot) = answer {
                let fresh = !snapshot.refreshing
                    && snapshot
                        .data
                        .as_ref()
                        .is_some_and(|data| data.fetched_at >= asked);
                done.insert(snapshot.id.clone(), fresh);
            }
            done.len() == self.orgs && done.values().all(|fresh| *fresh)
        })?;
        Ok(start.elapsed())
    }

    /// Takes the worker's answers until one makes `enough` true.
    fn wait(&self, what: &str, mut enough: impl FnMut(&Response) -> bool) -> Result<()> {
        let start = Instant::now();
        loop {
            match self.worker.try_recv() {
                Some(answer) if enough(&answer) => return Ok(()),
                Some(_) => {}
                None if start.elapsed() > PATIENCE => {
                    return Err(HarnessError::Setup(format!(
                        "waited {} s for {what}",
                        PATIENCE.as_secs()
                    )));
                }
                None => std::thread::sleep(Duration::from_micros(200)),
            }
        }
    }
}
