//! The screen shown while the person signs in in the browser.

use std::time::{Duration, Instant};

use egui::{RichText, Ui};
use url::Url;

use super::style;
use super::widgets::{CopyFeedback, copy_button_ui, steady_width};
use crate::i18n::t;

/// What the person did while waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SigningInAction {
    /// Open the sign-in page in the browser again.
    OpenAgain,
    /// Stop waiting.
    Cancel,
}

/// The waiting screen.
#[derive(Debug)]
pub struct SigningInView {
    /// The sign-in page, once the app has one.
    url: Option<Url>,
    /// When the app stops waiting.
    deadline: Option<Instant>,
    copied: CopyFeedback,
}

impl SigningInView {
    /// The screen before the sign-in page is ready.
    pub fn preparing() -> Self {
        Self {
            url: None,
            deadline: None,
            copied: CopyFeedback::default(),
        }
    }

    /// The page is ready and the clock is running.
    pub fn waiting(&mut self, url: Url, timeout: Duration) {
        self.url = Some(url);
        self.deadline = Some(Instant::now() + timeout);
    }

    /// The sign-in page, if known.
    pub fn url(&self) -> Option<&Url> {
        self.url.as_ref()
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<SigningInAction> {
        let mut action = None;
        ui.vertical_centered(|ui| {
            ui.set_max_width(620.0);
            ui.add_space((ui.available_height() * 0.15).clamp(12.0, 90.0));
            ui.add(egui::Spinner::new().size(36.0));
            ui.add_space(14.0);
            ui.label(
                RichText::new(t::ui_waiting_sign_in().text())
                    .font(style::heading(24.0))
                    .strong(),
            );
            ui.add_space(4.0);
            if self.url.is_some() {
                ui.label(t::ui_sign_in_page_open());
            } else {
                ui.label(t::ui_preparing_sign_in());
            }
            if let Some(deadline) = self.deadline {
                let left = deadline.saturating_duration_since(Instant::now());
                ui.add_space(6.0);
                ui.label(RichText::new(t::ui_time_left(countdown(left)).text()).weak());
                // The countdown moves once a second; nothing else repaints while waiting.
                ui.ctx().request_repaint_after(Duration::from_millis(
                    u64::from(left.subsec_millis()) + 5,
                ));
            }
            ui.add_space(20.0);
            ui.horizontal(|ui| {
                // Centred by the buttons' own widths, which differ by language.
                let open = t::ui_open_sign_in_again().text();
                let cancel = t::ui_cancel().text();
                let style = egui::TextStyle::Button;
                let width = steady_width(ui, &[&open], &style)
                    + steady_width(ui, &[&cancel], &style)
                    + ui.spacing().item_spacing.x;
                ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
                if ui
                    .add_enabled(self.url.is_some(), egui::Button::new(open))
                    .clicked()
                {
                    action = Some(SigningInAction::OpenAgain);
                }
                if ui.button(cancel).clicked() {
                    action = Some(SigningInAction::Cancel);
                }
            });
            if let Some(url) = self.url.clone() {
                ui.add_space(24.0);
                ui.label(
                    RichText::new(t::ui_browser_did_not_open().text())
                        .small()
                        .weak(),
                );
                ui.horizontal(|ui| {
                    let text = url.to_string();
                    ui.add(
                        egui::Label::new(RichText::new(shorten(&text, 60)).monospace().small())
                            .selectable(true),
                    )
                    .on_hover_text(&text);
                    if copy_button_ui(
                        ui,
                        &self.copied,
                        "sign-in-url",
                        &t::ui_sign_in_address().text(),
                    ) {
                        ui.ctx().copy_text(text);
                        self.copied.copied("sign-in-url");
                    }
                });
            }
        });
        action
    }
}

/// `2:05`.
fn countdown(left: Duration) -> String {
    let seconds = left.as_secs();
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The start and end of a long text with an ellipsis between.
fn shorten(text: &str, keep: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= keep {
        return text.to_owned();
    }
    let head: String = chars[..keep * 2 / 3].iter().collect();
    let tail: String = chars[chars.len() - keep / 3..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_reads_like_a_clock() {
        assert_eq!(countdown(Duration::from_secs(180)), "3:00");
        assert_eq!(countdown(Duration::from_secs(65)), "1:05");
        assert_eq!(countdown(Duration::ZERO), "0:00");
    }

    #[test]
    fn long_addresses_are_shortened_in_the_middle() {
        let long = "x".repeat(100);
        assert_eq!(shorten(&long, 60).chars().count(), 61);
        assert_eq!(shorten("short", 60), "short");
    }
}
