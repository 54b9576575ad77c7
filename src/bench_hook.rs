//! Benchmark instrumentation (issue #6, run by `scripts/bench`). Off unless the environment
//! variable [`EVENTS_VARIABLE`] names a file: then [`wrap`] puts a recorder around the window app
//! that appends one line per painted frame to that file, so the benchmark can time start-up and
//! count the frames painted while the app is idle. Unset, [`wrap`] hands the app back as it is,
//! so a normal run pays nothing but one environment lookup at start.
//!
//! A line reads `frame <number> <start> <end> <previous> <screen>`: the frame's start and the end
//! of its `ui` pass in nanoseconds since the Unix epoch (the benchmark compares them with the
//! moment it started the process), eframe's time for the previous frame in microseconds (the
//! whole frame, painting included; `-` for the first), and what the screen showed.

use std::fs::File;
use std::io::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

/// Names the file the frame lines go to; unset (the normal case), nothing is recorded.
pub const EVENTS_VARIABLE: &str = "ZOHO_ORG_VIEWER_BENCH_EVENTS";

/// The app itself, or the app inside a frame recorder when [`EVENTS_VARIABLE`] is set.
/// `describe` names what a frame shows. A change of name asks for two more frames: the next line
/// carries the full time, painting included, of the frame that showed the change, and the one
/// after it that of a frame of the same screen with nothing new, for comparison.
pub fn wrap<A: eframe::App + 'static>(app: A, describe: fn(&A) -> String) -> Box<dyn eframe::App> {
    let Some(path) = std::env::var_os(EVENTS_VARIABLE) else {
        return Box::new(app);
    };
    match File::options().create(true).append(true).open(&path) {
        Ok(file) => Box::new(Recorder {
            app,
            describe,
            file,
            frames: 0,
            frame_started: 0,
            last_screen: String::new(),
            frames_owed: 0,
        }),
        Err(error) => {
            tracing::warn!("benchmark events cannot be written: {error}");
            Box::new(app)
        }
    }
}

/// What a frame shows, for [`wrap`]'s `describe`: the kind of screen (`Screen::kind`) and, when
/// a logo is on it, the logo's texture, so a new logo counts as a change.
pub fn screen_line(kind: &'static str, logo: Option<egui::TextureId>) -> String {
    match logo {
        Some(texture) => format!("{kind}+logo:{texture:?}"),
        None => kind.to_owned(),
    }
}

struct Recorder<A> {
    app: A,
    describe: fn(&A) -> String,
    file: File,
    frames: u64,
    frame_started: u128,
    last_screen: String,
    frames_owed: u8,
}

fn now_nanos() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos())
}

impl<A: eframe::App> eframe::App for Recorder<A> {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.frame_started = now_nanos();
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        let ended = now_nanos();
        self.frames += 1;
        let previous = frame
            .info()
            .cpu_usage
            .map_or_else(|| "-".to_owned(), |seconds| format!("{:.0}", seconds * 1e6));
        let screen = (self.describe)(&self.app);
        let line = format!(
            "frame {} {} {ended} {previous} {}\n",
            self.frames,
            self.frame_started,
            screen.replace(' ', "_"),
        );
        if let Err(error) = self.file.write_all(line.as_bytes()) {
            tracing::warn!("a benchmark event could not be written: {error}");
        }
        if screen != self.last_screen {
            self.last_screen = screen;
            self.frames_owed = 2;
        }
        if self.frames_owed > 0 {
            self.frames_owed -= 1;
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        self.app.auto_save_interval()
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        self.app.clear_color(visuals)
    }

    fn persist_egui_memory(&self) -> bool {
        self.app.persist_egui_memory()
    }

    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.app.raw_input_hook(ctx, raw_input);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_line_names_the_screen_and_the_logo_the_benchmark_looks_for() {
        assert_eq!(screen_line("welcome", None), "welcome");
        assert_eq!(screen_line("org", None), "org");
        // bench/src/resident.rs waits for "org+logo"; the texture makes a new logo a change.
        assert_eq!(
            screen_line("org", Some(egui::TextureId::User(1))),
            "org+logo:User(1)"
        );
    }
}
