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

    /// Where the credential file lives when the file store is used.
    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir.join(CREDENTIALS_FILE_NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
