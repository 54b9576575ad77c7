//! *Export…*: the org card as a PDF or Zoho's JSON, saved where the person says. The PDF is
//! built on the blocking pool, after the place is settled, and the request is answered once.

use std::path::Path;

use super::Worker;
use super::logo_file::{SaveDialog, save_file};
use crate::export::{ExportFormat, pdf};
use crate::i18n::t;
use crate::problem::Problem;
use crate::store::write_atomically;
use crate::worker::messages::{OrgData, Response, SaveOutcome, SaveTarget};
use crate::worker::platform::default_document_folder;
use crate::zoho::Photo;

impl Worker {
    /// Exports the org's data as `format` to where `to` says.
    pub(super) fn export(&mut self, org: &str, format: ExportFormat, to: SaveTarget) {
        let Some((data, logo, name)) = self.entry(org).and_then(|entry| {
            let data = entry.data.clone()?;
            Some((data, entry.logo_file.clone(), entry.name()))
        }) else {
            self.outbox.send(Response::Exported(
                format,
                Err(Problem::new(
                    t::err_nothing_to_export(),
                    t::err_fix_nothing_to_export(),
                )),
            ));
            return;
        };
        let desktop = self.config.desktop.clone();
        let outbox = self.outbox.clone();
        tokio::task::spawn_blocking(move || {
            let dialog = SaveDialog {
                title: match format {
                    ExportFormat::Pdf => "Export as PDF",
                    ExportFormat::Json => "Export as JSON",
                },
                folder: default_document_folder(),
                name: format.suggested_file_name(&name),
            };
            let outcome = save_file(desktop.as_ref(), dialog, to, |path| {
                write_export(&data, logo.as_ref(), format, path)
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
) -> Result<SaveOutcome, Problem> {
    let bytes = match format {
        ExportFormat::Json => format!("{}\n", data.json).into_bytes(),
        ExportFormat::Pdf => pdf::build(data, logo).map_err(|error| {
            Problem::new(t::err_pdf_not_made(), t::err_fix_pdf_not_made())
                .with_detail(error.to_string())
        })?,
    };
    write_atomically(path, &bytes, false).map_err(|error| {
        Problem::new(
            t::err_export_not_saved(path.display().to_string()),
            t::err_fix_logo_not_saved(),
        )
        .with_detail(error.to_string())
    })?;
    Ok(SaveOutcome::Saved(path.to_path_buf()))
}
