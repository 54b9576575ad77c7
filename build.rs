//! Build-time setup: the optional built-in OAuth client.

fn main() {
    bake_oauth_client();
}

/// Lets a release build carry an OAuth client: `src/store/client.rs` reads `ZOHO_CLIENT_ID`
/// and `ZOHO_CLIENT_SECRET` with `option_env!`, and this makes Cargo rebuild when they change.
/// Nothing is baked in when they are unset. Never print the secret here: build logs are public.
fn bake_oauth_client() {
    const NAMES: [&str; 2] = ["ZOHO_CLIENT_ID", "ZOHO_CLIENT_SECRET"];
    for name in NAMES {
        println!("cargo:rerun-if-env-changed={name}");
    }
    let set: Vec<bool> = NAMES
        .iter()
        .map(|name| std::env::var(name).is_ok_and(|value| !value.trim().is_empty()))
        .collect();
    match set.as_slice() {
        [true, true] => {
            println!("cargo:warning=an OAuth client is built in (ZOHO_CLIENT_ID is set)")
        }
        [true, false] | [false, true] => println!(
            "cargo:warning=only one of ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET is set, so no OAuth client is built in"
        ),
        _ => {}
    }
}
