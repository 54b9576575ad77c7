//! The settings the command line reads from the environment, checked before anything is sent.

use url::Url;

use crate::i18n::{Msg, t};

use crate::zoho::oauth::{self, REDIRECT_PORTS};
use crate::zoho::region::{self, DEFAULT_ACCOUNTS_URL};

/// The environment variable naming where sign-in starts.
pub const ACCOUNTS_URL_VARIABLE: &str = "ZOHO_ACCOUNTS_URL";

/// The environment variable naming the one loopback port the sign-in may use.
pub const REDIRECT_PORT_VARIABLE: &str = "ZOHO_ORG_VIEWER_REDIRECT_PORT";

/// A setting that cannot be used, said so that the person can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// `ZOHO_ACCOUNTS_URL` is not a URL (the value is not repeated: it could hold a password).
    AccountsUrlUnreadable,
    /// `ZOHO_ACCOUNTS_URL` would send the sign-in over plain http to another computer.
    AccountsUrlNotSecure {
        /// The value as set.
        value: String,
    },
    /// `ZOHO_ACCOUNTS_URL` carries a user name or password.
    AccountsUrlHasCredentials,
    /// `ZOHO_ORG_VIEWER_REDIRECT_PORT` is not a usable port number.
    BadRedirectPort {
        /// The value as set.
        value: String,
    },
}

impl ConfigError {
    /// What is wrong and how to fix it, in the catalog's words.
    pub fn message(&self) -> Msg {
        match self {
            ConfigError::AccountsUrlUnreadable => t::cli_config_accounts_url_unreadable(),
            ConfigError::AccountsUrlNotSecure { value } => {
                t::cli_config_accounts_url_not_secure(value)
            }
            ConfigError::AccountsUrlHasCredentials => t::cli_config_accounts_url_has_credentials(),
            ConfigError::BadRedirectPort { value } => t::cli_config_bad_redirect_port(value),
        }
    }
}

// Worded in the current language: this is what the command line prints and the window shows
// under Details.
impl std::fmt::Display for ConfigError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}", self.message())
    }
}

impl std::error::Error for ConfigError {}

/// Where sign-in starts: `value` (from `ZOHO_ACCOUNTS_URL`), or Zoho's default when unset.
///
/// Only https is accepted, or plain http on a loopback address (the simulated Zoho): anything
/// else would expose the sign-in to the network.
pub fn accounts_url(value: Option<&str>) -> Result<Url, ConfigError> {
    let text = match value.map(str::trim) {
        Some(text) if !text.is_empty() => text,
        _ => DEFAULT_ACCOUNTS_URL,
    };
    let url = Url::parse(text).map_err(|_| ConfigError::AccountsUrlUnreadable)?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(ConfigError::AccountsUrlHasCredentials);
    }
    let secure = match url.scheme() {
        "https" => url.host().is_some(),
        "http" => region::is_loopback(&url),
        _ => false,
    };
    if !secure {
        return Err(ConfigError::AccountsUrlNotSecure {
            value: text.to_owned(),
        });
    }
    if url.scheme() == "https" && region::by_accounts_server(&url).is_none() {
        // Allowed (the brief is https, not a fixed list), but worth a word: the client secret
        // goes here when Zoho's answer does not name the user's own accounts server.
        tracing::warn!(%url, "not one of Zoho's accounts servers; sign-in starts there anyway");
    }
    Ok(url)
}

/// The loopback ports the sign-in may listen on: the one in `value` (from
/// `ZOHO_ORG_VIEWER_REDIRECT_PORT`), or the app's fixed list when unset.
pub fn redirect_ports(value: Option<&str>) -> Result<Vec<u16>, ConfigError> {
    match value.map(str::trim) {
        None | Some("") => Ok(REDIRECT_PORTS.to_vec()),
        Some(text) => match text.parse::<u16>() {
            Ok(port) if port != 0 => Ok(vec![port]),
            _ => Err(ConfigError::BadRedirectPort {
                value: text.to_owned(),
            }),
        },
    }
}

/// The redirect URIs for `ports`, as one phrase for messages.
pub fn redirect_uris_for_display(ports: &[u16]) -> String {
    ports
        .iter()
        .map(|port| oauth::redirect_uri(*port))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_means_zoho_and_https_is_accepted() {
        assert_eq!(
            accounts_url(None).unwrap().as_str(),
            "https://accounts.zoho.com/"
        );
        assert_eq!(
            accounts_url(Some("  ")).unwrap().as_str(),
            "https://accounts.zoho.com/"
        );
        assert_eq!(
            accounts_url(Some("https://accounts.zoho.com.cn"))
                .unwrap()
                .as_str(),
            "https://accounts.zoho.com.cn/"
        );
    }

    #[test]
    fn plain_http_only_on_this_computer() {
        for local in [
            "http://127.0.0.1:8080",
            "http://localhost:9000/",
            "http://[::1]:7000",
        ] {
            assert!(accounts_url(Some(local)).is_ok(), "{local}");
        }
        for remote in [
            "http://accounts.zoho.com",
            "http://10.0.0.5:8080",
            "ftp://accounts.zoho.com",
            "file:///etc/passwd",
        ] {
            assert_eq!(
                accounts_url(Some(remote)),
                Err(ConfigError::AccountsUrlNotSecure {
                    value: remote.to_owned()
                }),
                "{remote}"
            );
        }
    }

    #[test]
    fn unreadable_or_credentialed_urls_are_refused_without_echoing_them() {
        assert_eq!(
            accounts_url(Some("accounts.zoho.com")),
            Err(ConfigError::AccountsUrlUnreadable)
        );
        let error = accounts_url(Some("https://admin:hunter2@accounts.zoho.com")).unwrap_err();
        assert_eq!(error, ConfigError::AccountsUrlHasCredentials);
        assert!(!error.to_string().contains("hunter2"));
    }

    #[test]
    fn one_redirect_port_replaces_the_list() {
        assert_eq!(redirect_ports(None).unwrap(), REDIRECT_PORTS.to_vec());
        assert_eq!(redirect_ports(Some("")).unwrap(), REDIRECT_PORTS.to_vec());
        assert_eq!(redirect_ports(Some(" 18000 ")).unwrap(), vec![18000]);
        for bad in ["0", "65536", "-1", "80a", "17645,17646"] {
            let error = redirect_ports(Some(bad)).unwrap_err();
            assert_eq!(
                error,
                ConfigError::BadRedirectPort {
                    value: bad.to_owned()
                }
            );
            assert!(error.to_string().contains(REDIRECT_PORT_VARIABLE));
        }
    }

    #[test]
    fn redirect_uris_read_as_registered() {
        assert_eq!(
            redirect_uris_for_display(&[18000, 18001]),
            "http://127.0.0.1:18000/callback, http://127.0.0.1:18001/callback"
        );
    }
}
