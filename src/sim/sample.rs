//! The sample organization the simulated CRM serves, and its logo.

/// The sample company, Zoho's fictional demo company.
pub(crate) const COMPANY_NAME: &str = "Zylker Traders";

const SAMPLE_ORG: &str = include_str!("../../assets/sim/sample-org.json");

/// The sample org object: every key Zoho documents for `GET /crm/v7/org` (zoho.md §5.2 and the
/// v7 sample response), realistic values, a few nulls as real orgs have, and one key the app does
/// not know yet (`fiscal_year_start_month`) so its "Other" section has something to show.
pub(crate) fn sample_org() -> serde_json::Value {
    serde_json::from_str(SAMPLE_ORG).unwrap_or_else(|error| {
        tracing::warn!("the sample org does not parse: {error}");
        serde_json::Value::Null
    })
}

/// The user the consent page says is signed in.
pub(crate) const SIGNED_IN_USER: &str = "patricia.boyle@zylker.com";

/// The demo logo as PNG bytes: Zylker Traders' logo on a transparent background.
pub(crate) fn demo_logo_png() -> &'static [u8] {
    include_bytes!("../../assets/demo/zylker-logo.png")
}

/// The demo logo as JPEG bytes (on white, as JPEG has no transparency).
pub(crate) fn demo_logo_jpeg() -> &'static [u8] {
    include_bytes!("../../assets/demo/zylker-logo.jpg")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_org_has_every_documented_key() {
        let org = sample_org();
        // zoho.md §5.2 and the v7 sample response.
        let documented = [
            "id",
            "company_name",
            "alias",
            "description",
            "domain_name",
            "primary_email",
            "phone",
            "mobile",
            "fax",
            "website",
            "street",
            "city",
            "state",
            "zip",
            "country",
            "country_code",
            "currency",
            "currency_symbol",
            "currency_locale",
            "iso_code",
            "mc_status",
            "employee_count",
            "time_zone",
            "primary_zuid",
            "zgid",
            "ezgid",
            "zia_portal_id",
            "zia_zgid",
            "photo_id",
            "gapps_enabled",
            "translation_enabled",
            "privacy_settings",
            "hipaa_compliance_enabled",
            "lite_users_enabled",
            "deletable_org_account",
            "oauth_presence",
            "max_per_page",
            "call_icon",
            "type",
            "created_time",
            "license_details",
            "hierarchy_preferences",
            "checkin_preferences",
        ];
        for key in documented {
            assert!(org.get(key).is_some(), "the sample org lacks {key}");
        }
        for key in [
            "paid_expiry",
            "users_license_purchased",
            "trial_type",
            "trial_expiry",
            "paid",
            "paid_type",
            "trial_action",
        ] {
            assert!(
                org["license_details"].get(key).is_some(),
                "license_details lacks {key}"
            );
        }
        assert!(
            org["hierarchy_preferences"]
                .get("strictly_reporting")
                .is_some()
        );
        assert!(
            org["checkin_preferences"]
                .get("restricted_event_types")
                .is_some()
        );
        assert!(org["id"].is_string(), "Zoho sends the org ID as a string");
        assert_eq!(org["company_name"], COMPANY_NAME);
        let unknown: Vec<&String> = org
            .as_object()
            .map(|object| {
                object
                    .keys()
                    .filter(|key| !documented.contains(&key.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            unknown,
            ["fiscal_year_start_month"],
            "exactly one key the app does not know"
        );
    }

    #[test]
    fn demo_logos_decode_at_their_size() {
        for (bytes, format) in [
            (demo_logo_png(), image::ImageFormat::Png),
            (demo_logo_jpeg(), image::ImageFormat::Jpeg),
        ] {
            assert_eq!(image::guess_format(bytes).ok(), Some(format));
            let logo = image::load_from_memory(bytes).expect("the demo logo decodes");
            assert_eq!((logo.width(), logo.height()), (480, 160));
        }
    }
}
