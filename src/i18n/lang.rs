//! The languages the app speaks, how they are named, and which one a person's system or
//! browser asks for.

use serde::{Deserialize, Serialize};

/// A language of the app's catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, the catalog every other one is checked against.
    #[serde(rename = "en")]
    En,
    /// German.
    #[serde(rename = "de")]
    De,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Brazilian Portuguese.
    #[serde(rename = "pt-BR")]
    PtBr,
    /// Italian.
    #[serde(rename = "it")]
    It,
    /// Dutch.
    #[serde(rename = "nl")]
    Nl,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// Simplified Chinese.
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// Hindi.
    #[serde(rename = "hi")]
    Hi,
    /// English made accented and 40 % longer, for tests that look for clipped or hard-coded
    /// text; never offered in the menu.
    #[serde(rename = "en-XA")]
    Pseudo,
}

impl Lang {
    /// Every language with a catalog: the ten a person can pick, in the menu's order, then
    /// the pseudo-locale.
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::PtBr,
        Lang::It,
        Lang::Nl,
        Lang::Ja,
        Lang::ZhCn,
        Lang::Hi,
        Lang::Pseudo,
    ];

    /// The languages a person can pick, in the menu's order (all but the pseudo-locale).
    pub const OFFERED: [Lang; 10] = {
        let mut offered = [Lang::En; 10];
        let mut index = 0;
        while index < offered.len() {
            offered[index] = Lang::ALL[index];
            index += 1;
        }
        offered
    };

    /// The BCP 47 tag, which is also the catalog's folder name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::Ja => "ja",
            Lang::ZhCn => "zh-CN",
            Lang::Hi => "hi",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the menu lists it (a person looking for their own
    /// language must recognise it whatever language the app speaks now).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::It => "Italiano",
            Lang::Nl => "Nederlands",
            Lang::Ja => "日本語",
            Lang::ZhCn => "简体中文",
            Lang::Hi => "हिन्दी",
            Lang::Pseudo => "Ƥşḗŭḓǿ",
        }
    }

    /// The position in [`Lang::ALL`], for per-language tables.
    pub(crate) fn index(self) -> usize {
        Lang::ALL
            .iter()
            .position(|lang| *lang == self)
            .unwrap_or_default()
    }

    /// The catalog language for a locale tag such as `de-AT`, `pt_BR.UTF-8` or `zh-Hans-CN`;
    /// `None` for a language the app does not speak. Portuguese from Portugal and Traditional
    /// Chinese are not offered as their Brazilian and Simplified neighbours: a reader of those
    /// is better served by English than by a variant that reads as foreign.
    pub fn from_locale(tag: &str) -> Option<Lang> {
        // POSIX locales look like `de_DE.UTF-8@euro`; BCP 47 ones like `de-DE`.
        let tag = tag.split(['.', '@']).next().unwrap_or_default();
        let mut parts = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let language = parts.next()?;
        let rest: Vec<String> = parts.collect();
        let has = |part: &str| rest.iter().any(|each| each == part);
        match language.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            "it" => Some(Lang::It),
            "nl" => Some(Lang::Nl),
            "ja" => Some(Lang::Ja),
            "hi" => Some(Lang::Hi),
            "pt" if rest.is_empty() || has("br") => Some(Lang::PtBr),
            "zh" if has("hant") || has("tw") || has("hk") || has("mo") => None,
            "zh" => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// The first language of a preference list the app speaks, or English.
    pub fn first_spoken<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences
            .into_iter()
            .find_map(Lang::from_locale)
            .unwrap_or(Lang::En)
    }

    /// The language the system asks for: every preference the system lists, in order
    /// (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Linux), the first the app speaks.
    pub fn from_system() -> Lang {
        let locales: Vec<String> = sys_locale::get_locales().collect();
        Lang::first_spoken(locales.iter().map(String::as_str))
    }

    /// The language a browser asks for in its `Accept-Language` header, or English.
    pub fn from_accept_language(header: &str) -> Lang {
        let preferences = accept_language::parse(header);
        Lang::first_spoken(preferences.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn locale_tags_of_every_shape_map_to_a_catalog() {
        for (tag, lang) in [
            ("de_DE.UTF-8", Some(Lang::De)),
            ("de-AT", Some(Lang::De)),
            ("fr_CA.UTF-8@euro", Some(Lang::Fr)),
            ("pt_BR", Some(Lang::PtBr)),
            ("pt", Some(Lang::PtBr)),
            ("pt-PT", None),
            ("zh_CN.UTF-8", Some(Lang::ZhCn)),
            ("zh-Hans-CN", Some(Lang::ZhCn)),
            ("zh-TW", None),
            ("zh-Hant", None),
            ("ja_JP.UTF-8", Some(Lang::Ja)),
            ("hi_IN", Some(Lang::Hi)),
            ("C", None),
            ("POSIX", None),
            ("ko_KR", None),
            ("", None),
        ] {
            assert_eq!(Lang::from_locale(tag), lang, "{tag}");
        }
    }

    #[test]
    fn the_first_spoken_preference_wins_and_english_is_the_fallback() {
        assert_eq!(Lang::first_spoken(["ko_KR", "pt_PT", "ja_JP"]), Lang::Ja);
        assert_eq!(Lang::first_spoken(["ko_KR", "C"]), Lang::En);
        assert_eq!(
            Lang::from_accept_language("ko;q=0.9, de-CH;q=0.8, fr;q=0.95"),
            Lang::Fr
        );
        assert_eq!(Lang::from_accept_language("zh-TW, en;q=0.5"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
    }

    #[test]
    fn the_menu_offers_every_language_but_the_pseudo_locale() {
        assert!(!Lang::OFFERED.contains(&Lang::Pseudo));
        assert!(
            Lang::ALL
                .iter()
                .all(|lang| *lang == Lang::Pseudo || Lang::OFFERED.contains(lang))
        );
    }

    #[test]
    fn a_saved_choice_reads_back_as_the_same_language() {
        for lang in Lang::ALL {
            let saved = serde_json::to_string(&lang).unwrap();
            assert_eq!(saved, format!("\"{}\"", lang.tag()));
            assert_eq!(serde_json::from_str::<Lang>(&saved).unwrap(), lang);
        }
    }
}
