//! `zoho-org-viewer org [--org ORG | --all] [--json]`: print one organization or all of them.

use super::error::CliError;
use super::setup::Setup;
use super::signed_in::{for_every_org, with_org_session};
use crate::zoho::Org;
use crate::zoho::display::{ValueFormat, readable_text, sections};

/// Prints the org (`query`, else the current one; every org with `all`) as readable text, or as
/// Zoho's org object in JSON with every key (with `all`, an array of them).
pub(crate) fn org(query: Option<&str>, all: bool, json: bool) -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let format = ValueFormat::system();
    if !all {
        let org = with_org_session(
            &setup,
            query,
            |session| async move { session.get_org().await },
        )?;
        print!("{}", render(&org, json, &format));
        return Ok(());
    }
    let outcomes = for_every_org(&setup, |session| async move { session.get_org().await })?;
    let total = outcomes.len();
    let mut fetched = Vec::new();
    let mut failed = 0;
    for (signed_in, outcome) in outcomes {
        match outcome {
            Ok(org) => fetched.push(org),
            Err(error) => {
                failed += 1;
                eprintln!(
                    "{}",
                    super::terminal::visible(
                        &crate::i18n::t::cli_org_failed(error.to_string(), signed_in.name()).text()
                    )
                );
            }
        }
    }
    if json {
        let array: Vec<serde_json::Value> = fetched.iter().map(Org::to_json).collect();
        // Formatted whole first: stdout is line-buffered, so printing the pretty JSON piece by
        // piece made one write per line (12,000 for 200 orgs).
        let text = format!("{:#}\n", serde_json::Value::Array(array));
        print!("{text}");
    } else {
        let texts: Vec<String> = fetched
            .iter()
            .map(|org| readable_text(org, &sections(org, &format)))
            .collect();
        print!("{}", texts.join("\n"));
    }
    if failed > 0 {
        return Err(CliError::SomeOrgsFailed { failed, total });
    }
    Ok(())
}

/// What `org` prints: pretty JSON of every key Zoho sent, or the sections in plain words.
fn render(org: &Org, json: bool, format: &ValueFormat) -> String {
    if json {
        // `{:#}` is serde_json's pretty printing (two-space indent), and cannot fail.
        format!("{:#}\n", org.to_json())
    } else {
        super::terminal::visible(&readable_text(org, &sections(org, format))).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn sample() -> (Value, Org) {
        let value = json!({
            "company_name": "Zylker Traders",
            "id": "4150868000000225013",
            "currency": "EUR",
            "photo_id": null,
            "a_key_zoho_added_later": {"nested": [1, 2]},
        });
        let org = serde_json::from_value(value.clone()).unwrap();
        (value, org)
    }

    #[test]
    fn json_is_every_key_pretty_printed() {
        let (value, org) = sample();
        let printed = render(&org, true, &ValueFormat::fixed());
        let read: Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(read, value, "every key, the unknown one included");
        assert!(
            printed.starts_with("{\n  \""),
            "pretty, two-space indent: {printed}"
        );
        assert!(printed.ends_with("}\n"), "{printed}");
    }

    #[test]
    fn text_shows_control_characters_and_json_keeps_them() {
        let hostile = "Zylker\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}\u{9b}";
        let value = json!({"company_name": hostile, "big": 20231177000000012345u128});
        let org: Org = crate::zoho::json::from_value(&value).unwrap();
        let text = render(&org, false, &ValueFormat::fixed());
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(text.contains("Zylker\\u{1b}]0;pwned\\u{7}"), "{text}");
        let printed = render(&org, true, &ValueFormat::fixed());
        assert!(printed.contains("20231177000000012345"), "{printed}");
        let read: Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(read["company_name"], hostile, "JSON stays exact");
    }

    #[test]
    fn text_is_readable_sections() {
        let (_, org) = sample();
        let printed = render(&org, false, &ValueFormat::fixed());
        assert!(printed.starts_with("Zylker Traders\n"), "{printed}");
        assert!(printed.contains("4150868000000225013"), "{printed}");
        assert!(
            printed.contains("Company name: Zylker Traders\n"),
            "{printed}"
        );
        assert!(
            !printed.contains("\"company_name\""),
            "no JSON keys: {printed}"
        );
    }
}
