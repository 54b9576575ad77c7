//! `zoho-org-viewer login`: sign in through the browser; the org picked on Zoho's consent page is
//! added (or renewed) and becomes the current one.

use super::error::CliError;
use super::setup::{Setup, runtime};
use crate::account::{AddedOrg, Connection, add_org, result_page};
use crate::problem::plain_duration;
use crate::store::SignedInOrg;
use crate::zoho::oauth::{self, SignInOptions};
use crate::zoho::region;

/// Opens Zoho's sign-in page in the browser, waits for it to come back, and saves the sign-in
/// under the org Zoho's consent page picked.
pub(crate) fn login() -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let connection = setup.connection()?;
    let mut options = SignInOptions::new(setup.accounts_url.clone());
    options.redirect_ports.clone_from(&setup.redirect_ports);
    // Every sign-in adds or renews an org, and Zoho issues a refresh token only on a consented
    // grant; the one this replaces is revoked, so none is wasted.
    options.force_consent = true;

    let runtime = runtime()?;
    let outcome = runtime.block_on(sign_in(&setup, &connection, options));
    // A text-mode browser may still be running in the foreground; do not wait for it.
    runtime.shutdown_background();

    let added = outcome?;
    if let Some(notice) = setup.sign_ins.credentials().location_notice() {
        let notice = crate::problem::location_notice(&notice).text();
        println!("{}", super::terminal::visible(&notice));
    }
    println!("{}", super::terminal::visible(&added_line(&added)));
    if let Some(error) = &added.old_token_kept {
        eprintln!(
            "The sign-in this one replaced could not be revoked at Zoho ({error}); you can remove it under Sessions, Connected apps in your Zoho account.",
            error = crate::problem::summary_naming_host(error)
        );
    }
    Ok(())
}

/// "Added Zylker Traders (production, Zoho's Europe data centre); it is now the current
/// organization."
fn added_line(added: &AddedOrg) -> String {
    let verb = if added.renewed {
        "Renewed the sign-in of"
    } else {
        "Signed in to Zoho and added"
    };
    format!(
        "{verb} {} ({}); it is now the current organization.",
        added.org.name(),
        describe(&added.org)
    )
}

/// "production, Zoho's Europe data centre".
fn describe(org: &SignedInOrg) -> String {
    let centre = org
        .data_centre
        .as_deref()
        .and_then(region::by_location)
        .map_or_else(
            || "data centre not known".to_owned(),
            |centre| format!("Zoho's {} data centre", centre.name),
        );
    match org.environment.as_deref() {
        Some(environment) if !environment.is_empty() => format!("{environment}, {centre}"),
        _ => centre,
    }
}

/// The browser part: prints the address, opens it, waits for Zoho to send the browser back.
/// Then saves the sign-in under its org before the browser's last page, which names the org.
async fn sign_in(
    setup: &Setup,
    connection: &Connection,
    options: SignInOptions,
) -> Result<AddedOrg, CliError> {
    let pending =
        oauth::start_sign_in(connection.http.clone(), connection.client.clone(), options).await?;
    let address = pending.authorize_url().to_string();
    println!(
        "Opening Zoho's sign-in page in your browser. If it does not open, go to this address:"
    );
    println!("  {}", super::terminal::visible(&address));
    println!(
        "Waiting up to {} for you to finish in the browser (Ctrl-C cancels). On Zoho's page, pick the organization to add.",
        plain_duration(pending.timeout())
    );
    open_browser(address);
    let added = pending
        .finish_then(|tokens| async move {
            let outcome = add_org(&setup.sign_ins, connection, tokens).await;
            let page = result_page(&outcome);
            (outcome, page)
        })
        .await??;
    Ok(added)
}

/// Opens `address` in the browser without waiting for it; says on stderr if none opens. Call it
/// inside the command's runtime.
pub(crate) fn open_browser(address: String) {
    // Off the runtime's thread: a text-mode browser runs in the foreground until it quits,
    // and the callback must be served meanwhile.
    let opening = tokio::task::spawn_blocking(move || webbrowser::open(&address));
    tokio::spawn(async move {
        let problem = match opening.await {
            Ok(Ok(())) => return,
            Ok(Err(error)) => error.to_string(),
            Err(error) => error.to_string(),
        };
        eprintln!(
            "Could not open a browser ({problem}). Open the address above in your browser to continue."
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(environment: Option<&str>, centre: Option<&str>) -> SignedInOrg {
        SignedInOrg {
            id: "1".to_owned(),
            zgid: None,
            company_name: "Zylker Traders".to_owned(),
            environment: environment.map(str::to_owned),
            data_centre: centre.map(str::to_owned),
            domain_name: None,
        }
    }

    #[test]
    fn the_org_is_named_with_its_environment_and_data_centre() {
        assert_eq!(
            describe(&org(Some("sandbox"), Some("eu"))),
            "sandbox, Zoho's Europe data centre"
        );
        assert_eq!(describe(&org(None, Some("in"))), "Zoho's India data centre");
        assert_eq!(describe(&org(None, None)), "data centre not known");
    }
}
