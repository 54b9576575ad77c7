//! Reading JSON from Zoho (and the app's own copy of it) so that anything valid is accepted.
//!
//! serde_json refuses two kinds of valid JSON on its own: nesting deeper than 128 levels, and a
//! `\uD800`-style escape that is half of a UTF-16 pair (a "lone surrogate", which no Rust string
//! can hold). Numbers are kept digit for digit by serde_json's `arbitrary_precision` feature
//! (see Cargo.toml), so `1e400` and 20-digit IDs are read as well.
//!
//! Here a lone surrogate becomes U+FFFD, the replacement character, as every JSON reader that
//! produces UTF-8 does. Nesting is read to [`MAX_DEPTH`] levels: the parsed value is later
//! cloned, printed and dropped by code that recurses once per level on a thread's normal stack,
//! so an answer nested a million levels deep is refused with that reason instead of crashing.

use std::borrow::Cow;

use serde::de::DeserializeOwned;

/// The deepest nesting read: four times serde_json's own limit, where a real organization is
/// three levels deep. A test (`api::tests::the_deepest_org_read_fits_a_worker_stack`) runs the
/// whole path (parse, display, print, clone, drop) at this depth on a 2 MiB thread in a debug
/// build, the tightest stack the app runs it on.
pub const MAX_DEPTH: usize = 512;

/// Why a body is not usable JSON.
#[derive(Debug, thiserror::Error)]
pub enum JsonError {
    /// Valid or not, the nesting is deeper than the app reads.
    #[error("the JSON is nested {depth} levels deep, more than the {MAX_DEPTH} this app reads")]
    TooDeep {
        /// How deep it got before the app stopped counting.
        depth: usize,
    },
    /// Not JSON, or not of the expected shape; serde_json's words say where.
    #[error(transparent)]
    Invalid(#[from] serde_json::Error),
}

impl JsonError {
    /// Whether the text stopped in the middle (the answer was cut off).
    pub fn is_eof(&self) -> bool {
        matches!(self, Self::Invalid(error) if error.is_eof())
    }
}

/// Parses `bytes` as `T`, accepting deep nesting (to [`MAX_DEPTH`]) and lone surrogates.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    let text = prepare(bytes)?;
    let mut deserializer = serde_json::Deserializer::from_slice(&text);
    // The depth was checked by `prepare`; serde_json's own limit (128) is lower than ours.
    deserializer.disable_recursion_limit();
    let value = T::deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Reads `T` from a parsed value. A struct with `#[serde(flatten)]` cannot take a number beyond
/// the 64-bit range straight from a `Value` (serde hands it over as a u128, which flatten's buffer
/// refuses), but it can from text, where serde_json passes such numbers through intact.
pub fn from_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, JsonError> {
    from_slice(value.to_string().as_bytes())
}

/// Checks the nesting depth and replaces lone surrogate escapes with `\uFFFD` (same length).
fn prepare(bytes: &[u8]) -> Result<Cow<'_, [u8]>, JsonError> {
    let mut text = Cow::Borrowed(bytes);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if !in_string {
            match byte {
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(JsonError::TooDeep { depth });
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                b'"' => in_string = true,
                _ => {}
            }
            index += 1;
            continue;
        }
        match byte {
            b'"' => {
                in_string = false;
                index += 1;
            }
            b'\\' if bytes.get(index + 1) == Some(&b'u') => {
                let unit = hex_unit(bytes, index + 2);
                match unit {
                    Some(0xD800..=0xDBFF)
                        if bytes.get(index + 6..index + 8) == Some(b"\\u")
                            && matches!(hex_unit(bytes, index + 8), Some(0xDC00..=0xDFFF)) =>
                    {
                        index += 12;
                    }
                    Some(0xD800..=0xDFFF) => {
                        text.to_mut()[index..index + 6].copy_from_slice(b"\\uFFFD");
                        index += 6;
                    }
                    // An ordinary escape, or a broken one the parser will report.
                    _ => index += 2,
                }
            }
            // Any other escape is two bytes; skipping both keeps `\"` inside the string.
            b'\\' => index += 2,
            _ => index += 1,
        }
    }
    Ok(text)
}

/// The four hex digits at `at` as a UTF-16 code unit.
fn hex_unit(bytes: &[u8], at: usize) -> Option<u16> {
    let digits = std::str::from_utf8(bytes.get(at..at + 4)?).ok()?;
    if !digits.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        return None;
    }
    u16::from_str_radix(digits, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn lone_surrogates_become_the_replacement_character() {
        let value: Value =
            from_slice(br#"["\ud800", "a\uDFFFb", "\ud83d\ude00", "\\ud800"]"#).unwrap();
        assert_eq!(
            value,
            serde_json::json!(["\u{fffd}", "a\u{fffd}b", "😀", "\\ud800"])
        );
        // A high surrogate followed by another high one: both are lone.
        let value: Value = from_slice(br#""\ud800\ud800""#).unwrap();
        assert_eq!(value, Value::String("\u{fffd}\u{fffd}".into()));
    }

    #[test]
    fn deep_nesting_is_read_to_the_limit_and_refused_past_it() {
        let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
        assert!(from_slice::<Value>(nested(MAX_DEPTH).as_bytes()).is_ok());
        let error = from_slice::<Value>(nested(MAX_DEPTH + 1).as_bytes()).unwrap_err();
        assert!(matches!(error, JsonError::TooDeep { .. }), "{error}");
        assert!(error.to_string().contains("512"), "{error}");
    }

    #[test]
    fn brackets_and_quotes_inside_strings_do_not_count() {
        let text = format!(r#"{{"a": "{}\"{}"}}"#, "[".repeat(5000), "{".repeat(5000));
        let value: Value = from_slice(text.as_bytes()).unwrap();
        assert_eq!(value["a"].as_str().map(str::len), Some(10001));
    }

    #[test]
    fn numbers_keep_every_digit() {
        let text = r#"[20231177000000012345,-9223372036854775809,7.038531e-26,2.4703282292062328e-324,1e400]"#;
        let value: Value = from_slice(text.as_bytes()).unwrap();
        assert_eq!(
            value.to_string(),
            "[20231177000000012345,-9223372036854775809,7.038531e-26,2.4703282292062328e-324,1e+400]"
        );
    }

    #[test]
    fn invalid_json_is_still_refused() {
        for text in ["{", "[1,]", "\"\\ud800", "[1] x", "nul", "\"\\u12\""] {
            let error = from_slice::<Value>(text.as_bytes()).unwrap_err();
            assert!(matches!(error, JsonError::Invalid(_)), "{text}: {error}");
        }
        assert!(from_slice::<Value>(b"{\"a\":[1,").unwrap_err().is_eof());
    }
}
