//! The list of organizations signed in on this computer and which one is current, kept in the
//! settings folder so the window and the command line share it.
//!
//! Zoho binds every sign-in to one org and has no API that lists a person's orgs, so this list
//! is the only place that knows them. It holds no secret: each org's tokens live in the
//! credential store under [`session_secret_name`].

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use super::document::{DocumentError, parse_versioned};
use super::error::StoreError;
use crate::i18n::t;
use crate::zoho::Org;

/// The index format this version writes.
const INDEX_FORMAT_VERSION: u64 = 1;

/// The index file in the settings folder.
pub const ORG_INDEX_FILE_NAME: &str = "organizations.json";

/// An org's sign-in secret's name: `session.<id>`, with anything but ASCII letters, digits,
/// `-` and `_` in the id written as `%XX`, so a hostile id can name neither another entry nor a
/// path.
pub fn session_secret_name(org_id: &str) -> String {
    format!("session.{}", safe_name(org_id))
}

/// `text` with every byte outside `[A-Za-z0-9_-]` written as `%XX`: safe as a file or keychain
/// name, and different ids never share one.
pub fn safe_name(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            safe.push(char::from(byte));
        } else {
            safe.push_str(&format!("%{byte:02X}"));
        }
    }
    safe
}

/// What the app remembers about a signed-in org without asking Zoho: enough to list, pick and
/// name it. Field names are part of the file format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedInOrg {
    /// Zoho's org ID, the key of everything else.
    pub id: String,
    /// Zoho's group ID for the org, when it sent one.
    #[serde(default)]
    pub zgid: Option<String>,
    /// The company name as Zoho had it at the last fetch.
    #[serde(default)]
    pub company_name: String,
    /// Zoho's environment (`type`): production, sandbox, developer, bigin.
    #[serde(default)]
    pub environment: Option<String>,
    /// The data centre's `location` code from the sign-in (`us`, `eu`, `in`, …).
    #[serde(default)]
    pub data_centre: Option<String>,
    /// The org's Zoho domain name.
    #[serde(default)]
    pub domain_name: Option<String>,
}

impl SignedInOrg {
    /// What to remember of `org`, signed in at `data_centre`. `None` when Zoho sent no ID.
    pub fn from_org(org: &Org, data_centre: Option<String>) -> Option<SignedInOrg> {
        let id = org.id.value().filter(|id| !id.trim().is_empty())?.clone();
        Some(SignedInOrg {
            id,
            zgid: org.zgid.value().cloned(),
            company_name: org.display_name().unwrap_or_default().to_owned(),
            environment: org.environment.value().cloned(),
            data_centre,
            domain_name: org.domain_name.value().cloned(),
        })
    }

    /// The name to show: the company name, else the domain, else the ID.
    pub fn name(&self) -> &str {
        [
            Some(self.company_name.as_str()),
            self.domain_name.as_deref(),
        ]
        .into_iter()
        .flatten()
        .find(|name| !name.trim().is_empty())
        .unwrap_or(&self.id)
    }
}

/// The orgs signed in on this computer, in the order they were first added, and the current one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgIndex {
    orgs: Vec<SignedInOrg>,
    current: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct IndexDocument {
    format_version: u64,
    #[serde(default)]
    current: Option<String>,
    #[serde(default)]
    orgs: Vec<SignedInOrg>,
}

/// Why an `ORG` named on the command line (or anywhere) picks no single org.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrgChoiceError {
    /// Nothing is signed in.
    #[error("no org signed in")]
    NoneSignedIn,
    /// No org matches.
    #[error("no org matches {query:?}")]
    NoMatch {
        /// What was asked for.
        query: String,
        /// The orgs to choose from.
        choices: Vec<SignedInOrg>,
    },
    /// More than one org matches.
    #[error("{query:?} matches more than one org")]
    Ambiguous {
        /// What was asked for.
        query: String,
        /// The orgs it matches.
        choices: Vec<SignedInOrg>,
    },
}

impl OrgIndex {
    /// The orgs, in the order they were added.
    pub fn orgs(&self) -> &[SignedInOrg] {
        &self.orgs
    }

    /// Whether no org is signed in.
    pub fn is_empty(&self) -> bool {
        self.orgs.is_empty()
    }

    /// The current org: the one last signed in to or switched to (the first one if that is
    /// gone).
    pub fn current(&self) -> Option<&SignedInOrg> {
        self.current
            .as_deref()
            .and_then(|id| self.get(id))
            .or_else(|| self.orgs.first())
    }

    /// The org with this ID.
    pub fn get(&self, id: &str) -> Option<&SignedInOrg> {
        self.orgs.iter().find(|org| org.id == id)
    }

    /// Adds `org`, or updates what is known of it when its ID is there already, and makes it
    /// current. Returns whether it was there already.
    pub fn upsert(&mut self, org: SignedInOrg) -> bool {
        self.current = Some(org.id.clone());
        match self.orgs.iter_mut().find(|known| known.id == org.id) {
            Some(known) => {
                *known = org;
                true
            }
            None => {
                self.orgs.push(org);
                false
            }
        }
    }

    /// Updates what is known of an org already listed (a refresh saw a new name); an unknown
    /// org is not added.
    pub fn update(&mut self, org: SignedInOrg) {
        if let Some(known) = self.orgs.iter_mut().find(|known| known.id == org.id) {
            *known = org;
        }
    }

    /// Removes the org; when it was current, the first one left becomes current.
    pub fn remove(&mut self, id: &str) -> Option<SignedInOrg> {
        let index = self.orgs.iter().position(|org| org.id == id)?;
        let removed = self.orgs.remove(index);
        if self.current.as_deref() == Some(id) {
            self.current = self.orgs.first().map(|org| org.id.clone());
        }
        Some(removed)
    }

    /// Makes `id` current; false when no such org is signed in.
    pub fn set_current(&mut self, id: &str) -> bool {
        if self.get(id).is_none() {
            return false;
        }
        self.current = Some(id.to_owned());
        true
    }

    /// The one org `query` names: its ID, zgid or domain name exactly, else a case-insensitive
    /// piece of its company name that fits exactly one org.
    pub fn choose(&self, query: &str) -> Result<&SignedInOrg, OrgChoiceError> {
        if self.orgs.is_empty() {
            return Err(OrgChoiceError::NoneSignedIn);
        }
        let query = query.trim();
        let exact = |org: &&SignedInOrg| {
            org.id == query
                || org.zgid.as_deref() == Some(query)
                || org
                    .domain_name
                    .as_deref()
                    .is_some_and(|domain| domain.eq_ignore_ascii_case(query))
        };
        if let Some(org) = self.orgs.iter().find(exact) {
            return Ok(org);
        }
        let wanted = query.to_lowercase();
        let matches: Vec<&SignedInOrg> = if wanted.is_empty() {
            Vec::new()
        } else {
            self.orgs
                .iter()
                .filter(|org| org.company_name.to_lowercase().contains(&wanted))
                .collect()
        };
        match matches.as_slice() {
            [one] => Ok(one),
            [] => Err(OrgChoiceError::NoMatch {
                query: query.to_owned(),
                choices: self.orgs.clone(),
            }),
            several => Err(OrgChoiceError::Ambiguous {
                query: query.to_owned(),
                choices: several.iter().map(|org| (*org).clone()).collect(),
            }),
        }
    }

    /// Reads the index file; an absent file is an empty index.
    pub fn load(path: &Path) -> Result<OrgIndex, StoreError> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(OrgIndex::default());
            }
            Err(source) => {
                return Err(StoreError::FileRead {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        let document: IndexDocument =
            parse_versioned(&text, INDEX_FORMAT_VERSION).map_err(|error| match error {
                DocumentError::Damaged(reason) => StoreError::DamagedOrgList {
                    path: path.to_owned(),
                    reason,
                },
                DocumentError::NewerVersion(version) => StoreError::DamagedOrgList {
                    path: path.to_owned(),
                    reason: t::err_damaged_newer_list(version.to_string()),
                },
            })?;
        let mut index = OrgIndex {
            orgs: Vec::new(),
            current: document.current,
        };
        for org in document.orgs {
            // A hand-edited file may repeat an org; the first entry counts.
            if !org.id.is_empty() && index.get(&org.id).is_none() {
                index.orgs.push(org);
            }
        }
        Ok(index)
    }

    /// Writes the index file atomically.
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        let document = IndexDocument {
            format_version: INDEX_FORMAT_VERSION,
            current: self.current().map(|org| org.id.clone()),
            orgs: self.orgs.clone(),
        };
        let text = serde_json::to_vec_pretty(&document).map_err(|error| StoreError::FileWrite {
            path: path.to_owned(),
            source: std::io::Error::other(error),
        })?;
        write_atomically(path, &text, true).map_err(|source| StoreError::FileWrite {
            path: path.to_owned(),
            source,
        })
    }
}

/// Where the index of `config_dir` lives.
pub fn org_index_path(config_dir: &Path) -> PathBuf {
    config_dir.join(ORG_INDEX_FILE_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str, name: &str, domain: &str) -> SignedInOrg {
        SignedInOrg {
            id: id.to_owned(),
            zgid: Some(format!("z{id}")),
            company_name: name.to_owned(),
            environment: Some("production".to_owned()),
            data_centre: Some("eu".to_owned()),
            domain_name: Some(domain.to_owned()),
        }
    }

    fn three() -> OrgIndex {
        let mut index = OrgIndex::default();
        index.upsert(org("1", "Zylker Traders", "zylker"));
        index.upsert(org("2", "Zylker Traders (Sandbox)", "zylkersandbox"));
        index.upsert(org("3", "Zylker Labs", "zylkerlabs"));
        index
    }

    #[test]
    fn the_last_added_is_current_and_a_known_one_is_renewed_not_repeated() {
        let mut index = three();
        assert_eq!(index.current().unwrap().id, "3");
        assert!(index.upsert(org("1", "Zylker Traders Ltd", "zylker")));
        assert_eq!(index.orgs().len(), 3);
        assert_eq!(index.current().unwrap().company_name, "Zylker Traders Ltd");
        assert_eq!(index.orgs()[0].id, "1", "the order stays");
    }

    #[test]
    fn removing_the_current_org_makes_another_current() {
        let mut index = three();
        assert!(index.set_current("2"));
        index.remove("2");
        assert_eq!(index.current().unwrap().id, "1");
        index.remove("1");
        index.remove("3");
        assert!(index.current().is_none());
        assert!(!index.set_current("9"));
    }

    #[test]
    fn an_org_is_chosen_by_id_zgid_domain_or_a_unique_piece_of_its_name() {
        let index = three();
        assert_eq!(index.choose("2").unwrap().id, "2");
        assert_eq!(index.choose("z3").unwrap().id, "3");
        assert_eq!(index.choose("ZylkerSandbox").unwrap().id, "2");
        assert_eq!(index.choose("labs").unwrap().id, "3");
        assert_eq!(index.choose("sandbox").unwrap().id, "2");
        match index.choose("zylker traders") {
            Err(OrgChoiceError::Ambiguous { choices, .. }) => assert_eq!(choices.len(), 2),
            other => panic!("{other:?}"),
        }
        match index.choose("acme") {
            Err(OrgChoiceError::NoMatch { choices, .. }) => assert_eq!(choices.len(), 3),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            index.choose(""),
            Err(OrgChoiceError::NoMatch { .. })
        ));
        assert_eq!(
            OrgIndex::default().choose("1"),
            Err(OrgChoiceError::NoneSignedIn)
        );
    }

    #[test]
    fn round_trips_through_its_file_with_no_secret_in_it() {
        let folder = tempfile::tempdir().unwrap();
        let path = org_index_path(folder.path());
        assert!(OrgIndex::load(&path).unwrap().is_empty());
        let mut index = three();
        index.set_current("2");
        index.save(&path).unwrap();
        assert_eq!(OrgIndex::load(&path).unwrap(), index);
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("token") && !text.contains("secret"),
            "{text}"
        );
    }

    #[test]
    fn a_damaged_index_is_an_error_not_a_panic() {
        let folder = tempfile::tempdir().unwrap();
        let path = org_index_path(folder.path());
        fs::write(&path, "{\"format_version\":1,\"orgs\":[{").unwrap();
        assert!(matches!(
            OrgIndex::load(&path),
            Err(StoreError::DamagedOrgList { .. })
        ));
    }

    #[test]
    fn secret_names_cannot_be_steered_by_the_id() {
        assert_eq!(
            session_secret_name("4150868000000225013"),
            "session.4150868000000225013"
        );
        assert_eq!(session_secret_name("../x"), "session.%2E%2E%2Fx");
        assert_ne!(safe_name("a.b"), safe_name("a%2Eb"));
    }
}
