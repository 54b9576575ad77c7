//! The folders the app keeps its files in.

use std::path::{Path, PathBuf};

use super::error::StoreError;

/// The file name of the credential file used when there is no keychain.
pub const CREDENTIALS_FILE_NAME: &str = "credentials.json";

/// The folders for settings, disposable caches and data worth keeping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppPaths {
    /// Settings and, without a keychain, the credential file (`~/.config/zoho-org-viewer` on Linux).
    pub config_dir: PathBuf,
    /// Data that can be fetched again, such as the last organization shown.
    pub cache_dir: PathBuf,
    /// Data worth keeping that is not a setting.
    pub data_dir: PathBuf,
}

impl AppPaths {
    /// The platform's standard per-user folders (XDG on Linux, Application Support on macOS,
    /// AppData on Windows).
    pub fn platform() -> Result<AppPaths, StoreError> {
        // Empty qualifier and organization keep the folder name the same as the binary's on
        // every platform, so support instructions can name one folder.
        let dirs = directories::ProjectDirs::from("", "", "zoho-org-viewer")
            .ok_or(StoreError::NoSettingsFolder)?;
        Ok(AppPaths {
            config_dir: dirs.config_dir().to_path_buf(),
            cache_dir: dirs.cache_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// All three folders below `root`; for tests and portable setups that must not touch the
    /// real home folder.
    pub fn under(root: &Path) -> AppPaths {
        AppPaths {
            config_dir: root.join("config"),
            cache_dir: root.join("cache"),
            data_dir: root.join("data"),
        }
    }

    /// Makes those of the three folders that exist owner-only (0700 on Unix), as an older
    /// version may have left them 0755 with the cached organization inside. Missing ones are
    /// not created: that happens when something is first saved there.
    pub fn make_private(&self) {
        for folder in [&self.config_dir, &self.cache_dir, &self.data_dir] {
            if !folder.is_dir() {
                continue;
            }
            if let Err(error) = super::private::ensure_private_dir(folder) {
                tracing::warn!(folder = %folder.display(), %error, "could not make the folder private");
            }
        }
    }

    /// Where the credential file lives when the file store is used.
    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir.join(CREDENTIALS_FILE_NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn make_private_tightens_existing_folders_and_creates_none() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let paths = AppPaths::under(root.path());
        std::fs::create_dir(&paths.cache_dir).unwrap();
        std::fs::set_permissions(&paths.cache_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        paths.make_private();
        let mode = std::fs::metadata(&paths.cache_dir)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
        assert!(!paths.config_dir.exists() && !paths.data_dir.exists());
    }

    #[test]
    fn under_keeps_every_folder_inside_the_root() {
        let root = Path::new("/tmp/some-root");
        let paths = AppPaths::under(root);
        for folder in [&paths.config_dir, &paths.cache_dir, &paths.data_dir] {
            assert!(
                folder.starts_with(root),
                "{} escapes the root",
                folder.display()
            );
        }
        assert_ne!(paths.config_dir, paths.cache_dir);
        assert_eq!(
            paths.credentials_file(),
            root.join("config").join("credentials.json")
        );
    }
}
