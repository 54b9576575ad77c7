//! A problem to show a person: what happened, what to do, and the facts for a support ticket.
//! Every failure the app shows (Zoho, the keychain, a file) becomes one of these, so the UI has
//! one way to present them. The words come from the catalog (`assets/i18n/*/problems.ftl`) as
//! [`Msg`]s, worded where they are drawn, so a problem on screen follows a change of language.

mod logo_change;
mod logo_write;
mod store;
pub mod zoho;

use std::time::SystemTime;

use chrono::{DateTime, Local};

use crate::i18n::{Msg, t};

pub use self::logo_change::{fit_reason, logo_change_words, preview_reason};
pub use self::store::{
    add_org_sentence, choice_sentence, location_notice, location_words, open_sentence, seconds,
    store_sentence,
};
pub use self::zoho::{plain_duration, summary_naming_host, with_code};
pub use crate::zoho::error::Explain;

/// A problem as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What happened, in one sentence.
    pub summary: Msg,
    /// What to do about it; `None` when the summary says it all (a cancelled change). Boxed so
    /// a `Result<_, Problem>` stays small.
    pub resolution: Option<Box<Msg>>,
    /// Zoho's error code, when there is one.
    pub code: Option<String>,
    /// The HTTP status of Zoho's answer, when there was one.
    pub http_status: Option<u16>,
    /// Zoho's own message or the low-level cause (not translated: it is Zoho's or the system's).
    pub detail: Option<String>,
    /// When it happened.
    pub at: SystemTime,
}

impl Problem {
    /// A problem with a summary and a resolution and no technical facts.
    pub fn new(summary: Msg, resolution: Msg) -> Self {
        Self {
            resolution: Some(Box::new(resolution)),
            ..Self::without_fix(summary)
        }
    }

    /// A problem whose summary says all there is (nothing to do about it).
    pub fn without_fix(summary: Msg) -> Self {
        Self {
            summary,
            resolution: None,
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
    pub fn detail_lines(&self) -> Vec<(Msg, String)> {
        let mut lines = Vec::new();
        if let Some(code) = &self.code {
            lines.push((t::err_label_zoho_code(), code.clone()));
        }
        if let Some(status) = self.http_status {
            lines.push((t::err_label_http_status(), status.to_string()));
        }
        if let Some(detail) = &self.detail {
            lines.push((t::err_label_detail(), detail.clone()));
        }
        let at: DateTime<Local> = self.at.into();
        lines.push((
            t::err_label_time(),
            at.format("%Y-%m-%d %H:%M:%S %:z").to_string(),
        ));
        lines
    }

    /// Everything, as text for a support ticket, in the current language.
    pub fn details_text(&self) -> String {
        let mut text = format!("{}\n", self.summary);
        if let Some(resolution) = &self.resolution {
            text.push_str(&format!("{resolution}\n"));
        }
        let app = format!(
            "{} {}",
            "Org Viewer for Zoho CRM",
            env!("CARGO_PKG_VERSION")
        );
        let lines = self
            .detail_lines()
            .into_iter()
            .chain([(t::err_label_app(), app)]);
        for (label, value) in lines {
            text.push_str(&t::err_detail_line(label, value).text());
            text.push('\n');
        }
        text
    }
}

impl From<&crate::zoho::Error> for Problem {
    fn from(error: &crate::zoho::Error) -> Self {
        // The window's headline names no host ("127.0.0.1:41977" means nothing to an admin);
        // the host goes to *Details* for a support ticket instead.
        let detail = match error {
            crate::zoho::Error::Network { host, cause }
            | crate::zoho::Error::Dropped { host, cause } => Some(format!("{host}: {cause}")),
            crate::zoho::Error::Timeout { host } => Some(host.clone()),
            _ => error.technical_detail().map(str::to_owned),
        };
        Self {
            summary: error.summary(),
            resolution: Some(Box::new(error.resolution())),
            code: error.zoho_code().map(str::to_owned),
            http_status: error.http_status(),
            detail,
            at: SystemTime::now(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zoho;
    use crate::zoho::error::{CrmCode, Resource};
    use crate::zoho::logo_write::LogoWriteError;

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
            problem.summary.text(),
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
        assert!(
            summary_naming_host(&error)
                .text()
                .contains("127.0.0.1:41977")
        );
        let problem = Problem::from(&error);
        assert_eq!(problem.summary.text(), "Could not connect to Zoho.");
        assert_eq!(
            problem.detail.as_deref(),
            Some("127.0.0.1:41977: connection refused")
        );
        let dropped = Problem::from(&zoho::Error::Dropped {
            host: "www.zohoapis.eu".into(),
            cause: "reset".into(),
        });
        assert!(
            !dropped.summary.text().contains("zohoapis"),
            "{}",
            dropped.summary
        );
        assert!(dropped.details_text().contains("www.zohoapis.eu"));
    }

    #[test]
    fn a_refused_logo_says_nothing_changed_and_a_cut_one_says_to_look() {
        let refused = Problem::from(&LogoWriteError::TooLarge { http_status: 415 });
        assert!(
            refused
                .summary
                .text()
                .contains("Nothing was changed at Zoho."),
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
            !cut.summary.text().contains("Nothing was changed"),
            "{}",
            cut.summary
        );
        assert!(
            cut.resolution
                .is_some_and(|fix| fix.text().starts_with("Look at the logo"))
        );
    }

    #[test]
    fn a_problem_is_worded_in_the_language_it_is_drawn_in() {
        let problem = Problem::from(&zoho::Error::Crm {
            code: CrmCode::NoPermission,
            http_status: 403,
            message: "Permission denied to read".into(),
            resource: Resource::Logo,
        });
        let english = problem.summary.text_in(crate::i18n::Lang::En);
        assert_eq!(
            english,
            "Your Zoho CRM user is not allowed to read the logo."
        );
        // The same stored message, worded again in another language, is not the English text:
        // nothing was fixed to English when the problem was made.
        let pseudo = problem.summary.text_in(crate::i18n::Lang::Pseudo);
        assert_ne!(pseudo, english);
        crate::i18n::set_current(crate::i18n::Lang::Pseudo);
        let text = problem.details_text();
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert!(text.starts_with(&pseudo), "{text}");
        assert!(
            !text.contains("Zoho code: "),
            "labels are worded too: {text}"
        );
        // Zoho's own code and message stay as Zoho sent them.
        assert!(text.contains("NO_PERMISSION"), "{text}");
        assert!(text.contains("Permission denied to read"), "{text}");
    }
}
