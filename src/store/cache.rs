//! The last organization and logo the app showed, kept on disk so the next start opens straight
//! onto them while a refresh runs, and so they stay on screen when Zoho cannot be reached.
//!
//! Only what Zoho returned is kept: no tokens, no client secret. Files are written atomically;
//! a damaged cache is simply not used.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::private::{ensure_private_dir, make_private_file, read_regular};
use crate::zoho::{Org, Photo};

/// The cache format this version writes.
const CACHE_FORMAT_VERSION: u64 = 1;

/// The organization file in the cache folder.
const ORG_FILE: &str = "organization.json";

/// The logo file in the cache folder (the original bytes).
const LOGO_FILE: &str = "logo";

/// What the cache holds.
#[derive(Debug, Clone)]
pub struct CachedOrg {
    /// The organization as Zoho sent it.
    pub org: Org,
    /// When it was fetched.
    pub fetched_at: SystemTime,
    /// The logo, when there was one.
    pub logo: Option<Photo>,
}

#[derive(Serialize, Deserialize)]
struct CacheDocument {
    format_version: u64,
    fetched_at_unix_seconds: u64,
    org: serde_json::Value,
    #[serde(default)]
    logo_file_name: Option<String>,
    #[serde(default)]
    has_logo: bool,
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct OrgCache {
    folder: PathBuf,
}

impl OrgCache {
    /// The cache in `folder` (usually [`super::AppPaths::cache_dir`]).
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
        }
    }

    /// Saves the organization and logo, replacing what was there.
    pub fn save(&self, cached: &CachedOrg) -> std::io::Result<()> {
        // The logo goes first: a crash between the two writes leaves an older organization
        // with a newer logo at worst, never an organization pointing at a missing logo.
        match &cached.logo {
            Some(logo) => write_atomically(&self.folder.join(LOGO_FILE), &logo.bytes, true)?,
            None => remove_if_present(&self.folder.join(LOGO_FILE))?,
        }
        let document = CacheDocument {
            format_version: CACHE_FORMAT_VERSION,
            fetched_at_unix_seconds: cached
                .fetched_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |since| since.as_secs()),
            org: cached.org.to_json(),
            logo_file_name: cached.logo.as_ref().and_then(|logo| logo.file_name.clone()),
            has_logo: cached.logo.is_some(),
        };
        let text = serde_json::to_vec_pretty(&document).map_err(std::io::Error::other)?;
        write_atomically(&self.folder.join(ORG_FILE), &text, true)
    }

    /// What the cache holds, or `None` when it is empty, damaged or from another version.
    pub fn load(&self) -> Option<CachedOrg> {
        self.make_private();
        let text = read_regular(&self.folder.join(ORG_FILE)).ok()?;
        let document: CacheDocument = match crate::zoho::json::from_slice(&text) {
            Ok(document) => document,
            Err(err) => {
                tracing::info!("the saved organization cannot be read and is ignored: {err}");
                return None;
            }
        };
        if document.format_version != CACHE_FORMAT_VERSION {
            return None;
        }
        let org: Org = crate::zoho::json::from_value(&document.org).ok()?;
        let logo = if document.has_logo {
            let bytes = read_regular(&self.folder.join(LOGO_FILE)).ok()?;
            Some(Photo::new(bytes, document.logo_file_name))
        } else {
            None
        };
        Some(CachedOrg {
            org,
            fetched_at: UNIX_EPOCH + Duration::from_secs(document.fetched_at_unix_seconds),
            logo,
        })
    }

    /// Makes a cache an older version left readable by others owner-only (the organization's
    /// email, phone and address are in it). Only a folder that exists: loading creates nothing.
    fn make_private(&self) {
        if !self.folder.is_dir() {
            return;
        }
        let tightened = ensure_private_dir(&self.folder)
            .and_then(|()| make_private_file(&self.folder.join(ORG_FILE)))
            .and_then(|()| make_private_file(&self.folder.join(LOGO_FILE)));
        if let Err(error) = tightened {
            tracing::warn!(folder = %self.folder.display(), %error, "could not make the cache private");
        }
    }

    /// Removes everything (at sign-out: the next person at this computer sees nothing).
    pub fn clear(&self) -> std::io::Result<()> {
        remove_if_present(&self.folder.join(ORG_FILE))?;
        remove_if_present(&self.folder.join(LOGO_FILE))
    }
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho::field::Field;

    fn org() -> Org {
        serde_json::from_str(r#"{"company_name":"Zylker","id":"42","brand_new_key":[1,2]}"#)
            .unwrap()
    }

    #[test]
    fn round_trips_the_organization_and_the_exact_logo_bytes() {
        let folder = tempfile::tempdir().unwrap();
        let cache = OrgCache::new(folder.path().join("cache"));
        assert!(cache.load().is_none());
        let logo = Photo::new(b"\x89PNG\r\n\x1a\nrest".to_vec(), Some("zylker.png".into()));
        let fetched_at = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        cache
            .save(&CachedOrg {
                org: org(),
                fetched_at,
                logo: Some(logo.clone()),
            })
            .unwrap();
        let read = cache.load().unwrap();
        assert_eq!(read.org, org());
        assert_eq!(read.fetched_at, fetched_at);
        assert_eq!(read.logo, Some(logo));
        assert_eq!(read.org.company_name, Field::Value("Zylker".into()));
    }

    #[test]
    fn an_org_without_logo_removes_the_old_logo_and_clear_empties_it() {
        let folder = tempfile::tempdir().unwrap();
        let cache = OrgCache::new(folder.path());
        let logo = Photo::new(vec![1, 2, 3], None);
        cache
            .save(&CachedOrg {
                org: org(),
                fetched_at: UNIX_EPOCH,
                logo: Some(logo),
            })
            .unwrap();
        cache
            .save(&CachedOrg {
                org: org(),
                fetched_at: UNIX_EPOCH,
                logo: None,
            })
            .unwrap();
        assert!(!folder.path().join(LOGO_FILE).exists());
        assert!(cache.load().unwrap().logo.is_none());
        cache.clear().unwrap();
        assert!(cache.load().is_none());
    }

    #[test]
    fn numbers_and_deep_values_survive_the_cache() {
        let folder = tempfile::tempdir().unwrap();
        let cache = OrgCache::new(folder.path());
        let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
        let text = format!(
            r#"{{"company_name":"Zylker","big":20231177000000012345,"tiny":7.038531e-26,"license_details":{{"n":-9223372036854775809}},"deep":{deep}}}"#
        );
        let org: Org = crate::zoho::json::from_slice(text.as_bytes()).unwrap();
        cache
            .save(&CachedOrg {
                org: org.clone(),
                fetched_at: UNIX_EPOCH,
                logo: None,
            })
            .unwrap();
        let read = cache.load().expect("the cache is readable");
        assert_eq!(read.org, org);
        let saved = fs::read_to_string(folder.path().join(ORG_FILE)).unwrap();
        for number in [
            "20231177000000012345",
            "7.038531e-26",
            "-9223372036854775809",
        ] {
            assert!(saved.contains(number), "{number} in {saved}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_cache_is_private_and_an_old_open_one_is_tightened() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let folder = root.path().join("cache");
        let cache = OrgCache::new(&folder);
        let cached = CachedOrg {
            org: org(),
            fetched_at: UNIX_EPOCH,
            logo: Some(Photo::new(vec![1, 2, 3], None)),
        };
        cache.save(&cached).unwrap();
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join(ORG_FILE)), 0o600);
        assert_eq!(mode(&folder.join(LOGO_FILE)), 0o600);

        // What an older version left: 0755 and 0644. The next start (a load) tightens it.
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        for file in [ORG_FILE, LOGO_FILE] {
            fs::set_permissions(folder.join(file), fs::Permissions::from_mode(0o644)).unwrap();
        }
        assert!(cache.load().is_some());
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join(ORG_FILE)), 0o600);
        assert_eq!(mode(&folder.join(LOGO_FILE)), 0o600);
    }

    #[test]
    fn a_damaged_cache_is_ignored() {
        let folder = tempfile::tempdir().unwrap();
        fs::write(
            folder.path().join(ORG_FILE),
            b"{\"format_version\":1,\"org\":",
        )
        .unwrap();
        assert!(OrgCache::new(folder.path()).load().is_none());
    }

    #[test]
    fn the_cache_holds_no_secrets() {
        let folder = tempfile::tempdir().unwrap();
        let cache = OrgCache::new(folder.path());
        cache
            .save(&CachedOrg {
                org: org(),
                fetched_at: UNIX_EPOCH,
                logo: None,
            })
            .unwrap();
        let text = fs::read_to_string(folder.path().join(ORG_FILE)).unwrap();
        assert!(
            !text.contains("token") && !text.contains("secret"),
            "{text}"
        );
    }
}
