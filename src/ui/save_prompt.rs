//! The app's own save dialog, for systems where no save dialog can be shown (no desktop portal):
//! the save is never lost silently; the person picks the path here instead. The dialog stays
//! open until the file is saved or the person cancels: a failure is shown in it, with the path
//! as typed, ready to correct.

use std::path::PathBuf;

use egui::{RichText, TextEdit};

use super::style;
use crate::export::ExportFormat;
use crate::i18n::{Msg, t};
use crate::problem::Problem;

/// What the dialog saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveWhat {
    /// The org's logo.
    Logo,
    /// The org exported in this format.
    Export(ExportFormat),
    /// The overview of every org, as CSV.
    Overview,
}

impl SaveWhat {
    /// The dialog's title.
    fn title(self) -> Msg {
        match self {
            Self::Logo => t::ui_save_logo_title(),
            Self::Export(ExportFormat::Pdf) => t::ui_export_pdf_title(),
            Self::Export(ExportFormat::Json) => t::ui_export_json_title(),
            Self::Overview => t::ui_export_overview_title(),
        }
    }

    /// What goes where, as the selector of the dialog's sentence (`ui-type-where`).
    fn noun(self) -> &'static str {
        match self {
            Self::Logo => "logo",
            Self::Export(_) | Self::Overview => "file",
        }
    }
}

/// What the person chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavePromptAction {
    /// Save to this path; `replace` when the person agreed to replace an existing file.
    Save {
        /// The file to write.
        path: PathBuf,
        /// Whether an existing file may be replaced.
        replace: bool,
    },
    /// Close without saving.
    Cancel,
}

/// The dialog's state.
#[derive(Debug)]
pub struct SavePrompt {
    what: SaveWhat,
    path: String,
    /// Set when the chosen file exists: the dialog then asks before replacing it.
    existing: Option<PathBuf>,
    /// Why the last save failed, shown until the next try.
    problem: Option<Problem>,
    /// A save is under way: the buttons wait for its outcome.
    saving: bool,
}

impl SavePrompt {
    /// Asks where to save `what`, starting with `suggested`.
    pub fn ask(what: SaveWhat, suggested: &std::path::Path) -> Self {
        Self {
            what,
            path: suggested.display().to_string(),
            existing: None,
            problem: None,
            saving: false,
        }
    }

    /// Asks whether to replace `path` with `what`.
    pub fn confirm_replace(what: SaveWhat, path: PathBuf) -> Self {
        Self {
            what,
            path: path.display().to_string(),
            existing: Some(path),
            problem: None,
            saving: false,
        }
    }

    /// What the dialog saves.
    pub fn what(&self) -> SaveWhat {
        self.what
    }

    /// The save asked for is under way.
    pub fn saving(&mut self) {
        self.saving = true;
        self.problem = None;
    }

    /// The file chosen here exists: ask before replacing it, keeping the path typed.
    pub fn exists(&mut self, path: PathBuf) {
        self.saving = false;
        self.existing = Some(path);
    }

    /// The save failed: say why, and let the person correct the path.
    pub fn failed(&mut self, problem: Problem) {
        self.saving = false;
        self.existing = None;
        self.problem = Some(problem);
    }

    /// Draws the dialog.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<SavePromptAction> {
        let mut action = None;
        let modal = egui::Modal::new(egui::Id::unique("save-file")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.label(
                RichText::new(self.what.title().text())
                    .font(style::heading(18.0))
                    .strong(),
            );
            ui.add_space(6.0);
            if let Some(existing) = self.existing.clone() {
                let name = existing
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                ui.label(t::ui_file_exists(name));
                ui.label(RichText::new(existing.display().to_string()).small().weak());
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!self.saving, style::primary_button(t::ui_replace()))
                        .clicked()
                    {
                        action = Some(SavePromptAction::Save {
                            path: existing.clone(),
                            replace: true,
                        });
                    }
                    if ui.button(t::ui_choose_another_name()).clicked() {
                        self.existing = None;
                    }
                    if ui.button(t::ui_cancel()).clicked() {
                        action = Some(SavePromptAction::Cancel);
                    }
                });
            } else {
                ui.label(t::ui_type_where(self.what.noun()));
                ui.add_space(4.0);
                let label = ui.label(t::ui_save_as());
                let field = ui
                    .add(TextEdit::singleline(&mut self.path).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                let entered =
                    field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                if let Some(problem) = &self.problem {
                    ui.add_space(4.0);
                    ui.label(
                        RichText::new(t::ui_problem_line(problem.summary.clone()).text())
                            .color(style::danger(ui))
                            .strong(),
                    );
                    if let Some(resolution) = &problem.resolution {
                        ui.label(&**resolution);
                    }
                }
                ui.add_space(10.0);
                ui.horizontal(|ui| {
                    let path = self.path.trim();
                    let can_save = !path.is_empty() && !self.saving;
                    if (ui
                        .add_enabled(can_save, style::primary_button(t::ui_save()))
                        .clicked()
                        || entered)
                        && can_save
                    {
                        action = Some(SavePromptAction::Save {
                            path: expand_home(path),
                            replace: false,
                        });
                    }
                    if ui.button(t::ui_cancel()).clicked() {
                        action = Some(SavePromptAction::Cancel);
                    }
                    if self.saving {
                        ui.spinner();
                    }
                });
            }
        });
        if modal.should_close() && action.is_none() {
            action = Some(SavePromptAction::Cancel);
        }
        action
    }
}

/// `~/Pictures/x.png` → the home folder's `Pictures/x.png`, as people type it.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::UserDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}
