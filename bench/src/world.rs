//! The app's surroundings in a benchmark: a simulated Zoho on loopback, a sign-in made without a
//! browser (tokens minted by the sim, as a returning user has them saved), and a private home
//! folder for each run of the real binary.

use std::net::{Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use oauth2::{AccessToken, RefreshToken};
use url::Url;
use zoho_org_viewer::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, Sim, SimOptions, SimOrg, SimPhoto};
use zoho_org_viewer::store::{
    AppPaths, CachedOrg, CredentialStore, FileSecretStore, STORE_CHOICE_VARIABLE, SignIns,
    SignedInOrg,
};
use zoho_org_viewer::worker::{Desktop, SaveChoice, StoreSetup, WorkerConfig};
use zoho_org_viewer::zoho::oauth::{CachedAccessToken, Tokens};
use zoho_org_viewer::zoho::{CrmClient, Org, Photo};

use crate::error::{HarnessError, Result};

/// The scope the app asks for.
const SCOPE: &str = "ZohoCRM.org.READ";

/// A simulated Zoho and a signed-in user of it.
pub struct Zoho {
    /// The simulated Zoho.
    pub sim: Sim,
    /// What a sign-in left behind, as the app saves it.
    pub tokens: Tokens,
}

impl Zoho {
    /// Starts a simulated Zoho serving `photo` as the logo (the demo logo when `None`).
    pub fn start(photo: Option<SimPhoto>) -> Result<Self> {
        let options = SimOptions::default().photo(Some(photo.unwrap_or_else(SimPhoto::demo_png)));
        let sim = Sim::start(options)?;
        let minted = sim.mint_tokens(SCOPE);
        let tokens = Tokens {
            refresh_token: RefreshToken::new(minted.refresh_token),
            accounts_server: sim.second_accounts_url(),
            api_domain: sim.api_url(),
            location: Some("eu".to_owned()),
            access_token: Some(CachedAccessToken::expiring_after(
                AccessToken::new(minted.access_token),
                Duration::from_secs(3600),
                SystemTime::now(),
            )),
        };
        Ok(Self { sim, tokens })
    }

    /// The current access token, for calls made beside the app.
    pub fn access_token(&self) -> Result<AccessToken> {
        self.tokens
            .access_token
            .as_ref()
            .map(|cached| cached.token.clone())
            .ok_or_else(|| HarnessError::Setup("the minted sign-in has no access token".to_owned()))
    }

    /// The worker configuration for the app run in this process: signed in (credentials in
    /// memory), files under `home`.
    pub fn worker_config(&self, home: &Path) -> Result<WorkerConfig> {
        let credentials = CredentialStore::in_memory();
        sign_in_to_the_sample_org(
            &SignIns::new(credentials.clone(), &AppPaths::under(home)),
            &self.tokens,
        )?;
        worker_config(&self.sim, home, credentials)
    }

    /// Fetches the organization and its logo as the app would, to fill a cache.
    pub fn fetch(&self, runtime: &tokio::runtime::Runtime) -> Result<(Org, Option<Photo>)> {
        let crm = CrmClient::new(zoho_org_viewer::zoho::http::client()?);
        let token = self.access_token()?;
        let api = self.sim.api_url();
        runtime.block_on(async {
            let org = crm.get_org(&api, &token).await?;
            let photo = crm.get_org_photo(&api, &token).await?;
            Ok((org, photo))
        })
    }
}

/// The worker configuration for the app run in this process against `sim`, with the sign-ins
/// in `credentials` (kept in memory) and its files under `home`.
pub fn worker_config(sim: &Sim, home: &Path, credentials: CredentialStore) -> Result<WorkerConfig> {
    Ok(WorkerConfig {
        paths: AppPaths::under(home),
        store: StoreSetup::Given(credentials),
        accounts_url: Some(sim.accounts_url()),
        redirect_ports: vec![free_port()?],
        sign_in_timeout: Duration::from_secs(60),
        env: Arc::new(|name| match name {
            "ZOHO_CLIENT_ID" => Some(DEMO_CLIENT_ID.to_owned()),
            "ZOHO_CLIENT_SECRET" => Some(DEMO_CLIENT_SECRET.to_owned()),
            _ => None,
        }),
        desktop: Arc::new(NoDesktop),
        start_in_demo: false,
        demo: SimOptions::default(),
        crm_timeouts: zoho_org_viewer::zoho::api::Timeouts::default(),
        startup_problem: None,
        user_guide: None,
    })
}

/// The app run in this process signed in to each of `orgs` of `sim` (tokens minted by the sim,
/// as sign-ins through the browser leave them; nothing fetched yet), files under `home`.
pub fn several_orgs_config(sim: &Sim, orgs: &[SimOrg], home: &Path) -> Result<WorkerConfig> {
    let credentials = CredentialStore::in_memory();
    let sign_ins = SignIns::new(credentials.clone(), &AppPaths::under(home));
    for org in orgs {
        let minted = sim.mint_tokens_for(&org.id, SCOPE).ok_or_else(|| {
            HarnessError::Setup(format!("the simulated Zoho has no org {}", org.id))
        })?;
        let tokens = Tokens {
            refresh_token: RefreshToken::new(minted.refresh_token),
            accounts_server: sim.accounts_url_for(org.data_centre),
            api_domain: sim.api_url_for(org.data_centre),
            location: Some(org.data_centre.code().to_owned()),
            access_token: Some(CachedAccessToken::expiring_after(
                AccessToken::new(minted.access_token),
                Duration::from_secs(3600),
                SystemTime::now(),
            )),
        };
        sign_ins.add(org.as_signed_in(), &tokens)?;
    }
    worker_config(sim, home, credentials)
}

/// A desktop that is never asked for anything in a benchmark.
struct NoDesktop;

impl Desktop for NoDesktop {
    fn choose_save_path(&self, _title: &str, _folder: &Path, _suggested_name: &str) -> SaveChoice {
        SaveChoice::Cancelled
    }

    fn copy_image(
        &self,
        _width: usize,
        _height: usize,
        _rgba: Vec<u8>,
    ) -> std::result::Result<(), String> {
        Ok(())
    }

    fn open_folder(&self, _folder: &Path) -> std::result::Result<(), String> {
        Ok(())
    }
}

/// A loopback port that nothing listens on (bound and released at once), for "no network".
pub fn free_port() -> Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(HarnessError::io("finding a free loopback port"))?;
    let port = listener
        .local_addr()
        .map_err(HarnessError::io("finding a free loopback port"))?
        .port();
    Ok(port)
}

/// A private home for one run of the real binary: XDG folders, where the app finds its saved
/// sign-in (the private-file store) and its cache.
pub struct Home {
    folder: tempfile::TempDir,
}

impl Home {
    /// An empty home.
    pub fn new() -> Result<Self> {
        let folder = tempfile::Builder::new()
            .prefix("zoho-org-viewer-bench-")
            .tempdir()
            .map_err(HarnessError::io("making a home folder"))?;
        let runtime = folder.path().join("runtime");
        std::fs::create_dir_all(&runtime).map_err(HarnessError::io("making XDG_RUNTIME_DIR"))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
                .map_err(HarnessError::io("making XDG_RUNTIME_DIR private"))?;
        }
        Ok(Self { folder })
    }

    /// The home folder.
    pub fn path(&self) -> &Path {
        self.folder.path()
    }

    /// The folders the app uses under this home (what `directories` gives for the XDG variables
    /// that [`Home::environment`] sets).
    pub fn app_paths(&self) -> AppPaths {
        let app = "zoho-org-viewer";
        AppPaths {
            config_dir: self.path().join("config").join(app),
            cache_dir: self.path().join("cache").join(app),
            data_dir: self.path().join("data").join(app),
        }
    }

    /// Saves a sign-in where the app's private-file store reads it.
    pub fn save_sign_in(&self, tokens: &Tokens) -> Result<()> {
        sign_in_to_the_sample_org(&self.sign_ins(), tokens)
    }

    /// Saves a sign-in to `org` where the app's private-file store reads it, as `login` leaves
    /// it (the org becomes the current one).
    pub fn sign_in(&self, org: SignedInOrg, tokens: &Tokens) -> Result<()> {
        self.sign_ins().add(org, tokens)?;
        Ok(())
    }

    /// The sign-ins as the app keeps them in this home (the private-file store).
    fn sign_ins(&self) -> SignIns {
        let file = self.app_paths().credentials_file();
        let store = CredentialStore::new(Arc::new(FileSecretStore::new(file)));
        SignIns::new(store, &self.app_paths())
    }

    /// Saves an organization and logo as the last ones shown.
    pub fn save_cache(&self, org: Org, logo: Option<Photo>) -> Result<()> {
        let id = org.id.value().cloned().unwrap_or_default();
        let cache = self.sign_ins().cache(&id);
        cache
            .save(&CachedOrg {
                org,
                fetched_at: SystemTime::now(),
                logo,
            })
            .map_err(HarnessError::io("saving the organization cache"))
    }

    /// The environment for the app (or the reference window) living in this home. `accounts`
    /// is where sign-in starts; the client is the simulated Zoho's demo client.
    pub fn environment(&self, accounts: Option<&Url>) -> Vec<(String, String)> {
        let folder = |name: &str| self.path().join(name).display().to_string();
        let mut environment = vec![
            ("HOME".to_owned(), self.path().display().to_string()),
            ("XDG_CONFIG_HOME".to_owned(), folder("config")),
            ("XDG_CACHE_HOME".to_owned(), folder("cache")),
            ("XDG_DATA_HOME".to_owned(), folder("data")),
            ("XDG_RUNTIME_DIR".to_owned(), folder("runtime")),
            (STORE_CHOICE_VARIABLE.to_owned(), "file".to_owned()),
            ("ZOHO_CLIENT_ID".to_owned(), DEMO_CLIENT_ID.to_owned()),
            (
                "ZOHO_CLIENT_SECRET".to_owned(),
                DEMO_CLIENT_SECRET.to_owned(),
            ),
        ];
        if let Some(accounts) = accounts {
            environment.push(("ZOHO_ACCOUNTS_URL".to_owned(), accounts.to_string()));
        }
        environment
    }

    /// Saves the app's settings as eframe keeps them (`app.ron` in its data folder) with the
    /// overview as the place the app was left, so it opens there.
    pub fn save_place_overview(&self) -> Result<()> {
        let folder = self.app_paths().data_dir;
        std::fs::create_dir_all(&folder).map_err(HarnessError::io("making the data folder"))?;
        // eframe's file: a RON map from key to the RON of the value (`Settings`).
        std::fs::write(folder.join("app.ron"), r#"{"app":"(place:Overview)"}"#)
            .map_err(HarnessError::io("saving the app's settings"))
    }

    /// A file in this home.
    pub fn file(&self, name: &str) -> PathBuf {
        self.path().join(name)
    }
}

/// A sign-in whose servers do not answer: the accounts server and the CRM are loopback ports
/// nobody listens on, so every call fails at once as it does offline.
pub fn offline_tokens(signed_in: &Tokens) -> Result<(Tokens, Url)> {
    let dead = Url::parse(&format!("http://127.0.0.1:{}/", free_port()?)).map_err(|error| {
        HarnessError::Setup(format!("a loopback address did not read: {error}"))
    })?;
    let mut tokens = signed_in.clone();
    tokens.accounts_server = dead.clone();
    tokens.api_domain = dead.clone();
    Ok((tokens, dead))
}

/// Saves `tokens` as the sign-in of the simulated Zoho's first org (the sample org), as the app
/// leaves it after signing in.
fn sign_in_to_the_sample_org(sign_ins: &SignIns, tokens: &Tokens) -> Result<()> {
    sign_ins.add(SimOrg::zylker_traders().as_signed_in(), tokens)?;
    Ok(())
}

/// A sign-in to `org` as the app saves it, with tokens the sim minted (an access token good
/// for an hour, so no run refreshes).
pub fn tokens_for(sim: &Sim, org: &SimOrg) -> Result<Tokens> {
    let minted = sim
        .mint_tokens_for(&org.id, SCOPE)
        .ok_or_else(|| HarnessError::Setup(format!("the sim does not know org {}", org.id)))?;
    Ok(Tokens {
        refresh_token: RefreshToken::new(minted.refresh_token),
        accounts_server: sim.accounts_url_for(org.data_centre),
        api_domain: sim.api_url_for(org.data_centre),
        location: Some(org.data_centre.code().to_owned()),
        access_token: Some(CachedAccessToken::expiring_after(
            AccessToken::new(minted.access_token),
            Duration::from_secs(3600),
            SystemTime::now(),
        )),
    })
}

/// An org as the app saved it last time: its sign-in (pointing at no server), its data and logo.
#[derive(Clone)]
pub struct SavedOrg {
    org: SimOrg,
    tokens: Tokens,
    data: Org,
    logo: Option<Photo>,
}

/// Fetches each of `orgs` from `sim` as the app would, and keeps it as the app saves it, with a
/// sign-in whose servers are `dead` (nothing answers: the app starts offline, from the cache).
pub fn saved_orgs(
    sim: &Sim,
    orgs: &[SimOrg],
    dead: &Url,
    runtime: &tokio::runtime::Runtime,
) -> Result<Vec<SavedOrg>> {
    let crm = CrmClient::new(zoho_org_viewer::zoho::http::client()?);
    orgs.iter()
        .map(|org| {
            let mut tokens = tokens_for(sim, org)?;
            let token = tokens
                .access_token
                .as_ref()
                .map(|cached| cached.token.clone())
                .ok_or_else(|| {
                    HarnessError::Setup("a minted sign-in has no access token".to_owned())
                })?;
            let api = tokens.api_domain.clone();
            let (data, logo) = runtime.block_on(async {
                let data = crm.get_org(&api, &token).await?;
                let logo = crm.get_org_photo(&api, &token).await?;
                Ok::<_, HarnessError>((data, logo))
            })?;
            tokens.accounts_server = dead.clone();
            tokens.api_domain = dead.clone();
            Ok(SavedOrg {
                org: org.clone(),
                tokens,
                data,
                logo,
            })
        })
        .collect()
}

impl Home {
    /// Signs this home in to each of `orgs` with its data and logo in the cache (the last one
    /// is the current org).
    pub fn save_orgs(&self, orgs: &[SavedOrg]) -> Result<()> {
        for saved in orgs {
            self.sign_in(saved.org.as_signed_in(), &saved.tokens)?;
            self.save_cache(saved.data.clone(), saved.logo.clone())?;
        }
        Ok(())
    }
}
