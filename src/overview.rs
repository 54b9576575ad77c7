//! The overview of every signed-in org, as rows of words: what the window's table shows, what
//! *Copy table* puts on the clipboard and what *Export…* writes as CSV. No UI here, so the
//! worker (which writes the CSV) and the window (which draws it) say the same thing.

use std::cmp::Ordering;
use std::time::SystemTime;

use crate::store::SignedInOrg;
use crate::worker::{Freshness, OrgSnapshot};
use crate::zoho::display::{LicenceAlert, licence_alerts};
use crate::zoho::org::Environment;

/// A column of the overview, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The company name (the logo sits beside it on screen).
    Name,
    /// Production, sandbox, developer, Bigin.
    Environment,
    /// Where the org's data lives (`EU`, `US`, …).
    DataCentre,
    /// Zoho's edition (`paid_type`).
    Edition,
    /// Paid or trial.
    Paid,
    /// When the paid plan or the trial ends.
    Expiry,
    /// Users purchased.
    Users,
    /// The org's time zone.
    TimeZone,
    /// The org's currency.
    Currency,
    /// When the data was fetched.
    Fetched,
    /// Fresh, refreshing, offline, problem.
    State,
}

impl Column {
    /// Every column, in the order shown.
    pub const ALL: [Column; 11] = [
        Column::Name,
        // Second, so a narrow window shows which org needs attention without scrolling.
        Column::State,
        Column::Environment,
        Column::DataCentre,
        Column::Edition,
        Column::Paid,
        Column::Expiry,
        Column::Users,
        Column::TimeZone,
        Column::Currency,
        Column::Fetched,
    ];

    /// The heading.
    pub fn title(self) -> &'static str {
        match self {
            Column::Name => "Organization",
            Column::Environment => "Environment",
            Column::DataCentre => "Data centre",
            Column::Edition => "Edition",
            Column::Paid => "Paid or trial",
            Column::Expiry => "Plan or trial ends",
            Column::Users => "Users",
            Column::TimeZone => "Time zone",
            Column::Currency => "Currency",
            Column::Fetched => "Last fetched",
            Column::State => "State",
        }
    }
}

/// How up to date an org's row is, in one word (and a sentence for the tooltip and *Details*).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowState {
    /// Fetched from Zoho in this session, nothing running.
    Fresh,
    /// A refresh is running.
    Refreshing,
    /// From the last visit; not fetched again yet.
    Saved,
    /// Nothing fetched or saved yet (signed in from the command line, say).
    NotFetched,
    /// Zoho could not be reached; saved data shown.
    Offline,
    /// The last refresh failed: what happened and what to do.
    Problem {
        /// What happened.
        summary: String,
        /// What to do.
        resolution: String,
    },
}

impl RowState {
    /// The state of `snapshot` (`None`: nothing heard from the worker yet, as while starting).
    pub fn of(snapshot: Option<&OrgSnapshot>) -> RowState {
        let Some(snapshot) = snapshot else {
            return RowState::Refreshing;
        };
        if snapshot.refreshing {
            return RowState::Refreshing;
        }
        if let Some(problem) = &snapshot.problem {
            if snapshot.freshness == Freshness::Offline {
                return RowState::Offline;
            }
            return RowState::Problem {
                summary: problem.summary.text(),
                resolution: problem
                    .resolution
                    .as_ref()
                    .map(|fix| fix.text())
                    .unwrap_or_default(),
            };
        }
        if snapshot.data.is_none() {
            return RowState::NotFetched;
        }
        match snapshot.freshness {
            Freshness::Live => RowState::Fresh,
            Freshness::Cached => RowState::Saved,
            Freshness::Offline => RowState::Offline,
            Freshness::Stale => RowState::Problem {
                summary: "The last refresh did not work.".to_owned(),
                resolution: "Refresh again.".to_owned(),
            },
        }
    }

    /// The one word in the table.
    pub fn word(&self) -> &'static str {
        match self {
            RowState::Fresh => "Fresh",
            RowState::Refreshing => "Refreshing",
            RowState::Saved => "Saved",
            RowState::NotFetched => "Not fetched",
            RowState::Offline => "Offline",
            RowState::Problem { .. } => "Problem",
        }
    }

    /// The sentence behind the word.
    pub fn sentence(&self) -> String {
        match self {
            RowState::Fresh => "Up to date: fetched from Zoho since the app started.".to_owned(),
            RowState::Refreshing => "Being fetched from Zoho now.".to_owned(),
            RowState::Saved => {
                "Saved from your last visit; refresh to fetch it from Zoho.".to_owned()
            }
            RowState::NotFetched => "Not fetched yet: refresh to fetch it from Zoho.".to_owned(),
            RowState::Offline => {
                "Zoho could not be reached: showing saved data. Check the connection and refresh."
                    .to_owned()
            }
            RowState::Problem {
                summary,
                resolution,
            } => format!("{summary} {resolution}"),
        }
    }

    /// Whether the row needs the person's attention.
    pub fn is_problem(&self) -> bool {
        matches!(self, RowState::Problem { .. } | RowState::Offline)
    }
}

/// One org's row.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    /// Zoho's org ID.
    pub id: String,
    /// The company name.
    pub name: String,
    /// Zoho's group ID, for the search.
    pub zgid: String,
    /// The Zoho domain name, for the search.
    pub domain: String,
    /// The environment, when known.
    pub environment: Option<Environment>,
    /// The data centre, upper case (`EU`), or empty.
    pub data_centre: String,
    /// The edition, or empty.
    pub edition: String,
    /// "Paid", "Trial", "Free", or empty.
    pub paid: String,
    /// The end of the plan or trial as the org screen words it, or empty.
    pub expiry: String,
    /// The same end, exactly as Zoho sent it (ISO 8601), for sorting.
    pub expiry_exact: String,
    /// Why the end date needs attention (passed, or within two weeks).
    pub expiry_alert: Option<LicenceAlert>,
    /// Users purchased.
    pub users: Option<i64>,
    /// The time zone, or empty.
    pub time_zone: String,
    /// The currency, or empty.
    pub currency: String,
    /// When the data was fetched.
    pub fetched_at: Option<SystemTime>,
    /// "Fetched …" in the reader's words, or empty.
    pub fetched: String,
    /// How up to date the row is.
    pub state: RowState,
}

impl OverviewRow {
    /// The row of `org`, from what the worker last said of it, with alerts as of `now`.
    pub fn new(org: &SignedInOrg, snapshot: Option<&OrgSnapshot>, now: SystemTime) -> Self {
        let data = snapshot.and_then(|snapshot| snapshot.data.as_deref());
        let shown = |key: &str| {
            data.and_then(|data| {
                data.sections
                    .iter()
                    .flat_map(|section| &section.rows)
                    .find(|row| row.key == key)
                    .and_then(|row| row.value.clone())
            })
            .unwrap_or_default()
        };
        let details = data.and_then(|data| data.org.license_details.value());
        let paid_flag = details.and_then(|details| details.paid.value().copied());
        let trial = details
            .and_then(|details| details.trial_type.value())
            .is_some_and(|kind| !kind.trim().is_empty());
        let paid = match paid_flag {
            Some(true) => "Paid",
            Some(false) if trial => "Trial",
            Some(false) => "Free",
            None if trial => "Trial",
            None => "",
        };
        // The paid plan's end when there is one, else the trial's.
        let (expiry_key, exact) = match details {
            Some(details) if paid_flag == Some(true) || details.trial_expiry.value().is_none() => {
                ("license_details.paid_expiry", details.paid_expiry.value())
            }
            Some(details) => ("license_details.trial_expiry", details.trial_expiry.value()),
            None => ("license_details.paid_expiry", None),
        };
        let expiry_alert = data.and_then(|data| {
            licence_alerts(&data.org, now.into())
                .into_iter()
                .find(|alert| alert.row_key() == expiry_key)
        });
        let environment = data
            .and_then(|data| data.org.environment())
            .or_else(|| org.environment.as_deref().map(Environment::parse));
        let name = data
            .and_then(|data| data.org.display_name())
            .unwrap_or_else(|| org.name())
            .to_owned();
        Self {
            id: org.id.clone(),
            name,
            zgid: org.zgid.clone().unwrap_or_default(),
            domain: org.domain_name.clone().unwrap_or_default(),
            environment,
            data_centre: org
                .data_centre
                .as_deref()
                .map(str::to_uppercase)
                .unwrap_or_default(),
            edition: shown("license_details.paid_type"),
            paid: paid.to_owned(),
            expiry: shown(expiry_key),
            expiry_exact: exact.cloned().unwrap_or_default(),
            expiry_alert,
            users: details.and_then(|details| details.users_license_purchased.value().copied()),
            time_zone: shown("time_zone"),
            currency: shown("currency"),
            fetched_at: data.map(|data| data.fetched_at),
            fetched: data
                .map(|data| {
                    data.fetched_label
                        .strip_prefix("Fetched ")
                        .unwrap_or(&data.fetched_label)
                        .to_owned()
                })
                .unwrap_or_default(),
            state: RowState::of(snapshot),
        }
    }

    /// The cell's text, as copied and exported (the expiry names its alert).
    pub fn text(&self, column: Column) -> String {
        match column {
            Column::Name => self.name.clone(),
            Column::Environment => self
                .environment
                .as_ref()
                .map(|environment| environment.label().to_owned())
                .unwrap_or_default(),
            Column::DataCentre => self.data_centre.clone(),
            Column::Edition => self.edition.clone(),
            Column::Paid => self.paid.clone(),
            Column::Expiry => match self.expiry_alert {
                Some(alert) => format!("{} ({})", self.expiry, alert.text()),
                None => self.expiry.clone(),
            },
            Column::Users => self
                .users
                .map(|users| users.to_string())
                .unwrap_or_default(),
            Column::TimeZone => self.time_zone.clone(),
            Column::Currency => self.currency.clone(),
            Column::Fetched => self.fetched.clone(),
            Column::State => self.state.word().to_owned(),
        }
    }

    /// Whether the search text (in lower case, trimmed) is in the name, ID, domain or data
    /// centre.
    pub fn matches(&self, needle: &str) -> bool {
        needle.is_empty()
            || [
                &self.name,
                &self.id,
                &self.zgid,
                &self.domain,
                &self.data_centre,
            ]
            .iter()
            .any(|field| field.to_lowercase().contains(needle))
    }

    /// How two rows compare by `column` (numbers and times as such, words ignoring case).
    pub fn compare(&self, other: &Self, column: Column) -> Ordering {
        let by_column = match column {
            Column::Users => self.users.cmp(&other.users),
            Column::Fetched => self.fetched_at.cmp(&other.fetched_at),
            Column::Expiry => self.expiry_exact.cmp(&other.expiry_exact),
            column => self
                .text(column)
                .to_lowercase()
                .cmp(&other.text(column).to_lowercase()),
        };
        by_column.then_with(|| self.name.to_lowercase().cmp(&other.name.to_lowercase()))
    }
}

/// The rows of every org in `orgs`, from the worker's last snapshots.
pub fn rows<'a>(
    orgs: &[SignedInOrg],
    snapshot: impl Fn(&str) -> Option<&'a OrgSnapshot>,
    now: SystemTime,
) -> Vec<OverviewRow> {
    orgs.iter()
        .map(|org| OverviewRow::new(org, snapshot(&org.id), now))
        .collect()
}

/// The table as tab-separated text with a heading line (pastes into a spreadsheet).
pub fn tsv(rows: &[OverviewRow]) -> String {
    let cell = |text: String| text.replace(['\t', '\n', '\r'], " ");
    let mut out = headings().join("\t");
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = cells(row).into_iter().map(cell).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// The table as CSV (RFC 4180: quoted where needed, CRLF line ends).
pub fn csv(rows: &[OverviewRow]) -> String {
    let cell = |text: String| {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    };
    let mut out = headings()
        .into_iter()
        .map(|heading| cell(heading.to_owned()))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = cells(row).into_iter().map(cell).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The headings of the copied and exported table: the columns, then the org ID.
fn headings() -> Vec<&'static str> {
    let mut headings: Vec<&str> = Column::ALL.iter().map(|column| column.title()).collect();
    headings.push("Organization ID");
    headings
}

fn cells(row: &OverviewRow) -> Vec<String> {
    let mut cells: Vec<String> = Column::ALL.iter().map(|column| row.text(*column)).collect();
    cells.push(row.id.clone());
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, users: Option<i64>) -> OverviewRow {
        OverviewRow {
            id: format!("id-{name}"),
            name: name.to_owned(),
            zgid: String::new(),
            domain: format!("{}domain", name.to_lowercase()),
            environment: Some(Environment::Sandbox),
            data_centre: "EU".to_owned(),
            edition: "Enterprise".to_owned(),
            paid: "Paid".to_owned(),
            expiry: String::new(),
            expiry_exact: String::new(),
            expiry_alert: None,
            users,
            time_zone: String::new(),
            currency: String::new(),
            fetched_at: None,
            fetched: String::new(),
            state: RowState::Fresh,
        }
    }

    #[test]
    fn csv_quotes_what_needs_it_and_tsv_flattens_tabs() {
        let rows = [row("Acme, \"Ltd\"", Some(3))];
        let csv = csv(&rows);
        assert!(csv.starts_with("Organization,State,Environment,"), "{csv}");
        assert!(
            csv.contains("\"Acme, \"\"Ltd\"\"\",Fresh,Sandbox,EU"),
            "{csv}"
        );
        assert!(csv.ends_with(",\"id-Acme, \"\"Ltd\"\"\"\r\n"), "{csv}");
        let tab = tsv(&[row("A\tB", None)]);
        assert_eq!(
            tab.lines().nth(1).map(|line| line.split('\t').count()),
            Some(12)
        );
        assert!(tab.contains("A B\tFresh\tSandbox"), "{tab}");
    }

    #[test]
    fn users_sort_as_numbers_and_the_search_covers_domain_and_data_centre() {
        let few = row("Few", Some(9));
        let many = row("Many", Some(10));
        assert_eq!(few.compare(&many, Column::Users), Ordering::Less);
        assert!(few.matches("fewdomain"));
        assert!(few.matches("eu"));
        assert!(!few.matches("many"));
    }

    #[test]
    fn an_org_with_nothing_fetched_says_so_rather_than_saved() {
        let mut snapshot = OrgSnapshot {
            id: "1".to_owned(),
            data: None,
            freshness: Freshness::Cached,
            logo: crate::worker::LogoUpdate::Loading,
            refreshing: false,
            logo_busy: false,
            problem: None,
        };
        assert_eq!(RowState::of(Some(&snapshot)), RowState::NotFetched);
        snapshot.refreshing = true;
        assert_eq!(RowState::of(Some(&snapshot)), RowState::Refreshing);
    }

    #[test]
    fn a_problem_reads_as_one_word_with_its_sentence() {
        let state = RowState::Problem {
            summary: "Zoho refused.".to_owned(),
            resolution: "Sign in again.".to_owned(),
        };
        assert_eq!(state.word(), "Problem");
        assert_eq!(state.sentence(), "Zoho refused. Sign in again.");
        assert!(state.is_problem());
        assert!(!RowState::Fresh.is_problem());
    }
}
