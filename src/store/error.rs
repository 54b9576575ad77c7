//! What can go wrong while keeping credentials and settings, in words a CRM admin can act on.

use std::path::PathBuf;
use std::time::Duration;

/// A failure of the credential store or the settings files. The words a person reads come
/// from the catalog (`crate::problem::store_sentence`); `Display` is a short line for logs, and
/// none of it ever contains a token or a client secret.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The keychain did not answer in time, typically because it waits for an unlock prompt.
    #[error("keychain did not answer within {waited:?}")]
    KeychainTimeout {
        /// How long we waited.
        waited: Duration,
    },

    /// The keychain is locked or refused access to this app.
    #[error("keychain locked or access refused")]
    KeychainLocked,

    /// There is no usable keychain on this computer.
    #[error("keychain unavailable: {cause:?}")]
    KeychainUnavailable {
        /// Why it cannot be used.
        cause: KeychainCause,
    },

    /// The keychain answered with an error we cannot map to a clearer cause.
    #[error("keychain failed: {detail:?}")]
    KeychainFailed {
        /// What went wrong, never containing the secret.
        detail: KeychainTrouble,
    },

    /// No background thread could be started to talk to the keychain.
    #[error("keychain thread could not start: {0}")]
    KeychainThread(#[source] std::io::Error),

    /// The platform does not say where this user's settings belong.
    #[error("no home folder, so no settings folder")]
    NoSettingsFolder,

    /// A store file exists but could not be read.
    #[error("could not read {}: {source}", .path.display())]
    FileRead {
        /// The file we tried to read.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },

    /// A store file could not be written; the previous version, if any, is unchanged.
    #[error("could not write {}: {source}", .path.display())]
    FileWrite {
        /// The file we tried to write.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },

    /// The credential file exists but cannot be used; the caller treats this as "not signed in".
    #[error("unusable credential file {}: {reason}", .path.display())]
    DamagedFile {
        /// The credential file.
        path: PathBuf,
        /// What is wrong with it, without any of its contents.
        reason: crate::i18n::Msg,
    },

    /// The list of signed-in organizations cannot be used.
    #[error("unusable org list {}: {reason}", .path.display())]
    DamagedOrgList {
        /// The index file.
        path: PathBuf,
        /// What is wrong with it, without any of its contents.
        reason: crate::i18n::Msg,
    },

    /// A saved item is damaged; the caller treats this as "not signed in" or "no saved client".
    #[error("saved {what:?} in {location:?} is damaged: {reason}")]
    Corrupt {
        /// Which item.
        what: SavedItem,
        /// Where it is.
        location: StoreLocation,
        /// What is wrong with it, without any of its contents.
        reason: crate::i18n::Msg,
    },

    /// A saved item was written by a newer version of the app.
    #[error("saved {what:?} in {location:?} has newer format {version}")]
    UnsupportedVersion {
        /// Which item.
        what: SavedItem,
        /// Where it is.
        location: StoreLocation,
        /// The format version found.
        version: u64,
    },

    /// `ZOHO_ORG_VIEWER_STORE` holds something other than `keyring` or `file`.
    #[error("unknown ZOHO_ORG_VIEWER_STORE value {value:?}")]
    BadStoreChoice {
        /// The value found, as typed.
        value: String,
    },
}

/// The things the credential store keeps, as named in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedItem {
    /// The refresh token and where to use it.
    Session,
    /// The OAuth client ID and secret the user entered.
    Client,
}

impl std::fmt::Display for SavedItem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // For logs only; messages name the item through the catalog.
        formatter.write_str(match self {
            SavedItem::Session => "session",
            SavedItem::Client => "client",
        })
    }
}

/// Why the system keychain cannot be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeychainCause {
    /// Nothing more is known: there is no keychain.
    Unknown,
    /// It is locked or refused this app.
    Locked,
    /// It did not answer in time.
    TimedOut(Duration),
    /// Something went wrong with it.
    Trouble(KeychainTrouble),
}

/// What went wrong with a keychain call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeychainTrouble {
    /// The platform's own words (never a secret).
    Platform(String),
    /// It holds more than one entry for the app.
    Ambiguous,
    /// An entry is longer than the keychain's limit of this many characters.
    TooLong(u32),
    /// An entry of the app is not readable text.
    NotText,
    /// An entry disappeared while it was being read.
    Vanished,
    /// The task talking to it stopped unexpectedly.
    Stopped,
}

/// Where secrets are kept, for messages that name the place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// The system keychain.
    Keychain,
    /// The system keychain that the person asked for but that cannot be reached.
    KeychainUnavailable,
    /// A private file.
    File(PathBuf),
    /// This process's memory (demo mode, tests).
    Memory,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_message_shows_a_secret_in_its_log_line() {
        let error = StoreError::Corrupt {
            what: SavedItem::Session,
            location: StoreLocation::Keychain,
            reason: crate::i18n::t::err_damaged_not_object(),
        };
        assert!(error.to_string().contains("not a JSON object"), "{error}");
    }
}
