//! The system fonts behind the app's own: glyphs for any script the person's data or language
//! needs, picked for the language the app speaks.

use std::sync::Arc;

use egui_system_font_provider::SystemFontProvider;

use crate::i18n::Lang;

/// Makes the system's fonts fill in for glyphs the app's fonts lack, preferring those of
/// `lang`: a Han character in a Chinese sentence must not take a Japanese font's shape.
/// Finding the system's fonts takes a moment on a background thread, so this runs on a change
/// of language, not every frame.
pub fn use_system_fonts_for(ctx: &egui::Context, lang: Lang) {
    let locale = match lang {
        Lang::ZhCn => "zh-Hans",
        Lang::Pseudo => "en",
        other => other.tag(),
    };
    ctx.set_font_providers(vec![Arc::new(
        SystemFontProvider::new().with_locale(Some(locale)),
    )]);
}
