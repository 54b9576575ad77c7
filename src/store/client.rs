//! Which OAuth client (ID and secret registered in Zoho's API console) the app signs in with.

use oauth2::ClientSecret;
use serde::{Deserialize, Serialize};

use super::document::{DocumentError, parse_versioned};
use crate::i18n::{Msg, t};

/// The environment variable naming the OAuth client ID (read at run time and at build time).
pub const CLIENT_ID_VARIABLE: &str = "ZOHO_CLIENT_ID";
/// The environment variable holding the OAuth client secret (read at run time and at build time).
pub const CLIENT_SECRET_VARIABLE: &str = "ZOHO_CLIENT_SECRET";

/// The client format this version writes.
const CLIENT_FORMAT_VERSION: u64 = 1;

/// Zoho client IDs are `1000.` and then this many characters.
const CLIENT_ID_SUFFIX_LENGTH: usize = 30;
/// Zoho client secrets are this many hexadecimal digits.
const CLIENT_SECRET_LENGTH: usize = 42;

pub use crate::zoho::oauth::ClientCredentials;

/// Where the OAuth client in use came from, so the settings screen can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientSource {
    /// `ZOHO_CLIENT_ID` and `ZOHO_CLIENT_SECRET` at run time.
    Environment,
    /// Entered by the user and saved in the credential store.
    Saved,
    /// Built into this copy of the app.
    BuiltIn,
}

impl ClientSource {
    /// Where the client came from, as a key for logs (no person reads it).
    pub fn describe(self) -> &'static str {
        match self {
            ClientSource::Environment => "environment",
            ClientSource::Saved => "saved",
            ClientSource::BuiltIn => "built-in",
        }
    }
}

/// The stored form of a client; field names are part of the format, so keep them stable.
#[derive(Serialize, Deserialize)]
struct ClientDocument {
    format_version: u64,
    client_id: String,
    client_secret: String,
}

impl ClientCredentials {
    /// Checks and tidies values typed or pasted into the settings form: surrounding
    /// whitespace is dropped, anything else that does not look like a Zoho client is refused
    /// with a message for the form.
    pub fn from_form(client_id: &str, client_secret: &str) -> Result<ClientCredentials, Msg> {
        validate_client_id(client_id)?;
        validate_client_secret(client_secret)?;
        Ok(ClientCredentials {
            client_id: client_id.trim().to_owned(),
            client_secret: ClientSecret::new(client_secret.trim().to_owned()),
        })
    }

    /// The client as a versioned JSON document; it contains the secret, so it only ever goes
    /// to a [`super::SecretStore`].
    pub(crate) fn to_document(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(&ClientDocument {
            format_version: CLIENT_FORMAT_VERSION,
            client_id: self.client_id.clone(),
            client_secret: self.client_secret.secret().clone(),
        })
    }

    /// Reads a document written by [`ClientCredentials::to_document`].
    pub(crate) fn from_document(text: &str) -> Result<ClientCredentials, DocumentError> {
        let document: ClientDocument = parse_versioned(text, CLIENT_FORMAT_VERSION)?;
        if document.client_id.trim().is_empty() {
            return Err(DocumentError::Damaged(t::err_damaged_empty_client_id()));
        }
        if document.client_secret.trim().is_empty() {
            return Err(DocumentError::Damaged(t::err_damaged_empty_client_secret()));
        }
        Ok(ClientCredentials {
            client_id: document.client_id,
            client_secret: ClientSecret::new(document.client_secret),
        })
    }
}

/// The client to sign in with: `ZOHO_CLIENT_ID`/`ZOHO_CLIENT_SECRET` (both set, not blank),
/// else the one the user saved, else the one built into the app, else none.
///
/// `env` reads an environment variable; pass `|name| std::env::var(name).ok()`.
pub fn resolve_client(
    env: impl Fn(&str) -> Option<String>,
    saved: Option<ClientCredentials>,
) -> Option<(ClientCredentials, ClientSource)> {
    resolve_client_from(env, saved, built_in_client())
}

/// [`resolve_client`] with the built-in client given explicitly, so the order can be tested.
pub fn resolve_client_from(
    env: impl Fn(&str) -> Option<String>,
    saved: Option<ClientCredentials>,
    built_in: Option<ClientCredentials>,
) -> Option<(ClientCredentials, ClientSource)> {
    let from_environment = client_from_values(
        env(CLIENT_ID_VARIABLE).as_deref(),
        env(CLIENT_SECRET_VARIABLE).as_deref(),
    );
    if let Some(client) = from_environment {
        return Some((client, ClientSource::Environment));
    }
    if let Some(client) = saved {
        return Some((client, ClientSource::Saved));
    }
    built_in.map(|client| (client, ClientSource::BuiltIn))
}

/// The client baked in at build time from `ZOHO_CLIENT_ID` and `ZOHO_CLIENT_SECRET`, if both
/// were set (`build.rs` makes Cargo rebuild when they change).
pub fn built_in_client() -> Option<ClientCredentials> {
    client_from_values(
        option_env!("ZOHO_CLIENT_ID"),
        option_env!("ZOHO_CLIENT_SECRET"),
    )
}

/// A client from two configuration values, when both are present and not blank. The format is
/// not checked: a developer may point the app at the simulated Zoho with any client ID.
fn client_from_values(
    client_id: Option<&str>,
    client_secret: Option<&str>,
) -> Option<ClientCredentials> {
    let client_id = client_id.map(str::trim).filter(|id| !id.is_empty());
    let client_secret = client_secret
        .map(str::trim)
        .filter(|secret| !secret.is_empty());
    match (client_id, client_secret) {
        (Some(client_id), Some(client_secret)) => Some(ClientCredentials {
            client_id: client_id.to_owned(),
            client_secret: ClientSecret::new(client_secret.to_owned()),
        }),
        (Some(_), None) | (None, Some(_)) => {
            // Names only: the value of either could be the secret.
            tracing::warn!(
                "only one of {CLIENT_ID_VARIABLE} and {CLIENT_SECRET_VARIABLE} is set; both are needed, so neither is used"
            );
            None
        }
        (None, None) => None,
    }
}

/// Checks a client ID typed or pasted into the settings form; the message says what to fix.
///
/// Zoho client IDs are `1000.` followed by 30 capital letters and digits, e.g.
/// `1000.0SRSZSY37WMZ69405H3K3TMYI2239V`. Whitespace around the value is ignored.
pub fn validate_client_id(client_id: &str) -> Result<(), Msg> {
    let client_id = client_id.trim();
    if client_id.is_empty() {
        return Err(t::err_client_id_empty());
    }
    if client_id.chars().any(char::is_whitespace) {
        return Err(t::err_client_id_spaces());
    }
    if looks_like_secret(client_id) {
        return Err(t::err_client_id_is_secret());
    }
    let Some(suffix) = client_id.strip_prefix("1000.") else {
        return Err(t::err_client_id_prefix());
    };
    if !suffix
        .chars()
        .all(|character| character.is_ascii_uppercase() || character.is_ascii_digit())
    {
        return Err(t::err_client_id_characters());
    }
    let length = suffix.chars().count();
    if length != CLIENT_ID_SUFFIX_LENGTH {
        return Err(t::err_client_id_length(CLIENT_ID_SUFFIX_LENGTH, length));
    }
    Ok(())
}

/// Checks a client secret typed or pasted into the settings form; the message says what to fix
/// and never repeats the secret.
///
/// Zoho client secrets are 42 hexadecimal digits (lower case as shown in the console).
/// Whitespace around the value is ignored.
pub fn validate_client_secret(client_secret: &str) -> Result<(), Msg> {
    let client_secret = client_secret.trim();
    if client_secret.is_empty() {
        return Err(t::err_client_secret_empty());
    }
    if client_secret.chars().any(char::is_whitespace) {
        return Err(t::err_client_secret_spaces());
    }
    if client_secret.starts_with("1000.") {
        return Err(t::err_client_secret_is_id());
    }
    if !client_secret
        .chars()
        .all(|character| character.is_ascii_hexdigit())
    {
        return Err(t::err_client_secret_characters());
    }
    let length = client_secret.len();
    if length != CLIENT_SECRET_LENGTH {
        return Err(t::err_client_secret_length(CLIENT_SECRET_LENGTH, length));
    }
    Ok(())
}

fn looks_like_secret(value: &str) -> bool {
    value.len() == CLIENT_SECRET_LENGTH
        && value.chars().all(|character| character.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Shaped like real console values (1000. + 30, and 42 hex digits) but made up.
    const CLIENT_ID: &str = "1000.0SRSZSY37WMZ69405H3K3TMYI2239V";
    const CLIENT_SECRET: &str = "39c689de68c712fa5f1f06c3b1319ab98f59fa921b";

    #[test]
    fn accepts_real_shapes_with_surrounding_whitespace() {
        assert_eq!(validate_client_id(CLIENT_ID), Ok(()));
        assert_eq!(validate_client_id(&format!("  {CLIENT_ID}\n")), Ok(()));
        assert_eq!(validate_client_secret(CLIENT_SECRET), Ok(()));
        assert_eq!(
            validate_client_secret(&format!("\t{CLIENT_SECRET} ")),
            Ok(())
        );
        let client =
            ClientCredentials::from_form(&format!(" {CLIENT_ID} "), &format!("{CLIENT_SECRET}\n"))
                .unwrap();
        assert_eq!(client.client_id, CLIENT_ID);
        assert_eq!(client.client_secret.secret(), CLIENT_SECRET);
    }

    #[test]
    fn refuses_wrong_client_ids_with_a_reason() {
        let cases = [
            ("", "Enter the client ID"),
            ("1000.0SRSZSY37WMZ 69405H3K3TMYI2239V", "spaces"),
            (CLIENT_SECRET, "looks like the client secret"),
            ("2000.0SRSZSY37WMZ69405H3K3TMYI2239V", "starts with"),
            ("1000.0srszsy37wmz69405h3k3tmyi2239v", "capital letters"),
            ("1000.0SRSZSY37WMZ69405H3K3TMYI223", "but this one has 28"),
        ];
        for (value, expected) in cases {
            let message = validate_client_id(value).unwrap_err().text();
            assert!(message.contains(expected), "{value:?}: {message}");
        }
    }

    #[test]
    fn refuses_wrong_client_secrets_without_echoing_them() {
        let cases = [
            (" ", "Enter the client secret"),
            ("39c689de68c712fa5f1f 06c3b1319ab98f59fa921b", "spaces"),
            (CLIENT_ID, "looks like the client ID"),
            ("39c689de68c712fa5f1f06c3b1319ab98f59fa921z", "0-9"),
            (
                "39c689de68c712fa5f1f06c3b1319ab98f59fa92",
                "but this one has 40",
            ),
        ];
        for (value, expected) in cases {
            let message = validate_client_secret(value).unwrap_err().text();
            assert!(message.contains(expected), "{value:?}: {message}");
            assert!(!message.contains("39c689de"), "{message}");
        }
    }

    #[test]
    fn document_round_trip_and_damage() {
        let client = ClientCredentials::from_form(CLIENT_ID, CLIENT_SECRET).unwrap();
        let read = ClientCredentials::from_document(&client.to_document().unwrap()).unwrap();
        assert_eq!(read.client_id, CLIENT_ID);
        assert_eq!(read.client_secret.secret(), CLIENT_SECRET);
        assert!(matches!(
            ClientCredentials::from_document(
                r#"{"format_version":1,"client_id":"x","client_secret":""}"#
            ),
            Err(DocumentError::Damaged(_))
        ));
    }
}
