//! Small widgets the screens share: copy buttons with a confirmation, badges, the checkerboard
//! behind transparent logos.

use std::time::{Duration, Instant};

use egui::{Color32, Rect, RichText, Stroke, Ui, WidgetInfo};

use super::style;
use crate::i18n::t;

/// How long "Copied" stays on a button after a click.
pub const CONFIRMATION_TIME: Duration = Duration::from_millis(1500);

/// Remembers which copy button was clicked last, to show "Copied" on it for a moment.
#[derive(Debug, Default)]
pub struct CopyFeedback {
    last: Option<(String, Instant)>,
}

impl CopyFeedback {
    /// Notes that the button `key` just copied something.
    pub fn copied(&mut self, key: &str) {
        self.last = Some((key.to_owned(), Instant::now()));
    }

    /// Whether button `key` should still say "Copied".
    pub fn is_showing(&self, key: &str) -> bool {
        self.last
            .as_ref()
            .is_some_and(|(last, at)| last == key && at.elapsed() < CONFIRMATION_TIME)
    }
}

/// What a copy button says for a moment after a click.
pub const COPIED: &str = "✔ Copied";

/// The width a button needs for the widest of `labels` in `style`, so it keeps one width
/// whatever it says: nothing beside it moves when it confirms.
pub fn steady_width(ui: &Ui, labels: &[&str], style: &egui::TextStyle) -> f32 {
    let widest = labels
        .iter()
        .map(|label| {
            egui::WidgetText::from(*label)
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    style.clone(),
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    widest + 2.0 * ui.spacing().button_padding.x
}

/// The width of a row's copy button, the same whether it says "Copy" or "Copied".
pub fn copy_button_width(ui: &Ui) -> f32 {
    let copy = t::ui_copy().text();
    let copied = t::ui_copied().text();
    steady_width(ui, &[&copy, &copied], &egui::TextStyle::Small)
}

/// A small "Copy" button that reads "Copied" for a moment after a click, at one width for both
/// (see [`copy_button_width`]). `what` names the value for screen readers ("Copy Organization
/// ID"). Returns true when clicked.
pub fn copy_button_ui(ui: &mut Ui, feedback: &CopyFeedback, key: &str, what: &str) -> bool {
    let showing = feedback.is_showing(key);
    let text = if showing {
        RichText::new(t::ui_copied().text())
            .color(style::success(ui))
            .small()
    } else {
        RichText::new(t::ui_copy().text()).small()
    };
    // Screen readers hear the confirmation too.
    let accessible = if showing {
        t::ui_copied_what(what).text()
    } else {
        t::ui_copy_what(what).text()
    };
    let response = ui
        .add(
            egui::Button::new(text)
                .small()
                .frame_when_inactive(false)
                .min_size(egui::vec2(copy_button_width(ui), 0.0)),
        )
        .on_hover_text(t::ui_copy_what(what));
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &accessible));
    if showing {
        // One repaint when the confirmation should disappear; nothing runs while idle.
        ui.ctx().request_repaint_after(CONFIRMATION_TIME);
    }
    response.clicked()
}

/// A rounded label with a coloured background, e.g. the environment badge.
pub fn badge_ui(ui: &mut Ui, text: &str, color: Color32) {
    // On a light theme the pure colour on its own tint reads at 3.6–4.3:1 (orange and green
    // worst); three quarters of it reaches 5.6:1 or more, above the 4.5:1 text needs.
    let text_color = if ui.visuals().dark_mode {
        color
    } else {
        let [red, green, blue, _] = color.to_array();
        let darker = |channel: u8| (f32::from(channel) * 0.75).round() as u8;
        Color32::from_rgb(darker(red), darker(green), darker(blue))
    };
    egui::Frame::new()
        .fill(color.gamma_multiply(0.15))
        .stroke(Stroke::new(1.0, color.gamma_multiply(0.6)))
        .corner_radius(egui::CornerRadius::same(20))
        .inner_margin(egui::Margin::symmetric(9, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(text).small().strong().color(text_color));
        });
}

/// The colour of an environment badge: production reads calm, the others stand out.
pub fn environment_color(ui: &Ui, environment: &crate::zoho::org::Environment) -> Color32 {
    use crate::zoho::org::Environment;
    match environment {
        Environment::Production => style::success(ui),
        Environment::Sandbox | Environment::Developer => style::warning(ui),
        Environment::Bigin | Environment::Other(_) => style::accent(ui),
    }
}

/// Paints a checkerboard in `rect`, so transparent parts of a logo are visible as such.
pub fn paint_checkerboard(ui: &Ui, rect: Rect) {
    // Light in both themes: logos are designed for light paper, and dark lettering on a dark
    // checkerboard would vanish.
    let (light, dark) = if ui.visuals().dark_mode {
        (Color32::from_gray(0xee), Color32::from_gray(0xd6))
    } else {
        (Color32::from_gray(0xff), Color32::from_gray(0xe8))
    };
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, light);
    let cell = 10.0;
    let columns = (rect.width() / cell).ceil() as usize;
    let rows = (rect.height() / cell).ceil() as usize;
    for row in 0..rows {
        for column in (row % 2..columns).step_by(2) {
            let min = rect.min + egui::vec2(column as f32 * cell, row as f32 * cell);
            painter.rect_filled(Rect::from_min_size(min, egui::vec2(cell, cell)), 0.0, dark);
        }
    }
}

/// A heading for a card.
pub fn card_heading_ui(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).font(style::heading(15.0)).strong());
}

/// A question in a modal window (the window behind waits): `title` in large type, `body` under
/// it, then the `confirm` button and *Cancel*. `Some(true)` once confirmed, `Some(false)` once
/// cancelled (Escape or a click outside too), `None` while it waits.
pub fn confirm_ui(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    body: &str,
    confirm: &str,
) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.label(RichText::new(title).font(style::heading(18.0)).strong());
        ui.add_space(6.0);
        ui.label(body);
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.add(style::primary_button(confirm)).clicked() {
                answer = Some(true);
            }
            if ui.button(t::ui_cancel()).clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    answer
}
