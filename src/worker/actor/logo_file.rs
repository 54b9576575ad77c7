//! The logo file: the clipboard, saving it, and showing the folder it went to. Each request is
//! one use case answered once; the org's snapshot says a copy or save is running meanwhile.

use std::path::{Path, PathBuf};

use super::{Event, Worker};
use crate::i18n::t;
use crate::problem::Problem;
use crate::store::write_atomically;
use crate::worker::logo::decode_full_rgba;
use crate::worker::messages::{Response, SaveOutcome, SaveTarget};
use crate::worker::platform::{Desktop, SaveChoice, default_save_folder};
use crate::zoho::Photo;
use crate::zoho::photo::safe_file_name;

impl Worker {
    /// The org's logo file, marked busy until the task ends; `None` (and the answer sent) when
    /// there is no logo to use.
    fn take_logo_turn(
        &mut self,
        org: &str,
        no_logo: fn(Problem) -> Response,
    ) -> Option<(Photo, String)> {
        let Some(entry) = self.entry_mut(org) else {
            self.outbox.send(no_logo(no_logo_problem()));
            return None;
        };
        let Some(photo) = entry.logo_file.clone() else {
            self.outbox.send(no_logo(no_logo_problem()));
            return None;
        };
        entry.logo_busy = true;
        let name = suggested_file_name(&entry.name(), &photo);
        self.publish(org);
        Some((photo, name))
    }

    pub(super) fn copy_logo(&mut self, org: &str) {
        let Some((photo, _)) =
            self.take_logo_turn(org, |problem| Response::LogoCopied(Err(problem)))
        else {
            return;
        };
        let desktop = self.config.desktop.clone();
        let events = self.events.clone();
        let org = org.to_owned();
        tokio::task::spawn_blocking(move || {
            let result = decode_full_rgba(&photo.bytes, photo.format)
                .map_err(|error| error.to_string())
                .and_then(|(width, height, rgba)| {
                    desktop.copy_image(width as usize, height as usize, rgba)
                })
                .map_err(|detail| {
                    Problem::new(t::err_clipboard_failed(), t::err_fix_clipboard_failed())
                        .with_detail(detail)
                });
            let _ = events.send(Event::LogoTaskDone {
                org,
                response: Response::LogoCopied(result),
            });
        });
    }

    /// Saves the org's logo: asks with the system dialog (or says the app must ask), or writes
    /// to the path given, asking first before replacing a file.
    pub(super) fn save_logo(&mut self, org: &str, to: SaveTarget) {
        let Some((photo, name)) =
            self.take_logo_turn(org, |problem| Response::LogoSaved(Err(problem)))
        else {
            return;
        };
        let desktop = self.config.desktop.clone();
        let events = self.events.clone();
        let org = org.to_owned();
        tokio::task::spawn_blocking(move || {
            let dialog = SaveDialog {
                title: t::ui_save_logo_title().text(),
                folder: default_save_folder(),
                name,
            };
            let outcome = save_file(desktop.as_ref(), dialog, to, |path| {
                write_logo(&photo, path)
            });
            let _ = events.send(Event::LogoTaskDone {
                org,
                response: Response::LogoSaved(outcome),
            });
        });
    }

    pub(super) fn open_folder(&self, path: &Path) {
        let folder = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        };
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let result = desktop.open_folder(&folder).map_err(|detail| {
                Problem::new(
                    t::err_folder_not_opened(folder.display().to_string()),
                    t::err_fix_folder_not_opened(),
                )
                .with_detail(detail)
            });
            outbox.send(Response::FolderOpened(result));
        });
    }
}

/// What the system's save dialog opens with.
pub(super) struct SaveDialog {
    /// The dialog's title, e.g. "Save logo".
    pub title: String,
    /// The folder it starts in.
    pub folder: PathBuf,
    /// The file name it suggests (also used inside a folder given as the target).
    pub name: String,
}

/// Saves a file where `to` says, the one way every save of the app goes: asks with the system
/// dialog (or says the app must ask in its own), or takes the path given, asking first before
/// replacing a file. `write` runs only once the place is settled. Blocks: call it off the loop.
pub(super) fn save_file(
    desktop: &dyn Desktop,
    dialog: SaveDialog,
    to: SaveTarget,
    write: impl FnOnce(&Path) -> Result<SaveOutcome, Problem>,
) -> Result<SaveOutcome, Problem> {
    match to {
        SaveTarget::Ask => {
            match desktop.choose_save_path(&dialog.title, &dialog.folder, &dialog.name) {
                SaveChoice::Chosen(path) => write(&path),
                SaveChoice::Cancelled => Ok(SaveOutcome::Cancelled),
                SaveChoice::Unavailable => {
                    Ok(SaveOutcome::NeedsPath(dialog.folder.join(dialog.name)))
                }
            }
        }
        SaveTarget::Path { path, replace } => {
            let path = if path.is_dir() {
                path.join(dialog.name)
            } else {
                path
            };
            if path.exists() && !replace {
                Ok(SaveOutcome::Exists(path))
            } else {
                write(&path)
            }
        }
    }
}

/// `<company> logo.<ext>`, made safe for a file name.
fn suggested_file_name(company: &str, photo: &Photo) -> String {
    safe_file_name(&format!("{company} logo.{}", photo.format.extension()))
        .unwrap_or_else(|| format!("{}.{}", t::org_logo_alt().text(), photo.format.extension()))
}

fn write_logo(photo: &Photo, path: &Path) -> Result<SaveOutcome, Problem> {
    match write_atomically(path, &photo.bytes, false) {
        Ok(()) => Ok(SaveOutcome::Saved(path.to_path_buf())),
        Err(error) => Err(Problem::new(
            t::err_logo_not_saved(path.display().to_string()),
            t::err_fix_logo_not_saved(),
        )
        .with_detail(error.to_string())),
    }
}

fn no_logo_problem() -> Problem {
    Problem::new(t::err_no_logo(), t::err_fix_no_logo())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggested_name_is_the_company_and_the_real_format() {
        let png = Photo::new(b"\x89PNG\r\n\x1a\nrest".to_vec(), Some("x.jpg".into()));
        assert_eq!(
            suggested_file_name("Zylker Traders", &png),
            "Zylker Traders logo.png"
        );
    }
}
