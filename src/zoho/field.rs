//! A JSON value that may be absent, null, of the expected type, or something unexpected.
//!
//! Zoho's documentation and its real answers disagree on types now and then (`employee_count` is
//! documented as a string; an integer would not surprise anyone). One odd value must not make the
//! whole organization unreadable, and nothing Zoho sent may be lost, so every field keeps exactly
//! what came in and serialises back to it.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// One field of a Zoho object, kept losslessly.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Field<T> {
    /// The key was not in the answer.
    #[default]
    Absent,
    /// The key was there with `null`.
    Null,
    /// The key held a value of the documented type.
    Value(T),
    /// The key held a value of another type, kept as it came.
    Unexpected(Value),
}

impl<T> Field<T> {
    /// The value, when it had the documented type.
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            _ => None,
        }
    }

    /// Whether the key was missing from the answer (so it is left out when serialising).
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if value.is_null() {
            return Ok(Self::Null);
        }
        let typed = match T::deserialize(&value) {
            Ok(typed) => Some(typed),
            // A nested struct may have refused a 20-digit number only for coming from a Value.
            Err(_) if value.is_object() => super::json::from_value(&value).ok(),
            Err(_) => None,
        };
        Ok(match typed {
            Some(typed) => Self::Value(typed),
            None => Self::Unexpected(value),
        })
    }
}

impl<T: Serialize> Serialize for Field<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Absent fields are skipped by `skip_serializing_if`; null is the closest stand-in
            // should a caller serialise one directly.
            Self::Absent | Self::Null => serializer.serialize_none(),
            Self::Value(value) => value.serialize(serializer),
            Self::Unexpected(value) => value.serialize(serializer),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Sample {
        #[serde(default, skip_serializing_if = "Field::is_absent")]
        count: Field<String>,
        #[serde(default, skip_serializing_if = "Field::is_absent")]
        flag: Field<bool>,
    }

    #[test]
    fn absent_null_typed_and_unexpected_round_trip() {
        for text in [
            r#"{}"#,
            r#"{"count":null}"#,
            r#"{"count":"12","flag":true}"#,
            r#"{"count":12,"flag":"yes"}"#,
        ] {
            let sample: Sample = serde_json::from_str(text).unwrap();
            let back: Value = serde_json::to_value(&sample).unwrap();
            assert_eq!(back, serde_json::from_str::<Value>(text).unwrap(), "{text}");
        }
        let sample: Sample = serde_json::from_str(r#"{"count":12}"#).unwrap();
        assert_eq!(sample.count, Field::Unexpected(Value::from(12)));
        assert_eq!(sample.flag, Field::Absent);
    }
}
