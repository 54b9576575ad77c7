//! The organization in plain language: labelled values grouped into sections, as the app shows
//! them and as *Copy all* and `zoho-org-viewer org` print them.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, FixedOffset, Local, Offset as _, Utc};
use serde_json::{Map, Value};

use super::field::Field;
use super::org::{Environment, Org};
use crate::i18n::{Arg, Conventions, Lang, Msg, t};

/// What an unset value reads as.
pub fn not_set() -> Msg {
    t::org_value_not_set()
}

/// A label or a value as shown: the app's own words (worded in the reader's language when
/// drawn) or text shown as it is in every language (Zoho's data, a key made readable, a number,
/// a date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// The app's words, from the catalog.
    Msg(Msg),
    /// Shown as it is.
    Plain(String),
}

impl Text {
    /// The text in `lang`.
    pub fn text_in(&self, lang: Lang) -> Cow<'_, str> {
        match self {
            Self::Msg(message) => Cow::Owned(message.text_in(lang)),
            Self::Plain(text) => Cow::Borrowed(text),
        }
    }

    /// The text in this thread's language.
    pub fn text(&self) -> Cow<'_, str> {
        self.text_in(crate::i18n::current())
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Self {
        match text {
            Text::Msg(message) => message.into(),
            Text::Plain(text) => Arg::Text(text),
        }
    }
}

impl From<&Text> for Arg {
    fn from(text: &Text) -> Self {
        text.clone().into()
    }
}

/// The environment's name on badges and in the sections: the app's word for the kinds Zoho
/// documents, Zoho's own word for any other.
pub fn environment_name(environment: &Environment) -> Text {
    match environment {
        Environment::Production => Text::Msg(t::org_environment_production()),
        Environment::Sandbox => Text::Msg(t::org_environment_sandbox()),
        Environment::Developer => Text::Msg(t::org_environment_developer()),
        Environment::Bigin => Text::Msg(t::org_environment_bigin()),
        Environment::Other(other) => Text::Plain(other.clone()),
    }
}

/// The most characters of one value drawn on screen. Laying out a 900 KB description took the
/// window past 300 MB; its copy button still copies the whole value.
pub const MAX_CHARS_ON_SCREEN: usize = 2_000;

/// The most rows drawn on screen. An org with 40,000 keys took the window to 480 MB; *Copy
/// all* and *Copy as JSON* still have every one.
pub const MAX_ROWS_ON_SCREEN: usize = 500;

/// How values that depend on the reader are written: dates and times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueFormat {
    /// How the reader's language writes dates and times.
    pub conventions: Conventions,
    /// The time zone times are shown in.
    pub zone: Zone,
}

/// The time zone for dates and times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// This computer's time zone.
    Local,
    /// A fixed offset (tests and reproducible output).
    Fixed(FixedOffset),
}

impl ValueFormat {
    /// The reader's own language (as the system asks for it), region and time zone.
    pub fn system() -> Self {
        Self::in_language(Lang::from_system())
    }

    /// `lang`, with this computer's region and time zone.
    pub fn in_language(lang: Lang) -> Self {
        Self {
            conventions: Conventions::system(lang),
            zone: Zone::Local,
        }
    }

    /// US English in UTC: the same output on every machine.
    pub fn fixed() -> Self {
        Self::fixed_in(Lang::En)
    }

    /// `lang` without a regional variant, in UTC: the same output on every machine, as a
    /// reader of `lang` sees it (pictures of the window in that language).
    pub fn fixed_in(lang: Lang) -> Self {
        Self {
            conventions: Conventions::new(lang, None),
            zone: Zone::Fixed(Utc.fix()),
        }
    }

    /// A date and time from Zoho (ISO 8601 with offset) in the reader's zone and locale, the zone
    /// named after it ("…, 09:08:05 AM UTC+2"), since the org may sit in another zone than the
    /// reader; anything else is shown as Zoho sent it.
    pub fn date_time(&self, text: &str) -> String {
        let Ok(parsed) = DateTime::parse_from_rfc3339(text.trim()) else {
            return text.to_owned();
        };
        let shown = match self.zone {
            Zone::Local => parsed.with_timezone(&Local).fixed_offset(),
            Zone::Fixed(offset) => parsed.with_timezone(&offset),
        };
        format!(
            "{} {}",
            self.conventions.date_time(shown.naive_local()),
            zone_label(*shown.offset())
        )
    }
}

/// An offset as people read it: "UTC", "UTC+2", "UTC+5:30", "UTC-7".
fn zone_label(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    if seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    match (minutes / 60, minutes % 60) {
        (hours, 0) => format!("UTC{sign}{hours}"),
        (hours, minutes) => format!("UTC{sign}{hours}:{minutes:02}"),
    }
}

/// A group of values under a heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Which section, in every language ("contact"): what widget IDs, folding and compare
    /// key on.
    pub key: &'static str,
    /// The heading, e.g. "Contact".
    pub title: Msg,
    /// The values, in reading order.
    pub rows: Vec<Row>,
}

/// One labelled value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Where the value sits in Zoho's JSON, e.g. `license_details.paid_type` (stable: tests and
    /// widget IDs use it).
    pub key: String,
    /// The label for people.
    pub label: Text,
    /// The value, or `None` when Zoho has nothing there.
    pub value: Option<Text>,
    /// The value exactly as Zoho sent it, when the text above rewords it (times: ISO 8601), for
    /// *Copy*: a support ticket or a spreadsheet wants the exact value.
    pub exact: Option<String>,
}

impl Row {
    /// The value as shown: the text, or "Not set".
    pub fn shown(&self) -> Cow<'_, str> {
        self.shown_in(crate::i18n::current())
    }

    /// The value as shown in `lang`.
    pub fn shown_in(&self, lang: Lang) -> Cow<'_, str> {
        match &self.value {
            Some(value) => value.text_in(lang),
            None => Cow::Owned(not_set().text_in(lang)),
        }
    }

    /// What the row's *Copy* copies: the exact value where the text rewords it, else the text.
    pub fn copy_text(&self) -> Option<Cow<'_, str>> {
        match &self.exact {
            Some(exact) => Some(Cow::Borrowed(exact)),
            None => self.value.as_ref().map(Text::text),
        }
    }

    /// Whether `needle` (already lower case) is in the label or the value, ignoring case.
    pub fn matches(&self, needle: &str) -> bool {
        self.label.text().to_lowercase().contains(needle)
            || self.shown().to_lowercase().contains(needle)
            || self
                .exact
                .as_deref()
                .is_some_and(|exact| exact.to_lowercase().contains(needle))
    }
}

/// Builds the sections for `org`: Company, Contact, Address, Locale and currency, Licence,
/// Identifiers, Settings, and Other for keys the app does not know. Keys Zoho did not send are
/// left out; empty sections too.
pub fn sections(org: &Org, format: &ValueFormat) -> Vec<Section> {
    let mut company = Rows::default();
    company.text(
        "company_name",
        t::org_field_company_name(),
        &org.company_name,
    );
    company.text("alias", t::org_field_alias(), &org.alias);
    company.text("description", t::org_field_description(), &org.description);
    company.push_field(
        "type",
        t::org_field_environment(),
        &org.environment,
        |value| environment_name(&Environment::parse(value)),
    );
    company.text(
        "employee_count",
        t::org_field_employees(),
        &org.employee_count,
    );
    company.time(
        "created_time",
        t::org_field_created(),
        &org.created_time,
        format,
    );

    let mut contact = Rows::default();
    contact.text(
        "primary_email",
        t::org_field_primary_email(),
        &org.primary_email,
    );
    contact.text("phone", t::org_field_phone(), &org.phone);
    contact.text("mobile", t::org_field_mobile(), &org.mobile);
    contact.text("fax", t::org_field_fax(), &org.fax);
    contact.text("website", t::org_field_website(), &org.website);

    let mut address = Rows::default();
    address.text("street", t::org_field_street(), &org.street);
    address.text("city", t::org_field_city(), &org.city);
    address.text("state", t::org_field_state_or_province(), &org.state);
    address.text("zip", t::org_field_postal_code(), &org.zip);
    address.text("country", t::org_field_country(), &org.country);
    address.text(
        "country_code",
        t::org_field_country_code(),
        &org.country_code,
    );

    let mut locale = Rows::default();
    locale.text("time_zone", t::org_field_time_zone(), &org.time_zone);
    locale.text("currency", t::org_field_currency(), &org.currency);
    locale.text("iso_code", t::org_field_currency_code(), &org.iso_code);
    locale.text(
        "currency_symbol",
        t::org_field_currency_symbol(),
        &org.currency_symbol,
    );
    locale.text(
        "currency_locale",
        t::org_field_currency_locale(),
        &org.currency_locale,
    );
    locale.switch(
        "mc_status",
        t::org_field_multiple_currencies(),
        &org.mc_status,
    );

    // One spelling, the British noun "licence" as in the rest of the app's text, and one label
    // per fact: "Trial ends" is the date, what happens then has its own words.
    let mut licence = Rows::default();
    match &org.license_details {
        Field::Value(details) => {
            let key = |name: &str| format!("license_details.{name}");
            licence.push_field(
                &key("paid_type"),
                t::org_field_edition(),
                &details.paid_type,
                |name| Text::Plain(readable_name(name)),
            );
            licence.switch(&key("paid"), t::org_field_paid_plan(), &details.paid);
            licence.time(
                &key("paid_expiry"),
                t::org_field_paid_plan_ends(),
                &details.paid_expiry,
                format,
            );
            licence.count(
                &key("users_license_purchased"),
                t::org_field_user_licences(),
                &details.users_license_purchased,
                format,
            );
            licence.count(
                &key("portal_users_license_purchased"),
                t::org_field_portal_user_licences(),
                &details.portal_users_license_purchased,
                format,
            );
            licence.push_field(
                &key("trial_type"),
                t::org_field_trial(),
                &details.trial_type,
                |name| Text::Plain(readable_name(name)),
            );
            licence.time(
                &key("trial_expiry"),
                t::org_field_trial_ends(),
                &details.trial_expiry,
                format,
            );
            licence.push_field(
                &key("trial_action"),
                t::org_field_what_happens_after_the_trial(),
                &details.trial_action,
                |action| Text::Plain(readable_name(action)),
            );
            licence.unknown("license_details", &details.other);
        }
        other => licence.raw("license_details", t::org_field_licence_details(), other),
    }

    let mut identifiers = Rows::default();
    identifiers.text("id", t::org_field_organization_id(), &org.id);
    identifiers.text("domain_name", t::org_field_domain_name(), &org.domain_name);
    identifiers.text(
        "primary_zuid",
        t::org_field_primary_user_id_zuid(),
        &org.primary_zuid,
    );
    identifiers.text("zgid", t::org_field_group_id_zgid(), &org.zgid);
    identifiers.text("ezgid", t::org_field_encrypted_group_id(), &org.ezgid);
    identifiers.text(
        "zia_portal_id",
        t::org_field_zia_portal_id(),
        &org.zia_portal_id,
    );
    identifiers.number("zia_zgid", t::org_field_zia_group_id(), &org.zia_zgid);
    identifiers.text("photo_id", t::org_field_logo_file_id(), &org.photo_id);

    let mut settings = Rows::default();
    settings.switch(
        "gapps_enabled",
        t::org_field_google_workspace_integration(),
        &org.gapps_enabled,
    );
    settings.switch(
        "translation_enabled",
        t::org_field_translation(),
        &org.translation_enabled,
    );
    settings.switch(
        "privacy_settings",
        t::org_field_privacy_settings(),
        &org.privacy_settings,
    );
    settings.switch(
        "hipaa_compliance_enabled",
        t::org_field_hipaa_compliance(),
        &org.hipaa_compliance_enabled,
    );
    settings.switch(
        "lite_users_enabled",
        t::org_field_lite_users(),
        &org.lite_users_enabled,
    );
    settings.switch(
        "deletable_org_account",
        t::org_field_account_can_be_deleted(),
        &org.deletable_org_account,
    );
    settings.switch(
        "oauth_presence",
        t::org_field_connected_apps_oauth(),
        &org.oauth_presence,
    );
    settings.count(
        "max_per_page",
        t::org_field_records_per_page_at_most(),
        &org.max_per_page,
        format,
    );
    settings.text("call_icon", t::org_field_call_icon(), &org.call_icon);
    match &org.hierarchy_preferences {
        Field::Value(hierarchy) => {
            settings.push_field(
                "hierarchy_preferences.type",
                t::org_field_hierarchy(),
                &hierarchy.kind,
                |kind| hierarchy_label(kind),
            );
            settings.switch(
                "hierarchy_preferences.strictly_reporting",
                t::org_field_strictly_reporting(),
                &hierarchy.strictly_reporting,
            );
            settings.unknown("hierarchy_preferences", &hierarchy.other);
        }
        other => settings.raw("hierarchy_preferences", t::org_field_hierarchy(), other),
    }
    match &org.checkin_preferences {
        Field::Value(checkin) => {
            settings.text(
                "checkin_preferences.restricted_event_types",
                t::org_field_check_in_restricted_for(),
                &checkin.restricted_event_types,
            );
            settings.unknown("checkin_preferences", &checkin.other);
        }
        other => settings.raw("checkin_preferences", t::org_field_check_in(), other),
    }

    let mut other = Rows::default();
    other.unknown("", &org.other);

    [
        ("company", t::org_section_company(), company),
        ("contact", t::org_section_contact(), contact),
        ("address", t::org_section_address(), address),
        ("locale", t::org_section_locale(), locale),
        ("licence", t::org_section_licence(), licence),
        ("identifiers", t::org_section_identifiers(), identifiers),
        ("settings", t::org_section_settings(), settings),
        ("other", t::org_section_other(), other),
    ]
    .into_iter()
    .filter(|(_, _, rows)| !rows.0.is_empty())
    .map(|(key, title, rows)| Section {
        key,
        title,
        rows: rows.0,
    })
    .collect()
}

/// The sections as drawn on screen: each with the rows that fit within [`MAX_ROWS_ON_SCREEN`]
/// in all, in order; a section with none left is left out.
pub fn on_screen(sections: &[Section]) -> Vec<(&Section, &[Row])> {
    let mut left = MAX_ROWS_ON_SCREEN;
    let mut shown = Vec::new();
    for section in sections {
        let take = section.rows.len().min(left);
        if take == 0 {
            break;
        }
        left -= take;
        shown.push((section, &section.rows[..take]));
    }
    shown
}

/// What to say below the sections when [`on_screen`] left rows out.
pub fn rows_not_on_screen(sections: &[Section]) -> Option<Msg> {
    let total: usize = sections.iter().map(|section| section.rows.len()).sum();
    let hidden = total.saturating_sub(MAX_ROWS_ON_SCREEN);
    (hidden > 0).then(|| t::org_rows_not_shown(hidden))
}

/// A value as drawn on screen: whole up to [`MAX_CHARS_ON_SCREEN`] characters, else its start
/// and a note that the copy button has the rest.
pub fn value_on_screen(value: &str) -> Cow<'_, str> {
    match value.char_indices().nth(MAX_CHARS_ON_SCREEN) {
        None => Cow::Borrowed(value),
        Some((cut, _)) => Cow::Owned(t::org_value_cut(value.chars().count(), &value[..cut]).text()),
    }
}

/// The organization as readable text: a title line, then each section with `Label: value` lines.
/// The labels are worded in this thread's language; Zoho's values never are.
pub fn readable_text(org: &Org, sections: &[Section]) -> String {
    readable_text_in(org, sections, crate::i18n::current())
}

/// [`readable_text`] worded in `lang`.
pub fn readable_text_in(org: &Org, sections: &[Section], lang: Lang) -> String {
    let mut text = String::new();
    let name = match org.display_name() {
        Some(name) => name.to_owned(),
        None => t::org_untitled().text_in(lang),
    };
    match org.environment() {
        Some(environment) => {
            let title = t::org_readable_title(environment_name(&environment), name);
            text.push_str(&title.text_in(lang));
        }
        None => text.push_str(&name),
    }
    text.push('\n');
    for section in sections {
        text.push('\n');
        text.push_str(&section.title.text_in(lang));
        text.push('\n');
        for row in &section.rows {
            let line = t::org_readable_line(&row.label, row.shown_in(lang));
            text.push_str(&line.text_in(lang));
            text.push('\n');
        }
    }
    text
}

/// How many days ahead an end of the plan or the trial earns a badge.
pub const ALERT_DAYS: i64 = 14;

/// Something about the org's licence an admin must not miss, shown as a badge in the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceAlert {
    /// The paid plan's end date has passed.
    PlanExpired,
    /// The paid plan ends within [`ALERT_DAYS`] days (1 means within a day).
    PlanEndsSoon {
        /// Days left, rounded up.
        days: i64,
    },
    /// The trial ends within [`ALERT_DAYS`] days (1 means within a day).
    TrialEndsSoon {
        /// Days left, rounded up.
        days: i64,
    },
    /// The trial's end date has passed and no paid plan followed.
    TrialEnded,
}

impl LicenceAlert {
    /// The badge's words: the alert must read without its colour.
    pub fn text(self) -> Msg {
        match self {
            Self::PlanExpired => t::org_alert_plan_expired(),
            Self::PlanEndsSoon { days } => t::org_alert_plan_ends(days),
            Self::TrialEndsSoon { days } => t::org_alert_trial_ends(days),
            Self::TrialEnded => t::org_alert_trial_ended(),
        }
    }

    /// The badge's tooltip: which end it is about, and its date as the sections show it.
    pub fn hint(self, date: &str) -> Msg {
        match self {
            Self::PlanExpired | Self::PlanEndsSoon { .. } => t::org_alert_plan_hint(date),
            Self::TrialEndsSoon { .. } | Self::TrialEnded => t::org_alert_trial_hint(date),
        }
    }

    /// Whether the date has passed (drawn as a problem), rather than coming up (a warning).
    pub fn has_passed(self) -> bool {
        matches!(self, Self::PlanExpired | Self::TrialEnded)
    }

    /// The key of the row with the date the alert is about, for the badge's tooltip.
    pub fn row_key(self) -> &'static str {
        match self {
            Self::PlanExpired | Self::PlanEndsSoon { .. } => "license_details.paid_expiry",
            Self::TrialEndsSoon { .. } | Self::TrialEnded => "license_details.trial_expiry",
        }
    }
}

/// The alerts for `org`'s licence at `now`: the paid plan's end (passed, or within
/// [`ALERT_DAYS`]), then the trial's. Dates that do not read raise none.
pub fn licence_alerts(org: &Org, now: DateTime<Utc>) -> Vec<LicenceAlert> {
    let Field::Value(details) = &org.license_details else {
        return Vec::new();
    };
    // Whole days left, rounded up: 3 hours left is "within a day", 25 hours is "2 days".
    let days_left = |field: &Field<String>| {
        let end = DateTime::parse_from_rfc3339(field.value()?.trim()).ok()?;
        let seconds = (end.with_timezone(&Utc) - now).num_seconds();
        Some(if seconds <= 0 {
            0
        } else {
            (seconds + 86_399) / 86_400
        })
    };
    let mut alerts = Vec::new();
    match days_left(&details.paid_expiry) {
        Some(0) => alerts.push(LicenceAlert::PlanExpired),
        Some(days) if days <= ALERT_DAYS => alerts.push(LicenceAlert::PlanEndsSoon { days }),
        _ => {}
    }
    let paid = details.paid.value() == Some(&true);
    match days_left(&details.trial_expiry) {
        // An old trial date beside a paid plan is history, not news.
        Some(0) if !paid => alerts.push(LicenceAlert::TrialEnded),
        Some(days) if (1..=ALERT_DAYS).contains(&days) => {
            alerts.push(LicenceAlert::TrialEndsSoon { days });
        }
        _ => {}
    }
    alerts
}

/// A file size for people: "512 bytes", "9.8 KB", "3.2 MB", in this thread's language.
pub fn file_size(bytes: usize) -> String {
    file_size_msg(bytes).text()
}

/// A file size for people, as a message to word where it is shown.
pub fn file_size_msg(bytes: usize) -> Msg {
    const KB: f64 = 1024.0;
    let size = bytes as f64;
    if size < KB {
        t::org_file_size_bytes(bytes)
    } else if size < KB * KB {
        t::org_file_size_kb(one_decimal(size / KB))
    } else {
        t::org_file_size_mb(one_decimal(size / KB / KB))
    }
}

/// A size with one decimal, written the reader's way when worded ("9.8", "9,8").
pub(crate) fn one_decimal(value: f64) -> Arg {
    Arg::Decimal {
        scaled: (value * 10.0).round() as i64,
        digits: 1,
    }
}

/// `Role_Hierarchy` → "Role hierarchy"; unknown kinds made readable the same way.
fn hierarchy_label(kind: &str) -> Text {
    match kind {
        "Role_Hierarchy" => Text::Msg(t::org_value_role_hierarchy()),
        "Reporting_To_Hierarchy" => Text::Msg(t::org_value_reporting_to_hierarchy()),
        other => Text::Plain(humanize(other)),
    }
}

/// A name Zoho sends in lower case or with underscores, as a person writes it: `enterprise` →
/// "Enterprise", `crm_plus` → "Crm plus"; capitals Zoho sent are kept ("CRMPlus").
fn readable_name(name: &str) -> String {
    let spaced = name.replace('_', " ");
    let mut chars = spaced.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `zia_copilot_enabled` → "Zia copilot enabled".
fn humanize(key: &str) -> String {
    let spaced = key.replace('_', " ").trim().to_lowercase();
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => key.to_owned(),
    }
}

/// Any JSON value as plain text: strings as they are, booleans as On/Off, the rest as compact JSON.
fn plain_value(value: &Value) -> Option<Text> {
    match value {
        Value::Null => None,
        Value::String(text) if text.trim().is_empty() => None,
        Value::String(text) => Some(Text::Plain(text.clone())),
        Value::Bool(flag) => Some(on_off(*flag)),
        Value::Number(number) => Some(Text::Plain(number.to_string())),
        Value::Array(_) | Value::Object(_) => Some(Text::Plain(value.to_string())),
    }
}

fn on_off(flag: bool) -> Text {
    Text::Msg(if flag {
        t::org_value_on()
    } else {
        t::org_value_off()
    })
}

/// Rows under construction.
#[derive(Default)]
struct Rows(Vec<Row>);

impl Rows {
    /// Adds a row for `field` unless Zoho left the key out; `show` turns a typed value into text.
    fn push_field<T>(
        &mut self,
        key: &str,
        label: Msg,
        field: &Field<T>,
        show: impl Fn(&T) -> Text,
    ) {
        let value = match field {
            Field::Absent => return,
            Field::Null => None,
            Field::Value(value) => Some(show(value))
                .filter(|text| !matches!(text, Text::Plain(plain) if plain.trim().is_empty())),
            Field::Unexpected(value) => plain_value(value),
        };
        self.0.push(Row {
            key: key.to_owned(),
            label: Text::Msg(label),
            value,
            exact: None,
        });
    }

    fn text(&mut self, key: &str, label: Msg, field: &Field<String>) {
        self.push_field(key, label, field, |text| {
            Text::Plain(text.trim().to_owned())
        });
    }

    fn time(&mut self, key: &str, label: Msg, field: &Field<String>, format: &ValueFormat) {
        self.push_field(key, label, field, |text| {
            Text::Plain(format.date_time(text))
        });
        if let Field::Value(sent) = field
            && let Some(row) = self.0.last_mut()
            && row.value != Some(Text::Plain(sent.trim().to_owned()))
        {
            row.exact = Some(sent.trim().to_owned());
        }
    }

    fn switch(&mut self, key: &str, label: Msg, field: &Field<bool>) {
        self.push_field(key, label, field, |flag| on_off(*flag));
    }

    fn number(&mut self, key: &str, label: Msg, field: &Field<i64>) {
        // An ID that Zoho sends as a number: digit for digit, never grouped.
        self.push_field(key, label, field, |number| Text::Plain(number.to_string()));
    }

    /// A count (licences, records per page) with the reader's digit grouping ("1,250",
    /// "1.250", "12,50,000"); *Copy* takes Zoho's digits. IDs never come here: they are text.
    fn count(&mut self, key: &str, label: Msg, field: &Field<i64>, format: &ValueFormat) {
        self.push_field(key, label, field, |number| {
            Text::Plain(format.conventions.count(*number))
        });
        if let Field::Value(sent) = field
            && let Some(row) = self.0.last_mut()
            && row.value != Some(Text::Plain(sent.to_string()))
        {
            row.exact = Some(sent.to_string());
        }
    }

    /// A nested object that came as something else (or null): shown as it is.
    fn raw<T>(&mut self, key: &str, label: Msg, field: &Field<T>) {
        self.push_field(key, label, field, |_| Text::Plain(String::new()));
    }

    /// Keys the app does not know, labelled from their names, under `prefix`.
    fn unknown(&mut self, prefix: &str, keys: &Map<String, Value>) {
        for (name, value) in keys {
            let key = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}.{name}")
            };
            self.0.push(Row {
                key,
                label: Text::Plain(humanize(name)),
                value: plain_value(value),
                exact: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed_org() -> Org {
        let response: Value =
            serde_json::from_str(include_str!("../../tests/data/org_seed.json")).unwrap();
        serde_json::from_value(response["org"][0].clone()).unwrap()
    }

    fn row<'a>(sections: &'a [Section], key: &str) -> &'a Row {
        sections
            .iter()
            .flat_map(|section| &section.rows)
            .find(|row| row.key == key)
            .unwrap_or_else(|| panic!("no row {key}"))
    }

    #[test]
    fn sections_come_in_reading_order_with_plain_values() {
        let sections = sections(&seed_org(), &ValueFormat::fixed());
        let titles: Vec<String> = sections
            .iter()
            .map(|section| section.title.text())
            .collect();
        assert_eq!(
            titles,
            [
                "Company",
                "Contact",
                "Address",
                "Locale and currency",
                "Licence",
                "Identifiers",
                "Settings"
            ]
        );
        assert_eq!(row(&sections, "company_name").shown(), "zohoo");
        assert_eq!(row(&sections, "type").shown(), "Production");
        assert_eq!(row(&sections, "city").shown(), "Not set");
        assert_eq!(row(&sections, "city").value, None);
        assert_eq!(row(&sections, "mc_status").shown(), "Off");
        assert_eq!(row(&sections, "hipaa_compliance_enabled").shown(), "On");
        assert_eq!(
            row(&sections, "license_details.users_license_purchased").shown(),
            "10"
        );
        assert_eq!(row(&sections, "license_details.paid").shown(), "On");
        assert_eq!(
            row(&sections, "hierarchy_preferences.type").shown(),
            "Role hierarchy"
        );
        assert_eq!(row(&sections, "id").shown(), "5725767000000020005");
        assert_eq!(row(&sections, "id").label.text(), "Organization ID");
    }

    #[test]
    fn counts_are_grouped_for_the_reader_and_copied_as_zoho_sent_them() {
        let org: Org = serde_json::from_value(serde_json::json!({
            "id": "1",
            "license_details": { "users_license_purchased": 12500 },
            "zia_zgid": 1234567,
        }))
        .unwrap();
        let german = ValueFormat {
            conventions: Conventions::new(Lang::De, None),
            ..ValueFormat::fixed()
        };
        let sections = sections(&org, &german);
        let users = row(&sections, "license_details.users_license_purchased");
        assert_eq!(users.shown(), "12.500");
        assert_eq!(users.copy_text().as_deref(), Some("12500"));
        // An ID is never grouped.
        assert_eq!(row(&sections, "zia_zgid").shown(), "1234567");
    }

    #[test]
    fn times_are_shown_in_the_readers_zone_and_locale() {
        let sections = sections(&seed_org(), &ValueFormat::fixed());
        // 02:08:05 at UTC-7 is 09:08:05 UTC, and the zone is named.
        assert_eq!(
            row(&sections, "created_time").shown(),
            "Apr 12, 2023, 9:08:05\u{202f}AM UTC"
        );
        let german = ValueFormat {
            conventions: Conventions::new(Lang::De, None),
            ..ValueFormat::fixed()
        };
        assert_eq!(
            german.date_time("2023-04-12T02:08:05-07:00"),
            "12.04.2023, 09:08:05 UTC"
        );
        assert_eq!(german.date_time("next Tuesday"), "next Tuesday");
        let zone = |seconds| FixedOffset::east_opt(seconds).unwrap();
        let in_zone = |seconds| ValueFormat {
            zone: Zone::Fixed(zone(seconds)),
            ..ValueFormat::fixed()
        };
        assert_eq!(
            in_zone(2 * 3600).date_time("2023-04-12T02:08:05-07:00"),
            "Apr 12, 2023, 11:08:05\u{202f}AM UTC+2"
        );
        assert_eq!(
            in_zone(-(7 * 3600)).date_time("2023-04-12T02:08:05-07:00"),
            "Apr 12, 2023, 2:08:05\u{202f}AM UTC-7"
        );
        assert_eq!(zone_label(zone(5 * 3600 + 1800)), "UTC+5:30");
    }

    #[test]
    fn copy_takes_the_exact_time_zoho_sent_and_readable_text_keeps_the_words() {
        let org = seed_org();
        let sections = sections(&org, &ValueFormat::fixed());
        let created = row(&sections, "created_time");
        assert_eq!(
            created.copy_text().as_deref(),
            Some("2023-04-12T02:08:05-07:00")
        );
        assert_eq!(
            row(&sections, "license_details.paid_expiry")
                .copy_text()
                .as_deref(),
            Some("2025-04-11T17:00:00-07:00")
        );
        // Other values copy what is shown.
        assert_eq!(
            row(&sections, "id").copy_text().as_deref(),
            Some("5725767000000020005")
        );
        assert_eq!(row(&sections, "city").copy_text(), None);
        let text = readable_text(&org, &sections);
        assert!(
            text.contains("\nCreated: Apr 12, 2023, 9:08:05\u{202f}AM UTC\n"),
            "{text}"
        );
    }

    #[test]
    fn the_licence_section_has_one_spelling_and_one_label_per_fact() {
        let mut json = seed_org().to_json();
        json["license_details"]["trial_type"] = Value::from("crm_trial");
        json["license_details"]["trial_expiry"] = Value::from("2025-05-01T00:00:00Z");
        json["license_details"]["trial_action"] = Value::from("downgrade");
        let org: Org = serde_json::from_value(json).unwrap();
        let sections = sections(&org, &ValueFormat::fixed());
        let licence = sections
            .iter()
            .find(|section| section.key == "licence")
            .unwrap();
        let labels: Vec<String> = licence
            .rows
            .iter()
            .map(|row| row.label.text().into_owned())
            .collect();
        assert_eq!(
            labels,
            [
                "Edition",
                "Paid plan",
                "Paid plan ends",
                "User licences",
                "Portal user licences",
                "Trial",
                "Trial ends",
                "What happens after the trial"
            ]
        );
        assert_eq!(
            row(&sections, "license_details.paid_type").shown(),
            "Enterprise"
        );
        assert_eq!(
            row(&sections, "license_details.trial_type").shown(),
            "Crm trial"
        );
        assert_eq!(
            row(&sections, "license_details.trial_action").shown(),
            "Downgrade"
        );
        let every_label = sections
            .iter()
            .flat_map(|section| {
                std::iter::once(section.title.text())
                    .chain(section.rows.iter().map(|row| row.label.text().into_owned()))
            })
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!every_label.contains("icense"), "{every_label}");
        assert_eq!(readable_name("CRMPlus"), "CRMPlus");
    }

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn licensed(details: &Value) -> Org {
        serde_json::from_value(serde_json::json!({ "license_details": details })).unwrap()
    }

    #[test]
    fn a_passed_plan_end_and_a_near_trial_end_raise_alerts() {
        let paid = licensed(&serde_json::json!({
            "paid": true,
            "paid_expiry": "2026-03-13T23:59:59+01:00",
            "trial_expiry": null
        }));
        // The day before it ends, the plan is running out; the second after, it has expired.
        assert_eq!(
            licence_alerts(&paid, at("2026-03-13T12:00:00Z")),
            [LicenceAlert::PlanEndsSoon { days: 1 }]
        );
        assert_eq!(
            licence_alerts(&paid, at("2026-03-01T12:00:00Z")),
            [LicenceAlert::PlanEndsSoon { days: 13 }]
        );
        assert_eq!(licence_alerts(&paid, at("2026-02-01T00:00:00Z")), []);
        assert_eq!(
            licence_alerts(&paid, at("2026-03-13T23:00:00Z")),
            [LicenceAlert::PlanExpired]
        );
        assert_eq!(LicenceAlert::PlanExpired.text().text(), "Plan expired");
        assert!(LicenceAlert::PlanExpired.has_passed());

        let trial = licensed(&serde_json::json!({
            "paid": false,
            "paid_expiry": null,
            "trial_expiry": "2026-12-10T00:00:00Z"
        }));
        let alerts = licence_alerts(&trial, at("2026-12-02T00:00:00Z"));
        assert_eq!(alerts, [LicenceAlert::TrialEndsSoon { days: 8 }]);
        assert_eq!(alerts[0].text().text(), "Trial ends in 8 days");
        assert!(!alerts[0].has_passed());
        // Exactly 14 days ahead still counts; 15 does not.
        assert_eq!(
            licence_alerts(&trial, at("2026-11-26T00:00:00Z")),
            [LicenceAlert::TrialEndsSoon { days: 14 }]
        );
        assert_eq!(licence_alerts(&trial, at("2026-11-25T00:00:00Z")), []);
        assert_eq!(
            LicenceAlert::TrialEndsSoon { days: 1 }.text().text(),
            "Trial ends within a day"
        );
        assert_eq!(
            licence_alerts(&trial, at("2026-12-11T00:00:00Z")),
            [LicenceAlert::TrialEnded]
        );
        // A trial that ended before a paid plan began is not news; odd dates raise nothing.
        let converted = licensed(&serde_json::json!({
            "paid": true,
            "paid_expiry": "2027-12-10T00:00:00Z",
            "trial_expiry": "2026-01-10T00:00:00Z"
        }));
        assert_eq!(licence_alerts(&converted, at("2026-12-02T00:00:00Z")), []);
        let odd = licensed(&serde_json::json!({ "paid_expiry": "soon", "trial_expiry": 5 }));
        assert_eq!(licence_alerts(&odd, at("2026-12-02T00:00:00Z")), []);
        assert_eq!(
            licence_alerts(&seed_org(), at("2025-04-20T00:00:00Z")),
            [LicenceAlert::PlanExpired]
        );
    }

    #[test]
    fn unknown_keys_land_in_other_and_in_their_own_section() {
        let mut json = seed_org().to_json();
        json["zia_copilot_enabled"] = Value::Bool(true);
        json["regions"] = serde_json::json!(["EMEA", "APAC"]);
        json["license_details"]["storage_gb"] = Value::from(50);
        let org: Org = serde_json::from_value(json).unwrap();
        let sections = sections(&org, &ValueFormat::fixed());
        let other = sections.last().unwrap();
        assert_eq!(other.title.text(), "Other");
        assert_eq!(
            row(&sections, "zia_copilot_enabled").label.text(),
            "Zia copilot enabled"
        );
        assert_eq!(row(&sections, "zia_copilot_enabled").shown(), "On");
        assert_eq!(row(&sections, "regions").shown(), r#"["EMEA","APAC"]"#);
        assert_eq!(row(&sections, "license_details.storage_gb").shown(), "50");
    }

    #[test]
    fn absent_keys_are_left_out_and_odd_types_still_show() {
        let org: Org = serde_json::from_str(
            r#"{"company_name":"Zylker","employee_count":250,"license_details":"n/a"}"#,
        )
        .unwrap();
        let sections = sections(&org, &ValueFormat::fixed());
        let keys: Vec<&str> = sections
            .iter()
            .flat_map(|s| &s.rows)
            .map(|r| r.key.as_str())
            .collect();
        assert_eq!(keys, ["company_name", "employee_count", "license_details"]);
        assert_eq!(row(&sections, "employee_count").shown(), "250");
        assert_eq!(row(&sections, "license_details").shown(), "n/a");
    }

    #[test]
    fn readable_text_has_a_title_and_every_row() {
        let org = seed_org();
        let sections = sections(&org, &ValueFormat::fixed());
        let text = readable_text(&org, &sections);
        assert!(
            text.starts_with("zohoo (Production)\n\nCompany\nCompany name: zohoo\n"),
            "{text}"
        );
        assert!(text.contains("\nCity: Not set\n"));
        assert!(text.contains("\nOrganization ID: 5725767000000020005\n"));
        let rows: usize = sections.iter().map(|s| s.rows.len()).sum();
        assert_eq!(
            text.lines().filter(|line| line.contains(": ")).count(),
            rows
        );
    }

    #[test]
    fn the_screen_gets_a_bounded_number_of_rows_and_characters() {
        let mut json = Map::new();
        for index in 0..40_000 {
            json.insert(format!("key_{index}"), Value::from(index));
        }
        json.insert("description".into(), Value::String("é".repeat(900_000)));
        let org: Org = serde_json::from_value(Value::Object(json)).unwrap();
        let all = sections(&org, &ValueFormat::fixed());
        let shown = on_screen(&all);
        let rows: usize = shown.iter().map(|(_, rows)| rows.len()).sum();
        assert_eq!(rows, MAX_ROWS_ON_SCREEN);
        assert_eq!(shown[0].0.key, "company", "the known sections come first");
        assert_eq!(
            rows_not_on_screen(&all).unwrap().text(),
            format!(
                "{} more fields are not shown here; Copy all and Copy as JSON include every one.",
                40_001 - MAX_ROWS_ON_SCREEN
            )
        );
        // Copy all keeps everything.
        assert!(readable_text(&org, &all).contains("Key 39999: 39999"));

        let description = row(&all, "description").shown();
        let drawn = value_on_screen(&description);
        assert!(
            drawn.chars().count() < MAX_CHARS_ON_SCREEN + 80,
            "{}",
            drawn.len()
        );
        assert!(drawn.ends_with("(900000 characters in all; Copy copies every one)"));
        assert_eq!(value_on_screen("short"), "short");
        assert!(rows_not_on_screen(&sections(&seed_org(), &ValueFormat::fixed())).is_none());
    }

    #[test]
    fn file_sizes_read_naturally() {
        assert_eq!(file_size(512), "512 bytes");
        assert_eq!(file_size(10_055), "9.8 KB");
        assert_eq!(file_size(3 * 1024 * 1024 + 200 * 1024), "3.2 MB");
    }
}
