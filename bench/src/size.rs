//! Measurement 6, size: the release binary stripped (a stripped copy; the build is left as it is)
//! against the minimal eframe window stripped the same way, and the Linux installer packages found
//! in the usual output folders against the binary they carry.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use crate::error::{HarnessError, Result};
use crate::report::{Row, Section, Unit};
use crate::startup::Binaries;
use crate::stats::{Samples, Summary, mib};

/// Where packaging tools leave Linux packages, relative to the workspace: (folder, file endings).
const PACKAGE_FOLDERS: [&str; 4] = [
    "target/debian",
    "target/release/bundle",
    "target/packager",
    "target/appimage",
];

/// Package file endings worth reporting.
const PACKAGE_ENDINGS: [&str; 4] = [".deb", ".rpm", ".AppImage", ".tar.gz"];

fn once(value: f64) -> Option<Summary> {
    [value].into_iter().collect::<Samples>().summary()
}

/// Runs measurement 6; `workspace` is where `target/` is, `scratch` a folder for stripped copies.
pub fn measure(binaries: &Binaries<'_>, workspace: &Path, scratch: &Path) -> Section {
    let mut section = Section::default();
    let what = "Release binary, stripped";
    let (app, minimal) = match (
        stripped_size(binaries.app, scratch),
        stripped_size(binaries.minimal, scratch),
    ) {
        (Ok(app), Ok(minimal)) => (app, minimal),
        (Err(error), _) | (_, Err(error)) => {
            section
                .rows
                .push(Row::not_measured("6a", what, Unit::Mb, error.to_string()));
            return section;
        }
    };
    section.rows.push(
        Row::new("6a", what, Unit::Mb, once(mib(app)), "")
            .against("minimal eframe window, stripped", once(mib(minimal))),
    );
    // A package older than the binary carries an older build: weighing it would mislead.
    let built = std::fs::metadata(binaries.app)
        .and_then(|metadata| metadata.modified())
        .ok();
    let (packages, stale): (Vec<_>, Vec<_>) = find_packages(workspace)
        .into_iter()
        .partition(|(_, _, modified)| built.is_none_or(|built| *modified >= built));
    for (path, _, _) in &stale {
        section.details.push(format!(
            "6: {} is older than the release binary, so it was not weighed; `scripts/package` builds a current one.",
            path.display()
        ));
    }
    let packages: Vec<(PathBuf, u64)> = packages
        .into_iter()
        .map(|(path, size, _)| (path, size))
        .collect();
    if packages.is_empty() && stale.is_empty() {
        // Packaging is not the harness's job; without a package there is nothing to weigh.
        section.details.push(
            "6: no installer package was found in target/debian, target/release/bundle, target/packager or target/appimage; `scripts/package` builds the .deb.".to_owned(),
        );
    }
    for (index, (path, bytes)) in packages.into_iter().enumerate() {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        section.rows.push(
            Row::new(
                &format!("6{}", char::from(b'b' + (index as u8).min(20))),
                format!("Installer package {name}"),
                Unit::Mb,
                once(mib(bytes)),
                "",
            )
            .against("the stripped binary it carries", once(mib(app))),
        );
    }
    section
}

/// The size of a stripped copy of `binary`.
fn stripped_size(binary: &Path, scratch: &Path) -> Result<u64> {
    if !binary.exists() {
        return Err(HarnessError::MissingBinary(binary.to_path_buf()));
    }
    let name = binary
        .file_name()
        .ok_or_else(|| HarnessError::Setup(format!("{} has no file name", binary.display())))?;
    let copy = scratch.join(name);
    std::fs::copy(binary, &copy)
        .map_err(HarnessError::io(format!("copying {}", binary.display())))?;
    let status = Command::new("strip")
        .arg(&copy)
        .status()
        .map_err(HarnessError::io("running strip (binutils)"))?;
    if !status.success() {
        return Err(HarnessError::Setup(format!(
            "strip failed on {}",
            copy.display()
        )));
    }
    let size = std::fs::metadata(&copy)
        .map_err(HarnessError::io(format!(
            "reading the size of {}",
            copy.display()
        )))?
        .len();
    Ok(size)
}

/// Linux packages under the usual output folders, newest first: path, size, when written.
fn find_packages(workspace: &Path) -> Vec<(PathBuf, u64, SystemTime)> {
    let mut found = Vec::new();
    for folder in PACKAGE_FOLDERS {
        collect(&workspace.join(folder), 3, &mut found);
    }
    found.sort_by_key(|(_, _, modified)| std::cmp::Reverse(*modified));
    found
}

fn collect(folder: &Path, depth: u32, found: &mut Vec<(PathBuf, u64, SystemTime)>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        if metadata.is_dir() && depth > 0 {
            collect(&path, depth - 1, found);
        } else if metadata.is_file()
            && PACKAGE_ENDINGS
                .iter()
                .any(|ending| path.to_string_lossy().ends_with(ending))
        {
            let modified = metadata.modified().unwrap_or(std::time::UNIX_EPOCH);
            found.push((path, metadata.len(), modified));
        }
    }
}
