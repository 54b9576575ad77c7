//! The organization card as a PDF: the logo, the company name and environment, when it was
//! fetched, and every section with its labels and values, wrapped and paginated on A4.
//!
//! krilla writes the PDF (fonts subset and embedded, images, metadata); this module only lays
//! out lines. Layout is a separate pass that yields pages of drawing operations, so the page
//! count is known for the footers before anything is drawn.

use std::cell::RefCell;

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::text::{Font, TextDirection};
use krilla::{Data, Document};

use super::pdf_text::{self, FontSlot, SystemFonts};

use crate::i18n::{Lang, t};
use crate::worker::OrgData;
use crate::worker::logo::decode_full_rgba;
use crate::zoho::display::{self, Row};
use crate::zoho::{Photo, PhotoFormat};

/// Why no PDF could be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The font built into the app does not read (a damaged build).
    #[error("the built-in font could not be read")]
    Font,
    /// The PDF writer refused the document.
    #[error("the PDF could not be written: {0}")]
    Write(String),
    /// The page size is not one the PDF writer takes (a mistake in the constants).
    #[error("the page size is not valid")]
    PageSize,
}

/// The app's own typeface (the one the screen uses), so the PDF needs no system fonts and
/// adds nothing to the program's size. It covers Latin, Greek and Cyrillic.
const REGULAR: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");
const SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/Inter-SemiBold.otf");

/// A4 in points: the paper size of most of the world (US Letter printers scale it).
const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 50.0;
/// Room kept at the bottom of each page for the footer.
const FOOTER_SPACE: f32 = 28.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - MARGIN - FOOTER_SPACE;

const LABEL_WIDTH: f32 = 165.0;
const COLUMN_GAP: f32 = 12.0;
const VALUE_WIDTH: f32 = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
const BODY_SIZE: f32 = 9.5;
const LINE_HEIGHT: f32 = 1.35;
const ROW_GAP: f32 = 4.0;

/// The logo's box in the header, in points.
const LOGO_MAX_WIDTH: f32 = 180.0;
const LOGO_MAX_HEIGHT: f32 = 60.0;
/// A logo with more pixels than this is left out rather than decoded (a hostile image).
const LOGO_MAX_PIXELS: u64 = 40_000_000;

/// Longer values are cut, with a note: a 900 KB value would fill hundreds of pages, and the
/// JSON export has it whole.
const MAX_VALUE_CHARS: usize = 2_000;

const INK: (u8, u8, u8) = (0x1f, 0x23, 0x28);
const MUTED: (u8, u8, u8) = (0x5f, 0x66, 0x6d);
const ACCENT: (u8, u8, u8) = (0x1a, 0x4f, 0x8b);
const RULE: (u8, u8, u8) = (0xd0, 0xd5, 0xdb);

/// Builds the PDF of `data`, with `logo` at the top when the PDF writer can take it (a logo it
/// cannot take is left out; the document is made all the same).
/// Its labels and headings are in `lang`; Zoho's values are as sent.
pub fn build(data: &OrgData, logo: Option<&Photo>, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load(lang)?;
    let image = logo.and_then(logo_image);
    match render(data, &fonts, image.as_ref(), lang) {
        Ok(bytes) => Ok(bytes),
        // krilla decodes images only while writing: a logo that fails there is left out.
        Err(error) if image.is_some() => {
            tracing::warn!("the logo was left out of the PDF: {error}");
            render(data, &fonts, None, lang)
        }
        Err(error) => Err(error),
    }
}

/// The logo as an image for the PDF, or `None` when it cannot be used.
fn logo_image(photo: &Photo) -> Option<Image> {
    let data = || Data::from(photo.bytes.clone());
    let image = match photo.format {
        PhotoFormat::Png => Image::from_png(data(), true).ok(),
        PhotoFormat::Jpeg => Image::from_jpeg(data(), true).ok(),
        PhotoFormat::Gif => Image::from_gif(data(), true).ok(),
        PhotoFormat::Webp => Image::from_webp(data(), true).ok(),
        // The other formats the app reads (BMP, TIFF) go in as pixels, through the app's own
        // decoder with its size limits.
        _ => decode_full_rgba(&photo.bytes, photo.format)
            .ok()
            .map(|(width, height, rgba)| Image::from_rgba8(rgba, width, height)),
    }?;
    let (width, height) = image.size();
    let pixels = u64::from(width) * u64::from(height);
    (pixels > 0 && pixels <= LOGO_MAX_PIXELS).then_some(image)
}

/// The two weights of the app's typeface, to draw with and to measure with, and the system's
/// fonts for the characters it lacks (a Japanese name, an Arabic address).
struct Fonts {
    regular: Font,
    semibold: Font,
    regular_face: ttf_parser::Face<'static>,
    semibold_face: ttf_parser::Face<'static>,
    /// Found as characters ask for them while measuring and drawing.
    system: RefCell<SystemFonts>,
}

impl Fonts {
    fn load(lang: Lang) -> Result<Self, PdfError> {
        Ok(Self {
            regular: Font::new(Data::from(REGULAR), 0).ok_or(PdfError::Font)?,
            semibold: Font::new(Data::from(SEMIBOLD), 0).ok_or(PdfError::Font)?,
            regular_face: ttf_parser::Face::parse(REGULAR, 0).map_err(|_| PdfError::Font)?,
            semibold_face: ttf_parser::Face::parse(SEMIBOLD, 0).map_err(|_| PdfError::Font)?,
            system: RefCell::new(SystemFonts::new(lang)),
        })
    }

    fn face(&self, weight: Weight) -> &ttf_parser::Face<'static> {
        match weight {
            Weight::Regular => &self.regular_face,
            Weight::Semibold => &self.semibold_face,
        }
    }

    fn font(&self, weight: Weight) -> Font {
        match weight {
            Weight::Regular => self.regular.clone(),
            Weight::Semibold => self.semibold.clone(),
        }
    }

    /// The width of `text` in points at `size` (advances without kerning: a hair wider than
    /// what is drawn, so a line measured to fit does fit).
    fn width(&self, weight: Weight, text: &str, size: f32) -> f32 {
        let face = self.face(weight);
        let scale = size / f32::from(face.units_per_em());
        let mut system = self.system.borrow_mut();
        text.chars()
            .map(|c| {
                let own = face.glyph_index(c);
                let other = own.is_none().then(|| system.char_width(c, size)).flatten();
                match other {
                    Some((_, width)) => width,
                    None => {
                        let glyph = own.unwrap_or(ttf_parser::GlyphId(0));
                        f32::from(face.glyph_hor_advance(glyph).unwrap_or(0)) * scale
                    }
                }
            })
            .sum()
    }

    /// `text` broken into lines no wider than `max`: at spaces, and inside words too long for
    /// a line (IDs, addresses); line breaks in the text are kept.
    fn wrap(&self, weight: Weight, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ') {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(weight, &candidate, size) <= max {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // A word too long for a line of its own is cut where the line is full.
                for c in word.chars() {
                    line.push(c);
                    if self.width(weight, &line, size) > max && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::replace(&mut line, c.to_string()));
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

#[derive(Debug, Clone, Copy)]
enum Weight {
    Regular,
    Semibold,
}

/// One thing to draw, placed on its page (y grows downwards, from the page's top).
enum Op {
    Text {
        x: f32,
        /// The top of the line.
        y: f32,
        size: f32,
        weight: Weight,
        color: (u8, u8, u8),
        text: String,
    },
    Bar {
        rect: Rect,
        color: (u8, u8, u8),
    },
    Logo {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

/// The pages laid out so far and where the next line goes.
struct Layout<'a> {
    fonts: &'a Fonts,
    lang: Lang,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl<'a> Layout<'a> {
    fn new(fonts: &'a Fonts, lang: Lang) -> Self {
        Self {
            fonts,
            lang,
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` more fits on this one.
    fn keep_together(&mut self, height: f32) {
        if self.y + height > CONTENT_BOTTOM && self.y > MARGIN {
            self.new_page();
        }
    }

    /// Wrapped text across the content width, starting a new page where it runs out.
    fn paragraph(&mut self, text: &str, size: f32, weight: Weight, color: (u8, u8, u8)) {
        for line in self.fonts.wrap(weight, text, size, CONTENT_WIDTH) {
            self.keep_together(size * LINE_HEIGHT);
            self.push(Op::Text {
                x: MARGIN,
                y: self.y,
                size,
                weight,
                color,
                text: line,
            });
            self.y += size * LINE_HEIGHT;
        }
    }

    fn rule(&mut self, color: (u8, u8, u8), thickness: f32) {
        if let Some(rect) = Rect::from_xywh(MARGIN, self.y, CONTENT_WIDTH, thickness) {
            self.push(Op::Bar { rect, color });
        }
    }

    fn header(&mut self, data: &OrgData, logo: Option<(u32, u32)>) {
        if let Some((width, height)) = logo {
            let (width, height) = (width as f32, height as f32);
            let scale = (LOGO_MAX_WIDTH / width).min(LOGO_MAX_HEIGHT / height);
            let (width, height) = (width * scale, height * scale);
            self.push(Op::Logo {
                x: MARGIN,
                y: self.y,
                width,
                height,
            });
            self.y += height + 14.0;
        }
        let name = document_name(data, self.lang);
        self.paragraph(&name, 22.0, Weight::Semibold, INK);
        self.y += 2.0;
        let kind = match data.org.environment() {
            Some(environment) => t::org_pdf_kind(display::environment_name(&environment)),
            None => t::org_untitled(),
        };
        self.paragraph(&kind.text_in(self.lang), 11.0, Weight::Regular, MUTED);
        let fetched = data.fetched_label().text_in(self.lang);
        self.paragraph(&fetched, 10.0, Weight::Regular, MUTED);
        self.y += 10.0;
        self.rule(RULE, 0.8);
        self.y += 16.0;
    }

    fn section(&mut self, title: &str, rows: &[Row]) {
        let heading_height = 13.0 * LINE_HEIGHT + 8.0;
        // A heading never ends a page alone: it goes with its first row.
        let first_row = rows.first().map_or(0.0, |row| self.row_lines(row).2);
        self.keep_together(heading_height + first_row.min(CONTENT_BOTTOM - MARGIN) / 2.0);
        self.push(Op::Text {
            x: MARGIN,
            y: self.y,
            size: 13.0,
            weight: Weight::Semibold,
            color: ACCENT,
            text: title.to_owned(),
        });
        self.y += 13.0 * LINE_HEIGHT + 2.0;
        self.rule(RULE, 0.5);
        self.y += 6.0;
        for row in rows {
            self.row(row);
        }
        self.y += 14.0;
    }

    /// A row's label lines, value lines and height.
    fn row_lines(&self, row: &Row) -> (Vec<String>, Vec<String>, f32) {
        let label = self.fonts.wrap(
            Weight::Regular,
            &row.label.text_in(self.lang),
            BODY_SIZE,
            LABEL_WIDTH,
        );
        let value = self.fonts.wrap(
            Weight::Regular,
            &shown_value(row, self.lang),
            BODY_SIZE,
            VALUE_WIDTH,
        );
        let lines = label.len().max(value.len());
        let height = lines as f32 * BODY_SIZE * LINE_HEIGHT + ROW_GAP;
        (label, value, height)
    }

    /// One label and its value side by side; a value taller than what is left of the page
    /// goes on over the next one.
    fn row(&mut self, row: &Row) {
        let (label, value, height) = self.row_lines(row);
        if height <= CONTENT_BOTTOM - MARGIN {
            self.keep_together(height);
        }
        let value_color = if row.value.is_some() { INK } else { MUTED };
        let line_height = BODY_SIZE * LINE_HEIGHT;
        for index in 0..label.len().max(value.len()) {
            self.keep_together(line_height);
            for (x, lines, color) in [
                (MARGIN, &label, MUTED),
                (MARGIN + LABEL_WIDTH + COLUMN_GAP, &value, value_color),
            ] {
                if let Some(text) = lines.get(index) {
                    self.push(Op::Text {
                        x,
                        y: self.y,
                        size: BODY_SIZE,
                        weight: Weight::Regular,
                        color,
                        text: text.clone(),
                    });
                }
            }
            self.y += line_height;
        }
        self.y += ROW_GAP;
    }
}

/// The value as printed: the text (or "Not set"), cut after [`MAX_VALUE_CHARS`] characters.
fn shown_value(row: &Row, lang: Lang) -> String {
    let value = row.shown_in(lang);
    match value.char_indices().nth(MAX_VALUE_CHARS) {
        None => value.into_owned(),
        Some((cut, _)) => t::org_pdf_value_cut(value.chars().count(), &value[..cut]).text_in(lang),
    }
}

/// The company name, or words for an org without one.
fn document_name(data: &OrgData, lang: Lang) -> String {
    match data.org.display_name() {
        Some(name) => name.to_owned(),
        None => t::org_untitled().text_in(lang),
    }
}

/// Lays out the pages of `data`.
fn layout<'a>(
    data: &OrgData,
    fonts: &'a Fonts,
    logo: Option<(u32, u32)>,
    lang: Lang,
) -> Layout<'a> {
    let mut layout = Layout::new(fonts, lang);
    layout.header(data, logo);
    for section in &data.sections {
        layout.section(&section.title.text_in(lang), &section.rows);
    }
    layout
}

fn render(
    data: &OrgData,
    fonts: &Fonts,
    logo: Option<&Image>,
    lang: Lang,
) -> Result<Vec<u8>, PdfError> {
    let pages = layout(data, fonts, logo.map(Image::size), lang).pages;
    let name = document_name(data, lang);
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(t::org_pdf_title(name.as_str()).text_in(lang))
            .creator(crate::ui::APP_NAME.to_owned())
            .language(lang.tag().to_owned()),
    );
    let count = pages.len();
    for (index, ops) in pages.into_iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(PdfError::PageSize)?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    weight,
                    color,
                    text,
                } => draw_text(&mut surface, fonts, (x, y), size, weight, color, &text),
                Op::Bar { rect, color } => {
                    let mut path = PathBuilder::new();
                    path.push_rect(rect);
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(color)));
                        surface.draw_path(&path);
                    }
                }
                Op::Logo {
                    x,
                    y,
                    width,
                    height,
                } => {
                    if let (Some(image), Some(size)) = (logo, Size::from_wh(width, height)) {
                        surface.push_transform(&Transform::from_translate(x, y));
                        surface.draw_image(image.clone(), size);
                        surface.pop();
                    }
                }
            }
        }
        let footer_y = PAGE_HEIGHT - MARGIN - 4.0;
        let small = (8.0, Weight::Regular, MUTED);
        draw_text(
            &mut surface,
            fonts,
            (MARGIN, footer_y),
            small.0,
            small.1,
            small.2,
            &name,
        );
        let number = t::org_pdf_page(index + 1, count).text_in(lang);
        let x = PAGE_WIDTH - MARGIN - fonts.width(Weight::Regular, &number, small.0);
        draw_text(
            &mut surface,
            fonts,
            (x, footer_y),
            small.0,
            small.1,
            small.2,
            &number,
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|error| PdfError::Write(error.to_string()))
}

/// Draws one line of text whose top is at `at`: in runs of one font and one direction, from
/// left to right, so a Japanese or Arabic name prints with a font that has it, in its order.
fn draw_text(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &Fonts,
    at: (f32, f32),
    size: f32,
    weight: Weight,
    color: (u8, u8, u8),
    text: &str,
) {
    surface.set_fill(Some(fill(color)));
    // krilla places text by its baseline; the layout by the line's top.
    let face = fonts.face(weight);
    let ascent = f32::from(face.ascender()) / f32::from(face.units_per_em()) * size;
    let runs = pdf_text::runs(text, face, &mut fonts.system.borrow_mut());
    let mut x = at.0;
    for run in runs {
        let piece = &text[run.range.clone()];
        let font = match run.font {
            FontSlot::App => Some(fonts.font(weight)),
            FontSlot::System(index) => fonts.system.borrow().font(index),
        };
        let direction = if run.rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        if let Some(font) = font {
            surface.draw_text(
                Point::from_xy(x, at.1 + ascent),
                font,
                size,
                piece,
                false,
                direction,
            );
        }
        x += fonts.width(weight, piece, size);
    }
}

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use super::*;
    use crate::zoho::display::ValueFormat;

    fn sample(extra: &serde_json::Value) -> OrgData {
        let mut org = crate::sim::sample::sample_org();
        if let (Some(org), Some(extra)) = (org.as_object_mut(), extra.as_object()) {
            for (key, value) in extra {
                org.insert(key.clone(), value.clone());
            }
        }
        let body = serde_json::json!({ "org": [org] }).to_string();
        let org = crate::zoho::api::org_from_body(body.as_bytes()).unwrap();
        let fetched_at = UNIX_EPOCH + Duration::from_secs(1_795_000_000);
        OrgData::new(org, fetched_at, &ValueFormat::fixed())
    }

    /// Every page's text, as a PDF reader sees it.
    fn pages_text(pdf: &[u8]) -> Vec<String> {
        let document = lopdf::Document::load_mem(pdf).unwrap();
        let pages: Vec<u32> = document.get_pages().keys().copied().collect();
        pages
            .iter()
            .map(|page| document.extract_text(&[*page]).unwrap())
            .collect()
    }

    fn logo() -> Photo {
        Photo::new(crate::sim::sample::demo_logo_png().to_vec(), None)
    }

    /// The base names of the fonts a PDF embeds (subset prefixes and all).
    fn font_names(pdf: &[u8]) -> Vec<String> {
        let document = lopdf::Document::load_mem(pdf).unwrap();
        document
            .objects
            .values()
            .filter_map(|object| object.as_dict().ok())
            .filter_map(|dict| dict.get(b"BaseFont").ok())
            .filter_map(|name| name.as_name().ok())
            .map(|name| String::from_utf8_lossy(name).into_owned())
            .collect()
    }

    #[test]
    fn names_in_any_script_print_with_a_system_font_that_has_them() {
        let data = sample(&serde_json::json!({
            "company_name": "株式会社ザイカー",
            "alias": "زايكر للتجارة",
            "description": "स्मार्ट होम उपकरण",
        }));
        let pdf = build(&data, None, Lang::Ja).unwrap();
        let fonts = font_names(&pdf);
        // Inter for the Latin text, and the system's fonts (the Noto families the tests
        // install, as the Linux package recommends) for Japanese and Devanagari, and one with
        // Arabic (fontconfig may pick DejaVu Sans, which has it).
        assert!(fonts.iter().any(|name| name.contains("Inter")), "{fonts:?}");
        for script in ["CJK", "Devanagari"] {
            assert!(
                fonts
                    .iter()
                    .any(|name| name.contains("Noto") && name.contains(script)),
                "no {script} font in {fonts:?}"
            );
        }
        let mut others: Vec<&str> = fonts
            .iter()
            .filter(|name| !name.contains("Inter"))
            .map(|name| name.trim_end_matches("-Identity-H"))
            .collect();
        others.sort_unstable();
        others.dedup();
        assert_eq!(others.len(), 3, "one system font per script: {fonts:?}");
        let text = pages_text(&pdf).join("\n");
        assert!(text.contains("株式会社ザイカー"), "{text}");
    }

    #[test]
    fn the_pdf_is_worded_in_the_language_asked_for() {
        let data = sample(&serde_json::json!({}));
        let english = pages_text(&build(&data, None, Lang::En).unwrap()).join("\n");
        let pseudo = pages_text(&build(&data, None, Lang::Pseudo).unwrap()).join("\n");
        assert!(english.contains("Company name"), "{english}");
        for word in ["Company name", "Page 1 of", "Fetched", "Identifiers"] {
            assert!(!pseudo.contains(word), "{word:?} in:\n{pseudo}");
        }
        // Zoho's data is the same in every language.
        assert!(pseudo.contains("Zylker Traders"), "{pseudo}");
    }

    #[test]
    fn the_pdf_has_the_name_the_environment_and_every_label() {
        let data = sample(&serde_json::json!({}));
        let pdf = build(&data, Some(&logo()), Lang::En).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = pages_text(&pdf).join("\n");
        for expected in [
            "Zylker Traders",
            "Production",
            "Fetched",
            "Company",
            "Identifiers",
            "Page 1 of",
        ] {
            assert!(
                text.contains(expected),
                "{expected:?} is missing from:\n{text}"
            );
        }
        let rows = data.sections.iter().flat_map(|section| &section.rows);
        for row in rows.take(12) {
            let label = row.label.text();
            let first_word = label.split(' ').next().unwrap();
            assert!(text.contains(first_word), "{first_word:?} is missing");
        }
    }

    #[test]
    fn many_fields_go_on_over_several_pages_each_numbered() {
        let extra: serde_json::Map<String, serde_json::Value> = (0..300)
            .map(|index| {
                (
                    format!("custom_setting_{index:03}"),
                    format!("value {index}").into(),
                )
            })
            .collect();
        let data = sample(&serde_json::Value::Object(extra));
        let rows: usize = data.sections.iter().map(|section| section.rows.len()).sum();
        let pages = pages_text(&build(&data, None, Lang::En).unwrap());
        // About 45 one-line rows fit on a page.
        assert!(
            pages.len() >= rows / 50 && pages.len() <= rows / 30 + 1,
            "{rows} rows on {} pages",
            pages.len()
        );
        let last = pages.len();
        assert!(pages[last - 1].contains(&format!("Page {last} of {last}")));
        assert!(pages.iter().any(|page| page.contains("value 299")));
    }

    #[test]
    fn a_logo_the_writer_cannot_take_is_left_out() {
        let broken = Photo::new(b"\x89PNG\r\n\x1a\n not really".to_vec(), None);
        let pdf = build(&sample(&serde_json::json!({})), Some(&broken), Lang::En).unwrap();
        assert!(pages_text(&pdf)[0].contains("Zylker Traders"));
    }

    #[test]
    fn long_words_and_values_are_wrapped_and_cut() {
        let fonts = Fonts::load(Lang::En).unwrap();
        let lines = fonts.wrap(Weight::Regular, &"x".repeat(500), BODY_SIZE, VALUE_WIDTH);
        assert!(lines.len() > 1);
        assert!(
            lines
                .iter()
                .all(|line| fonts.width(Weight::Regular, line, BODY_SIZE) <= VALUE_WIDTH)
        );
        let data = sample(&serde_json::json!({ "huge_note": "word ".repeat(10_000) }));
        let text = pages_text(&build(&data, None, Lang::En).unwrap()).join("\n");
        assert!(text.contains("50000 characters in all"), "{text}");
    }
}
