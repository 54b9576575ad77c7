//! What can stop the simulated Zoho from starting.

/// Why the simulated Zoho could not start or keep running.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// No loopback port could be opened for one of the four servers.
    #[error(
        "Could not open a local port for the simulated Zoho ({0}). Check that nothing blocks \
         connections to 127.0.0.1, then try again."
    )]
    Bind(#[source] std::io::Error),
    /// The background thread or its async runtime could not be created.
    #[error(
        "Could not start the simulated Zoho's background worker ({0}). The computer may be low \
         on memory or threads; close some programs and try again."
    )]
    Runtime(#[source] std::io::Error),
    /// The orgs it was given cannot be played: none at all, or two with one ID.
    #[error(
        "The simulated Zoho cannot start: {0}. Give it at least one org, each with its own ID."
    )]
    Orgs(String),
    /// Ctrl-C could not be watched for, so the foreground sim would have no way to stop.
    #[error(
        "Could not watch for Ctrl-C ({0}), so the simulated Zoho would not know when to stop. \
         Run it again from an ordinary terminal."
    )]
    CtrlC(#[source] std::io::Error),
}
