//! The compiled-in catalogs as Fluent bundles, built the first time a language is used.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::msg::{Arg, Msg};
use super::{Conventions, Lang, pseudo};

mod sources {
    include!(concat!(env!("OUT_DIR"), "/catalog_sources.rs"));
}

pub(crate) use sources::SOURCES;

/// One language's messages.
type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, parsed on first use: a run parses only the languages it shows.
static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// The catalog files of a language, as embedded by build.rs.
pub(crate) fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
    // The pseudo-locale is English, transformed as it is formatted.
    let tag = match lang {
        Lang::Pseudo => Lang::En.tag(),
        other => other.tag(),
    };
    SOURCES
        .iter()
        .find(|(folder, _)| *folder == tag)
        .map(|(_, files)| *files)
        .unwrap_or_default()
}

fn bundle(lang: Lang) -> &'static Bundle {
    BUNDLES[lang.index()].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps every placeable in Unicode isolation marks by default; the window (which
    // does no bidi), the terminal and the PDF would show or trip over them, and every
    // language here is written left to right. The browser page isolates names with <bdi>.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(pseudo::transform));
    }
    for (name, text) in files(lang) {
        // A broken entry loses that entry, never the file: the rest still reads, and the
        // catalog test names the broken one.
        let resource =
            FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(resource, errors)| {
                tracing::warn!(
                    language = lang.tag(),
                    file = name,
                    ?errors,
                    "catalog entries could not be read"
                );
                resource
            });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::warn!(
                language = lang.tag(),
                file = name,
                ?errors,
                "catalog entries are defined twice"
            );
        }
    }
    bundle
}

/// The message in `lang`, falling back to English and then to its id, so a gap in a catalog
/// shows English words rather than nothing.
pub(crate) fn format(lang: Lang, message: &Msg) -> String {
    match format_in(lang, message) {
        Some(text) => text,
        None if lang != Lang::En => {
            format_in(Lang::En, message).unwrap_or_else(|| message.id().to_owned())
        }
        None => message.id().to_owned(),
    }
}

fn format_in(lang: Lang, message: &Msg) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(message.id())?.value()?;
    let mut args = FluentArgs::with_capacity(message.args().len());
    for (name, value) in message.args() {
        let value = match value {
            Arg::Text(text) => FluentValue::String(Cow::Borrowed(text.as_str())),
            Arg::Number(number) => FluentValue::from(*number),
            Arg::Decimal { scaled, digits } => FluentValue::String(Cow::Owned(
                Conventions::new(lang, None).decimal(*scaled, *digits),
            )),
            Arg::Msg(inner) => FluentValue::String(Cow::Owned(format(lang, inner))),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            language = lang.tag(),
            id = message.id(),
            ?errors,
            "a message could not be formatted fully"
        );
    }
    Some(text.into_owned())
}
