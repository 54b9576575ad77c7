//! The pages the simulated accounts server shows in the user's browser.

use super::DataCentre;

const CONSENT_TEMPLATE: &str = include_str!("../../assets/sim/consent.html");
const ERROR_TEMPLATE: &str = include_str!("../../assets/sim/error.html");

/// The name the consent page gives the app asking for access.
const APP_NAME: &str = "Org Viewer for Zoho CRM";

/// What the consent page says about one sign-in.
pub(crate) struct ConsentPage<'a> {
    pub company: &'a str,
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
            .map(|item| format!("    <li>{}</li>", escape_html(item)))
            .collect::<Vec<_>>()
            .join("\n");
        let initial = self
            .company
            .chars()
            .next()
            .unwrap_or('?')
            .to_uppercase()
            .to_string();
        fill(
            CONSENT_TEMPLATE,
            &[
                ("app_name", &escape_html(APP_NAME)),
                ("user", &escape_html(self.user)),
                (
                    "data_centre",
                    &escape_html(&self.data_centre.code().to_uppercase()),
                ),
                ("initial", &escape_html(&initial)),
                ("company", &escape_html(self.company)),
                ("access_items", &access_items),
                ("ticket", &escape_html(self.ticket)),
            ],
        )
    }
}

/// An error page: a short title and one sentence on what to do.
pub(crate) fn error_page(title: &str, message: &str) -> String {
    fill(
        ERROR_TEMPLATE,
        &[
            ("title", &escape_html(title)),
            ("message", &escape_html(message)),
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

/// Escapes text for an HTML element or a double-quoted attribute.
fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            // So a value can never spell another template placeholder.
            '{' => escaped.push_str("&#123;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_page_escapes_what_it_shows() {
        let scopes = vec!["ZohoCRM.org.READ".to_owned(), "<script>".to_owned()];
        let page = ConsentPage {
            company: "Zylker & <Sons>",
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
        assert!(page.contains("See your organization&#39;s details and logo"));
        assert!(page.contains("Stay signed in"));
        assert!(!page.contains("{{"), "every placeholder is filled");
    }
}
