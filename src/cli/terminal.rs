//! Text for a terminal, with every character that could steer it made visible.
//!
//! Organization values, Zoho's error messages and the sign-in callback's parameters come from
//! outside. Printed raw, an escape sequence in them could recolour or clear the screen, set the
//! window title, or (with U+202E) make the text read backwards. Each such character is shown
//! as its `\u{…}` escape instead; line breaks and tabs are kept, since the output is made of lines.

use std::borrow::Cow;

use crate::i18n::Msg;

/// Prints `message` on stdout in the current language, with Zoho's data in it made safe.
pub(crate) fn say(message: &Msg) {
    println!("{}", visible(&message.text()));
}

/// Prints `message` on stderr in the current language, with Zoho's data in it made safe.
pub(crate) fn say_err(message: &Msg) {
    eprintln!("{}", visible(&message.text()));
}

/// `text` with control and direction-changing characters shown as `\u{…}` escapes.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(steers_terminal) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for ch in text.chars() {
        if steers_terminal(ch) {
            shown.extend(ch.escape_unicode());
        } else {
            shown.push(ch);
        }
    }
    Cow::Owned(shown)
}

/// C0 and C1 controls and DEL (except line feed and tab), and the Unicode characters that
/// change the direction text is drawn in.
fn steers_terminal(ch: char) -> bool {
    (ch.is_control() && ch != '\n' && ch != '\t')
        || matches!(
            ch,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_comes_back_unchanged_and_unallocated() {
        let text = "Zylker Traders\nCity: Zürich\tOK — 東京 🙂";
        assert!(matches!(visible(text), Cow::Borrowed(_)));
        assert_eq!(visible(text), text);
    }

    #[test]
    fn escapes_and_controls_are_shown_not_obeyed() {
        let hostile = "a\u{1b}[2Jb\u{1b}]0;pwned\u{7}c\u{8}d\re\u{9b}31mf\u{202e}g\u{7f}\u{0}";
        let shown = visible(hostile);
        assert_eq!(
            shown,
            "a\\u{1b}[2Jb\\u{1b}]0;pwned\\u{7}c\\u{8}d\\u{d}e\\u{9b}31mf\\u{202e}g\\u{7f}\\u{0}"
        );
        assert!(!shown.chars().any(steers_terminal));
    }
}
