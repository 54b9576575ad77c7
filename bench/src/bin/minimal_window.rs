//! The reference window of the benchmarks: eframe with the app's renderer (glow), window size and
//! features (the same eframe build, since this package shares the app's workspace), showing one
//! line of text. Frames are recorded the same way as the app's (`ZOHO_ORG_VIEWER_BENCH_EVENTS`).

use zoho_org_viewer::bench_hook;

/// The title the benchmark looks for.
const TITLE: &str = "Minimal eframe window";

struct MinimalWindow;

impl eframe::App for MinimalWindow {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("A minimal eframe window");
        });
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(TITLE)
            .with_inner_size(zoho_org_viewer::ui::DEFAULT_WINDOW_SIZE),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        TITLE,
        options,
        Box::new(|_cc| Ok(bench_hook::wrap(MinimalWindow, |_| "minimal".to_owned()))),
    )
}
