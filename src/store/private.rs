//! The app's own folders and files, readable by their owner only, and opened only when they are
//! what the app wrote: a regular file, not a link to somewhere else or a pipe that never ends.
//!
//! The cache holds the organization's email, phone, address, IDs and licence, and the config
//! folder the credential file, so on Unix folders are 0700 and files 0600, and ones an older
//! version left 0755/0644 are tightened when the app next uses them.

use std::fs;
use std::io;
use std::path::Path;

/// Why one of the app's files was not opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// A symbolic link: following it could read, or later change the mode of, another file.
    #[error("it is a symbolic link, which Org Viewer does not follow")]
    SymbolicLink,
    /// A folder, a named pipe, a device: reading a pipe would wait forever.
    #[error("it is not a regular file (a folder, a named pipe or a device)")]
    NotAFile,
    /// The operating system refused.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Creates `folder` and its missing parents, the new ones owner-only, and makes `folder` itself
/// owner-only if it already existed with wider permissions. Parents that exist are not ours and
/// are left alone.
pub fn ensure_private_dir(folder: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        builder.mode(0o700);
        builder.create(folder)?;
        let metadata = fs::symlink_metadata(folder)?;
        if metadata.is_dir() && metadata.permissions().mode() & 0o077 != 0 {
            fs::set_permissions(folder, fs::Permissions::from_mode(0o700))?;
        }
        Ok(())
    }
    #[cfg(not(unix))]
    builder.create(folder)
}

/// Makes an existing regular file owner-only (0600 on Unix); an absent one is fine.
pub fn make_private_file(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let metadata = match fs::symlink_metadata(path) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(error) => return Err(error),
        };
        // Not through a link: `set_permissions` would change its target.
        if metadata.is_file() && metadata.permissions().mode() & 0o077 != 0 {
            fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Opens `path` for reading when it is a regular file, without following a symbolic link
/// (`O_NOFOLLOW`) and without waiting on a named pipe (`O_NONBLOCK`, which changes nothing for
/// a regular file).
pub fn open_regular(path: &Path) -> Result<fs::File, OpenError> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        #[cfg(unix)]
        Err(error) if error.raw_os_error() == Some(libc::ELOOP) => {
            return Err(OpenError::SymbolicLink);
        }
        Err(error) => return Err(error.into()),
    };
    if !file.metadata()?.is_file() {
        return Err(OpenError::NotAFile);
    }
    Ok(file)
}

/// Reads a whole regular file (see [`open_regular`]).
pub fn read_regular(path: &Path) -> Result<Vec<u8>, OpenError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    open_regular(path)?.read_to_end(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_are_private_and_old_wide_ones_are_tightened() {
        let root = tempfile::tempdir().unwrap();
        let fresh = root.path().join("a/b");
        ensure_private_dir(&fresh).unwrap();
        assert_eq!(mode(&fresh), 0o700);
        assert_eq!(mode(&root.path().join("a")), 0o700);

        let old = root.path().join("old");
        fs::create_dir(&old).unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o755)).unwrap();
        ensure_private_dir(&old).unwrap();
        assert_eq!(mode(&old), 0o700);
    }

    #[test]
    fn files_are_tightened_but_not_through_a_link() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("organization.json");
        fs::write(&file, "{}").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        make_private_file(&file).unwrap();
        assert_eq!(mode(&file), 0o600);

        let target = root.path().join("target");
        fs::write(&target, "x").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        let link = root.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        make_private_file(&link).unwrap();
        assert_eq!(mode(&target), 0o644, "the link's target is not ours");
        make_private_file(&root.path().join("absent")).unwrap();
    }

    #[test]
    fn only_regular_files_are_opened() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("credentials.json");
        fs::write(&file, "{}").unwrap();
        assert_eq!(read_regular(&file).unwrap(), b"{}");

        let link = root.path().join("link.json");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(matches!(open_regular(&link), Err(OpenError::SymbolicLink)));

        let fifo = root.path().join("fifo.json");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        // Would block forever without O_NONBLOCK and the file-type check.
        assert!(matches!(open_regular(&fifo), Err(OpenError::NotAFile)));
        assert!(matches!(
            open_regular(root.path()),
            Err(OpenError::NotAFile)
        ));
        assert!(matches!(
            open_regular(&root.path().join("absent")),
            Err(OpenError::Io(error)) if error.kind() == io::ErrorKind::NotFound
        ));
    }
}
