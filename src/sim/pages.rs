//! The pages the simulated accounts server shows in the user's browser.

use html_escape::encode_quoted_attribute;

use super::{DataCentre, SimOrg};

// The consent page lives beside the sim, not in `assets/sim/`, since its org picker is part of
// the sim's contract with scripted browsers (`consent_orgs`).
const CONSENT_TEMPLATE: &str = include_str!("consent.html");
const ERROR_TEMPLATE: &str = include_str!("../../assets/sim/error.html");

/// The name the consent page gives the app asking for access.
const APP_NAME: &str = "Org Viewer for Zoho CRM";

/// What the consent page says about one sign-in.
pub(crate) struct ConsentPage<'a> {
    /// The orgs to pick from; the first is preselected.
    pub orgs: &'a [SimOrg],
    pub user: &'a str,
    pub data_centre: DataCentre,
    pub scopes: &'a [String],
    pub offline: bool,
    pub ticket: &'a str,
}

impl ConsentPage<'_> {
    /// The page's HTML.
    pub(crate) fn render(&self) -> String {
        let mut items: Vec<String> = self
            .scopes
            .iter()
            .map(|scope| describe_scope(scope))
            .collect();
        if self.offline {
            items.push("Stay signed in until you sign out of the app".to_owned());
        }
        let access_items = items
            .iter()
            .map(|item| format!("    <li>{}</li>", encode_quoted_attribute(item)))
            .collect::<Vec<_>>()
            .join("\n");
        let orgs = self
            .orgs
            .iter()
            .enumerate()
            .map(|(index, org)| org_choice(org, index == 0))
            .collect::<Vec<_>>()
            .join("\n");
        fill(
            CONSENT_TEMPLATE,
            &[
                ("app_name", &encode_quoted_attribute(APP_NAME)),
                ("user", &encode_quoted_attribute(self.user)),
                (
                    "data_centre",
                    &encode_quoted_attribute(&self.data_centre.code().to_uppercase()),
                ),
                ("orgs", &orgs),
                ("access_items", &access_items),
                ("ticket", &encode_quoted_attribute(self.ticket)),
            ],
        )
    }
}

/// One org on the consent page: a radio input whose value is the org ID, with the company name,
/// environment and data centre.
fn org_choice(org: &SimOrg, checked: bool) -> String {
    let initial = org
        .company_name
        .chars()
        .next()
        .unwrap_or('?')
        .to_uppercase()
        .to_string();
    let mut environment = org.environment.clone();
    if let Some(first) = environment.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    format!(
        "      <label class=\"company\">\n        \
         <input type=\"radio\" name=\"org\" value=\"{id}\"{checked}>\n        \
         <span class=\"avatar\" aria-hidden=\"true\">{initial}</span>\n        \
         <span><strong>{name}</strong><span class=\"muted\">{environment} · \
         data centre {data_centre} · org ID {id}</span></span>\n      </label>",
        id = encode_quoted_attribute(&org.id),
        checked = if checked { " checked" } else { "" },
        initial = encode_quoted_attribute(&initial),
        name = encode_quoted_attribute(&org.company_name),
        environment = encode_quoted_attribute(&environment),
        data_centre = org.data_centre.code().to_uppercase(),
    )
}

/// An error page: a short title and one sentence on what to do.
pub(crate) fn error_page(title: &str, message: &str) -> String {
    fill(
        ERROR_TEMPLATE,
        &[
            ("title", &encode_quoted_attribute(title)),
            ("message", &encode_quoted_attribute(message)),
        ],
    )
}

/// A scope in the plain words a CRM admin reads on the consent page.
fn describe_scope(scope: &str) -> String {
    match scope {
        "ZohoCRM.org.READ" => "See your organization's details and logo".to_owned(),
        "ZohoCRM.org.ALL" => "See and change your organization's details and logo".to_owned(),
        "ZohoCRM.users.READ" => "See who the users of your CRM are".to_owned(),
        other => format!("Use the permission “{other}”"),
    }
}

/// Replaces each `{{name}}` in `template` with its (already escaped) value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |page, (name, value)| {
            page.replace(&format!("{{{{{name}}}}}"), value)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_page_escapes_what_it_shows() {
        let scopes = vec!["ZohoCRM.org.READ".to_owned(), "<script>".to_owned()];
        let mut org = SimOrg::zylker_traders();
        "Zylker & <Sons>".clone_into(&mut org.company_name);
        let orgs = [org];
        let page = ConsentPage {
            orgs: &orgs,
            user: "a@b.example",
            data_centre: DataCentre::Eu,
            scopes: &scopes,
            offline: true,
            ticket: "t\"1",
        }
        .render();
        assert!(page.contains("Zylker &amp; &lt;Sons&gt;"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(!page.contains("<script>"));
        assert!(page.contains(r#"name="ticket" value="t&quot;1""#));
        assert!(page.contains("See your organization&#x27;s details and logo"));
        assert!(page.contains("Stay signed in"));
        assert!(!page.contains("{{"), "every placeholder is filled");
    }

    #[test]
    fn consent_page_offers_every_org_with_the_first_preselected() {
        let orgs = [
            SimOrg::zylker_traders(),
            SimOrg::zylker_sandbox(),
            SimOrg::zylker_labs(),
        ];
        let page = ConsentPage {
            orgs: &orgs,
            user: "a@b.example",
            data_centre: DataCentre::Eu,
            scopes: &[],
            offline: false,
            ticket: "t",
        }
        .render();
        let ids: Vec<String> = orgs.iter().map(|org| org.id.clone()).collect();
        assert_eq!(crate::sim::consent_orgs(&page), ids);
        assert_eq!(page.matches("name=\"org\"").count(), 3);
        assert!(page.contains(&format!(r#"name="org" value="{}" checked>"#, ids[0])));
        assert_eq!(
            page.matches(" checked>").count(),
            1,
            "only the first is checked"
        );
        for shown in [
            "Zylker Traders</strong><span class=\"muted\">Production · data centre EU",
            "Zylker Traders (Sandbox)</strong><span class=\"muted\">Sandbox · data centre EU",
            "Zylker Labs</strong><span class=\"muted\">Developer · data centre US",
        ] {
            assert!(page.contains(shown), "{shown}");
        }
    }
}
