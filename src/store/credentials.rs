//! The typed credential API the worker and the command line use.

use std::sync::Arc;

use super::client::ClientCredentials;
use super::document::DocumentError;
use super::error::{SavedItem, StoreError, StoreLocation};
use super::memory_store::MemorySecretStore;
use super::open::LocationNotice;
use super::secret_store::SecretStore;
use crate::zoho::oauth::Tokens;

/// The secret's name for the signed-in session (in the keychain: the entry's user name).
pub const SESSION_SECRET_NAME: &str = "session";
/// The secret's name for an OAuth client the user entered.
pub const CLIENT_SECRET_NAME: &str = "client";

/// Saves, loads and forgets the session and the user's OAuth client in a [`SecretStore`].
///
/// Cheap to clone; clones share the same store. Calls may block on the keychain (up to its
/// timeout), so make them from the worker thread, never the UI thread.
#[derive(Clone)]
pub struct CredentialStore {
    secrets: Arc<dyn SecretStore>,
    notice: Option<LocationNotice>,
}

impl CredentialStore {
    /// A credential store over `secrets`, with no notice for the user.
    pub fn new(secrets: Arc<dyn SecretStore>) -> CredentialStore {
        CredentialStore {
            secrets,
            notice: None,
        }
    }

    /// A credential store that forgets everything when the app closes (demo mode, tests).
    pub fn in_memory() -> CredentialStore {
        CredentialStore::new(Arc::new(MemorySecretStore::new()))
    }

    /// The same store, with something to tell the user once about where credentials are kept.
    pub fn with_notice(mut self, notice: LocationNotice) -> CredentialStore {
        self.notice = Some(notice);
        self
    }

    /// Something to tell the user about where their sign-in is kept (worded by
    /// `crate::problem::location_notice`). `None` when there is nothing to say.
    pub fn location_notice(&self) -> Option<LocationNotice> {
        self.notice.clone()
    }

    /// Where credentials are kept (worded by `crate::problem::location_words`).
    pub fn location(&self) -> StoreLocation {
        self.secrets.location()
    }

    /// The saved session, `None` when signed out.
    ///
    /// A damaged or newer-format session is an `Err` with a message; treat it as signed out
    /// and show the message. The next [`CredentialStore::save_session`] replaces it.
    pub fn load_session(&self) -> Result<Option<Tokens>, StoreError> {
        self.load_session_named(SESSION_SECRET_NAME)
    }

    /// The session saved under `name` (one org's sign-in), `None` when there is none.
    pub fn load_session_named(&self, name: &str) -> Result<Option<Tokens>, StoreError> {
        let Some(text) = self.secrets.load(name)? else {
            return Ok(None);
        };
        Tokens::from_document(&text)
            .map(Some)
            .map_err(|error| self.document_error(SavedItem::Session, error))
    }

    /// Saves `session` under `name`, replacing what was there.
    pub fn save_session_named(&self, name: &str, session: &Tokens) -> Result<(), StoreError> {
        let text = session
            .to_document()
            .map_err(|error| self.encoding_error(SavedItem::Session, &error))?;
        self.secrets.save(name, &text)
    }

    /// Forgets the secret saved under `name`; succeeds when there was none.
    pub fn forget_named(&self, name: &str) -> Result<(), StoreError> {
        self.secrets.delete(name)
    }

    /// Saves `session`, replacing any earlier one (also after each token refresh, so the next
    /// run reuses the access token).
    pub fn save_session(&self, session: &Tokens) -> Result<(), StoreError> {
        self.save_session_named(SESSION_SECRET_NAME, session)
    }

    /// Forgets the session (sign-out); succeeds when there was none.
    pub fn forget_session(&self) -> Result<(), StoreError> {
        self.secrets.delete(SESSION_SECRET_NAME)
    }

    /// The OAuth client the user entered, `None` if they never did. A damaged one is an `Err`
    /// with a message; treat it as absent.
    pub fn load_client(&self) -> Result<Option<ClientCredentials>, StoreError> {
        let Some(text) = self.secrets.load(CLIENT_SECRET_NAME)? else {
            return Ok(None);
        };
        ClientCredentials::from_document(&text)
            .map(Some)
            .map_err(|error| self.document_error(SavedItem::Client, error))
    }

    /// Saves the OAuth client the user entered.
    pub fn save_client(&self, client: &ClientCredentials) -> Result<(), StoreError> {
        let text = client
            .to_document()
            .map_err(|error| self.encoding_error(SavedItem::Client, &error))?;
        self.secrets.save(CLIENT_SECRET_NAME, &text)
    }

    /// Forgets the OAuth client the user entered; succeeds when there was none.
    pub fn forget_client(&self) -> Result<(), StoreError> {
        self.secrets.delete(CLIENT_SECRET_NAME)
    }

    fn document_error(&self, what: SavedItem, error: DocumentError) -> StoreError {
        let location = self.secrets.location();
        match error {
            DocumentError::Damaged(reason) => StoreError::Corrupt {
                what,
                location,
                reason,
            },
            DocumentError::NewerVersion(version) => StoreError::UnsupportedVersion {
                what,
                location,
                version,
            },
        }
    }

    /// Turning plain strings into JSON cannot fail in practice; if it ever does, say so
    /// without the serializer's text, which could quote a value.
    fn encoding_error(&self, what: SavedItem, error: &serde_json::Error) -> StoreError {
        tracing::error!(category = ?error.classify(), "could not encode the {what}");
        StoreError::Corrupt {
            what,
            location: self.secrets.location(),
            reason: crate::i18n::t::err_damaged_not_encoded(),
        }
    }
}

impl std::fmt::Debug for CredentialStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("CredentialStore")
            .field("location", &self.secrets.location())
            .field("notice", &self.notice)
            .finish()
    }
}
