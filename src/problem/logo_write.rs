//! The words for a refused logo change at Zoho: what happened, that nothing changed (or that
//! nobody knows), and what to do.

use std::time::SystemTime;

use super::Problem;
use crate::i18n::t;
use crate::zoho::error::Explain;
use crate::zoho::logo_write::LogoWriteError;

impl From<&LogoWriteError> for Problem {
    fn from(error: &LogoWriteError) -> Self {
        let (summary, resolution) = match error {
            LogoWriteError::TooLarge { .. } => {
                (t::err_logo_too_large(), t::err_fix_logo_too_large())
            }
            LogoWriteError::InvalidData { .. } => {
                (t::err_logo_not_a_picture(), t::err_fix_logo_not_a_picture())
            }
            LogoWriteError::NoWriteScope { .. } => (
                t::err_logo_no_write_scope(),
                t::err_fix_logo_no_write_scope(),
            ),
            LogoWriteError::NotAllowed { .. } => {
                (t::err_logo_not_allowed(), t::err_fix_logo_not_allowed())
            }
            LogoWriteError::Zoho(inner) if error.outcome_unknown() => (
                t::err_logo_outcome_unknown(),
                t::err_fix_logo_outcome_unknown(inner.resolution()),
            ),
            LogoWriteError::Zoho(inner) => {
                (t::err_logo_unchanged(inner.summary()), inner.resolution())
            }
        };
        let (code, http_status, detail) = match error {
            LogoWriteError::TooLarge { http_status } => (
                Some("FILE_SIZE_MORE_THAN_ALLOWED_SIZE".to_owned()),
                Some(*http_status),
                None,
            ),
            LogoWriteError::InvalidData {
                http_status,
                message,
            } => (
                Some("INVALID_DATA".to_owned()),
                Some(*http_status),
                Some(message.clone()),
            ),
            LogoWriteError::NoWriteScope { http_status } => (
                Some("OAUTH_SCOPE_MISMATCH".to_owned()),
                Some(*http_status),
                None,
            ),
            LogoWriteError::NotAllowed {
                code,
                http_status,
                message,
            } => (
                Some(code.as_str().to_owned()),
                Some(*http_status),
                Some(message.clone()),
            ),
            LogoWriteError::Zoho(inner) => {
                let problem = Problem::from(inner);
                (problem.code, problem.http_status, problem.detail)
            }
        };
        Self {
            summary,
            resolution: Some(Box::new(resolution)),
            code,
            http_status,
            detail,
            at: SystemTime::now(),
        }
    }
}
