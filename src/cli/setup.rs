//! What every command needs before it talks to Zoho: the settings, the credential store, the
//! OAuth client and the signed-in orgs.

use url::Url;

use super::config;
use super::error::CliError;
use super::signed_in::MAX_RATE_LIMIT_WAIT;
use crate::account::Connection;
use crate::store::{
    AppPaths, ClientCredentials, ClientSource, LegacySignIn, SignIns, SignedInOrg, StoreChoice,
    open_credential_store, resolve_client,
};
use crate::zoho::session::SessionOptions;
use crate::zoho::{self, CrmClient};

/// Reads one setting from the environment.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The settings and stores for one command.
pub(crate) struct Setup {
    /// The signed-in orgs and where their sign-ins are kept.
    pub sign_ins: SignIns,
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
            sign_ins: SignIns::new(store, &paths),
            accounts_url,
            redirect_ports,
        })
    }

    /// The OAuth client: from the environment, else saved, else built in.
    pub fn client(&self) -> Result<ClientCredentials, CliError> {
        // The environment wins over a saved client, so then the store is not read for it: one
        // read of the credential store less for every command (a keychain call, or a parse of
        // the credential file, which grows with every org signed in).
        if let Some((client, ClientSource::Environment)) = resolve_client(env, None) {
            let source = ClientSource::Environment.describe();
            tracing::debug!("using the OAuth client {source}");
            return Ok(client);
        }
        // A damaged saved client is as good as none: the built-in one is used, if there is one.
        let (saved, damaged) = match self.sign_ins.credentials().load_client() {
            Ok(saved) => (saved, None),
            Err(error) => (None, Some(error)),
        };
        let resolved = resolve_client(env, saved);
        if let Some(error) = damaged {
            tracing::warn!("the saved OAuth client cannot be used: {error}");
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

    /// How this command reaches Zoho.
    pub fn connection(&self) -> Result<Connection, CliError> {
        let http = zoho::http::client()?;
        // Sign-in over https means Zoho over https: the trust store is read beside the first
        // connection instead of in its way.
        zoho::http::prepare_tls_for(&self.accounts_url);
        Ok(Connection {
            crm: CrmClient::new(http.clone()),
            http,
            client: self.client()?,
            start_url: self.accounts_url.clone(),
            options: SessionOptions {
                max_rate_limit_wait: MAX_RATE_LIMIT_WAIT,
            },
        })
    }

    /// The signed-in orgs, after moving a sign-in an earlier version saved under its org. An
    /// unreadable credential store is the error, since no org could be used anyway.
    pub fn orgs(&self) -> Result<crate::store::OrgIndex, CliError> {
        let index = self.sign_ins.index()?;
        if !index.is_empty() {
            // An earlier version's sign-in is only looked for while nothing is listed.
            return Ok(index);
        }
        self.move_legacy()?;
        Ok(self.sign_ins.index()?)
    }

    /// The org `query` names, or the current one without a query.
    pub fn choose(&self, query: Option<&str>) -> Result<SignedInOrg, CliError> {
        let index = self.orgs()?;
        match query {
            Some(query) => Ok(index.choose(query)?.clone()),
            None => index.current().cloned().ok_or(CliError::NotSignedIn),
        }
    }

    /// Moves an earlier version's single sign-in under its org; when no saved data names the
    /// org, Zoho is asked. Failing that, the old sign-in stays for the next command to try.
    fn move_legacy(&self) -> Result<(), CliError> {
        let tokens = match self.sign_ins.move_legacy()? {
            LegacySignIn::None | LegacySignIn::Moved(_) => return Ok(()),
            LegacySignIn::NeedsOrg(tokens) => tokens,
        };
        let moved = self.connection().and_then(|connection| {
            let session = zoho::Session::new(
                connection.http.clone(),
                connection.client.clone(),
                tokens,
                connection.start_url.clone(),
            )
            .with_crm(connection.crm.clone());
            let (org, tokens) = runtime()?.block_on(async {
                let org = session.get_org().await;
                (org, session.tokens().await)
            });
            Ok(self.sign_ins.finish_legacy(&org?, &tokens)?)
        });
        if let Err(error) = moved {
            tracing::warn!("the earlier sign-in could not be moved yet: {error}");
        }
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
