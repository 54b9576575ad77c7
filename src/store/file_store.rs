//! Secrets in a JSON file only its owner can read, for computers without a usable keychain.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::document::{DocumentError, parse_versioned};
use super::error::{StoreError, StoreLocation};
use super::private::{OpenError, open_regular};
use super::secret_store::SecretStore;
use crate::i18n::{Msg, t};

/// The file format this version writes.
const FILE_FORMAT_VERSION: u64 = 1;

/// A credential file is a few hundred bytes; anything far larger is not ours.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Keeps secrets in one private file (mode 0600 on Unix), rewritten atomically on every change.
pub struct FileSecretStore {
    path: PathBuf,
    /// Serialises read-modify-write cycles within this process.
    writing: Mutex<()>,
}

/// The whole file: a format version and the named secrets.
#[derive(Debug, Default, Serialize, Deserialize)]
struct FileDocument {
    format_version: u64,
    secrets: BTreeMap<String, String>,
}

impl FileSecretStore {
    /// A store backed by the file at `path`; nothing is touched until the first call.
    pub fn new(path: PathBuf) -> FileSecretStore {
        FileSecretStore {
            path,
            writing: Mutex::new(()),
        }
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock(&self) -> MutexGuard<'_, ()> {
        // The guarded data is the file, which atomic writes keep whole even after a panic.
        self.writing
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The document on disk; an absent file is an empty document.
    fn read_document(&self) -> Result<FileDocument, StoreError> {
        let file = match open_regular(&self.path) {
            Ok(file) => file,
            Err(OpenError::Io(error)) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(FileDocument::default());
            }
            // A link or a pipe is not read (a pipe would wait forever) and, at the next save,
            // replaced by a regular file: the link's target is never touched.
            Err(OpenError::SymbolicLink) => {
                return Err(self.damaged(t::err_damaged_symbolic_link()));
            }
            Err(OpenError::NotAFile) => {
                return Err(self.damaged(t::err_damaged_not_a_file()));
            }
            Err(OpenError::Io(source)) => {
                return Err(StoreError::FileRead {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        tighten_permissions(&self.path, &file);
        let mut text = String::new();
        let read = file.take(MAX_FILE_BYTES + 1).read_to_string(&mut text);
        match read {
            Ok(length) if length as u64 > MAX_FILE_BYTES => {
                Err(self.damaged(t::err_damaged_too_large()))
            }
            Ok(_) => self.parse(&text),
            Err(error) if error.kind() == io::ErrorKind::InvalidData => {
                Err(self.damaged(t::err_damaged_not_text()))
            }
            Err(source) => Err(StoreError::FileRead {
                path: self.path.clone(),
                source,
            }),
        }
    }

    fn parse(&self, text: &str) -> Result<FileDocument, StoreError> {
        parse_versioned(text, FILE_FORMAT_VERSION).map_err(|error| match error {
            DocumentError::Damaged(reason) => self.damaged(reason),
            DocumentError::NewerVersion(version) => {
                self.damaged(t::err_damaged_newer_file(version.to_string()))
            }
        })
    }

    fn damaged(&self, reason: Msg) -> StoreError {
        StoreError::DamagedFile {
            path: self.path.clone(),
            reason,
        }
    }

    /// The current document for a change; a damaged one is replaced, since its secrets are
    /// lost anyway and refusing would leave the user unable to sign in again.
    fn document_to_change(&self) -> Result<FileDocument, StoreError> {
        match self.read_document() {
            Ok(document) => Ok(document),
            Err(StoreError::DamagedFile { path, reason }) => {
                // Not the error's own sentence: it asks to sign in again, which is under way.
                tracing::warn!(
                    file = %path.display(),
                    reason = %reason.text_in(crate::i18n::Lang::En),
                    "replacing the unusable credential file; anything saved in it is lost"
                );
                Ok(FileDocument::default())
            }
            Err(error) => Err(error),
        }
    }

    fn write_document(&self, mut document: FileDocument) -> Result<(), StoreError> {
        if document.secrets.is_empty() {
            // Forgetting everything leaves no file behind, so nothing lingers after sign-out.
            return match fs::remove_file(&self.path) {
                Ok(()) => Ok(()),
                Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
                Err(source) => Err(StoreError::FileWrite {
                    path: self.path.clone(),
                    source,
                }),
            };
        }
        document.format_version = FILE_FORMAT_VERSION;
        let text = serde_json::to_vec_pretty(&document).map_err(|error| StoreError::FileWrite {
            path: self.path.clone(),
            source: io::Error::other(error),
        })?;
        write_atomically(&self.path, &text, true).map_err(|source| StoreError::FileWrite {
            path: self.path.clone(),
            source,
        })
    }
}

/// Puts a credential file that someone made readable by others back to owner-only.
fn tighten_permissions(path: &Path, file: &fs::File) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(metadata) = file.metadata() else {
            return;
        };
        let mode = metadata.permissions().mode();
        // Only a regular file: a folder in its place must keep its search permission.
        if metadata.is_file() && mode & 0o077 != 0 {
            tracing::warn!(
                file = %path.display(),
                "the credential file was readable by others, making it private again"
            );
            if let Err(error) = file.set_permissions(fs::Permissions::from_mode(0o600)) {
                tracing::warn!(file = %path.display(), %error, "could not make the credential file private");
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (path, file);
}

impl std::fmt::Debug for FileSecretStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("FileSecretStore")
            .field("path", &self.path)
            .finish()
    }
}

impl SecretStore for FileSecretStore {
    fn load(&self, name: &str) -> Result<Option<String>, StoreError> {
        let _guard = self.lock();
        Ok(self.read_document()?.secrets.remove(name))
    }

    fn save(&self, name: &str, value: &str) -> Result<(), StoreError> {
        let _guard = self.lock();
        let mut document = self.document_to_change()?;
        document.secrets.insert(name.to_owned(), value.to_owned());
        self.write_document(document)
    }

    fn delete(&self, name: &str) -> Result<(), StoreError> {
        let _guard = self.lock();
        let mut document = self.document_to_change()?;
        if document.secrets.remove(name).is_none() && !document.secrets.is_empty() {
            // Nothing to remove from a readable file: leave it exactly as it is.
            return Ok(());
        }
        self.write_document(document)
    }

    fn location(&self) -> StoreLocation {
        StoreLocation::File(self.path.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_in(folder: &Path) -> FileSecretStore {
        FileSecretStore::new(folder.join("config").join("credentials.json"))
    }

    #[test]
    fn absent_file_holds_nothing() {
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        assert_eq!(store.load("session").unwrap(), None);
        store.delete("session").unwrap();
        assert!(!store.path().exists());
    }

    #[test]
    fn keeps_other_names_when_one_changes() {
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        store.save("session", "s1").unwrap();
        store.save("client", "c1").unwrap();
        store.save("session", "s2").unwrap();
        assert_eq!(store.load("session").unwrap().as_deref(), Some("s2"));
        assert_eq!(store.load("client").unwrap().as_deref(), Some("c1"));
        store.delete("session").unwrap();
        assert_eq!(store.load("session").unwrap(), None);
        assert_eq!(store.load("client").unwrap().as_deref(), Some("c1"));
    }

    #[test]
    fn forgetting_the_last_secret_removes_the_file() {
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        store.save("session", "s1").unwrap();
        assert!(store.path().exists());
        store.delete("session").unwrap();
        assert!(!store.path().exists());
    }

    #[test]
    fn newer_format_is_reported_not_misread() {
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(
            store.path(),
            r#"{"format_version": 2, "secrets": {"session": "x"}}"#,
        )
        .unwrap();
        let error = store.load("session").unwrap_err();
        assert!(
            error.to_string().contains("newer version"),
            "unexpected message: {error}"
        );
    }

    #[test]
    fn oversized_file_is_damaged() {
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        fs::write(store.path(), vec![b' '; (MAX_FILE_BYTES + 10) as usize]).unwrap();
        assert!(matches!(
            store.load("session"),
            Err(StoreError::DamagedFile { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn loosened_permissions_are_tightened_on_read() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        store.save("session", "s1").unwrap();
        fs::set_permissions(store.path(), fs::Permissions::from_mode(0o644)).unwrap();
        store.load("session").unwrap();
        let mode = fs::metadata(store.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_file_is_refused_and_its_target_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        let target = folder.path().join("elsewhere.json");
        fs::write(&target, r#"{"format_version":1,"secrets":{"session":"x"}}"#).unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        std::os::unix::fs::symlink(&target, store.path()).unwrap();

        let error = store.load("session").unwrap_err();
        assert!(error.to_string().contains("symbolic link"), "{error}");
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&target), 0o644, "the target's mode is not changed");

        // Saving replaces the link with a private file of our own; the target keeps its content.
        store.save("session", "s2").unwrap();
        assert!(!fs::symlink_metadata(store.path()).unwrap().is_symlink());
        assert_eq!(store.load("session").unwrap().as_deref(), Some("s2"));
        assert!(fs::read_to_string(&target).unwrap().contains("\"x\""));
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_at_once() {
        let folder = tempfile::tempdir().unwrap();
        let store = store_in(folder.path());
        fs::create_dir_all(store.path().parent().unwrap()).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(store.path())
            .status()
            .unwrap();
        assert!(made.success());
        // Before the fix this blocked forever, waiting for a writer.
        let error = store.load("session").unwrap_err();
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }
}
