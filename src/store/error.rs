//! What can go wrong while keeping credentials and settings, in words a CRM admin can act on.

use std::path::PathBuf;
use std::time::Duration;

/// A failure of the credential store or the settings files.
///
/// Every message is one sentence (or two) that says what happened and what to do; none of them
/// ever contains a token or a client secret.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The keychain did not answer in time, typically because it waits for an unlock prompt.
    #[error(
        "The system keychain did not answer within {}. Unlock it and try again.",
        describe_duration(*.waited)
    )]
    KeychainTimeout {
        /// How long we waited.
        waited: Duration,
    },

    /// The keychain is locked or refused access to this app.
    #[error(
        "The system keychain is locked or did not allow Org Viewer to use it. Unlock it (or allow \
         access when asked) and try again."
    )]
    KeychainLocked,

    /// There is no usable keychain on this computer.
    #[error("{}", keychain_unavailable_sentence(.cause.as_deref()))]
    KeychainUnavailable {
        /// Why it cannot be used, when that is known (the platform's words, never a secret).
        cause: Option<String>,
    },

    /// The keychain answered with an error we cannot map to a clearer cause.
    #[error(
        "The system keychain reported a problem ({detail}). Try again, or restart the computer if it keeps happening."
    )]
    KeychainFailed {
        /// The keychain's own description, which never contains the secret.
        detail: String,
    },

    /// No background thread could be started to talk to the keychain.
    #[error(
        "Org Viewer could not start a background task to reach the system keychain ({0}). Close some programs and try again."
    )]
    KeychainThread(#[source] std::io::Error),

    /// The platform does not say where this user's settings belong.
    #[error(
        "Org Viewer could not find your settings folder because your home folder is not known. \
         Check that the HOME (or on Windows, USERPROFILE) setting points to your home folder."
    )]
    NoSettingsFolder,

    /// A store file exists but could not be read.
    #[error("Org Viewer could not read {}: {source}. Check that the file and its folder belong to you.", .path.display())]
    FileRead {
        /// The file we tried to read.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },

    /// A store file could not be written; the previous version, if any, is unchanged.
    #[error("Org Viewer could not save {}: {source}. Check that the disk is not full and the folder belongs to you.", .path.display())]
    FileWrite {
        /// The file we tried to write.
        path: PathBuf,
        /// Why the operating system refused.
        #[source]
        source: std::io::Error,
    },

    /// The credential file exists but cannot be used; the caller treats this as "not signed in".
    #[error("Org Viewer cannot use the credential file {}: {reason}. Sign in again to replace it.", .path.display())]
    DamagedFile {
        /// The credential file.
        path: PathBuf,
        /// What is wrong with it, without any of its contents.
        reason: String,
    },

    /// The list of signed-in organizations cannot be used.
    #[error("Org Viewer cannot read its list of signed-in organizations in {}: {reason}. Sign in again to rebuild it.", .path.display())]
    DamagedOrgList {
        /// The index file.
        path: PathBuf,
        /// What is wrong with it, without any of its contents.
        reason: String,
    },

    /// A saved item is damaged; the caller treats this as "not signed in" or "no saved client".
    #[error("Org Viewer cannot use the saved {what} in {location}: {reason}. {}", .what.remedy())]
    Corrupt {
        /// Which item.
        what: SavedItem,
        /// Where it is, e.g. "the system keychain" or "the file /home/a/.config/…".
        location: String,
        /// What is wrong with it, without any of its contents.
        reason: String,
    },

    /// A saved item was written by a newer version of the app.
    #[error("The saved {what} in {location} comes from a newer version of Org Viewer (format {version}). Update Org Viewer, or {}", lowercase_first(.what.remedy()))]
    UnsupportedVersion {
        /// Which item.
        what: SavedItem,
        /// Where it is.
        location: String,
        /// The format version found.
        version: u64,
    },

    /// `ZOHO_ORG_VIEWER_STORE` holds something other than `keyring` or `file`.
    #[error(
        "ZOHO_ORG_VIEWER_STORE is set to \"{value}\", which Org Viewer does not know. Set it to \"keyring\" or \"file\", or remove it."
    )]
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

impl SavedItem {
    /// What the user does to replace a lost or unusable item.
    fn remedy(self) -> &'static str {
        match self {
            SavedItem::Session => "Sign in again to replace it.",
            SavedItem::Client => "Enter the client ID and secret again to replace them.",
        }
    }
}

impl std::fmt::Display for SavedItem {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(match self {
            SavedItem::Session => "sign-in",
            SavedItem::Client => "OAuth client",
        })
    }
}

fn keychain_unavailable_sentence(cause: Option<&str>) -> String {
    let what = match cause {
        Some(cause) => format!("The system keychain cannot be used on this computer ({cause})."),
        None => "No system keychain is available on this computer.".to_owned(),
    };
    format!("{what} Set ZOHO_ORG_VIEWER_STORE=file to keep the sign-in in a private file instead.")
}

fn lowercase_first(sentence: &str) -> String {
    let mut characters = sentence.chars();
    match characters.next() {
        Some(first) => first.to_lowercase().chain(characters).collect(),
        None => String::new(),
    }
}

/// "20 seconds", "1 second", "0.25 seconds": how long, in words.
pub(crate) fn describe_duration(duration: Duration) -> String {
    let millis = duration.as_millis();
    if millis.is_multiple_of(1000) {
        let seconds = millis / 1000;
        if seconds == 1 {
            "1 second".to_owned()
        } else {
            format!("{seconds} seconds")
        }
    } else {
        let seconds = format!("{:.3}", duration.as_secs_f64());
        let seconds = seconds.trim_end_matches('0').trim_end_matches('.');
        format!("{seconds} seconds")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(describe_duration(Duration::from_secs(20)), "20 seconds");
        assert_eq!(describe_duration(Duration::from_secs(1)), "1 second");
        assert_eq!(
            describe_duration(Duration::from_millis(250)),
            "0.25 seconds"
        );
        assert_eq!(
            describe_duration(Duration::from_millis(1500)),
            "1.5 seconds"
        );
    }

    #[test]
    fn version_message_keeps_one_remedy_sentence() {
        let message = StoreError::UnsupportedVersion {
            what: SavedItem::Session,
            location: "the system keychain".to_owned(),
            version: 7,
        }
        .to_string();
        assert_eq!(
            message,
            "The saved sign-in in the system keychain comes from a newer version of Org Viewer \
             (format 7). Update Org Viewer, or sign in again to replace it."
        );
    }

    #[test]
    fn timeout_message_names_the_wait_and_the_remedy() {
        let message = StoreError::KeychainTimeout {
            waited: Duration::from_secs(20),
        }
        .to_string();
        assert_eq!(
            message,
            "The system keychain did not answer within 20 seconds. Unlock it and try again."
        );
    }
}
