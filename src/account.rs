//! The sign-in use cases the window and the command line share: turning what the browser brought
//! back into a saved org, opening an org's session over its saved tokens, and signing out of one.
//!
//! Zoho binds each sign-in to the one org picked on its consent page, so the org is learned right
//! after the exchange (`GET /org`), and a sign-in to an org already known renews it and revokes
//! the refresh token it replaces: Zoho keeps at most 20 per person and client and silently
//! deletes the oldest, which may be another org's.

use std::sync::Arc;

use url::Url;

use crate::i18n::t;
use crate::store::{KeychainTrouble, SignIns, SignedInOrg, StoreError};
use crate::zoho::oauth::{self, ClientCredentials, ResultPage, Tokens};
use crate::zoho::session::{SessionOptions, check_saved_tokens};
use crate::zoho::{self, CrmClient, Org, Session};

/// How to reach Zoho for one org's session.
#[derive(Clone, Debug)]
pub struct Connection {
    /// The shared HTTP client (keep-alive reused across orgs).
    pub http: reqwest::Client,
    /// The CRM client (time limits).
    pub crm: CrmClient,
    /// The OAuth client.
    pub client: ClientCredentials,
    /// Where sign-in starts: decides whether loopback hosts are acceptable (the simulator).
    pub start_url: Url,
    /// How sessions wait on Zoho's rate limit.
    pub options: SessionOptions,
}

impl Connection {
    /// A session for `org_id` over `tokens`, saving refreshed tokens in `sign_ins`.
    pub fn session(&self, sign_ins: &SignIns, org_id: &str, tokens: Tokens) -> Session {
        self.bare_session(tokens).with_vault(sign_ins.vault(org_id))
    }

    /// A session that keeps its tokens to itself (a sign-in not saved yet).
    fn bare_session(&self, tokens: Tokens) -> Session {
        Session::new(
            self.http.clone(),
            self.client.clone(),
            tokens,
            self.start_url.clone(),
        )
        .with_crm(self.crm.clone())
        .with_options(self.options)
    }
}

/// Why an org's session cannot be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The org is not signed in (any more).
    #[error("org not signed in")]
    NotSignedIn,
    /// The saved sign-in cannot be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The saved sign-in points somewhere that is not Zoho (a tampered file).
    #[error(transparent)]
    Zoho(#[from] zoho::Error),
}

/// Opens `org_id`'s session over its saved tokens, checked against the allow-lists again (a
/// tampered file must not send a token anywhere but Zoho). Blocks on the credential store.
pub fn open_session(
    sign_ins: &SignIns,
    connection: &Connection,
    org_id: &str,
) -> Result<Arc<Session>, OpenError> {
    let tokens = sign_ins.tokens(org_id)?.ok_or(OpenError::NotSignedIn)?;
    check_saved_tokens(&tokens, &connection.start_url)?;
    Ok(Arc::new(connection.session(sign_ins, org_id, tokens)))
}

/// An org the sign-in added or renewed.
#[derive(Debug)]
pub struct AddedOrg {
    /// What the list now says of it.
    pub org: SignedInOrg,
    /// The org as Zoho sent it right after the sign-in.
    pub data: Box<Org>,
    /// Whether it was signed in already (renewed, not added).
    pub renewed: bool,
    /// The refresh token this sign-in replaced could not be revoked at Zoho.
    pub old_token_kept: Option<zoho::Error>,
}

/// Why a sign-in that Zoho accepted did not stick. Its refresh token was revoked, so nothing
/// live is left behind.
#[derive(Debug, thiserror::Error)]
pub enum AddOrgError {
    /// Zoho did not say which organization the sign-in is for.
    #[error("{0}")]
    Identify(zoho::Error),
    /// Zoho answered without the organization's ID.
    #[error("Zoho named no org for the sign-in")]
    NoOrgId,
    /// The sign-in could not be saved on this computer.
    #[error("sign-in not saved: {0}")]
    NotSaved(StoreError),
}

/// Learns which org `tokens` belong to, saves the sign-in under it (renewing one already
/// there), makes it current and revokes the refresh token it replaced. A sign-in that cannot be
/// identified or saved is revoked at Zoho before the error is returned.
pub async fn add_org(
    sign_ins: &SignIns,
    connection: &Connection,
    tokens: Tokens,
) -> Result<AddedOrg, AddOrgError> {
    let session = connection.bare_session(tokens);
    let data = match session.get_org().await {
        Ok(org) => org,
        Err(error) => {
            undo(connection, &session.tokens().await).await;
            return Err(AddOrgError::Identify(error));
        }
    };
    let tokens = session.tokens().await;
    let Some(org) = SignedInOrg::from_org(&data, tokens.location.clone()) else {
        undo(connection, &tokens).await;
        return Err(AddOrgError::NoOrgId);
    };
    let saving = sign_ins.clone();
    let (saving_org, saving_tokens) = (org.clone(), tokens.clone());
    let saved = tokio::task::spawn_blocking(move || saving.add(saving_org, &saving_tokens)).await;
    let added = match saved {
        Ok(Ok(added)) => added,
        Ok(Err(error)) => {
            undo(connection, &tokens).await;
            return Err(AddOrgError::NotSaved(error));
        }
        Err(join) => {
            undo(connection, &tokens).await;
            return Err(AddOrgError::NotSaved(StoreError::KeychainFailed {
                detail: KeychainTrouble::Platform(join.to_string()),
            }));
        }
    };
    let mut old_token_kept = None;
    if let Some(replaced) = &added.replaced
        && let Err(error) = revoke_checked(connection, replaced).await
        && !already_revoked(&error)
    {
        tracing::warn!("the replaced sign-in could not be revoked: {error}");
        old_token_kept = Some(error);
    }
    Ok(AddedOrg {
        org,
        data: Box::new(data),
        renewed: added.renewed,
        old_token_kept,
    })
}

/// The browser's last page for what [`add_org`] gave: the org added or renewed, or why the
/// sign-in did not stick.
pub fn result_page(outcome: &Result<AddedOrg, AddOrgError>) -> ResultPage {
    match outcome {
        Ok(added) => ResultPage::added(added.org.name(), added.renewed),
        Err(AddOrgError::Identify(error)) => ResultPage::failed(error),
        Err(error) => ResultPage::not_kept(
            &crate::problem::add_org_sentence(error).text(),
            &t::err_fix_go_back_sign_in().text(),
        ),
    }
}

/// Revokes a sign-in that is not kept, so no live refresh token is left behind.
async fn undo(connection: &Connection, tokens: &Tokens) {
    if let Err(error) = revoke_checked(connection, tokens).await {
        tracing::warn!("a sign-in that was not kept could not be revoked: {error}");
    }
}

/// Revokes `tokens`' refresh token at its own accounts server, after checking that server
/// against the allow-list.
async fn revoke_checked(connection: &Connection, tokens: &Tokens) -> Result<(), zoho::Error> {
    check_saved_tokens(tokens, &connection.start_url)?;
    oauth::revoke(&connection.http, tokens).await
}

/// How signing out of one org went. The org is forgotten on this computer whatever Zoho said.
#[derive(Debug)]
pub struct SignedOut {
    /// The org, as the list had it.
    pub org: Option<SignedInOrg>,
    /// What Zoho said to the revocation (`Ok` also when it no longer knew the token).
    pub revoked: Result<(), zoho::Error>,
    /// Whether forgetting it here worked.
    pub forgotten: Result<(), StoreError>,
}

/// Revokes the org's refresh token at its own accounts server (touching no other org), then
/// forgets it here. Blocks nothing but its own task; the store calls run on the blocking pool.
pub async fn sign_out(
    sign_ins: &SignIns,
    http: &reqwest::Client,
    start_url: &Url,
    org_id: &str,
) -> SignedOut {
    let reading = sign_ins.clone();
    let id = org_id.to_owned();
    let saved = tokio::task::spawn_blocking(move || {
        let org = reading
            .index()
            .ok()
            .and_then(|index| index.get(&id).cloned());
        (org, reading.tokens(&id))
    })
    .await;
    let (org, tokens) = match saved {
        Ok((org, Ok(tokens))) => (org, tokens),
        Ok((org, Err(error))) => {
            tracing::warn!("the saved sign-in cannot be read: {error}");
            (org, None)
        }
        Err(error) => {
            tracing::warn!("the saved sign-in cannot be read: {error}");
            (None, None)
        }
    };
    let revoked = match &tokens {
        Some(tokens) => match check_saved_tokens(tokens, start_url) {
            Ok(()) => match oauth::revoke(http, tokens).await {
                Err(error) if already_revoked(&error) => Ok(()),
                outcome => outcome,
            },
            Err(error) => Err(error),
        },
        None => Ok(()),
    };
    let forgetting = sign_ins.clone();
    let id = org_id.to_owned();
    let forgotten = tokio::task::spawn_blocking(move || forgetting.remove(&id))
        .await
        .unwrap_or_else(|join| {
            Err(StoreError::KeychainFailed {
                detail: KeychainTrouble::Platform(join.to_string()),
            })
        });
    SignedOut {
        org,
        revoked,
        forgotten,
    }
}

/// Zoho answers a revocation of a token it does not know (already revoked, or removed under
/// Connected apps) with HTTP 400: the outcome the person wanted.
pub fn already_revoked(error: &zoho::Error) -> bool {
    use crate::zoho::error::{TokenErrorCode, TokenRequest};
    match error {
        zoho::Error::Token {
            request: TokenRequest::Revoke,
            code,
            ..
        } => match code {
            TokenErrorCode::InvalidCode => true,
            TokenErrorCode::Other(code) => code == "invalid_token",
            _ => false,
        },
        _ => false,
    }
}
