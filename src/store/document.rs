//! Reading the small versioned JSON documents the store keeps, without leaking their contents.

use serde::de::DeserializeOwned;

/// Why a saved document cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DocumentError {
    /// The document is garbled; the text says how, without quoting it.
    Damaged(String),
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
        return Err(DocumentError::Damaged("it is not a JSON object".to_owned()));
    }
    let version = match value.get("format_version") {
        None => {
            return Err(DocumentError::Damaged(
                "it has no format version".to_owned(),
            ));
        }
        Some(version) => version.as_u64().ok_or_else(|| {
            DocumentError::Damaged("its format version is not a number".to_owned())
        })?,
    };
    if version > current {
        return Err(DocumentError::NewerVersion(version));
    }
    serde_json::from_value(value).map_err(|error| DocumentError::Damaged(describe(&error)))
}

/// Describes a JSON error by position and kind only: serde's own messages for type mismatches
/// quote the offending value, which here may be a token.
fn describe(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let message = error.to_string();
    match error.classify() {
        Category::Syntax => format!(
            "it is not valid JSON (line {}, column {})",
            error.line(),
            error.column()
        ),
        Category::Eof => "it is cut short".to_owned(),
        Category::Io => "it could not be read".to_owned(),
        Category::Data if message.starts_with("missing field") => {
            // "missing field `refresh_token`" names a field, never a value.
            let field = message
                .split(" at line")
                .next()
                .unwrap_or("a field is missing");
            format!("it lacks a required entry ({field})")
        }
        Category::Data => "an entry has the wrong kind of value".to_owned(),
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
        assert!(!reason.contains("1000.secret"), "{reason}");
        let error = parse_versioned::<Sample>(r#"{"format_version":1}"#, 1).unwrap_err();
        assert_eq!(
            error,
            DocumentError::Damaged("it lacks a required entry (missing field `value`)".to_owned())
        );
    }
}
