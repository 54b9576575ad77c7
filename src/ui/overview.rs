//! The overview: every signed-in org in one table (sortable by every column, searchable by
//! name, ID, domain and data centre), with *Refresh all*, *Copy table* and *Export…*. Rows are
//! drawn only where they are visible, so hundreds of orgs scroll as smoothly as three.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use egui::{Key, RichText, Ui, WidgetInfo};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::style;
use super::thumbnails::Thumbnails;
use super::widgets::{
    CONFIRMATION_TIME, COPIED, CopyFeedback, badge_ui, environment_color, steady_width,
};
use crate::i18n::t;
use crate::overview::{Column, OverviewRow, RowState, rows, tsv};
use crate::problem::Problem;
use crate::worker::{LogoUpdate, OrgId, OrgList, OrgSnapshot};
use crate::zoho::display::environment_name;

/// The height of a row: a thumbnail and a line of text.
const ROW_HEIGHT: f32 = 34.0;

/// What the person did on the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverviewAction {
    /// Show this org.
    Open(OrgId),
    /// Fetch every org again.
    RefreshAll,
    /// Save the table as a CSV file.
    Export,
}

/// The overview's own state: the search, the order, the row picked. The rows themselves are
/// made from the worker's snapshots, again only when something they show changed.
#[derive(Default)]
pub struct OverviewView {
    search: String,
    sort: Option<(Column, bool)>,
    selected: Option<OrgId>,
    copied: CopyFeedback,
    /// "Now" for the expiry alerts, when a test fixes it.
    clock: Option<SystemTime>,
    /// The rows last made, and what they were made from.
    made: Option<(u64, Arc<Vec<OverviewRow>>)>,
}

impl OverviewView {
    /// Fixes "now" for the expiry alerts (tests and snapshots).
    pub fn pin_clock(&mut self, now: SystemTime) {
        self.clock = Some(now);
    }

    /// The rows shown, searched and sorted: made again only when the orgs, what the worker said
    /// of them, the search, the order or the minute changed (200 orgs are not re-read and
    /// re-sorted 60 times a second while the table scrolls).
    fn visible_rows(
        &mut self,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
    ) -> Arc<Vec<OverviewRow>> {
        let now = self.clock.unwrap_or_else(SystemTime::now);
        let mut hasher = DefaultHasher::new();
        for org in &orgs.orgs {
            (
                &org.id,
                &org.zgid,
                &org.company_name,
                &org.environment,
                &org.data_centre,
                &org.domain_name,
            )
                .hash(&mut hasher);
            if let Some(snapshot) = snapshots.get(&org.id) {
                snapshot.data.as_ref().map(Arc::as_ptr).hash(&mut hasher);
                snapshot.refreshing.hash(&mut hasher);
                (snapshot.freshness as u8).hash(&mut hasher);
                snapshot
                    .problem
                    .as_ref()
                    .map(|problem| problem.at)
                    .hash(&mut hasher);
                matches!(snapshot.logo, LogoUpdate::Shown { .. }).hash(&mut hasher);
            }
        }
        self.search.hash(&mut hasher);
        self.sort.hash(&mut hasher);
        // Words sort differently in another language.
        crate::i18n::current().hash(&mut hasher);
        // Expiry alerts count days: a new minute is soon enough.
        now.duration_since(UNIX_EPOCH)
            .map(|since| since.as_secs() / 60)
            .unwrap_or_default()
            .hash(&mut hasher);
        let key = hasher.finish();
        if let Some((made, rows)) = &self.made
            && *made == key
        {
            return Arc::clone(rows);
        }
        let rows = Arc::new(self.make_rows(orgs, snapshots, now));
        self.made = Some((key, Arc::clone(&rows)));
        rows
    }

    fn make_rows(
        &self,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
        now: SystemTime,
    ) -> Vec<OverviewRow> {
        let needle = self.search.trim().to_lowercase();
        let mut rows: Vec<OverviewRow> =
            rows(&orgs.orgs, |id| snapshots.get(id).map(AsRef::as_ref), now)
                .into_iter()
                .filter(|row| row.matches(&needle))
                .collect();
        if let Some((column, descending)) = self.sort {
            rows.sort_by(|a, b| {
                let order = a.compare(b, column);
                if descending { order.reverse() } else { order }
            });
        }
        rows
    }

    /// Draws the overview.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        orgs: &OrgList,
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
        thumbnails: &mut Thumbnails,
    ) -> Option<OverviewAction> {
        let mut action = None;
        let rows = self.visible_rows(orgs, snapshots);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(t::org_overview_title())
                    .font(style::heading(22.0))
                    .strong(),
            );
            let count = t::org_overview_count(orgs.orgs.len());
            ui.label(RichText::new(count).weak());
        });
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .id_salt("overview-search")
                    .hint_text(t::org_overview_search_hint())
                    .desired_width(260.0),
            )
            .accessible_name(t::org_overview_search())
            .on_hover_text(t::org_overview_search_tooltip());
            let refreshing = snapshots.values().any(|snapshot| snapshot.refreshing);
            let (refresh, busy) = (
                t::org_overview_refresh_all_button().text(),
                t::org_refreshing().text(),
            );
            let label = if refreshing { &busy } else { &refresh };
            let width = steady_width(
                ui,
                &[refresh.as_str(), busy.as_str()],
                &egui::TextStyle::Button,
            );
            let response = ui
                .add(egui::Button::new(label.as_str()).min_size(egui::vec2(width, 0.0)))
                .on_hover_text(t::org_overview_refresh_all_tooltip());
            let name = t::org_overview_refresh_all().text();
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &name));
            // F5 and Ctrl+R refresh here as on an org's screen: every org.
            let keys = ui.input_mut(|input| {
                input.consume_key(egui::Modifiers::NONE, Key::F5)
                    || input.consume_shortcut(&egui::KeyboardShortcut::new(
                        egui::Modifiers::COMMAND,
                        Key::R,
                    ))
            });
            if response.clicked() || keys {
                action = Some(OverviewAction::RefreshAll);
            }
            let showing = self.copied.is_showing("table");
            let copy_table = t::org_overview_copy_table().text();
            let text = if showing {
                RichText::new(COPIED).color(style::success(ui))
            } else {
                RichText::new(&copy_table)
            };
            let width = steady_width(ui, &[copy_table.as_str(), COPIED], &egui::TextStyle::Button);
            let response = ui
                .add(egui::Button::new(text).min_size(egui::vec2(width, 0.0)))
                .on_hover_text(t::org_overview_copy_table_tooltip());
            response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &copy_table));
            if showing {
                ui.ctx().request_repaint_after(CONFIRMATION_TIME);
            }
            if response.clicked() {
                ui.ctx().copy_text(tsv(&rows));
                self.copied.copied("table");
            }
            if ui
                .button(t::org_export_button())
                .on_hover_text(t::org_overview_export_tooltip())
                .clicked()
            {
                action = Some(OverviewAction::Export);
            }
        });
        ui.add_space(8.0);
        if rows.is_empty() {
            ui.label(RichText::new(t::org_overview_no_match()).weak());
            return action;
        }
        // Enter opens the row picked, unless it is typing into a text field (the search box).
        let enter = !ui.ctx().egui_wants_keyboard_input()
            && ui.input(|input| input.key_pressed(Key::Enter));
        if enter
            && let Some(selected) = &self.selected
            && rows.iter().any(|row| &row.id == selected)
        {
            action = Some(OverviewAction::Open(selected.clone()));
        }
        egui::ScrollArea::horizontal()
            .id_salt("overview-wide")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some(open) = self.table_ui(ui, &rows, snapshots, thumbnails) {
                    action = Some(OverviewAction::Open(open));
                }
            });
        action
    }

    fn table_ui(
        &mut self,
        ui: &mut Ui,
        rows: &[OverviewRow],
        snapshots: &HashMap<OrgId, Box<OrgSnapshot>>,
        thumbnails: &mut Thumbnails,
    ) -> Option<OrgId> {
        let mut open = None;
        // A row is one target: its words must not take the clicks meant to pick or open it.
        ui.style_mut().interaction.selectable_labels = false;
        let widths: Vec<f32> = Column::ALL[1..]
            .iter()
            .map(|column| column_width(ui, *column, rows))
            .collect();
        let mut table = TableBuilder::new(ui)
            .id_salt("overview")
            .striped(true)
            .resizable(true)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(TableColumn::exact(30.0))
            .column(TableColumn::initial(200.0).at_least(120.0).clip(true));
        for width in widths {
            table = table.column(TableColumn::initial(width).at_least(50.0).clip(true));
        }
        table
            .header(28.0, |mut header| {
                header.col(|ui| {
                    ui.label(RichText::new(t::org_overview_column_logo()).small().weak());
                });
                for column in Column::ALL {
                    header.col(|ui| self.heading_ui(ui, column));
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, rows.len(), |mut table_row| {
                    let Some(row) = rows.get(table_row.index()) else {
                        return;
                    };
                    table_row.set_selected(self.selected.as_ref() == Some(&row.id));
                    let snapshot = snapshots.get(&row.id).map(AsRef::as_ref);
                    table_row.col(|ui| {
                        thumbnails.ui(ui, snapshot, &row.name, 26.0);
                    });
                    table_row.col(|ui| {
                        let response = ui
                            .add(egui::Link::new(RichText::new(&row.name).strong()))
                            .on_hover_text(t::org_overview_open_tooltip());
                        response.widget_info(|| {
                            WidgetInfo::labeled(
                                egui::Role::Link,
                                true,
                                t::org_overview_open(row.name.as_str()).text(),
                            )
                        });
                        if response.clicked() {
                            open = Some(row.id.clone());
                        }
                    });
                    for column in &Column::ALL[1..] {
                        table_row.col(|ui| cell_ui(ui, row, *column, snapshot));
                    }
                    let response = table_row.response();
                    if response.double_clicked() {
                        open = Some(row.id.clone());
                    } else if response.clicked() {
                        self.selected = Some(row.id.clone());
                        // Picking a row leaves the search box, so Enter opens the row.
                        Self::focus_off(&response);
                    }
                });
            });
        open
    }

    /// Takes the keyboard focus from whatever had it (the search box), for the table's keys.
    fn focus_off(response: &egui::Response) {
        response.ctx.memory_mut(|memory| {
            if let Some(focused) = memory.focused() {
                memory.surrender_focus(focused);
            }
        });
    }

    /// A column heading: a button that sorts by the column (again: the other way round).
    fn heading_ui(&mut self, ui: &mut Ui, column: Column) {
        let arrow = match self.sort {
            Some((sorted, false)) if sorted == column => " ⏶",
            Some((sorted, true)) if sorted == column => " ⏷",
            _ => "",
        };
        let title = column.title().text();
        let hint = column.sort_hint().text();
        let response = ui
            .add(egui::Button::new(RichText::new(format!("{title}{arrow}")).strong()).frame(false))
            .on_hover_text(&hint);
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &hint));
        if response.clicked() {
            self.sort = match self.sort {
                Some((sorted, descending)) if sorted == column => Some((column, !descending)),
                _ => Some((column, false)),
            };
        }
    }
}

/// A column's first width: its usual one, or more when its heading with the sort arrow (and,
/// for the environment, the widest badge shown) needs it, so that no language's heading starts
/// out cut short; "Rechenzentrum" and "有料/トライアル" are wider than "Data centre".
fn column_width(ui: &Ui, column: Column, rows: &[OverviewRow]) -> f32 {
    let usual: f32 = match column {
        Column::Expiry | Column::Fetched => 220.0,
        Column::TimeZone | Column::Currency => 150.0,
        Column::Users | Column::DataCentre => 80.0,
        _ => 100.0,
    };
    let heading = format!("{} ⏷", column.title().text());
    let mut needed = steady_width(ui, &[heading.as_str()], &egui::TextStyle::Button);
    if column == Column::Environment {
        let names: Vec<String> = rows
            .iter()
            .filter_map(|row| row.environment.as_ref())
            .map(|environment| environment_name(environment).text().to_string())
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        // The badge's inner margin and stroke beside the words.
        needed = needed.max(steady_width(ui, &names, &egui::TextStyle::Small) + 20.0);
    }
    usual.max(needed + ui.spacing().item_spacing.x)
}

/// One cell: words, with colour only ever beside them.
fn cell_ui(ui: &mut Ui, row: &OverviewRow, column: Column, snapshot: Option<&OrgSnapshot>) {
    match column {
        Column::Environment => {
            if let Some(environment) = &row.environment {
                let color = environment_color(ui, environment);
                // A cell is a row tall; the badge keeps its own height inside it.
                ui.allocate_ui_with_layout(
                    egui::vec2(ui.available_width(), 22.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| badge_ui(ui, &environment_name(environment).text(), color),
                );
            }
        }
        Column::Expiry => match row.expiry_alert {
            Some(alert) => {
                let color = if alert.has_passed() {
                    style::danger(ui)
                } else {
                    style::warning(ui)
                };
                ui.label(RichText::new(format!("⚠ {}", row.expiry)).color(color))
                    .on_hover_text(alert.text());
            }
            None => {
                ui.label(&row.expiry);
            }
        },
        Column::State => state_ui(ui, &row.state, snapshot.and_then(|s| s.problem.as_ref())),
        column => {
            ui.label(row.text(column));
        }
    }
}

/// The state in one word, its sentence on hover and for screen readers; a problem's word opens
/// its *Details* (Zoho's code, HTTP status, time) with *Copy details*.
fn state_ui(ui: &mut Ui, state: &RowState, problem: Option<&Problem>) {
    let color = match state {
        RowState::Fresh => style::success(ui),
        RowState::Problem { .. } => style::danger(ui),
        RowState::Offline => style::warning(ui),
        RowState::Refreshing | RowState::Saved | RowState::NotFetched => ui.visuals().text_color(),
    };
    let word = if state.is_problem() {
        format!("⚠ {}", state.word())
    } else {
        state.word().text()
    };
    let label = t::org_state_label(state.sentence(), state.word()).text();
    let Some(problem) = problem.filter(|_| state.is_problem()) else {
        let response = ui
            .add(egui::Label::new(RichText::new(word).color(color)).sense(egui::Sense::hover()))
            .on_hover_text(state.sentence());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, true, &label));
        return;
    };
    let response = ui
        .menu_button(RichText::new(word).color(color), |ui| {
            ui.set_max_width(360.0);
            ui.label(RichText::new(problem.summary.text()).strong());
            if let Some(resolution) = &problem.resolution {
                ui.label(&**resolution);
            }
            if problem.has_details() {
                ui.add_space(4.0);
                egui::Grid::new("overview-problem-details")
                    .num_columns(2)
                    .spacing([12.0, 2.0])
                    .show(ui, |ui| {
                        for (name, value) in problem.detail_lines() {
                            ui.label(RichText::new(name).weak());
                            ui.label(value);
                            ui.end_row();
                        }
                    });
            }
            if ui.small_button(t::org_copy_details()).clicked() {
                ui.ctx().copy_text(problem.details_text());
                ui.close();
            }
        })
        .response
        .on_hover_text(t::org_state_problem_tooltip(state.sentence()));
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &label));
}
