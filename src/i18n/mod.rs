//! The app's words in ten languages (issue 14): Fluent catalogs in `assets/i18n/<tag>/`,
//! compiled in, one typed function per message in [`t`], and the language each thread speaks.
//!
//! Each thread has its own current language: the window sets its thread's from the settings
//! every frame; the command line sets the process's once from the environment, for all its
//! threads. The window's worker never words anything (it sends [`Msg`]s) except where a request
//! names the language, such as an export or the browser page after sign-in, which use
//! [`Msg::text_in`]. Tests on parallel threads therefore never see each other's language.

mod catalog;
mod format;
mod lang;
mod msg;
mod pseudo;

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use format::Conventions;
pub use lang::Lang;
pub use msg::{Arg, Msg};

/// One function per message of the English catalog, written by build.rs: `t::copy_all()`.
pub mod t {
    use super::{Arg, Msg};
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The process's language, for threads that set none ([`Lang::ALL`] index; English at first).
static PROCESS: AtomicUsize = AtomicUsize::new(0);

/// The language this thread words messages in: its own, or else the process's.
pub fn current() -> Lang {
    CURRENT
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[PROCESS.load(Ordering::Relaxed) % Lang::ALL.len()])
}

/// Sets the language this thread words messages in (the window's thread, each frame).
pub fn set_current(lang: Lang) {
    CURRENT.with(|current| current.set(Some(lang)));
}

/// Sets the language of every thread that has none of its own: the command line's, whose
/// output may be worded on any of its runtime's threads.
pub fn set_process_language(lang: Lang) {
    PROCESS.store(lang.index(), Ordering::Relaxed);
}

#[cfg(test)]
mod tests;
