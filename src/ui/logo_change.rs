//! Changing the logo, on the logo panel (issue 15): *Change logo…* (or a picture dropped on the
//! window, or pasted), a preview of exactly what will be sent beside the current logo with a
//! sentence saying what was changed and why, *Remove logo…* with a confirmation, and the
//! earlier logos with *Restore*. Every step is a request to the worker, which answers once.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Ui};

use super::picture::PictureTexture;
use super::style;
use super::widgets::paint_checkerboard;
use crate::i18n::t;
use crate::logo_fit::{Change, FittedLogo, Measure, size_in_words};
use crate::problem::Problem;
use crate::store::LogoBackup;
use crate::worker::{LogoChangeDone, LogoChangeUpdate, LogoSource, OrgId, PreparedLogo, Request};

/// A step of changing the logo, for the worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeIntent {
    /// Read and fit a picture for the preview.
    Prepare(LogoSource),
    /// Send the prepared picture, to the org on screen and then to these others.
    Apply(Arc<FittedLogo>, Vec<OrgId>),
    /// Remove the logo of the org on screen and then of these others.
    Remove(Vec<OrgId>),
    /// Send an earlier logo again.
    Restore(PathBuf),
    /// List the earlier logos.
    ListBackups,
    /// Stop waiting for the browser.
    Cancel,
}

impl ChangeIntent {
    /// The request for `org`.
    pub fn into_request(self, org: OrgId) -> Request {
        match self {
            Self::Prepare(source) => Request::PrepareLogo { org, source },
            Self::Apply(prepared, also) => Request::ChangeLogo {
                org,
                prepared,
                also,
            },
            Self::Remove(also) => Request::RemoveLogo { org, also },
            Self::Restore(backup) => Request::RestoreLogo { org, backup },
            Self::ListBackups => Request::ListLogoBackups(org),
            Self::Cancel => Request::CancelLogoChange(org),
        }
    }
}

/// Where a change stands.
#[derive(Default)]
pub enum ChangeStep {
    /// Nothing under way.
    #[default]
    Idle,
    /// The picture is being read and fitted.
    Preparing,
    /// The preview, before anything is sent.
    Prepared {
        /// What will be sent.
        fitted: Arc<FittedLogo>,
        /// Its picture.
        texture: PictureTexture,
    },
    /// Asking before removing the logo.
    ConfirmRemove,
    /// The change runs; `granting` once Zoho's page should be open for that org.
    Running {
        /// The org whose permission the browser asks for, once it does.
        granting: Option<String>,
    },
    /// The change went through.
    Done(LogoChangeDone),
    /// Something did not work.
    Failed(Problem),
}

/// The change part of the logo panel.
#[derive(Default)]
pub struct LogoChangePanel {
    /// Where a change stands.
    pub step: ChangeStep,
    /// The earlier logos, newest first.
    pub backups: Vec<LogoBackup>,
    /// Whether the list was asked for since the last change.
    backups_asked: bool,
    /// The other signed-in orgs (ID, name), which a change can apply to as well.
    pub others: Vec<(OrgId, String)>,
    /// Those of `others` ticked to change as well.
    pub also: Vec<OrgId>,
    /// The result line of each other org of the last change: (sentence, whether it worked).
    pub also_lines: Vec<(String, bool)>,
}

impl LogoChangePanel {
    /// Takes the worker's answer about this org's logo change.
    pub fn apply(&mut self, ctx: &egui::Context, update: LogoChangeUpdate) {
        match update {
            LogoChangeUpdate::Prepared { result, .. } => {
                self.step = match result {
                    Ok(Some(PreparedLogo { fitted, preview })) => ChangeStep::Prepared {
                        texture: PictureTexture::load(ctx, "new-organization-logo", &preview.image),
                        fitted,
                    },
                    Ok(None) => ChangeStep::Idle,
                    Err(problem) => ChangeStep::Failed(problem),
                };
            }
            LogoChangeUpdate::Backups { backups, .. } => self.backups = backups,
            LogoChangeUpdate::GrantWaiting { granting, .. } => {
                self.step = ChangeStep::Running {
                    granting: Some(granting),
                };
            }
            LogoChangeUpdate::Done { result, also, .. } => {
                self.also_lines = also
                    .into_iter()
                    .map(|other| match other.result {
                        Ok(done) => (done.sentence.text(), true),
                        Err(problem) => (format!("{}: {}", other.name, problem.summary), false),
                    })
                    .collect();
                self.step = match result {
                    Ok(done) => ChangeStep::Done(done),
                    Err(problem) => ChangeStep::Failed(problem),
                };
                // A backup may have been added.
                self.backups_asked = false;
            }
        }
    }

    /// Draws the buttons, the preview or confirmation, and the earlier logos; `current` is the
    /// logo shown now, `has_logo` whether there is one, `busy` whether the worker is using it.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        current: Option<&PictureTexture>,
        has_logo: bool,
        busy: bool,
    ) -> Option<ChangeIntent> {
        let mut intent = None;
        if !self.backups_asked {
            self.backups_asked = true;
            intent = Some(ChangeIntent::ListBackups);
        }
        let running = matches!(
            self.step,
            ChangeStep::Running { .. } | ChangeStep::Preparing
        );
        let free = !busy && !running;
        if free && let Some(source) = dropped_or_pasted(ui) {
            self.step = ChangeStep::Preparing;
            return Some(ChangeIntent::Prepare(source));
        }
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(free, egui::Button::new(t::ui_change_logo_button()))
                .on_hover_text(t::ui_change_logo_hover())
                .clicked()
            {
                self.step = ChangeStep::Preparing;
                intent = Some(ChangeIntent::Prepare(LogoSource::Ask));
            }
            if ui
                .add_enabled(free, egui::Button::new(t::ui_paste_picture()))
                .on_hover_text(t::ui_paste_picture_hover())
                .clicked()
            {
                self.step = ChangeStep::Preparing;
                intent = Some(ChangeIntent::Prepare(LogoSource::Clipboard));
            }
            if ui
                .add_enabled(
                    free && has_logo,
                    egui::Button::new(t::ui_remove_logo_button()),
                )
                .on_hover_text(t::ui_remove_logo_hover())
                .clicked()
            {
                self.step = ChangeStep::ConfirmRemove;
            }
        });
        if let Some(chosen) = self.step_ui(ui, current) {
            intent = Some(chosen);
        }
        if let Some(chosen) = self.backups_ui(ui, free) {
            intent = Some(chosen);
        }
        intent
    }

    fn step_ui(&mut self, ui: &mut Ui, current: Option<&PictureTexture>) -> Option<ChangeIntent> {
        let mut intent = None;
        let mut cancel = false;
        match &self.step {
            ChangeStep::Idle => {}
            ChangeStep::Preparing => {
                ui.label(RichText::new(t::ui_fitting().text()).weak());
            }
            ChangeStep::Prepared { fitted, texture } => {
                ui.add_space(6.0);
                ui.label(RichText::new(t::ui_new_logo().text()).strong());
                side_by_side(ui, current, texture);
                ui.label(t::ui_chosen(measure_words(&fitted.original)));
                ui.label(t::ui_will_be_sent(measure_words(&fitted.sent)));
                ui.label(fit_sentence(fitted));
                let fitted = Arc::clone(fitted);
                self.also_ui(ui);
                ui.label(RichText::new(t::ui_grant_sentence().text()).weak());
                ui.horizontal(|ui| {
                    if ui.button(t::ui_change_logo()).clicked() {
                        intent = Some(ChangeIntent::Apply(fitted, self.also.clone()));
                    }
                    cancel = ui.button(t::ui_cancel()).clicked();
                });
            }
            ChangeStep::ConfirmRemove => {
                ui.add_space(6.0);
                ui.label(t::ui_remove_question());
                self.also_ui(ui);
                ui.label(RichText::new(t::ui_grant_sentence().text()).weak());
                ui.horizontal(|ui| {
                    if ui.button(t::ui_remove_confirm()).clicked() {
                        intent = Some(ChangeIntent::Remove(self.also.clone()));
                    }
                    cancel = ui.button(t::ui_cancel()).clicked();
                });
            }
            ChangeStep::Running { granting } => {
                let text = match granting {
                    Some(name) => t::ui_waiting_permission(name).text(),
                    None => t::ui_opening_zoho().text(),
                };
                ui.label(RichText::new(text).weak());
                if granting.is_some() && ui.button(t::ui_cancel()).clicked() {
                    intent = Some(ChangeIntent::Cancel);
                }
            }
            ChangeStep::Done(done) => {
                ui.label(RichText::new(done.sentence.text()).color(style::success(ui)));
                if let Some(backup) = &done.backup {
                    ui.label(
                        RichText::new(t::ui_backup_saved(backup.display().to_string()).text())
                            .small(),
                    );
                }
            }
            ChangeStep::Failed(problem) => {
                ui.label(RichText::new(problem.summary.text()).color(ui.visuals().error_fg_color));
                if let Some(resolution) = &problem.resolution {
                    ui.label(&**resolution);
                }
            }
        }
        if matches!(self.step, ChangeStep::Done(_) | ChangeStep::Failed(_)) {
            for (line, worked) in &self.also_lines {
                let color = if *worked {
                    style::success(ui)
                } else {
                    ui.visuals().error_fg_color
                };
                ui.label(RichText::new(line).color(color));
            }
        }
        if matches!(
            intent,
            Some(ChangeIntent::Apply(..) | ChangeIntent::Remove(_))
        ) {
            self.step = ChangeStep::Running { granting: None };
            self.also_lines.clear();
        } else if cancel {
            self.step = ChangeStep::Idle;
        }
        intent
    }

    fn backups_ui(&mut self, ui: &mut Ui, free: bool) -> Option<ChangeIntent> {
        if self.backups.is_empty() {
            return None;
        }
        let mut intent = None;
        egui::CollapsingHeader::new(t::ui_earlier_logos(self.backups.len()).text())
            .id_salt("earlier-logos")
            .show(ui, |ui| {
                ui.label(
                    RichText::new(t::ui_earlier_logos_note().text())
                        .weak()
                        .small(),
                );
                for backup in &self.backups {
                    // Wrapped: beside the switcher the logo column is narrow, and a button
                    // pushed past its edge cannot be clicked.
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!(
                            "{} · {} · {}",
                            backup.taken.format("%Y-%m-%d %H:%M UTC"),
                            backup.format.name(),
                            size_in_words(usize::try_from(backup.bytes).unwrap_or(usize::MAX))
                        ));
                        if ui
                            .add_enabled(free, egui::Button::new(t::ui_restore()))
                            .on_hover_text(t::ui_restore_hover())
                            .clicked()
                        {
                            intent = Some(ChangeIntent::Restore(backup.path.clone()));
                        }
                    });
                }
            });
        if intent.is_some() {
            self.step = ChangeStep::Running { granting: None };
            self.also_lines.clear();
        }
        intent
    }

    /// Ticks for the other signed-in orgs, to change them the same way after this one.
    fn also_ui(&mut self, ui: &mut Ui) {
        self.also
            .retain(|id| self.others.iter().any(|(other, _)| other == id));
        if self.others.is_empty() {
            return;
        }
        ui.label(t::ui_also_change());
        for (id, name) in &self.others {
            let mut ticked = self.also.contains(id);
            if ui.checkbox(&mut ticked, name.as_str()).changed() {
                if ticked {
                    self.also.push(id.clone());
                } else {
                    self.also.retain(|other| other != id);
                }
            }
        }
        if !self.also.is_empty() {
            ui.label(RichText::new(t::ui_one_at_a_time(self.also.len() + 1).text()).weak());
        }
    }
}

/// The current logo and the new one, each on its checkerboard, labelled.
fn side_by_side(ui: &mut Ui, current: Option<&PictureTexture>, new: &PictureTexture) {
    let width = ((ui.available_width() - 12.0) / 2.0).max(60.0);
    let size = egui::vec2(width, (width * 0.6).clamp(60.0, 160.0));
    ui.horizontal(|ui| {
        let pictures = [
            (t::ui_now(), t::ui_logo_now(), current),
            (t::ui_after_change(), t::ui_logo_after_change(), Some(new)),
        ];
        for (caption, alt, texture) in pictures {
            ui.vertical(|ui| {
                ui.label(RichText::new(caption.text()).small());
                let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
                match texture {
                    Some(texture) => {
                        paint_checkerboard(ui, rect);
                        let fitted =
                            super::logo_panel::fit(texture.size_vec2(), rect.shrink(6.0).size());
                        texture
                            .image(fitted)
                            .paint_at(ui, egui::Rect::from_center_size(rect.center(), fitted));
                    }
                    None => {
                        ui.painter()
                            .rect_filled(rect, 6.0, ui.visuals().faint_bg_color);
                        ui.put(
                            rect,
                            egui::Label::new(RichText::new(t::ui_no_logo().text()).weak()),
                        );
                    }
                }
                response.widget_info(|| {
                    let mut info = egui::WidgetInfo::new(egui::accesskit::Role::Image);
                    info.label = Some(alt.text());
                    info
                });
            });
        }
    });
}

/// "JPEG · 3651 × 2738 px · 0.98 MB".
fn measure_words(measure: &Measure) -> String {
    format!(
        "{} · {} × {} px · {}",
        measure.format.name(),
        measure.width,
        measure.height,
        size_in_words(measure.bytes)
    )
}

/// What fitting did and why, in one sentence, in the window's language.
pub fn fit_sentence(fitted: &FittedLogo) -> String {
    match fitted.change {
        Change::Unchanged => t::ui_sent_as_is(lowercase_first(&fitted.why().text())).text(),
        _ => {
            let why = fitted.why().text();
            t::ui_picture_was(fitted.what_changed(), lowercase_first(&why)).text()
        }
    }
}

/// Lowers the first letter so a sentence can follow "because"; every language words the
/// fitting's reasons to start with "Zoho" or a word that may be lowered.
fn lowercase_first(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) if !sentence.starts_with("Zoho") => {
            first.to_lowercase().collect::<String>() + chars.as_str()
        }
        _ => sentence.to_owned(),
    }
}

/// A picture dropped on the window, or pasted with the keyboard while no text field has the
/// focus.
fn dropped_or_pasted(ui: &Ui) -> Option<LogoSource> {
    let dropped = ui.input(|input| input.raw.dropped_files.first().cloned());
    // The worker reads the file: never on the UI thread.
    if let Some(file) = dropped
        && file.path().is_absolute()
    {
        return Some(LogoSource::Path(file.path().to_path_buf()));
    }
    let typing = ui.ctx().memory(|memory| memory.focused().is_some());
    let pasted = ui.input(|input| {
        input.events.iter().any(|event| match event {
            egui::Event::Paste(_) => true,
            egui::Event::Key {
                key: egui::Key::V,
                pressed: true,
                modifiers,
                ..
            } => modifiers.command,
            _ => false,
        })
    });
    (pasted && !typing).then_some(LogoSource::Clipboard)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_say_what_was_changed_and_why() {
        let measure = |width, height, bytes, format| Measure {
            width,
            height,
            bytes,
            format,
        };
        let fitted = FittedLogo {
            bytes: Vec::new(),
            sent: measure(3651, 2738, 1_027_604, crate::zoho::PhotoFormat::Jpeg),
            original: measure(4000, 3000, 2_411_725, crate::zoho::PhotoFormat::Jpeg),
            change: Change::Scaled,
            transparent: false,
        };
        assert_eq!(
            fit_sentence(&fitted),
            "The picture was scaled from 4000×3000 to 3651×2738, 2.3 MB → 0.98 MB, because Zoho takes logos of at most 10 megapixels and 1 MB."
        );
        assert_eq!(
            measure_words(&fitted.sent),
            "JPEG · 3651 × 2738 px · 0.98 MB"
        );
        // The phrases come from the catalog, so a reader of another language gets a whole
        // sentence in it, with "Zoho" left capitalised after the conjunction.
        crate::i18n::set_current(crate::i18n::Lang::De);
        let german = fit_sentence(&fitted);
        let unchanged = fit_sentence(&FittedLogo {
            change: Change::Unchanged,
            ..fitted.clone()
        });
        crate::i18n::set_current(crate::i18n::Lang::Fr);
        let french = fit_sentence(&fitted);
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert_eq!(
            german,
            "Das Bild wurde angepasst (von 4000×3000 auf 3651×2738 verkleinert, 2,3 MB → 0,98 MB), denn Zoho nimmt Logos von höchstens 10 Megapixeln und 1 MB an."
        );
        assert_eq!(
            unchanged,
            "Das Bild wird unverändert gesendet: es hält die Grenzen von Zoho ein (1 MB und 10 Megapixel)."
        );
        assert_eq!(
            french,
            "L'image a été réduite de 4000×3000 à 3651×2738, 2,3 Mo → 0,98 Mo, car Zoho accepte les logos de 10 mégapixels et 1 Mo au plus."
        );
    }
}
