//! Reading the small versioned JSON documents the store keeps, without leaking their contents.

use serde::de::DeserializeOwned;

use crate::i18n::{Msg, t};

/// Why a saved document cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DocumentError {
    /// The document is garbled; the text says how, without quoting it.
    Damaged(Msg),
    /// The document is in a format a newer version of the app wrote.
    NewerVersion(u64),
}

/// Parses `text` as a JSON object with a `format_version` no newer than `current`.
pub(crate) fn parse_versioned<T: DeserializeOwned>(
    text: &str,
    current: u64,
) -> Result<T, DocumentError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|error| DocumentError::Damaged(describe(&error)))?;
    if !value.is_object() {
        return Err(DocumentError::Damaged(t::err_damaged_not_object()));
    }
    let version = match value.get("format_version") {
        None => {
            return Err(DocumentError::Damaged(t::err_damaged_no_version()));
        }
        Some(version) => version
            .as_u64()
            .ok_or_else(|| DocumentError::Damaged(t::err_damaged_version_not_number()))?,
    };
    if version > current {
        return Err(DocumentError::NewerVersion(version));
    }
    serde_json::from_value(value).map_err(|error| DocumentError::Damaged(describe(&error)))
}

/// How serde_json begins the message of a missing field, and where its position starts.
const SERDE_MISSING_FIELD: &str = "missing field";
const SERDE_AT_LINE: &str = " at line";

/// Describes a JSON error by position and kind only: serde's own messages for type mismatches
/// quote the offending value, which here may be a token.
fn describe(error: &serde_json::Error) -> Msg {
    use serde_json::error::Category;
    let message = error.to_string();
    match error.classify() {
        Category::Syntax => {
            t::err_damaged_not_json(error.column().to_string(), error.line().to_string())
        }
        Category::Eof => t::err_damaged_cut_short(),
        Category::Io => t::err_damaged_unreadable(),
        Category::Data if message.starts_with(SERDE_MISSING_FIELD) => {
            // "missing field `refresh_token` at line 1 column 2" names a field, never a value.
            let field = message
                .split(SERDE_AT_LINE)
                .next()
                .unwrap_or_default()
                .trim_start_matches(SERDE_MISSING_FIELD)
                .trim();
            t::err_damaged_missing_entry(field)
        }
        Category::Data => t::err_damaged_wrong_kind(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Sample {
        #[expect(
            dead_code,
            reason = "read only to check it parses; the test asserts the other fields"
        )]
        format_version: u64,
        value: String,
        #[serde(default)]
        count: u64,
    }

    #[test]
    fn reads_the_current_and_older_versions() {
        let sample: Sample = parse_versioned(r#"{"format_version":1,"value":"v"}"#, 1).unwrap();
        assert_eq!((sample.value.as_str(), sample.count), ("v", 0));
    }

    #[test]
    fn refuses_newer_missing_and_garbled_documents() {
        let newer = parse_versioned::<Sample>(r#"{"format_version":3,"value":"v"}"#, 1);
        assert_eq!(newer.unwrap_err(), DocumentError::NewerVersion(3));
        for text in [
            r#"{"value":"v"}"#,
            r#"{"format_version":"1","value":"v"}"#,
            "[1,2]",
            "{not json",
            r#"{"format_version":1,"value":"#,
            "",
        ] {
            assert!(
                matches!(
                    parse_versioned::<Sample>(text, 1),
                    Err(DocumentError::Damaged(_))
                ),
                "{text:?} was accepted"
            );
        }
    }

    #[test]
    fn messages_never_quote_values() {
        let error = parse_versioned::<Sample>(
            r#"{"format_version":1,"value":"v","count":"1000.secret"}"#,
            1,
        )
        .unwrap_err();
        let DocumentError::Damaged(reason) = error else {
            panic!("expected damage, got {error:?}");
        };
        assert!(!reason.text().contains("1000.secret"), "{reason}");
        let error = parse_versioned::<Sample>(r#"{"format_version":1}"#, 1).unwrap_err();
        assert_eq!(
            error,
            DocumentError::Damaged(t::err_damaged_missing_entry("`value`"))
        );
        // The reason is a catalog message, worded in the reader's language when shown.
        let DocumentError::Damaged(reason) = error else {
            panic!("expected damage, got {error:?}");
        };
        assert_eq!(
            reason.text_in(crate::i18n::Lang::En),
            "it lacks a required entry (missing field `value`)"
        );
        assert_eq!(
            reason.text_in(crate::i18n::Lang::De),
            "ein erforderlicher Eintrag fehlt (fehlendes Feld `value`)"
        );
    }
}
