//! Which screen the app shows, and the two small screens that need no file of their own.

use egui::{RichText, Ui};

use super::client_form::ClientForm;
use super::org_view::OrgView;
use super::signing_in::SigningInView;
use super::style;
use super::welcome::WelcomeView;
use crate::i18n::t;

/// The screen state machine.
pub enum Screen {
    /// The worker is reading what was saved (a moment at most).
    Starting,
    /// Not signed in.
    Welcome(WelcomeView),
    /// Entering the Zoho client.
    ConfigureClient(ClientForm),
    /// Waiting for the browser.
    SigningIn(SigningInView),
    /// Signed in, the organization is on its way and nothing is saved from before.
    Loading,
    /// The organization.
    Organization(Box<OrgView>),
    /// The organization could not be loaded and there is nothing to show instead.
    Failed(ProblemScreen),
    /// Every signed-in org in one table.
    Overview,
    /// Two orgs side by side.
    Compare,
}

impl Screen {
    /// The screen's name in the benchmark's frame lines (`bench_hook::screen_line`).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Starting => "starting",
            Self::Welcome(_) => "welcome",
            Self::ConfigureClient(_) => "client-form",
            Self::SigningIn(_) => "signing-in",
            Self::Loading => "loading",
            Self::Failed(_) => "failed",
            Self::Organization(_) => "org",
            Self::Overview => "overview",
            Self::Compare => "compare",
        }
    }

    /// The logo's texture, when this screen shows one.
    pub fn logo_texture(&self) -> Option<egui::TextureId> {
        match self {
            Self::Organization(view) => view.logo.texture().map(super::picture::PictureTexture::id),
            _ => None,
        }
    }
}

/// What the person did on the problem screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemAction {
    /// Try again.
    Retry,
    /// Sign out.
    SignOut,
}

/// The screen for a failed first load; the problem itself is in the status area.
#[derive(Debug)]
pub struct ProblemScreen;

impl ProblemScreen {
    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<ProblemAction> {
        let mut action = None;
        ui.vertical_centered(|ui| {
            ui.set_max_width(560.0);
            ui.add_space((ui.available_height() * 0.15).clamp(12.0, 90.0));
            ui.label(
                RichText::new(t::ui_load_failed_title().text())
                    .font(style::heading(24.0))
                    .strong(),
            );
            ui.add_space(8.0);
            // The problem itself is in the status area: errors are shown once, in one place.
            ui.label(t::ui_load_failed_body());
            ui.add_space(16.0);
            ui.horizontal(|ui| {
                ui.add_space(((ui.available_width() - 200.0) / 2.0).max(0.0));
                if ui.add(style::primary_button(t::ui_try_again())).clicked() {
                    action = Some(ProblemAction::Retry);
                }
                if ui.button(t::ui_sign_out()).clicked() {
                    action = Some(ProblemAction::SignOut);
                }
            });
        });
        action
    }
}

/// A centred spinner with a line of text.
pub fn waiting_ui(ui: &mut Ui, text: &str) {
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() * 0.3).clamp(12.0, 200.0));
        ui.add(egui::Spinner::new().size(32.0));
        ui.add_space(10.0);
        ui.label(RichText::new(text).size(16.0));
    });
}
