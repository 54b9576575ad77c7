//! `zoho-org-viewer login`: sign in through the browser; the org picked on Zoho's consent page is
//! added (or renewed) and becomes the current one.

use super::error::CliError;
use super::setup::{Setup, runtime};
use super::terminal::say;
use crate::account::{AddedOrg, Connection, add_org, result_page};
use crate::i18n::{Msg, t};
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
    say(&added_line(&added));
    if let Some(error) = &added.old_token_kept {
        super::terminal::say_err(&t::cli_login_old_not_revoked(
            crate::problem::summary_naming_host(error),
        ));
    }
    Ok(())
}

/// "Added Zylker Traders (production, Zoho's Europe data centre); it is now the current
/// organization."
fn added_line(added: &AddedOrg) -> Msg {
    let (org, place) = (added.org.name(), describe(&added.org));
    if added.renewed {
        t::cli_login_renewed(org, place)
    } else {
        t::cli_login_added(org, place)
    }
}

/// "production, Zoho's Europe data centre".
fn describe(org: &SignedInOrg) -> Msg {
    let centre = org
        .data_centre
        .as_deref()
        .and_then(region::by_location)
        .map(|centre| t::cli_where_centre(t::cli_data_centre(centre.location)));
    let centre = match centre {
        Some(centre) => centre,
        None => t::cli_where_unknown(),
    };
    match org.environment.as_deref() {
        Some(environment) if !environment.is_empty() => {
            t::cli_where_both(t::cli_environment_lower(environment), centre)
        }
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
    say(&t::cli_login_opening());
    println!("  {}", super::terminal::visible(&address));
    say(&t::cli_login_waiting(plain_duration(pending.timeout())));
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
        super::terminal::say_err(&t::cli_browser_not_opened(problem));
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

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

    fn described(org: &SignedInOrg, lang: Lang) -> String {
        describe(org).text_in(lang)
    }

    #[test]
    fn the_org_is_named_with_its_environment_and_data_centre() {
        assert_eq!(
            described(&org(Some("sandbox"), Some("eu")), Lang::En),
            "sandbox, Zoho's Europe data centre"
        );
        assert_eq!(
            described(&org(None, Some("in")), Lang::En),
            "Zoho's India data centre"
        );
        assert_eq!(
            described(&org(None, None), Lang::En),
            "data centre not known"
        );
    }

    #[test]
    fn the_org_is_named_in_the_readers_language() {
        let german = described(&org(Some("sandbox"), Some("eu")), Lang::De);
        assert!(
            german.contains("Sandbox") && german.contains("Europa"),
            "{german}"
        );
        let japanese = described(&org(Some("production"), Some("jp")), Lang::Ja);
        assert!(japanese.contains("データセンター"), "{japanese}");
        assert_eq!(
            plain_duration(std::time::Duration::from_secs(180)).text_in(Lang::De),
            "3 Minuten"
        );
        assert_eq!(
            plain_duration(std::time::Duration::from_secs(1)).text_in(Lang::En),
            "1 second"
        );
    }
}
