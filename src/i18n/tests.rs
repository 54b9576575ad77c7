//! The catalogs against each other and against the code. The catalog files are read from disk
//! (`ORG_VIEWER_CATALOGS` names another folder), so a translator can check a new catalog with an
//! already built test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::catalog::files;
use super::{Lang, Msg, t};

/// Each message id of a catalog with the placeholders it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn catalog_root() -> PathBuf {
    std::env::var_os("ORG_VIEWER_CATALOGS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n"),
        PathBuf::from,
    )
}

fn shape_of(folder: &Path, problems: &mut Vec<String>) -> Shape {
    let mut shape = Shape::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        problems.push(format!("{}: no such catalog", folder.display()));
        return shape;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let line = text[..error.pos.start.min(text.len())].lines().count();
                    problems.push(format!("{}:{line}: {:?}", path.display(), error.kind));
                }
                resource
            }
        };
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                } else {
                    problems.push(format!(
                        "{}: {} has no text",
                        path.display(),
                        message.id.name
                    ));
                }
                if shape
                    .insert(message.id.name.to_owned(), variables)
                    .is_some()
                {
                    problems.push(format!(
                        "{}: {} is defined twice",
                        path.display(),
                        message.id.name
                    ));
                }
            }
        }
    }
    shape
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        _ => {}
    }
}

#[test]
fn every_catalog_has_exactly_the_english_messages_with_the_same_placeholders() {
    let root = catalog_root();
    let mut problems = Vec::new();
    let english = shape_of(&root.join("en"), &mut problems);
    assert!(!english.is_empty(), "the English catalog is empty");
    for lang in Lang::OFFERED.into_iter().filter(|lang| *lang != Lang::En) {
        let shape = shape_of(&root.join(lang.tag()), &mut problems);
        for (id, variables) in &english {
            match shape.get(id) {
                None => problems.push(format!("{}: {id} is missing", lang.tag())),
                Some(theirs) if theirs != variables => problems.push(format!(
                    "{}: {id} uses {theirs:?}, English uses {variables:?}",
                    lang.tag()
                )),
                Some(_) => {}
            }
        }
        for id in shape.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!(
                "{}: {id} is not in the English catalog",
                lang.tag()
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_compiled_in_message_formats_without_errors_in_every_language() {
    let mut problems = Vec::new();
    let english = shape_of(&catalog_root().join("en"), &mut problems);
    // Plural selectors with numbers that hit one/few/many/other in the ten languages.
    for count in [0, 1, 2, 5, 21, 1_000_000] {
        for lang in Lang::ALL {
            for id in t::ALL_IDS {
                let mut message = Msg::new(id);
                for variable in english_variables(&english, id) {
                    message = message.with(variable, super::Arg::Number(count));
                }
                let text = message.text_in(lang);
                assert!(!text.trim().is_empty(), "{} {id} is empty", lang.tag());
                assert!(
                    !text.contains('\u{2068}'),
                    "{} {id} has isolation marks",
                    lang.tag()
                );
            }
        }
    }
}

/// The placeholders of an English message, leaked to `'static` for [`Msg::with`] (test only).
fn english_variables(english: &Shape, id: &str) -> Vec<&'static str> {
    english
        .get(id)
        .map(|variables| {
            variables
                .iter()
                .map(|v| &*Box::leak(v.clone().into_boxed_str()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_compiled_in_catalogs_are_the_files_on_disk() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    for lang in Lang::OFFERED {
        for (name, text) in files(lang) {
            let on_disk = std::fs::read_to_string(root.join(lang.tag()).join(name)).unwrap();
            assert_eq!(&on_disk, text, "{}/{name}", lang.tag());
        }
    }
}

/// Every `.rs` file under `src`, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(folder: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(folder).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_of_the_catalog_is_used_by_the_code() {
    let code: String = sources().into_iter().map(|(_, text)| text).collect();
    let unused: Vec<&str> = t::ALL_IDS
        .iter()
        .copied()
        .filter(|id| !code.contains(&format!("t::{}(", id.replace('-', "_"))))
        .collect();
    assert!(
        unused.is_empty(),
        "messages the code never uses: {unused:?}"
    );
}
