//! Build-time setup: the optional built-in OAuth client, and on Windows the executable's icon
//! and version information.

fn main() {
    bake_oauth_client();
    embed_windows_resources();
    pack_relative_relocations();
}

/// Links the Linux programs with packed relative relocations (DT_RELR; GNU ld 2.38 and glibc
/// 2.36, both in Debian 12). The position-independent program carries about 32,000 of them: as
/// classic RELA entries they were 0.76 MB of the file, read by the loader at every start, which
/// every command-line call pays for; packed they take a few kilobytes.
fn pack_relative_relocations() {
    let linux_gnu = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && std::env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if linux_gnu {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
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
            println!("cargo:warning=an OAuth client is built in (ZOHO_CLIENT_ID is set)");
        }
        [true, false] | [false, true] => println!(
            "cargo:warning=only one of ZOHO_CLIENT_ID and ZOHO_CLIENT_SECRET is set, so no OAuth client is built in"
        ),
        _ => {}
    }
}

/// Gives a Windows executable its icon and version information (`VERSIONINFO`: product name,
/// description, and the version from Cargo.toml). The target is read from Cargo's environment,
/// not `cfg!`, because this script runs on the build machine, which may not be the target.
#[cfg(any(windows, feature = "windows-resources-cross"))]
fn embed_windows_resources() {
    /// The icon Explorer, the taskbar and the installer show.
    const WINDOWS_ICON: &str = "assets/icon/zoho-org-viewer.ico";
    /// The name Windows shows for the program (Task Manager, "Open with", file properties).
    const PRODUCT_NAME: &str = "Org Viewer for Zoho CRM";

    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    println!("cargo:rerun-if-changed={WINDOWS_ICON}");
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon(WINDOWS_ICON)
        .set("ProductName", PRODUCT_NAME)
        .set("FileDescription", PRODUCT_NAME)
        .set("InternalName", "zoho-org-viewer")
        .set("OriginalFilename", "zoho-org-viewer.exe");
    if let Err(error) = resource.compile() {
        // An installer whose program has no icon looks broken, so this stops the build.
        eprintln!(
            "error: the Windows icon and version information could not be embedded: {error}. \
             Building on Windows needs the Windows SDK (rc.exe); a cross build needs mingw's \
             windres and its C preprocessor (Debian packages binutils-mingw-w64-x86-64 and \
             gcc-mingw-w64-x86-64)."
        );
        std::process::exit(1);
    }
}

/// Says plainly when a Windows executable is built without its icon, rather than failing:
/// the program works, and a cross build for testing should not need mingw's windres.
#[cfg(not(any(windows, feature = "windows-resources-cross")))]
fn embed_windows_resources() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        println!(
            "cargo:warning=this Windows executable has no icon or version information: build it \
             on Windows, or add --features windows-resources-cross (needs mingw's windres)"
        );
    }
}
