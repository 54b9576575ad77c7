//! Text of any script in the PDF: the app's typeface (Inter) draws Latin, Greek and Cyrillic;
//! for the other characters of a company's name or address, the system's fonts (Noto on a
//! Linux desktop, as the package recommends) are found at export time and embedded, subset,
//! and right-to-left words are drawn in display order. Nothing is added to the program.

use std::collections::HashMap;
use std::ops::Range;

use egui::FontFamily;
use egui::epaint::text::{FallbackRequest, FontProvider as _};
use egui_system_font_provider::SystemFontProvider;
use krilla::Data;
use krilla::text::Font;

use crate::i18n::Lang;

/// Which font draws a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FontSlot {
    /// The app's own typeface, in the weight the text asks for.
    App,
    /// The n-th system font found for this document.
    System(usize),
}

/// A piece of one line, drawn with one font in one direction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Run {
    /// Where the piece is in the line (bytes).
    pub range: Range<usize>,
    /// The font that has its glyphs.
    pub font: FontSlot,
    /// Whether it is written right to left.
    pub rtl: bool,
}

/// A system font and what is needed to measure with it.
struct SystemFont {
    /// The file's bytes (memory-mapped by the font provider) and the face in it, which say
    /// whether a later character's font is this one.
    file: egui::epaint::text::Blob,
    index: u32,
    font: Font,
    units_per_em: f32,
}

/// The system's fonts for the characters Inter lacks, found once per character per document.
pub(super) struct SystemFonts {
    provider: SystemFontProvider,
    fonts: Vec<SystemFont>,
    /// The font for each character looked up so far (`None`: no font on this system has it)
    /// and the character's advance in that font's units.
    chars: HashMap<char, Option<(usize, u16)>>,
}

impl SystemFonts {
    /// Looks for fonts in the reader's language first, so Han characters take the shapes of
    /// the language the reader reads (Japanese and Chinese forms differ).
    pub fn new(lang: Lang) -> Self {
        let locale = match lang {
            Lang::ZhCn => "zh-Hans",
            Lang::Pseudo => "en",
            other => other.tag(),
        };
        Self {
            provider: SystemFontProvider::new().with_locale(Some(locale)),
            fonts: Vec::new(),
            chars: HashMap::new(),
        }
    }

    /// The system font that draws `c`, and its advance in points at `size`.
    pub fn char_width(&mut self, c: char, size: f32) -> Option<(usize, f32)> {
        let (index, advance) = self.lookup(c)?;
        let font = &self.fonts[index];
        Some((index, f32::from(advance) * size / font.units_per_em))
    }

    /// The krilla font of a system font found earlier.
    pub fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).map(|font| font.font.clone())
    }

    fn lookup(&mut self, c: char) -> Option<(usize, u16)> {
        if let Some(known) = self.chars.get(&c) {
            return *known;
        }
        let found = self.find(c);
        self.chars.insert(c, found);
        found
    }

    fn find(&mut self, c: char) -> Option<(usize, u16)> {
        let mut buffer = [0_u8; 4];
        let cluster = c.encode_utf8(&mut buffer);
        let insert = self.provider.font_for(&FallbackRequest {
            cluster,
            family: &FontFamily::Proportional,
        })?;
        let bytes = insert.data.font.clone();
        let index = insert.data.index;
        let face = ttf_parser::Face::parse(bytes.as_ref().as_ref(), index).ok()?;
        let glyph = face.glyph_index(c)?;
        let advance = face.glyph_hor_advance(glyph).unwrap_or(0);
        let units_per_em = f32::from(face.units_per_em());
        // The same file serves many characters (a CJK font, all of them): embed it once.
        let same = self
            .fonts
            .iter()
            .position(|known| std::sync::Arc::ptr_eq(&known.file, &bytes) && known.index == index);
        let slot = match same {
            Some(slot) => slot,
            None => {
                let font = Font::new(Data::from(bytes.clone()), index)?;
                self.fonts.push(SystemFont {
                    file: bytes,
                    index,
                    font,
                    units_per_em,
                });
                self.fonts.len() - 1
            }
        };
        Some((slot, advance))
    }
}

/// Whether a character needs a glyph (spaces, controls and joiners draw nothing visible).
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{206f}' | '\u{fe00}'..='\u{fe0f}'))
}

/// One line cut into runs of one font and one direction, in the order they are drawn from
/// left to right. Characters no font has stay with the app's font (they draw as boxes; the
/// export says so in a note).
pub(super) fn runs(
    line: &str,
    app_face: &ttf_parser::Face<'_>,
    system: &mut SystemFonts,
) -> Vec<Run> {
    let mut runs = Vec::new();
    if line.is_empty() {
        return runs;
    }
    let bidi = unicode_bidi::BidiInfo::new(line, None);
    for paragraph in &bidi.paragraphs {
        let (levels, visual) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for range in visual {
            let rtl = levels[range.start].is_rtl();
            let mut pieces: Vec<Run> = Vec::new();
            for (offset, c) in line[range.clone()].char_indices() {
                let at = range.start + offset;
                let font = if !needs_glyph(c) || app_face.glyph_index(c).is_some() {
                    // Spaces and marks join the run they are in.
                    match pieces.last() {
                        Some(last) if !needs_glyph(c) => last.font,
                        _ => FontSlot::App,
                    }
                } else {
                    system
                        .lookup(c)
                        .map_or(FontSlot::App, |(slot, _)| FontSlot::System(slot))
                };
                match pieces.last_mut() {
                    Some(last) if last.font == font => last.range.end = at + c.len_utf8(),
                    _ => pieces.push(Run {
                        range: at..at + c.len_utf8(),
                        font,
                        rtl,
                    }),
                }
            }
            // A right-to-left run's pieces are drawn from its end.
            if rtl {
                pieces.reverse();
            }
            runs.extend(pieces);
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::{FontSlot, Run, SystemFonts, runs};
    use crate::i18n::Lang;

    const INTER: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");

    fn face() -> ttf_parser::Face<'static> {
        ttf_parser::Face::parse(INTER, 0).unwrap()
    }

    fn texts<'a>(line: &'a str, runs: &[Run]) -> Vec<(&'a str, bool, bool)> {
        runs.iter()
            .map(|run| (&line[run.range.clone()], run.font == FontSlot::App, run.rtl))
            .collect()
    }

    #[test]
    fn latin_text_is_one_run_of_the_app_font() {
        let mut system = SystemFonts::new(Lang::En);
        let line = "Zylker Traders, Amsterdam";
        assert_eq!(
            texts(line, &runs(line, &face(), &mut system)),
            [(line, true, false)]
        );
    }

    #[test]
    fn arabic_words_are_drawn_right_to_left_after_the_latin_before_them() {
        let mut system = SystemFonts::new(Lang::En);
        let line = "Zylker زايكر للتجارة";
        let drawn = texts(line, &runs(line, &face(), &mut system));
        // Visual order: the Latin word, then the Arabic run (its words from the end).
        assert_eq!(drawn[0], ("Zylker ", true, false));
        assert!(drawn[1..].iter().all(|(_, _, rtl)| *rtl), "{drawn:?}");
        let arabic: String = drawn[1..].iter().map(|(text, _, _)| *text).collect();
        assert!(
            arabic.contains("زايكر") && arabic.contains("للتجارة"),
            "{drawn:?}"
        );
    }

    #[test]
    fn characters_the_app_font_lacks_take_a_system_font_that_has_them() {
        let mut system = SystemFonts::new(Lang::Ja);
        let line = "株式会社ザイカー Tokyo";
        let drawn = runs(line, &face(), &mut system);
        assert_eq!(drawn.len(), 2, "{drawn:?}");
        assert!(
            matches!(drawn[0].font, FontSlot::System(_)),
            "Noto CJK is installed: {drawn:?}"
        );
        assert_eq!(&line[drawn[1].range.clone()], "Tokyo");
        // One embedded font serves every Han and kana character.
        assert_eq!(system.fonts.len(), 1);
        let (_, width) = system.char_width('株', 10.0).unwrap();
        assert!(
            (8.0..=11.0).contains(&width),
            "a CJK glyph is about one em: {width}"
        );
    }
}
