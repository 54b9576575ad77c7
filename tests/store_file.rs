//! The file credential store and atomic writes, against real files in a temporary folder.

// Helpers outside #[test] functions are test code too; clippy.toml only covers the latter.
#![expect(
    clippy::unwrap_used,
    reason = "helpers outside #[test] functions: a failure there is a test failure"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use oauth2::{AccessToken, RefreshToken};
use zoho_org_viewer::store::{
    AppPaths, ClientCredentials, CredentialStore, STORE_CHOICE_VARIABLE, StoreChoice, StoreError,
    open_credential_store, write_atomically,
};
use zoho_org_viewer::zoho::oauth::{CachedAccessToken, Tokens};

fn session() -> Tokens {
    Tokens {
        refresh_token: RefreshToken::new("1000.0123456789abcdef.fedcba9876543210".to_owned()),
        accounts_server: url::Url::parse("https://accounts.zoho.eu").unwrap(),
        api_domain: url::Url::parse("https://www.zohoapis.eu").unwrap(),
        location: Some("eu".to_owned()),
        access_token: Some(CachedAccessToken {
            token: AccessToken::new("1000.access.token".to_owned()),
            expires_at: UNIX_EPOCH + Duration::from_secs(1_900_000_000),
        }),
    }
}

fn client() -> ClientCredentials {
    ClientCredentials::from_form(
        "1000.0SRSZSY37WMZ69405H3K3TMYI2239V",
        "39c689de68c712fa5f1f06c3b1319ab98f59fa921b",
    )
    .unwrap()
}

fn file_store(root: &Path) -> (CredentialStore, PathBuf) {
    let paths = AppPaths::under(root);
    (
        open_credential_store(Some(StoreChoice::File), &paths),
        paths.credentials_file(),
    )
}

/// Names in `folder` other than `keep`: leftovers of a failed write.
fn strays(folder: &Path, keep: &[&str]) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !keep.contains(&name.as_str()))
        .collect()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn environment_choice_file_forces_the_file_and_round_trips() {
    let root = tempfile::tempdir().unwrap();
    let paths = AppPaths::under(root.path());
    let choice =
        StoreChoice::from_env(|name| (name == STORE_CHOICE_VARIABLE).then(|| "file".to_owned()))
            .unwrap();
    let store = open_credential_store(choice, &paths);
    assert_eq!(
        zoho_org_viewer::problem::location_words(&store.location()).text(),
        format!("the file {}", paths.credentials_file().display())
    );

    assert!(store.load_session().unwrap().is_none());
    store.save_session(&session()).unwrap();
    store.save_client(&client()).unwrap();
    assert!(paths.credentials_file().exists());

    // A second store, as the next run of the app would open it.
    let again = open_credential_store(Some(StoreChoice::File), &paths);
    let read = again.load_session().unwrap().unwrap();
    assert_eq!(
        read.refresh_token.secret(),
        session().refresh_token.secret()
    );
    assert_eq!(read.api_domain.as_str(), "https://www.zohoapis.eu/");
    assert_eq!(read.accounts_server.as_str(), "https://accounts.zoho.eu/");
    assert_eq!(read.location.as_deref(), Some("eu"));
    let cached = read.access_token.unwrap();
    assert_eq!(cached.token.secret(), "1000.access.token");
    assert_eq!(
        cached.expires_at,
        UNIX_EPOCH + Duration::from_secs(1_900_000_000)
    );
    let saved_client = again.load_client().unwrap().unwrap();
    assert_eq!(saved_client.client_id, client().client_id);
    assert_eq!(
        saved_client.client_secret.secret(),
        client().client_secret.secret()
    );

    again.forget_session().unwrap();
    assert!(again.load_session().unwrap().is_none());
    assert!(
        again.load_client().unwrap().is_some(),
        "sign-out keeps the client"
    );
    again.forget_client().unwrap();
    assert!(
        !paths.credentials_file().exists(),
        "forgetting everything leaves no credential file"
    );
}

#[test]
fn notice_names_the_file_until_it_exists() {
    let root = tempfile::tempdir().unwrap();
    let (store, file) = file_store(root.path());
    let notice =
        zoho_org_viewer::problem::location_notice(&store.location_notice().unwrap()).text();
    assert!(notice.contains(&file.display().to_string()), "{notice}");
    assert!(notice.contains("readable only by you"), "{notice}");
    store.save_session(&session()).unwrap();

    let (next_run, _) = file_store(root.path());
    assert_eq!(next_run.location_notice(), None, "the user is told once");
}

#[cfg(unix)]
#[test]
fn credential_file_is_0600_in_a_0700_folder() {
    let root = tempfile::tempdir().unwrap();
    let (store, file) = file_store(root.path());
    store.save_session(&session()).unwrap();
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(file.parent().unwrap()), 0o700);
    // Rewrites stay private too.
    store.save_client(&client()).unwrap();
    assert_eq!(mode(&file), 0o600);
}

#[test]
fn corrupt_file_is_an_error_with_a_message_and_the_next_save_works() {
    for garbage in [
        &b"{\"format_version\": 1, \"secrets\": {\"session\": "[..],
        b"\x00\xff\xfe binary",
        b"[]",
        b"",
    ] {
        let root = tempfile::tempdir().unwrap();
        let (store, file) = file_store(root.path());
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(&file, garbage).unwrap();

        let error = store.load_session().unwrap_err();
        assert!(
            matches!(error, StoreError::DamagedFile { .. }),
            "{garbage:?}: {error:?}"
        );
        let message = zoho_org_viewer::problem::store_sentence(&error).text();
        assert!(message.contains("Sign in again"), "{message}");
        assert!(message.contains(&file.display().to_string()), "{message}");
        assert!(store.load_client().is_err());

        store.save_session(&session()).unwrap();
        let read = store.load_session().unwrap().unwrap();
        assert_eq!(
            read.refresh_token.secret(),
            session().refresh_token.secret()
        );
    }
}

#[test]
fn damaged_session_inside_a_good_file_is_reported_and_replaced() {
    let root = tempfile::tempdir().unwrap();
    let (store, file) = file_store(root.path());
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(
        &file,
        r#"{"format_version":1,"secrets":{"session":"{\"format_version\":1,\"refresh_token\":42}"}}"#,
    )
    .unwrap();
    let error = store.load_session().unwrap_err();
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error:?}");
    assert!(
        zoho_org_viewer::problem::store_sentence(&error)
            .text()
            .contains("sign-in"),
        "{error}"
    );
    store.save_session(&session()).unwrap();
    assert!(store.load_session().unwrap().is_some());
}

#[test]
fn session_from_a_newer_version_is_not_signed_in() {
    let root = tempfile::tempdir().unwrap();
    let (store, file) = file_store(root.path());
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(
        &file,
        r#"{"format_version":1,"secrets":{"session":"{\"format_version\":9,\"token_ring\":[]}"}}"#,
    )
    .unwrap();
    let error = store.load_session().unwrap_err();
    assert!(
        matches!(error, StoreError::UnsupportedVersion { version: 9, .. }),
        "{error:?}"
    );
}

#[test]
fn failed_write_over_a_folder_leaves_it_and_no_temporary_file() {
    let root = tempfile::tempdir().unwrap();
    let target = root.path().join("occupied");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("inside"), b"keep me").unwrap();

    assert!(write_atomically(&target, b"new", true).is_err());
    assert!(target.is_dir());
    assert_eq!(fs::read(target.join("inside")).unwrap(), b"keep me");
    assert_eq!(strays(root.path(), &["occupied"]), Vec::<String>::new());
}

#[test]
fn failed_write_under_a_file_creates_nothing() {
    let root = tempfile::tempdir().unwrap();
    let blocker = root.path().join("not-a-folder");
    fs::write(&blocker, b"x").unwrap();
    let target = blocker.join("credentials.json");
    assert!(write_atomically(&target, b"new", true).is_err());
    assert_eq!(fs::read(&blocker).unwrap(), b"x");
    assert_eq!(strays(root.path(), &["not-a-folder"]), Vec::<String>::new());
}

#[test]
fn unusable_credential_path_is_an_error_with_a_message() {
    let root = tempfile::tempdir().unwrap();
    let (store, file) = file_store(root.path());
    // A folder where the file should be: it can be neither read nor replaced.
    fs::create_dir_all(file.join("occupied")).unwrap();
    let error = store.save_session(&session()).unwrap_err();
    assert!(
        matches!(
            error,
            StoreError::FileRead { .. } | StoreError::FileWrite { .. }
        ),
        "{error:?}"
    );
    assert!(
        zoho_org_viewer::problem::store_sentence(&error)
            .text()
            .starts_with("Org Viewer could not"),
        "{error}"
    );
    assert!(file.join("occupied").is_dir());
}

#[cfg(unix)]
#[test]
fn failed_write_in_a_read_only_folder_leaves_the_old_file_whole() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("locked");
    let target = folder.join("credentials.json");
    write_atomically(&target, b"old content", true).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o500)).unwrap();

    // Privileged users (root in a container) write anyway; then this case cannot be shown.
    let privileged = fs::write(folder.join("probe"), b"").is_ok();
    let result = write_atomically(&target, b"new content", true);
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o700)).unwrap();
    if privileged {
        eprintln!("skipped: this user can write into read-only folders");
        return;
    }
    assert!(result.is_err());
    assert_eq!(fs::read(&target).unwrap(), b"old content");
    assert_eq!(strays(&folder, &["credentials.json"]), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn plain_write_keeps_the_existing_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let target = root.path().join("logo.png");
    fs::write(&target, b"old").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    write_atomically(&target, b"new", false).unwrap();
    assert_eq!(fs::read(&target).unwrap(), b"new");
    assert_eq!(mode(&target), 0o640);
    assert_eq!(strays(root.path(), &["logo.png"]), Vec::<String>::new());
}

#[test]
fn write_creates_missing_folders() {
    let root = tempfile::tempdir().unwrap();
    let target = root.path().join("a").join("b").join("c.bin");
    write_atomically(&target, &[0, 1, 2, 255], false).unwrap();
    assert_eq!(fs::read(&target).unwrap(), [0, 1, 2, 255]);
}
