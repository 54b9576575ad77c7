//! Copies of each org's logo as it was before the app changed it, in the data folder (data worth
//! keeping, not a cache): `orgs/<org id>/logo-backups/logo-<UTC date>-<time>Z.<ext>`, the bytes
//! exactly as Zoho served them, readable by their owner only. Every call touches files, so
//! make them off the UI thread.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};

use super::atomic::write_atomically;
use super::org_index::safe_name;
use super::paths::AppPaths;
use super::private::{OpenError, read_regular};
use crate::zoho::PhotoFormat;

/// The folder of one org's backups, inside its folder.
const BACKUPS_FOLDER: &str = "logo-backups";

/// How a backup's name starts.
const PREFIX: &str = "logo-";

/// The time in a backup's name: sortable, and without the colons Windows refuses.
const TIME_FORMAT: &str = "%Y%m%d-%H%M%SZ";

/// Where the logo backups of every org are kept. Cheap to clone.
#[derive(Debug, Clone)]
pub struct LogoBackups {
    data_dir: PathBuf,
}

/// One saved logo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoBackup {
    /// The org it was the logo of.
    pub org_id: String,
    /// The file.
    pub path: PathBuf,
    /// When it was saved (to the second).
    pub taken: DateTime<Utc>,
    /// 1 for the first backup saved in its second, 2 for the next, and so on.
    pub sequence: u32,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its format, from the bytes when it was saved.
    pub format: PhotoFormat,
}

impl LogoBackups {
    /// The backups below `paths`' data folder.
    pub fn new(paths: &AppPaths) -> LogoBackups {
        LogoBackups {
            data_dir: paths.data_dir.clone(),
        }
    }

    /// The folder of `org_id`'s backups.
    pub fn folder(&self, org_id: &str) -> PathBuf {
        self.data_dir
            .join("orgs")
            .join(safe_name(org_id))
            .join(BACKUPS_FOLDER)
    }

    /// Saves `bytes` as `org_id`'s logo at `taken`, flushed to disk before this returns. Two
    /// backups in the same second get distinct names.
    pub fn save(&self, org_id: &str, bytes: &[u8], taken: DateTime<Utc>) -> io::Result<LogoBackup> {
        let format = PhotoFormat::sniff(bytes);
        let folder = self.folder(org_id);
        let stem = format!("{PREFIX}{}", taken.format(TIME_FORMAT));
        let taken_here = self.list(org_id)?;
        let sequence = taken_here
            .iter()
            .filter(|backup| backup.taken == parse_taken(&stem).unwrap_or(taken))
            .map(|backup| backup.sequence)
            .max()
            .map_or(1, |last| last + 1);
        let name = if sequence == 1 {
            format!("{stem}.{}", format.extension())
        } else {
            format!("{stem}-{sequence}.{}", format.extension())
        };
        let path = folder.join(name);
        write_atomically(&path, bytes, true)?;
        Ok(LogoBackup {
            org_id: org_id.to_owned(),
            path,
            taken: parse_taken(&stem).unwrap_or(taken),
            sequence,
            bytes: bytes.len() as u64,
            format,
        })
    }

    /// `org_id`'s backups, newest first; none when the folder does not exist.
    pub fn list(&self, org_id: &str) -> io::Result<Vec<LogoBackup>> {
        let folder = self.folder(org_id);
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(error),
        };
        let mut backups: Vec<LogoBackup> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| backup_of(org_id, &entry.path()))
            .collect();
        backups.sort_by_key(|backup| std::cmp::Reverse((backup.taken, backup.sequence)));
        Ok(backups)
    }

    /// The bytes of a backup.
    pub fn read(&self, backup: &LogoBackup) -> Result<Vec<u8>, OpenError> {
        read_regular(&backup.path)
    }
}

/// The backup a file is, when its name is one of ours and it is a regular file.
fn backup_of(org_id: &str, path: &Path) -> Option<LogoBackup> {
    let name = path.file_name()?.to_str()?;
    let (stem, extension) = name.rsplit_once('.')?;
    // "logo-20261202-025900Z" or "logo-20261202-025900Z-2".
    let time_part = stem.get(..PREFIX.len() + 16)?;
    let taken = parse_taken(time_part)?;
    let sequence = match &stem[time_part.len()..] {
        "" => 1,
        suffix => suffix.strip_prefix('-')?.parse().ok()?,
    };
    let metadata = fs::symlink_metadata(path).ok()?;
    if !metadata.is_file() {
        return None;
    }
    let format = [
        PhotoFormat::Png,
        PhotoFormat::Jpeg,
        PhotoFormat::Gif,
        PhotoFormat::Webp,
        PhotoFormat::Bmp,
        PhotoFormat::Tiff,
        PhotoFormat::Svg,
    ]
    .into_iter()
    .find(|format| format.extension() == extension)
    .unwrap_or(PhotoFormat::Unknown);
    Some(LogoBackup {
        org_id: org_id.to_owned(),
        path: path.to_path_buf(),
        taken,
        sequence,
        bytes: metadata.len(),
        format,
    })
}

fn parse_taken(stem: &str) -> Option<DateTime<Utc>> {
    let time = stem.strip_prefix(PREFIX)?;
    NaiveDateTime::parse_from_str(time, TIME_FORMAT)
        .ok()
        .map(|naive| naive.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn backups_are_private_listed_newest_first_and_read_back() {
        let root = tempfile::tempdir().unwrap();
        let backups = LogoBackups::new(&AppPaths::under(root.path()));
        assert!(backups.list("42").unwrap().is_empty());
        let png = b"\x89PNG\r\n\x1a\nfirst".to_vec();
        let at = Utc.with_ymd_and_hms(2026, 12, 2, 2, 59, 0).unwrap();
        let first = backups.save("42", &png, at).unwrap();
        let second = backups.save("42", b"\xff\xd8\xffsecond", at).unwrap();
        let later = backups
            .save("42", &png, at + chrono::Duration::hours(1))
            .unwrap();
        assert_eq!(
            first.path,
            root.path()
                .join("data/orgs/42/logo-backups/logo-20261202-025900Z.png")
        );
        assert!(second.path.ends_with("logo-20261202-025900Z-2.jpg"));
        let listed = backups.list("42").unwrap();
        assert_eq!(listed, vec![later, second, first.clone()]);
        assert_eq!(backups.read(&first).unwrap(), png);
        assert_eq!(first.format, PhotoFormat::Png);
        assert!(backups.list("43").unwrap().is_empty(), "per org");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&first.path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
