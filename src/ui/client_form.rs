//! The guided form for the Zoho OAuth client, shown when none is configured: the steps in Zoho's
//! API console, the exact redirect URIs with copy buttons, and the two fields, checked as typed.

use egui::{RichText, TextEdit, Ui};

use super::style;
use super::widgets::{CopyFeedback, copy_button_ui, steady_width};
use crate::i18n::{Arg, t};
use crate::store::{validate_client_id, validate_client_secret};
use crate::zoho::oauth::redirect_uris;

/// Zoho's API console, where clients are created.
pub const API_CONSOLE_URL: &str = "https://api-console.zoho.com";

/// What the person did on the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientFormAction {
    /// Save the client (both values checked) and sign in.
    Save {
        /// The client ID, trimmed.
        client_id: String,
        /// The client secret, trimmed.
        client_secret: String,
    },
    /// Go back without changing anything.
    Back,
    /// Open the app against the simulated Zoho instead.
    TryDemo,
}

/// The form's state.
#[derive(Debug)]
pub struct ClientForm {
    client_id: String,
    client_secret: String,
    show_secret: bool,
    tried_to_save: bool,
    copied: CopyFeedback,
    /// Where the secret will be kept, in plain words ("the system keychain", "the file …"), as
    /// the worker knows it: the form says the one that is true.
    secret_location: Arg,
}

impl ClientForm {
    /// An empty form; `secret_location` says where the secret will be kept.
    pub fn new(secret_location: Arg) -> Self {
        Self {
            client_id: String::new(),
            client_secret: String::new(),
            show_secret: false,
            tried_to_save: false,
            copied: CopyFeedback::default(),
            secret_location,
        }
    }

    /// Draws the form (the app's screen scrolls it when the window is small).
    pub fn ui(&mut self, ui: &mut Ui) -> Option<ClientFormAction> {
        let mut action = None;
        ui.vertical_centered(|ui| {
            ui.set_max_width(640.0);
            ui.add_space(16.0);
            ui.label(
                RichText::new(t::ui_connect_title().text())
                    .font(style::heading(24.0))
                    .strong(),
            );
            ui.label(RichText::new(t::ui_connect_intro().text()).weak());
            ui.add_space(14.0);
        });
        ui.vertical_centered(|ui| {
            ui.set_max_width(640.0);
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    self.steps_ui(ui, &mut action);
                });
            });
        });
        // Escape goes back, as in any dialog (a popup open in the form takes it first).
        if action.is_none()
            && ui.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            action = Some(ClientFormAction::Back);
        }
        action
    }

    fn steps_ui(&mut self, ui: &mut Ui, action: &mut Option<ClientFormAction>) {
        step_ui(ui, 1, |ui| {
            ui.label(t::ui_step_console());
            ui.hyperlink_to(API_CONSOLE_URL, API_CONSOLE_URL);
        });
        step_ui(ui, 2, |ui| {
            ui.label(t::ui_step_add_client());
        });
        step_ui(ui, 3, |ui| {
            ui.vertical(|ui| {
                ui.label(t::ui_step_redirect());
                for uri in redirect_uris() {
                    ui.horizontal(|ui| {
                        ui.add(egui::Label::new(RichText::new(&uri).monospace()).selectable(true));
                        if copy_button_ui(ui, &self.copied, &uri, &t::ui_redirect_uri(&uri).text())
                        {
                            ui.ctx().copy_text(uri.clone());
                            self.copied.copied(&uri);
                        }
                    });
                }
                ui.label(RichText::new(t::ui_redirect_ports().text()).small().weak());
            });
        });
        step_ui(ui, 4, |ui| {
            ui.label(t::ui_step_create());
        });
        ui.add_space(6.0);

        let id_error = validate_client_id(&self.client_id)
            .err()
            .map(|error| error.text());
        let secret_error = validate_client_secret(&self.client_secret)
            .err()
            .map(|error| error.text());
        // Label above field, message below it, all as wide as the card: a message wraps
        // instead of widening the card off-centre.
        let field_width = ui.available_width().min(420.0);
        let id_label = ui.label(t::ui_client_id());
        let id_field = ui
            .add(
                TextEdit::singleline(&mut self.client_id)
                    .hint_text(RichText::new(t::ui_client_id_hint().text()).italics())
                    .desired_width(field_width),
            )
            .labelled_by(id_label.id);
        field_problem_ui(ui, self.shows_problem(&self.client_id), id_error.as_deref());
        ui.add_space(4.0);
        let secret_label = ui.label(t::ui_client_secret());
        let secret_field = ui
            .horizontal(|ui| {
                // As wide as the ID field where the checkbox fits beside it (its words are
                // longer in some languages), narrower only in a narrow window.
                let show = t::ui_show().text();
                let spacing = ui.spacing();
                let checkbox = spacing.icon_width
                    + spacing.icon_spacing
                    + spacing.item_spacing.x
                    + steady_width(ui, &[show.as_str()], &egui::TextStyle::Body);
                let width = field_width.min(ui.available_width() - checkbox).max(120.0);
                let field = ui
                    .add(
                        TextEdit::singleline(&mut self.client_secret)
                            .password(!self.show_secret)
                            .hint_text(RichText::new(t::ui_client_secret_hint().text()).italics())
                            .desired_width(width),
                    )
                    .labelled_by(secret_label.id);
                ui.checkbox(&mut self.show_secret, show);
                field
            })
            .inner;
        field_problem_ui(
            ui,
            self.shows_problem(&self.client_secret),
            secret_error.as_deref(),
        );
        // Enter in either field saves, as the main button would.
        let entered = (id_field.lost_focus() || secret_field.lost_focus())
            && ui.input(|input| input.key_pressed(egui::Key::Enter));
        ui.add_space(10.0);
        ui.horizontal(|ui| {
            if ui
                .add(style::primary_button(t::ui_save_and_sign_in()))
                .clicked()
                || entered
            {
                self.tried_to_save = true;
                if id_error.is_none() && secret_error.is_none() {
                    *action = Some(ClientFormAction::Save {
                        client_id: self.client_id.trim().to_owned(),
                        client_secret: self.client_secret.trim().to_owned(),
                    });
                }
            }
            if ui.button(t::ui_back()).clicked() {
                *action = Some(ClientFormAction::Back);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.link(t::ui_try_demo_instead()).clicked() {
                    *action = Some(ClientFormAction::TryDemo);
                }
            });
        });
        ui.add_space(4.0);
        ui.label(
            RichText::new(t::ui_secret_kept_in(self.secret_location.clone()).text())
                .small()
                .weak(),
        );
    }

    /// Problems show once something was typed, or after a save attempt.
    fn shows_problem(&self, value: &str) -> bool {
        self.tried_to_save || !value.trim().is_empty()
    }
}

fn step_ui(ui: &mut Ui, number: u32, content: impl FnOnce(&mut Ui)) {
    ui.horizontal_top(|ui| {
        let circle = RichText::new(number.to_string())
            .strong()
            .color(egui::Color32::WHITE);
        egui::Frame::new()
            .fill(style::accent(ui))
            .corner_radius(egui::CornerRadius::same(11))
            .inner_margin(egui::Margin::symmetric(7, 1))
            .show(ui, |ui| {
                ui.label(circle);
            });
        ui.horizontal_wrapped(|ui| content(ui));
    });
    ui.add_space(6.0);
}

fn field_problem_ui(ui: &mut Ui, show: bool, problem: Option<&str>) {
    if let (true, Some(problem)) = (show, problem) {
        ui.add(egui::Label::new(RichText::new(problem).small().color(style::danger(ui))).wrap());
    }
}
