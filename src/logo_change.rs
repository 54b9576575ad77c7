//! Changing an org's logo, the use case the window and the command line share (issue 15).
//!
//! The everyday sign-in stays read-only. A change asks Zoho, in the browser, for a one-time
//! grant with the write scope and `access_type=online` ([`start_grant`]): no refresh token, and
//! the access token lives in memory only, inside a [`WriteGrant`] that [`change_logo`] consumes.
//! Before anything is sent, `GET /org` with that token proves it belongs to the org being
//! changed (Zoho's consent page lets the person pick another); then the current logo is saved
//! in the data folder; only then is the new one sent, or the old one removed.

use chrono::Utc;

use crate::account::Connection;
use crate::logo_fit::FittedLogo;
use crate::store::{LogoBackup, LogoBackups};
use crate::zoho::logo_write::LogoWriteError;
use crate::zoho::oauth::{self, PendingSignIn, SignInOptions, WriteGrant};
use crate::zoho::{self, CrmClient};

/// What to do to the logo.
#[derive(Debug, Clone)]
pub enum LogoChange {
    /// Send this picture, already fitted to Zoho's limits.
    Set(FittedLogo),
    /// Remove the logo.
    Remove,
}

/// A change that went through.
#[derive(Debug, Clone)]
pub struct LogoChanged {
    /// The org's name as Zoho gave it with the grant.
    pub org_name: String,
    /// Where the logo it had before was saved; `None` when it had none.
    pub backup: Option<LogoBackup>,
}

/// Why the logo was not changed.
#[derive(Debug, thiserror::Error)]
pub enum LogoChangeError {
    /// The one-time grant did not come (denied, timed out, the browser never came back).
    #[error("{0}")]
    Grant(zoho::Error),
    /// Zoho's consent page was answered for another org than the one being changed.
    #[error("the grant is for {granted}, not {wanted}")]
    WrongOrg {
        /// The name of the org being changed.
        wanted: String,
        /// The name of the org Zoho's grant is for.
        granted: String,
    },
    /// The org of the grant could not be learned, so nothing was sent.
    #[error("the grant's org could not be learned: {0}")]
    Identify(zoho::Error),
    /// The current logo could not be read for its backup, so nothing was sent.
    #[error("the current logo could not be read for its backup: {0}")]
    ReadCurrent(zoho::Error),
    /// The current logo could not be saved on this computer, so nothing was sent.
    #[error("the current logo could not be backed up: {0}")]
    Backup(std::io::Error),
    /// Zoho did not take the change.
    #[error("Zoho did not take the change: {error}")]
    Write {
        /// What Zoho said.
        error: LogoWriteError,
        /// Where the logo was saved before the attempt.
        backup: Option<LogoBackup>,
    },
}

/// Opens the loopback port and prepares Zoho's consent page for a one-time write grant (the
/// sign-in code of [`oauth`], with the write scope and `access_type=online`). Open
/// [`PendingSignIn::authorize_url`] in the browser, then await
/// [`PendingSignIn::finish_write_grant`].
pub async fn start_grant(
    connection: &Connection,
    options: SignInOptions,
) -> Result<PendingSignIn, zoho::Error> {
    oauth::start_write_grant(connection.http.clone(), connection.client.clone(), options).await
}

/// Changes the logo of `org_id` (named `org_name` in messages) with `grant`, which is dropped
/// when this returns, whatever the outcome. See the module's comment for the order of steps.
pub async fn change_logo(
    crm: &CrmClient,
    backups: &LogoBackups,
    org_id: &str,
    org_name: &str,
    grant: WriteGrant,
    change: LogoChange,
) -> Result<LogoChanged, LogoChangeError> {
    let org = crm
        .get_org(&grant.api_domain, &grant.access_token)
        .await
        .map_err(LogoChangeError::Identify)?;
    let granted_id = org.id.value().cloned().unwrap_or_default();
    let granted_name = org
        .company_name
        .value()
        .cloned()
        .unwrap_or_else(|| granted_id.clone());
    if granted_id != org_id {
        return Err(LogoChangeError::WrongOrg {
            wanted: org_name.to_owned(),
            granted: granted_name,
        });
    }
    let current = crm
        .get_org_photo(&grant.api_domain, &grant.access_token)
        .await
        .map_err(LogoChangeError::ReadCurrent)?;
    let backup = match current {
        Some(photo) => {
            let backups = backups.clone();
            let org_id = org_id.to_owned();
            let saved = tokio::task::spawn_blocking(move || {
                backups.save(&org_id, &photo.bytes, Utc::now())
            })
            .await
            .map_err(|join| LogoChangeError::Backup(std::io::Error::other(join.to_string())))?
            .map_err(LogoChangeError::Backup)?;
            Some(saved)
        }
        None => None,
    };
    let written = match change {
        LogoChange::Set(fitted) => {
            crm.upload_org_photo(
                &grant.api_domain,
                &grant.access_token,
                fitted.bytes,
                fitted.sent.format,
            )
            .await
        }
        LogoChange::Remove => {
            crm.delete_org_photo(&grant.api_domain, &grant.access_token)
                .await
        }
    };
    drop(grant);
    match written {
        Ok(()) => Ok(LogoChanged {
            org_name: granted_name,
            backup,
        }),
        Err(error) => Err(LogoChangeError::Write { error, backup }),
    }
}
