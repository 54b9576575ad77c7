//! The words for the credential store's and the sign-in use cases' typed errors, from the
//! catalog. The store itself holds no sentences.

use std::time::Duration;

use crate::account::{AddOrgError, OpenError};
use crate::i18n::{Arg, Msg, t};
use crate::store::{
    FileReason, KeychainCause, KeychainTrouble, LocationNotice, OrgChoiceError, SavedItem,
    StoreError, StoreLocation,
};

/// The place where secrets are kept, for sentences that name it.
pub fn location_words(location: &StoreLocation) -> Msg {
    match location {
        StoreLocation::Keychain => t::err_store_location("", "keychain"),
        StoreLocation::KeychainUnavailable => t::err_store_location("", "unavailable"),
        StoreLocation::Memory => t::err_store_location("", "memory"),
        StoreLocation::File(path) => t::err_store_location(path.display().to_string(), "file"),
    }
}

/// The notice that says once where the sign-in is kept and why.
pub fn location_notice(notice: &LocationNotice) -> Msg {
    let reason = match notice.reason {
        FileReason::Asked => "asked",
        FileReason::NoKeychain => "no_keychain",
    };
    t::err_store_file_notice(location_words(&notice.location), reason)
}

/// "20 seconds", "1 second", "0.25 seconds": how long, in words.
pub fn seconds(duration: Duration) -> Msg {
    let millis = duration.as_millis();
    let value: Arg = if millis.is_multiple_of(1000) {
        u64::try_from(millis / 1000).unwrap_or(u64::MAX).into()
    } else {
        let seconds = format!("{:.3}", duration.as_secs_f64());
        seconds.trim_end_matches('0').trim_end_matches('.').into()
    };
    t::err_store_seconds(value)
}

fn what(item: SavedItem) -> &'static str {
    match item {
        SavedItem::Session => "session",
        SavedItem::Client => "client",
    }
}

fn trouble(detail: &KeychainTrouble) -> Arg {
    match detail {
        KeychainTrouble::Platform(words) => words.as_str().into(),
        KeychainTrouble::Ambiguous => t::err_store_trouble_ambiguous().into(),
        KeychainTrouble::TooLong(limit) => t::err_store_trouble_too_long(*limit).into(),
        KeychainTrouble::NotText => t::err_store_trouble_not_text().into(),
        KeychainTrouble::Vanished => t::err_store_trouble_vanished().into(),
        KeychainTrouble::Stopped => t::err_store_trouble_stopped().into(),
    }
}

/// What went wrong and what to do, in one or two sentences.
pub fn store_sentence(error: &StoreError) -> Msg {
    match error {
        StoreError::KeychainTimeout { waited } => t::err_store_keychain_timeout(seconds(*waited)),
        StoreError::KeychainLocked => t::err_store_keychain_locked(),
        StoreError::KeychainUnavailable { cause } => match cause {
            KeychainCause::Unknown => t::err_store_no_keychain(),
            KeychainCause::Locked => t::err_store_keychain_unusable(t::err_store_cause_locked()),
            KeychainCause::TimedOut(waited) => {
                t::err_store_keychain_unusable(t::err_store_cause_timeout(seconds(*waited)))
            }
            KeychainCause::Trouble(detail) => t::err_store_keychain_unusable(trouble(detail)),
        },
        StoreError::KeychainFailed { detail } => t::err_store_keychain_failed(trouble(detail)),
        StoreError::KeychainThread(source) => t::err_store_keychain_thread(source.to_string()),
        StoreError::NoSettingsFolder => t::err_store_no_settings_folder(),
        StoreError::FileRead { path, source } => {
            t::err_store_file_read(source.to_string(), path.display().to_string())
        }
        StoreError::FileWrite { path, source } => {
            t::err_store_file_write(source.to_string(), path.display().to_string())
        }
        StoreError::DamagedFile { path, reason } => {
            t::err_store_damaged_file(path.display().to_string(), reason.clone())
        }
        StoreError::DamagedOrgList { path, reason } => {
            t::err_store_damaged_org_list(path.display().to_string(), reason.clone())
        }
        StoreError::Corrupt {
            what: item,
            location,
            reason,
        } => t::err_store_corrupt(location_words(location), reason.clone(), what(*item)),
        StoreError::UnsupportedVersion {
            what: item,
            location,
            version,
        } => t::err_store_newer_version(location_words(location), *version, what(*item)),
        StoreError::BadStoreChoice { value } => t::err_store_bad_choice(value),
    }
}

/// Why an `ORG` named on the command line picks no single org.
pub fn choice_sentence(error: &OrgChoiceError) -> Msg {
    match error {
        OrgChoiceError::NoneSignedIn => t::err_store_none_signed_in(),
        OrgChoiceError::NoMatch { query, .. } => t::err_store_no_match(query),
        OrgChoiceError::Ambiguous { query, .. } => t::err_store_ambiguous(query),
    }
}

/// Why an org's saved session could not be opened.
pub fn open_sentence(error: &OpenError) -> Msg {
    match error {
        OpenError::NotSignedIn => t::err_org_not_signed_in(),
        OpenError::Store(error) => store_sentence(error),
        OpenError::Zoho(error) => {
            use crate::zoho::error::Explain;
            error.summary()
        }
    }
}

/// Why a sign-in Zoho accepted did not stick.
pub fn add_org_sentence(error: &AddOrgError) -> Msg {
    use crate::zoho::error::Explain;
    match error {
        AddOrgError::Identify(error) => error.summary(),
        AddOrgError::NoOrgId => t::err_no_org_id(),
        AddOrgError::NotSaved(error) => t::err_sign_in_not_saved(store_sentence(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(seconds(Duration::from_secs(20)).text(), "20 seconds");
        assert_eq!(seconds(Duration::from_secs(1)).text(), "1 second");
        assert_eq!(seconds(Duration::from_millis(250)).text(), "0.25 seconds");
        assert_eq!(seconds(Duration::from_millis(1500)).text(), "1.5 seconds");
    }

    #[test]
    fn version_message_keeps_one_remedy_sentence() {
        let message = store_sentence(&StoreError::UnsupportedVersion {
            what: SavedItem::Session,
            location: StoreLocation::Keychain,
            version: 7,
        })
        .text();
        assert_eq!(
            message,
            "The saved sign-in in the system keychain comes from a newer version of Org Viewer \
             (format 7). Update Org Viewer, or sign in again to replace it."
        );
    }

    #[test]
    fn timeout_message_names_the_wait_and_the_remedy() {
        let message = store_sentence(&StoreError::KeychainTimeout {
            waited: Duration::from_secs(20),
        })
        .text();
        assert_eq!(
            message,
            "The system keychain did not answer within 20 seconds. Unlock it and try again."
        );
    }
}
