//! The seam between the typed credential API and wherever the secrets physically live.

use super::error::{StoreError, StoreLocation};

/// A place that keeps named secrets as strings: the system keychain, a private file, or memory.
///
/// The app and the tests hand one of these to [`super::CredentialStore`]; implementations must
/// be safe to call from any thread and must never block forever.
pub trait SecretStore: Send + Sync {
    /// The secret saved under `name`, or `None` when nothing is saved there.
    fn load(&self, name: &str) -> Result<Option<String>, StoreError>;

    /// Saves `value` under `name`, replacing what was there.
    fn save(&self, name: &str, value: &str) -> Result<(), StoreError>;

    /// Removes the secret saved under `name`; removing something absent succeeds.
    fn delete(&self, name: &str) -> Result<(), StoreError>;

    /// Where the secrets are, for messages that name the place.
    fn location(&self) -> StoreLocation;
}
