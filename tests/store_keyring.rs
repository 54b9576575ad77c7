//! The keychain path, with keyring-core's mock store handed in, and the fallback to the file.

// Helpers outside #[test] functions are test code too; clippy.toml only covers the latter.
#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, SystemTime};

use keyring_core::api::CredentialStoreApi;
use keyring_core::{CredentialStore as KeyringBackend, Entry, Error as KeyringError, mock};
use oauth2::{AccessToken, RefreshToken};
use zoho_org_viewer::store::{
    AppPaths, CLIENT_SECRET_NAME, ClientCredentials, CredentialStore, KEYRING_SERVICE,
    KeychainTrouble, KeyringSecretStore, SESSION_SECRET_NAME, SecretStore, StoreChoice, StoreError,
    StoreLocation, StoreOptions, open_credential_store_with,
};
use zoho_org_viewer::zoho::oauth::{CachedAccessToken, Tokens};

fn session() -> Tokens {
    Tokens {
        refresh_token: RefreshToken::new("1000.refresh.keyring".to_owned()),
        accounts_server: url::Url::parse("https://accounts.zoho.com").unwrap(),
        api_domain: url::Url::parse("https://www.zohoapis.com").unwrap(),
        location: Some("us".to_owned()),
        access_token: Some(CachedAccessToken::expiring_after(
            AccessToken::new("1000.access.keyring".to_owned()),
            Duration::from_secs(3600),
            SystemTime::now(),
        )),
    }
}

fn client() -> ClientCredentials {
    ClientCredentials::from_form(
        "1000.0SRSZSY37WMZ69405H3K3TMYI2239V",
        "39c689de68c712fa5f1f06c3b1319ab98f59fa921b",
    )
    .unwrap()
}

fn options_with(
    provider: impl Fn() -> Result<Arc<KeyringBackend>, KeyringError> + Send + Sync + 'static,
    timeout: Duration,
) -> StoreOptions {
    StoreOptions {
        keychain_timeout: timeout,
        keychain: Arc::new(provider),
        ..StoreOptions::default()
    }
}

fn mock_store() -> Arc<mock::Store> {
    mock::Store::new().unwrap()
}

fn open_on(backend: Arc<mock::Store>, paths: &AppPaths) -> CredentialStore {
    let options = options_with(
        move || Ok(backend.clone() as Arc<KeyringBackend>),
        Duration::from_secs(5),
    );
    open_credential_store_with(None, paths, &options)
}

/// The mock's entry for `name`, to inject an error into its next call.
fn mock_entry(backend: &mock::Store, name: &str) -> Entry {
    backend.build(KEYRING_SERVICE, name, None).unwrap()
}

fn inject(backend: &mock::Store, name: &str, error: KeyringError) {
    let entry = mock_entry(backend, name);
    let credential: &mock::Cred = entry.as_any().downcast_ref().unwrap();
    credential.set_error(error);
}

#[test]
fn session_and_client_round_trip_through_the_keychain() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let backend = mock_store();
    let store = open_on(backend.clone(), &paths);
    assert_eq!(store.location(), StoreLocation::Keychain);
    assert_eq!(store.location_notice(), None);

    assert!(store.load_session().unwrap().is_none());
    assert!(store.load_client().unwrap().is_none());
    store.save_session(&session()).unwrap();
    store.save_client(&client()).unwrap();

    let read = store.load_session().unwrap().unwrap();
    assert_eq!(read.refresh_token.secret(), "1000.refresh.keyring");
    assert_eq!(read.api_domain.as_str(), "https://www.zohoapis.com/");
    assert_eq!(read.location.as_deref(), Some("us"));
    assert!(read.access_token.unwrap().is_usable_at(SystemTime::now()));
    let saved_client = store.load_client().unwrap().unwrap();
    assert_eq!(saved_client.client_id, client().client_id);

    // Stored where the README sends people and support to look: service `zoho-org-viewer`,
    // entries `session` and `client`. Literal names, so renaming a constant cannot move them.
    assert_eq!(KEYRING_SERVICE, "zoho-org-viewer");
    let raw = backend
        .build("zoho-org-viewer", "session", None)
        .unwrap()
        .get_password()
        .unwrap();
    assert!(raw.contains("\"format_version\":1"), "{raw}");
    let raw_client = backend
        .build("zoho-org-viewer", "client", None)
        .unwrap()
        .get_password()
        .unwrap();
    assert!(raw_client.contains(&client().client_id), "the client entry");

    store.forget_session().unwrap();
    store.forget_session().unwrap();
    assert!(store.load_session().unwrap().is_none());
    assert!(store.load_client().unwrap().is_some());
    store.forget_client().unwrap();
    assert!(
        mock_entry(&backend, CLIENT_SECRET_NAME)
            .get_password()
            .is_err()
    );
    assert!(
        !paths.credentials_file().exists(),
        "nothing goes to the file"
    );
}

#[test]
fn locked_keychain_is_a_typed_error_and_the_next_call_works() {
    let root = tempfile::tempdir().unwrap();
    let backend = mock_store();
    let store = open_on(backend.clone(), &AppPaths::under(root.path()));
    store.save_session(&session()).unwrap();

    inject(
        &backend,
        SESSION_SECRET_NAME,
        KeyringError::NoStorageAccess("collection is locked".into()),
    );
    let error = store.load_session().unwrap_err();
    assert!(matches!(error, StoreError::KeychainLocked), "{error:?}");
    assert!(
        zoho_org_viewer::problem::store_sentence(&error)
            .text()
            .contains("Unlock it"),
        "{error}"
    );

    inject(
        &backend,
        SESSION_SECRET_NAME,
        KeyringError::NoStorageAccess("collection is locked".into()),
    );
    assert!(matches!(
        store.save_session(&session()),
        Err(StoreError::KeychainLocked)
    ));
    assert!(store.load_session().unwrap().is_some());
}

#[test]
fn platform_failure_names_the_cause() {
    let root = tempfile::tempdir().unwrap();
    let backend = mock_store();
    let store = open_on(backend.clone(), &AppPaths::under(root.path()));
    inject(
        &backend,
        CLIENT_SECRET_NAME,
        KeyringError::PlatformFailure("org.freedesktop.DBus.Error.NoReply".into()),
    );
    let error = store.save_client(&client()).unwrap_err();
    assert!(
        matches!(error, StoreError::KeychainFailed { detail: KeychainTrouble::Platform(ref detail) } if detail.contains("NoReply")),
        "{error:?}"
    );
}

#[test]
fn garbled_keychain_entry_is_signed_out_with_a_message() {
    let root = tempfile::tempdir().unwrap();
    let backend = mock_store();
    let store = open_on(backend.clone(), &AppPaths::under(root.path()));
    mock_entry(&backend, SESSION_SECRET_NAME)
        .set_password("not json at all")
        .unwrap();
    let error = store.load_session().unwrap_err();
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error:?}");
    assert!(
        zoho_org_viewer::problem::store_sentence(&error)
            .text()
            .contains("the system keychain"),
        "{error}"
    );
    store.save_session(&session()).unwrap();
    assert!(store.load_session().unwrap().is_some());
}

/// Holds a keychain call until the test lets it go, and tells whether it has come back, so a
/// test can show the app gave up while the call was still hanging without timing anything.
#[derive(Clone, Debug, Default)]
struct Gate(Arc<GateState>);

#[derive(Debug, Default)]
struct GateState {
    open: Mutex<bool>,
    opened: Condvar,
    passed: AtomicBool,
}

impl Gate {
    /// Blocks until [`Gate::open`], then records that the call came back.
    fn wait(&self) {
        let mut open = self.0.open.lock().unwrap();
        while !*open {
            open = self.0.opened.wait(open).unwrap();
        }
        self.0.passed.store(true, Ordering::SeqCst);
    }

    /// Lets every waiting call go.
    fn open(&self) {
        *self.0.open.lock().unwrap() = true;
        self.0.opened.notify_all();
    }

    /// Whether a call has come back through the gate.
    fn passed(&self) -> bool {
        self.0.passed.load(Ordering::SeqCst)
    }
}

/// A keychain whose every call hangs at a [`Gate`], as one waiting on an unlock prompt does.
#[derive(Debug)]
struct HangingKeychain {
    gate: Gate,
    inner: Arc<mock::Store>,
}

impl CredentialStoreApi for HangingKeychain {
    fn vendor(&self) -> String {
        "hanging test keychain".to_owned()
    }

    fn id(&self) -> String {
        "hanging".to_owned()
    }

    fn build(
        &self,
        service: &str,
        user: &str,
        modifiers: Option<&HashMap<&str, &str>>,
    ) -> keyring_core::Result<Entry> {
        self.gate.wait();
        self.inner.build(service, user, modifiers)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[test]
fn hanging_keychain_times_out_with_a_typed_error() {
    let gate = Gate::default();
    let backend: Arc<KeyringBackend> = Arc::new(HangingKeychain {
        gate: gate.clone(),
        inner: mock_store(),
    });
    let secrets =
        KeyringSecretStore::new(backend, KEYRING_SERVICE, Duration::from_millis(200)).unwrap();
    let store = CredentialStore::new(Arc::new(secrets));

    let error = store.load_session().unwrap_err();
    assert!(
        !gate.passed(),
        "the app gave up while the keychain still hung"
    );
    gate.open();
    assert!(
        matches!(error, StoreError::KeychainTimeout { waited } if waited == Duration::from_millis(200)),
        "{error:?}"
    );
    assert_eq!(
        zoho_org_viewer::problem::store_sentence(&error).text(),
        "The system keychain did not answer within 0.2 seconds. Unlock it and try again."
    );
}

#[test]
fn no_keychain_falls_back_to_the_private_file_with_a_notice() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let options = options_with(|| Err(KeyringError::NoDefaultStore), Duration::from_secs(5));
    let store = open_credential_store_with(None, &paths, &options);

    let file = paths.credentials_file();
    assert_eq!(
        zoho_org_viewer::problem::location_words(&store.location()).text(),
        format!("the file {}", file.display())
    );
    let notice =
        zoho_org_viewer::problem::location_notice(&store.location_notice().unwrap()).text();
    assert!(notice.contains(&file.display().to_string()), "{notice}");
    assert!(notice.contains("no usable system keychain"), "{notice}");

    store.save_session(&session()).unwrap();
    assert!(file.exists());
    let next_run = open_credential_store_with(None, &paths, &options);
    assert!(next_run.load_session().unwrap().is_some());
    assert_eq!(next_run.location_notice(), None);
}

#[test]
fn keychain_that_hangs_when_opened_falls_back_to_the_file() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let gate = Gate::default();
    let opening = gate.clone();
    let options = options_with(
        move || {
            opening.wait();
            Err(KeyringError::NoDefaultStore)
        },
        Duration::from_millis(100),
    );
    let store = open_credential_store_with(None, &paths, &options);
    assert!(
        !gate.passed(),
        "the app gave up while the keychain still hung"
    );
    gate.open();
    assert!(store.location_notice().is_some());
    store.save_client(&client()).unwrap();
    assert!(paths.credentials_file().exists());
}

#[test]
fn insisting_on_the_keychain_never_writes_a_file() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let options = options_with(
        || Err(KeyringError::PlatformFailure("no D-Bus session".into())),
        Duration::from_secs(5),
    );
    let store = open_credential_store_with(Some(StoreChoice::Keyring), &paths, &options);
    let error = store.save_session(&session()).unwrap_err();
    assert!(
        matches!(error, StoreError::KeychainUnavailable { .. }),
        "{error:?}"
    );
    assert!(
        zoho_org_viewer::problem::store_sentence(&error)
            .text()
            .contains("ZOHO_ORG_VIEWER_STORE=file"),
        "{error}"
    );
    // The cause travels in the sentence itself, so nothing else has to be logged to tell it.
    assert_eq!(
        zoho_org_viewer::problem::store_sentence(&error).text(),
        "The system keychain cannot be used on this computer (no D-Bus session). Set ZOHO_ORG_VIEWER_STORE=file to keep the sign-in in a private file instead."
    );
    assert!(matches!(
        store.load_session(),
        Err(StoreError::KeychainUnavailable { .. })
    ));
    assert!(!paths.credentials_file().exists());
}

#[test]
fn forced_file_ignores_a_working_keychain() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let backend = mock_store();
    let provided = backend.clone();
    let options = options_with(
        move || Ok(provided.clone() as Arc<KeyringBackend>),
        Duration::from_secs(5),
    );
    let store = open_credential_store_with(Some(StoreChoice::File), &paths, &options);
    store.save_session(&session()).unwrap();
    assert!(paths.credentials_file().exists());
    assert!(
        mock_entry(&backend, SESSION_SECRET_NAME)
            .get_password()
            .is_err(),
        "the keychain was written although the file was asked for"
    );
}

#[test]
fn secret_store_trait_is_usable_directly() {
    let backend: Arc<KeyringBackend> = mock_store();
    let secrets =
        KeyringSecretStore::new(backend, "another-service", Duration::from_secs(5)).unwrap();
    assert_eq!(secrets.load("x").unwrap(), None);
    secrets.save("x", "value").unwrap();
    assert_eq!(secrets.load("x").unwrap().as_deref(), Some("value"));
    secrets.delete("x").unwrap();
    secrets.delete("x").unwrap();
    assert_eq!(secrets.load("x").unwrap(), None);
}
