//! A problem to show a person: what happened, what to do, and the facts for a support ticket.
//! Every failure the app shows (Zoho, the keychain, a file) becomes one of these, so the UI has
//! one way to present them.

use std::time::SystemTime;

use chrono::{DateTime, Local};

use crate::zoho;
use crate::zoho::logo_write::LogoWriteError;

/// A problem as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What happened, in one sentence.
    pub summary: String,
    /// What to do about it.
    pub resolution: String,
    /// Zoho's error code, when there is one.
    pub code: Option<String>,
    /// The HTTP status of Zoho's answer, when there was one.
    pub http_status: Option<u16>,
    /// Zoho's own message or the low-level cause.
    pub detail: Option<String>,
    /// When it happened.
    pub at: SystemTime,
}

impl Problem {
    /// A problem with a summary and a resolution and no technical facts.
    pub fn new(summary: impl Into<String>, resolution: impl Into<String>) -> Self {
        Self {
            summary: summary.into(),
            resolution: resolution.into(),
            code: None,
            http_status: None,
            detail: None,
            at: SystemTime::now(),
        }
    }

    /// The same problem with a technical detail.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Whether there is anything for the *Details* view beyond the time.
    pub fn has_details(&self) -> bool {
        self.code.is_some() || self.http_status.is_some() || self.detail.is_some()
    }

    /// The facts as lines for the *Details* view: (label, value).
    pub fn detail_lines(&self) -> Vec<(&'static str, String)> {
        let mut lines = Vec::new();
        if let Some(code) = &self.code {
            lines.push(("Zoho code", code.clone()));
        }
        if let Some(status) = self.http_status {
            lines.push(("HTTP status", status.to_string()));
        }
        if let Some(detail) = &self.detail {
            lines.push(("Detail", detail.clone()));
        }
        let at: DateTime<Local> = self.at.into();
        lines.push(("Time", at.format("%Y-%m-%d %H:%M:%S %:z").to_string()));
        lines
    }

    /// Everything, as text for a support ticket.
    pub fn details_text(&self) -> String {
        let mut text = format!("{}\n{}\n", self.summary, self.resolution);
        for (label, value) in self.detail_lines() {
            text.push_str(&format!("{label}: {value}\n"));
        }
        text.push_str(&format!(
            "App: Org Viewer for Zoho CRM {}\n",
            env!("CARGO_PKG_VERSION")
        ));
        text
    }
}

impl From<&zoho::Error> for Problem {
    fn from(error: &zoho::Error) -> Self {
        // The command line's one sentence names the host (its reader may be debugging a
        // proxy); the window's headline does not ("127.0.0.1:41977" means nothing to an
        // admin), and the host goes to *Details* for a support ticket instead.
        let (summary, detail) = match error {
            zoho::Error::Network { host, cause } => (
                "Could not connect to Zoho.".to_owned(),
                Some(format!("{host}: {cause}")),
            ),
            zoho::Error::Dropped { host, cause } => (
                "The connection to Zoho dropped before the answer arrived.".to_owned(),
                Some(format!("{host}: {cause}")),
            ),
            zoho::Error::Timeout { host } => (error.to_string(), Some(host.clone())),
            _ => (
                error.to_string(),
                error.technical_detail().map(str::to_owned),
            ),
        };
        Self {
            summary,
            resolution: error.resolution(),
            code: error.zoho_code().map(str::to_owned),
            http_status: error.http_status(),
            detail,
            at: SystemTime::now(),
        }
    }
}

impl From<&LogoWriteError> for Problem {
    fn from(error: &LogoWriteError) -> Self {
        let unchanged = "Nothing was changed at Zoho.";
        let (summary, resolution) = match error {
            LogoWriteError::TooLarge { .. } => (
                format!("Zoho refused the logo as too large. {unchanged}"),
                "Zoho takes at most 1 MB and 10 megapixels; choose a smaller picture.".to_owned(),
            ),
            LogoWriteError::InvalidData { .. } => (
                format!("Zoho did not take the file as a picture. {unchanged}"),
                "Choose a PNG, JPEG or GIF picture.".to_owned(),
            ),
            LogoWriteError::NoWriteScope { .. } => (
                format!("The permission Zoho gave does not allow changing the logo. {unchanged}"),
                "Try again and allow access when Zoho asks. The Zoho client must be allowed the ZohoCRM.org.ALL scope.".to_owned(),
            ),
            LogoWriteError::NotAllowed { .. } => (
                format!("Your Zoho CRM user may not change this organization's logo. {unchanged}"),
                "Ask your Zoho CRM administrator for a profile that may change the organization's settings.".to_owned(),
            ),
            LogoWriteError::Zoho(inner) if error.outcome_unknown() => (
                "The connection to Zoho ended before Zoho said whether the logo changed.".to_owned(),
                format!("Look at the logo in Zoho CRM before trying again. {}", inner.resolution()),
            ),
            LogoWriteError::Zoho(inner) => {
                let problem = Problem::from(inner);
                (
                    format!("{} {unchanged}", problem.summary),
                    problem.resolution,
                )
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
            resolution,
            code,
            http_status,
            detail,
            at: SystemTime::now(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho::error::{CrmCode, Resource};

    #[test]
    fn zoho_errors_keep_their_code_status_and_message_for_details() {
        let error = zoho::Error::Crm {
            code: CrmCode::InternalError,
            http_status: 500,
            message: "Internal Server Error".into(),
            resource: Resource::Organization,
        };
        let problem = Problem::from(&error);
        assert_eq!(
            problem.summary,
            "Zoho had an internal problem while sending the organization details."
        );
        let text = problem.details_text();
        assert!(text.contains("Zoho code: INTERNAL_ERROR\n"), "{text}");
        assert!(text.contains("HTTP status: 500\n"));
        assert!(text.contains("Detail: Internal Server Error\n"));
        assert!(text.contains("Time: "));
    }

    #[test]
    fn headlines_keep_addresses_out_and_details_keep_them() {
        let error = zoho::Error::Network {
            host: "127.0.0.1:41977".into(),
            cause: "connection refused".into(),
        };
        // The command line's sentence names the host; the window's headline does not.
        assert!(error.to_string().contains("127.0.0.1:41977"));
        let problem = Problem::from(&error);
        assert_eq!(problem.summary, "Could not connect to Zoho.");
        assert_eq!(
            problem.detail.as_deref(),
            Some("127.0.0.1:41977: connection refused")
        );
        let dropped = Problem::from(&zoho::Error::Dropped {
            host: "www.zohoapis.eu".into(),
            cause: "reset".into(),
        });
        assert!(!dropped.summary.contains("zohoapis"), "{}", dropped.summary);
        assert!(dropped.details_text().contains("www.zohoapis.eu"));
    }

    #[test]
    fn a_refused_logo_says_nothing_changed_and_a_cut_one_says_to_look() {
        let refused = Problem::from(&LogoWriteError::TooLarge { http_status: 415 });
        assert!(
            refused.summary.contains("Nothing was changed at Zoho."),
            "{}",
            refused.summary
        );
        assert_eq!(
            refused.code.as_deref(),
            Some("FILE_SIZE_MORE_THAN_ALLOWED_SIZE")
        );
        let cut = Problem::from(&LogoWriteError::Zoho(zoho::Error::Dropped {
            host: "h".into(),
            cause: "reset".into(),
        }));
        assert!(
            !cut.summary.contains("Nothing was changed"),
            "{}",
            cut.summary
        );
        assert!(cut.resolution.starts_with("Look at the logo"));
    }
}
