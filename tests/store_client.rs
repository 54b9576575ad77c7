//! Which OAuth client wins: the environment, then the saved one, then the built-in one.

// Helpers outside #[test] functions are test code too; clippy.toml only covers the latter.
use std::collections::HashMap;

use oauth2::ClientSecret;
use zoho_org_viewer::store::{
    CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE, ClientCredentials, ClientSource, resolve_client,
    resolve_client_from,
};

fn client(id: &str, secret: &str) -> ClientCredentials {
    ClientCredentials {
        client_id: id.to_owned(),
        client_secret: ClientSecret::new(secret.to_owned()),
    }
}

fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let values: HashMap<String, String> = pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect();
    move |name| values.get(name).cloned()
}

fn resolved(
    result: Option<(ClientCredentials, ClientSource)>,
) -> Option<(String, String, ClientSource)> {
    result.map(|(client, source)| {
        (
            client.client_id,
            client.client_secret.secret().clone(),
            source,
        )
    })
}

#[test]
fn environment_beats_saved_beats_built_in() {
    let saved = || Some(client("saved-id", "saved-secret"));
    let built_in = || Some(client("built-id", "built-secret"));
    let env = env_of(&[
        (CLIENT_ID_VARIABLE, " env-id "),
        (CLIENT_SECRET_VARIABLE, "env-secret\n"),
    ]);

    assert_eq!(
        resolved(resolve_client_from(&env, saved(), built_in())),
        Some((
            "env-id".to_owned(),
            "env-secret".to_owned(),
            ClientSource::Environment
        ))
    );
    assert_eq!(
        resolved(resolve_client_from(env_of(&[]), saved(), built_in())),
        Some((
            "saved-id".to_owned(),
            "saved-secret".to_owned(),
            ClientSource::Saved
        ))
    );
    assert_eq!(
        resolved(resolve_client_from(env_of(&[]), None, built_in())),
        Some((
            "built-id".to_owned(),
            "built-secret".to_owned(),
            ClientSource::BuiltIn
        ))
    );
    assert_eq!(resolved(resolve_client_from(env_of(&[]), None, None)), None);
}

#[test]
fn half_or_blank_environment_is_ignored() {
    let saved = || Some(client("saved-id", "saved-secret"));
    for env in [
        env_of(&[(CLIENT_ID_VARIABLE, "env-id")]),
        env_of(&[(CLIENT_SECRET_VARIABLE, "env-secret")]),
        env_of(&[
            (CLIENT_ID_VARIABLE, "env-id"),
            (CLIENT_SECRET_VARIABLE, "  "),
        ]),
        env_of(&[
            (CLIENT_ID_VARIABLE, ""),
            (CLIENT_SECRET_VARIABLE, "env-secret"),
        ]),
    ] {
        let (client, source) = resolve_client_from(env, saved(), None).unwrap();
        assert_eq!(source, ClientSource::Saved);
        assert_eq!(client.client_id, "saved-id");
    }
}

#[test]
fn resolve_client_uses_the_environment_first_whatever_is_built_in() {
    let env = env_of(&[
        (CLIENT_ID_VARIABLE, "sim-client"),
        (CLIENT_SECRET_VARIABLE, "sim-secret"),
    ]);
    let (client, source) = resolve_client(env, Some(client("saved-id", "s"))).unwrap();
    assert_eq!(source, ClientSource::Environment);
    assert_eq!(client.client_id, "sim-client");
}

#[test]
fn sources_have_distinct_names_in_the_logs() {
    let descriptions = [
        ClientSource::Environment.describe(),
        ClientSource::Saved.describe(),
        ClientSource::BuiltIn.describe(),
    ];
    assert_eq!(descriptions, ["environment", "saved", "built-in"]);
}

#[test]
fn built_in_client_is_what_the_build_environment_held() {
    // This test crate is compiled in the same cargo run, with the same environment, as the
    // library; `ZOHO_CLIENT_ID=… ZOHO_CLIENT_SECRET=… cargo test` exercises the baked path.
    let expected = match (
        option_env!("ZOHO_CLIENT_ID"),
        option_env!("ZOHO_CLIENT_SECRET"),
    ) {
        (Some(id), Some(secret)) if !id.trim().is_empty() && !secret.trim().is_empty() => {
            Some((id.trim().to_owned(), secret.trim().to_owned()))
        }
        _ => None,
    };
    // scripts/test builds once with a client baked in and says so here, so that run cannot
    // pass by the variables never reaching the compiler.
    if std::env::var_os("ZOHO_ORG_VIEWER_EXPECT_BUILT_IN").is_some() {
        assert!(
            expected.is_some(),
            "the build was meant to have ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET"
        );
    }
    let baked = zoho_org_viewer::store::built_in_client()
        .map(|client| (client.client_id, client.client_secret.secret().clone()));
    assert_eq!(baked, expected);
    if let Some((id, _)) = &expected {
        let (client, source) = resolve_client(env_of(&[]), None).unwrap();
        assert_eq!(
            (client.client_id.as_str(), source),
            (id.as_str(), ClientSource::BuiltIn)
        );
    }
}
