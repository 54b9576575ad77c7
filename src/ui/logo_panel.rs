//! The logo: fitted to its box without distortion on a checkerboard, its format and sizes, and
//! the actions to copy and save it.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Ui};

use super::logo_change::{ChangeIntent, LogoChangePanel};
use super::picture::PictureTexture;
use super::style;
use super::widgets::{card_heading_ui, paint_checkerboard};
use crate::i18n::t;
use crate::problem::Problem;
pub use crate::worker::LogoInfo;
use crate::worker::LogoUpdate;
use crate::worker::logo::Preview;

/// What the logo panel shows.
#[derive(Default)]
pub enum LogoState {
    /// The logo is on its way.
    #[default]
    Loading,
    /// The organization has no logo.
    Missing,
    /// The logo could not be fetched.
    Failed(Problem),
    /// The logo, ready to draw.
    Shown {
        /// The picture, scaled to fit the box at most.
        texture: PictureTexture,
        /// Facts about the file.
        info: LogoInfo,
    },
    /// A logo the app cannot draw (e.g. SVG), which can still be saved.
    NoPreview {
        /// Facts about the file.
        info: LogoInfo,
        /// Why there is no preview.
        reason: crate::i18n::Msg,
    },
}

/// What the person did with the logo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoAction {
    /// Put the picture on the clipboard.
    CopyImage,
    /// Save the file.
    Save,
    /// Show the folder the logo was saved to.
    OpenFolder(PathBuf),
    /// A step of changing the logo, for the worker (see [`super::logo_change`]).
    Change(ChangeIntent),
}

/// The logo panel.
#[derive(Default)]
pub struct LogoPanel {
    /// What it shows.
    pub state: LogoState,
    /// The preview the texture was made from, so the same logo is not uploaded again.
    shown_preview: Option<Arc<Preview>>,
    /// Where the logo was saved last, for the confirmation and *Open folder*.
    pub saved_to: Option<PathBuf>,
    /// Whether a copy, save or change is running.
    pub busy: bool,
    /// Changing the logo: the draft shown before anything is sent, and how the change went.
    pub change: LogoChangePanel,
}

impl LogoPanel {
    /// Shows the worker's logo; the only work here is the texture upload, and only for a
    /// preview not uploaded yet (the decode and downscale happened on the worker).
    pub fn apply(&mut self, ctx: &egui::Context, update: &LogoUpdate) {
        self.state = match update {
            LogoUpdate::Loading => LogoState::Loading,
            LogoUpdate::Missing => LogoState::Missing,
            LogoUpdate::Failed(problem) => LogoState::Failed(problem.clone()),
            LogoUpdate::Shown { preview, info } => {
                let texture = match (&self.state, &self.shown_preview) {
                    (LogoState::Shown { texture, .. }, Some(shown))
                        if Arc::ptr_eq(shown, preview) =>
                    {
                        texture.clone()
                    }
                    _ => PictureTexture::load(ctx, "organization-logo", &preview.image),
                };
                self.shown_preview = Some(Arc::clone(preview));
                LogoState::Shown {
                    texture,
                    info: info.clone(),
                }
            }
            LogoUpdate::NoPreview { info, reason } => LogoState::NoPreview {
                info: info.clone(),
                reason: reason.clone(),
            },
        };
        if !matches!(self.state, LogoState::Shown { .. }) {
            self.shown_preview = None;
        }
    }

    /// The texture, when the logo is shown.
    pub fn texture(&self) -> Option<&PictureTexture> {
        match &self.state {
            LogoState::Shown { texture, .. } => Some(texture),
            _ => None,
        }
    }

    /// Whether there is a file to copy or save.
    pub fn has_file(&self) -> bool {
        matches!(
            self.state,
            LogoState::Shown { .. } | LogoState::NoPreview { .. }
        )
    }

    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<LogoAction> {
        let mut action = None;
        style::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            card_heading_ui(ui, &t::ui_logo_heading().text());
            ui.add_space(6.0);
            let box_size = egui::vec2(
                ui.available_width(),
                (ui.available_width() * 0.6).clamp(120.0, 260.0),
            );
            let (rect, response) = ui.allocate_exact_size(box_size, egui::Sense::hover());
            match &self.state {
                LogoState::Shown { texture, .. } => {
                    paint_checkerboard(ui, rect);
                    let fitted = fit(texture.size_vec2(), rect.shrink(12.0).size());
                    let image_rect = egui::Rect::from_center_size(rect.center(), fitted);
                    texture.image(fitted).paint_at(ui, image_rect);
                    // Painting adds no widget, so the box itself tells screen readers what it is.
                    response.widget_info(|| {
                        let mut info = egui::WidgetInfo::new(egui::accesskit::Role::Image);
                        info.label = Some(t::ui_org_logo().text());
                        info
                    });
                }
                other => {
                    ui.painter()
                        .rect_filled(rect, 8.0, ui.visuals().faint_bg_color);
                    let text = match other {
                        LogoState::Loading => t::ui_loading_logo().text(),
                        LogoState::Missing => t::ui_no_logo_yet().text(),
                        LogoState::Failed(_) => t::ui_logo_failed().text(),
                        LogoState::NoPreview { reason, .. } => reason.text(),
                        LogoState::Shown { .. } => String::new(),
                    };
                    ui.put(rect, egui::Label::new(RichText::new(text).weak()).wrap());
                }
            }
            ui.add_space(6.0);
            match &self.state {
                LogoState::Shown { info, .. } | LogoState::NoPreview { info, .. } => {
                    ui.label(RichText::new(info.summary()).weak());
                }
                _ => {}
            }
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                let can_copy = matches!(self.state, LogoState::Shown { .. }) && !self.busy;
                if ui
                    .add_enabled(can_copy, egui::Button::new(t::ui_copy_image()))
                    .on_hover_text(t::ui_copy_image_hover())
                    .clicked()
                {
                    action = Some(LogoAction::CopyImage);
                }
                if ui
                    .add_enabled(
                        self.has_file() && !self.busy,
                        egui::Button::new(t::ui_save_logo()),
                    )
                    .on_hover_text(t::ui_save_logo_hover())
                    .clicked()
                {
                    action = Some(LogoAction::Save);
                }
            });
            let current = self.texture().cloned();
            if let Some(intent) = self
                .change
                .ui(ui, current.as_ref(), self.has_file(), self.busy)
            {
                action = Some(LogoAction::Change(intent));
            }
            if let Some(path) = self.saved_to.clone() {
                ui.add_space(4.0);
                ui.label(
                    RichText::new(t::ui_saved_to(path.display().to_string()).text())
                        .small()
                        .color(style::success(ui)),
                );
                if ui.small_button(t::ui_open_folder()).clicked() {
                    action = Some(LogoAction::OpenFolder(path));
                }
            }
        });
        action
    }
}

impl LogoInfo {
    /// "PNG · 480 × 160 px · 9.8 KB".
    pub fn summary(&self) -> String {
        let mut parts = vec![self.format.name()];
        if let Some((width, height)) = self.dimensions {
            parts.push(format!("{width} × {height} px"));
        }
        parts.push(crate::zoho::display::file_size(self.file_size));
        parts.join(" · ")
    }
}

/// The largest size with the image's proportions that fits `available`, never enlarged past
/// twice its own size (small logos stay crisp).
pub fn fit(image: egui::Vec2, available: egui::Vec2) -> egui::Vec2 {
    if image.x <= 0.0 || image.y <= 0.0 {
        return egui::Vec2::ZERO;
    }
    let scale = (available.x / image.x).min(available.y / image.y).min(2.0);
    image * scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_keeps_the_aspect_ratio() {
        let fitted = fit(egui::vec2(480.0, 160.0), egui::vec2(240.0, 200.0));
        assert_eq!(fitted, egui::vec2(240.0, 80.0));
        let tall = fit(egui::vec2(100.0, 400.0), egui::vec2(240.0, 200.0));
        assert_eq!(tall, egui::vec2(50.0, 200.0));
        let tiny = fit(egui::vec2(16.0, 16.0), egui::vec2(240.0, 200.0));
        assert_eq!(tiny, egui::vec2(32.0, 32.0));
    }

    #[test]
    fn sizes_read_naturally() {
        let info = LogoInfo {
            format: crate::zoho::PhotoFormat::Png,
            dimensions: Some((480, 160)),
            file_size: 10_055,
        };
        assert_eq!(info.summary(), "PNG · 480 × 160 px · 9.8 KB");
    }
}
