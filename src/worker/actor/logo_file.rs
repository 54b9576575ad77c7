//! The logo file: the clipboard, saving it, and showing the folder it went to.

use std::path::{Path, PathBuf};

use super::Worker;
use crate::problem::Problem;
use crate::store::write_atomically;
use crate::worker::Response;
use crate::worker::logo::decode_full_rgba;
use crate::worker::platform::{SaveChoice, default_save_folder};
use crate::zoho::Photo;
use crate::zoho::photo::safe_file_name;

impl Worker {
    pub(super) fn copy_logo(&self) {
        let Some(photo) = self.logo.clone() else {
            self.outbox.send(Response::Problem(no_logo_problem()));
            return;
        };
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let result = decode_full_rgba(&photo.bytes, photo.format)
                .map_err(|error| error.to_string())
                .and_then(|(width, height, rgba)| {
                    desktop.copy_image(width as usize, height as usize, rgba)
                });
            outbox.send(match result {
                Ok(()) => Response::LogoCopied,
                Err(detail) => Response::Problem(
                    Problem::new(
                        "The logo could not be put on the clipboard.",
                        "Try again, or save the logo to a file instead.",
                    )
                    .with_detail(detail),
                ),
            });
        });
    }

    pub(super) fn suggested_file_name(&self, photo: &Photo) -> String {
        let company = self.org_name.as_deref().unwrap_or("Organization");
        safe_file_name(&format!("{company} logo.{}", photo.format.extension()))
            .unwrap_or_else(|| format!("Organization logo.{}", photo.format.extension()))
    }

    pub(super) fn save_logo(&self) {
        let Some(photo) = self.logo.clone() else {
            self.outbox.send(Response::Problem(no_logo_problem()));
            return;
        };
        let name = self.suggested_file_name(&photo);
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let folder = default_save_folder();
            match desktop.choose_save_path(&folder, &name) {
                SaveChoice::Chosen(path) => outbox.send(write_logo(&photo, &path)),
                SaveChoice::Cancelled => outbox.send(Response::SaveCancelled),
                SaveChoice::Unavailable => outbox.send(Response::AskSavePath(folder.join(name))),
            }
        });
    }

    pub(super) fn save_logo_to(&self, path: PathBuf, replace: bool) {
        let Some(photo) = self.logo.clone() else {
            self.outbox.send(Response::Problem(no_logo_problem()));
            return;
        };
        let name = self.suggested_file_name(&photo);
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let path = if path.is_dir() { path.join(name) } else { path };
            if path.exists() && !replace {
                outbox.send(Response::AskReplace(path));
            } else {
                outbox.send(write_logo(&photo, &path));
            }
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
            if let Err(detail) = desktop.open_folder(&folder) {
                outbox.send(Response::Problem(
                    Problem::new(
                        format!("The folder {} could not be opened.", folder.display()),
                        "Open it from your file manager.",
                    )
                    .with_detail(detail),
                ));
            }
        });
    }
}

fn write_logo(photo: &Photo, path: &Path) -> Response {
    match write_atomically(path, &photo.bytes, false) {
        Ok(()) => Response::LogoSaved(path.to_path_buf()),
        Err(error) => Response::Problem(
            Problem::new(
                format!("The logo could not be saved to {}.", path.display()),
                "Choose another folder and try again.",
            )
            .with_detail(error.to_string()),
        ),
    }
}

fn no_logo_problem() -> Problem {
    Problem::new(
        "There is no logo to use.",
        "Refresh to fetch the organization's logo.",
    )
}
