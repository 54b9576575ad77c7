//! *Export…*: the organization card as a file to attach to a ticket or print. No UI and no
//! threads here: the worker calls these on its blocking pool.

pub mod pdf;
mod pdf_text;

use crate::i18n::{Lang, t};
use crate::zoho::photo::safe_file_name;

/// The kinds of file an org can be exported as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// A readable, printable document.
    Pdf,
    /// Zoho's org object, every key, as *Copy as JSON* gives.
    Json,
}

impl ExportFormat {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Json => "json",
        }
    }

    /// The format's name for people ("PDF").
    pub fn label(self) -> &'static str {
        match self {
            Self::Pdf => "PDF",
            Self::Json => "JSON",
        }
    }

    /// `<company> organization.<ext>` in `lang`, made safe for a file name.
    pub fn suggested_file_name(self, company: &str, lang: Lang) -> String {
        let extension = self.extension();
        safe_file_name(&t::org_export_file_name(company, extension).text_in(lang))
            .unwrap_or_else(|| t::org_export_file_name_untitled(extension).text_in(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggested_name_is_the_company_and_the_format() {
        assert_eq!(
            ExportFormat::Pdf.suggested_file_name("Zylker Traders", Lang::En),
            "Zylker Traders organization.pdf"
        );
        let odd = ExportFormat::Json.suggested_file_name("A/B: Co", Lang::En);
        assert!(odd.ends_with(" organization.json"), "{odd}");
        assert!(!odd.contains(['/', '\\', ':']), "{odd}");
    }
}
