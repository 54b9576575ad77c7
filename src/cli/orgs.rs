//! `zoho-org-viewer orgs [--json]`: the orgs signed in on this computer, the current one marked.

use serde_json::json;
use unicode_width::UnicodeWidthStr;

use super::error::CliError;
use super::setup::Setup;
use crate::i18n::t;
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
        super::terminal::say(&t::cli_orgs_none());
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
    let header = [
        String::new(),
        t::cli_orgs_heading_organization().text(),
        t::cli_orgs_heading_environment().text(),
        t::cli_orgs_heading_data_centre().text(),
        t::cli_orgs_heading_id().text(),
    ];
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
            *width = (*width).max(cell.width());
        }
    }
    let mut text = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            // Padded by the columns a terminal gives each character: a Japanese name or
            // heading takes two per character.
            .map(|(cell, width)| format!("{cell}{}", " ".repeat(width - cell.width())))
            .collect();
        text.push_str(cells.join("  ").trim_end());
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&t::cli_orgs_current_marked().text());
    text.push('\n');
    text
}

/// "Production", "Sandbox", …, or "Not known".
fn environment_label(org: &SignedInOrg) -> String {
    match org.environment.as_deref() {
        Some(environment) if !environment.is_empty() => {
            // Zoho's own word, capitalised, for a kind the catalog does not name.
            let mut letters = environment.chars();
            let shown: String = letters.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(letters).collect()
            });
            t::cli_environment(environment, shown).text()
        }
        _ => t::cli_not_known().text(),
    }
}

/// "Europe (eu)", or the code alone when the app does not know it.
fn data_centre_label(org: &SignedInOrg) -> String {
    match org.data_centre.as_deref() {
        Some(code) => match region::by_location(code) {
            Some(centre) => {
                t::cli_data_centre_with_code(t::cli_data_centre(centre.location), code).text()
            }
            None => code.to_owned(),
        },
        None => t::cli_not_known().text(),
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

    #[test]
    fn japanese_headings_and_names_line_up_by_terminal_columns() {
        crate::i18n::set_current(crate::i18n::Lang::Ja);
        let mut index = index();
        index.upsert(org("5", "株式会社ジルカー", "sandbox", "jp"));
        let text = table(&index);
        crate::i18n::set_current(crate::i18n::Lang::En);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].contains("組織") && lines[0].contains("データセンター"),
            "{text}"
        );
        assert!(text.contains("サンドボックス"), "{text}");
        // The ID is the last column: where it starts, in terminal columns, on each line.
        let id_column = |name: &str| {
            let line = lines.iter().find(|line| line.contains(name)).unwrap();
            line[..line.rfind(' ').unwrap()].width()
        };
        assert_eq!(
            id_column("Zylker Labs"),
            id_column("株式会社ジルカー"),
            "{text}"
        );
    }
}
