//! The organization screen: a header with the logo, name and environment, the actions, every
//! value in its section with a copy button, and the logo panel.

use egui::{RichText, Ui};

use super::logo_panel::{LogoAction, LogoPanel};
use super::style;
use super::widgets::{CopyFeedback, badge_ui, card_heading_ui, copy_button_ui, environment_color};
use std::sync::Arc;

use crate::worker::{OrgData, OrgId, OrgSnapshot};
use crate::zoho::display;

pub use crate::worker::Freshness;

/// What the header says before the fetch time when the data may be out of date.
trait Caveat {
    fn caveat(self) -> Option<&'static str>;
}

impl Caveat for Freshness {
    fn caveat(self) -> Option<&'static str> {
        match self {
            Self::Live => None,
            Self::Cached => Some("From your last visit"),
            Self::Offline => Some("Offline: showing saved data"),
            Self::Stale => Some("Not up to date: showing saved data"),
        }
    }
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

/// The organization screen: draws the worker's snapshot of one org.
pub struct OrgView {
    /// The org shown.
    pub id: OrgId,
    /// What is shown.
    pub data: Arc<OrgData>,
    /// Where it came from.
    pub freshness: Freshness,
    /// Whether a refresh is running.
    pub refreshing: bool,
    /// The logo panel.
    pub logo: LogoPanel,
    copied: CopyFeedback,
}

impl OrgView {
    /// The screen for an org the worker has data of; `None` while it has none.
    pub fn from_snapshot(ctx: &egui::Context, snapshot: &OrgSnapshot) -> Option<Self> {
        let data = snapshot.data.clone()?;
        let mut view = Self {
            id: snapshot.id.clone(),
            data,
            freshness: snapshot.freshness,
            refreshing: snapshot.refreshing,
            logo: LogoPanel::default(),
            copied: CopyFeedback::default(),
        };
        view.apply(ctx, snapshot);
        Some(view)
    }

    /// Draws what the worker now knows of the org.
    pub fn apply(&mut self, ctx: &egui::Context, snapshot: &OrgSnapshot) {
        if let Some(data) = &snapshot.data {
            self.data = Arc::clone(data);
        }
        self.freshness = snapshot.freshness;
        self.refreshing = snapshot.refreshing;
        self.logo.apply(ctx, &snapshot.logo);
        self.logo.busy = snapshot.logo_busy;
    }

    /// Replaces the data (tests pin what depends on the clock).
    pub fn update(&mut self, data: OrgData, freshness: Freshness) {
        self.data = Arc::new(data);
        self.freshness = freshness;
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<OrgAction> {
        let mut action = None;
        self.header_ui(ui, &mut action);
        ui.add_space(10.0);
        let wide = ui.available_width() >= 760.0;
        if wide {
            let logo_width = (ui.available_width() * 0.38).clamp(300.0, 440.0);
            let sections_width = ui.available_width() - logo_width - 12.0;
            let height = ui.available_height();
            ui.horizontal_top(|ui| {
                ui.allocate_ui_with_layout(
                    egui::vec2(sections_width, height),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("sections")
                            .auto_shrink([false, false])
                            .show(ui, |ui| {
                                self.sections_ui(ui);
                            });
                    },
                );
                ui.add_space(4.0);
                ui.allocate_ui_with_layout(
                    egui::vec2(logo_width, height),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        if let Some(logo_action) = self.logo.ui(ui) {
                            action = Some(OrgAction::Logo(logo_action));
                        }
                    },
                );
            });
        } else {
            egui::ScrollArea::vertical()
                .id_salt("narrow")
                .auto_shrink([false, false])
                .show(ui, |ui| {
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
                    let scale = (48.0 / size.y).min(132.0 / size.x).min(1.0);
                    // Logos are made for light paper; a light plate keeps dark lettering readable.
                    egui::Frame::new()
                        .fill(egui::Color32::from_gray(0xf6))
                        .corner_radius(egui::CornerRadius::same(8))
                        .inner_margin(egui::Margin::same(6))
                        .show(ui, |ui| {
                            ui.add(
                                egui::Image::new((texture.id(), size * scale))
                                    .alt_text("Organization logo"),
                            );
                        });
                    ui.add_space(8.0);
                }
                ui.vertical(|ui| {
                    ui.horizontal(|ui| {
                        let name = self.data.org.display_name().unwrap_or("Your organization");
                        ui.label(RichText::new(name).font(style::heading(24.0)).strong());
                        if let Some(environment) = self.data.org.environment() {
                            let color = environment_color(ui, &environment);
                            badge_ui(ui, environment.label(), color);
                        }
                    });
                    ui.horizontal(|ui| {
                        let fetched = &self.data.fetched_label;
                        match self.freshness.caveat() {
                            None => ui.label(RichText::new(fetched).weak()),
                            Some(caveat) => ui.label(
                                RichText::new(format!("{caveat} · {fetched}"))
                                    .color(style::warning(ui)),
                            ),
                        };
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
                refresh.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, !self.refreshing, "Refresh")
                });
                if refresh.clicked() {
                    *action = Some(OrgAction::Refresh);
                }
                let copy_all = if self.copied.is_showing("all") {
                    "✔ Copied"
                } else {
                    "Copy all"
                };
                let response = ui
                    .button(copy_all)
                    .on_hover_text("Copy every value as readable text");
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, "Copy all")
                });
                if response.clicked() {
                    ui.ctx().copy_text(self.data.readable_text.clone());
                    self.copied.copied("all");
                }
                let copy_json = if self.copied.is_showing("json") {
                    "✔ Copied"
                } else {
                    "Copy as JSON"
                };
                let response = ui
                    .button(copy_json)
                    .on_hover_text("Copy Zoho's data exactly as it was sent");
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, "Copy as JSON")
                });
                if response.clicked() {
                    ui.ctx().copy_text(self.data.json.clone());
                    self.copied.copied("json");
                }
                if self.copied.is_showing("all") || self.copied.is_showing("json") {
                    ui.ctx()
                        .request_repaint_after(super::widgets::CONFIRMATION_TIME);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button("Sign out")
                        .on_hover_text("Sign out and forget the sign-in on this computer")
                        .clicked()
                    {
                        *action = Some(OrgAction::SignOut);
                    }
                });
            });
        });
    }

    fn sections_ui(&mut self, ui: &mut Ui) {
        for (section, rows) in display::on_screen(&self.data.sections) {
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                card_heading_ui(ui, section.title);
                ui.add_space(6.0);
                let label_width = (ui.available_width() * 0.36).clamp(110.0, 210.0);
                for row in rows {
                    ui.horizontal_top(|ui| {
                        let copy_width = 64.0;
                        ui.allocate_ui_with_layout(
                            egui::vec2(label_width, 0.0),
                            egui::Layout::top_down(egui::Align::Min),
                            |ui| {
                                ui.set_width(label_width);
                                ui.add(egui::Label::new(RichText::new(&row.label).weak()).wrap());
                            },
                        );
                        let value_width = (ui.available_width() - copy_width).max(80.0);
                        ui.allocate_ui_with_layout(
                            egui::vec2(value_width, 0.0),
                            egui::Layout::top_down(egui::Align::Min),
                            |ui| {
                                ui.set_width(value_width);
                                let text = match &row.value {
                                    Some(value) => RichText::new(display::value_on_screen(value))
                                        .color(ui.visuals().strong_text_color()),
                                    None => RichText::new(row.shown()).italics().weak(),
                                };
                                ui.add(egui::Label::new(text).selectable(true).wrap());
                            },
                        );
                        if let Some(value) = &row.value
                            && copy_button_ui(ui, &self.copied, &row.key, &row.label)
                        {
                            ui.ctx().copy_text(value.clone());
                            self.copied.copied(&row.key);
                        }
                    });
                    ui.add_space(2.0);
                }
            });
            ui.add_space(10.0);
        }
        if let Some(note) = display::rows_not_on_screen(&self.data.sections) {
            ui.label(RichText::new(note).italics().weak());
        }
    }
}
