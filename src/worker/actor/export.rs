//! *Export…*: the org card as a PDF or Zoho's JSON, saved where the person says. The PDF is
//! built on the blocking pool, after the place is settled, and the request is answered once.

use std::path::Path;

use super::Worker;
use super::logo_file::{SaveDialog, save_file};
use crate::export::{ExportFormat, pdf};
use crate::i18n::{Lang, t};
use crate::problem::Problem;
use crate::store::write_atomically;
use crate::worker::messages::{OrgData, Response, SaveOutcome, SaveTarget};
use crate::worker::platform::default_document_folder;
use crate::zoho::Photo;

impl Worker {
    /// Exports the org's data as `format` to where `to` says.
    /// The PDF's labels and the dialog's title are in `lang`.
    pub(super) fn export(&mut self, org: &str, format: ExportFormat, to: SaveTarget, lang: Lang) {
        let Some((data, logo, name)) = self.entry(org).and_then(|entry| {
            let data = entry.data.clone()?;
            Some((data, entry.logo_file.clone(), entry.name()))
        }) else {
            self.outbox.send(Response::Exported(
                format,
                Err(Problem::new(
                    t::org_export_nothing(),
                    t::org_export_nothing_resolution(),
                )),
            ));
            return;
        };
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let dialog = SaveDialog {
                title: match format {
                    ExportFormat::Pdf => t::org_export_pdf_dialog(),
                    ExportFormat::Json => t::org_export_json_dialog(),
                }
                .text_in(lang),
                folder: default_document_folder(),
                name: format.suggested_file_name(&name, lang),
            };
            let outcome = save_file(desktop.as_ref(), dialog, to, |path| {
                write_export(&data, logo.as_ref(), format, path, lang)
            });
            outbox.send(Response::Exported(format, outcome));
        });
    }
}

/// Builds the file and writes it whole (atomically: no half-written PDF is ever left behind).
fn write_export(
    data: &OrgData,
    logo: Option<&Photo>,
    format: ExportFormat,
    path: &Path,
    lang: Lang,
) -> Result<SaveOutcome, Problem> {
    let bytes = match format {
        ExportFormat::Json => format!("{}\n", data.json).into_bytes(),
        ExportFormat::Pdf => pdf::build(data, logo, lang).map_err(|error| {
            Problem::new(
                t::org_export_pdf_failed(),
                t::org_export_pdf_failed_resolution(),
            )
            .with_detail(error.to_string())
        })?,
    };
    write_atomically(path, &bytes, false).map_err(|error| {
        Problem::new(
            t::org_export_not_saved(path.display().to_string()),
            t::org_export_not_saved_resolution(),
        )
        .with_detail(error.to_string())
    })?;
    Ok(SaveOutcome::Saved(path.to_path_buf()))
}
