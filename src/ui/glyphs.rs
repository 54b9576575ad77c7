//! Whether this computer can draw a text: a name in a script it has no font for would show as
//! empty boxes, and the person should be told why and what fixes it.

use egui::FontId;

/// Whether some character of `texts` has no font on this computer, neither the app's own nor
/// one of the system's (which the font provider finds on demand).
pub fn lacks_glyphs<'a>(ctx: &egui::Context, texts: impl IntoIterator<Item = &'a str>) -> bool {
    let font = FontId::proportional(14.0);
    ctx.fonts_mut(|fonts| {
        texts.into_iter().any(|text| {
            text.chars()
                .any(|c| needs_glyph(c) && !fonts.has_glyph(&font, c))
        })
    })
}

/// Whether a character draws anything: spaces, controls, joiners and variation selectors
/// (parts of emoji sequences) have no glyph of their own in any font.
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}'))
}

#[cfg(test)]
mod tests {
    use super::lacks_glyphs;

    #[test]
    fn text_no_font_has_is_found_and_the_system_fonts_fill_in() {
        let ctx = egui::Context::default();
        // The app's own fonts: Latin, Greek, Cyrillic, but no Japanese.
        super::super::style::apply(&ctx);
        ctx.set_font_providers(Vec::new());
        frame(&ctx);
        assert!(!lacks_glyphs(
            &ctx,
            ["Zylker Traders", "Ünïcödé", "a\u{200d}b"]
        ));
        assert!(lacks_glyphs(&ctx, ["Zylker", "株式会社"]));
        // With the system's fonts (Noto, installed by the tests' setup) it has them.
        super::super::fonts::use_system_fonts_for(&ctx, crate::i18n::Lang::Ja);
        frame(&ctx);
        assert!(!lacks_glyphs(&ctx, ["株式会社", "زايكر", "स्मार्ट"]));
    }

    /// One pass, so the fonts exist; its texture changes are let go (no GPU here).
    fn frame(ctx: &egui::Context) {
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
    }
}
