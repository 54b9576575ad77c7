//! Compare: two orgs' sections side by side (a sandbox against its production), the values
//! that differ highlighted, *Show only differences* and *Copy differences*. Identifiers always
//! differ between two orgs, so they are shown but not counted.

use std::collections::HashMap;

use egui::{RichText, Ui, WidgetInfo};

use super::style;
use super::widgets::{CONFIRMATION_TIME, COPIED, CopyFeedback, card_heading_ui, steady_width};
use crate::i18n::{Msg, t};
use crate::worker::{OrgData, OrgId, OrgList, OrgSnapshot};
use crate::zoho::display::{self, Section, Text};
use crate::zoho::org::Environment;

/// The widest compare gets.
const MAX_WIDTH: f32 = 1320.0;

/// The section whose values name the org rather than describe it (its key).
const IDENTIFIERS: &str = "identifiers";

/// One field of both orgs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    /// The section it belongs to (its key, the same in every language).
    pub section: &'static str,
    /// The section's heading.
    pub section_title: Msg,
    /// Where it sits in Zoho's JSON.
    pub key: String,
    /// The label for people.
    pub label: Text,
    /// The first org's value as shown ("Not set" when it has none).
    pub left: Text,
    /// The second org's value as shown.
    pub right: Text,
    /// Whether the values differ and count as a difference.
    pub differs: bool,
    /// Whether it is an identifier (shown, never counted).
    pub identifier: bool,
}

/// Every field of either org, section by section in the first org's order, with whether it
/// differs.
pub fn diff(left: &OrgData, right: &OrgData) -> Vec<DiffRow> {
    let mut titles: Vec<(&'static str, &Msg)> = Vec::new();
    for section in left.sections.iter().chain(&right.sections) {
        if !titles.iter().any(|(key, _)| *key == section.key) {
            titles.push((section.key, &section.title));
        }
    }
    let find = |sections: &[Section], section_key: &str| -> Vec<display::Row> {
        sections
            .iter()
            .find(|section| section.key == section_key)
            .map(|section| section.rows.clone())
            .unwrap_or_default()
    };
    let mut rows = Vec::new();
    for (section_key, title) in titles {
        let left_rows = find(&left.sections, section_key);
        let right_rows = find(&right.sections, section_key);
        let mut keys: Vec<(&str, &Text)> = Vec::new();
        for row in left_rows.iter().chain(&right_rows) {
            if !keys.iter().any(|(key, _)| *key == row.key) {
                keys.push((&row.key, &row.label));
            }
        }
        for (key, label) in keys {
            let value = |rows: &[display::Row]| {
                rows.iter()
                    .find(|row| row.key == key)
                    .and_then(|row| row.value.clone())
                    .unwrap_or_else(|| Text::Msg(display::not_set()))
            };
            let (left_value, right_value) = (value(&left_rows), value(&right_rows));
            let identifier = section_key == IDENTIFIERS;
            rows.push(DiffRow {
                section: section_key,
                section_title: title.clone(),
                key: key.to_owned(),
                label: label.clone(),
                differs: !identifier && left_value != right_value,
                left: left_value,
                right: right_value,
                identifier,
            });
        }
    }
    rows
}

/// The differences as tab-separated text: a heading line with both names, then one line each,
/// the labels in this thread's language.
pub fn differences_text(rows: &[DiffRow], left_name: &str, right_name: &str) -> String {
    let flat = |text: &str| text.replace(['\t', '\n', '\r'], " ");
    let mut out = format!(
        "{}\t{}\t{}\n",
        flat(&t::org_compare_field().text()),
        flat(left_name),
        flat(right_name)
    );
    for row in rows.iter().filter(|row| row.differs) {
        let field = t::org_compare_copied_field(&row.label, row.section_title.clone()).text();
        out.push_str(&format!(
            "{}\t{}\t{}\n",
            flat(&field),
            flat(&row.left.text()),
            flat(&row.right.text())
        ));
    }
    out
}

/// Compare's own state: which two orgs, and whether only differences show.
#[derive(Default)]
pub struct CompareView {
    left: Option<OrgId>,
    right: Option<OrgId>,
    only_differences: bool,
    copied: CopyFeedback,
}

impl CompareView {
    /// Picks two orgs when none are picked (or a picked one is gone): the one on screen, and
    /// its production when it is not one itself, else the next org.
    pub fn prepare(&mut self, orgs: &OrgList, snapshots: &HashMap<OrgId, Box<OrgSnapshot>>) {
        let known = |id: &Option<OrgId>| {
            id.as_ref()
                .is_some_and(|id| orgs.orgs.iter().any(|org| &org.id == id))
        };
        if !known(&self.left) {
            self.left = orgs
                .current
                .clone()
                .or_else(|| orgs.orgs.first().map(|org| org.id.clone()));
        }
        if !known(&self.right) || self.right == self.left {
            let is_production = |id: &OrgId| {
                snapshots
                    .get(id)
                    .and_then(|snapshot| snapshot.data.as_ref())
                    .and_then(|data| data.org.environment())
                    == Some(Environment::Production)
            };
            let others: Vec<&OrgId> = orgs
                .orgs
                .iter()
                .map(|org| &org.id)
                .filter(|id| Some(*id) != self.left.as_ref())
                .collect();
            self.right = others
                .iter()
                .find(|id| is_production(id))
                .or_else(|| others.first())
                .map(|id| (*id).clone());
        }
    }

    /// Picks the two orgs (tests).
    pub fn pick(&mut self, left: &str, right: &str) {
        self.left = Some(left.to_owned());
        self.right = Some(right.to_owned());
    }

    /// Draws compare.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
    ) {
        self.prepare(orgs, snapshots);
        // On a large monitor the two values of a field stay within one glance.
        ui.set_max_width(ui.available_width().min(MAX_WIDTH));
        let name_of = |id: &Option<OrgId>| {
            id.as_ref()
                .and_then(|id| orgs.orgs.iter().find(|org| &org.id == id))
                .map(|org| org.name().to_owned())
                .unwrap_or_default()
        };
        ui.label(
            RichText::new(t::org_compare_title())
                .font(style::heading(22.0))
                .strong(),
        );
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            self.picker_ui(ui, orgs, true);
            ui.label(t::org_compare_with());
            self.picker_ui(ui, orgs, false);
        });
        let data = |id: &Option<OrgId>| {
            id.as_ref()
                .and_then(|id| snapshots.get(id))
                .and_then(|snapshot| snapshot.data.clone())
        };
        let (Some(left), Some(right)) = (data(&self.left), data(&self.right)) else {
            ui.add_space(8.0);
            ui.label(RichText::new(t::org_compare_pick()).weak());
            return;
        };
        let rows = diff(&left, &right);
        let count = rows.iter().filter(|row| row.differs).count();
        let (left_name, right_name) = (name_of(&self.left), name_of(&self.right));
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t::org_compare_count(count)).strong());
            ui.checkbox(
                &mut self.only_differences,
                t::org_compare_only_differences(),
            );
            let showing = self.copied.is_showing("differences");
            let copy = t::org_compare_copy().text();
            let text = if showing {
                RichText::new(COPIED).color(style::success(ui))
            } else {
                RichText::new(&copy)
            };
            let width = steady_width(ui, &[copy.as_str(), COPIED], &egui::TextStyle::Button);
            let response = ui
                .add_enabled(
                    count > 0,
                    egui::Button::new(text).min_size(egui::vec2(width, 0.0)),
                )
                .on_hover_text(t::org_compare_copy_tooltip());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, count > 0, &copy));
            if showing {
                ui.ctx().request_repaint_after(CONFIRMATION_TIME);
            }
            if response.clicked() {
                ui.ctx()
                    .copy_text(differences_text(&rows, &left_name, &right_name));
                self.copied.copied("differences");
            }
        });
        ui.label(
            RichText::new(t::org_compare_identifiers_note())
                .small()
                .weak(),
        );
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .id_salt("compare")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.sections_ui(ui, &rows, &left_name, &right_name);
            });
    }

    fn picker_ui(&mut self, ui: &mut Ui, orgs: &OrgList, first: bool) {
        let (slot, salt, label) = if first {
            (
                &mut self.left,
                "compare-first",
                t::org_compare_first().text(),
            )
        } else {
            (
                &mut self.right,
                "compare-second",
                t::org_compare_second().text(),
            )
        };
        let selected = slot
            .as_ref()
            .and_then(|id| orgs.orgs.iter().find(|org| &org.id == id))
            .map(|org| org.name().to_owned())
            .unwrap_or_default();
        let response = egui::ComboBox::from_id_salt(salt)
            .selected_text(selected)
            .width(220.0)
            .show_ui(ui, |ui| {
                for org in &orgs.orgs {
                    ui.selectable_value(slot, Some(org.id.clone()), org.name());
                }
            })
            .response;
        response.widget_info(|| WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
    }

    fn sections_ui(&self, ui: &mut Ui, rows: &[DiffRow], left_name: &str, right_name: &str) {
        let mut at = 0;
        while at < rows.len() {
            let section = rows[at].section;
            let title = rows[at].section_title.text();
            let end = rows[at..]
                .iter()
                .position(|row| row.section != section)
                .map_or(rows.len(), |length| at + length);
            let shown: Vec<&DiffRow> = rows[at..end]
                .iter()
                .filter(|row| !self.only_differences || row.differs)
                .collect();
            at = end;
            if shown.is_empty() {
                continue;
            }
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                card_heading_ui(ui, &title);
                ui.add_space(6.0);
                let width = ui.available_width();
                let label_width = (width * 0.26).clamp(100.0, 200.0);
                // Two gaps between the three columns, and each value's frame margin.
                let value_width = ((width - label_width - 2.0 * 10.0) / 2.0 - 8.0).max(80.0);
                egui::Grid::new(("compare-section", section))
                    .num_columns(3)
                    .min_col_width(label_width.min(value_width))
                    .spacing(egui::vec2(10.0, 4.0))
                    .show(ui, |ui| {
                        ui.label(RichText::new(t::org_compare_field()).small().weak());
                        ui.label(RichText::new(left_name).small().strong());
                        ui.label(RichText::new(right_name).small().strong());
                        ui.end_row();
                        for row in shown {
                            row_ui(ui, row, label_width, value_width);
                        }
                    });
            });
            ui.add_space(10.0);
        }
    }
}

/// A field of both orgs: a differing one is tinted and marked "≠" (not colour alone).
fn row_ui(ui: &mut Ui, row: &DiffRow, label_width: f32, value_width: f32) {
    let label = if row.differs {
        RichText::new(format!("≠ {}", row.label)).color(ui.visuals().strong_text_color())
    } else if row.identifier && row.left != row.right {
        RichText::new(t::org_compare_always_differs(&row.label)).weak()
    } else {
        RichText::new(row.label.text()).weak()
    };
    ui.allocate_ui_with_layout(
        egui::vec2(label_width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(label_width);
            ui.add(egui::Label::new(label).wrap());
        },
    );
    for value in [&row.left, &row.right] {
        let value = value.text();
        let text = RichText::new(display::value_on_screen(&value));
        let text = if row.differs {
            text.color(ui.visuals().strong_text_color())
        } else {
            text
        };
        let response = egui::Frame::new()
            .fill(if row.differs {
                style::warning(ui).gamma_multiply(0.16)
            } else {
                egui::Color32::TRANSPARENT
            })
            .corner_radius(egui::CornerRadius::same(4))
            .inner_margin(egui::Margin::symmetric(4, 1))
            .show(ui, |ui| {
                ui.set_width(value_width);
                ui.add(egui::Label::new(text).selectable(true).wrap());
            })
            .response;
        if row.differs {
            response.widget_info(|| {
                WidgetInfo::labeled(
                    egui::Role::Label,
                    true,
                    t::org_compare_differs(&row.label, value.as_ref()).text(),
                )
            });
        }
    }
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(section: &'static str, label: &str, left: &str, right: &str, differs: bool) -> DiffRow {
        let title = if section == IDENTIFIERS {
            t::org_section_identifiers()
        } else {
            t::org_section_licence()
        };
        DiffRow {
            section,
            section_title: title,
            key: label.to_lowercase(),
            label: Text::Plain(label.to_owned()),
            left: Text::Plain(left.to_owned()),
            right: Text::Plain(right.to_owned()),
            differs,
            identifier: section == IDENTIFIERS,
        }
    }

    #[test]
    fn copied_differences_leave_out_identifiers_and_equal_values() {
        let rows = [
            row("licence", "Edition", "enterprise", "professional", true),
            row("licence", "Paid", "On", "On", false),
            row(IDENTIFIERS, "Organization ID", "1", "2", false),
        ];
        let text = differences_text(&rows, "Prod", "Sandbox");
        assert_eq!(
            text,
            "Field\tProd\tSandbox\nLicence: Edition\tenterprise\tprofessional\n"
        );
    }
}
