//! Dates, times and counts in the reader's language, from CLDR's data (ICU4X), not hand-written
//! patterns: "Apr 12, 2023, 9:08:05 AM", "12.04.2023, 09:08:05", "2023/04/12 9:08:05".

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{Datelike as _, NaiveDateTime, Timelike as _};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use icu_time::{DateTime, Time};

use super::Lang;

/// How a language writes dates and numbers: the language's own tag, or the system's locale when
/// it is the same language (an English reader in Britain gets 12 Apr 2023, one in the US Apr 12).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Conventions {
    locale: Locale,
}

impl Conventions {
    /// The conventions for `lang`, taking the region from `system` (a POSIX or BCP 47 tag) when
    /// it names the same language.
    pub fn new(lang: Lang, system: Option<&str>) -> Self {
        let regional = system
            .filter(|tag| Lang::from_locale(tag) == Some(lang) && lang != Lang::Pseudo)
            .and_then(|tag| {
                let bcp47 = tag
                    .split(['.', '@'])
                    .next()
                    .unwrap_or_default()
                    .replace('_', "-");
                bcp47.parse::<Locale>().ok()
            });
        let locale = regional.unwrap_or_else(|| {
            let tag = if lang == Lang::Pseudo {
                "en"
            } else {
                lang.tag()
            };
            tag.parse().unwrap_or(Locale::UNKNOWN)
        });
        Self { locale }
    }

    /// The conventions of `lang` with the region of this computer's locale.
    pub fn system(lang: Lang) -> Self {
        Self::new(lang, sys_locale::get_locale().as_deref())
    }

    /// A date and time, e.g. "Apr 12, 2023, 9:08:05 AM" (no zone: the caller names it).
    pub fn date_time(&self, at: NaiveDateTime) -> String {
        let Some(input) = icu_date_time(at) else {
            return at.to_string();
        };
        self.with_formatters(|formatters| match &formatters.date_time {
            Some(formatter) => formatter.format(&input).to_string(),
            None => at.format("%Y-%m-%d %H:%M:%S").to_string(),
        })
    }

    /// A date alone, e.g. "Apr 12, 2023".
    pub fn date(&self, day: chrono::NaiveDate) -> String {
        let Some(date) = icu_date(day) else {
            return day.to_string();
        };
        self.with_formatters(|formatters| match &formatters.date {
            Some(formatter) => formatter.format(&date).to_string(),
            None => day.format("%Y-%m-%d").to_string(),
        })
    }

    /// A count with the language's digit grouping, e.g. "1,250", "1.250", "1,250" (hi: "1,250";
    /// lakh grouping starts at 1,00,000). Never for IDs, which must copy digit for digit.
    pub fn count(&self, count: i64) -> String {
        self.with_formatters(|formatters| match &formatters.number {
            Some(formatter) => formatter.format(&count.into()).to_string(),
            None => count.to_string(),
        })
    }
}

impl Conventions {
    /// A number with `digits` decimals, given scaled by 10^digits (98, 1 → "9.8", "9,8"):
    /// file sizes.
    pub fn decimal(&self, scaled: i64, digits: u8) -> String {
        let digits = i16::from(digits);
        let mut number = fixed_decimal::Decimal::from(scaled);
        number.multiply_pow10(-digits);
        number.pad_end(-digits);
        self.with_formatters(|formatters| match &formatters.number {
            Some(formatter) => formatter.format(&number).to_string(),
            None => number.to_string(),
        })
    }
}

impl Conventions {
    /// Runs `use_them` with this locale's formatters, built on this thread's first use.
    fn with_formatters<R>(&self, use_them: impl FnOnce(&Formatters) -> R) -> R {
        FORMATTERS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let formatters = cache
                .entry(self.clone())
                .or_insert_with(|| Formatters::new(&self.locale));
            use_them(formatters)
        })
    }
}

/// The formatters of one locale, built once per thread: building one loads its data.
struct Formatters {
    date_time: Option<FixedCalendarDateTimeFormatter<Gregorian, YMDT>>,
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    number: Option<DecimalFormatter>,
}

impl Formatters {
    fn new(locale: &Locale) -> Self {
        // Compiled data has every CLDR locale, with fallback to the root; a failure would only
        // mean a broken build, and then the plain ISO form is still readable.
        Self {
            date_time: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMDT::medium()).ok(),
            date: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::medium()).ok(),
            number: DecimalFormatter::try_new(locale.into(), Default::default()).ok(),
        }
    }
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<Conventions, Formatters>> = RefCell::new(HashMap::new());
}

fn icu_date(day: chrono::NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(day.month()).ok()?;
    let date = u8::try_from(day.day()).ok()?;
    Date::try_new_gregorian(day.year(), month, date).ok()
}

fn icu_date_time(at: NaiveDateTime) -> Option<DateTime<Gregorian>> {
    let time = Time::try_new(
        u8::try_from(at.hour()).ok()?,
        u8::try_from(at.minute()).ok()?,
        u8::try_from(at.second()).ok()?,
        0,
    )
    .ok()?;
    Some(DateTime {
        date: icu_date(at.date())?,
        time,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{Conventions, Lang};

    fn at() -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 4, 12)
            .unwrap()
            .and_hms_opt(14, 8, 5)
            .unwrap()
    }

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let written = |lang, system| Conventions::new(lang, system).date_time(at());
        assert_eq!(written(Lang::En, None), "Apr 12, 2023, 2:08:05\u{202f}PM");
        assert_eq!(
            written(Lang::En, Some("en_GB.UTF-8")),
            "12 Apr 2023, 14:08:05"
        );
        assert_eq!(
            written(Lang::De, Some("en_US.UTF-8")),
            "12.04.2023, 14:08:05"
        );
        assert_eq!(written(Lang::Ja, None), "2023/04/12 14:08:05");
        assert_eq!(written(Lang::ZhCn, None), "2023年4月12日 14:08:05");
        assert_eq!(written(Lang::Fr, None), "12 avr. 2023, 14:08:05");
        assert_eq!(
            Conventions::new(Lang::PtBr, None).date(at().date()),
            "12 de abr. de 2023"
        );
    }

    #[test]
    fn counts_are_grouped_the_way_each_language_groups_them() {
        let count = |lang| Conventions::new(lang, None).count(1_250_000);
        assert_eq!(count(Lang::En), "1,250,000");
        assert_eq!(count(Lang::De), "1.250.000");
        assert_eq!(count(Lang::Fr), "1\u{202f}250\u{202f}000");
        assert_eq!(count(Lang::Hi), "12,50,000");
        assert_eq!(count(Lang::Ja), "1,250,000");
        let tenths = |lang| Conventions::new(lang, None).decimal(98, 1);
        assert_eq!(tenths(Lang::En), "9.8");
        assert_eq!(tenths(Lang::De), "9,8");
        assert_eq!(Conventions::new(Lang::Fr, None).decimal(30, 1), "3,0");
        assert_eq!(Conventions::new(Lang::De, None).decimal(98, 2), "0,98");
    }
}
