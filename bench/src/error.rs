//! What can stop the harness itself (as opposed to a number missing its target).

use std::path::PathBuf;

/// A failure of the benchmark harness.
#[derive(Debug, thiserror::Error)]
pub enum HarnessError {
    /// A file or process operation failed.
    #[error("{what} failed: {source}")]
    Io {
        /// What the harness was doing.
        what: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The simulated Zoho did not start.
    #[error("the simulated Zoho did not start: {0}")]
    Sim(#[from] zoho_org_viewer::sim::SimError),
    /// A call to the simulated Zoho failed.
    #[error("a call to the simulated Zoho failed: {0}")]
    Zoho(#[from] zoho_org_viewer::zoho::Error),
    /// The credential store or cache could not be prepared.
    #[error("the app's saved data could not be prepared: {0}")]
    Store(#[from] zoho_org_viewer::store::StoreError),
    /// A test image could not be made or read.
    #[error("a test image could not be made: {0}")]
    Image(#[from] image::ImageError),
    /// The app (or the reference window) did not get where the measurement needs it in time.
    #[error("{0}")]
    Timeout(String),
    /// A program the harness needs is missing or misbehaved.
    #[error("{0}")]
    Setup(String),
    /// A binary to measure does not exist.
    #[error("{} does not exist: build it first (scripts/bench does)", .0.display())]
    MissingBinary(PathBuf),
}

impl HarnessError {
    /// An I/O failure while doing `what`.
    pub fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> HarnessError {
        let what = what.into();
        move |source| HarnessError::Io { what, source }
    }
}

/// The harness's result type.
pub type Result<T> = std::result::Result<T, HarnessError>;
