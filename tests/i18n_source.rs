//! Holds the code to issue 14's rule that every word a person reads comes from the catalogs
//! (`assets/i18n`): a lint over the source for string literals that read as English. Log lines,
//! attributes, comments and test modules are not user-facing and are skipped; what remains
//! must be a catalog message, Zoho's own data, or on the short allow-list below.

use std::path::{Path, PathBuf};

/// Literals that look like words but are not for translation: product and company names,
/// units, formats and protocol words.
const ALLOWED: &[&str] = &[
    "Org Viewer for Zoho CRM",
    "Zoho CRM",
    "Zoho",
    "Bigin",
    "Inter",
    "Inter Bold",
    "Authorization",
    "Zoho-oauthtoken",
    "Content-Type",
    "Accept-Language",
    "Retry-After",
    "Location",
    "User-Agent",
    "Inter SemiBold",
    "Hack",
    "Icons",
    // File formats, by their names.
    "PDF",
    "JSON",
    // Time-zone names in dates (src/zoho/display.rs), until ICU4X formats them.
    "UTC",
    "UTC{sign}{hours}",
    "UTC{sign}{hours}:{minutes:02}",
    // A reason egui logs when it draws a frame again, for developers.
    "the sections changed height",
    // Protocol words Zoho sends or the app matches, file signatures and format names.
    "too many",
    "access denied",
    "Access Denied",
    "SUCCESS",
    "<!doctype html",
    "<!DOCTYPE svg",
    "PNG",
    "JPEG",
    "GIF",
    "WebP",
    "BMP",
    "TIFF",
    "SVG",
    // Type names in `Debug` output.
    "CredentialStore",
    "FileSecretStore",
    "KeyringSecretStore",
    "MemorySecretStore",
    "StoreOptions",
    "TokenVault",
    "WriteGrant",
    "Photo",
    "Preview",
    "FittedLogo",
    // The header value's scheme.
    "Zoho-oauthtoken {}",
    // An HTTP status as the *Details* line gives it, like the system's own words there.
    "HTTP {status}",
    // Technical detail for the *Details* line and logs: what the answer looked like, in the
    // terms of the protocol (a person is told what happened by the problem's own sentences).
    "the answer has no \\\"org\\\" list; it began: {}",
    "the \\\"org\\\" list held no organization; it began: {}",
    "{err}; the answer began: {}",
    "HTTP {http_status}; the answer began: {}",
    "the HTTP client could not start: {cause}",
    "no address given",
    "HTTP {status}, pointing to {target}",
    // I/O errors the app raises itself, shown on the *Details* line like the system's own.
    "{} does not name a file",
    "another copy of the app held it too long",
    "this desktop has no image clipboard",
    "The clipboard is unavailable.",
    // How serde_json words a missing field, matched to name the field.
    "missing field",
    " at line",
    // Crash reports are for the developers who read them; they stay English.
    "Org Viewer for Zoho CRM {} stopped because of an internal error.",
    "Time: {}",
    "Error: {message}",
    "Where: {}",
    "System: {} {}",
    "an unexpected internal error",
    // Log lines that rustfmt splits over lines.
    "replacing the unusable credential file; anything saved in it is lost",
    "the credential file was readable by others, making it private again",
    "Zoho asked to wait; retrying once",
    "only one of {CLIENT_ID_VARIABLE} and {CLIENT_SECRET_VARIABLE} is set; both are needed, so neither is used",
    // A test's assertion message in a platform-specific test module.
    "the link's target is not ours",
];

/// Folders and files whose literals are not user-facing: the simulated Zoho (a test stand-in
/// with its own pages), the catalogs' own code and the benchmark hook.
const NOT_USER_FACING: &[&str] = &["src/sim/", "src/i18n/", "src/bench_hook.rs"];

fn rust_files(folder: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of one line, escapes left as written.
fn literals(line: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let bytes = line.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            // A char literal such as '"' is not the start of a string.
            b'\'' if bytes.get(index + 2) == Some(&b'\'') => index += 3,
            b'\'' if bytes.get(index + 1) == Some(&b'\\') => index += 4,
            b'"' => {
                let start = index + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                found.push(&line[start..end.min(line.len())]);
                index = end + 1;
            }
            _ => index += 1,
        }
    }
    found
}

/// Whether a literal reads as words a person would read: two words, or one capitalised word,
/// once format placeholders (`{name}`) are taken out.
fn reads_as_words(literal: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    // One word counts when it is all there is, like a button's "Refresh" or "Cancel…",
    // and not part of a key such as "ZohoCRM.org.READ".
    let bare = text.trim().trim_end_matches(['.', '…', ':', '?', '!']);
    let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
        && bare.chars().count() >= 3
        && bare.chars().all(char::is_alphabetic);
    words.len() >= 2 && text.contains(' ') || capitalised
}

#[test]
fn no_user_facing_english_is_left_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_USER_FACING
            .iter()
            .any(|prefix| name.starts_with(prefix))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.trim_start();
            // The test module is where a file's own tests begin: nothing after it ships.
            if code.starts_with("#[cfg(test)]")
                && text
                    .lines()
                    .nth(number + 1)
                    .is_some_and(|next| next.trim_start().starts_with("mod "))
            {
                break;
            }
            let skipped = code.starts_with("//")
                || code.starts_with("#[")
                || code.starts_with("reason =")
                || [
                    "tracing::",
                    "debug!(",
                    "info!(",
                    "warn!(",
                    "error!(",
                    "trace!(",
                ]
                .iter()
                .any(|log| code.contains(log));
            if skipped {
                continue;
            }
            for literal in literals(line) {
                if reads_as_words(literal) && !ALLOWED.contains(&literal) {
                    found.push(format!("{name}:{}: \"{literal}\"", number + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} user-facing literals outside the catalogs (move them to assets/i18n/en, or allow them here if they are not words to translate):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_lint_sees_words_and_ignores_keys() {
    assert!(reads_as_words("Copy all"));
    assert!(reads_as_words("Refresh"));
    assert!(reads_as_words("the organization details"));
    assert!(reads_as_words("{name} was saved."));
    assert!(!reads_as_words("{host}: {cause}"));
    assert!(!reads_as_words("org_id"));
    assert!(!reads_as_words("ZohoCRM.org.READ"));
    assert!(!reads_as_words("%Y-%m-%d"));
    assert_eq!(
        literals(r#"ui.label("A \"b\" c"); x('"'); "d""#),
        [r#"A \"b\" c"#, "d"]
    );
}
