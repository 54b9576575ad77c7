//! Writing a file so that readers see either the old content or the new, never a mix.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::private::ensure_private_dir;

/// How every temporary file of this app ends, so a later save can tell its own leftovers
/// (from a save cut short by a crash or `kill -9`) from anyone else's files.
pub const TEMP_SUFFIX: &str = ".zoho-org-viewer.tmp";

/// How old a leftover temporary file must be before a save removes it: far longer than any
/// save takes, so a save running at the same moment in another window keeps its file.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);

/// Longest stretch of the target's name reused in the temporary file's name, so a long target
/// name cannot push the temporary name past the file system's limit.
const MAX_NAME_IN_TEMP: usize = 64;

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk and
/// then renamed over `path`.
///
/// On failure `path` is untouched and no temporary file is left behind. Missing parent folders
/// are created. With `private`, the file is readable only by its owner from the moment it is
/// created (mode 0600 on Unix) and new folders get mode 0700; otherwise an existing file's
/// permissions are kept and a new one gets the usual ones.
pub fn write_atomically(path: &Path, bytes: &[u8], private: bool) -> io::Result<()> {
    let file_name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", path.display()),
        )
    })?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    create_folder(folder, private)?;
    remove_stale_temporaries(folder, SystemTime::now());

    let prefix = format!(".{}.", shorten(&file_name.to_string_lossy()));
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The mode is applied when the file is created (and still filtered by the umask), so a
        // private file is never readable by others, not even for a moment.
        let mode = if private {
            0o600
        } else {
            fs::metadata(path).map_or(0o666, |existing| existing.permissions().mode() & 0o7777)
        };
        builder.permissions(fs::Permissions::from_mode(mode));
    }
    // Dropping `temporary` on any early return deletes it, so failures leave nothing behind.
    let mut temporary = builder.tempfile_in(folder)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|failure| failure.error)?;
    sync_folder(folder);
    Ok(())
}

/// Creates `folder` and its missing parents, readable only by their owner.
pub(crate) fn create_private_folder(folder: &Path) -> io::Result<()> {
    create_folder(folder, true)
}

/// Creates `folder` and its missing parents; when `private`, the folder is owner-only, even
/// one that already existed.
fn create_folder(folder: &Path, private: bool) -> io::Result<()> {
    if private {
        ensure_private_dir(folder)
    } else {
        fs::create_dir_all(folder)
    }
}

/// Removes this app's temporary files in `folder` that are older than [`STALE_AFTER`]: what a
/// save that never finished left behind. Failing to remove one is no reason to fail a save.
fn remove_stale_temporaries(folder: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with('.') && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: only a regular file of ours goes.
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let stale = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if metadata.is_file() && stale {
            match fs::remove_file(entry.path()) {
                Ok(()) => {
                    tracing::info!(file = %entry.path().display(), "removed a leftover from an unfinished save");
                }
                Err(error) => {
                    tracing::debug!(file = %entry.path().display(), %error, "could not remove a leftover temporary file");
                }
            }
        }
    }
}

/// Makes the rename itself durable. The new content is already in place when this runs, so a
/// failure here is not worth reporting as a failed write.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Err(error) = fs::File::open(folder).and_then(|handle| handle.sync_all()) {
        tracing::debug!(folder = %folder.display(), %error, "could not flush the folder after a rename");
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// The first `MAX_NAME_IN_TEMP` bytes of `name`, cut at a character boundary.
fn shorten(name: &str) -> &str {
    if name.len() <= MAX_NAME_IN_TEMP {
        return name;
    }
    let mut end = MAX_NAME_IN_TEMP;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_at_a_character_boundary() {
        let long = "é".repeat(40); // 80 bytes
        let short = shorten(&long);
        assert!(short.len() <= MAX_NAME_IN_TEMP);
        assert_eq!(short, "é".repeat(32));
        assert_eq!(shorten("logo.png"), "logo.png");
    }

    #[test]
    fn replaces_existing_content_whole() {
        let folder = tempfile::tempdir().unwrap();
        let target = folder.path().join("a.txt");
        write_atomically(&target, b"first version, rather long", false).unwrap();
        write_atomically(&target, b"second", false).unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"second");
    }

    #[test]
    fn leftovers_of_unfinished_saves_are_removed_by_the_next_save() {
        let folder = tempfile::tempdir().unwrap();
        let path = |name: &str| folder.path().join(name);
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        let write = |name: &str, modified: SystemTime| {
            let file = fs::File::create(path(name)).unwrap();
            file.set_modified(modified).unwrap();
        };
        write(&format!(".logo.png.a1B2c3{TEMP_SUFFIX}"), old);
        write(&format!(".organization.json.x9Y8z7{TEMP_SUFFIX}"), old);
        // A save running right now elsewhere, and files that are not ours.
        write(&format!(".logo.png.fresh1{TEMP_SUFFIX}"), SystemTime::now());
        write(".other-app.tmp", old);
        write(&format!("visible{TEMP_SUFFIX}"), old);

        write_atomically(&path("logo.png"), b"png", false).unwrap();

        let mut left: Vec<String> = fs::read_dir(folder.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".logo.png.fresh1.zoho-org-viewer.tmp".to_owned(),
                ".other-app.tmp".to_owned(),
                "logo.png".to_owned(),
                "visible.zoho-org-viewer.tmp".to_owned(),
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_private_write_makes_an_existing_wide_folder_private() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let folder = root.path().join("config");
        fs::create_dir(&folder).unwrap();
        fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
        write_atomically(&folder.join("credentials.json"), b"{}", true).unwrap();
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folder.join("credentials.json")), 0o600);
    }

    #[test]
    fn refuses_a_path_without_a_file_name() {
        let error = write_atomically(Path::new("/"), b"x", true).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
    }
}
