//! Choosing where credentials live: the system keychain, or a private file when there is none.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use keyring_core::{CredentialStore as KeyringBackend, Error as KeyringError};

use super::credentials::CredentialStore;
use super::error::{KeychainCause, KeychainTrouble, StoreError, StoreLocation};
use super::file_store::FileSecretStore;
use super::keyring_store::{
    DEFAULT_KEYCHAIN_TIMEOUT, KEYRING_SERVICE, KeychainWorker, KeyringSecretStore,
};
use super::paths::AppPaths;
use super::secret_store::SecretStore;

/// The environment variable that picks the credential store: `keyring` or `file`.
pub const STORE_CHOICE_VARIABLE: &str = "ZOHO_ORG_VIEWER_STORE";

/// Where the user asked for credentials to be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreChoice {
    /// The system keychain only; never a file.
    Keyring,
    /// The private file in the settings folder, even when a keychain is available.
    File,
}

impl StoreChoice {
    /// The choice in `ZOHO_ORG_VIEWER_STORE`; unset or blank means no choice (keychain, with
    /// the file as a fallback). `env` reads a variable: pass `|name| std::env::var(name).ok()`.
    pub fn from_env(
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<StoreChoice>, StoreError> {
        match env(STORE_CHOICE_VARIABLE) {
            Some(value) if !value.trim().is_empty() => value.parse().map(Some),
            _ => Ok(None),
        }
    }
}

impl FromStr for StoreChoice {
    type Err = StoreError;

    /// `keyring` or `file`, ignoring case and surrounding whitespace.
    fn from_str(value: &str) -> Result<StoreChoice, StoreError> {
        match value.trim().to_ascii_lowercase().as_str() {
            "keyring" => Ok(StoreChoice::Keyring),
            "file" => Ok(StoreChoice::File),
            _ => Err(StoreError::BadStoreChoice {
                value: value.to_owned(),
            }),
        }
    }
}

/// Finds the keychain back-end; called once, on the keychain thread, within the timeout.
pub type KeychainProvider =
    Arc<dyn Fn() -> Result<Arc<KeyringBackend>, KeyringError> + Send + Sync>;

/// How [`open_credential_store_with`] reaches the keychain; the defaults suit the app.
#[derive(Clone)]
pub struct StoreOptions {
    /// How long any one keychain call may take (default 20 s).
    pub keychain_timeout: Duration,
    /// The keychain back-end (default: the platform's, via the `keyring` crate).
    pub keychain: KeychainProvider,
    /// The service name entries are filed under (default `zoho-org-viewer`).
    pub keyring_service: String,
}

impl Default for StoreOptions {
    fn default() -> StoreOptions {
        StoreOptions {
            keychain_timeout: DEFAULT_KEYCHAIN_TIMEOUT,
            keychain: Arc::new(platform_keychain),
            keyring_service: KEYRING_SERVICE.to_owned(),
        }
    }
}

impl std::fmt::Debug for StoreOptions {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("StoreOptions")
            .field("keychain_timeout", &self.keychain_timeout)
            .field("keyring_service", &self.keyring_service)
            .finish_non_exhaustive()
    }
}

/// The platform keychain: Keychain on macOS, Credential Manager on Windows, the Secret Service
/// elsewhere. Fails when it cannot be reached (e.g. Linux without a D-Bus session).
pub fn platform_keychain() -> Result<Arc<KeyringBackend>, KeyringError> {
    match keyring::Entry::store_status() {
        // `store_status` installs the platform store as keyring-core's default on first use.
        Ok(()) => keyring_core::get_default_store().ok_or(KeyringError::NoDefaultStore),
        // The first failure is kept for the whole process and cannot be moved out; keep its
        // description (it names the platform problem, never a secret).
        Err(error) => Err(KeyringError::PlatformFailure(error.to_string().into())),
    }
}

/// The credential store to use, with the platform keychain and the default timeout.
/// See [`open_credential_store_with`].
pub fn open_credential_store(choice: Option<StoreChoice>, paths: &AppPaths) -> CredentialStore {
    open_credential_store_with(choice, paths, &StoreOptions::default())
}

/// The credential store to use:
///
/// * `File`: the private file `<config_dir>/credentials.json`;
/// * `Keyring`: the system keychain; if it is unusable, every call fails with a message that
///   suggests `ZOHO_ORG_VIEWER_STORE=file` (the user asked for no file, so none is written);
/// * no choice: the system keychain, or the file when the keychain is unusable.
///
/// Whenever the file is used and does not exist yet, [`CredentialStore::location_notice`]
/// says where it will be, so the user is told once, before anything is written there.
///
/// Blocks for at most `options.keychain_timeout`; call it off the UI thread.
pub fn open_credential_store_with(
    choice: Option<StoreChoice>,
    paths: &AppPaths,
    options: &StoreOptions,
) -> CredentialStore {
    if choice == Some(StoreChoice::File) {
        return file_store(paths, FileReason::Asked);
    }
    match open_keychain(options) {
        Ok(keychain) => {
            tracing::debug!("credentials are kept in the system keychain");
            CredentialStore::new(Arc::new(keychain))
        }
        Err(error) if choice == Some(StoreChoice::Keyring) => {
            // Every call's error carries the cause, so the command's one sentence tells it all.
            tracing::debug!("the system keychain cannot be used: {error}");
            CredentialStore::new(Arc::new(UnavailableKeychain {
                cause: keychain_cause(&error),
            }))
        }
        Err(error) => {
            tracing::info!("the system keychain cannot be used, so a private file is: {error}");
            file_store(paths, FileReason::NoKeychain)
        }
    }
}

fn open_keychain(options: &StoreOptions) -> Result<KeyringSecretStore, StoreError> {
    let worker = KeychainWorker::start(options.keychain_timeout)?;
    let provider = Arc::clone(&options.keychain);
    let backend = worker.run(move || provider())?;
    Ok(KeyringSecretStore::on_worker(
        backend,
        &options.keyring_service,
        worker,
    ))
}

/// Why the sign-in is kept in a private file, for the notice that says so once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileReason {
    /// `ZOHO_ORG_VIEWER_STORE=file` asks for it.
    Asked,
    /// This computer has no usable system keychain.
    NoKeychain,
}

/// Where the sign-in is kept when a notice must say so, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocationNotice {
    /// The place.
    pub location: StoreLocation,
    /// Why there.
    pub reason: FileReason,
}

fn file_store(paths: &AppPaths, reason: FileReason) -> CredentialStore {
    let path = paths.credentials_file();
    let is_new = !path.exists();
    let store = FileSecretStore::new(path);
    let location = store.location();
    let credentials = CredentialStore::new(Arc::new(store));
    if is_new {
        credentials.with_notice(LocationNotice { location, reason })
    } else {
        credentials
    }
}

/// Why opening the keychain failed, for a message that names the cause.
fn keychain_cause(error: &StoreError) -> KeychainCause {
    match error {
        StoreError::KeychainUnavailable { cause } => cause.clone(),
        StoreError::KeychainFailed { detail } => KeychainCause::Trouble(detail.clone()),
        StoreError::KeychainLocked => KeychainCause::Locked,
        StoreError::KeychainTimeout { waited } => KeychainCause::TimedOut(*waited),
        StoreError::KeychainThread(source) => {
            KeychainCause::Trouble(KeychainTrouble::Platform(source.to_string()))
        }
        other => KeychainCause::Trouble(KeychainTrouble::Platform(other.to_string())),
    }
}

/// Stands in for a keychain the user insisted on but that cannot be reached.
struct UnavailableKeychain {
    /// Why, for every error it gives.
    cause: KeychainCause,
}

impl UnavailableKeychain {
    fn error(&self) -> StoreError {
        StoreError::KeychainUnavailable {
            cause: self.cause.clone(),
        }
    }
}

impl SecretStore for UnavailableKeychain {
    fn load(&self, _name: &str) -> Result<Option<String>, StoreError> {
        Err(self.error())
    }

    fn save(&self, _name: &str, _value: &str) -> Result<(), StoreError> {
        Err(self.error())
    }

    fn delete(&self, _name: &str) -> Result<(), StoreError> {
        Err(self.error())
    }

    fn location(&self) -> StoreLocation {
        StoreLocation::KeychainUnavailable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_with(value: Option<&str>) -> impl Fn(&str) -> Option<String> {
        let value = value.map(str::to_owned);
        move |name| {
            (name == STORE_CHOICE_VARIABLE)
                .then(|| value.clone())
                .flatten()
        }
    }

    #[test]
    fn reads_the_choice_from_the_environment() {
        assert_eq!(StoreChoice::from_env(env_with(None)).unwrap(), None);
        assert_eq!(StoreChoice::from_env(env_with(Some("  "))).unwrap(), None);
        assert_eq!(
            StoreChoice::from_env(env_with(Some("file"))).unwrap(),
            Some(StoreChoice::File)
        );
        assert_eq!(
            StoreChoice::from_env(env_with(Some(" Keyring\n"))).unwrap(),
            Some(StoreChoice::Keyring)
        );
        let error = StoreChoice::from_env(env_with(Some("vault"))).unwrap_err();
        assert!(matches!(error, StoreError::BadStoreChoice { ref value } if value == "vault"));
        assert!(
            crate::problem::store_sentence(&error)
                .text()
                .contains("\"keyring\" or \"file\"")
        );
    }
}
