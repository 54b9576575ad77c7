//! The app's words in ten languages (issue 14): Fluent catalogs in `assets/i18n/<tag>/`,
//! compiled in, one typed function per message in [`t`], and the language each thread speaks.
//!
//! Each thread has its own current language: the window sets its thread's from the settings
//! every frame, the command line once from the environment; the worker never words anything
//! (it sends [`Msg`]s) except where a request names the language, such as an export or the
//! browser page after sign-in. Tests on parallel threads therefore never see each other's.

mod catalog;
mod lang;
mod msg;
mod pseudo;

use std::cell::Cell;

pub use lang::Lang;
pub use msg::{Arg, Msg};

/// One function per message of the English catalog, written by build.rs: `t::copy_all()`.
pub mod t {
    use super::{Arg, Msg};
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language this thread words messages in.
pub fn current() -> Lang {
    CURRENT.with(Cell::get)
}

/// Sets the language this thread words messages in.
pub fn set_current(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

#[cfg(test)]
mod tests;
