//! The organization as `GET /crm/v7/org` returns it.
//!
//! Every documented key (the seed page and zoho.md §5.2) has a typed field; every field may be
//! missing or null; keys the app does not know yet are kept in `other`, so the app can show them
//! and `org --json` can print exactly what Zoho sent.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::field::Field;

/// One Zoho CRM organization (the single element of `{"org": [...]}`).
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct Org {
    /// Unique organization ID (a string, never a number).
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub id: Field<String>,
    /// Company name.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub company_name: Field<String>,
    /// Alias of the organization.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub alias: Field<String>,
    /// Free-text description.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub description: Field<String>,
    /// Environment: production, sandbox, developer or bigin (any letter case).
    #[serde(default, rename = "type", skip_serializing_if = "Field::is_absent")]
    pub environment: Field<String>,
    /// Number of employees (a string in Zoho's answers).
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub employee_count: Field<String>,
    /// When the organization was created (ISO 8601 with offset).
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub created_time: Field<String>,
    /// The CRM domain name, e.g. `org808232144`.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub domain_name: Field<String>,
    /// Main contact email.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub primary_email: Field<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub phone: Field<String>,
    /// Mobile number.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub mobile: Field<String>,
    /// Fax number.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub fax: Field<String>,
    /// Website.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub website: Field<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub street: Field<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub city: Field<String>,
    /// State or province.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub state: Field<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub zip: Field<String>,
    /// Country.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub country: Field<String>,
    /// Country code, e.g. `US`.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub country_code: Field<String>,
    /// Time zone, e.g. `America/Los_Angeles`.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub time_zone: Field<String>,
    /// Home currency, e.g. `US Dollar - USD`.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub currency: Field<String>,
    /// ISO code of the home currency.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub iso_code: Field<String>,
    /// Symbol of the home currency.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub currency_symbol: Field<String>,
    /// Locale of the home currency.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub currency_locale: Field<String>,
    /// Whether several currencies are enabled.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub mc_status: Field<bool>,
    /// ZUID of the primary user.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub primary_zuid: Field<String>,
    /// Zoho group ID.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub zgid: Field<String>,
    /// Encrypted Zoho group ID.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub ezgid: Field<String>,
    /// Zia portal ID.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub zia_portal_id: Field<String>,
    /// Zia group ID.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub zia_zgid: Field<i64>,
    /// ID of the logo file; null when there is no logo.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub photo_id: Field<String>,
    /// Google Workspace integration.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub gapps_enabled: Field<bool>,
    /// Translation.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub translation_enabled: Field<bool>,
    /// Privacy settings.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub privacy_settings: Field<bool>,
    /// HIPAA compliance.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub hipaa_compliance_enabled: Field<bool>,
    /// Lite users.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub lite_users_enabled: Field<bool>,
    /// Whether the organization's account can be deleted.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub deletable_org_account: Field<bool>,
    /// Whether OAuth clients are present.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub oauth_presence: Field<bool>,
    /// Most records per page in list views.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub max_per_page: Field<i64>,
    /// Call icon setting.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub call_icon: Field<String>,
    /// Licence details.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub license_details: Field<LicenseDetails>,
    /// How records are shared along the hierarchy.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub hierarchy_preferences: Field<HierarchyPreferences>,
    /// Check-in preferences.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub checkin_preferences: Field<CheckinPreferences>,
    /// Keys this version of the app does not know, exactly as Zoho sent them.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// `license_details` of an organization.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct LicenseDetails {
    /// Whether the organization is on a paid plan.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub paid: Field<bool>,
    /// The edition, e.g. `enterprise`.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub paid_type: Field<String>,
    /// When the paid plan ends.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub paid_expiry: Field<String>,
    /// User licences bought.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub users_license_purchased: Field<i64>,
    /// Portal user licences bought.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub portal_users_license_purchased: Field<i64>,
    /// The kind of trial, if any.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub trial_type: Field<String>,
    /// When the trial ends.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub trial_expiry: Field<String>,
    /// What happens when the trial ends.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub trial_action: Field<String>,
    /// Keys this version of the app does not know.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// `hierarchy_preferences` of an organization.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct HierarchyPreferences {
    /// `Role_Hierarchy` or `Reporting_To_Hierarchy`.
    #[serde(default, rename = "type", skip_serializing_if = "Field::is_absent")]
    pub kind: Field<String>,
    /// Whether sharing follows direct reports only.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub strictly_reporting: Field<bool>,
    /// Keys this version of the app does not know.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// `checkin_preferences` of an organization.
#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
pub struct CheckinPreferences {
    /// Event types for which check-in is restricted.
    #[serde(default, skip_serializing_if = "Field::is_absent")]
    pub restricted_event_types: Field<String>,
    /// Keys this version of the app does not know.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The kind of organization, from `type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Environment {
    /// The live organization.
    Production,
    /// A sandbox copy for trying things out.
    Sandbox,
    /// A developer edition.
    Developer,
    /// A Bigin organization.
    Bigin,
    /// A kind Zoho did not document when this app was written.
    Other(String),
}

impl Environment {
    /// Reads Zoho's `type`, ignoring letter case (the SDK says `Production`, the docs
    /// `production`).
    pub fn parse(value: &str) -> Self {
        match value.trim().to_ascii_lowercase().as_str() {
            "production" => Self::Production,
            "sandbox" => Self::Sandbox,
            "developer" => Self::Developer,
            "bigin" => Self::Bigin,
            _ => Self::Other(value.trim().to_owned()),
        }
    }
}

impl Org {
    /// The environment, when Zoho said which.
    pub fn environment(&self) -> Option<Environment> {
        self.environment
            .value()
            .map(|value| Environment::parse(value))
    }

    /// The company name, falling back to the alias, for headings and file names.
    pub fn display_name(&self) -> Option<&str> {
        [&self.company_name, &self.alias]
            .into_iter()
            .filter_map(Field::value)
            .map(|name| name.trim())
            .find(|name| !name.is_empty())
    }

    /// The organization as a JSON object, every key Zoho sent included.
    pub fn to_json(&self) -> Value {
        // Serialising plain data into a Value cannot fail: no maps with non-string keys.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The body of `GET /crm/v7/org`.
    #[derive(Debug, Deserialize)]
    struct OrgResponse {
        /// One organization, in a list.
        org: Vec<Org>,
    }

    /// The sample response from Zoho's own page for `GET /org` (seeds/).
    pub(crate) const SEED_RESPONSE: &str = include_str!("../../tests/data/org_seed.json");

    fn seed_org() -> Org {
        let response: OrgResponse = serde_json::from_str(SEED_RESPONSE).unwrap();
        assert_eq!(response.org.len(), 1);
        response.org.into_iter().next().unwrap()
    }

    #[test]
    fn the_seed_sample_lands_in_the_right_fields() {
        let org = seed_org();
        assert_eq!(org.country, Field::Null);
        assert_eq!(org.photo_id, Field::Null);
        assert_eq!(org.city, Field::Null);
        assert_eq!(org.description, Field::Null);
        assert_eq!(org.environment(), Some(Environment::Production));
        assert_eq!(org.mc_status, Field::Value(false));
        assert_eq!(org.gapps_enabled, Field::Value(false));
        assert_eq!(org.lite_users_enabled, Field::Value(false));
        assert_eq!(
            org.domain_name.value().map(String::as_str),
            Some("org808232144")
        );
        assert_eq!(org.translation_enabled, Field::Value(false));
        assert_eq!(org.street, Field::Null);
        assert_eq!(org.alias, Field::Null);
        assert_eq!(
            org.currency.value().map(String::as_str),
            Some("US Dollar - USD")
        );
        assert_eq!(org.deletable_org_account, Field::Value(false));
        assert_eq!(
            org.id.value().map(String::as_str),
            Some("5725767000000020005")
        );
        assert_eq!(org.state, Field::Null);
        assert_eq!(org.fax, Field::Null);
        assert_eq!(org.employee_count.value().map(String::as_str), Some("1"));
        assert_eq!(org.zip, Field::Null);
        assert_eq!(
            org.created_time.value().map(String::as_str),
            Some("2023-04-12T02:08:05-07:00")
        );
        assert_eq!(org.website, Field::Null);
        assert_eq!(org.currency_symbol.value().map(String::as_str), Some("$"));
        assert_eq!(org.mobile, Field::Null);
        assert_eq!(org.currency_locale.value().map(String::as_str), Some("USD"));
        assert_eq!(
            org.primary_zuid.value().map(String::as_str),
            Some("808233918")
        );
        assert_eq!(
            org.zia_portal_id.value().map(String::as_str),
            Some("814461734")
        );
        assert_eq!(
            org.time_zone.value().map(String::as_str),
            Some("America/Los_Angeles")
        );
        assert_eq!(org.zgid.value().map(String::as_str), Some("808232144"));
        assert_eq!(org.country_code.value().map(String::as_str), Some("US"));
        assert_eq!(org.phone.value().map(String::as_str), Some("1226652"));
        assert_eq!(org.company_name.value().map(String::as_str), Some("zohoo"));
        assert_eq!(org.privacy_settings, Field::Value(false));
        assert_eq!(
            org.primary_email.value().map(String::as_str),
            Some("patricia+us@zohotest.com")
        );
        assert_eq!(org.hipaa_compliance_enabled, Field::Value(true));
        assert_eq!(org.iso_code.value().map(String::as_str), Some("USD"));

        let license = org.license_details.value().unwrap();
        assert_eq!(
            license.paid_expiry.value().map(String::as_str),
            Some("2025-04-11T17:00:00-07:00")
        );
        assert_eq!(license.users_license_purchased, Field::Value(10));
        assert_eq!(license.trial_type, Field::Null);
        assert_eq!(license.trial_expiry, Field::Null);
        assert_eq!(license.paid, Field::Value(true));
        assert_eq!(
            license.paid_type.value().map(String::as_str),
            Some("enterprise")
        );
        assert_eq!(license.portal_users_license_purchased, Field::Value(0));
        assert!(license.other.is_empty());

        let hierarchy = org.hierarchy_preferences.value().unwrap();
        assert_eq!(
            hierarchy.kind.value().map(String::as_str),
            Some("Role_Hierarchy")
        );

        assert!(
            org.other.is_empty(),
            "every seed key is a known field: {:?}",
            org.other
        );
    }

    /// The simulator's sample org, which has every zoho.md §5.2 key, the ones the seed lacks too.
    const SIM_SAMPLE_ORG: &str = include_str!("../../assets/sim/sample-org.json");

    #[test]
    fn the_documented_keys_missing_from_the_seed_land_in_their_fields() {
        let org: Org = serde_json::from_str(SIM_SAMPLE_ORG).unwrap();
        assert_eq!(
            org.ezgid,
            Field::Value("a1f09c2e8d7b6c5e4f3a2b1c0d9e8f7a".into())
        );
        assert_eq!(org.zia_zgid, Field::Value(20084533));
        assert_eq!(org.oauth_presence, Field::Value(true));
        assert_eq!(org.max_per_page, Field::Value(200));
        assert_eq!(org.call_icon, Field::Null);

        let license = org.license_details.value().unwrap();
        assert_eq!(license.trial_action, Field::Null);
        assert_eq!(license.portal_users_license_purchased, Field::Value(0));
        assert!(license.other.is_empty(), "{:?}", license.other);

        let hierarchy = org.hierarchy_preferences.value().unwrap();
        assert_eq!(hierarchy.kind, Field::Value("Role_Hierarchy".into()));
        assert_eq!(hierarchy.strictly_reporting, Field::Value(false));
        assert!(hierarchy.other.is_empty(), "{:?}", hierarchy.other);

        let checkin = org.checkin_preferences.value().unwrap();
        assert_eq!(checkin.restricted_event_types, Field::Null);
        assert!(checkin.other.is_empty(), "{:?}", checkin.other);

        // The one key zoho.md does not document is the only one left over.
        let unknown: Vec<&str> = org.other.keys().map(String::as_str).collect();
        assert_eq!(unknown, ["fiscal_year_start_month"]);

        // The sample leaves three of them null; their documented type must be read too.
        let filled: Org = serde_json::from_value(serde_json::json!({
            "call_icon": "Zoho PhoneBridge",
            "license_details": {"trial_action": "downgrade"},
            "checkin_preferences": {"restricted_event_types": "Meetings"}
        }))
        .unwrap();
        assert_eq!(filled.call_icon, Field::Value("Zoho PhoneBridge".into()));
        assert_eq!(
            filled.license_details.value().unwrap().trial_action,
            Field::Value("downgrade".into())
        );
        assert_eq!(
            filled
                .checkin_preferences
                .value()
                .unwrap()
                .restricted_event_types,
            Field::Value("Meetings".into())
        );
        assert!(filled.other.is_empty(), "{:?}", filled.other);
    }

    #[test]
    fn the_seed_round_trips_exactly() {
        let org = seed_org();
        let original: Value = serde_json::from_str(SEED_RESPONSE).unwrap();
        assert_eq!(org.to_json(), original["org"][0]);
    }

    #[test]
    fn unknown_keys_and_odd_types_round_trip_without_loss() {
        let mut original: Value = serde_json::from_str(SEED_RESPONSE).unwrap();
        let object = original["org"][0].as_object_mut().unwrap();
        object.insert("zia_copilot_enabled".into(), Value::Bool(true));
        object.insert(
            "regions".into(),
            serde_json::json!([{"name": "EMEA", "id": 7}]),
        );
        object.insert("employee_count".into(), Value::from(250));
        object["license_details"]
            .as_object_mut()
            .unwrap()
            .insert("addons".into(), serde_json::json!({"storage_gb": 50}));
        object.insert(
            "checkin_preferences".into(),
            serde_json::json!({"restricted_event_types": null, "radius_m": 200}),
        );

        let org: Org = serde_json::from_value(original["org"][0].clone()).unwrap();
        assert_eq!(org.other["zia_copilot_enabled"], Value::Bool(true));
        assert_eq!(org.employee_count, Field::Unexpected(Value::from(250)));
        assert_eq!(org.to_json(), original["org"][0]);
    }

    #[test]
    fn environment_is_read_in_any_letter_case() {
        for (text, expected) in [
            ("production", Environment::Production),
            ("Production", Environment::Production),
            ("SANDBOX", Environment::Sandbox),
            ("Developer", Environment::Developer),
            ("bigin", Environment::Bigin),
        ] {
            assert_eq!(Environment::parse(text), expected);
        }
        assert_eq!(
            Environment::parse(" Trial "),
            Environment::Other("Trial".to_owned())
        );
    }

    #[test]
    fn display_name_falls_back_to_the_alias() {
        let org = Org {
            company_name: Field::Value("  ".into()),
            alias: Field::Value("Zylker".into()),
            ..Org::default()
        };
        assert_eq!(org.display_name(), Some("Zylker"));
        assert_eq!(Org::default().display_name(), None);
    }
}
