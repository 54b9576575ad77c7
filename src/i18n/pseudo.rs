//! The pseudo-locale: English with accents and 40 % more length, in brackets. Tests draw every
//! screen in it to find text that is clipped, overlaps, or never went through the catalog.

use std::borrow::Cow;

/// How much longer than English a translation may be: German and French run up to 40 % longer.
const EXPANSION: f32 = 0.4;

/// Accents each ASCII letter and pads each text element by 40 %; Fluent calls this on the
/// catalog's own text only, never on the data placed into it.
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0_usize;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        }
        out.push(accented(c));
    }
    // Padding goes inside the text, before trailing spaces, so words still join up.
    let padding = (letters as f32 * EXPANSION).ceil() as usize;
    let trailing = out.len() - out.trim_end().len();
    let end = out.len() - trailing;
    out.insert_str(end, &"~".repeat(padding));
    Cow::Owned(out)
}

fn accented(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř',
        'ş', 'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ', 'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ',
        'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş', 'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
    ];
    FROM.find(c)
        .and_then(|index| TO.get(index).copied())
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::transform;

    #[test]
    fn pseudo_text_is_accented_and_forty_percent_longer() {
        assert_eq!(transform("Copy all"), "Ƈǿƥẏ ȧŀŀ~~~");
        assert_eq!(transform("Save "), "Şȧṽḗ~~ ");
        assert_eq!(transform("  "), "  ");
    }
}
