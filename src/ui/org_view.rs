//! The organization screen: a header with the logo, name, environment and licence alerts, the
//! actions and the filter, every value in its section with a copy button, and the logo panel.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use egui::{Key, KeyboardShortcut, Modifiers, Rect, RichText, Ui, UiBuilder};

use super::logo_panel::{LogoAction, LogoPanel};
use super::style;
use super::widgets::{
    CONFIRMATION_TIME, COPIED, CopyFeedback, badge_ui, card_heading_ui, copy_button_ui,
    copy_button_width, environment_color, steady_width,
};

use crate::export::ExportFormat;
use crate::i18n::{Lang, Msg, t};
use crate::worker::{OrgData, OrgId, OrgSnapshot};
use crate::zoho::display::{self, LicenceAlert, Row};

pub use crate::worker::Freshness;

/// The widest the screen gets: on a large monitor the values stay near their labels and buttons.
const MAX_WIDTH: f32 = 1320.0;

/// The widest the sections get, so a value and its copy button stay within one glance.
const SECTIONS_MAX_WIDTH: f32 = 860.0;

/// From this width the logo panel sits beside the sections; below it, after them.
const TWO_COLUMNS_FROM: f32 = 760.0;

/// Below this height (of the area under the top bar) the header shrinks to leave room for data:
/// at 640 × 480 the full header took 200 px of 480.
const COMPACT_BELOW_HEIGHT: f32 = 520.0;

/// The narrowest the filter box gets beside the actions; narrower, it goes on its own row.
const FILTER_MIN_WIDTH: f32 = 110.0;

/// Space between the columns and between the header and what follows.
const GAP: f32 = 12.0;

/// What the header says before the fetch time when the data may be out of date.
trait Caveat {
    fn caveat(self) -> Option<Msg>;
}

impl Caveat for Freshness {
    fn caveat(self) -> Option<Msg> {
        match self {
            Self::Live => None,
            Self::Cached => Some(t::org_caveat_cached()),
            Self::Offline => Some(t::org_caveat_offline()),
            Self::Stale => Some(t::org_caveat_stale()),
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
    /// Export the org as a file of this format.
    Export(ExportFormat),
    /// Show this folder (where an export went) in the file manager.
    OpenFolder(PathBuf),
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
    /// Where the last export went, for the confirmation and *Open folder*.
    pub exported_to: Option<PathBuf>,
    copied: CopyFeedback,
    /// What the filter box holds; this org's own, so switching orgs does not carry it over.
    filter: String,
    /// Sections without a match the person opened anyway (until the filter changes), by key.
    unfolded: BTreeSet<&'static str>,
    /// "Now" for the licence alerts, when a test fixes it.
    clock: Option<SystemTime>,
    /// How tall the sections were last frame, to place the logo panel after them in one column.
    sections_height: f32,
    /// Which rows match the filter, worked out once per filter text and data rather than every
    /// frame (a value may be 900 KB).
    hits: Option<Hits>,
    /// Field rows wholly visible in the frame being drawn, and in the last one logged: the
    /// real-window test (scripts/window-test) reads the log to check a small window shows data.
    rows_in_view: (usize, Option<usize>),
    /// Whether some of the data has characters no installed font has, for the data last
    /// checked (by its allocation: the worker sends new data as a new one).
    missing_glyphs: Option<(usize, bool)>,
}

/// The rows matching one filter text in one version of the data.
struct Hits {
    /// The filter, trimmed and in lower case.
    needle: String,
    /// The language the labels were matched in.
    lang: Lang,
    /// The data it was matched against.
    data: Arc<OrgData>,
    /// Per section, per row: whether it matches (shared with the frame that draws them).
    rows: Arc<Vec<Vec<bool>>>,
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
            exported_to: None,
            copied: CopyFeedback::default(),
            filter: String::new(),
            unfolded: BTreeSet::new(),
            clock: None,
            sections_height: 0.0,
            hits: None,
            rows_in_view: (0, None),
            missing_glyphs: None,
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

    /// Whether some value would be drawn as empty boxes, checked once per data the worker sends
    /// (finding a system font for a character may take a moment the first time).
    fn lacks_glyphs(&mut self, ctx: &egui::Context) -> bool {
        let key = Arc::as_ptr(&self.data) as usize;
        if let Some((checked, missing)) = self.missing_glyphs
            && checked == key
        {
            return missing;
        }
        let values: Vec<String> = self
            .data
            .sections
            .iter()
            .flat_map(|section| &section.rows)
            .map(|row| row.shown().into_owned())
            .collect();
        let missing = super::glyphs::lacks_glyphs(ctx, values.iter().map(String::as_str));
        self.missing_glyphs = Some((key, missing));
        missing
    }

    /// Fixes "now" for the licence alerts (tests and snapshots).
    pub fn pin_clock(&mut self, now: SystemTime) {
        self.clock = Some(now);
    }

    /// What the filter box holds.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The licence alerts shown in the header, at the view's "now".
    pub fn licence_alerts(&self) -> Vec<LicenceAlert> {
        let now = self.clock.unwrap_or_else(SystemTime::now);
        display::licence_alerts(&self.data.org, now.into())
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut Ui) -> Option<OrgAction> {
        let mut action = None;
        let compact = ui.available_height() < COMPACT_BELOW_HEIGHT;
        // On a large monitor the screen keeps a readable width, centred.
        let available = ui.available_rect_before_wrap();
        let width = available.width().min(MAX_WIDTH);
        let left = available.left() + (available.width() - width) / 2.0;
        let area = Rect::from_min_size(
            egui::pos2(left, available.top()),
            egui::vec2(width, available.height()),
        );
        self.rows_in_view.0 = 0;
        ui.scope_builder(UiBuilder::new().max_rect(area), |ui| {
            self.header_ui(ui, compact, &mut action);
            ui.add_space(if compact { 6.0 } else { 10.0 });
            let logo_action = if ui.available_width() >= TWO_COLUMNS_FROM {
                self.two_columns_ui(ui)
            } else {
                self.one_column_ui(ui)
            };
            if let Some(logo_action) = logo_action {
                action = Some(OrgAction::Logo(logo_action));
            }
        });
        let (now, logged) = &mut self.rows_in_view;
        if *logged != Some(*now) {
            *logged = Some(*now);
            tracing::info!("field rows on screen: {now}");
        }
        action
    }

    /// The sections on the left and the logo panel on the right.
    fn two_columns_ui(&mut self, ui: &mut Ui) -> Option<LogoAction> {
        let available = ui.available_rect_before_wrap();
        let logo_width = (available.width() * 0.38).clamp(300.0, 440.0);
        let sections_width = (available.width() - logo_width - GAP).min(SECTIONS_MAX_WIDTH);
        let sections_rect = Rect::from_min_size(
            available.min,
            egui::vec2(sections_width, available.height()),
        );
        let logo_rect = Rect::from_min_size(
            egui::pos2(sections_rect.right() + GAP, available.top()),
            egui::vec2(logo_width, available.height()),
        );
        // Drawn first, so the keyboard reaches *Copy image* and *Save logo…* before the ~50
        // copy buttons of the rows.
        // The column scrolls of its own when the logo change's preview makes it taller than
        // the window.
        let logo_action = ui
            .scope_builder(UiBuilder::new().max_rect(logo_rect), |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("logo-column")
                    .auto_shrink([false, true])
                    .show(ui, |ui| self.logo.ui(ui))
                    .inner
            })
            .inner;
        ui.scope_builder(UiBuilder::new().max_rect(sections_rect), |ui| {
            egui::ScrollArea::vertical()
                .id_salt("sections")
                .auto_shrink([false, false])
                .show(ui, |ui| self.sections_ui(ui));
        });
        logo_action
    }

    /// The details first, the logo panel after them (the header already shows the logo small).
    fn one_column_ui(&mut self, ui: &mut Ui) -> Option<LogoAction> {
        egui::ScrollArea::vertical()
            .id_salt("narrow")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let top = ui.cursor().min;
                let width = ui.available_width();
                let column = |y: f32| {
                    Rect::from_min_size(egui::pos2(top.x, y), egui::vec2(width, f32::INFINITY))
                };
                // The logo panel sits below the sections but is drawn before them, so the
                // keyboard reaches its actions first; it goes where the sections ended last frame.
                let logo = ui.scope_builder(
                    UiBuilder::new().max_rect(column(top.y + self.sections_height + GAP)),
                    |ui| self.logo.ui(ui),
                );
                let sections = ui.scope_builder(UiBuilder::new().max_rect(column(top.y)), |ui| {
                    self.sections_ui(ui);
                });
                let height = sections.response.rect.height();
                if (height - self.sections_height).abs() > 0.5 {
                    self.sections_height = height;
                    // Laid out at last frame's height: draw again before anyone sees it.
                    ui.ctx().request_discard("the sections changed height");
                }
                logo.inner
            })
            .inner
    }

    fn header_ui(&mut self, ui: &mut Ui, compact: bool, action: &mut Option<OrgAction>) {
        let frame = if compact {
            style::card(ui).inner_margin(egui::Margin::symmetric(12, 8))
        } else {
            style::card(ui)
        };
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                self.header_logo_ui(ui, compact);
                ui.vertical(|ui| {
                    ui.horizontal_wrapped(|ui| {
                        let name = match self.data.org.display_name() {
                            Some(name) => name.to_owned(),
                            None => t::org_your_organization().text(),
                        };
                        let size = if compact { 18.0 } else { 24.0 };
                        ui.label(RichText::new(name).font(style::heading(size)).strong());
                        if let Some(environment) = self.data.org.environment() {
                            let color = environment_color(ui, &environment);
                            badge_ui(ui, &display::environment_name(&environment).text(), color);
                        }
                        self.alerts_ui(ui);
                    });
                    let fetched = self.data.fetched_label();
                    match self.freshness.caveat() {
                        None => ui.label(RichText::new(fetched).weak()),
                        Some(caveat) => ui.label(
                            RichText::new(t::org_caveat_fetched(caveat, fetched))
                                .color(style::warning(ui)),
                        ),
                    };
                    if self.lacks_glyphs(ui.ctx()) {
                        ui.add(
                            egui::Label::new(
                                RichText::new(t::app_fonts_missing()).color(style::warning(ui)),
                            )
                            .wrap(),
                        );
                    }
                });
            });
            ui.add_space(if compact { 4.0 } else { 6.0 });
            let (filter_shown, sign_out_shown) =
                ui.horizontal(|ui| self.actions_ui(ui, action)).inner;
            if !filter_shown {
                ui.add_space(4.0);
                if sign_out_shown {
                    let width = ui.available_width();
                    self.filter_ui(ui, width);
                } else {
                    // Longer words than English's took the actions' row: *Sign out…* goes
                    // beside the filter rather than on top of *Export…*.
                    ui.horizontal(|ui| {
                        let room = ui.available_width()
                            - sign_out_width(ui)
                            - 2.0 * ui.spacing().item_spacing.x;
                        self.filter_ui(ui, room.max(FILTER_MIN_WIDTH));
                        sign_out_ui(ui, action);
                    });
                }
            }
            self.exported_ui(ui, action);
        });
    }

    fn header_logo_ui(&self, ui: &mut Ui, compact: bool) {
        let Some(texture) = self.logo.texture() else {
            return;
        };
        let (height, width) = if compact { (30.0, 96.0) } else { (48.0, 132.0) };
        let size = texture.size_vec2();
        let scale = (height / size.y).min(width / size.x).min(1.0);
        // Logos are made for light paper; a light plate keeps dark lettering readable.
        egui::Frame::new()
            .fill(egui::Color32::from_gray(0xf6))
            .corner_radius(egui::CornerRadius::same(8))
            .inner_margin(egui::Margin::same(if compact { 4 } else { 6 }))
            .show(ui, |ui| {
                ui.add(
                    texture
                        .image(size * scale)
                        .alt_text(t::org_logo_alt().text()),
                );
            });
        ui.add_space(8.0);
    }

    /// A badge per licence alert: words and colour, never colour alone.
    fn alerts_ui(&self, ui: &mut Ui) {
        for alert in self.licence_alerts() {
            let color = if alert.has_passed() {
                style::danger(ui)
            } else {
                style::warning(ui)
            };
            let date = self
                .data
                .sections
                .iter()
                .flat_map(|section| &section.rows)
                .find(|row| row.key == alert.row_key())
                .map(Row::shown);
            let response = ui
                .scope(|ui| badge_ui(ui, &format!("⚠ {}", alert.text()), color))
                .response;
            if let Some(date) = date {
                response.on_hover_text(alert.hint(&date));
            }
        }
    }

    /// The actions, and the filter box when it fits beside them (else the caller puts it on a
    /// row of its own: at 640 px a filter squeezed between the buttons is too narrow to use),
    /// and *Sign out…* when it fits (else the caller puts it beside the filter). Returns
    /// whether the filter and *Sign out…* were drawn.
    fn actions_ui(&mut self, ui: &mut Ui, action: &mut Option<OrgAction>) -> (bool, bool) {
        if self.refresh_button_ui(ui) {
            *action = Some(OrgAction::Refresh);
        }
        let copy_all = self.steady_copy_ui(
            ui,
            "all",
            &t::org_copy_all().text(),
            t::org_copy_all_tooltip(),
        );
        if copy_all {
            ui.ctx().copy_text(self.data.readable_text());
            self.copied.copied("all");
        }
        let copy_json = self.steady_copy_ui(
            ui,
            "json",
            &t::org_copy_json().text(),
            t::org_copy_json_tooltip(),
        );
        if copy_json {
            ui.ctx().copy_text(self.data.json.clone());
            self.copied.copied("json");
        }
        if let Some(format) = export_menu_ui(ui) {
            *action = Some(OrgAction::Export(format));
        }
        let spacing = ui.spacing().item_spacing.x;
        let sign_out_here = ui.available_width() >= sign_out_width(ui) + spacing;
        let room = ui.available_width() - sign_out_width(ui) - 2.0 * spacing;
        let filter_here = sign_out_here && room >= FILTER_MIN_WIDTH;
        if filter_here {
            self.filter_ui(ui, room.min(260.0));
        }
        if sign_out_here {
            sign_out_ui(ui, action);
        }
        (filter_here, sign_out_here)
    }

    /// Where the last export went, with *Open folder*.
    fn exported_ui(&self, ui: &mut Ui, action: &mut Option<OrgAction>) {
        let Some(path) = &self.exported_to else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(t::org_exported_to(path.display().to_string()))
                    .small()
                    .color(style::success(ui)),
            );
            if ui
                .small_button(t::org_open_folder())
                .on_hover_text(t::org_open_folder_tooltip())
                .clicked()
            {
                *action = Some(OrgAction::OpenFolder(path.clone()));
            }
        });
    }

    /// *Refresh*, which shows a spinner and "Refreshing…" in its own place while one runs, at
    /// one width for both.
    fn refresh_button_ui(&self, ui: &mut Ui) -> bool {
        let spinner_size = 14.0;
        let (refresh, busy) = (t::org_refresh_button().text(), t::org_refreshing().text());
        let width = steady_width(
            ui,
            &[refresh.as_str(), busy.as_str()],
            &egui::TextStyle::Button,
        ) + spinner_size
            + ui.spacing().item_spacing.x;
        let spinner = egui::IdSalt::new("refresh-spinner");
        let button = if self.refreshing {
            egui::Button::new((
                egui::Atom::custom(spinner, egui::vec2(spinner_size, spinner_size)),
                busy.as_str(),
            ))
        } else {
            egui::Button::new(refresh.as_str())
        };
        // While one runs the button takes no clicks but stays readable: greyed-out text would
        // hide the very sign that something is happening.
        let sense = if self.refreshing {
            egui::Sense::hover()
        } else {
            egui::Sense::click()
        };
        let drawn = button
            .min_size(egui::vec2(width, 0.0))
            .sense(sense)
            .atom_ui(ui);
        if let Some(rect) = drawn.rect(spinner) {
            egui::Spinner::new().size(spinner_size).paint_at(ui, rect);
        }
        let response = drawn.response.on_hover_text(t::org_refresh_tooltip());
        let label = if self.refreshing {
            busy
        } else {
            t::org_refresh().text()
        };
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, !self.refreshing, &label)
        });
        response.clicked()
    }

    /// A header copy button that says "Copied" for a moment, at one width for both.
    fn steady_copy_ui(&self, ui: &mut Ui, key: &str, label: &str, hint: Msg) -> bool {
        let showing = self.copied.is_showing(key);
        let text = if showing {
            RichText::new(COPIED).color(style::success(ui))
        } else {
            RichText::new(label)
        };
        let width = steady_width(ui, &[label, COPIED], &egui::TextStyle::Button);
        let response = ui
            .add(egui::Button::new(text).min_size(egui::vec2(width, 0.0)))
            .on_hover_text(hint);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label));
        if showing {
            ui.ctx().request_repaint_after(CONFIRMATION_TIME);
        }
        response.clicked()
    }

    /// The filter box: Ctrl+F focuses it, Escape empties it.
    fn filter_ui(&mut self, ui: &mut Ui, width: f32) {
        let before = self.filter.clone();
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut self.filter)
                    .id_salt("org-filter")
                    .hint_text(t::org_filter())
                    .desired_width(width),
            )
            .accessible_name(t::org_filter())
            .on_hover_text(t::org_filter_tooltip());
        let (focus, escape) = ui.input_mut(|input| {
            (
                input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)),
                input.key_pressed(Key::Escape),
            )
        });
        if focus {
            response.request_focus();
        }
        if escape && (response.has_focus() || response.lost_focus()) {
            self.filter.clear();
        }
        if self.filter != before {
            self.unfolded.clear();
        }
    }

    /// Which rows match the filter (`None` without one), per section and row.
    fn hits(&mut self) -> Option<Arc<Vec<Vec<bool>>>> {
        let needle = self.filter.trim().to_lowercase();
        if needle.is_empty() {
            return None;
        }
        let lang = crate::i18n::current();
        let fresh = self.hits.as_ref().is_some_and(|hits| {
            hits.needle == needle && hits.lang == lang && Arc::ptr_eq(&hits.data, &self.data)
        });
        if !fresh {
            let rows = self
                .data
                .sections
                .iter()
                .map(|section| {
                    section
                        .rows
                        .iter()
                        .map(|row| row.matches(&needle))
                        .collect()
                })
                .collect();
            self.hits = Some(Hits {
                needle,
                lang,
                data: Arc::clone(&self.data),
                rows: Arc::new(rows),
            });
        }
        self.hits.as_ref().map(|hits| Arc::clone(&hits.rows))
    }

    fn sections_ui(&mut self, ui: &mut Ui) {
        let hits = self.hits();
        if let Some(hits) = &hits {
            let text = match hits.iter().flatten().filter(|hit| **hit).count() {
                0 => t::org_filter_no_match(),
                many => t::org_filter_matches(many),
            };
            ui.label(RichText::new(text).weak());
            ui.add_space(6.0);
        }
        let data = Arc::clone(&self.data);
        for (index, (section, rows)) in display::on_screen(&data.sections).into_iter().enumerate() {
            let section_hits = hits.as_ref().and_then(|hits| hits.get(index));
            let matched = section_hits.is_some_and(|hits| hits.iter().any(|hit| *hit));
            let filtering = section_hits.is_some();
            let folded = filtering && !matched && !self.unfolded.contains(section.key);
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                if filtering && !matched {
                    self.folding_heading_ui(ui, section.key, &section.title, folded);
                } else {
                    card_heading_ui(ui, &section.title.text());
                }
                if folded {
                    return;
                }
                ui.add_space(6.0);
                let label_width = (ui.available_width() * 0.36).clamp(110.0, 210.0);
                for (row_index, row) in rows.iter().enumerate() {
                    let highlighted = section_hits
                        .and_then(|hits| hits.get(row_index))
                        .is_some_and(|hit| *hit);
                    self.row_ui(ui, row, label_width, highlighted);
                }
            });
            ui.add_space(10.0);
        }
        if let Some(note) = display::rows_not_on_screen(&data.sections) {
            ui.label(RichText::new(note).italics().weak());
        }
    }

    /// The heading of a section without a match: folded, with a button to show it anyway.
    fn folding_heading_ui(&mut self, ui: &mut Ui, key: &'static str, title: &Msg, folded: bool) {
        ui.horizontal(|ui| {
            card_heading_ui(ui, &title.text());
            ui.label(RichText::new(t::org_section_no_match()).weak());
            let (verb, hint, name) = if folded {
                (
                    t::org_section_show(),
                    t::org_section_show_tooltip(),
                    t::org_section_show_name(title.clone()),
                )
            } else {
                (
                    t::org_section_hide(),
                    t::org_section_hide_tooltip(),
                    t::org_section_hide_name(title.clone()),
                )
            };
            let response = ui.small_button(verb).on_hover_text(hint);
            // Every section has one: screen readers hear which.
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name.text()));
            if response.clicked() {
                if folded {
                    self.unfolded.insert(key);
                } else {
                    self.unfolded.remove(key);
                }
            }
        });
    }

    /// One field: its label, its value, and *Copy* right after the value, so they stay together
    /// on a wide screen. A row matching the filter is tinted and marked at its left edge.
    fn row_ui(&mut self, ui: &mut Ui, row: &Row, label_width: f32, highlighted: bool) {
        let fill = if highlighted {
            style::accent(ui).gamma_multiply(0.14)
        } else {
            egui::Color32::TRANSPARENT
        };
        // Every row has the same margins, so the tint never moves anything.
        let framed = egui::Frame::new()
            .fill(fill)
            .corner_radius(egui::CornerRadius::same(4))
            .inner_margin(egui::Margin {
                left: 6,
                right: 2,
                top: 1,
                bottom: 1,
            })
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_top(|ui| {
                    ui.allocate_ui_with_layout(
                        egui::vec2(label_width, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            ui.set_width(label_width);
                            // A match's label is drawn in full strength: one more sign than
                            // the tint, and dim grey would fall below 4.5:1 on it.
                            let label = RichText::new(row.label.text());
                            let label = if highlighted {
                                label.color(ui.visuals().text_color())
                            } else {
                                label.weak()
                            };
                            ui.add(egui::Label::new(label).wrap());
                        },
                    );
                    let value_width = (ui.available_width()
                        - copy_button_width(ui)
                        - ui.spacing().item_spacing.x)
                        .max(80.0);
                    ui.allocate_ui_with_layout(
                        egui::vec2(value_width, 0.0),
                        egui::Layout::top_down(egui::Align::Min),
                        |ui| {
                            let text = match &row.value {
                                Some(value) => {
                                    RichText::new(display::value_on_screen(&value.text()))
                                        .color(ui.visuals().strong_text_color())
                                }
                                None => RichText::new(row.shown()).italics().weak(),
                            };
                            ui.add(egui::Label::new(text).selectable(true).wrap());
                        },
                    );
                    if let Some(copy) = row.copy_text()
                        && copy_button_ui(ui, &self.copied, &row.key, &row.label.text())
                    {
                        ui.ctx().copy_text(copy.into_owned());
                        self.copied.copied(&row.key);
                    }
                });
            });
        if ui.clip_rect().contains_rect(framed.response.rect) {
            self.rows_in_view.0 += 1;
        }
        if highlighted {
            let rect = framed.response.rect;
            let bar = Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()));
            ui.painter()
                .rect_filled(bar, egui::CornerRadius::same(2), style::accent(ui));
        }
        ui.add_space(2.0);
    }
}

/// The width *Sign out…* takes.
fn sign_out_width(ui: &Ui) -> f32 {
    steady_width(ui, &[&t::org_sign_out().text()], &egui::TextStyle::Button)
}

/// *Sign out…*, at the right end of the row.
fn sign_out_ui(ui: &mut Ui, action: &mut Option<OrgAction>) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        if ui
            .button(t::org_sign_out())
            .on_hover_text(t::org_sign_out_tooltip())
            .clicked()
        {
            *action = Some(OrgAction::SignOut);
        }
    });
}

/// *Export…*: a menu of the formats, each of which opens a save dialog.
fn export_menu_ui(ui: &mut Ui) -> Option<ExportFormat> {
    let mut chosen = None;
    ui.menu_button(t::org_export_button(), |ui| {
        let choices = [
            (
                ExportFormat::Pdf,
                t::org_export_pdf(),
                t::org_export_pdf_tooltip(),
            ),
            (
                ExportFormat::Json,
                t::org_export_json(),
                t::org_export_json_tooltip(),
            ),
        ];
        for (format, label, hint) in choices {
            if ui.button(label).on_hover_text(hint).clicked() {
                chosen = Some(format);
                ui.close();
            }
        }
    })
    .response
    .on_hover_text(t::org_export_tooltip());
    chosen
}
