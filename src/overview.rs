//! The overview of every signed-in org, as rows of words: what the window's table shows, what
//! *Copy table* puts on the clipboard and what *Export…* writes as CSV. No UI here, so the
//! worker (which writes the CSV) and the window (which draws it) say the same thing.

use std::cmp::Ordering;
use std::time::SystemTime;

use crate::i18n::{Arg, Lang, Msg, t};
use crate::store::SignedInOrg;
use crate::worker::{Freshness, OrgSnapshot};
use crate::zoho::display::{LicenceAlert, environment_name, licence_alerts};
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
    pub fn title(self) -> Msg {
        match self {
            Column::Name => t::org_overview_column_name(),
            Column::Environment => t::org_overview_column_environment(),
            Column::DataCentre => t::org_overview_column_data_centre(),
            Column::Edition => t::org_overview_column_edition(),
            Column::Paid => t::org_overview_column_paid(),
            Column::Expiry => t::org_overview_column_expiry(),
            Column::Users => t::org_overview_column_users(),
            Column::TimeZone => t::org_overview_column_time_zone(),
            Column::Currency => t::org_overview_column_currency(),
            Column::Fetched => t::org_overview_column_fetched(),
            Column::State => t::org_overview_column_state(),
        }
    }

    /// The heading's tooltip and screen-reader name: "Sort by …".
    pub fn sort_hint(self) -> Msg {
        let column = match self {
            Column::Name => "name",
            Column::Environment => "environment",
            Column::DataCentre => "data-centre",
            Column::Edition => "edition",
            Column::Paid => "paid",
            Column::Expiry => "expiry",
            Column::Users => "users",
            Column::TimeZone => "time-zone",
            Column::Currency => "currency",
            Column::Fetched => "fetched",
            Column::State => "state",
        };
        t::org_overview_sort_by(column)
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
        summary: Arg,
        /// What to do.
        resolution: Arg,
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
                summary: problem.summary.clone().into(),
                resolution: problem
                    .resolution
                    .as_ref()
                    .map_or_else(|| Arg::Text(String::new()), |fix| (**fix).clone().into()),
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
                summary: t::org_state_stale().into(),
                resolution: t::org_state_stale_resolution().into(),
            },
        }
    }

    /// The one word in the table.
    pub fn word(&self) -> Msg {
        match self {
            RowState::Fresh => t::org_state_fresh(),
            RowState::Refreshing => t::org_state_refreshing(),
            RowState::Saved => t::org_state_saved(),
            RowState::NotFetched => t::org_state_not_fetched(),
            RowState::Offline => t::org_state_offline(),
            RowState::Problem { .. } => t::org_state_problem(),
        }
    }

    /// The sentence behind the word.
    pub fn sentence(&self) -> Msg {
        match self {
            RowState::Fresh => t::org_state_fresh_sentence(),
            RowState::Refreshing => t::org_state_refreshing_sentence(),
            RowState::Saved => t::org_state_saved_sentence(),
            RowState::NotFetched => t::org_state_not_fetched_sentence(),
            RowState::Offline => t::org_state_offline_sentence(),
            RowState::Problem {
                summary,
                resolution,
            } => t::org_state_problem_sentence(resolution.clone(), summary.clone()),
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
    /// "Paid", "Trial", "Free", or nothing.
    pub paid: Option<Msg>,
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
    /// When it was fetched, in the reader's words, or empty.
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
                    .and_then(|row| row.value.as_ref())
                    .map(|value| value.text().into_owned())
            })
            .unwrap_or_default()
        };
        let details = data.and_then(|data| data.org.license_details.value());
        let paid_flag = details.and_then(|details| details.paid.value().copied());
        let trial = details
            .and_then(|details| details.trial_type.value())
            .is_some_and(|kind| !kind.trim().is_empty());
        let paid = match paid_flag {
            Some(true) => Some(t::org_overview_paid()),
            Some(false) | None if trial => Some(t::org_overview_trial()),
            Some(false) => Some(t::org_overview_free()),
            None => None,
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
            paid,
            expiry: shown(expiry_key),
            expiry_exact: exact.cloned().unwrap_or_default(),
            expiry_alert,
            users: details.and_then(|details| details.users_license_purchased.value().copied()),
            time_zone: shown("time_zone"),
            currency: shown("currency"),
            fetched_at: data.map(|data| data.fetched_at),
            fetched: data
                .map(|data| data.fetched_when.clone())
                .unwrap_or_default(),
            state: RowState::of(snapshot),
        }
    }

    /// The cell's text, as copied (the expiry names its alert), in this thread's language.
    pub fn text(&self, column: Column) -> String {
        self.text_in(column, crate::i18n::current())
    }

    /// The cell's text in `lang`, as exported.
    pub fn text_in(&self, column: Column, lang: Lang) -> String {
        match column {
            Column::Name => self.name.clone(),
            Column::Environment => self
                .environment
                .as_ref()
                .map(|environment| environment_name(environment).text_in(lang).into_owned())
                .unwrap_or_default(),
            Column::DataCentre => self.data_centre.clone(),
            Column::Edition => self.edition.clone(),
            Column::Paid => self
                .paid
                .as_ref()
                .map(|paid| paid.text_in(lang))
                .unwrap_or_default(),
            Column::Expiry => match self.expiry_alert {
                Some(alert) => {
                    t::org_overview_expiry_alert(alert.text(), self.expiry.as_str()).text_in(lang)
                }
                None => self.expiry.clone(),
            },
            Column::Users => self
                .users
                .map(|users| users.to_string())
                .unwrap_or_default(),
            Column::TimeZone => self.time_zone.clone(),
            Column::Currency => self.currency.clone(),
            Column::Fetched => self.fetched.clone(),
            Column::State => self.state.word().text_in(lang),
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

/// The table as tab-separated text with a heading line (pastes into a spreadsheet), in this
/// thread's language.
pub fn tsv(rows: &[OverviewRow]) -> String {
    let lang = crate::i18n::current();
    let cell = |text: String| text.replace(['\t', '\n', '\r'], " ");
    let mut out = headings(lang).join("\t");
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = cells(row, lang).into_iter().map(cell).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// The table as CSV (RFC 4180: quoted where needed, CRLF line ends), worded in `lang`.
pub fn csv(rows: &[OverviewRow], lang: Lang) -> String {
    let cell = |text: String| {
        if text.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    };
    let mut out = headings(lang)
        .into_iter()
        .map(cell)
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for row in rows {
        let cells: Vec<String> = cells(row, lang).into_iter().map(cell).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The headings of the copied and exported table: the columns, then the org ID.
fn headings(lang: Lang) -> Vec<String> {
    let mut headings: Vec<String> = Column::ALL
        .iter()
        .map(|column| column.title().text_in(lang))
        .collect();
    headings.push(t::org_field_organization_id().text_in(lang));
    headings
}

fn cells(row: &OverviewRow, lang: Lang) -> Vec<String> {
    let mut cells: Vec<String> = Column::ALL
        .iter()
        .map(|column| row.text_in(*column, lang))
        .collect();
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
            paid: Some(t::org_overview_paid()),
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
        let csv = csv(&rows, Lang::En);
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
    fn the_csv_is_worded_in_the_language_asked_for_and_the_data_stays_as_sent() {
        let rows = [row("Zylker", Some(3))];
        let csv = csv(&rows, Lang::Pseudo);
        let heading = csv.lines().next().unwrap();
        assert!(
            heading.starts_with(&t::org_overview_column_name().text_in(Lang::Pseudo)),
            "{csv}"
        );
        assert!(!heading.contains("Organization"), "{csv}");
        let line = csv.lines().nth(1).unwrap();
        assert!(line.starts_with("Zylker,"), "{csv}");
        assert!(
            line.contains(&t::org_state_fresh().text_in(Lang::Pseudo)),
            "{csv}"
        );
        assert!(line.contains(",EU,Enterprise,"), "{csv}");
        assert!(!line.contains("Fresh"), "{csv}");
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
            summary: "Zoho refused.".into(),
            resolution: "Sign in again.".into(),
        };
        assert_eq!(state.word().text_in(Lang::En), "Problem");
        assert_eq!(
            state.sentence().text_in(Lang::En),
            "Zoho refused. Sign in again."
        );
        assert!(state.is_problem());
        assert!(!RowState::Fresh.is_problem());
    }
}
