//! A message in no particular language: a catalog id and its arguments, worded when drawn.

use std::fmt;

/// A message from the catalog, with the values of its placeholders. Errors and the worker carry
/// these rather than text, so a message already on screen follows a change of language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// The value of a placeholder.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text shown as it is: a name, a path, Zoho's data.
    Text(String),
    /// A count, which also picks the plural form.
    Number(i64),
    /// A number with decimals, written the language's way: `scaled` is the number times
    /// 10^`digits` (9.8 with one digit is 98).
    Decimal {
        /// The number times 10^`digits`.
        scaled: i64,
        /// How many decimals it has.
        digits: u8,
    },
    /// Another message, worded in the same language as the one around it.
    Msg(Box<Msg>),
}

impl Msg {
    /// The message with this id and no arguments yet.
    pub(crate) fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    pub(crate) fn with(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The catalog id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The message worded in `lang`.
    pub fn text_in(&self, lang: super::Lang) -> String {
        super::catalog::format(lang, self)
    }

    /// The message worded in this thread's language (see [`super::set_current`]).
    pub fn text(&self) -> String {
        self.text_in(super::current())
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl From<Msg> for egui::WidgetText {
    fn from(message: Msg) -> Self {
        message.text().into()
    }
}

impl From<&Msg> for egui::WidgetText {
    fn from(message: &Msg) -> Self {
        message.text().into()
    }
}

impl From<Msg> for String {
    fn from(message: Msg) -> Self {
        message.text()
    }
}

impl From<Msg> for Arg {
    fn from(message: Msg) -> Self {
        Arg::Msg(Box::new(message))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

/// Counts of every integer type become plural-selecting numbers.
macro_rules! number_arg {
    ($($type:ty),*) => {$(
        impl From<$type> for Arg {
            fn from(number: $type) -> Self {
                Arg::Number(i64::try_from(number).unwrap_or(i64::MAX))
            }
        }
    )*};
}

number_arg!(i64, i32, u8, u16, u32, u64, usize);
