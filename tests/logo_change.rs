//! Changing the logo end to end against the simulated Zoho: the one-time write grant through
//! the browser, the org check before anything is sent, the backup before the upload, restore,
//! remove, and no write token left anywhere on disk.

#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

mod support;

use std::path::Path;
use std::time::Duration;

use image::ImageFormat;
use oauth2::AccessToken;
use zoho_org_viewer::account::Connection;
use zoho_org_viewer::logo_change::{
    LogoChange, LogoChangeError, LogoChanged, change_logo, start_grant,
};
use zoho_org_viewer::logo_fit::fit;
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, Sim, SimOptions};
use zoho_org_viewer::store::{AppPaths, LogoBackups};
use zoho_org_viewer::zoho::CrmClient;
use zoho_org_viewer::zoho::oauth::WriteGrant;
use zoho_org_viewer::zoho::session::SessionOptions;

use support::browser::{Browser, query_param};
use support::images::{encode, noise};
use support::ports::free_ports;
use support::{demo_client, http, sign_in_options, sim_for_ports};

const PRODUCTION: &str = "4876876000000020005";
const SANDBOX: &str = "4876876000004120011";
const WRITE: &str = "ZohoCRM.org.ALL";

fn crm() -> CrmClient {
    CrmClient::new(http())
}

/// A grant as the browser step gives it, minted directly for `org_id`.
fn grant_for(sim: &Sim, org_id: &str, scope: &str) -> WriteGrant {
    let org = sim.org(org_id).unwrap();
    WriteGrant {
        access_token: AccessToken::new(sim.mint_tokens_for(org_id, scope).unwrap().access_token),
        api_domain: sim.api_url_for(org.data_centre),
    }
}

fn new_logo() -> zoho_org_viewer::logo_fit::FittedLogo {
    fit(&encode(&noise(96, 48), ImageFormat::Png)).unwrap()
}

async fn set(
    sim: &Sim,
    backups: &LogoBackups,
    org_id: &str,
    change: LogoChange,
) -> Result<LogoChanged, LogoChangeError> {
    change_logo(
        &crm(),
        backups,
        org_id,
        "Zylker Traders",
        grant_for(sim, org_id, WRITE),
        change,
    )
    .await
}

#[tokio::test]
async fn the_old_logo_is_saved_before_the_upload_and_a_failed_upload_changes_nothing() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let original = sim.current_photo(PRODUCTION).unwrap();
    sim.set_fault(FaultRule::new(
        Endpoint::PhotoUpload,
        Fault::ZohoError {
            code: "INTERNAL_ERROR".to_owned(),
        },
    ));
    let root = tempfile::tempdir().unwrap();
    let backups = LogoBackups::new(&AppPaths::under(root.path()));

    let error = set(&sim, &backups, PRODUCTION, LogoChange::Set(new_logo()))
        .await
        .unwrap_err();
    let LogoChangeError::Write { backup, .. } = &error else {
        panic!("{error:?}")
    };
    let backup = backup.as_ref().expect("a backup was made");
    assert_eq!(std::fs::read(&backup.path).unwrap(), original.bytes);
    assert!(
        zoho_org_viewer::problem::logo_change_words(&error)
            .0
            .text()
            .contains("Nothing was changed at Zoho."),
        "{error}"
    );
    assert_eq!(sim.stats().photo_uploads, 1, "the upload was tried");
    assert_eq!(sim.current_photo(PRODUCTION), Some(original));
    assert_eq!(backups.list(PRODUCTION).unwrap(), vec![backup.clone()]);
}

#[tokio::test]
async fn a_backup_restores_the_logo_byte_for_byte() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let original = sim.current_photo(PRODUCTION).unwrap();
    let root = tempfile::tempdir().unwrap();
    let backups = LogoBackups::new(&AppPaths::under(root.path()));
    let logo = new_logo();
    let changed = set(&sim, &backups, PRODUCTION, LogoChange::Set(logo.clone()))
        .await
        .unwrap();
    assert_eq!(sim.current_photo(PRODUCTION).unwrap().bytes, logo.bytes);
    let backup = changed.backup.unwrap();

    let restored = fit(&backups.read(&backup).unwrap()).unwrap();
    set(&sim, &backups, PRODUCTION, LogoChange::Set(restored))
        .await
        .unwrap();
    assert_eq!(sim.current_photo(PRODUCTION).unwrap().bytes, original.bytes);
    // Restoring kept the logo it replaced too.
    let listed = backups.list(PRODUCTION).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(backups.read(&listed[0]).unwrap(), logo.bytes);
}

#[tokio::test]
async fn a_removal_is_backed_up_first() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let original = sim.current_photo(PRODUCTION).unwrap();
    let root = tempfile::tempdir().unwrap();
    let backups = LogoBackups::new(&AppPaths::under(root.path()));
    let changed = set(&sim, &backups, PRODUCTION, LogoChange::Remove)
        .await
        .unwrap();
    assert_eq!(sim.current_photo(PRODUCTION), None);
    assert_eq!(
        backups.read(&changed.backup.unwrap()).unwrap(),
        original.bytes
    );
    // Removing again: there is nothing to keep a copy of.
    let again = set(&sim, &backups, PRODUCTION, LogoChange::Remove)
        .await
        .unwrap();
    assert!(again.backup.is_none());
}

#[tokio::test]
async fn a_grant_for_another_org_is_refused_before_anything_is_sent() {
    let sim = Sim::start(SimOptions::default()).unwrap();
    let root = tempfile::tempdir().unwrap();
    let backups = LogoBackups::new(&AppPaths::under(root.path()));
    let error = change_logo(
        &crm(),
        &backups,
        PRODUCTION,
        "Zylker Traders",
        grant_for(&sim, SANDBOX, WRITE),
        LogoChange::Set(new_logo()),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&error, LogoChangeError::WrongOrg { granted, .. } if granted == "Zylker Traders (Sandbox)"),
        "{error:?}"
    );
    assert_eq!(
        zoho_org_viewer::problem::logo_change_words(&error).0.text(),
        "Zoho gave permission for Zylker Traders (Sandbox), not for the organization being changed, so nothing was sent. Try again and pick Zylker Traders on Zoho's page."
    );
    let stats = sim.stats();
    assert_eq!((stats.photo_uploads, stats.photo_deletions), (0, 0));
    assert_eq!(
        stats.photo_requests, 0,
        "not even the current logo was read"
    );
    assert!(sim.photo_writes().is_empty());
    assert!(backups.list(PRODUCTION).unwrap().is_empty());
}

/// Whether any file below `folder` contains `needle`.
fn found_in(folder: &Path, needle: &[u8]) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|entry| {
        let path = entry.path();
        if path.is_dir() {
            found_in(&path, needle)
        } else {
            std::fs::read(&path)
                .is_ok_and(|bytes| bytes.windows(needle.len()).any(|window| window == needle))
        }
    })
}

#[tokio::test]
async fn the_browser_grant_is_online_write_only_used_for_its_org_and_never_saved() {
    let ports = free_ports(3);
    let sim = sim_for_ports(SimOptions::default(), &ports);
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let backups = LogoBackups::new(&paths);
    // The everyday read-only sign-in of the same org exists at Zoho too.
    sim.mint_tokens_for(SANDBOX, "ZohoCRM.org.READ").unwrap();

    let connection = Connection {
        http: http(),
        crm: crm(),
        client: demo_client(),
        start_url: sim.accounts_url(),
        options: SessionOptions::default(),
    };
    let pending = start_grant(&connection, sign_in_options(&sim.accounts_url(), &ports))
        .await
        .unwrap();
    let authorize = pending.authorize_url().clone();
    assert_eq!(query_param(&authorize, "scope").as_deref(), Some(WRITE));
    assert_eq!(
        query_param(&authorize, "access_type").as_deref(),
        Some("online")
    );
    assert_eq!(
        query_param(&authorize, "prompt").as_deref(),
        Some("consent")
    );
    let finish = tokio::spawn(pending.finish_write_grant());
    let browser = Browser::new();
    let back = browser.consent_for_org(&authorize, SANDBOX, "allow").await;
    let page = browser.visit(&back).await;
    assert!(page.body.contains("Permission received"), "{}", page.body);
    let grant = tokio::time::timeout(Duration::from_secs(30), finish)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    let token = grant.access_token.secret().clone();
    assert_eq!(sim.token_scopes(&token), Some(vec![WRITE.to_owned()]));
    assert_eq!(sim.org_stats(SANDBOX).unwrap().code_exchanges, 1);

    let logo = new_logo();
    change_logo(
        &crm(),
        &backups,
        SANDBOX,
        "Zylker Traders (Sandbox)",
        grant,
        LogoChange::Set(logo.clone()),
    )
    .await
    .unwrap();
    assert_eq!(sim.current_photo(SANDBOX).unwrap().bytes, logo.bytes);
    let writes = sim.photo_writes();
    assert_eq!(writes.len(), 1);
    assert!(
        writes
            .iter()
            .all(|write| write.scopes == vec![WRITE.to_owned()]),
        "the read-only sign-in never wrote: {writes:?}"
    );
    for folder in [&paths.config_dir, &paths.data_dir, &paths.cache_dir] {
        assert!(!found_in(folder, token.as_bytes()), "{}", folder.display());
    }
    assert!(found_in(
        &paths.data_dir,
        &sim.org(SANDBOX).unwrap().photo.clone().unwrap().bytes[..64]
    ));
}
