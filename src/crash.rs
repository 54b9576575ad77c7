//! What happens when the app meets a bug: a release build stops at once (`panic = "abort"`), so
//! before it does, a short report is written where the next start finds it and tells the person,
//! once, where it is; a terminal also sees it on stderr.
//!
//! The report holds the panic message and where in the code it happened, the time and the
//! version: no tokens (the app never puts one into a panic message) and no organization data.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::Local;

/// The report a crash leaves, in the app's data folder.
pub const REPORT_FILE_NAME: &str = "crash-report.txt";

/// The report once it has been mentioned, kept for a support ticket.
pub const MENTIONED_REPORT_FILE_NAME: &str = "crash-report.previous.txt";

/// Writes a report into `data_dir` for any panic from now on, then lets the default hook print
/// its message as usual.
pub fn install_report(data_dir: PathBuf) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unexpected internal error".to_owned());
        let location = info
            .location()
            .map(|place| format!("{}:{}", place.file(), place.line()));
        match write_report(&data_dir, &message, location.as_deref()) {
            Ok(path) => eprintln!(
                "{}",
                crate::i18n::t::err_crash_reported(path.display().to_string())
            ),
            Err(error) => eprintln!(
                "{}",
                crate::i18n::t::err_crash_unreported(error.to_string())
            ),
        }
        previous(info);
    }));
}

/// Writes the report for one panic and returns where it went.
pub fn write_report(
    data_dir: &Path,
    message: &str,
    location: Option<&str>,
) -> std::io::Result<PathBuf> {
    crate::store::ensure_private_dir(data_dir)?;
    let path = data_dir.join(REPORT_FILE_NAME);
    let mut file = fs::File::create(&path)?;
    writeln!(
        file,
        "Org Viewer for Zoho CRM {} stopped because of an internal error.",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        file,
        "Time: {}",
        Local::now().format("%Y-%m-%d %H:%M:%S %:z")
    )?;
    writeln!(file, "Error: {message}")?;
    writeln!(file, "Where: {}", location.unwrap_or("unknown"))?;
    writeln!(
        file,
        "System: {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )?;
    file.sync_all()?;
    Ok(path)
}

/// If the last run crashed, a sentence telling the person where the report is; the report is
/// renamed so the next start does not say it again.
pub fn mention_last_crash(data_dir: &Path) -> Option<crate::i18n::Msg> {
    let report = data_dir.join(REPORT_FILE_NAME);
    if !report.is_file() {
        return None;
    }
    let kept = data_dir.join(MENTIONED_REPORT_FILE_NAME);
    let shown = match fs::rename(&report, &kept) {
        Ok(()) => kept,
        // Could not rename: still say it, from where it is.
        Err(_) => report,
    };
    Some(crate::i18n::t::err_crash_last_time(
        shown.display().to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crash_is_reported_once_on_the_next_start() {
        let folder = tempfile::tempdir().unwrap();
        let data = folder.path().join("data");
        assert_eq!(mention_last_crash(&data), None);
        let path = write_report(&data, "index out of bounds", Some("src/ui/app.rs:42")).unwrap();
        let report = fs::read_to_string(&path).unwrap();
        assert!(report.contains("Error: index out of bounds\n"), "{report}");
        assert!(report.contains("Where: src/ui/app.rs:42\n"), "{report}");
        assert!(report.contains(env!("CARGO_PKG_VERSION")));

        let notice = mention_last_crash(&data).expect("mentioned").text();
        assert!(notice.contains(MENTIONED_REPORT_FILE_NAME), "{notice}");
        assert!(
            data.join(MENTIONED_REPORT_FILE_NAME).is_file(),
            "kept for a support ticket"
        );
        assert_eq!(mention_last_crash(&data), None, "said once");
    }
}
