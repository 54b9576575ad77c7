//! The desktop app: egui views over the worker.

mod app;
mod client_form;
mod compare;
mod fonts;
mod glyphs;
mod logo_change;
mod logo_panel;
mod org_view;
mod overview;
mod picture;
mod save_prompt;
mod screen;
mod signing_in;
mod status;
mod style;
mod switcher;
mod thumbnails;
mod welcome;
mod widgets;

pub use app::{APP_NAME, OrgViewerApp, Settings, StartPlace};
pub use compare::{CompareView, DiffRow};
pub use fonts::use_system_fonts_for;
pub use logo_panel::{LogoPanel, LogoState};
pub use org_view::{Freshness, OrgView};
pub use overview::OverviewView;
pub use picture::PictureTexture;
pub use screen::Screen;
pub use status::Status;
pub use welcome::Region;

use crate::worker::{WorkerConfig, WorkerHandle};

/// The smallest window in which every screen still reads well.
pub const MIN_WINDOW_SIZE: [f32; 2] = [640.0, 480.0];

/// The window size on first start.
pub const DEFAULT_WINDOW_SIZE: [f32; 2] = [1040.0, 740.0];

/// Opens the app window and runs until it is closed.
pub fn run(config: WorkerConfig) -> Result<(), eframe::Error> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(APP_NAME)
        .with_app_id("zoho-org-viewer")
        .with_inner_size(DEFAULT_WINDOW_SIZE)
        .with_min_inner_size(MIN_WINDOW_SIZE);
    match eframe::icon_data::from_png_bytes(include_bytes!(
        "../../assets/icon/zoho-org-viewer-256.png"
    )) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(error) => tracing::warn!("the window icon could not be read: {error}"),
    }
    // The worker starts before the window, so the saved organization is read while eframe
    // opens it and the first frame can show it (issue #6, cold start).
    let worker =
        WorkerHandle::start(config).map_err(|error| eframe::Error::AppCreation(Box::new(error)))?;
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        APP_NAME,
        options,
        // Benchmark hook (issue #6): the app itself unless ZOHO_ORG_VIEWER_BENCH_EVENTS is set.
        Box::new(move |cc| {
            let app = OrgViewerApp::with_worker(cc, worker);
            Ok(crate::bench_hook::wrap(app, |app: &OrgViewerApp| {
                let line = crate::bench_hook::screen_line(
                    app.screen().kind(),
                    app.screen().logo_texture(),
                );
                match app.screen() {
                    // The overview is complete once its orgs' logos are in.
                    Screen::Overview => format!("{line}+logos:{}", app.thumbnails_shown()),
                    _ => line,
                }
            }))
        }),
    )
}
