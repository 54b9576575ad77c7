//! `zoho-org-viewer orgs [--json]`: the orgs signed in on this computer, the current one marked.

use serde_json::json;

use super::error::CliError;
use super::setup::Setup;
use crate::store::{OrgIndex, SignedInOrg};
use crate::zoho::region;

/// Prints the signed-in orgs as a table, or as a JSON array (empty when none is signed in).
pub(crate) fn orgs(as_json: bool) -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let index = setup.orgs()?;
    if as_json {
        // Formatted whole first: stdout is line-buffered, and one write per line adds up.
        let text = format!("{:#}\n", to_json(&index));
        print!("{text}");
    } else if index.is_empty() {
        println!(
            "You are not signed in to any organization on this computer. Run `zoho-org-viewer login` to add one."
        );
    } else {
        print!("{}", super::terminal::visible(&table(&index)));
    }
    Ok(())
}

/// The contract's JSON: one object per org with `current` true for exactly one of them.
fn to_json(index: &OrgIndex) -> serde_json::Value {
    let current = index.current().map(|org| org.id.as_str());
    index
        .orgs()
        .iter()
        .map(|org| {
            json!({
                "id": org.id,
                "zgid": org.zgid,
                "company_name": org.company_name,
                "type": org.environment,
                "data_centre": org.data_centre,
                "domain_name": org.domain_name,
                "current": Some(org.id.as_str()) == current,
            })
        })
        .collect()
}

/// A readable table: a mark for the current org, name, environment, data centre and ID.
fn table(index: &OrgIndex) -> String {
    let current = index.current().map(|org| org.id.as_str());
    let header = ["", "Organization", "Environment", "Data centre", "ID"].map(str::to_owned);
    let rows: Vec<[String; 5]> = index
        .orgs()
        .iter()
        .map(|org| {
            [
                if Some(org.id.as_str()) == current {
                    "*".to_owned()
                } else {
                    String::new()
                },
                org.name().to_owned(),
                environment_label(org),
                data_centre_label(org),
                org.id.clone(),
            ]
        })
        .collect();
    let mut widths = [0usize; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut text = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        text.push_str(cells.join("  ").trim_end());
        text.push('\n');
    }
    text.push_str(
        "\nThe current organization is marked *; `zoho-org-viewer switch ORG` changes it.\n",
    );
    text
}

/// "Production", "Sandbox", …, or "Not known".
fn environment_label(org: &SignedInOrg) -> String {
    match org.environment.as_deref() {
        Some(environment) if !environment.is_empty() => {
            let mut letters = environment.chars();
            letters.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(letters).collect()
            })
        }
        _ => "Not known".to_owned(),
    }
}

/// "Europe (eu)", or the code alone when the app does not know it.
fn data_centre_label(org: &SignedInOrg) -> String {
    match org.data_centre.as_deref() {
        Some(code) => match region::by_location(code) {
            Some(centre) => format!("{} ({code})", centre.name),
            None => code.to_owned(),
        },
        None => "Not known".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str, name: &str, environment: &str, centre: &str) -> SignedInOrg {
        SignedInOrg {
            id: id.to_owned(),
            zgid: Some(format!("z{id}")),
            company_name: name.to_owned(),
            environment: Some(environment.to_owned()),
            data_centre: Some(centre.to_owned()),
            domain_name: None,
        }
    }

    fn index() -> OrgIndex {
        let mut index = OrgIndex::default();
        index.upsert(org("1", "Zylker Traders", "production", "eu"));
        index.upsert(org("3", "Zylker Labs", "developer", "us"));
        index.set_current("1");
        index
    }

    #[test]
    fn json_marks_exactly_the_current_org() {
        let value = to_json(&index());
        let orgs = value.as_array().unwrap();
        assert_eq!(orgs.len(), 2);
        assert_eq!(orgs[0]["current"], true);
        assert_eq!(orgs[1]["current"], false);
        assert_eq!(orgs[1]["type"], "developer");
        assert_eq!(orgs[1]["data_centre"], "us");
        assert_eq!(orgs[1]["zgid"], "z3");
        assert_eq!(to_json(&OrgIndex::default()), json!([]));
    }

    #[test]
    fn the_table_is_aligned_and_marks_the_current_org() {
        let text = table(&index());
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains("Organization") && lines[0].contains("Data centre"));
        assert!(lines[1].starts_with("*  Zylker Traders"), "{text}");
        assert!(lines[1].contains("Production") && lines[1].contains("Europe (eu)"));
        assert!(lines[2].starts_with("   Zylker Labs"), "{text}");
        assert_eq!(
            lines[1].find("Production"),
            lines[2].find("Developer"),
            "columns line up: {text}"
        );
    }
}
