//! Secrets kept only in this process: for the demo, for tests, and as a last resort.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use super::error::{StoreError, StoreLocation};
use super::secret_store::SecretStore;

/// Keeps secrets in memory; everything is forgotten when the app closes.
#[derive(Default)]
pub struct MemorySecretStore {
    entries: Mutex<HashMap<String, String>>,
}

impl MemorySecretStore {
    /// An empty store.
    pub fn new() -> MemorySecretStore {
        MemorySecretStore::default()
    }

    fn entries(&self) -> MutexGuard<'_, HashMap<String, String>> {
        // A panic elsewhere while holding the lock cannot leave a half-written map (every
        // change is a single insert or remove), so the data is still good to use.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl std::fmt::Debug for MemorySecretStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The values are secrets: show only which names are held.
        let mut names: Vec<String> = self.entries().keys().cloned().collect();
        names.sort();
        formatter
            .debug_struct("MemorySecretStore")
            .field("names", &names)
            .finish()
    }
}

impl SecretStore for MemorySecretStore {
    fn load(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries().get(name).cloned())
    }

    fn save(&self, name: &str, value: &str) -> Result<(), StoreError> {
        self.entries().insert(name.to_owned(), value.to_owned());
        Ok(())
    }

    fn delete(&self, name: &str) -> Result<(), StoreError> {
        self.entries().remove(name);
        Ok(())
    }

    fn location(&self) -> StoreLocation {
        StoreLocation::Memory
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_delete() {
        let store = MemorySecretStore::new();
        assert_eq!(store.load("a").unwrap(), None);
        store.save("a", "one").unwrap();
        store.save("a", "two").unwrap();
        assert_eq!(store.load("a").unwrap().as_deref(), Some("two"));
        store.delete("a").unwrap();
        store.delete("a").unwrap();
        assert_eq!(store.load("a").unwrap(), None);
    }

    #[test]
    fn debug_shows_names_not_values() {
        let store = MemorySecretStore::new();
        store.save("session", "very-secret-value").unwrap();
        let shown = format!("{store:?}");
        assert!(shown.contains("session"));
        assert!(!shown.contains("very-secret-value"));
    }
}
