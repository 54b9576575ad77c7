//! The parts of the desktop the worker uses: the save dialog, the image clipboard, and showing a
//! folder. Behind a trait so tests can stand in for them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What the save dialog returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveChoice {
    /// The person chose this file.
    Chosen(PathBuf),
    /// The person cancelled.
    Cancelled,
    /// No dialog could be shown (e.g. no desktop portal): the app must ask in its own window.
    Unavailable,
}

/// The desktop services the worker calls. Every method may block; the worker calls them off
/// the UI thread.
pub trait Desktop: Send + Sync {
    /// Asks where to save a file, in a dialog called `title`, starting in `folder` with
    /// `suggested_name`.
    fn choose_save_path(&self, title: &str, folder: &Path, suggested_name: &str) -> SaveChoice;

    /// Puts an RGBA picture on the clipboard.
    fn copy_image(&self, width: usize, height: usize, rgba: Vec<u8>) -> Result<(), String>;

    /// Shows `folder` in the file manager.
    fn open_folder(&self, folder: &Path) -> Result<(), String>;

    /// Asks which picture to open, in a dialog called `title` starting in `folder`. A desktop
    /// without an open dialog answers [`SaveChoice::Unavailable`]; the person can still drop
    /// or paste a picture.
    fn choose_open_path(&self, title: &str, folder: &Path) -> SaveChoice {
        let _ = (title, folder);
        SaveChoice::Unavailable
    }

    /// The picture on the clipboard as RGBA: (width, height, bytes); an error says why there
    /// is none. A desktop without an image clipboard says so.
    fn paste_image(&self) -> Result<(usize, usize, Vec<u8>), String> {
        Err("this desktop has no image clipboard".to_owned())
    }
}

/// The user guide installed with the app (the package puts the README in
/// `<prefix>/share/doc/zoho-org-viewer/`, beside `<prefix>/bin/`), when there is one: the
/// project has no website, and this copy always matches the installed version.
pub fn installed_user_guide() -> Option<PathBuf> {
    let program = std::env::current_exe().ok()?;
    let prefix = program.parent()?.parent()?;
    let guide = prefix.join("share/doc/zoho-org-viewer/README.md");
    guide.is_file().then_some(guide)
}

/// The real desktop: rfd's portal dialog, arboard's clipboard, the platform opener.
#[derive(Default)]
pub struct SystemDesktop {
    // arboard serves the clipboard from this object on X11: it must outlive the copy.
    clipboard: std::sync::Mutex<Option<arboard::Clipboard>>,
}

/// A portal that is missing answers "no file" in milliseconds; a person takes longer than this
/// to even see a dialog.
const INSTANT_ANSWER: Duration = Duration::from_millis(250);

impl SystemDesktop {
    /// Runs `use_it` with the clipboard, opened on first use and kept (on X11 arboard serves
    /// what was copied from this object).
    fn with_clipboard<T>(
        &self,
        use_it: impl FnOnce(&mut arboard::Clipboard) -> Result<T, arboard::Error>,
    ) -> Result<T, String> {
        let mut slot = self
            .clipboard
            .lock()
            .map_err(|_| "The clipboard is unavailable.".to_owned())?;
        if slot.is_none() {
            *slot = Some(arboard::Clipboard::new().map_err(|err| err.to_string())?);
        }
        let clipboard = slot
            .as_mut()
            .ok_or_else(|| "The clipboard is unavailable.".to_owned())?;
        use_it(clipboard).map_err(|err| err.to_string())
    }
}

impl Desktop for SystemDesktop {
    fn choose_save_path(&self, title: &str, folder: &Path, suggested_name: &str) -> SaveChoice {
        let asked = Instant::now();
        let choice = rfd::FileDialog::new()
            .set_title(title)
            .set_directory(folder)
            .set_file_name(suggested_name)
            .save_file();
        match choice {
            Some(path) => SaveChoice::Chosen(path),
            None if asked.elapsed() < INSTANT_ANSWER => SaveChoice::Unavailable,
            None => SaveChoice::Cancelled,
        }
    }

    fn copy_image(&self, width: usize, height: usize, rgba: Vec<u8>) -> Result<(), String> {
        self.with_clipboard(|clipboard| {
            clipboard.set_image(arboard::ImageData {
                width,
                height,
                bytes: rgba.into(),
            })
        })
    }

    fn open_folder(&self, folder: &Path) -> Result<(), String> {
        open::that_detached(folder).map_err(|err| err.to_string())
    }

    fn paste_image(&self) -> Result<(usize, usize, Vec<u8>), String> {
        let image = self.with_clipboard(arboard::Clipboard::get_image)?;
        Ok((image.width, image.height, image.bytes.into_owned()))
    }

    fn choose_open_path(&self, title: &str, folder: &Path) -> SaveChoice {
        let asked = Instant::now();
        let choice = rfd::FileDialog::new()
            .set_title(title)
            .set_directory(folder)
            .add_filter(
                crate::i18n::t::err_pictures_filter().text(),
                &["png", "jpg", "jpeg", "gif", "webp", "bmp"],
            )
            .pick_file();
        match choice {
            Some(path) => SaveChoice::Chosen(path),
            None if asked.elapsed() < INSTANT_ANSWER => SaveChoice::Unavailable,
            None => SaveChoice::Cancelled,
        }
    }
}

/// The folder the save dialog starts in: Pictures, else Downloads, else home, else here.
pub fn default_save_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| {
            dirs.picture_dir()
                .or(dirs.download_dir())
                .map(Path::to_path_buf)
                .or_else(|| Some(dirs.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The folder an export's save dialog starts in: Documents, else Downloads, else home, else here.
pub fn default_document_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| {
            dirs.document_dir()
                .or(dirs.download_dir())
                .map(Path::to_path_buf)
                .or_else(|| Some(dirs.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
