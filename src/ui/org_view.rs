//! The organization screen: a header with the logo, name and environment, the actions, every
//! value in its section with a copy button, and the logo panel.

use std::time::SystemTime;

use egui::{RichText, Ui};

use super::logo_panel::{LogoAction, LogoPanel};
use super::style;
use super::widgets::{CopyFeedback, badge_ui, card_heading_ui, copy_button_ui, environment_color};
use crate::zoho::display::{Section, ValueFormat};
use crate::zoho::org::Org;

/// The organization as the screen needs it, prepared off the UI thread.
#[derive(Debug, Clone)]
pub struct OrgData {
    /// The organization.
    pub org: Org,
    /// Its values, grouped and worded for people.
    pub sections: Vec<Section>,
    /// *Copy all*: the sections as readable text.
    pub readable_text: String,
    /// *Copy as JSON*: Zoho's org object, every key included.
    pub json: String,
    /// When Zoho sent it.
    pub fetched_at: SystemTime,
}

impl OrgData {
    /// Prepares an organization for display.
    pub fn new(org: Org, fetched_at: SystemTime, format: &ValueFormat) -> Self {
        let sections = crate::zoho::display::sections(&org, format);
        let readable_text = crate::zoho::display::readable_text(&org, &sections);
        let json = serde_json::to_string_pretty(&org.to_json()).unwrap_or_default();
        Self { org, sections, readable_text, json, fetched_at }
    }
}

/// Where the data on screen came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Fetched from Zoho in this session.
    Live,
    /// From the cache on disk, while a refresh runs.
    Cached,
    /// From the cache because Zoho could not be reached.
    Offline,
}

/// What the person did on the organization screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgAction {
    /// Fetch again.
    Refresh,
    /// Sign out.
    SignOut,
    /// A logo action.
    Logo(LogoAction),
}

/// The organization screen.
#[derive(Debug)]
pub struct OrgView {
    /// What is shown.
    pub data: OrgData,
    /// Where it came from.
    pub freshness: Freshness,
    /// Whether a refresh is running.
    pub refreshing: bool,
    /// The logo panel.
    pub logo: LogoPanel,
    /// "Fetched …" in the reader's words, prepared when the data arrives.
    fetched_label: String,
    copied: CopyFeedback,
}

impl OrgView {
    /// The screen for `data`.
    pub fn new(data: OrgData, freshness: Freshness, logo: LogoPanel) -> Self {
        let fetched_label = fetched_label(data.fetched_at);
        Self { data, freshness, refreshing: false, logo, fetched_label, copied: CopyFeedback::default() }
    }

    /// Replaces the data (after a refresh).
    pub fn update(&mut self, data: OrgData, freshness: Freshness) {
        self.fetched_label = fetched_label(data.fetched_at);
        self.data = data;
        self.freshness = freshness;
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<OrgAction> {
        let mut action = None;
        self.header_ui(ui, &mut action);
        ui.add_space(10.0);
        let wide = ui.available_width() >= 760.0;
        if wide {
            ui.columns_const(|[left, right]| {
                left.set_min_width(0.0);
                egui::ScrollArea::vertical().id_salt("sections").auto_shrink([false, false]).show(left, |ui| {
                    self.sections_ui(ui);
                });
                if let Some(logo_action) = self.logo.ui(right) {
                    action = Some(OrgAction::Logo(logo_action));
                }
            });
        } else {
            egui::ScrollArea::vertical().id_salt("narrow").auto_shrink([false, false]).show(ui, |ui| {
                if let Some(logo_action) = self.logo.ui(ui) {
                    action = Some(OrgAction::Logo(logo_action));
                }
                ui.add_space(10.0);
                self.sections_ui(ui);
            });
        }
        action
    }

    fn header_ui(&mut self, ui: &mut Ui, action: &mut Option<OrgAction>) {
        style::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                if let Some(texture) = self.logo.texture() {
                    let size = texture.size_vec2();
                    let scale = (56.0 / size.y).min(120.0 / size.x).min(1.0);
                    ui.add(egui::Image::new((texture.id(), size * scale)).alt_text("Organization logo"));
                    ui.add_space(8.0);
                }
                ui.vertical(|ui| {
                    ui.horizontal(|ui| {
                        let name = self.data.org.display_name().unwrap_or("Your organization");
                        ui.label(RichText::new(name).size(24.0).strong());
                        if let Some(environment) = self.data.org.environment() {
                            let color = environment_color(ui, &environment);
                            badge_ui(ui, environment.label(), color);
                        }
                    });
                    ui.horizontal(|ui| {
                        match self.freshness {
                            Freshness::Live => {
                                ui.label(RichText::new(&self.fetched_label).weak());
                            }
                            Freshness::Cached => {
                                ui.label(RichText::new(format!("From your last visit · {}", self.fetched_label)).color(style::warning(ui)));
                            }
                            Freshness::Offline => {
                                ui.label(
                                    RichText::new(format!("Offline: showing saved data · {}", self.fetched_label))
                                        .color(style::warning(ui)),
                                );
                            }
                        }
                        if self.refreshing {
                            ui.spinner();
                            ui.label(RichText::new("Refreshing…").weak());
                        }
                    });
                });
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let refresh = ui
                    .add_enabled(!self.refreshing, egui::Button::new("⟳ Refresh"))
                    .on_hover_text("Fetch the organization again (F5)");
                refresh.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, !self.refreshing, "Refresh"));
                if refresh.clicked() {
                    *action = Some(OrgAction::Refresh);
                }
                let copy_all = if self.copied.is_showing("all") { "✔ Copied" } else { "Copy all" };
                let response = ui.button(copy_all).on_hover_text("Copy every value as readable text");
                response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, "Copy all"));
                if response.clicked() {
                    ui.ctx().copy_text(self.data.readable_text.clone());
                    self.copied.copied("all");
                }
                let copy_json = if self.copied.is_showing("json") { "✔ Copied" } else { "Copy as JSON" };
                let response = ui.button(copy_json).on_hover_text("Copy Zoho's data exactly as it was sent");
                response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, "Copy as JSON"));
                if response.clicked() {
                    ui.ctx().copy_text(self.data.json.clone());
                    self.copied.copied("json");
                }
                if self.copied.is_showing("all") || self.copied.is_showing("json") {
                    ui.ctx().request_repaint_after(super::widgets::CONFIRMATION_TIME);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Sign out").on_hover_text("Sign out and forget the sign-in on this computer").clicked() {
                        *action = Some(OrgAction::SignOut);
                    }
                });
            });
        });
    }

    fn sections_ui(&mut self, ui: &mut Ui) {
        for section in &self.data.sections {
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                card_heading_ui(ui, section.title);
                ui.add_space(4.0);
                let label_width = 190.0_f32.min(ui.available_width() * 0.4);
                egui::Grid::new(("section", section.title))
                    .num_columns(3)
                    .spacing([12.0, 6.0])
                    .min_col_width(0.0)
                    .show(ui, |ui| {
                        for row in &section.rows {
                            ui.add_sized(
                                [label_width, 18.0],
                                egui::Label::new(RichText::new(&row.label).weak()).truncate(),
                            );
                            let value_width = (ui.available_width() - 80.0).max(120.0);
                            let text = match &row.value {
                                Some(value) => RichText::new(value),
                                None => RichText::new(row.shown()).italics().weak(),
                            };
                            ui.scope(|ui| {
                                ui.set_max_width(value_width);
                                ui.add(egui::Label::new(text).selectable(true).wrap());
                            });
                            if let Some(value) = &row.value {
                                if copy_button_ui(ui, &self.copied, &row.key, &row.label) {
                                    ui.ctx().copy_text(value.clone());
                                    self.copied.copied(&row.key);
                                }
                            } else {
                                ui.label("");
                            }
                            ui.end_row();
                        }
                    });
            });
            ui.add_space(10.0);
        }
    }
}

/// "Fetched 23 Nov 2026, 14:03" in the reader's locale.
fn fetched_label(at: SystemTime) -> String {
    let format = ValueFormat::system();
    let at: chrono::DateTime<chrono::Utc> = at.into();
    format!("Fetched {}", format.date_time(&at.to_rfc3339()))
}
