//! Secrets in the operating system's keychain, through `keyring-core`, never waiting forever.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use keyring_core::{CredentialStore, Error as KeyringError};

use super::error::{KeychainCause, KeychainTrouble, StoreError, StoreLocation};
use super::secret_store::SecretStore;

/// The keychain service name every entry of this app is filed under.
pub const KEYRING_SERVICE: &str = "zoho-org-viewer";

/// How long one keychain call may take before we give up; an unlock prompt can hold a call
/// indefinitely (the GitHub CLI waits 30 s; we keep the app responsive a little sooner).
pub const DEFAULT_KEYCHAIN_TIMEOUT: Duration = Duration::from_secs(20);

type Job = Box<dyn FnOnce() + Send>;

/// One named thread that makes every keychain call of a store, one at a time.
///
/// Keychain back-ends do not promise to handle one entry from several threads, and a call
/// stuck on an unlock prompt cannot be cancelled; a single worker keeps calls ordered and
/// bounds the number of stuck threads to one, while callers wait at most `timeout`.
pub(crate) struct KeychainWorker {
    jobs: mpsc::Sender<Job>,
    timeout: Duration,
}

impl KeychainWorker {
    /// Starts the worker thread; it ends when the worker is dropped and its last call returns.
    pub(crate) fn start(timeout: Duration) -> Result<KeychainWorker, StoreError> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("keychain".to_owned())
            .spawn(move || {
                for job in queue {
                    // A panic inside a keychain back-end must not take later calls down with
                    // it; the caller sees its reply channel close and reports a failure. (The
                    // release build aborts on panic instead, with a crash report: Cargo.toml.)
                    if catch_unwind(AssertUnwindSafe(job)).is_err() {
                        tracing::error!("a keychain call panicked");
                    }
                }
            })
            .map_err(StoreError::KeychainThread)?;
        Ok(KeychainWorker { jobs, timeout })
    }

    /// Runs `call` on the worker and waits for its result for at most the timeout.
    pub(crate) fn run<T: Send + 'static>(
        &self,
        call: impl FnOnce() -> Result<T, KeyringError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (reply, answer) = mpsc::sync_channel(1);
        let abandoned = Arc::new(AtomicBool::new(false));
        let skip_if_abandoned = Arc::clone(&abandoned);
        let job: Job = Box::new(move || {
            // A call whose caller already gave up is not made late, behind the user's back.
            if skip_if_abandoned.load(Ordering::Acquire) {
                return;
            }
            let _ = reply.send(call());
        });
        if self.jobs.send(job).is_err() {
            return Err(worker_stopped());
        }
        match answer.recv_timeout(self.timeout) {
            Ok(result) => result.map_err(keychain_error),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                abandoned.store(true, Ordering::Release);
                // The error's sentence says the same, with the wait; a warning would repeat it.
                tracing::debug!(waited = ?self.timeout, "the system keychain did not answer in time");
                Err(StoreError::KeychainTimeout {
                    waited: self.timeout,
                })
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(worker_stopped()),
        }
    }
}

fn worker_stopped() -> StoreError {
    StoreError::KeychainFailed {
        detail: KeychainTrouble::Stopped,
    }
}

/// Turns a keychain error into one a person can act on; never formats the error's payload,
/// which for some variants carries the secret's bytes or entries.
pub(crate) fn keychain_error(error: KeyringError) -> StoreError {
    match error {
        KeyringError::NoStorageAccess(cause) => {
            tracing::debug!(%cause, "keychain refused access");
            StoreError::KeychainLocked
        }
        KeyringError::NoDefaultStore => StoreError::KeychainUnavailable {
            cause: KeychainCause::Unknown,
        },
        KeyringError::PlatformFailure(cause) => StoreError::KeychainFailed {
            detail: KeychainTrouble::Platform(cause.to_string()),
        },
        KeyringError::Ambiguous(_) => StoreError::KeychainFailed {
            detail: KeychainTrouble::Ambiguous,
        },
        KeyringError::TooLong(_, limit) => StoreError::KeychainFailed {
            detail: KeychainTrouble::TooLong(limit),
        },
        KeyringError::BadEncoding(_) | KeyringError::BadDataFormat(..) => {
            StoreError::KeychainFailed {
                detail: KeychainTrouble::NotText,
            }
        }
        KeyringError::NoEntry => StoreError::KeychainFailed {
            detail: KeychainTrouble::Vanished,
        },
        other => StoreError::KeychainFailed {
            detail: KeychainTrouble::Platform(other.to_string()),
        },
    }
}

/// Keeps each secret as one keychain entry (service [`KEYRING_SERVICE`], user = the name).
pub struct KeyringSecretStore {
    store: Arc<CredentialStore>,
    service: String,
    worker: KeychainWorker,
}

impl KeyringSecretStore {
    /// A store over `store` (the platform keychain, or `keyring_core::mock::Store` in tests),
    /// filing entries under `service`, giving up on any call after `timeout`.
    pub fn new(
        store: Arc<CredentialStore>,
        service: &str,
        timeout: Duration,
    ) -> Result<KeyringSecretStore, StoreError> {
        Ok(KeyringSecretStore {
            store,
            service: service.to_owned(),
            worker: KeychainWorker::start(timeout)?,
        })
    }

    /// Builds a store on an already running worker (used when the worker found the store).
    pub(crate) fn on_worker(
        store: Arc<CredentialStore>,
        service: &str,
        worker: KeychainWorker,
    ) -> KeyringSecretStore {
        KeyringSecretStore {
            store,
            service: service.to_owned(),
            worker,
        }
    }

    fn entry_call<T: Send + 'static>(
        &self,
        name: &str,
        call: impl FnOnce(keyring_core::Entry) -> Result<T, KeyringError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let store = Arc::clone(&self.store);
        let service = self.service.clone();
        let user = name.to_owned();
        self.worker
            .run(move || call(store.build(&service, &user, None)?))
    }
}

impl std::fmt::Debug for KeyringSecretStore {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("KeyringSecretStore")
            .field("vendor", &self.store.vendor())
            .field("service", &self.service)
            .field("timeout", &self.worker.timeout)
            .finish()
    }
}

impl SecretStore for KeyringSecretStore {
    fn load(&self, name: &str) -> Result<Option<String>, StoreError> {
        self.entry_call(name, |entry| match entry.get_password() {
            Ok(value) => Ok(Some(value)),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(error) => Err(error),
        })
    }

    fn save(&self, name: &str, value: &str) -> Result<(), StoreError> {
        let value = value.to_owned();
        self.entry_call(name, move |entry| entry.set_password(&value))
    }

    fn delete(&self, name: &str) -> Result<(), StoreError> {
        self.entry_call(name, |entry| match entry.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(error) => Err(error),
        })
    }

    fn location(&self) -> StoreLocation {
        StoreLocation::Keychain
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_stuck_call_times_out_and_later_calls_still_run() {
        let worker = KeychainWorker::start(Duration::from_millis(100)).unwrap();
        let started = Instant::now();
        let stuck = worker.run(|| {
            std::thread::sleep(Duration::from_millis(400));
            Ok(1)
        });
        assert!(matches!(stuck, Err(StoreError::KeychainTimeout { .. })));
        assert!(started.elapsed() < Duration::from_millis(350));

        // Queued behind the stuck call, this one times out too, and is then never made.
        let made_late = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&made_late);
        let queued = worker.run(move || {
            flag.store(true, Ordering::SeqCst);
            Ok(2)
        });
        assert!(matches!(queued, Err(StoreError::KeychainTimeout { .. })));

        std::thread::sleep(Duration::from_millis(400));
        assert_eq!(worker.run(|| Ok(3)).unwrap(), 3);
        assert!(
            !made_late.load(Ordering::SeqCst),
            "an abandoned call ran late"
        );
    }

    #[test]
    fn a_panicking_backend_is_a_failure_not_a_crash() {
        let worker = KeychainWorker::start(Duration::from_secs(5)).unwrap();
        let result: Result<(), StoreError> = worker.run(|| panic!("backend bug"));
        assert!(matches!(result, Err(StoreError::KeychainFailed { .. })));
        assert_eq!(worker.run(|| Ok("alive")).unwrap(), "alive");
    }

    #[test]
    fn errors_map_to_plain_causes_without_payloads() {
        assert!(matches!(
            keychain_error(KeyringError::NoStorageAccess("locked".into())),
            StoreError::KeychainLocked
        ));
        assert!(matches!(
            keychain_error(KeyringError::NoDefaultStore),
            StoreError::KeychainUnavailable { .. }
        ));
        let shown = keychain_error(KeyringError::BadEncoding(b"secret-bytes".to_vec())).to_string();
        assert!(!shown.contains("secret-bytes"), "{shown}");
        assert!(!shown.contains("115"), "{shown}");
    }
}
