//! Every org signed in on this computer: each one's tokens in the credential store (one entry per
//! org, since Windows' Credential Manager refuses secrets over 2,560 bytes), the list of orgs and
//! the current one in the settings folder, each org's last data in its own cache folder, and a
//! lock per org so that the window and the commands take turns refreshing its access token.
//!
//! Shared by the window and the command line; every call may block (keychain, files, locks), so
//! make them off the UI thread.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::cache::OrgCache;
use super::credentials::CredentialStore;
use super::error::StoreError;
use super::org_index::{OrgIndex, SignedInOrg, org_index_path, safe_name, session_secret_name};
use super::paths::AppPaths;
use crate::zoho::Org;
use crate::zoho::oauth::Tokens;
use crate::zoho::session::{TokenVault, VaultError};

/// How long a process waits for another one's refresh (a token call is limited to 30 seconds)
/// before it goes ahead without the lock.
const LOCK_WAIT: Duration = Duration::from_secs(40);

/// The folder of lock files inside the settings folder.
const LOCKS_FOLDER: &str = "locks";

/// The orgs signed in on this computer. Cheap to clone; clones share the same store.
#[derive(Clone, Debug)]
pub struct SignIns {
    credentials: CredentialStore,
    config_dir: PathBuf,
    cache_dir: PathBuf,
}

/// What adding a sign-in replaced.
#[derive(Debug)]
pub struct Added {
    /// Whether the org was signed in already (its sign-in was renewed).
    pub renewed: bool,
    /// The org's earlier tokens, when they held another refresh token: revoke it, since Zoho
    /// keeps only 20 per person and client and silently deletes the oldest.
    pub replaced: Option<Tokens>,
}

/// A sign-in saved by an earlier version of the app, before it knew several orgs.
#[derive(Debug)]
pub enum LegacySignIn {
    /// There was none (or it has been moved already).
    None,
    /// It was moved under the org its saved data names.
    Moved(SignedInOrg),
    /// It must be moved, but no saved data names its org: ask Zoho with these tokens, then call
    /// [`SignIns::finish_legacy`].
    NeedsOrg(Tokens),
}

impl SignIns {
    /// The sign-ins kept in `credentials`, with the index and caches in `paths`' folders.
    pub fn new(credentials: CredentialStore, paths: &AppPaths) -> SignIns {
        SignIns {
            credentials,
            config_dir: paths.config_dir.clone(),
            cache_dir: paths.cache_dir.clone(),
        }
    }

    /// The credential store behind the sign-ins (for the OAuth client and its notices).
    pub fn credentials(&self) -> &CredentialStore {
        &self.credentials
    }

    /// The orgs signed in and the current one.
    pub fn index(&self) -> Result<OrgIndex, StoreError> {
        OrgIndex::load(&self.index_path())
    }

    /// The org's saved tokens, `None` when it is not signed in.
    pub fn tokens(&self, org_id: &str) -> Result<Option<Tokens>, StoreError> {
        self.credentials
            .load_session_named(&session_secret_name(org_id))
    }

    /// The org's last data, kept for quick starts and offline use.
    pub fn cache(&self, org_id: &str) -> OrgCache {
        OrgCache::new(self.cache_dir.join("orgs").join(safe_name(org_id)))
    }

    /// Saves a new sign-in of `org` and makes it current. An org signed in already is renewed,
    /// not listed twice. Nothing is kept when this fails.
    pub fn add(&self, org: SignedInOrg, tokens: &Tokens) -> Result<Added, StoreError> {
        let name = session_secret_name(&org.id);
        let previous = self
            .credentials
            .load_session_named(&name)
            .unwrap_or_else(|error| {
                tracing::info!("the org's earlier sign-in cannot be read: {error}");
                None
            });
        self.credentials.save_session_named(&name, tokens)?;
        let id = org.id.clone();
        let known = match self.change_index(|index| index.upsert(org)) {
            Ok(known) => known,
            Err(error) => {
                // A sign-in missing from the list would be a live token nobody can see.
                if let Err(undo) = self.credentials.forget_named(&name) {
                    tracing::warn!("the half-saved sign-in could not be removed: {undo}");
                }
                return Err(error);
            }
        };
        let replaced = previous
            .filter(|previous| previous.refresh_token.secret() != tokens.refresh_token.secret());
        tracing::debug!(org = id, renewed = known, "sign-in saved");
        Ok(Added {
            renewed: known || replaced.is_some(),
            replaced,
        })
    }

    /// Forgets the org: its tokens, its place in the list and its saved data. The list is
    /// changed even when the tokens cannot be removed, and the error says so.
    pub fn remove(&self, org_id: &str) -> Result<(), StoreError> {
        let forgotten = self.credentials.forget_named(&session_secret_name(org_id));
        let listed = self.change_index(|index| index.remove(org_id));
        if let Err(error) = self.cache(org_id).clear() {
            tracing::warn!("the org's saved data could not be removed: {error}");
        }
        forgotten.and(listed.map(drop))
    }

    /// Makes the org current; false when it is not signed in.
    pub fn set_current(&self, org_id: &str) -> Result<bool, StoreError> {
        self.change_index(|index| index.set_current(org_id))
    }

    /// Updates what the list says of an org (a refresh found a new name).
    pub fn update(&self, org: SignedInOrg) -> Result<(), StoreError> {
        let unchanged = self
            .index()
            .ok()
            .and_then(|index| index.get(&org.id).cloned())
            .is_some_and(|known| known == org);
        if unchanged {
            return Ok(());
        }
        self.change_index(|index| index.update(org))
    }

    /// Where the org's access tokens are saved, for a [`crate::zoho::Session`].
    pub fn vault(&self, org_id: &str) -> Arc<dyn TokenVault> {
        Arc::new(OrgVault {
            sign_ins: self.clone(),
            org_id: org_id.to_owned(),
        })
    }

    /// Moves a sign-in saved by an earlier version (one unnamed session and one cache folder)
    /// under its org, so nobody has to sign in again after an update.
    ///
    /// It is looked for only while no org is listed: once this version lists one, the old
    /// sign-in was moved or never existed, and every command is spared a read of the credential
    /// store (a keychain call, or a parse of the whole credential file).
    pub fn move_legacy(&self) -> Result<LegacySignIn, StoreError> {
        if self.index().is_ok_and(|index| !index.is_empty()) {
            return Ok(LegacySignIn::None);
        }
        let Some(tokens) = self.credentials.load_session()? else {
            return Ok(LegacySignIn::None);
        };
        let legacy_cache = OrgCache::new(&self.cache_dir);
        let Some(cached) = legacy_cache.load() else {
            return Ok(LegacySignIn::NeedsOrg(tokens));
        };
        let Some(org) = SignedInOrg::from_org(&cached.org, tokens.location.clone()) else {
            return Ok(LegacySignIn::NeedsOrg(tokens));
        };
        if let Err(error) = self.cache(&org.id).save(&cached) {
            tracing::info!("the saved organization could not be moved: {error}");
        }
        self.finish_legacy_with(org.clone(), &tokens)?;
        Ok(LegacySignIn::Moved(org))
    }

    /// Finishes moving an earlier version's sign-in once Zoho has said which org it is.
    pub fn finish_legacy(&self, org: &Org, tokens: &Tokens) -> Result<SignedInOrg, StoreError> {
        let Some(signed_in) = SignedInOrg::from_org(org, tokens.location.clone()) else {
            return Err(StoreError::DamagedOrgList {
                path: self.index_path(),
                reason: crate::i18n::t::err_damaged_no_org_id(),
            });
        };
        self.finish_legacy_with(signed_in.clone(), tokens)?;
        Ok(signed_in)
    }

    fn finish_legacy_with(&self, org: SignedInOrg, tokens: &Tokens) -> Result<(), StoreError> {
        let id = org.id.clone();
        // The old sign-in was the current one; keep the current org if one is already listed.
        let current = self.index().ok().and_then(|index| {
            (!index.is_empty())
                .then(|| index.current().map(|current| current.id.clone()))
                .flatten()
        });
        self.add(org, tokens)?;
        if let Some(current) = current {
            self.set_current(&current)?;
        }
        self.credentials.forget_session()?;
        if let Err(error) = OrgCache::new(&self.cache_dir).clear() {
            tracing::info!("the old saved organization could not be removed: {error}");
        }
        tracing::info!(org = id, "moved the earlier sign-in under its organization");
        Ok(())
    }

    fn index_path(&self) -> PathBuf {
        org_index_path(&self.config_dir)
    }

    /// Reads, changes and writes the index while holding its lock, so two processes adding an
    /// org at once both end up listed.
    fn change_index<T>(&self, change: impl FnOnce(&mut OrgIndex) -> T) -> Result<T, StoreError> {
        let _turn = self.lock_file("organizations");
        let path = self.index_path();
        let mut index = match OrgIndex::load(&path) {
            Ok(index) => index,
            // A damaged list is rebuilt from what is signed in from now on.
            Err(StoreError::DamagedOrgList { reason, .. }) => {
                tracing::warn!("starting a new list of organizations: {reason}");
                OrgIndex::default()
            }
            Err(error) => return Err(error),
        };
        let outcome = change(&mut index);
        index.save(&path)?;
        Ok(outcome)
    }

    /// Takes the lock named `name` (waiting for another process at most [`LOCK_WAIT`]); `None`
    /// when the lock cannot be had, in which case the caller goes ahead without it.
    fn lock_file(&self, name: &str) -> Option<fs::File> {
        match take_lock(&self.config_dir.join(LOCKS_FOLDER), name) {
            Ok(file) => Some(file),
            Err(error) => {
                tracing::warn!("going ahead without the {name} lock: {error}");
                None
            }
        }
    }
}

/// Opens `folder/name.lock` and takes its exclusive lock, waiting at most [`LOCK_WAIT`]. The
/// lock ends when the file is closed, also when the process dies.
fn take_lock(folder: &Path, name: &str) -> std::io::Result<fs::File> {
    super::atomic::create_private_folder(folder)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(folder.join(format!("{}.lock", safe_name(name))))?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "another copy of the app held it too long",
                ));
            }
            Err(fs::TryLockError::Error(error)) => return Err(error),
        }
    }
}

/// One org's tokens as a [`TokenVault`].
struct OrgVault {
    sign_ins: SignIns,
    org_id: String,
}

impl TokenVault for OrgVault {
    fn lock(&self) -> Result<Box<dyn Send>, VaultError> {
        let folder = self.sign_ins.config_dir.join(LOCKS_FOLDER);
        let file = take_lock(&folder, &format!("session.{}", self.org_id))?;
        Ok(Box::new(file))
    }

    fn load(&self) -> Result<Option<Tokens>, VaultError> {
        Ok(self.sign_ins.tokens(&self.org_id)?)
    }

    fn save(&self, tokens: &Tokens) -> Result<(), VaultError> {
        // Signed out meanwhile (here or in another process): do not bring the sign-in back.
        if self.sign_ins.tokens(&self.org_id)?.is_none() {
            return Ok(());
        }
        Ok(self
            .sign_ins
            .credentials
            .save_session_named(&session_secret_name(&self.org_id), tokens)?)
    }

    fn forget(&self) -> Result<(), VaultError> {
        tracing::info!(org = self.org_id, "Zoho refused the sign-in; forgetting it");
        Ok(self.sign_ins.remove(&self.org_id)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::CachedOrg;
    use oauth2::RefreshToken;
    use std::time::UNIX_EPOCH;
    use url::Url;

    fn tokens(refresh: &str) -> Tokens {
        Tokens {
            refresh_token: RefreshToken::new(refresh.to_owned()),
            accounts_server: Url::parse("https://accounts.zoho.eu").unwrap(),
            api_domain: Url::parse("https://www.zohoapis.eu").unwrap(),
            location: Some("eu".to_owned()),
            access_token: None,
        }
    }

    fn org(id: &str, name: &str) -> SignedInOrg {
        SignedInOrg {
            id: id.to_owned(),
            zgid: None,
            company_name: name.to_owned(),
            environment: Some("production".to_owned()),
            data_centre: Some("eu".to_owned()),
            domain_name: None,
        }
    }

    fn sign_ins(root: &Path) -> SignIns {
        SignIns::new(CredentialStore::in_memory(), &AppPaths::under(root))
    }

    #[test]
    fn each_org_keeps_its_own_tokens_and_renewing_reports_the_replaced_one() {
        let folder = tempfile::tempdir().unwrap();
        let sign_ins = sign_ins(folder.path());
        let first = sign_ins.add(org("1", "Zylker"), &tokens("r1")).unwrap();
        assert!(!first.renewed && first.replaced.is_none());
        sign_ins.add(org("2", "Sandbox"), &tokens("r2")).unwrap();
        assert_eq!(
            sign_ins
                .tokens("1")
                .unwrap()
                .unwrap()
                .refresh_token
                .secret(),
            "r1"
        );
        let again = sign_ins.add(org("1", "Zylker"), &tokens("r1b")).unwrap();
        assert!(again.renewed);
        assert_eq!(again.replaced.unwrap().refresh_token.secret(), "r1");
        let index = sign_ins.index().unwrap();
        assert_eq!(index.orgs().len(), 2);
        assert_eq!(index.current().unwrap().id, "1");
    }

    #[test]
    fn removing_one_org_leaves_the_others() {
        let folder = tempfile::tempdir().unwrap();
        let sign_ins = sign_ins(folder.path());
        sign_ins.add(org("1", "Zylker"), &tokens("r1")).unwrap();
        sign_ins.add(org("2", "Sandbox"), &tokens("r2")).unwrap();
        sign_ins
            .cache("2")
            .save(&CachedOrg {
                org: serde_json::from_str(r#"{"id":"2"}"#).unwrap(),
                fetched_at: UNIX_EPOCH,
                logo: None,
            })
            .unwrap();
        sign_ins.remove("2").unwrap();
        assert!(sign_ins.tokens("2").unwrap().is_none());
        assert!(sign_ins.cache("2").load().is_none());
        assert!(sign_ins.tokens("1").unwrap().is_some());
        assert_eq!(sign_ins.index().unwrap().current().unwrap().id, "1");
    }

    #[test]
    fn an_earlier_single_sign_in_moves_under_the_org_its_cache_names() {
        let folder = tempfile::tempdir().unwrap();
        let paths = AppPaths::under(folder.path());
        let credentials = CredentialStore::in_memory();
        credentials.save_session(&tokens("legacy")).unwrap();
        OrgCache::new(&paths.cache_dir)
            .save(&CachedOrg {
                org: serde_json::from_str(r#"{"id":"42","company_name":"Zylker"}"#).unwrap(),
                fetched_at: UNIX_EPOCH,
                logo: None,
            })
            .unwrap();
        let sign_ins = SignIns::new(credentials.clone(), &paths);
        match sign_ins.move_legacy().unwrap() {
            LegacySignIn::Moved(org) => assert_eq!(org.company_name, "Zylker"),
            other => panic!("{other:?}"),
        }
        assert!(credentials.load_session().unwrap().is_none());
        assert_eq!(
            sign_ins
                .tokens("42")
                .unwrap()
                .unwrap()
                .refresh_token
                .secret(),
            "legacy"
        );
        assert!(sign_ins.cache("42").load().is_some(), "the data moved too");
        assert!(OrgCache::new(&paths.cache_dir).load().is_none());
        assert!(matches!(
            sign_ins.move_legacy().unwrap(),
            LegacySignIn::None
        ));
    }

    #[test]
    fn an_old_style_sign_in_is_not_looked_for_once_an_org_is_listed() {
        let folder = tempfile::tempdir().unwrap();
        let paths = AppPaths::under(folder.path());
        let credentials = CredentialStore::in_memory();
        let sign_ins = SignIns::new(credentials.clone(), &paths);
        sign_ins.add(org("1", "Zylker"), &tokens("listed")).unwrap();
        // Only an earlier version run again after this one could leave this behind.
        credentials.save_session(&tokens("legacy")).unwrap();
        assert!(matches!(
            sign_ins.move_legacy().unwrap(),
            LegacySignIn::None
        ));
        assert_eq!(sign_ins.index().unwrap().orgs().len(), 1);
    }

    #[test]
    fn an_earlier_sign_in_without_saved_data_needs_zoho_to_name_its_org() {
        let folder = tempfile::tempdir().unwrap();
        let credentials = CredentialStore::in_memory();
        credentials.save_session(&tokens("legacy")).unwrap();
        let sign_ins = SignIns::new(credentials.clone(), &AppPaths::under(folder.path()));
        let LegacySignIn::NeedsOrg(found) = sign_ins.move_legacy().unwrap() else {
            panic!("the org is unknown");
        };
        let org: Org = serde_json::from_str(r#"{"id":"7","company_name":"Acme"}"#).unwrap();
        sign_ins.finish_legacy(&org, &found).unwrap();
        assert!(credentials.load_session().unwrap().is_none());
        assert_eq!(sign_ins.index().unwrap().current().unwrap().id, "7");
    }

    #[test]
    fn a_refresh_waits_for_another_processes_turn() {
        let folder = tempfile::tempdir().unwrap();
        let sign_ins = sign_ins(folder.path());
        sign_ins.add(org("1", "Zylker"), &tokens("r1")).unwrap();
        let vault = sign_ins.vault("1");
        let held = vault.lock().unwrap();
        let (sender, receiver) = std::sync::mpsc::channel();
        let waiting = sign_ins.vault("1");
        let thread = std::thread::Builder::new()
            .name("second-process".to_owned())
            .spawn(move || {
                let _turn = waiting.lock().unwrap();
                sender.send(()).unwrap();
            })
            .unwrap();
        assert!(
            receiver.recv_timeout(Duration::from_millis(300)).is_err(),
            "the second turn waits while the first is held"
        );
        drop(held);
        receiver.recv_timeout(Duration::from_secs(10)).unwrap();
        thread.join().unwrap();
    }

    #[test]
    fn a_vault_does_not_bring_back_a_sign_in_removed_meanwhile() {
        let folder = tempfile::tempdir().unwrap();
        let sign_ins = sign_ins(folder.path());
        sign_ins.add(org("1", "Zylker"), &tokens("r1")).unwrap();
        let vault = sign_ins.vault("1");
        sign_ins.remove("1").unwrap();
        vault.save(&tokens("r1")).unwrap();
        assert!(sign_ins.tokens("1").unwrap().is_none());
    }
}
