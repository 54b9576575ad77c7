//! `zoho-org-viewer login`: sign in through the browser and remember the sign-in.

use super::error::CliError;
use super::setup::{Setup, runtime};
use crate::zoho::error::{SignInProblem, plain_duration};
use crate::zoho::oauth::{self, ClientCredentials, SignInOptions, Tokens};
use crate::zoho::{self, region};

/// Opens Zoho's sign-in page in the browser, waits for it to come back, and saves the sign-in.
pub(crate) fn login() -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let client = setup.client()?;
    let already_signed_in = match setup.store.load_session() {
        Ok(saved) => saved.is_some(),
        Err(error) => {
            // Unreadable is as good as absent. A sign-in that works replaces it and the store
            // says so then; one that fails has its own sentence, which must stay the only one.
            tracing::debug!("the saved sign-in cannot be used: {error}");
            false
        }
    };
    let mut options = SignInOptions::new(setup.accounts_url.clone());
    options.redirect_ports.clone_from(&setup.redirect_ports);
    // Zoho issues a refresh token only on a consented grant, and at most 20 live per user: ask
    // for consent only when the app has none, instead of burning one on every sign-in.
    options.force_consent = !already_signed_in;

    let runtime = runtime()?;
    let outcome = runtime.block_on(sign_in(client, options));
    // A text-mode browser may still be running in the foreground; do not wait for it.
    runtime.shutdown_background();

    match outcome {
        Ok(tokens) => {
            setup.store.save_session(&tokens)?;
            if let Some(notice) = setup.store.location_notice() {
                println!("{}", super::terminal::visible(&notice));
            }
            if let Err(error) = setup.org_cache().clear() {
                // Only the window's quick start uses it; it may show the previous account once.
                tracing::warn!("could not clear the saved organization: {error}");
            }
            println!(
                "Signed in to Zoho; {}.",
                super::terminal::visible(&data_centre_phrase(&tokens))
            );
            Ok(())
        }
        Err(zoho::Error::SignIn(SignInProblem::NoRefreshToken)) if already_signed_in => {
            println!(
                "Zoho confirmed your sign-in without issuing a new lasting one, because this app already holds one; the sign-in saved earlier is kept. To sign in afresh (as another user, or for another organization), run `zoho-org-viewer logout` and then `zoho-org-viewer login`."
            );
            Ok(())
        }
        Err(error) => Err(error.into()),
    }
}

/// The browser part: prints the address, opens it, waits for Zoho to send the browser back.
async fn sign_in(client: ClientCredentials, options: SignInOptions) -> Result<Tokens, zoho::Error> {
    let http = zoho::http::client()?;
    let pending = oauth::start_sign_in(http, client, options).await?;
    let address = pending.authorize_url().to_string();
    println!(
        "Opening Zoho's sign-in page in your browser. If it does not open, go to this address:"
    );
    println!("  {}", super::terminal::visible(&address));
    println!(
        "Waiting up to {} for you to finish in the browser (Ctrl-C cancels).",
        plain_duration(pending.timeout())
    );
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
    pending.finish().await
}

/// "your account is in Zoho's Europe data centre", for the success message.
fn data_centre_phrase(tokens: &Tokens) -> String {
    let centre = tokens
        .location
        .as_deref()
        .and_then(region::by_location)
        .or_else(|| region::by_accounts_server(&tokens.accounts_server));
    match centre {
        Some(centre) => format!("your account is in Zoho's {} data centre", centre.name),
        None => format!(
            "your account is served by {}",
            tokens.accounts_server.host_str().unwrap_or("Zoho")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oauth2::RefreshToken;
    use url::Url;

    fn tokens(accounts_server: &str, location: Option<&str>) -> Tokens {
        Tokens {
            refresh_token: RefreshToken::new("r".to_owned()),
            accounts_server: Url::parse(accounts_server).unwrap(),
            api_domain: Url::parse("https://www.zohoapis.eu").unwrap(),
            location: location.map(str::to_owned),
            access_token: None,
        }
    }

    #[test]
    fn the_data_centre_is_named_from_the_location_or_the_server() {
        assert_eq!(
            data_centre_phrase(&tokens("https://accounts.zoho.eu", Some("eu"))),
            "your account is in Zoho's Europe data centre"
        );
        assert_eq!(
            data_centre_phrase(&tokens("https://accounts.zoho.in", None)),
            "your account is in Zoho's India data centre"
        );
        assert_eq!(
            data_centre_phrase(&tokens("http://127.0.0.1:4000", None)),
            "your account is served by 127.0.0.1"
        );
    }
}
