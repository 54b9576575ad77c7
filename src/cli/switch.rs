//! `zoho-org-viewer switch ORG`: make ORG the current org.

use super::error::CliError;
use super::setup::Setup;
use crate::i18n::t;

/// Makes the org `query` names current, for the window and for the commands without `--org`.
pub(crate) fn switch(query: &str) -> Result<(), CliError> {
    let setup = Setup::from_environment()?;
    let org = setup.choose(Some(query))?;
    if !setup.sign_ins.set_current(&org.id)? {
        return Err(CliError::NotSignedIn);
    }
    super::terminal::say(&t::cli_now_current(org.name()));
    Ok(())
}
