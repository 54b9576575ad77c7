//! Build-time setup: the text catalogs, the optional built-in OAuth client, and on Windows the
//! executable's icon and version information.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    write_catalog_code();
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

/// Where the catalogs live: one folder per language, named by its tag, holding `.ftl` files.
const CATALOG_DIR: &str = "assets/i18n";

/// Writes `$OUT_DIR/messages.rs` (one typed function per English message, so the code cannot
/// name a message that does not exist or forget one of its placeholders, and an unused message
/// is a dead-code warning) and `$OUT_DIR/catalog_sources.rs` (every catalog file, embedded).
/// A broken English catalog stops the build with the parser's words and the file's name.
fn write_catalog_code() {
    println!("cargo:rerun-if-changed={CATALOG_DIR}");
    let Some(out_dir) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        fail("OUT_DIR is not set; build.rs runs under Cargo only");
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(CATALOG_DIR);
    let languages = sorted_entries(&root, |path| path.is_dir());

    let mut sources = String::from(
        "/// Every catalog file, by language tag, in file-name order (written by build.rs).\n\
         pub(crate) static SOURCES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for language in &languages {
        let tag = file_name(language);
        let files = sorted_entries(language, |path| {
            path.extension().is_some_and(|extension| extension == "ftl")
        });
        let _ = writeln!(sources, "    ({tag:?}, &[");
        for file in &files {
            let _ = writeln!(
                sources,
                "        ({:?}, include_str!({:?})),",
                file_name(file),
                file.display().to_string()
            );
        }
        sources.push_str("    ]),\n");
    }
    sources.push_str("];\n");
    write(&out_dir.join("catalog_sources.rs"), &sources);

    let mut messages = String::from("// Written by build.rs from the English catalog.\n\n");
    let mut ids = Vec::new();
    for file in sorted_entries(&root.join("en"), |path| {
        path.extension().is_some_and(|extension| extension == "ftl")
    }) {
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|error| fail(&format!("{}: {error}", file.display())));
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((_, errors)) => fail(&format!("{}: {errors:?}", file.display())),
        };
        for entry in &resource.body {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            let Some(value) = &message.value else {
                fail(&format!("{}: message {id} has no value", file.display()));
            };
            let mut variables = BTreeSet::new();
            pattern_variables(value, &mut variables);
            messages.push_str(&message_function(id, message, &variables));
            ids.push(id.to_owned());
        }
    }
    let _ = writeln!(
        messages,
        "/// Every message id of the English catalog.\n#[cfg(test)]\npub(crate) const ALL_IDS: &[&str] = &{ids:?};"
    );
    write(&out_dir.join("messages.rs"), &messages);
}

/// One message's function: its name is the id in snake case, its parameters the message's
/// variables, and its doc comment the English text, so an editor shows what it says.
fn message_function(
    id: &str,
    message: &fluent_syntax::ast::Message<&str>,
    variables: &BTreeSet<String>,
) -> String {
    let name = id.replace('-', "_");
    let english = message
        .value
        .as_ref()
        .map(pattern_source)
        .unwrap_or_default();
    let mut code = String::from("/// English:\n/// ```text\n");
    for line in english.lines() {
        let _ = writeln!(code, "/// {}", line.trim());
    }
    code.push_str("/// ```\n");
    let parameters: Vec<String> = variables
        .iter()
        .map(|variable| format!("{variable}: impl Into<Arg>"))
        .collect();
    let _ = write!(
        code,
        "pub fn {name}({}) -> Msg {{\n    Msg::new({id:?})",
        parameters.join(", ")
    );
    for variable in variables {
        let _ = write!(code, "\n        .with({variable:?}, {variable}.into())");
    }
    code.push_str("\n}\n\n");
    code
}

/// The English text of a pattern, placeables shown as `{…}`, for the doc comment.
fn pattern_source(pattern: &fluent_syntax::ast::Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|element| match element {
            fluent_syntax::ast::PatternElement::TextElement { value } => (*value).to_owned(),
            fluent_syntax::ast::PatternElement::Placeable { .. } => "{…}".to_owned(),
        })
        .collect()
}

/// Collects the `$variables` a pattern uses, through selectors, variants and nested placeables.
fn pattern_variables(pattern: &fluent_syntax::ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let fluent_syntax::ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(
    expression: &fluent_syntax::ast::Expression<&str>,
    found: &mut BTreeSet<String>,
) {
    match expression {
        fluent_syntax::ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        fluent_syntax::ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(
    inline: &fluent_syntax::ast::InlineExpression<&str>,
    found: &mut BTreeSet<String>,
) {
    use fluent_syntax::ast::InlineExpression;
    match inline {
        InlineExpression::VariableReference { id } => {
            if !id.name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                fail(&format!(
                    "variable ${} must be lower snake case: it becomes a Rust parameter",
                    id.name
                ));
            }
            found.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, found);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.named {
                inline_variables(&argument.value, found);
            }
        }
        _ => {}
    }
}

/// The entries of a folder that pass `keep`, sorted by name so the output does not depend on
/// the file system's order.
fn sorted_entries(folder: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(folder)
        .unwrap_or_else(|error| fail(&format!("{}: {error}", folder.display())));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn write(path: &Path, text: &str) {
    // Unchanged output is not rewritten, so the crate is not compiled again for nothing.
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    if let Err(error) = std::fs::write(path, text) {
        fail(&format!("{}: {error}", path.display()));
    }
}

#[expect(
    clippy::exit,
    reason = "a build script reports a broken catalog by its exit status, with no backtrace"
)]
fn fail(message: &str) -> ! {
    eprintln!("error: the text catalogs: {message}");
    std::process::exit(1);
}
