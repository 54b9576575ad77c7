//! The real platform keychain, opt-in because it needs one that is unlocked. On Linux:
//!
//! ```sh
//! XDG_DATA_HOME=$(mktemp -d) dbus-run-session -- sh -c \
//!     'echo -n pass | gnome-keyring-daemon --unlock --components=secrets \
//!      && cargo test --test store_real_keychain -- --ignored'
//! ```
//!
//! (`apt-get install dbus gnome-keyring`; the temporary XDG_DATA_HOME keeps the test keyring
//! out of your own.) Entries go under a service name of their own and are deleted again.

// Helpers outside #[test] functions are test code too; clippy.toml only covers the latter.
use std::time::Duration;

use oauth2::RefreshToken;
use zoho_org_viewer::store::{AppPaths, StoreChoice, StoreOptions, open_credential_store_with};
use zoho_org_viewer::zoho::oauth::Tokens;

#[test]
#[ignore = "needs an unlocked system keychain"]
fn session_round_trips_through_the_real_keychain() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let options = StoreOptions {
        keyring_service: format!("zoho-org-viewer-test-{}", std::process::id()),
        keychain_timeout: Duration::from_secs(10),
        ..StoreOptions::default()
    };
    let store = open_credential_store_with(Some(StoreChoice::Keyring), &paths, &options);
    assert_eq!(
        store.location(),
        zoho_org_viewer::store::StoreLocation::Keychain
    );

    let session = Tokens {
        refresh_token: RefreshToken::new("1000.real.keychain".to_owned()),
        accounts_server: url::Url::parse("https://accounts.zoho.com").unwrap(),
        api_domain: url::Url::parse("https://www.zohoapis.com").unwrap(),
        location: Some("us".to_owned()),
        access_token: None,
    };
    store.save_session(&session).unwrap();
    let read = store.load_session().unwrap().unwrap();
    assert_eq!(read.refresh_token.secret(), "1000.real.keychain");
    store.forget_session().unwrap();
    assert!(store.load_session().unwrap().is_none());
    assert!(!paths.credentials_file().exists());
}
