//! Where the app keeps credentials and settings.
//!
//! Secrets (the session with its refresh token, and an OAuth client the user entered) go to a
//! [`SecretStore`]: the system keychain through `keyring` (service `zoho-org-viewer`), or, when
//! there is none, a private JSON file in the settings folder, or memory for the demo.
//! [`CredentialStore`] is the typed API over it; [`open_credential_store`] picks the store.
//! Every keychain call runs on one named thread and gives up after a timeout, so nothing here
//! blocks forever; the calls still block their caller, so make them off the UI thread.

mod atomic;
mod cache;
mod client;
mod credentials;
mod document;
mod error;
mod file_store;
mod keyring_store;
mod logo_backups;
mod memory_store;
mod open;
mod org_index;
mod paths;
mod private;
mod secret_store;
mod session;
mod sign_ins;

pub use atomic::write_atomically;
pub use cache::{CachedOrg, OrgCache};
pub use client::{
    CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE, ClientCredentials, ClientSource, built_in_client,
    resolve_client, resolve_client_from, validate_client_id, validate_client_secret,
};
pub use credentials::{CLIENT_SECRET_NAME, CredentialStore, SESSION_SECRET_NAME};
pub use error::{KeychainCause, KeychainTrouble, SavedItem, StoreError, StoreLocation};
pub use file_store::FileSecretStore;
pub use keyring_store::{DEFAULT_KEYCHAIN_TIMEOUT, KEYRING_SERVICE, KeyringSecretStore};
pub use logo_backups::{LogoBackup, LogoBackups};
pub use memory_store::MemorySecretStore;
pub use open::{
    FileReason, KeychainProvider, LocationNotice, STORE_CHOICE_VARIABLE, StoreChoice, StoreOptions,
    open_credential_store, open_credential_store_with, platform_keychain,
};
pub use org_index::{
    ORG_INDEX_FILE_NAME, OrgChoiceError, OrgIndex, SignedInOrg, safe_name, session_secret_name,
};
pub use paths::{AppPaths, CREDENTIALS_FILE_NAME};
pub use private::{OpenError, ensure_private_dir, make_private_file, open_regular};
pub use secret_store::SecretStore;
pub use sign_ins::{Added, LegacySignIn, SignIns};
