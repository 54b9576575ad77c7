//! How a session (what a sign-in leaves behind: the refresh token, where to use it, and the last
//! access token) is written to the credential store.

use std::time::{Duration, UNIX_EPOCH};

use oauth2::{AccessToken, RefreshToken};
use serde::{Deserialize, Serialize};
use url::Url;

use super::document::{DocumentError, parse_versioned};
use crate::i18n::t;
use crate::zoho::oauth::{CachedAccessToken, Tokens};

/// The session format this version writes.
const SESSION_FORMAT_VERSION: u64 = 1;

/// The stored form of a session; field names are part of the format, so keep them stable.
#[derive(Serialize, Deserialize)]
struct SessionDocument {
    format_version: u64,
    refresh_token: String,
    accounts_server: String,
    api_domain: String,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    access_token: Option<AccessTokenDocument>,
}

#[derive(Serialize, Deserialize)]
struct AccessTokenDocument {
    token: String,
    expires_at_unix_seconds: u64,
}

impl Tokens {
    /// The session as a versioned JSON document; it contains secrets, so it only ever goes to
    /// a [`super::SecretStore`].
    pub(crate) fn to_document(&self) -> Result<String, serde_json::Error> {
        let document = SessionDocument {
            format_version: SESSION_FORMAT_VERSION,
            refresh_token: self.refresh_token.secret().clone(),
            accounts_server: self.accounts_server.to_string(),
            api_domain: self.api_domain.to_string(),
            location: self.location.clone(),
            access_token: self
                .access_token
                .as_ref()
                .map(|cached| AccessTokenDocument {
                    token: cached.token.secret().clone(),
                    expires_at_unix_seconds: cached
                        .expires_at
                        .duration_since(UNIX_EPOCH)
                        .map_or(0, |since| since.as_secs()),
                }),
        };
        serde_json::to_string(&document)
    }

    /// Reads a document written by [`Tokens::to_document`] (this or an older version).
    pub(crate) fn from_document(text: &str) -> Result<Tokens, DocumentError> {
        let document: SessionDocument = parse_versioned(text, SESSION_FORMAT_VERSION)?;
        // Keys for the message's selector, which names the entry in the reader's language.
        let required = [
            ("refresh", &document.refresh_token),
            ("accounts", &document.accounts_server),
            ("api", &document.api_domain),
        ];
        if let Some((name, _)) = required.iter().find(|(_, value)| value.trim().is_empty()) {
            return Err(DocumentError::Damaged(t::err_damaged_empty(*name)));
        }
        let access_token = match document.access_token {
            None => None,
            Some(cached) => {
                let expires_at = UNIX_EPOCH
                    .checked_add(Duration::from_secs(cached.expires_at_unix_seconds))
                    .ok_or_else(|| DocumentError::Damaged(t::err_damaged_expiry()))?;
                // An empty token is useless but harmless: drop it and refresh instead.
                (!cached.token.is_empty()).then(|| CachedAccessToken {
                    token: AccessToken::new(cached.token),
                    expires_at,
                })
            }
        };
        let url = |name: &str, text: &str| {
            Url::parse(text.trim())
                .map_err(|_| DocumentError::Damaged(t::err_damaged_not_address(name)))
        };
        Ok(Tokens {
            refresh_token: RefreshToken::new(document.refresh_token),
            accounts_server: url("accounts", &document.accounts_server)?,
            api_domain: url("api", &document.api_domain)?,
            location: document.location.filter(|code| !code.is_empty()),
            access_token,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(access_token: Option<CachedAccessToken>) -> Tokens {
        Tokens {
            refresh_token: RefreshToken::new("1000.refresh.value".to_owned()),
            accounts_server: Url::parse("https://accounts.zoho.eu").unwrap(),
            api_domain: Url::parse("https://www.zohoapis.eu").unwrap(),
            location: Some("eu".to_owned()),
            access_token,
        }
    }

    #[test]
    fn round_trips_every_field() {
        let expires_at = UNIX_EPOCH + Duration::from_secs(1_900_000_000);
        let original = session(Some(CachedAccessToken {
            token: AccessToken::new("1000.access.value".to_owned()),
            expires_at,
        }));
        let text = original.to_document().unwrap();
        let read = Tokens::from_document(&text).unwrap();
        assert_eq!(read.refresh_token.secret(), "1000.refresh.value");
        assert_eq!(read.accounts_server.as_str(), "https://accounts.zoho.eu/");
        assert_eq!(read.api_domain.as_str(), "https://www.zohoapis.eu/");
        assert_eq!(read.location.as_deref(), Some("eu"));
        let cached = read.access_token.unwrap();
        assert_eq!(cached.token.secret(), "1000.access.value");
        assert_eq!(cached.expires_at, expires_at);
    }

    #[test]
    fn document_has_a_format_version() {
        let text = session(None).to_document().unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format_version"], 1);
    }

    #[test]
    fn empty_refresh_token_is_damage() {
        let text = r#"{"format_version":1,"refresh_token":" ","accounts_server":"https://a","api_domain":"https://b"}"#;
        assert_eq!(
            Tokens::from_document(text).unwrap_err(),
            DocumentError::Damaged(t::err_damaged_empty("refresh"))
        );
    }

    #[test]
    fn absurd_expiry_is_damage_not_a_panic() {
        let text = format!(
            r#"{{"format_version":1,"refresh_token":"r","accounts_server":"https://a","api_domain":"https://b",
                "access_token":{{"token":"t","expires_at_unix_seconds":{}}}}}"#,
            u64::MAX
        );
        assert!(matches!(
            Tokens::from_document(&text),
            Err(DocumentError::Damaged(_))
        ));
    }

    #[test]
    fn debug_output_hides_tokens() {
        let shown = format!(
            "{:?}",
            session(Some(CachedAccessToken {
                token: AccessToken::new("1000.access.value".to_owned()),
                expires_at: UNIX_EPOCH,
            }))
        );
        assert!(!shown.contains("refresh.value") && !shown.contains("access.value"));
    }

    #[test]
    fn addresses_that_are_not_urls_are_damage() {
        let text = r#"{"format_version":1,"refresh_token":"r","accounts_server":"accounts.zoho.eu","api_domain":"https://b"}"#;
        assert_eq!(
            Tokens::from_document(text).unwrap_err(),
            DocumentError::Damaged(t::err_damaged_not_address("accounts"))
        );
    }

    #[test]
    fn cached_token_is_reused_until_the_margin() {
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let token = CachedAccessToken::expiring_after(
            AccessToken::new("t".to_owned()),
            Duration::from_secs(3600),
            now,
        );
        assert!(token.is_usable_at(now));
        assert!(token.is_usable_at(now + Duration::from_secs(54 * 60)));
        assert!(!token.is_usable_at(now + Duration::from_secs(55 * 60)));
        assert!(!token.is_usable_at(now + Duration::from_secs(2 * 3600)));
    }
}
