//! The status area at the bottom of the window: the one place messages appear.

use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use super::style;
use crate::problem::Problem;

/// How long a confirmation ("Logo saved") stays before the area goes quiet.
const CONFIRMATION_TIME: Duration = Duration::from_secs(6);

/// What the status area says.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Nothing to say.
    Quiet,
    /// Something is under way.
    Working(String),
    /// Something worked.
    Done(String),
    /// Something to know that is not a failure (e.g. where credentials are kept).
    Notice(String),
    /// Something went wrong.
    Problem(Problem),
}

/// The status area.
#[derive(Debug)]
pub struct StatusBar {
    status: Status,
    since: Instant,
    details_open: bool,
    /// Whether the message is about a refresh, and so goes when the next refresh starts.
    about_refresh: bool,
}

impl Default for StatusBar {
    fn default() -> Self {
        Self {
            status: Status::Quiet,
            since: Instant::now(),
            details_open: false,
            about_refresh: false,
        }
    }
}

impl StatusBar {
    /// Replaces the message.
    pub fn set(&mut self, status: Status) {
        self.status = status;
        self.since = Instant::now();
        self.details_open = false;
        self.about_refresh = false;
    }

    /// Shows a problem.
    pub fn problem(&mut self, problem: Problem) {
        self.set(Status::Problem(problem));
    }

    /// Shows a problem with a refresh; the next refresh clears it (see [`Self::refresh_started`]).
    pub fn refresh_problem(&mut self, problem: Problem) {
        self.problem(problem);
        self.about_refresh = true;
    }

    /// A refresh starts: a problem with the last one no longer applies. Other messages (one
    /// found at start-up, say) stay until something replaces them.
    pub fn refresh_started(&mut self) {
        if self.about_refresh {
            self.set(Status::Quiet);
        }
    }

    /// What it says now.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// Draws the area.
    pub fn ui(&mut self, ui: &mut Ui) {
        if matches!(self.status, Status::Done(_)) && self.since.elapsed() > CONFIRMATION_TIME {
            self.status = Status::Quiet;
        }
        match &self.status {
            Status::Quiet => {
                ui.label(RichText::new("Ready").weak());
            }
            Status::Working(text) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(text);
                });
            }
            Status::Done(text) => {
                ui.label(RichText::new(format!("✔ {text}")).color(style::success(ui)));
                ui.ctx().request_repaint_after(CONFIRMATION_TIME);
            }
            Status::Notice(text) => {
                ui.label(RichText::new(text).color(style::warning(ui)));
            }
            Status::Problem(problem) => {
                let problem = problem.clone();
                self.problem_ui(ui, &problem);
            }
        }
    }

    fn problem_ui(&mut self, ui: &mut Ui, problem: &Problem) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("⚠").color(style::danger(ui)).strong());
            ui.label(
                RichText::new(&problem.summary)
                    .color(style::danger(ui))
                    .strong(),
            );
            ui.label(&problem.resolution);
        });
        ui.horizontal(|ui| {
            let toggle = if self.details_open {
                "Hide details"
            } else {
                "Details"
            };
            if ui.small_button(toggle).clicked() {
                self.details_open = !self.details_open;
            }
            if ui.small_button("Copy details").clicked() {
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_refresh_clears_only_problems_with_refreshing() {
        let mut bar = StatusBar::default();
        bar.refresh_problem(Problem::new("Zoho had an internal problem.", "Try again."));
        bar.refresh_started();
        assert_eq!(bar.status(), &Status::Quiet);

        let found_at_start = Problem::new("The saved client cannot be read.", "Enter it again.");
        bar.problem(found_at_start.clone());
        bar.refresh_started();
        assert_eq!(bar.status(), &Status::Problem(found_at_start));

        // A refresh problem replaced by another message no longer belongs to the refresh.
        bar.refresh_problem(Problem::new(
            "Could not connect to Zoho.",
            "Check the connection.",
        ));
        bar.set(Status::Done("Logo saved".to_owned()));
        bar.refresh_started();
        assert_eq!(bar.status(), &Status::Done("Logo saved".to_owned()));
    }
}
