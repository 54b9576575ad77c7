//! *Export…*: the organization card as a file to attach to a ticket or print. No UI and no
//! threads here: the worker calls these on its blocking pool.

pub mod pdf;
#[expect(
    dead_code,
    reason = "drawn with by pdf.rs once its labels are in the catalog (issue 14)"
)]
mod pdf_text;

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

    /// `<company> organization.<ext>`, made safe for a file name.
    pub fn suggested_file_name(self, company: &str) -> String {
        let extension = self.extension();
        safe_file_name(&format!("{company} organization.{extension}"))
            .unwrap_or_else(|| format!("Zoho organization.{extension}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suggested_name_is_the_company_and_the_format() {
        assert_eq!(
            ExportFormat::Pdf.suggested_file_name("Zylker Traders"),
            "Zylker Traders organization.pdf"
        );
        let odd = ExportFormat::Json.suggested_file_name("A/B: Co");
        assert!(odd.ends_with(" organization.json"), "{odd}");
        assert!(!odd.contains(['/', '\\', ':']), "{odd}");
    }
}
