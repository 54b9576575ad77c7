//! The words for a logo change that did not go through, and for a picture that cannot become
//! the logo.

use crate::i18n::{Msg, t};
use crate::logo_change::LogoChangeError;
use crate::logo_fit::FitError;
use crate::worker::logo::PreviewError;
use crate::zoho::error::Explain;
use crate::zoho::photo::PhotoFormat;

use super::Problem;

/// What happened to a logo change that did not go through, and what to do (`None` when the
/// sentence already says it).
pub fn logo_change_words(error: &LogoChangeError) -> (Msg, Option<Msg>) {
    match error {
        LogoChangeError::Grant(error) => (error.summary(), Some(error.resolution())),
        LogoChangeError::WrongOrg { wanted, granted } => {
            (t::err_logo_wrong_org(granted, wanted), None)
        }
        LogoChangeError::Identify(error) => (
            t::err_logo_unchanged(error.summary()),
            Some(error.resolution()),
        ),
        LogoChangeError::ReadCurrent(error) => (
            t::err_logo_current_unreadable(error.summary()),
            Some(error.resolution()),
        ),
        LogoChangeError::Backup(source) => (
            t::err_logo_backup_failed(source.to_string()),
            Some(t::err_fix_logo_backup_failed()),
        ),
        LogoChangeError::Write { error, .. } => {
            let problem = Problem::from(error);
            (problem.summary, problem.resolution.map(|fix| *fix))
        }
    }
}

/// Why a picture cannot become the logo, as a clause for a sentence; `start` when it follows
/// a colon and begins with a capital in English.
pub fn fit_reason(error: &FitError, start: bool) -> Msg {
    let start = if start { "yes" } else { "no" };
    match error {
        FitError::Unsupported(format) if *format == PhotoFormat::Unknown.label() => {
            t::err_fit_unknown(start)
        }
        FitError::Unsupported(format) => t::err_fit_unsupported(*format, start),
        FitError::TooLarge(detail) => t::err_fit_too_large(detail, start),
        FitError::Damaged(_) => t::err_fit_damaged(start),
        FitError::CannotFit { .. } => t::err_fit_cannot_fit(start),
    }
}

/// Why a logo cannot be shown (it can still be saved).
pub fn preview_reason(error: &PreviewError) -> Msg {
    match error {
        // The unknown format's label is a key: the sentence names it in the reader's words.
        PreviewError::Unsupported(format) if *format == PhotoFormat::Unknown.label() => {
            t::err_preview_unsupported(t::err_unknown_format())
        }
        PreviewError::Unsupported(format) => t::err_preview_unsupported(*format),
        PreviewError::TooLarge(detail) => t::err_preview_too_large(detail),
        PreviewError::Damaged(_) => t::err_preview_damaged(),
    }
}
