//! The switcher: every signed-in org down the left side of the window (its logo, name,
//! environment badge and data centre; the one on screen highlighted), the way to the overview
//! and to compare, and *Add an organization…*. Narrow windows fold it to logos. It also keeps
//! each org's screen while another is shown, so its scroll position and filter survive a switch.

use std::collections::HashMap;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Sense, Ui, UiBuilder, WidgetInfo};

use super::org_view::OrgView;
use super::style;
use super::thumbnails::Thumbnails;
use super::widgets::{self, badge_ui, environment_color};
use crate::i18n::{Msg, t};
use crate::store::SignedInOrg;
use crate::worker::{OrgId, OrgList, OrgSnapshot};
use crate::zoho::display::environment_name;
use crate::zoho::org::Environment;

/// From this window width the switcher shows names; narrower, only logos.
pub const NAMES_FROM: f32 = 900.0;

/// Below this window width the switcher is a menu in the top bar: at 640 px a side panel would
/// squeeze the org screen's actions into each other.
pub const SIDE_PANEL_FROM: f32 = 760.0;

/// Whether a window `width` wide has room for the switcher on the side.
pub fn fits_beside(width: f32) -> bool {
    width >= SIDE_PANEL_FROM
}

/// The switcher's width with names.
const FULL_WIDTH: f32 = 236.0;

/// The switcher's width with logos only.
const RAIL_WIDTH: f32 = 80.0;

/// What the main area shows, for the switcher to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The current org.
    Org,
    /// The overview of every org.
    Overview,
    /// Two orgs side by side.
    Compare,
}

/// What the person did in the switcher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SwitcherAction {
    /// Show this org.
    Switch(OrgId),
    /// Show the overview.
    Overview,
    /// Show compare.
    Compare,
    /// Sign in to one more org.
    AddOrg,
    /// Ask before signing out of this org.
    SignOut(OrgId),
}

/// The switcher's own state: what it draws comes from the worker's list and snapshots.
#[derive(Default)]
pub struct Switcher {
    /// The orgs' logos, small.
    pub thumbnails: Thumbnails,
    /// The screens of the orgs not on screen, as the person left them.
    parked: HashMap<OrgId, Box<OrgView>>,
    /// The person folded the switcher to logos on a wide window.
    folded: bool,
    /// *Add an organization…* was chosen: the sentence about Zoho's picker is showing.
    pub asking_to_add: bool,
    /// *Sign out of all…* was chosen: the confirmation is showing.
    pub asking_to_sign_out_all: bool,
}

impl Switcher {
    /// Keeps an org's screen while another org is shown.
    pub fn park(&mut self, view: Box<OrgView>) {
        self.parked.insert(view.id.clone(), view);
    }

    /// The screen of `org` as the person left it, if any.
    pub fn unpark(&mut self, org: &str) -> Option<Box<OrgView>> {
        self.parked.remove(org)
    }

    /// Forgets what it keeps of orgs that are no longer signed in.
    pub fn keep_only(&mut self, orgs: &OrgList) {
        let ids: Vec<&OrgId> = orgs.orgs.iter().map(|org| &org.id).collect();
        self.parked.retain(|id, _| ids.contains(&id));
        self.thumbnails.keep_only(&ids);
    }

    /// Draws the switcher as a menu in the top bar, for narrow windows: a button naming the
    /// org on screen, which opens the list.
    pub fn header_ui(
        &mut self,
        ui: &mut Ui,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
        place: Place,
    ) -> Option<SwitcherAction> {
        let shown = match place {
            Place::Org => orgs
                .current
                .as_ref()
                .and_then(|id| orgs.orgs.iter().find(|org| &org.id == id))
                .map_or_else(String::new, |org| {
                    snapshots
                        .get(&org.id)
                        .and_then(|snapshot| snapshot.data.as_ref())
                        .and_then(|data| data.org.display_name().map(str::to_owned))
                        .unwrap_or_else(|| org.name().to_owned())
                }),
            Place::Overview => t::org_overview_title().text(),
            Place::Compare => t::org_compare_title().text(),
        };
        // A long name must not push the menu off a 640 px top bar.
        let short: String = if shown.chars().count() > 26 {
            shown.chars().take(25).chain(['…']).collect()
        } else {
            shown.clone()
        };
        let mut action = None;
        let response = ui
            .menu_button(format!("{short} ⏷"), |ui| {
                ui.set_width(FULL_WIDTH);
                action = self.contents_ui(ui, orgs, snapshots, place, false, false, Some(320.0));
                if action.is_some() {
                    ui.close();
                }
            })
            .response;
        response.widget_info(|| {
            WidgetInfo::labeled(
                egui::Role::Button,
                true,
                t::org_switcher_menu(shown.as_str()).text(),
            )
        });
        action
    }

    /// Draws the switcher as a panel on the left of `ui`.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
        place: Place,
    ) -> Option<SwitcherAction> {
        let wide = ui.available_width() >= NAMES_FROM;
        let icons = self.folded || !wide;
        let width = if icons { RAIL_WIDTH } else { FULL_WIDTH };
        let mut action = None;
        egui::Panel::left("switcher")
            .resizable(false)
            .exact_size(width)
            .frame(
                egui::Frame::side_top_panel(ui.style())
                    .inner_margin(egui::Margin::symmetric(6, 10)),
            )
            .show(ui, |ui| {
                action = self.contents_ui(ui, orgs, snapshots, place, icons, wide, None);
            });
        action
    }

    /// The places (overview, compare, adding an org), then the orgs. `rows` is the height
    /// the list may take: it scrolls, drawing only the entries in view.
    #[expect(
        clippy::too_many_arguments,
        reason = "the switcher draws the worker's list and snapshots in one of three shapes"
    )]
    fn contents_ui(
        &mut self,
        ui: &mut Ui,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
        place: Place,
        icons: bool,
        wide: bool,
        list_height: Option<f32>,
    ) -> Option<SwitcherAction> {
        let mut action = self.places_ui(ui, orgs, place, icons);
        ui.add_space(4.0);
        ui.separator();
        if !icons || wide {
            ui.horizontal(|ui| {
                if !icons {
                    ui.label(RichText::new(t::org_switcher_heading()).small().weak());
                }
                if wide {
                    let (text, hint) = if self.folded {
                        ("»", t::org_switcher_unfold().text())
                    } else {
                        ("«", t::org_switcher_fold().text())
                    };
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let response = ui.small_button(text).on_hover_text(&hint);
                        response
                            .widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &hint));
                        if response.clicked() {
                            self.folded = !self.folded;
                        }
                    });
                }
            });
        }

        let mut scroll = egui::ScrollArea::vertical()
            .id_salt(("switcher-orgs", icons))
            .auto_shrink([false, list_height.is_some()]);
        if let Some(height) = list_height {
            scroll = scroll.max_height(height);
        }
        // Only the entries in view are drawn: 200 orgs cost what 10 do.
        scroll.show_rows(ui, entry_height(icons), orgs.orgs.len(), |ui, range| {
            for index in range {
                let Some(org) = orgs.orgs.get(index) else {
                    continue;
                };
                let current = place == Place::Org && orgs.current.as_ref() == Some(&org.id);
                let snapshot = snapshots.get(&org.id).map(AsRef::as_ref);
                let response = self.entry_ui(ui, org, snapshot, index, current, icons);
                if response.clicked() && !current {
                    action = Some(SwitcherAction::Switch(org.id.clone()));
                }
                response.context_menu(|ui| {
                    if ui.button(t::org_switcher_sign_out()).clicked() {
                        action = Some(SwitcherAction::SignOut(org.id.clone()));
                        ui.close();
                    }
                });
            }
        });
        action
    }

    /// The overview, compare and *Add an organization…*.
    fn places_ui(
        &self,
        ui: &mut Ui,
        orgs: &OrgList,
        place: Place,
        icons: bool,
    ) -> Option<SwitcherAction> {
        let mut action = None;
        let several = orgs.orgs.len() >= 2;
        let places = [
            (
                Place::Overview,
                "⊞",
                t::org_overview_title().text(),
                t::org_switcher_overview_tooltip(),
                true,
            ),
            (
                Place::Compare,
                "↔",
                t::org_compare_title().text(),
                t::org_switcher_compare_tooltip(),
                several,
            ),
        ];
        for (target, icon, name, hint, enabled) in places {
            let text = if icons {
                icon.to_owned()
            } else {
                format!("{icon}  {name}")
            };
            // Drawn like the org entries: egui's own selected look puts accent text on an
            // accent fill, which reads at less than 2:1 in the dark theme.
            let selected = place == target;
            let text = if selected {
                RichText::new(text).color(ui.visuals().strong_text_color())
            } else {
                RichText::new(text)
            };
            let button = egui::Button::new(text)
                .frame_when_inactive(selected)
                .fill(if selected {
                    ui.visuals().selection.bg_fill.gamma_multiply(0.45)
                } else {
                    egui::Color32::TRANSPARENT
                })
                .min_size(egui::vec2(ui.available_width(), 30.0));
            let response = ui
                .add_enabled(enabled, button)
                .on_hover_text(hint)
                .on_disabled_hover_text(t::org_switcher_compare_disabled());
            response.widget_info(|| {
                WidgetInfo::selected(egui::Role::Button, enabled, place == target, &name)
            });
            if response.clicked() {
                action = Some(match target {
                    Place::Compare => SwitcherAction::Compare,
                    _ => SwitcherAction::Overview,
                });
            }
        }
        ui.add_space(6.0);
        let add = if icons {
            "+".to_owned()
        } else {
            t::org_switcher_add_button().text()
        };
        let response = ui
            .add(egui::Button::new(add).min_size(egui::vec2(ui.available_width(), 30.0)))
            .on_hover_text(t::org_switcher_add_tooltip());
        let name = t::org_switcher_add().text();
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
        if response.clicked() {
            action = Some(SwitcherAction::AddOrg);
        }
        action
    }

    /// One org: a button showing its logo, name, environment and data centre.
    fn entry_ui(
        &mut self,
        ui: &mut Ui,
        org: &SignedInOrg,
        snapshot: Option<&OrgSnapshot>,
        index: usize,
        current: bool,
        icons: bool,
    ) -> egui::Response {
        let height = entry_height(icons);
        let data = snapshot.and_then(|snapshot| snapshot.data.as_deref());
        let name = data
            .and_then(|data| data.org.display_name())
            .unwrap_or_else(|| org.name())
            .to_owned();
        let environment = data
            .and_then(|data| data.org.environment())
            .or_else(|| org.environment.as_deref().map(Environment::parse));
        let data_centre = org
            .data_centre
            .as_deref()
            .map(str::to_uppercase)
            .unwrap_or_default();
        let label = entry_label(&name, environment.as_ref(), &data_centre);
        let width = ui.available_width();
        let background = ui.painter().add(egui::Shape::Noop);
        let inner = ui.scope_builder(
            UiBuilder::new()
                .sense(Sense::click())
                .id_salt(("switcher-entry", &org.id)),
            |ui| {
                ui.set_min_size(egui::vec2(width, height));
                ui.set_max_width(width);
                // The entry is one button: its words must not take the clicks.
                ui.style_mut().interaction.selectable_labels = false;
                let margin = egui::Margin::symmetric(6, 6);
                egui::Frame::new().inner_margin(margin).show(ui, |ui| {
                    if icons {
                        ui.vertical_centered(|ui| {
                            self.thumbnails.ui(ui, snapshot, &name, 34.0);
                            if let Some(environment) = &environment {
                                let color = environment_color(ui, environment);
                                ui.add(
                                    egui::Label::new(
                                        RichText::new(short_label(environment).text())
                                            .small()
                                            .strong()
                                            .color(readable(ui, color)),
                                    )
                                    .truncate(),
                                );
                            }
                        });
                    } else {
                        ui.horizontal(|ui| {
                            self.thumbnails.ui(ui, snapshot, &name, 36.0);
                            ui.vertical(|ui| {
                                ui.spacing_mut().item_spacing.y = 2.0;
                                ui.add(egui::Label::new(RichText::new(&name).strong()).truncate());
                                ui.horizontal(|ui| {
                                    ui.spacing_mut().item_spacing.x = 6.0;
                                    if let Some(environment) = &environment {
                                        let color = environment_color(ui, environment);
                                        badge_ui(ui, &environment_name(environment).text(), color);
                                    }
                                    if !data_centre.is_empty() {
                                        ui.label(RichText::new(&data_centre).small());
                                    }
                                });
                            });
                        });
                    }
                });
            },
        );
        let response = inner.response;
        let rect = response.rect;
        let visuals = ui.visuals();
        let fill = if current {
            visuals.selection.bg_fill.gamma_multiply(0.45)
        } else if response.hovered() {
            visuals.widgets.hovered.weak_bg_fill
        } else {
            egui::Color32::TRANSPARENT
        };
        ui.painter().set(
            background,
            egui::Shape::rect_filled(rect, egui::CornerRadius::same(8), fill),
        );
        if current {
            let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()));
            ui.painter()
                .rect_filled(bar, egui::CornerRadius::same(2), style::accent(ui));
        }
        let details = entry_details(environment.as_ref(), &data_centre);
        let tooltip = match (details, index < 9) {
            (Some(details), true) => {
                t::org_switcher_entry_tooltip_shortcut(details, name.as_str(), index + 1)
            }
            (Some(details), false) => t::org_switcher_entry_tooltip(details, name.as_str()),
            (None, true) => t::org_switcher_entry_name_shortcut(name.as_str(), index + 1),
            (None, false) => t::org_switcher_entry_name(name.as_str()),
        };
        let response = response.on_hover_text(tooltip);
        response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, current, &label));
        response
    }
}

/// The height of an org's entry: every one is the same, so the list can draw only those in view.
fn entry_height(icons: bool) -> f32 {
    if icons { 60.0 } else { 52.0 }
}

/// What a screen reader says of an org's entry: "Zylker Labs: Developer, data centre US".
pub fn entry_label(name: &str, environment: Option<&Environment>, data_centre: &str) -> String {
    match entry_details(environment, data_centre) {
        Some(details) => t::org_switcher_entry(details, name).text(),
        None => name.to_owned(),
    }
}

/// The environment and the data centre of an entry, in words, when either is known.
fn entry_details(environment: Option<&Environment>, data_centre: &str) -> Option<Msg> {
    match (environment, data_centre.is_empty()) {
        (Some(environment), false) => Some(t::org_switcher_environment_data_centre(
            data_centre,
            environment_name(environment),
        )),
        (Some(environment), true) => {
            Some(t::org_switcher_environment(environment_name(environment)))
        }
        (None, false) => Some(t::org_switcher_data_centre(data_centre)),
        (None, true) => None,
    }
}

/// The environment in a word short enough for the folded switcher.
fn short_label(environment: &Environment) -> crate::zoho::display::Text {
    use crate::zoho::display::Text;
    match environment {
        Environment::Production => Text::Msg(t::org_environment_production_short()),
        Environment::Sandbox => Text::Msg(t::org_environment_sandbox_short()),
        Environment::Developer => Text::Msg(t::org_environment_developer_short()),
        Environment::Bigin => Text::Msg(t::org_environment_bigin_short()),
        Environment::Other(other) => Text::Plain(other.clone()),
    }
}

/// A badge colour darkened on the light theme so the word on its own reads at 4.5:1.
fn readable(ui: &Ui, color: egui::Color32) -> egui::Color32 {
    if ui.visuals().dark_mode {
        color
    } else {
        let [red, green, blue, _] = color.to_array();
        let darker = |channel: u8| (f32::from(channel) * 0.75).round() as u8;
        egui::Color32::from_rgb(darker(red), darker(green), darker(blue))
    }
}

/// The org Ctrl+1…Ctrl+9 or Ctrl+Tab (Ctrl+Shift+Tab backwards) asks for, if any.
pub fn shortcut_target(ctx: &egui::Context, orgs: &OrgList) -> Option<OrgId> {
    const DIGITS: [Key; 9] = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
        Key::Num7,
        Key::Num8,
        Key::Num9,
    ];
    if orgs.orgs.is_empty() {
        return None;
    }
    let (digit, step) = ctx.input_mut(|input| {
        let digit = DIGITS.iter().position(|key| {
            input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, *key))
        });
        let back = input.consume_shortcut(&KeyboardShortcut::new(
            Modifiers::CTRL | Modifiers::SHIFT,
            Key::Tab,
        ));
        let forward = input.consume_shortcut(&KeyboardShortcut::new(Modifiers::CTRL, Key::Tab));
        let step = if back {
            Some(orgs.orgs.len() - 1)
        } else if forward {
            Some(1)
        } else {
            None
        };
        (digit, step)
    });
    if let Some(index) = digit {
        return orgs.orgs.get(index).map(|org| org.id.clone());
    }
    let step = step?;
    let at = orgs
        .current
        .as_ref()
        .and_then(|current| orgs.orgs.iter().position(|org| &org.id == current))
        .unwrap_or(0);
    orgs.orgs
        .get((at + step) % orgs.orgs.len())
        .map(|org| org.id.clone())
}

/// Before the browser opens for *Add an organization…*: one sentence on Zoho's picker.
/// `Some(true)` to go on, `Some(false)` to cancel.
pub fn add_org_prompt_ui(ctx: &egui::Context) -> Option<bool> {
    widgets::confirm_ui(
        ctx,
        "add-organization",
        &t::org_add_title().text(),
        &t::org_add_text().text(),
        &t::org_add_continue().text(),
    )
}

/// The confirmation of *Sign out of all…*. `Some(true)` to sign out, `Some(false)` to cancel.
pub fn sign_out_all_prompt_ui(ctx: &egui::Context, count: usize) -> Option<bool> {
    widgets::confirm_ui(
        ctx,
        "sign-out-all",
        &t::org_sign_out_all_title(count).text(),
        &t::org_sign_out_all_text().text(),
        &t::org_sign_out_all_confirm().text(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_label_names_the_environment_and_data_centre_in_words() {
        assert_eq!(
            entry_label("Zylker Labs", Some(&Environment::Developer), "US"),
            "Zylker Labs: Developer, data centre US"
        );
        assert_eq!(entry_label("Plain", None, ""), "Plain");
    }
}
