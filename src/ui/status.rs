//! The status area at the bottom of the window: the one place messages appear.
//!
//! A message belongs to a kind of action ([`Topic`]) and to the screen it was shown on: the next
//! success of the same kind clears a problem, a move to another screen clears problems and
//! notices (what went wrong on one screen means nothing on the next), a confirmation fades by
//! itself, and every message can be closed.

use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use super::style;
use crate::i18n::{Msg, t};
use crate::problem::Problem;

/// How long a confirmation ("Logo saved") stays before the area goes quiet.
const CONFIRMATION_TIME: Duration = Duration::from_secs(6);

/// What the status area says.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Nothing to say.
    Quiet,
    /// Something is under way.
    Working(Msg),
    /// Something worked.
    Done(Msg),
    /// Something to know that is not a failure (e.g. that the demo is running).
    Notice(Msg),
    /// Something went wrong.
    Problem(Problem),
}

/// The kind of action a message is about: a success of the same kind clears its problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// Fetching an org.
    Refresh,
    /// Copying or saving the logo.
    Logo,
    /// Exporting the org as a file.
    Export,
    /// Opening a folder in the file manager.
    Folder,
    /// Signing in (and the demo's start).
    SignIn,
    /// Signing out.
    SignOut,
    /// Anything else (what start-up found, say).
    Other,
}

/// Which screen a message belongs to; a message never carries over to another one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScreenKey {
    /// The welcome screen.
    Welcome,
    /// The client form.
    ClientForm,
    /// Waiting for the browser.
    SigningIn,
    /// An org (its data, on its way, or failed to load), by ID.
    Org(Option<String>),
}

/// The status area.
#[derive(Debug)]
pub struct StatusBar {
    status: Status,
    since: Instant,
    details_open: bool,
    topic: Topic,
    /// The screen the message was first drawn on; `None` until then.
    screen: Option<ScreenKey>,
}

impl Default for StatusBar {
    fn default() -> Self {
        Self {
            status: Status::Quiet,
            since: Instant::now(),
            details_open: false,
            topic: Topic::Other,
            screen: None,
        }
    }
}

impl StatusBar {
    /// Replaces the message with one about no particular action.
    pub fn set(&mut self, status: Status) {
        self.report(Topic::Other, status);
    }

    /// Replaces the message with one about `topic`.
    pub fn report(&mut self, topic: Topic, status: Status) {
        self.status = status;
        self.since = Instant::now();
        self.details_open = false;
        self.topic = topic;
        self.screen = None;
    }

    /// Shows a problem about no particular action.
    pub fn problem(&mut self, problem: Problem) {
        self.report(Topic::Other, Status::Problem(problem));
    }

    /// Shows a problem with `topic`; the next success of that kind clears it.
    pub fn problem_about(&mut self, topic: Topic, problem: Problem) {
        self.report(topic, Status::Problem(problem));
    }

    /// Shows a problem with a refresh; the next refresh clears it (see [`Self::refresh_started`]).
    pub fn refresh_problem(&mut self, problem: Problem) {
        self.problem_about(Topic::Refresh, problem);
    }

    /// A refresh starts: a problem with the last one no longer applies. Other messages (one
    /// found at start-up, say) stay until something replaces them.
    pub fn refresh_started(&mut self) {
        self.succeeded(Topic::Refresh);
    }

    /// An action of `topic` worked: a problem (or a wait) about that kind of action is over.
    pub fn succeeded(&mut self, topic: Topic) {
        if self.topic == topic && matches!(self.status, Status::Problem(_) | Status::Working(_)) {
            self.report(Topic::Other, Status::Quiet);
        }
    }

    /// The screen now shown: a problem or notice from another screen goes.
    pub fn on_screen(&mut self, screen: ScreenKey) {
        match &self.screen {
            None => self.screen = Some(screen),
            Some(shown_on) if *shown_on != screen => {
                if matches!(self.status, Status::Problem(_) | Status::Notice(_)) {
                    self.report(Topic::Other, Status::Quiet);
                }
                self.screen = Some(screen);
            }
            Some(_) => {}
        }
    }

    /// What it says now.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// A confirmation that has been shown long enough goes; returns how long it still stays.
    fn fade(&mut self) -> Option<Duration> {
        if !matches!(self.status, Status::Done(_)) {
            return None;
        }
        let shown = self.since.elapsed();
        if shown >= CONFIRMATION_TIME {
            self.report(Topic::Other, Status::Quiet);
            None
        } else {
            Some(CONFIRMATION_TIME - shown)
        }
    }

    /// Draws the area.
    pub fn ui(&mut self, ui: &mut Ui) {
        if let Some(left) = self.fade() {
            // Wakes the window once, when the confirmation is due to go (no repaint loop).
            ui.ctx().request_repaint_after(left);
        }
        let mut close = false;
        match &self.status {
            Status::Quiet => {
                ui.label(RichText::new(t::ui_ready().text()).weak());
            }
            Status::Working(text) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(text);
                });
            }
            Status::Done(text) => {
                let text = t::ui_done(text.clone()).text();
                close = closable_ui(ui, |ui| {
                    ui.label(RichText::new(text).color(style::success(ui)));
                });
            }
            Status::Notice(text) => {
                let text = text.text();
                close = closable_ui(ui, |ui| {
                    ui.label(RichText::new(text).color(style::warning(ui)));
                });
            }
            Status::Problem(problem) => {
                let problem = problem.clone();
                close = self.problem_ui(ui, &problem);
            }
        }
        if close {
            self.report(Topic::Other, Status::Quiet);
        }
    }

    /// Draws a problem; returns whether the person closed it.
    fn problem_ui(&mut self, ui: &mut Ui, problem: &Problem) -> bool {
        let close = closable_ui(ui, |ui| {
            ui.label(RichText::new("⚠").color(style::danger(ui)).strong());
            ui.label(
                RichText::new(problem.summary.text())
                    .color(style::danger(ui))
                    .strong(),
            );
            if let Some(resolution) = &problem.resolution {
                ui.label(&**resolution);
            }
        });
        ui.horizontal(|ui| {
            let toggle = if self.details_open {
                t::ui_details_hide()
            } else {
                t::ui_details_show()
            };
            if ui.small_button(toggle).clicked() {
                self.details_open = !self.details_open;
            }
            if ui.small_button(t::ui_copy_details()).clicked() {
                ui.ctx().copy_text(problem.details_text());
            }
        });
        if self.details_open {
            egui::Grid::new("problem-details")
                .num_columns(2)
                .spacing([12.0, 2.0])
                .show(ui, |ui| {
                    for (label, value) in problem.detail_lines() {
                        ui.label(RichText::new(label).weak());
                        ui.label(value);
                        ui.end_row();
                    }
                });
        }
        close
    }
}

/// A message with a × at the right end of the area that closes it; returns whether it was
/// clicked.
fn closable_ui(ui: &mut Ui, message: impl FnOnce(&mut Ui)) -> bool {
    // One row high to start with (as `horizontal_wrapped` does): a right-to-left layout would
    // otherwise take the whole window's height for the status area.
    let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(row, egui::Layout::right_to_left(egui::Align::Min), |ui| {
        let close = ui
            .add(egui::Button::new("×").small())
            .on_hover_text(t::ui_close_message_hover());
        // A screen reader reads the button's purpose, not the glyph.
        let label = t::ui_close_message().text();
        close.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        // Left to right again for the message itself (the row runs right to left).
        ui.with_layout(
            egui::Layout::left_to_right(egui::Align::Min).with_main_wrap(true),
            message,
        );
        close.clicked()
    })
    .inner
}
