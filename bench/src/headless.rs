//! The whole app in this process without a window: the real [`OrgViewerApp`] and its worker,
//! driven frame by frame the way eframe drives it (sleep until something asks for a repaint,
//! then `logic`, `ui` and tessellation), but with no GPU and no display.
//!
//! egui_kittest would do this too, but it keeps AccessKit on for its queries, which a person
//! without a screen reader does not pay for; this driver measures the frame the person gets.
//! It builds the app through eframe's own constructors for headless runs (the ones kittest uses).

use std::sync::mpsc;
use std::time::{Duration, Instant};

use eframe::App as _;
use zoho_org_viewer::ui::{OrgViewerApp, Screen};
use zoho_org_viewer::worker::WorkerConfig;

use crate::error::{HarnessError, Result};

/// The window size the app opens with.
const WINDOW: egui::Vec2 = egui::vec2(1040.0, 740.0);

/// The app without a window.
pub struct Headless {
    ctx: egui::Context,
    app: OrgViewerApp,
    frame: eframe::Frame,
    started: Instant,
    repaints: mpsc::Receiver<Duration>,
    due: Option<Instant>,
    events: Vec<egui::Event>,
}

impl Headless {
    /// Creates the app (which starts its worker) with `config`.
    pub fn new(config: WorkerConfig) -> Result<Self> {
        let ctx = egui::Context::default();
        let (sender, repaints) = mpsc::channel();
        ctx.set_request_repaint_callback(move |info| {
            // The receiver outlives every frame; a send fails only while the driver is dropped.
            let _ = sender.send(info.delay);
        });
        let creation = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = OrgViewerApp::new(&creation, config)
            .map_err(HarnessError::io("starting the app's worker"))?;
        Ok(Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
            started: Instant::now(),
            repaints,
            due: Some(Instant::now()),
            events: Vec::new(),
        })
    }

    /// The app, to look at its state.
    pub fn app(&self) -> &OrgViewerApp {
        &self.app
    }

    /// Queues a key press for the next frame.
    pub fn press(&mut self, key: egui::Key) {
        for pressed in [true, false] {
            self.events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers: egui::Modifiers::NONE,
            });
        }
        self.due = Some(Instant::now());
    }

    /// Queues a key press with `modifiers` (Ctrl+2) for the next frame.
    pub fn press_with(&mut self, modifiers: egui::Modifiers, key: egui::Key) {
        for pressed in [true, false] {
            self.events.push(egui::Event::Key {
                key,
                physical_key: None,
                pressed,
                repeat: false,
                modifiers,
            });
        }
        self.due = Some(Instant::now());
    }

    /// Queues an input event (the pointer, the wheel) for the next frame.
    pub fn event(&mut self, event: egui::Event) {
        self.events.push(event);
        self.due = Some(Instant::now());
    }

    /// The app, to act on it as the person would (open a place).
    pub fn app_mut(&mut self) -> &mut OrgViewerApp {
        &mut self.app
    }

    /// Runs one frame (input, `logic`, `ui`, tessellation) and returns how long it took.
    pub fn frame(&mut self) -> Duration {
        let start = Instant::now();
        let mut input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, WINDOW)),
            time: Some(self.started.elapsed().as_secs_f64()),
            events: std::mem::take(&mut self.events),
            ..Default::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(1.0);
        }
        self.due = None;
        let Self {
            ctx, app, frame, ..
        } = self;
        let mut output = ctx.run_ui(input, |ui| {
            app.logic(ui.ctx(), frame);
            app.ui(ui, frame);
        });
        // No GPU takes the textures; a debug build checks that they were handled.
        std::hint::black_box(&output.textures_delta);
        output.textures_delta.clear();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        start.elapsed()
    }

    /// Sleeps until something asks for a repaint (the worker after each answer, or the app's
    /// own timers), as an event loop does; false when `deadline` passes first.
    pub fn wait_for_repaint(&mut self, deadline: Instant) -> bool {
        loop {
            let now = Instant::now();
            if let Some(due) = self.due
                && due <= now
            {
                return true;
            }
            if now >= deadline {
                return false;
            }
            let until = self.due.map_or(deadline, |due| due.min(deadline));
            match self
                .repaints
                .recv_timeout(until.saturating_duration_since(now))
            {
                Ok(delay) => {
                    let due = Instant::now() + delay;
                    self.due = Some(self.due.map_or(due, |current| current.min(due)));
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return false,
            }
        }
    }

    /// Runs frames as repaints are asked for until `done` holds after a frame; the time from
    /// now until that frame ended. Fails after `patience`.
    pub fn run_until(
        &mut self,
        what: &str,
        patience: Duration,
        done: impl Fn(&OrgViewerApp) -> bool,
    ) -> Result<Duration> {
        let start = Instant::now();
        let deadline = start + patience;
        loop {
            if self.wait_for_repaint(deadline) {
                self.frame();
                if done(&self.app) {
                    return Ok(start.elapsed());
                }
            } else {
                return Err(HarnessError::Timeout(format!(
                    "the app did not show {what} within {} s",
                    patience.as_secs()
                )));
            }
        }
    }

    /// Runs the frames that are still asked for, until none is asked for `quiet` (or two
    /// seconds have passed, should something animate).
    pub fn settle(&mut self, quiet: Duration) {
        let give_up = Instant::now() + Duration::from_secs(2);
        while Instant::now() < give_up && self.wait_for_repaint(Instant::now() + quiet) {
            self.frame();
        }
    }
}

/// What identifies the organization and logo on screen: when Zoho's answer was fetched and the
/// logo's texture. A refresh is on screen when both differ from before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OnScreen {
    /// When the organization on screen was fetched.
    pub fetched_at: std::time::SystemTime,
    /// The logo's texture, when one is shown.
    pub logo: Option<egui::TextureId>,
}

/// The organization and logo on screen, if the organization screen is up.
pub fn on_screen(app: &OrgViewerApp) -> Option<OnScreen> {
    match app.screen() {
        Screen::Organization(view) => Some(OnScreen {
            fetched_at: view.data.fetched_at,
            logo: view
                .logo
                .texture()
                .map(zoho_org_viewer::ui::PictureTexture::id),
        }),
        _ => None,
    }
}

/// Whether the app shows an organization and a logo that are both newer than `before`.
pub fn refreshed(app: &OrgViewerApp, before: Option<OnScreen>) -> bool {
    match (on_screen(app), before) {
        (Some(now), Some(before)) => {
            now.logo.is_some() && now.logo != before.logo && now.fetched_at != before.fetched_at
        }
        (Some(now), None) => now.logo.is_some(),
        (None, _) => false,
    }
}
