//! Writing a file so that readers see either the old content or the new, never a mix.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

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

    let prefix = format!(".{}.", shorten(&file_name.to_string_lossy()));
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The mode is applied when the file is created (and still filtered by the umask), so a
        // private file is never readable by others, not even for a moment.
        let mode = if private {
            0o600
        } else {
            fs::metadata(path)
                .map(|existing| existing.permissions().mode() & 0o7777)
                .unwrap_or(0o666)
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

/// Creates `folder` and its missing parents, new ones readable only by their owner.
pub(crate) fn create_private_folder(folder: &Path) -> io::Result<()> {
    create_folder(folder, true)
}

/// Creates `folder` and its missing parents; new ones are owner-only when `private`.
fn create_folder(folder: &Path, private: bool) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    #[cfg(not(unix))]
    let _ = private;
    builder.create(folder)
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
    fn refuses_a_path_without_a_file_name() {
        let error = write_atomically(Path::new("/"), b"x", true).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
    }
}
