//! What every command needs before it talks to Zoho: the settings, the credential store, the
//! OAuth client and the saved sign-in.

use url::Url;

use super::config;
use super::error::CliError;
use crate::store::{
    AppPaths, ClientCredentials, ClientSource, CredentialStore, OrgCache, StoreChoice,
    open_credential_store, resolve_client,
};
use crate::zoho::oauth::Tokens;
use crate::zoho::session::check_saved_tokens;

/// Reads one setting from the environment.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The settings and stores for one command.
pub(crate) struct Setup {
    /// The app's folders.
    pub paths: AppPaths,
    /// Where the sign-in is kept.
    pub store: CredentialStore,
    /// Where sign-in starts (`ZOHO_ACCOUNTS_URL`).
    pub accounts_url: Url,
    /// The loopback ports for the sign-in (`ZOHO_ORG_VIEWER_REDIRECT_PORT`).
    pub redirect_ports: Vec<u16>,
}

impl Setup {
    /// Reads and checks the settings, then opens the credential store (which may wait for the
    /// keychain). Bad settings fail here, before anything is sent anywhere.
    pub fn from_environment() -> Result<Setup, CliError> {
        let accounts_url = config::accounts_url(env(config::ACCOUNTS_URL_VARIABLE).as_deref())?;
        let redirect_ports =
            config::redirect_ports(env(config::REDIRECT_PORT_VARIABLE).as_deref())?;
        let choice = StoreChoice::from_env(env)?;
        let paths = AppPaths::platform()?;
        let store = open_credential_store(choice, &paths);
        Ok(Setup {
            paths,
            store,
            accounts_url,
            redirect_ports,
        })
    }

    /// The OAuth client: from the environment, else saved, else built in.
    pub fn client(&self) -> Result<ClientCredentials, CliError> {
        // A damaged saved client is as good as none; the environment may still have one.
        let (saved, damaged) = match self.store.load_client() {
            Ok(saved) => (saved, None),
            Err(error) => (None, Some(error)),
        };
        let resolved = resolve_client(env, saved);
        if let Some(error) = damaged {
            // The environment wins over a saved client anyway, so then the damage changes
            // nothing here, and the command's own sentence says so when it needs the file.
            if matches!(resolved, Some((_, ClientSource::Environment))) {
                tracing::debug!("the saved OAuth client cannot be used: {error}");
            } else {
                tracing::warn!("the saved OAuth client cannot be used: {error}");
            }
        }
        match resolved {
            Some((client, source)) => {
                tracing::debug!("using the OAuth client {}", source.describe());
                Ok(client)
            }
            None => Err(CliError::NoClient {
                redirect_uris: config::redirect_uris_for_display(&self.redirect_ports),
            }),
        }
    }

    /// The saved sign-in, checked against the allow-lists again (a tampered file must not send
    /// a token anywhere but Zoho).
    pub fn saved_session(&self) -> Result<Tokens, CliError> {
        let tokens = self.store.load_session()?.ok_or(CliError::NotSignedIn)?;
        check_saved_tokens(&tokens, &self.accounts_url)?;
        Ok(tokens)
    }

    /// The last organization the app showed, kept for the window's next start.
    pub fn org_cache(&self) -> OrgCache {
        OrgCache::new(&self.paths.cache_dir)
    }

    /// Forgets the sign-in and the organization shown with it. A saved organization that cannot
    /// be removed is reported on stderr but does not stop the sign-out.
    pub fn forget_sign_in(&self) -> Result<(), CliError> {
        if let Err(error) = self.org_cache().clear() {
            // The sign-in matters more; the cache holds no secret.
            eprintln!(
                "Could not remove the saved copy of your organization from {}: {error}.",
                self.paths.cache_dir.display()
            );
        }
        self.store.forget_session()?;
        Ok(())
    }
}

/// A single-threaded runtime for one command; its blocking helper threads are named.
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .thread_name("zoho-cli-blocking")
        .build()
        .map_err(CliError::Runtime)
}
