//! *Export…* on the overview: every org's row as CSV, saved the way every file of the app is
//! (system dialog or the app's own, never a silent overwrite), answered once.

use std::time::SystemTime;

use super::Worker;
use super::logo_file::{SaveDialog, save_file};
use crate::i18n::t;
use crate::overview::{OverviewRow, csv};
use crate::problem::Problem;
use crate::store::write_atomically;
use crate::worker::messages::{Response, SaveOutcome, SaveTarget};
use crate::worker::platform::default_document_folder;

/// The file name the save dialog suggests.
const FILE_NAME: &str = "Zoho organizations.csv";

impl Worker {
    /// Writes the overview of every signed-in org, in the list's order, to where `to` says.
    pub(super) fn export_overview(&mut self, to: SaveTarget) {
        let now = SystemTime::now();
        let rows: Vec<OverviewRow> = self
            .profile
            .orgs
            .iter()
            .map(|entry| {
                let snapshot = entry.snapshot();
                OverviewRow::new(&entry.signed_in, Some(&snapshot), now)
            })
            .collect();
        if rows.is_empty() {
            self.outbox
                .send(Response::OverviewExported(Err(Problem::new(
                    t::err_no_org_to_export(),
                    t::err_fix_no_org_to_export(),
                ))));
            return;
        }
        let text = csv(&rows);
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let dialog = SaveDialog {
                title: "Export overview as CSV",
                folder: default_document_folder(),
                name: FILE_NAME.to_owned(),
            };
            let outcome = save_file(desktop.as_ref(), dialog, to, |path| {
                write_atomically(path, text.as_bytes(), false)
                    .map(|()| SaveOutcome::Saved(path.to_path_buf()))
                    .map_err(|error| {
                        Problem::new(
                            t::err_overview_not_saved(path.display().to_string()),
                            t::err_fix_logo_not_saved(),
                        )
                        .with_detail(error.to_string())
                    })
            });
            outbox.send(Response::OverviewExported(outcome));
        });
    }
}
